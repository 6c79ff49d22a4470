package widgets

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/i18n"
	"github.com/vennplanner/venn/model"
)

// Timeline map geometry.
const (
	mapLaneLabel = 96
	mapHeader    = 26
	mapRow       = 26
	mapLaneGap   = 10
	mapEdge      = 6 // pixels at a bar's ends that resize it
)

// MapBar is a goal's bar as the timeline map draws it.
type MapBar struct {
	Bar   model.Bar
	Color color.NRGBA
}

// MapMark is a milestone drawn as a diamond in a lane.
type MapMark struct {
	Day     model.Date
	Lane    model.MapLane
	Title   string
	Color   color.NRGBA
	Reached bool
}

// MapShade is a crunch week shaded in a lane.
type MapShade struct {
	Week model.Date
	Lane model.MapLane
}

// TimelineMap draws a range of days with three lanes (partner A, shared,
// partner B): goals as bars stacked where they overlap, milestones as
// diamonds, crunch weeks shaded. Tap a bar to open its goal; drag a bar's
// end to change its dates.
type TimelineMap struct {
	widget.BaseWidget
	From, To   model.Date
	LaneNames  [3]string
	LaneColors [3]color.NRGBA
	Rows       [3]int
	Bars       []MapBar
	Marks      []MapMark
	Shades     []MapShade

	OnTap    func(g model.Goal)
	OnResize func(g model.Goal, from, to model.Date)

	drag *mapDrag
}

type mapDrag struct {
	bar   MapBar
	atEnd bool // dragging the end (else the start)
	day   model.Date
}

// NewTimelineMap returns an empty map.
func NewTimelineMap() *TimelineMap {
	m := &TimelineMap{}
	m.ExtendBaseWidget(m)
	return m
}

func (m *TimelineMap) days() int { return int(m.To.Time().Sub(m.From.Time()).Hours()/24) + 1 }

func (m *TimelineMap) dayWidth() float32 {
	return (m.Size().Width - mapLaneLabel) / float32(max(1, m.days()))
}

func (m *TimelineMap) xOf(d model.Date) float32 {
	return mapLaneLabel + float32(d.Time().Sub(m.From.Time()).Hours()/24)*m.dayWidth()
}

// DayAt is the day under an x position.
func (m *TimelineMap) DayAt(x float32) model.Date {
	i := int((x - mapLaneLabel) / max(m.dayWidth(), 0.01))
	return m.From.AddDays(min(max(i, 0), m.days()-1))
}

func (m *TimelineMap) laneTop(l model.MapLane) float32 {
	y := float32(mapHeader)
	for i := model.LaneA; i < l; i++ {
		y += float32(m.Rows[i]*mapRow + mapLaneGap)
	}
	return y
}

// BarRect is where a bar is drawn.
func (m *TimelineMap) BarRect(b MapBar) (x, y, w, h float32) {
	from, to := b.Bar.From, b.Bar.To
	if from.Before(m.From) {
		from = m.From
	}
	if m.To.Before(to) {
		to = m.To
	}
	x = m.xOf(from)
	w = max(m.xOf(to.AddDays(1))-x, 4)
	y = m.laneTop(b.Bar.Lane) + float32(b.Bar.Row*mapRow) + 3
	return x, y, w, mapRow - 6
}

func (m *TimelineMap) barAt(p fyne.Position) (MapBar, int, bool) {
	for i := len(m.Bars) - 1; i >= 0; i-- {
		x, y, w, h := m.BarRect(m.Bars[i])
		if p.X >= x && p.X <= x+w && p.Y >= y && p.Y <= y+h {
			edge := 0
			switch {
			case p.X <= x+mapEdge:
				edge = -1
			case p.X >= x+w-mapEdge:
				edge = 1
			}
			return m.Bars[i], edge, true
		}
	}
	return MapBar{}, 0, false
}

// Tapped opens the goal under the pointer.
func (m *TimelineMap) Tapped(ev *fyne.PointEvent) {
	if b, _, ok := m.barAt(ev.Position); ok && m.OnTap != nil {
		m.OnTap(b.Bar.Goal)
	}
}

// Dragged moves a bar's start or end.
func (m *TimelineMap) Dragged(ev *fyne.DragEvent) {
	if m.drag == nil {
		b, edge, ok := m.barAt(ev.Position.Subtract(ev.Dragged))
		if !ok || edge == 0 {
			return
		}
		m.drag = &mapDrag{bar: b, atEnd: edge > 0}
	}
	m.drag.day = m.DayAt(ev.Position.X)
	m.Refresh()
}

// DragEnd reports the new dates.
func (m *TimelineMap) DragEnd() {
	d := m.drag
	m.drag = nil
	if d == nil {
		return
	}
	from, to := d.bar.Bar.From, d.bar.Bar.To
	if d.atEnd {
		to = d.day
	} else {
		from = d.day
	}
	if to.Before(from) {
		from, to = to, from
	}
	m.Refresh()
	if m.OnResize != nil {
		m.OnResize(d.bar.Bar.Goal, from, to)
	}
}

// CreateRenderer draws the map.
func (m *TimelineMap) CreateRenderer() fyne.WidgetRenderer {
	r := &mapRenderer{m: m}
	r.Refresh()
	return r
}

