package widgets

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/model"
)

// Geometry of the week grid.
const (
	HourHeight   = 36
	gutter       = 48
	snapMinutes  = 15
	resizeZone   = 8
	dayMinutes   = 24 * 60
	minBlockMins = 15
)

// GridBlock is one occurrence as the week grid draws it.
type GridBlock struct {
	Placed model.Placed
	Day    int // column, 0..6
	Top    int // minutes after the day's midnight where this part starts
	Bottom int // minutes where it ends (at most 24 h)
	Color  color.NRGBA
	Title  string
	Hatch  bool // buffer zones are drawn lighter, as "left open"
}

// GridMarker is a ritual reminder drawn as a thin line with its name.
type GridMarker struct {
	Day    int
	Minute int
	Title  string
	Color  color.NRGBA
}

// WeekGrid draws seven day columns of 24 hours with blocks and ritual
// markers. Drag over empty time to create a block; drag a block to move
// it; drag its lower edge to resize it; tap it to open it.
type WeekGrid struct {
	widget.BaseWidget
	// Name is the week shown and DayNames its days, for a screen reader.
	Name     string
	DayNames [7]string
	Blocks   []GridBlock
	Markers  []GridMarker
	Today    int // column of today, or -1
	Now      int // minutes after midnight now, drawn as a line in today's column
	// Hour is the height of an hour; 0 means HourHeight. A tall window
	// gives the hours more room, so the day still opens in the morning.
	Hour float32

	OnCreate func(day, from, to int)          // a new block: column, minutes after midnight
	OnMove   func(b GridBlock, day, from int) // moved: new column and start, same length
	OnResize func(b GridBlock, minutes int)   // its part on this day is now this long
	OnTap    func(b GridBlock)

	drag *gridDrag

	focused bool
	ringed  int // the block the keyboard is on (an index into Blocks)
}

type gridDrag struct {
	mode       int // 0 create, 1 move, 2 resize
	block      GridBlock
	startPos   fyne.Position
	day        int
	from, to   int
	offsetMins int
}

const (
	dragCreate = iota
	dragMove
	dragResize
)

// NewWeekGrid returns an empty grid.
func NewWeekGrid() *WeekGrid {
	g := &WeekGrid{Today: -1, ringed: -1}
	g.ExtendBaseWidget(g)
	return g
}

func (g *WeekGrid) colWidth() float32 { return (g.Size().Width - gutter) / 7 }

// HourPx is the height of an hour as drawn.
func (g *WeekGrid) HourPx() float32 {
	if g.Hour > 0 {
		return g.Hour
	}
	return HourHeight
}

// At returns the day column and the minute (snapped) at a position.
func (g *WeekGrid) At(p fyne.Position) (day, minute int) {
	day = int((p.X - gutter) / max(g.colWidth(), 1))
	day = min(6, max(0, day))
	minute = int(p.Y / g.HourPx() * 60)
	minute = min(dayMinutes, max(0, minute/snapMinutes*snapMinutes))
	return day, minute
}

// BlockAt returns the block drawn at a position, and whether the position
// is on its lower edge.
func (g *WeekGrid) BlockAt(p fyne.Position) (GridBlock, bool, bool) {
	for i := len(g.Blocks) - 1; i >= 0; i-- {
		b := g.Blocks[i]
		x, y, w, h := g.BlockRect(b)
		if p.X >= x && p.X <= x+w && p.Y >= y && p.Y <= y+h {
			return b, p.Y >= y+h-resizeZone, true
		}
	}
	return GridBlock{}, false, false
}

// BlockRect is where a block is drawn.
func (g *WeekGrid) BlockRect(b GridBlock) (x, y, w, h float32) {
	cw := g.colWidth()
	cols := max(1, b.Placed.Columns)
	w = cw / float32(cols)
	x = gutter + float32(b.Day)*cw + float32(b.Placed.Column)*w + 1
	y = float32(b.Top) / 60 * g.HourPx()
	h = max(float32(b.Bottom-b.Top)/60*g.HourPx(), 12)
	return x, y, w - 2, h - 1
}

// Tapped opens the block under the pointer.
func (g *WeekGrid) Tapped(ev *fyne.PointEvent) {
	if b, _, ok := g.BlockAt(ev.Position); ok && g.OnTap != nil {
		g.OnTap(b)
	}
}

