package chart

import (
	"math"
	"slices"
	"strings"
)

// Measure is a painter's width of text at a size, in the painter's units.
type Measure func(text string, size float64, bold bool) float64

// Style is the sizes a painter lays a chart out in, in its own units.
type Style struct {
	TextSize  float64 // labels, legend and axis
	TitleSize float64
	// LineHeight is the distance between a label's lines, in text sizes:
	// at least the painter's face from ascender to descender, or lines
	// of a two-line label overlap where they are set. 0 means 1.3.
	LineHeight float64
}

// lineHeight is the distance between lines of text of size.
func (st Style) lineHeight(size float64) float64 {
	if st.LineHeight > 0 {
		return size * st.LineHeight
	}
	return size * 1.3
}

// Point is a position; y grows downwards, as on screen and in the PDF.
type Point struct{ X, Y float64 }

// Box is a rectangle from its top-left corner.
type Box struct{ X, Y, W, H float64 }

// Right is the box's right edge.
func (b Box) Right() float64 { return b.X + b.W }

// Bottom is the box's bottom edge.
func (b Box) Bottom() float64 { return b.Y + b.H }

// Overlaps says whether two boxes share more than an edge.
func (b Box) Overlaps(o Box) bool {
	const eps = 1e-6
	return b.X < o.Right()-eps && o.X < b.Right()-eps && b.Y < o.Bottom()-eps && o.Y < b.Bottom()-eps
}

// Contains says whether p lies in the box.
func (b Box) Contains(p Point) bool {
	return p.X >= b.X && p.X <= b.Right() && p.Y >= b.Y && p.Y <= b.Bottom()
}

// Text is one line of text and the box it takes.
type Text struct {
	Box
	S    string
	Size float64
	Bold bool
}

// LegendItem is one series in the legend: its swatch and its name in up
// to two lines.
type LegendItem struct {
	Series int
	Swatch Box
	Lines  []Text
}

// Bar is one bar (Columns) or one segment of a row (Rows).
type Bar struct {
	Box
	Series, Category int
}

// Path is a series' line through its known values.
type Path struct {
	Series int
	Points []Point
}

// MarkAt is a mark at one value.
type MarkAt struct {
	Point
	Series, Category int
}

// Geometry is a chart laid out: everything a painter draws, where.
type Geometry struct {
	Kind          Kind
	Width, Height float64
	Title         []Text
	Unit          []Text
	Plot          Box
	Legend        []LegendItem
	LegendBox     Box // zero when there is no legend
	LegendBeside  bool
	Categories    []Text
	Values        []Text
	Grid          []float64 // y (Lines, Columns) or x (Rows) of each tick
	Band          *Box
	Bars          []Bar
	Paths         []Path
	Marks         []MarkAt
	Count         int // categories
}

// lay holds what the steps of Lay share.
type lay struct {
	c      Chart
	st     Style
	m      Measure
	g      Geometry
	pad    float64
	lh     float64
	lo, hi float64
}

// Lay lays c out in a w×h area with the painter's text measure.
func Lay(c Chart, w, h float64, st Style, m Measure) Geometry {
	l := &lay{c: c, st: st, m: m, pad: st.TextSize * 0.5, lh: st.lineHeight(st.TextSize)}
	l.g = Geometry{Kind: c.Kind, Width: w, Height: h, Count: c.count()}
	l.lo, l.hi = c.Bounds()
	top := l.title()
	bottom := h
	right := w
	if items := l.legendNames(); len(items) > 0 {
		if colW, ok := l.besideWidth(items); ok {
			right = w - colW
			l.legendBeside(items, right, top)
		} else {
			bottom = l.legendUnderWithRoom(items, top)
		}
	}
	if c.Kind == Rows {
		l.rows(top, right, bottom)
	} else {
		l.columns(top, right, bottom)
	}
	l.keepAxisAbove(bottom)
	return l.g
}

