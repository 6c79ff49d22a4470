package widgets

import (
	"image/color"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/model"
)

// HeatMap draws a ritual's recent days as a calendar grid: a column per
// week, a row per weekday, the months named above and every other weekday
// on the left. Done days are filled in the ritual's colour, skipped days
// grey, paused days outlined, days with nothing logged faint.
type HeatMap struct {
	widget.BaseWidget
	// Name is what it is about, for a screen reader ("Date night").
	Name      string
	Weeks     int
	Today     model.Date
	WeekStart time.Weekday
	Start     model.Date // the ritual's first day; earlier cells stay empty
	Color     color.NRGBA
	Days      map[model.Date]model.EntryStatus
}

// HeatCell is the size of one day's square.
const HeatCell = 13

// NewHeatMap returns a heat map of the last weeks.
func NewHeatMap(weeks int) *HeatMap {
	h := &HeatMap{Weeks: weeks, Days: map[model.Date]model.EntryStatus{}}
	h.ExtendBaseWidget(h)
	return h
}

// CreateRenderer builds one square per day.
func (h *HeatMap) CreateRenderer() fyne.WidgetRenderer {
	r := &heatRenderer{h: h}
	for range h.Weeks * 7 {
		c := canvas.NewRectangle(color.Transparent)
		c.CornerRadius = 2
		r.cells = append(r.cells, c)
	}
	for range h.Weeks {
		r.months = append(r.months, captionText(h, fyne.TextAlignLeading))
	}
	for range 7 {
		r.weekdays = append(r.weekdays, captionText(h, fyne.TextAlignLeading))
	}
	r.Refresh()
	return r
}

// captionText is a small label drawn on a widget's canvas (a day's number,
// a month's name), coloured when its widget refreshes.
func captionText(w themed, align fyne.TextAlign) *canvas.Text {
	t := canvas.NewText("", color.Black)
	t.TextSize = captionSize(w)
	t.Alignment = align
	return t
}

type heatRenderer struct {
	h        *HeatMap
	cells    []*canvas.Rectangle
	months   []*canvas.Text // one per week column; set where a month begins
	weekdays []*canvas.Text // one per row; every other one is named
}

const heatGap = 3

// The room the labels take: the weekday names on the left, the months on top.
const (
	heatLeft = 24
	heatTop  = 16
)

// firstDay is the top-left cell's day.
func (h *HeatMap) firstDay() model.Date {
	ws := model.PeriodStart(model.PerWeek, h.Today, h.WeekStart)
	return model.DateOf(ws.Time().AddDate(0, 0, -7*(h.Weeks-1)))
}

// DayAt returns the day a cell shows.
func (h *HeatMap) DayAt(week, weekday int) model.Date {
	return model.DateOf(h.firstDay().Time().AddDate(0, 0, 7*week+weekday))
}

func (r *heatRenderer) Layout(fyne.Size) {
	for i, c := range r.cells {
		week, wd := i/7, i%7
		c.Move(fyne.NewPos(heatLeft+float32(week*(HeatCell+heatGap)), heatTop+float32(wd*(HeatCell+heatGap))))
		c.Resize(fyne.NewSize(HeatCell, HeatCell))
	}
	for week, t := range r.months {
		t.Move(fyne.NewPos(heatLeft+float32(week*(HeatCell+heatGap)), 0))
	}
	for wd, t := range r.weekdays {
		t.Move(fyne.NewPos(0, heatTop+float32(wd*(HeatCell+heatGap))-1))
	}
}

func (r *heatRenderer) MinSize() fyne.Size {
	return fyne.NewSize(heatLeft+float32(r.h.Weeks*(HeatCell+heatGap)), heatTop+float32(7*(HeatCell+heatGap)))
}