// Dragged creates, moves or resizes, depending on where the drag began.
func (g *WeekGrid) Dragged(ev *fyne.DragEvent) {
	if g.drag == nil {
		start := ev.Position.Subtract(ev.Dragged)
		d := &gridDrag{startPos: start}
		if b, edge, ok := g.BlockAt(start); ok {
			d.block = b
			d.mode = dragMove
			// Only the part where a block starts can be resized.
			if edge && b.Top == b.Placed.Start.Minute && b.Placed.Start.Date == b.Placed.Day {
				d.mode = dragResize
			}
			_, m := g.At(start)
			d.offsetMins = m - b.Top
		} else {
			d.mode = dragCreate
		}
		g.drag = d
	}
	d := g.drag
	day, m := g.At(ev.Position)
	switch d.mode {
	case dragCreate:
		sd, sm := g.At(d.startPos)
		d.day = sd
		d.from, d.to = min(sm, m), max(sm, m)
		if d.to-d.from < minBlockMins {
			d.to = d.from + 30
		}
	case dragMove:
		length := d.block.Placed.Occurrence.Minutes()
		if length <= 0 {
			length = d.block.Bottom - d.block.Top
		}
		d.day = day
		d.from = min(dayMinutes-snapMinutes, max(0, m-d.offsetMins))
		d.to = d.from + length
	case dragResize:
		d.day = d.block.Day
		d.from = d.block.Top
		d.to = max(d.from+minBlockMins, m)
	}
	g.Refresh()
}

// DragEnd calls back with where the drag ended.
func (g *WeekGrid) DragEnd() {
	d := g.drag
	g.drag = nil
	g.Refresh()
	if d == nil {
		return
	}
	switch d.mode {
	case dragCreate:
		if g.OnCreate != nil {
			g.OnCreate(d.day, d.from, min(d.to, dayMinutes))
		}
	case dragMove:
		if g.OnMove != nil {
			g.OnMove(d.block, d.day, d.from)
		}
	case dragResize:
		if g.OnResize != nil {
			g.OnResize(d.block, d.to-d.block.Top)
		}
	}
}

// CreateRenderer draws the hour lines, the blocks, the markers and the
// block being dragged.
func (g *WeekGrid) CreateRenderer() fyne.WidgetRenderer {
	r := &gridRenderer{g: g}
	r.Refresh()
	return r
}

type gridRenderer struct {
	g *WeekGrid
	reuse
}

func (r *gridRenderer) MinSize() fyne.Size { return fyne.NewSize(gutter+7*64, 24*r.g.HourPx()) }

func (r *gridRenderer) Layout(fyne.Size) { r.Refresh() }

func (r *gridRenderer) Refresh() {
	g := r.g
	th, v := fyne.CurrentApp().Settings().Theme(), fyne.CurrentApp().Settings().ThemeVariant()
	page := toNRGBA(th.Color(theme.ColorNameBackground, v))
	primary := toNRGBA(th.Color(theme.ColorNamePrimary, v))
	r.begin()
	r.hours(th.Color(theme.ColorNameForeground, v), th.Color(theme.ColorNameSeparator, v), primary)
	r.markers(th.Color(theme.ColorNameForeground, v))
	for _, b := range g.Blocks {
		if g.drag != nil && g.drag.mode != dragCreate && g.drag.block.Placed.Block == b.Placed.Block && g.drag.block.Placed.Day == b.Placed.Day {
			continue // drawn where it is being dragged to
		}
		r.block(b, page)
	}
	r.now()
	r.focusRing()
	if d := g.drag; d != nil {
		c := primary
		if d.mode != dragCreate {
			c = d.block.Color
		}
		r.block(GridBlock{Placed: model.Placed{Columns: 1}, Day: d.day, Top: d.from, Bottom: min(d.to, dayMinutes), Color: c,
			Title: model.FormatClock(d.from) + "–" + model.FormatClock(d.to%dayMinutes)}, page)
	}
	canvas.Refresh(g)
}

// hours draws today's column, the hour lines with their times and the day
// columns.
func (r *gridRenderer) hours(fg, line color.Color, primary color.NRGBA) {
	g := r.g
	size, cw := g.Size(), g.colWidth()
	if g.Today >= 0 {
		r.rect(Tint(primary, 0x14), fyne.NewPos(gutter+float32(g.Today)*cw, 0), fyne.NewSize(cw, size.Height))
	}
	for h := range 24 {
		y := float32(h) * g.HourPx()
		r.line(line, fyne.NewPos(gutter, y), fyne.NewPos(size.Width, y), 1)
		if h > 0 {
			t := r.text(model.FormatClock(h*60), fg, captionSize(r.g), fyne.Position{})
			t.Move(fyne.NewPos(4, y-t.MinSize().Height/2))
		}
	}
	for d := range 8 {
		x := gutter + float32(d)*cw
		r.line(line, fyne.NewPos(x, 0), fyne.NewPos(x, size.Height), 1)
	}
}

