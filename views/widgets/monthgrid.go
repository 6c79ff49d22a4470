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
	g       *MonthGrid
	objects []fyne.CanvasObject
}

// MinSize is small: a day shows fewer entries when there is less room.
func (r *monthRenderer) MinSize() fyne.Size {
	return fyne.NewSize(7*56, monthHeader+monthWeeks*(monthLine*2+6))
}

func (r *monthRenderer) Layout(fyne.Size) { r.Refresh() }

func (r *monthRenderer) Refresh() {
	g := r.g
	th, v := fyne.CurrentApp().Settings().Theme(), fyne.CurrentApp().Settings().ThemeVariant()
	fg := th.Color(theme.ColorNameForeground, v)
	dim := th.Color(theme.ColorNamePlaceHolder, v)
	line := th.Color(theme.ColorNameSeparator, v)
	primary := toNRGBA(th.Color(theme.ColorNamePrimary, v))
	size := g.Size()
	cw := size.Width / 7
	rh := (size.Height - monthHeader) / monthWeeks
	small := theme.CaptionTextSize()
	objs := make([]fyne.CanvasObject, 0, len(r.objects))
	for d, name := range g.Weekdays {
		t := canvas.NewText(name, dim)
		t.TextSize = small
		t.TextStyle.Bold = true
		t.Alignment = fyne.TextAlignCenter
		t.Move(fyne.NewPos(float32(d)*cw, 3))
		t.Resize(fyne.NewSize(cw, monthHeader-6))
		objs = append(objs, t)
	}
	for w := 0; w <= monthWeeks; w++ {
		l := canvas.NewLine(line)
		y := monthHeader + float32(w)*rh
		l.Position1, l.Position2 = fyne.NewPos(0, y), fyne.NewPos(size.Width, y)
		objs = append(objs, l)
	}
	for d := 1; d < 7; d++ {
		l := canvas.NewLine(line)
		l.Position1, l.Position2 = fyne.NewPos(float32(d)*cw, monthHeader), fyne.NewPos(float32(d)*cw, size.Height)
		objs = append(objs, l)
	}
	for i, day := range g.Days {
		if i >= 7*monthWeeks {
			break
		}
		x := float32(i%7) * cw
		y := monthHeader + float32(i/7)*rh
		if day.Today {
			bg := canvas.NewRectangle(Tint(primary, 0x22))
			bg.Move(fyne.NewPos(x+1, y+1))
			bg.Resize(fyne.NewSize(cw-2, rh-2))
			objs = append(objs, bg)
		}
		ink := fg
		if !day.InMonth {
			ink = dim
		}
		num := canvas.NewText(strconv.Itoa(day.Day), ink)
		num.TextSize = small
		num.TextStyle.Bold = day.Today
		num.Move(fyne.NewPos(x+6, y+2))
		objs = append(objs, num)
		// Lines below the day number: as many entries as fit, the last
		// line says how many more there are.
		fits := int((rh - monthLine - 4) / monthLine)
		shown := len(day.Entries)
		if shown > fits {
			shown = max(fits-1, 0)
		}
		for k := range shown {
			e := day.Entries[k]
			ey := y + monthLine + 2 + float32(k)*monthLine
			bar := canvas.NewRectangle(e.Color)
			bar.CornerRadius = 1.5
			bar.Move(fyne.NewPos(x+5, ey+2))
			bar.Resize(fyne.NewSize(3, monthLine-4))
			t := canvas.NewText(e.Text, ink)
			t.TextSize = small
			t.Move(fyne.NewPos(x+11, ey))
			fitText(t, cw-14)
			objs = append(objs, bar, t)
		}
		if more := len(day.Entries) - shown; more > 0 && fits > 0 {
			t := canvas.NewText("+ "+strconv.Itoa(more)+" more", dim)
			t.TextSize = small
			t.Move(fyne.NewPos(x+11, y+monthLine+2+float32(shown)*monthLine))
			fitText(t, cw-14)
			objs = append(objs, t)
		}
	}
	r.objects = objs
	canvas.Refresh(g)
}

func (r *monthRenderer) Objects() []fyne.CanvasObject { return r.objects }
func (r *monthRenderer) Destroy()                     {}
