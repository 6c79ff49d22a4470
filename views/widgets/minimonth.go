package widgets

import (
	"image/color"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/model"
)

// MiniMonth is the small month of a calendar's side, as Google Calendar
// has: the weekdays' initials, six weeks of day numbers, the week shown
// tinted and today ringed; a tap on a day reports it (Venn shows its week).
type MiniMonth struct {
	widget.BaseWidget
	Month     model.Date // any day of the month shown
	WeekStart time.Weekday
	Today     model.Date
	Shown     model.Date // the first day of the week the calendar shows
	Accent    color.Color

	OnTapped func(day model.Date)
}

var (
	_ fyne.Tappable      = (*MiniMonth)(nil)
	_ desktop.Cursorable = (*MiniMonth)(nil)
)

// The size of one day's cell.
const (
	miniCellW = 28
	miniCellH = 22
)

// NewMiniMonth returns the month holding day.
func NewMiniMonth(day model.Date, weekStart time.Weekday) *MiniMonth {
	m := &MiniMonth{Month: day, WeekStart: weekStart, Accent: color.NRGBA{R: 0x9a, G: 0x7b, B: 0xb5, A: 0xff}}
	m.ExtendBaseWidget(m)
	return m
}

// First is the first day drawn: the start of the week holding the 1st.
func (m *MiniMonth) First() model.Date {
	first := model.Date{Year: m.Month.Year, Month: m.Month.Month, Day: 1}
	return model.PeriodStart(model.PerWeek, first, m.WeekStart)
}

// DayAt is the day of row r (0..5), column c (0..6).
func (m *MiniMonth) DayAt(r, c int) model.Date { return m.First().AddDays(7*r + c) }

// Tapped reports the day under the pointer.
func (m *MiniMonth) Tapped(ev *fyne.PointEvent) {
	r := int((ev.Position.Y - miniCellH) / miniCellH)
	c := int(ev.Position.X / miniCellW)
	if ev.Position.Y < miniCellH || r < 0 || r > 5 || c < 0 || c > 6 || m.OnTapped == nil {
		return
	}
	m.OnTapped(m.DayAt(r, c))
}

// Cursor is the pointing hand.
func (m *MiniMonth) Cursor() desktop.Cursor { return desktop.PointerCursor }

// CreateRenderer builds the weekday initials and 42 day cells.
func (m *MiniMonth) CreateRenderer() fyne.WidgetRenderer {
	r := &miniRenderer{m: m, shown: canvas.NewRectangle(color.Transparent), today: canvas.NewCircle(color.Transparent)}
	r.shown.CornerRadius = 4
	for range 7 {
		r.heads = append(r.heads, captionText(m, fyne.TextAlignCenter))
	}
	for range 42 {
		r.days = append(r.days, captionText(m, fyne.TextAlignCenter))
	}
	r.Refresh()
	return r
}

type miniRenderer struct {
	m     *MiniMonth
	heads []*canvas.Text
	days  []*canvas.Text
	shown *canvas.Rectangle // the week the calendar shows
	today *canvas.Circle
}

func (r *miniRenderer) Layout(fyne.Size) {
	for c, t := range r.heads {
		t.Move(fyne.NewPos(float32(c*miniCellW), 2))
		t.Resize(fyne.NewSize(miniCellW, miniCellH-4))
	}
	for i, t := range r.days {
		t.Move(fyne.NewPos(float32(i%7*miniCellW), float32((i/7+1)*miniCellH)+2))
		t.Resize(fyne.NewSize(miniCellW, miniCellH-4))
	}
	r.place()
}

// place puts the tint on the week shown and the ring round today.
func (r *miniRenderer) place() {
	m := r.m
	r.shown.Hide()
	r.today.Hide()
	for row := range 6 {
		if m.DayAt(row, 0) == m.Shown {
			r.shown.Move(fyne.NewPos(0, float32((row+1)*miniCellH)))
			r.shown.Resize(fyne.NewSize(7*miniCellW, miniCellH))
			r.shown.Show()
		}
		for c := range 7 {
			if m.DayAt(row, c) == m.Today {
				r.today.Move(fyne.NewPos(float32(c*miniCellW)+(miniCellW-miniCellH+2)/2, float32((row+1)*miniCellH)+1))
				r.today.Resize(fyne.NewSize(miniCellH-2, miniCellH-2))
				r.today.Show()
			}
		}
	}
}

func (r *miniRenderer) MinSize() fyne.Size { return fyne.NewSize(7*miniCellW, 7*miniCellH) }

func (r *miniRenderer) Refresh() {
	m := r.m
	th := m.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	fg := th.Color(theme.ColorNameForeground, v)
	faint := th.Color(theme.ColorNameDisabled, v)
	for c, t := range r.heads {
		t.Text, t.Color = weekdayLetter(m.DayAt(0, c).Time().Weekday()), faint
		t.Refresh()
	}
	for i, t := range r.days {
		d := m.DayAt(i/7, i%7)
		t.Text, t.Color = d.Time().Format("2"), fg
		if d.Month != m.Month.Month {
			t.Color = faint
		}
		t.TextStyle.Bold = d == m.Today
		t.Refresh()
	}
	r.shown.FillColor = Tint(toNRGBA(m.Accent), 0x40)
	r.shown.Refresh()
	r.today.StrokeColor, r.today.StrokeWidth = toNRGBA(m.Accent), 1.5
	r.today.Refresh()
	r.place()
}

func (r *miniRenderer) Objects() []fyne.CanvasObject {
	out := []fyne.CanvasObject{r.shown, r.today}
	for _, t := range r.heads {
		out = append(out, t)
	}
	for _, t := range r.days {
		out = append(out, t)
	}
	return out
}

func (r *miniRenderer) Destroy() {}
