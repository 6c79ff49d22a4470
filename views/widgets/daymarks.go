package widgets

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/model"
)

// DayMarks draws a ritual's last few days as a row of marks, today on the
// right, each under its weekday and date, as habit trackers do: a filled
// circle in the ritual's colour for done, grey for skipped, an outline
// for paused, a faint ring for nothing logged, no mark before the ritual
// began. A tap on a mark reports the day (Venn toggles it done); a right
// click reports it to be skipped.
type DayMarks struct {
	widget.BaseWidget
	// Name is what it is about, for a screen reader ("Date night").
	Name  string
	Days  int
	Today model.Date
	Start model.Date // the ritual's first day; earlier days have no mark
	Color color.NRGBA
	Marks map[model.Date]model.EntryStatus

	OnTapped    func(day model.Date)
	OnSecondary func(day model.Date)

	focus   int // the column the keyboard is on
	focused bool
}

var (
	_ fyne.Tappable          = (*DayMarks)(nil)
	_ fyne.SecondaryTappable = (*DayMarks)(nil)
	_ desktop.Cursorable     = (*DayMarks)(nil)
	_ fyne.Focusable         = (*DayMarks)(nil)
)

// The size of one day's column and its mark.
const (
	dayMarkWidth = 34
	dayMarkSize  = 20
)

// NewDayMarks returns marks for the last days days.
func NewDayMarks(days int) *DayMarks {
	m := &DayMarks{Days: days, Marks: map[model.Date]model.EntryStatus{}, focus: days - 1}
	m.ExtendBaseWidget(m)
	return m
}

// DayAt is the day of column i (0 is the oldest).
func (m *DayMarks) DayAt(i int) model.Date { return m.Today.AddDays(i - (m.Days - 1)) }

// dayUnder is the day of the column at x, and whether it has a mark.
func (m *DayMarks) dayUnder(x float32) (model.Date, bool) {
	i := int(x / dayMarkWidth)
	if i < 0 || i >= m.Days {
		return model.Date{}, false
	}
	d := m.DayAt(i)
	return d, !d.Before(m.Start)
}

// Tapped toggles a day done.
func (m *DayMarks) Tapped(ev *fyne.PointEvent) {
	if i := int(ev.Position.X / dayMarkWidth); i >= 0 && i < m.Days {
		m.focus = i
	}
	if d, ok := m.dayUnder(ev.Position.X); ok && m.OnTapped != nil {
		m.OnTapped(d)
	}
}

// TappedSecondary skips a day.
func (m *DayMarks) TappedSecondary(ev *fyne.PointEvent) {
	if d, ok := m.dayUnder(ev.Position.X); ok && m.OnSecondary != nil {
		m.OnSecondary(d)
	}
}

// FocusGained rings the day last marked, today at first (Tab reaches
// the marks).
func (m *DayMarks) FocusGained() {
	m.focused = true
	m.Refresh()
}

// FocusLost takes the ring away.
func (m *DayMarks) FocusLost() { m.focused = false; m.Refresh() }

// TypedRune marks the ringed day: space toggles it done, s skips it.
func (m *DayMarks) TypedRune(r rune) {
	d, ok := m.focusedDay()
	switch {
	case !ok:
	case r == ' ' && m.OnTapped != nil:
		m.OnTapped(d)
	case (r == 's' || r == 'S') && m.OnSecondary != nil:
		m.OnSecondary(d)
	}
}

// TypedKey moves the ring with the arrow keys (Home and End jump to the
// first and last day); Enter toggles the ringed day done.
func (m *DayMarks) TypedKey(ev *fyne.KeyEvent) {
	first := 0
	for first < m.Days-1 && m.DayAt(first).Before(m.Start) {
		first++
	}
	to := m.focus
	switch ev.Name {
	case fyne.KeyLeft:
		to = max(m.focus-1, first)
	case fyne.KeyRight:
		to = min(m.focus+1, m.Days-1)
	case fyne.KeyHome:
		to = first
	case fyne.KeyEnd:
		to = m.Days - 1
	case fyne.KeyReturn, fyne.KeyEnter:
		m.TypedRune(' ')
	}
	if to != m.focus {
		m.focus = to
		m.Refresh()
	}
}

func (m *DayMarks) focusedDay() (model.Date, bool) {
	if m.focus < 0 || m.focus >= m.Days {
		return model.Date{}, false
	}
	d := m.DayAt(m.focus)
	return d, !d.Before(m.Start)
}

