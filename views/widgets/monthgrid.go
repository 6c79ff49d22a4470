package widgets

import (
	"image/color"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// MonthEntry is one line in a month cell: a block's start and title.
type MonthEntry struct {
	Text  string
	Color color.NRGBA
}

// MonthDay is one cell of the month grid.
type MonthDay struct {
	Day     int  // day of the month
	InMonth bool // false for the days of the weeks around the month
	Today   bool
	Entries []MonthEntry
}

// MonthGrid is a month overview as calendar apps draw it: weekday names on
// top, six weeks of seven days, each day with as many of its entries as fit
// and "+ N more". It shares out whatever height it is given, so the whole
// month is always in view. Tap a day to open its week.
type MonthGrid struct {
	widget.BaseWidget
	// Name is the month shown, for a screen reader ("November 2026").
	Name     string
	Weekdays [7]string
	Days     []MonthDay // 42, from the first day of the first week

	OnTap func(index int) // the index of the day tapped in Days
}

// NewMonthGrid returns an empty month grid.
func NewMonthGrid() *MonthGrid {
	g := &MonthGrid{}
	g.ExtendBaseWidget(g)
	return g
}

const (
	monthHeader = 24
	monthLine   = 17
	monthWeeks  = 6
)

// DayAt is the index in Days of the day at a position, or -1.
func (g *MonthGrid) DayAt(p fyne.Position) int {
	size := g.Size()
	if p.Y < monthHeader || size.Width <= 0 {
		return -1
	}
	col := int(p.X / (size.Width / 7))
	row := int((p.Y - monthHeader) / ((size.Height - monthHeader) / monthWeeks))
	i := row*7 + min(max(col, 0), 6)
	if row < 0 || row >= monthWeeks || i >= len(g.Days) {
		return -1
	}
	return i
}

// Tapped opens the day under the pointer.
func (g *MonthGrid) Tapped(ev *fyne.PointEvent) {
	if i := g.DayAt(ev.Position); i >= 0 && g.OnTap != nil {
		g.OnTap(i)
	}
}

// CreateRenderer draws the grid.
func (g *MonthGrid) CreateRenderer() fyne.WidgetRenderer {
	return &monthRenderer{g: g}
}

type monthRenderer struct {
	g *MonthGrid
	reuse
}

// MinSize is small: a day shows fewer entries when there is less room.
func (r *monthRenderer) MinSize() fyne.Size {
	return fyne.NewSize(7*56, monthHeader+monthWeeks*(monthLine*2+6))
}

func (r *monthRenderer) Layout(fyne.Size) { r.Refresh() }

// monthColors are the theme's colours a refresh draws with.
type monthColors struct {
	fg, dim, line color.Color
	primary       color.NRGBA
}

func (r *monthRenderer) Refresh() {
	g := r.g
	th, v := fyne.CurrentApp().Settings().Theme(), fyne.CurrentApp().Settings().ThemeVariant()
	c := monthColors{fg: th.Color(theme.ColorNameForeground, v), dim: th.Color(theme.ColorNamePlaceHolder, v),
		line: th.Color(theme.ColorNameSeparator, v), primary: toNRGBA(th.Color(theme.ColorNamePrimary, v))}
	size := g.Size()
	cw := size.Width / 7
	rh := (size.Height - monthHeader) / monthWeeks
	small := captionSize(r.g)
	r.begin()
	for d, name := range g.Weekdays {
		t := r.text(name, c.dim, small, fyne.NewPos(float32(d)*cw, 3))
		t.TextStyle.Bold = true
		t.Alignment = fyne.TextAlignCenter
		t.Resize(fyne.NewSize(cw, monthHeader-6))
	}
	for w := 0; w <= monthWeeks; w++ {
		y := monthHeader + float32(w)*rh
		r.line(c.line, fyne.NewPos(0, y), fyne.NewPos(size.Width, y), 1)
	}
	for d := 1; d < 7; d++ {
		r.line(c.line, fyne.NewPos(float32(d)*cw, monthHeader), fyne.NewPos(float32(d)*cw, size.Height), 1)
	}
	for i, day := range g.Days {
		if i >= 7*monthWeeks {
			break
		}
		r.day(day, float32(i%7)*cw, monthHeader+float32(i/7)*rh, cw, rh, c)
	}
	canvas.Refresh(g)
}

// day draws one day's cell: its number, then as many entries as fit, the
// last line saying how many more there are.
func (r *monthRenderer) day(day MonthDay, x, y, cw, rh float32, c monthColors) {
	small := captionSize(r.g)
	if day.Today {
		r.rect(Tint(c.primary, 0x22), fyne.NewPos(x+1, y+1), fyne.NewSize(cw-2, rh-2))
	}
	ink := c.fg
	if !day.InMonth {
		ink = c.dim
	}
	num := r.text(strconv.Itoa(day.Day), ink, small, fyne.NewPos(x+6, y+2))
	num.TextStyle.Bold = day.Today
	fits := int((rh - monthLine - 4) / monthLine)
	shown := len(day.Entries)
	if shown > fits {
		shown = max(fits-1, 0)
	}
	for k := range shown {
		e := day.Entries[k]
		ey := y + monthLine + 2 + float32(k)*monthLine
		bar := r.rect(e.Color, fyne.NewPos(x+5, ey+2), fyne.NewSize(3, monthLine-4))
		bar.CornerRadius = 1.5
		fitText(r.text(e.Text, ink, small, fyne.NewPos(x+11, ey)), cw-14)
	}
	if more := len(day.Entries) - shown; more > 0 && fits > 0 {
		fitText(r.text(sayN("ui.board.monthMore", more), c.dim, small, fyne.NewPos(x+11, y+monthLine+2+float32(shown)*monthLine)), cw-14)
	}
}

func (r *monthRenderer) Objects() []fyne.CanvasObject { return r.objects }
func (r *monthRenderer) Destroy()                     {}
