package widgets

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

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
	m       *TimelineMap
	objects []fyne.CanvasObject
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
	line := th.Color(theme.ColorNameSeparator, v)
	page := toNRGBA(th.Color(theme.ColorNameBackground, v))
	size := m.Size()
	var objs []fyne.CanvasObject
	if m.days() <= 0 || size.Width <= mapLaneLabel {
		r.objects = nil
		return
	}
	bottom := m.laneTop(model.LaneB) + float32(m.Rows[model.LaneB]*mapRow)
	// Lanes, with their names.
	for l := model.LaneA; l <= model.LaneB; l++ {
		top := m.laneTop(l)
		bg := canvas.NewRectangle(Tint(m.LaneColors[l], 0x14))
		bg.Move(fyne.NewPos(0, top))
		bg.Resize(fyne.NewSize(size.Width, float32(m.Rows[l]*mapRow)))
		name := canvas.NewText(m.LaneNames[l], fg)
		name.TextStyle.Bold = true
		name.TextSize = theme.CaptionTextSize() + 1
		name.Move(fyne.NewPos(6, top+4))
		objs = append(objs, bg, name)
	}
	// Crunch weeks.
	for _, s := range m.Shades {
		x := m.xOf(s.Week)
		w := 7 * m.dayWidth()
		if x < mapLaneLabel {
			w -= mapLaneLabel - x
			x = mapLaneLabel
		}
		sh := canvas.NewRectangle(color.NRGBA{R: 0xe0, G: 0x5a, B: 0x47, A: 0x55})
		sh.Move(fyne.NewPos(x, m.laneTop(s.Lane)))
		sh.Resize(fyne.NewSize(max(w, 1), float32(m.Rows[s.Lane]*mapRow)))
		objs = append(objs, sh)
	}
	// Month starts, labelled.
	for d := m.From; !m.To.Before(d); d = d.AddDays(1) {
		if d.Day != 1 && d != m.From {
			continue
		}
		x := m.xOf(d)
		l := canvas.NewLine(line)
		l.Position1, l.Position2 = fyne.NewPos(x, mapHeader-4), fyne.NewPos(x, bottom)
		t := canvas.NewText(d.Time().Format("January"), fg)
		t.TextSize = theme.CaptionTextSize()
		t.Move(fyne.NewPos(x+4, 4))
		objs = append(objs, l, t)
	}
	for _, b := range m.Bars {
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
			fill = Mix(b.Color, page, 0x70) // finished: paler, in either theme
		}
		bg := canvas.NewRectangle(fill)
		bg.CornerRadius = 5
		bg.Move(fyne.NewPos(x, y))
		bg.Resize(fyne.NewSize(max(w, 4), h))
		ink := InkOn(fill)
		t := canvas.NewText(b.Bar.Goal.Title, ink)
		t.TextSize = theme.CaptionTextSize()
		t.TextStyle.Bold = true
		t.Move(fyne.NewPos(x+6, y+3))
		fitText(t, w-10)
		objs = append(objs, bg, t)
	}
	for _, mk := range m.Marks {
		if mk.Day.Before(m.From) || m.To.Before(mk.Day) {
			continue
		}
		// A diamond with a light rim, on top of the bars; hollow until reached.
		x := m.xOf(mk.Day) + m.dayWidth()/2
		y := m.laneTop(mk.Lane) + mapRow/2
		rim := NewDiamond(th.Color(theme.ColorNameBackground, v), 20, false)
		rim.Move(fyne.NewPos(x-10, y-10))
		d := NewDiamond(mk.Color, 14, !mk.Reached)
		if !mk.Reached {
			d.StrokeWidth = 2.5
		}
		d.Move(fyne.NewPos(x-7, y-7))
		objs = append(objs, rim, d)
	}
	r.objects = objs
	canvas.Refresh(m)
}

func (r *mapRenderer) Objects() []fyne.CanvasObject { return r.objects }
func (r *mapRenderer) Destroy()                     {}