// markers draws the ritual reminders. They go under the blocks (which are
// opaque), so block titles stay readable; each name is cut to its own
// day's column, and a reminder close below another one in the same day
// draws no name.
func (r *gridRenderer) markers(fg color.Color) {
	g := r.g
	cw := g.colWidth()
	lastLabel := map[int]int{}
	for _, m := range g.Markers {
		y := float32(m.Minute) / 60 * g.HourPx()
		x := gutter + float32(m.Day)*cw
		r.line(m.Color, fyne.NewPos(x+10, y), fyne.NewPos(x+cw-2, y), 1.5)
		r.circle(m.Color, fyne.NewPos(x+2, y-4), fyne.NewSize(8, 8))
		if prev, ok := lastLabel[m.Day]; ok && m.Minute-prev < 30 {
			continue
		}
		lastLabel[m.Day] = m.Minute
		fitText(r.text(m.Title, fg, captionSize(r.g), fyne.NewPos(x+12, y)), cw-16)
	}
}

// now draws a line across today at the time, with a dot at its start, as
// calendar apps draw it.
func (r *gridRenderer) now() {
	g := r.g
	if g.Today < 0 || g.Now < 0 || g.Now >= dayMinutes {
		return
	}
	red := color.NRGBA{R: 0xdc, G: 0x26, B: 0x26, A: 0xff}
	y := float32(g.Now) / 60 * g.HourPx()
	x := gutter + float32(g.Today)*g.colWidth()
	r.line(red, fyne.NewPos(x, y), fyne.NewPos(x+g.colWidth(), y), 2)
	r.circle(red, fyne.NewPos(x-5, y-5), fyne.NewSize(10, 10))
}

// block draws a block: an opaque fill (mixed with the page's background,
// so a reminder line under it never shows through), its title and, when
// there is room, its times on a second line.
func (r *gridRenderer) block(b GridBlock, page color.NRGBA) {
	x, y, w, h := r.g.BlockRect(b)
	fill, ink := BlockColours(b.Color, page, b.Hatch)
	bg := r.rect(fill, fyne.NewPos(x, y), fyne.NewSize(w, h))
	bg.CornerRadius = 4
	bg.StrokeColor = b.Color
	bg.StrokeWidth = 1
	small := captionSize(r.g)
	times := b.Times()
	title := b.Title
	twoLines := h >= 2*small+10
	if !twoLines && times != "" {
		title = model.FormatClock(b.Top) + " " + title
	}
	t := r.text(title, ink, small, fyne.NewPos(x+4, y+2))
	t.TextStyle.Bold = true
	fitText(t, w-6)
	if twoLines && times != "" {
		fitText(r.text(times, ink, small, fyne.NewPos(x+4, y+2+small+3)), w-6)
	}
}

// Times says when the block runs, as its two ends on the clock ("18:00–19:30").
// The ghost drawn while dragging carries its times in its title.
func (b GridBlock) Times() string {
	if b.Placed.Block == nil {
		return ""
	}
	p := b.Placed
	return model.FormatClock(p.Start.Minute) + "–" + model.FormatClock(p.End.Minute)
}

// fitText shortens a text with an ellipsis until it fits width (binary
// search: each measurement shapes the text).
func fitText(t *canvas.Text, width float32) {
	if width < 12 {
		t.Text = ""
		return
	}
	if t.MinSize().Width <= width {
		return
	}
	runes := []rune(t.Text)
	lo, hi := 0, len(runes)
	for lo < hi {
		mid := (lo + hi + 1) / 2
		t.Text = string(runes[:mid]) + "…"
		if t.MinSize().Width <= width {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	if lo == 0 {
		t.Text = ""
		return
	}
	t.Text = string(runes[:lo]) + "…"
}

func toNRGBA(c color.Color) color.NRGBA {
	return color.NRGBAModel.Convert(c).(color.NRGBA)
}

func (r *gridRenderer) Objects() []fyne.CanvasObject { return r.objects }
func (r *gridRenderer) Destroy()                     {}
