package widgets

import (
	"image/color"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/vennplanner/venn/model"
)

// sameObjects reports whether two object lists hold the very same objects.
func sameObjects(a, b []fyne.CanvasObject) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestWidgetsReuseTheirObjectsOnRefreshAndResize(t *testing.T) {
	test.NewTempApp(t)
	day := model.Date{Year: 2026, Month: 11, Day: 16}
	week := NewWeekGrid()
	week.Blocks = []GridBlock{{Placed: model.Placed{Columns: 1}, Day: 1, Top: 18 * 60, Bottom: 20 * 60, Color: color.NRGBA{R: 0x3b, G: 0x82, B: 0xf6, A: 0xff}, Title: "Pottery"}}
	week.Markers = []GridMarker{{Day: 2, Minute: 7 * 60, Title: "Coffee", Color: color.NRGBA{A: 0xff}}}
	month := NewMonthGrid()
	for i := range 42 {
		month.Days = append(month.Days, MonthDay{Day: i%30 + 1, InMonth: true, Entries: []MonthEntry{{Text: "Run", Color: color.NRGBA{A: 0xff}}}})
	}
	timeline := NewTimelineMap()
	timeline.From, timeline.To = day, day.AddDays(90)
	timeline.Rows = [3]int{1, 1, 1}
	timeline.Marks = []MapMark{{Day: day.AddDays(10), Lane: model.LaneShared, Color: color.NRGBA{A: 0xff}}}
	for name, w := range map[string]fyne.Widget{"week grid": week, "month grid": month, "timeline map": timeline} {
		w.Resize(fyne.NewSize(900, 700))
		r := test.WidgetRenderer(w)
		r.Refresh()
		before := append([]fyne.CanvasObject(nil), r.Objects()...)
		if len(before) == 0 {
			t.Fatalf("%s draws nothing", name)
		}
		r.Refresh()
		w.Resize(fyne.NewSize(1000, 700))
		if after := r.Objects(); !sameObjects(before, after) {
			t.Errorf("%s made new objects on refresh and resize (%d before, %d after)", name, len(before), len(after))
		}
	}
}