func (r *heatRenderer) Refresh() {
	h := r.h
	th := h.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	empty := th.Color(theme.ColorNameInputBackground, v)
	grey := th.Color(theme.ColorNameDisabled, v)
	fg := th.Color(theme.ColorNameForeground, v)
	mark := MarkColour(h.Color, th.Color(theme.ColorNameBackground, v))
	for week, t := range r.months {
		t.Text, t.Color = "", fg
		first := h.DayAt(week, 0)
		if week == 0 || first.Month != h.DayAt(week-1, 0).Month {
			if week < len(r.months)-2 || week == 0 { // room for the name
				t.Text = first.Time().Format("Jan")
			}
		}
		t.Refresh()
	}
	for wd, t := range r.weekdays {
		t.Text, t.Color = "", fg
		if wd%2 == 0 {
			t.Text = h.DayAt(0, wd).Time().Format("Mon")[:2]
		}
		t.Refresh()
	}
	for i, c := range r.cells {
		d := h.DayAt(i/7, i%7)
		c.StrokeWidth = 0
		switch {
		case h.Today.Before(d) || d.Before(h.Start):
			c.FillColor = color.Transparent
		case h.Days[d] == model.Done:
			c.FillColor = mark
		case h.Days[d] == model.Skipped:
			c.FillColor = grey
		case h.Days[d] == model.Paused:
			c.FillColor = Tint(h.Color, 0x30)
			c.StrokeWidth = 1
			c.StrokeColor = Tint(h.Color, 0xa0)
		default:
			c.FillColor = empty
		}
		c.Refresh()
	}
}

func (r *heatRenderer) Objects() []fyne.CanvasObject {
	out := make([]fyne.CanvasObject, 0, len(r.cells)+len(r.months)+len(r.weekdays))
	for _, c := range r.cells {
		out = append(out, c)
	}
	for _, t := range r.months {
		out = append(out, t)
	}
	for _, t := range r.weekdays {
		out = append(out, t)
	}
	return out
}

func (r *heatRenderer) Destroy() {}

// ScoreBar draws a ritual's strength (0..1) as a short bar in its colour.
type ScoreBar struct {
	widget.BaseWidget
	// Name is what it is about, for a screen reader ("Date night").
	Name string
	// Decorative bars (a colour dot) say only their Name.
	Decorative bool
	Value      float64
	Color      color.NRGBA
}

// NewScoreBar returns an empty bar.
func NewScoreBar() *ScoreBar {
	b := &ScoreBar{}
	b.ExtendBaseWidget(b)
	return b
}

// Set shows a value and refreshes.
func (b *ScoreBar) Set(v float64, c color.NRGBA) {
	b.Value, b.Color = min(1, max(0, v)), c
	b.Refresh()
}

// CreateRenderer draws the track and the fill.
func (b *ScoreBar) CreateRenderer() fyne.WidgetRenderer {
	track := canvas.NewRectangle(color.Transparent)
	track.CornerRadius = 4
	fill := canvas.NewRectangle(color.Transparent)
	fill.CornerRadius = 4
	r := &barRenderer{b: b, track: track, fill: fill}
	r.Refresh()
	return r
}

type barRenderer struct {
	b           *ScoreBar
	track, fill *canvas.Rectangle
}

func (r *barRenderer) Layout(size fyne.Size) {
	r.track.Resize(size)
	r.fill.Resize(fyne.NewSize(size.Width*float32(r.b.Value), size.Height))
}

func (r *barRenderer) MinSize() fyne.Size { return fyne.NewSize(80, 8) }

func (r *barRenderer) Refresh() {
	mark := MarkColour(r.b.Color, r.b.Theme().Color(theme.ColorNameBackground, fyne.CurrentApp().Settings().ThemeVariant()))
	r.track.FillColor = Tint(mark, 0x30)
	r.fill.FillColor = mark
	r.Layout(r.b.Size())
	r.track.Refresh()
	r.fill.Refresh()
}

func (r *barRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.track, r.fill} }
func (r *barRenderer) Destroy()                     {}