// keepAxisAbove leaves out the axis words that would reach below y, where
// the legend under the plot begins: in a chart too short for both, the
// legend (who is who) stays and the axis loses labels instead of setting
// them on the legend.
func (l *lay) keepAxisAbove(y float64) {
	below := func(t Text) bool { return t.Bottom() > y+1e-9 }
	l.g.Unit = slices.DeleteFunc(l.g.Unit, below)
	l.g.Values = slices.DeleteFunc(l.g.Values, below)
	l.g.Categories = slices.DeleteFunc(l.g.Categories, below)
}

// title wraps the title in up to two lines and returns where the rest
// begins.
func (l *lay) title() float64 {
	y := 0.0
	lh := l.st.lineHeight(l.st.TitleSize)
	for _, s := range wrapText(l.c.Title, l.g.Width, 2, l.st.TitleSize, true, l.m) {
		l.g.Title = append(l.g.Title, Text{Box: Box{0, y, l.m(s, l.st.TitleSize, true), lh}, S: s, Size: l.st.TitleSize, Bold: true})
		y += lh
	}
	if y > 0 {
		y += l.pad
	}
	return y
}

// legendNames are the series the legend names.
func (l *lay) legendNames() []int {
	var out []int
	for i, s := range l.c.Series {
		if strings.TrimSpace(s.Name) != "" {
			out = append(out, i)
		}
	}
	return out
}

// swatchW and gap size a legend swatch and the room after it.
func (l *lay) swatchW() float64 { return l.st.TextSize * 2 }
func (l *lay) gap() float64     { return l.st.TextSize * 0.4 }

// besideWidth is the legend column's width when every name fits on one
// line in a quarter of the chart, which leaves the plot most of the width.
func (l *lay) besideWidth(items []int) (float64, bool) {
	widest := 0.0
	for _, i := range items {
		widest = max(widest, l.m(l.c.Series[i].Name, l.st.TextSize, false))
	}
	if widest > l.g.Width*0.25 {
		return 0, false
	}
	return l.pad + l.swatchW() + l.gap() + widest, true
}

// legendBeside stacks the legend in a column from x, below the title.
func (l *lay) legendBeside(items []int, x, top float64) {
	y := top
	textW := l.g.Width - x - l.pad - l.swatchW() - l.gap()
	for _, i := range items {
		l.addLegendItem(i, x+l.pad, y, textW, 2)
		y = l.legendBottom()
	}
	l.g.LegendBeside = true
	l.g.LegendBox = Box{x + l.pad, top, l.g.Width - x - l.pad, y - top}
}

// legendUnderWithRoom lays the legend under the plot with each name in up
// to two lines or, when that leaves the plot too little room, in one. A
// chart too short even for that has no legend: its words and the pointer
// still name every series. It returns where the plot's room ends.
func (l *lay) legendUnderWithRoom(items []int, top float64) float64 {
	// Room for half a line above the plot, a line's height of plot, and
	// the labels under it.
	need := top + 2.5*l.lh + l.pad
	for _, lines := range []int{2, 1} {
		kept := len(l.g.Legend)
		if bottom := l.legendUnder(items, lines); bottom >= need {
			return bottom
		}
		l.g.Legend = l.g.Legend[:kept]
		l.g.LegendBox = Box{}
	}
	return l.g.Height
}

// legendUnder flows the legend in rows at the foot of the chart, each
// name wrapped in up to maxLines lines in half the width, and returns the
// space left above it.
func (l *lay) legendUnder(items []int, maxLines int) float64 {
	most := l.g.Width
	if len(items) > 1 {
		most = l.g.Width/2 - l.pad
	}
	textMost := max(most-l.swatchW()-l.gap(), l.st.TextSize)
	// Lay the rows out from y = 0, then move them to the foot.
	x, y, rowH := 0.0, 0.0, 0.0
	start := len(l.g.Legend)
	for _, i := range items {
		lines := wrapText(l.c.Series[i].Name, textMost, maxLines, l.st.TextSize, false, l.m)
		w := l.swatchW() + l.gap() + widest(lines, l.st.TextSize, l.m)
		if x > 0 && x+w > l.g.Width {
			x, y, rowH = 0, y+rowH+l.pad*0.5, 0
		}
		l.addLegendItem(i, x, y, textMost, maxLines)
		rowH = max(rowH, float64(len(lines))*l.lh)
		x += w + l.pad*2
	}
	height := y + rowH
	base := l.g.Height - height
	for k := start; k < len(l.g.Legend); k++ {
		it := &l.g.Legend[k]
		it.Swatch.Y += base
		for j := range it.Lines {
			it.Lines[j].Y += base
		}
	}
	l.g.LegendBox = Box{0, base, l.g.Width, height}
	return base - l.pad
}