type mapRenderer struct {
	m *TimelineMap
	reuse
	diamonds []*canvas.RegularPolygon
}

func (r *mapRenderer) MinSize() fyne.Size {
	m := r.m
	return fyne.NewSize(mapLaneLabel+300, m.laneTop(model.LaneB)+float32(m.Rows[model.LaneB]*mapRow)+4)
}

func (r *mapRenderer) Layout(fyne.Size) { r.Refresh() }

func (r *mapRenderer) Refresh() {
	m := r.m
	th, v := fyne.CurrentApp().Settings().Theme(), fyne.CurrentApp().Settings().ThemeVariant()
	fg := th.Color(theme.ColorNameForeground, v)
	page := toNRGBA(th.Color(theme.ColorNameBackground, v))
	r.begin()
	if m.days() <= 0 || m.Size().Width <= mapLaneLabel {
		canvas.Refresh(m)
		return
	}
	r.lanes(fg)
	r.crunch()
	r.months(fg, th.Color(theme.ColorNameSeparator, v))
	for _, b := range m.Bars {
		r.bar(b, page)
	}
	r.milestones(page)
	canvas.Refresh(m)
}

// lanes draws each lane's band with its name.
func (r *mapRenderer) lanes(fg color.Color) {
	m := r.m
	for l := model.LaneA; l <= model.LaneB; l++ {
		top := m.laneTop(l)
		r.rect(Tint(m.LaneColors[l], 0x14), fyne.NewPos(0, top), fyne.NewSize(m.Size().Width, float32(m.Rows[l]*mapRow)))
		name := r.text(m.LaneNames[l], fg, captionSize(r.m)+1, fyne.NewPos(6, top+4))
		name.TextStyle.Bold = true
	}
}

// crunch shades the weeks where a lane has too much going on.
func (r *mapRenderer) crunch() {
	m := r.m
	for _, s := range m.Shades {
		x := m.xOf(s.Week)
		w := 7 * m.dayWidth()
		if x < mapLaneLabel {
			w -= mapLaneLabel - x
			x = mapLaneLabel
		}
		r.rect(color.NRGBA{R: 0xe0, G: 0x5a, B: 0x47, A: 0x55}, fyne.NewPos(x, m.laneTop(s.Lane)), fyne.NewSize(max(w, 1), float32(m.Rows[s.Lane]*mapRow)))
	}
}

// months draws a line at each month's start, labelled.
func (r *mapRenderer) months(fg, line color.Color) {
	m := r.m
	bottom := m.laneTop(model.LaneB) + float32(m.Rows[model.LaneB]*mapRow)
	for d := m.From; !m.To.Before(d); d = d.AddDays(1) {
		if d.Day != 1 && d != m.From {
			continue
		}
		x := m.xOf(d)
		r.line(line, fyne.NewPos(x, mapHeader-4), fyne.NewPos(x, bottom), 1)
		r.text(i18n.Screen().Month(d.Month), fg, captionSize(r.m), fyne.NewPos(x+4, 4))
	}
}

// bar draws a goal's bar with its title, where it is being dragged to if
// it is.
func (r *mapRenderer) bar(b MapBar, page color.NRGBA) {
	m := r.m
	x, y, w, h := m.BarRect(b)
	if d := m.drag; d != nil && d.bar.Bar.Goal.ID == b.Bar.Goal.ID {
		if d.atEnd {
			w = max(m.xOf(d.day.AddDays(1))-x, 4)
		} else {
			nx := m.xOf(d.day)
			w, x = w+(x-nx), nx
		}
	}
	fill := b.Color
	if b.Bar.Goal.Column == model.ColumnDone {
		fill = model.Mix(b.Color, page, 0x70) // finished: paler, in either theme
	}
	fill, ink := model.ReadableFill(fill)
	bg := r.rect(fill, fyne.NewPos(x, y), fyne.NewSize(max(w, 4), h))
	bg.CornerRadius = 5
	t := r.text(b.Bar.Goal.Title, ink, captionSize(r.m), fyne.NewPos(x+6, y+3))
	t.TextStyle.Bold = true
	fitText(t, w-10)
}

// milestones draws each milestone as a diamond with a light rim, on top of
// the bars; hollow until reached.
func (r *mapRenderer) milestones(page color.NRGBA) {
	m := r.m
	n := 0
	next := func() *canvas.RegularPolygon {
		if n == len(r.diamonds) {
			r.diamonds = append(r.diamonds, &canvas.RegularPolygon{})
		}
		d := r.diamonds[n]
		n++
		return d
	}
	for _, mk := range m.Marks {
		if mk.Day.Before(m.From) || m.To.Before(mk.Day) {
			continue
		}
		x := m.xOf(mk.Day) + m.dayWidth()/2
		y := m.laneTop(mk.Lane) + mapRow/2
		rim := next()
		setDiamond(rim, page, 20, false)
		rim.Move(fyne.NewPos(x-10, y-10))
		d := next()
		setDiamond(d, mk.Color, 14, !mk.Reached)
		if !mk.Reached {
			d.StrokeWidth = 2.5
		}
		d.Move(fyne.NewPos(x-7, y-7))
		r.objects = append(r.objects, rim, d)
	}
}

func (r *mapRenderer) Objects() []fyne.CanvasObject { return r.objects }
func (r *mapRenderer) Destroy()                     {}