// Cursor is the pointing hand: the marks are pressed.
func (m *DayMarks) Cursor() desktop.Cursor { return desktop.PointerCursor }

// CreateRenderer builds a label and a mark per day.
func (m *DayMarks) CreateRenderer() fyne.WidgetRenderer {
	ring := canvas.NewRectangle(color.Transparent)
	ring.CornerRadius, ring.StrokeWidth = 6, 2
	r := &dayMarksRenderer{m: m, ring: ring}
	for range m.Days {
		label := captionText(m, fyne.TextAlignCenter)
		dot := canvas.NewCircle(color.Transparent)
		r.labels, r.dots = append(r.labels, label), append(r.dots, dot)
	}
	r.Refresh()
	return r
}

type dayMarksRenderer struct {
	m      *DayMarks
	ring   *canvas.Rectangle // round the day the keyboard is on
	labels []*canvas.Text
	dots   []*canvas.Circle
}

func (r *dayMarksRenderer) Layout(size fyne.Size) {
	labelH := captionSize(r.m) + 2
	top := (size.Height - labelH - dayMarkSize) / 2
	for i := range r.dots {
		x := float32(i * dayMarkWidth)
		r.labels[i].Move(fyne.NewPos(x, top))
		r.labels[i].Resize(fyne.NewSize(dayMarkWidth, labelH))
		r.dots[i].Move(fyne.NewPos(x+(dayMarkWidth-dayMarkSize)/2, top+labelH))
		r.dots[i].Resize(fyne.NewSize(dayMarkSize, dayMarkSize))
	}
	r.ring.Move(fyne.NewPos(float32(r.m.focus*dayMarkWidth)+1, max(top-2, 0)))
	r.ring.Resize(fyne.NewSize(dayMarkWidth-2, min(labelH+dayMarkSize+4, size.Height)))
}

func (r *dayMarksRenderer) MinSize() fyne.Size {
	return fyne.NewSize(float32(r.m.Days*dayMarkWidth), captionSize(r.m)+2+dayMarkSize+4)
}

func (r *dayMarksRenderer) Refresh() {
	m := r.m
	th := m.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	fg := th.Color(theme.ColorNameForeground, v)
	faint := th.Color(theme.ColorNameDisabled, v)
	mark := MarkColour(m.Color, th.Color(theme.ColorNameBackground, v))
	r.ring.StrokeColor = color.Transparent
	if m.focused {
		r.ring.StrokeColor = th.Color(theme.ColorNamePrimary, v)
	}
	r.Layout(m.Size())
	r.ring.Refresh()
	for i, dot := range r.dots {
		d := m.DayAt(i)
		label := r.labels[i]
		label.Text = minDay(d.Time())
		label.Color = fg
		label.TextStyle.Bold = d == m.Today
		dot.StrokeWidth, dot.FillColor, dot.StrokeColor = 0, color.Transparent, color.Transparent
		switch {
		case d.Before(m.Start):
			label.Color = faint
		case m.Marks[d] == model.Done:
			dot.FillColor = mark
		case m.Marks[d] == model.Skipped:
			dot.FillColor = faint
		case m.Marks[d] == model.Paused:
			dot.StrokeWidth, dot.StrokeColor = 2, mark
			dot.FillColor = Tint(mark, 0x30)
		default:
			dot.StrokeWidth, dot.StrokeColor = 1.5, faint
		}
		label.Refresh()
		dot.Refresh()
	}
}

func (r *dayMarksRenderer) Objects() []fyne.CanvasObject {
	out := make([]fyne.CanvasObject, 0, 2*len(r.dots)+1)
	out = append(out, r.ring)
	for i := range r.dots {
		out = append(out, r.labels[i], r.dots[i])
	}
	return out
}

func (r *dayMarksRenderer) Destroy() {}

// Words say the marks for a screen reader and the tests: "Mo 23 done, Tu
// 24 skipped, We 25 —".
func (m *DayMarks) Words() string {
	out := ""
	for i := range m.Days {
		d := m.DayAt(i)
		if d.Before(m.Start) {
			continue
		}
		if out != "" {
			out += ", "
		}
		state := "—"
		if m.Marks[d] != "" {
			state = markWords(m.Marks[d])
		}
		out += say("ui.board.a11yDayState", "Day", minDay(d.Time()), "State", state)
	}
	return out
}