// addLegendItem places series i's swatch and name, in up to maxLines
// lines, at x, y.
func (l *lay) addLegendItem(i int, x, y, textW float64, maxLines int) {
	lines := wrapText(l.c.Series[i].Name, textW, maxLines, l.st.TextSize, false, l.m)
	it := LegendItem{Series: i, Swatch: Box{x, y + (l.lh-l.st.TextSize*0.9)/2, l.swatchW(), l.st.TextSize * 0.9}}
	for k, s := range lines {
		it.Lines = append(it.Lines, Text{Box: Box{x + l.swatchW() + l.gap(), y + float64(k)*l.lh, l.m(s, l.st.TextSize, false), l.lh},
			S: s, Size: l.st.TextSize})
	}
	l.g.Legend = append(l.g.Legend, it)
}

// legendBottom is the foot of the last legend item and a little room.
func (l *lay) legendBottom() float64 {
	it := l.g.Legend[len(l.g.Legend)-1]
	return it.Lines[len(it.Lines)-1].Bottom() + l.pad*0.5
}

// widest is the width of the widest line.
func widest(lines []string, size float64, m Measure) float64 {
	w := 0.0
	for _, s := range lines {
		w = max(w, m(s, size, false))
	}
	return w
}

// valueY is where v sits on a vertical value axis.
func (l *lay) valueY(v float64) float64 {
	p := l.g.Plot
	return p.Y + p.H*(l.hi-v)/(l.hi-l.lo)
}

// valueX is where v sits on a horizontal value axis.
func (l *lay) valueX(v float64) float64 {
	p := l.g.Plot
	return p.X + p.W*(v-l.lo)/(l.hi-l.lo)
}

// columns lays out Lines and Columns: values up the left, categories
// along the foot.
func (l *lay) columns(top, right, bottom float64) {
	ticks := l.c.ticks()
	labelW := 0.0
	labels := make([]string, len(ticks))
	for i, t := range ticks {
		labels[i] = fitText(t.Label, l.g.Width*0.3, l.st.TextSize, false, l.m)
		labelW = max(labelW, l.m(labels[i], l.st.TextSize, false))
	}
	if l.c.Unit != "" {
		u := fitText(l.c.Unit, right, l.st.TextSize, false, l.m)
		l.g.Unit = []Text{{Box: Box{0, top, l.m(u, l.st.TextSize, false), l.lh}, S: u, Size: l.st.TextSize}}
		top += l.lh
	}
	left := 0.0
	if labelW > 0 {
		left = labelW + l.pad
	}
	// Half a line above and below, so the top and bottom labels fit.
	plotTop := top + l.lh/2
	plotBottom := max(bottom-l.lh-l.pad*0.5, plotTop+1)
	l.g.Plot = Box{left, plotTop, max(right-left-l.pad, 1), plotBottom - plotTop}
	l.valueLabelsLeft(ticks, labels)
	l.categoryLabels()
	if b := l.c.Band; b != nil {
		y0, y1 := l.valueY(b.To), l.valueY(b.From)
		l.g.Band = &Box{l.g.Plot.X, y0, l.g.Plot.W, y1 - y0}
	}
	if l.c.Kind == Columns {
		l.columnBars()
	} else {
		l.linePaths()
	}
}

// valueLabelsLeft places the ticks' labels right-aligned left of the plot,
// leaving out any that would touch the one above.
func (l *lay) valueLabelsLeft(ticks []Tick, labels []string) {
	for i, t := range ticks {
		if t.Value < l.lo || t.Value > l.hi {
			continue
		}
		y := l.valueY(t.Value)
		l.g.Grid = append(l.g.Grid, y)
		w := l.m(labels[i], l.st.TextSize, false)
		txt := Text{Box: Box{l.g.Plot.X - l.pad - w, y - l.lh/2, w, l.lh}, S: labels[i], Size: l.st.TextSize}
		if n := len(l.g.Values); n > 0 && txt.Overlaps(l.g.Values[n-1].Box) {
			continue
		}
		l.g.Values = append(l.g.Values, txt)
	}
}

// slot is the width of one category along the plot.
func (l *lay) slot() float64 { return l.g.Plot.W / float64(max(l.g.Count, 1)) }

// centre is the middle of category i along the plot.
func (l *lay) centre(i int) float64 { return l.g.Plot.X + l.slot()*(float64(i)+0.5) }

// categoryLabels places the category labels under the plot, keeping every
// k-th labelled category (always the last) for the smallest k at which
// none touch.
func (l *lay) categoryLabels() {
	var labelled []int
	for i, s := range l.c.Categories {
		if strings.TrimSpace(s) != "" {
			labelled = append(labelled, i)
		}
	}
	y := l.g.Plot.Bottom() + l.pad*0.5
	for k := 1; k <= max(len(labelled), 1); k++ {
		var texts []Text
		ok := true
		for j := len(labelled) - 1; j >= 0; j -= k {
			i := labelled[j]
			s := fitText(l.c.Categories[i], l.g.Plot.W/2, l.st.TextSize, false, l.m)
			w := l.m(s, l.st.TextSize, false)
			x := clamp(l.centre(i)-w/2, l.g.Plot.X, l.g.Plot.Right()+l.pad-w)
			t := Text{Box: Box{x, y, w, l.lh}, S: s, Size: l.st.TextSize}
			if len(texts) > 0 && !apart(t.Box, texts[len(texts)-1].Box, l.pad) {
				ok = false
				break
			}
			texts = append(texts, t)
		}
		if ok {
			for j := len(texts) - 1; j >= 0; j-- {
				l.g.Categories = append(l.g.Categories, texts[j])
			}
			return
		}
	}
}

// apart says whether two labels on one line leave at least gap between
// them.
func apart(a, b Box, gap float64) bool {
	return a.Right()+gap <= b.X || b.Right()+gap <= a.X
}

func clamp(v, lo, hi float64) float64 { return max(lo, min(v, max(lo, hi))) }

// columnBars stands each series' bar in each category, side by side.
func (l *lay) columnBars() {
	n := len(l.c.Series)
	group := l.slot() * 0.7
	bw := group / float64(max(n, 1))
	base := l.valueY(clamp(0, l.lo, l.hi))
	for i := range l.g.Count {
		for s := range n {
			v := l.c.valueAt(s, i)
			if math.IsNaN(v) {
				continue
			}
			y := l.valueY(clamp(v, l.lo, l.hi))
			x := l.centre(i) - group/2 + float64(s)*bw
			l.g.Bars = append(l.g.Bars, Bar{Box: Box{x, min(y, base), bw, math.Abs(base - y)}, Series: s, Category: i})
		}
	}
}

// linePaths joins each series' known values and marks each.
func (l *lay) linePaths() {
	for s, ser := range l.c.Series {
		var pts []Point
		for i := range l.g.Count {
			v := l.c.valueAt(s, i)
			if math.IsNaN(v) {
				continue
			}
			p := Point{l.centre(i), l.valueY(clamp(v, l.lo, l.hi))}
			pts = append(pts, p)
			if ser.Mark != NoMark {
				l.g.Marks = append(l.g.Marks, MarkAt{Point: p, Series: s, Category: i})
			}
		}
		if len(pts) > 0 {
			l.g.Paths = append(l.g.Paths, Path{Series: s, Points: pts})
		}
	}
}

// rows lays out Rows: category names on the left, one stacked bar each,
// values along the foot.
func (l *lay) rows(top, right, bottom float64) {
	n := max(l.g.Count, 1)
	labelCol := 0.0
	for _, s := range l.c.Categories {
		labelCol = max(labelCol, l.m(s, l.st.TextSize, false))
	}
	labelCol = min(labelCol, l.g.Width*0.35)
	left := labelCol + l.pad
	plotBottom := max(bottom-l.lh-l.pad*0.5, top+1)
	l.g.Plot = Box{left, top, max(right-left-l.pad, 1), plotBottom - top}
	band := l.g.Plot.H / float64(n)
	lines := 1
	if band >= 2.4*l.lh {
		lines = 2
	}
	// Rows thinner than a line of text are labelled every step-th.
	step := max(1, int(math.Ceil(l.lh/band-1e-9)))
	for i, s := range l.c.Categories {
		if i%step != 0 {
			continue
		}
		wrapped := wrapText(s, labelCol, lines, l.st.TextSize, false, l.m)
		y := l.g.Plot.Y + band*(float64(i)+0.5) - float64(len(wrapped))*l.lh/2
		for k, ln := range wrapped {
			w := l.m(ln, l.st.TextSize, false)
			l.g.Categories = append(l.g.Categories, Text{Box: Box{labelCol - w, y + float64(k)*l.lh, w, l.lh}, S: ln, Size: l.st.TextSize})
		}
	}
	l.valueLabelsUnder()
	barH := min(band*0.6, l.st.TextSize*2.2)
	for i := range l.g.Count {
		acc := 0.0
		y := l.g.Plot.Y + band*(float64(i)+0.5) - barH/2
		for s := range l.c.Series {
			v := l.c.valueAt(s, i)
			if math.IsNaN(v) || v <= 0 {
				continue
			}
			x0, x1 := l.valueX(clamp(acc, l.lo, l.hi)), l.valueX(clamp(acc+v, l.lo, l.hi))
			acc += v
			l.g.Bars = append(l.g.Bars, Bar{Box: Box{x0, y, x1 - x0, barH}, Series: s, Category: i})
		}
	}
}

// valueLabelsUnder places the ticks' labels centred under the plot,
// leaving out any that would touch the one before.
func (l *lay) valueLabelsUnder() {
	y := l.g.Plot.Bottom() + l.pad*0.5
	for _, t := range l.c.ticks() {
		if t.Value < l.lo || t.Value > l.hi {
			continue
		}
		x := l.valueX(t.Value)
		l.g.Grid = append(l.g.Grid, x)
		s := fitText(t.Label, l.g.Plot.W/3, l.st.TextSize, false, l.m)
		w := l.m(s, l.st.TextSize, false)
		txt := Text{Box: Box{clamp(x-w/2, 0, l.g.Width-w), y, w, l.lh}, S: s, Size: l.st.TextSize}
		if n := len(l.g.Values); n > 0 && !apart(txt.Box, l.g.Values[n-1].Box, l.pad) {
			continue
		}
		l.g.Values = append(l.g.Values, txt)
	}
}

// CategoryAt is the category under p, or -1 outside the plot.
func (g Geometry) CategoryAt(p Point) int {
	if g.Count == 0 || !g.Plot.Contains(p) {
		return -1
	}
	var i int
	if g.Kind == Rows {
		i = int((p.Y - g.Plot.Y) / (g.Plot.H / float64(g.Count)))
	} else {
		i = int((p.X - g.Plot.X) / (g.Plot.W / float64(g.Count)))
	}
	return min(max(i, 0), g.Count-1)
}

// Slot is the part of the plot that belongs to category i.
func (g Geometry) Slot(i int) Box {
	if g.Count == 0 {
		return Box{}
	}
	if g.Kind == Rows {
		h := g.Plot.H / float64(g.Count)
		return Box{g.Plot.X, g.Plot.Y + h*float64(i), g.Plot.W, h}
	}
	w := g.Plot.W / float64(g.Count)
	return Box{g.Plot.X + w*float64(i), g.Plot.Y, w, g.Plot.H}
}
