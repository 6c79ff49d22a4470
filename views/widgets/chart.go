package widgets

import (
	"image/color"
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/model/chart"
)

// Chart draws a chart description with the theme's font and colours as
// lines, rectangles and text, sharp at any scale. Pointing at a category
// says its values ("Week of 12 Oct: allocated 8 h, used 6 h"); a click, or
// Enter when the chart has the keyboard, hands the category to OnTapped;
// the arrow keys move between categories. A screen reader hears the
// chart's numbers in words.
type Chart struct {
	widget.BaseWidget
	// OnTapped is told the category clicked; nil leaves the chart
	// showing values only.
	OnTapped func(category int)

	desc    chart.Chart
	minSize fyne.Size
	geom    chart.Geometry // as last laid out
	hover   int            // the category pointed at or chosen with the keys; -1 for none
	focused bool
}

// NewChart returns an empty chart at least min in size.
func NewChart(min fyne.Size) *Chart {
	c := &Chart{minSize: min, hover: -1}
	c.ExtendBaseWidget(c)
	return c
}

// Set shows a new description.
func (c *Chart) Set(d chart.Chart) {
	c.desc = d
	if c.hover >= len(d.Categories) {
		c.hover = -1
	}
	c.Refresh()
}

// Description is the chart shown.
func (c *Chart) Description() chart.Chart { return c.desc }

// Pointed is what the chart says of the category under the pointer (or
// chosen with the keys), or "".
func (c *Chart) Pointed() string {
	if c.hover < 0 {
		return ""
	}
	return c.desc.Describe(c.hover)
}

// CategoryCentre is the middle of category i on the chart as last drawn,
// from its top-left corner: where a pointer says its values.
func (c *Chart) CategoryCentre(i int) fyne.Position {
	b := c.geom.Slot(i)
	return fyne.NewPos(float32(b.X+b.W/2), float32(b.Y+b.H/2))
}

// MinSize is the size the chart was made with.
func (c *Chart) MinSize() fyne.Size { return c.minSize }

// AccessibilityLabel is the chart in words.
func (c *Chart) AccessibilityLabel() string {
	return say("ui.board.a11yChart", "Words", c.desc.Words())
}

// AccessibilityRole is an image's: text to hear.
func (c *Chart) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleText }

// point sets the category under p.
func (c *Chart) point(p fyne.Position) {
	i := c.geom.CategoryAt(chart.Point{X: float64(p.X), Y: float64(p.Y)})
	if i != c.hover {
		c.hover = i
		c.Refresh()
	}
}

// MouseIn shows the values under the pointer.
func (c *Chart) MouseIn(ev *desktop.MouseEvent) { c.point(ev.Position) }

// MouseMoved follows the pointer.
func (c *Chart) MouseMoved(ev *desktop.MouseEvent) { c.point(ev.Position) }

// MouseOut hides the values.
func (c *Chart) MouseOut() {
	if !c.focused && c.hover >= 0 {
		c.hover = -1
		c.Refresh()
	}
}

// Tapped goes where the numbers under the pointer come from.
func (c *Chart) Tapped(ev *fyne.PointEvent) {
	c.point(ev.Position)
	if c.hover >= 0 && c.OnTapped != nil {
		c.OnTapped(c.hover)
	}
}

// Cursor is a hand where a click goes somewhere.
func (c *Chart) Cursor() desktop.Cursor {
	if c.OnTapped != nil {
		return desktop.PointerCursor
	}
	return desktop.DefaultCursor
}

// FocusGained chooses the last category, so the keys start from the
// latest values.
func (c *Chart) FocusGained() {
	c.focused = true
	if c.hover < 0 {
		c.hover = c.geom.Count - 1
	}
	c.Refresh()
}

// FocusLost lets the values go.
func (c *Chart) FocusLost() {
	c.focused = false
	c.hover = -1
	c.Refresh()
}

// TypedRune takes no letters.
func (c *Chart) TypedRune(rune) {}

// TypedKey moves between categories with the arrows and opens one with
// Enter or Space.
func (c *Chart) TypedKey(ev *fyne.KeyEvent) {
	n := c.geom.Count
	if n == 0 {
		return
	}
	back, forward := fyne.KeyLeft, fyne.KeyRight
	if c.desc.Kind == chart.Rows {
		back, forward = fyne.KeyUp, fyne.KeyDown
	}
	switch ev.Name {
	case back:
		c.hover = max(0, c.hover-1)
	case forward:
		c.hover = min(n-1, c.hover+1)
	case fyne.KeyHome:
		c.hover = 0
	case fyne.KeyEnd:
		c.hover = n - 1
	case fyne.KeyReturn, fyne.KeyEnter, fyne.KeySpace:
		if c.hover >= 0 && c.OnTapped != nil {
			c.OnTapped(c.hover)
		}
		return
	default:
		return
	}
	c.Refresh()
}

var (
	_ fyne.Tappable      = (*Chart)(nil)
	_ fyne.Focusable     = (*Chart)(nil)
	_ desktop.Hoverable  = (*Chart)(nil)
	_ desktop.Cursorable = (*Chart)(nil)
	_ fyne.Accessible    = (*Chart)(nil)
)

// CreateRenderer draws the chart.
func (c *Chart) CreateRenderer() fyne.WidgetRenderer {
	return &chartRenderer{c: c}
}

type chartRenderer struct {
	c       *Chart
	objects []fyne.CanvasObject
	size    fyne.Size
}

func (r *chartRenderer) Destroy()                     {}
func (r *chartRenderer) MinSize() fyne.Size           { return r.c.minSize }
func (r *chartRenderer) Objects() []fyne.CanvasObject { return r.objects }

func (r *chartRenderer) Layout(size fyne.Size) {
	r.size = size
	r.draw()
}

// Refresh draws anew and tells the canvas, whose painter would not see
// objects new since the last frame otherwise.
func (r *chartRenderer) Refresh() {
	r.draw()
	canvas.Refresh(r.c)
}

// lineHeight is how tall the toolkit sets a line of text, in text sizes:
// its face from ascender to descender.
func lineHeight() float64 {
	const size = 100
	return float64(fyne.MeasureText("Ág", size, fyne.TextStyle{}).Height) / size
}

// measure is the theme font's width of text.
func measure(s string, size float64, bold bool) float64 {
	return float64(fyne.MeasureText(s, float32(size), fyne.TextStyle{Bold: bold}).Width)
}

// chartColors are the theme's colours a chart is drawn in.
type chartColors struct {
	fg, muted, grid, bg, focus color.Color
}

func (r *chartRenderer) colors() chartColors {
	th := r.c.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	return chartColors{
		fg:    th.Color(theme.ColorNameForeground, v),
		muted: th.Color(theme.ColorNamePlaceHolder, v),
		grid:  th.Color(theme.ColorNameSeparator, v),
		bg:    th.Color(theme.ColorNameBackground, v),
		focus: th.Color(theme.ColorNameFocus, v),
	}
}

// draw lays the chart out at the widget's size and makes its objects.
func (r *chartRenderer) draw() {
	c := r.c
	if r.size.Width <= 0 || r.size.Height <= 0 {
		r.objects = nil
		return
	}
	th := c.Theme()
	textSize := float64(th.Size(theme.SizeNameCaptionText))
	st := chart.Style{TextSize: textSize, TitleSize: float64(th.Size(theme.SizeNameText)), LineHeight: lineHeight()}
	c.geom = chart.Lay(c.desc, float64(r.size.Width), float64(r.size.Height), st, measure)
	col := r.colors()
	p := &chartPainter{desc: &c.desc, colors: col}
	chart.PaintData(c.desc, c.geom, areasOnly{p})
	p.background(c.geom)
	if c.hover >= 0 && c.hover < c.geom.Count {
		p.highlight(c.geom.Slot(c.hover))
	}
	chart.PaintData(c.desc, c.geom, withoutAreas{p})
	p.texts(c.geom)
	p.legend(c.geom)
	if c.hover >= 0 && c.hover < c.geom.Count {
		p.tip(c.geom, c.hover, c.desc.Describe(c.hover), st)
	}
	if c.focused {
		ring := canvas.NewRectangle(color.Transparent)
		ring.StrokeColor, ring.StrokeWidth, ring.CornerRadius = col.focus, 2, 4
		ring.Resize(r.size)
		p.objects = append(p.objects, ring)
	}
	r.objects = p.objects
}

// chartPainter turns a laid-out chart into canvas objects.
type chartPainter struct {
	desc    *chart.Chart
	colors  chartColors
	objects []fyne.CanvasObject
}

func pos(p chart.Point) fyne.Position { return fyne.NewPos(float32(p.X), float32(p.Y)) }

func (p *chartPainter) rect(b chart.Box, fill, stroke color.Color, width float32) *canvas.Rectangle {
	r := canvas.NewRectangle(fill)
	r.StrokeColor, r.StrokeWidth = stroke, width
	r.Move(fyne.NewPos(float32(b.X), float32(b.Y)))
	r.Resize(fyne.NewSize(float32(b.W), float32(b.H)))
	p.objects = append(p.objects, r)
	return r
}

func (p *chartPainter) line(a, b chart.Point, c color.Color, width float32) {
	l := canvas.NewLine(c)
	l.StrokeWidth = width
	l.Position1, l.Position2 = pos(a), pos(b)
	p.objects = append(p.objects, l)
}

// background draws the band, the grid and the axes.
func (p *chartPainter) background(g chart.Geometry) {
	if b := g.Band; b != nil {
		p.rect(*b, veilOf(p.colors.fg, 0x1e), nil, 0)
	}
	for _, v := range g.Grid {
		if g.Kind == chart.Rows {
			p.line(chart.Point{X: v, Y: g.Plot.Y}, chart.Point{X: v, Y: g.Plot.Bottom()}, p.colors.grid, 1)
		} else {
			p.line(chart.Point{X: g.Plot.X, Y: v}, chart.Point{X: g.Plot.Right(), Y: v}, p.colors.grid, 1)
		}
	}
	p.line(chart.Point{X: g.Plot.X, Y: g.Plot.Y}, chart.Point{X: g.Plot.X, Y: g.Plot.Bottom()}, p.colors.muted, 1)
	p.line(chart.Point{X: g.Plot.X, Y: g.Plot.Bottom()}, chart.Point{X: g.Plot.Right(), Y: g.Plot.Bottom()}, p.colors.muted, 1)
}

// highlight veils the category pointed at.
func (p *chartPainter) highlight(b chart.Box) {
	p.rect(b, veilOf(p.colors.fg, 0x14), nil, 0)
}

// Bar draws one bar in its fill: solid, hatched or a tint.
func (p *chartPainter) Bar(b chart.Box, f chart.Fill, c color.NRGBA) {
	switch f {
	case chart.Hatched:
		for _, s := range chart.Hatch(b, 4) {
			p.line(s.A, s.B, c, 1)
		}
		p.rect(b, nil, c, 1)
	case chart.Tint:
		p.rect(b, veilOf(c, 0x40), veilOf(c, 0x90), 1)
	default:
		p.rect(b, c, nil, 0)
	}
}

// Area fills under a line. Each polygon takes as many steps as the
// renderer's polygons have corners for (areaSteps), so a year of weeks is
// four shapes to draw rather than fifty-one. The fill is opaque (the
// line's colour veiled on the background) so pieces meet without a seam
// where their edges' smoothing overlaps; areas are painted before the
// grid, which shows on them as it would through a veil.
func (p *chartPainter) Area(pts []chart.Point, base float64, c color.NRGBA) {
	fill := blendOver(veilOf(c, 0x40), p.colors.bg)
	for i := 0; i+1 < len(pts); i += areaSteps {
		p.areaPiece(pts[i:min(len(pts), i+areaSteps+1)], base, fill)
	}
}

// areasOnly paints only a chart's areas: they go under everything else.
type areasOnly struct{ *chartPainter }

func (areasOnly) Bar(chart.Box, chart.Fill, color.NRGBA)        {}
func (areasOnly) Line([]chart.Point, chart.Stroke, color.NRGBA) {}
func (areasOnly) Mark(chart.Point, chart.Mark, color.NRGBA)     {}

// withoutAreas paints all but the areas, once they are painted.
type withoutAreas struct{ *chartPainter }

func (withoutAreas) Area([]chart.Point, float64, color.NRGBA) {}

// blendOver is c drawn over an opaque background, as one opaque colour.
func blendOver(c color.NRGBA, bg color.Color) color.NRGBA {
	b := color.NRGBAModel.Convert(bg).(color.NRGBA)
	mix := func(x, y uint8) uint8 { return uint8((int(x)*int(c.A) + int(y)*(255-int(c.A)) + 127) / 255) }
	return color.NRGBA{R: mix(c.R, b.R), G: mix(c.G, b.G), B: mix(c.B, b.B), A: 0xff}
}

// areaSteps is how many steps of a line one area polygon covers: Fyne
// draws polygons of up to 16 corners, and a piece needs two more for its
// base.
const areaSteps = 13

// areaPiece fills between the line through pts and the base, as one
// polygon.
func (p *chartPainter) areaPiece(pts []chart.Point, base float64, c color.NRGBA) {
	left, right := pts[0].X, pts[len(pts)-1].X
	top, bottom := base, base
	for _, pt := range pts {
		top, bottom = math.Min(top, pt.Y), math.Max(bottom, pt.Y)
	}
	corners := make([]fyne.Position, 0, len(pts)+2)
	for _, pt := range pts {
		corners = append(corners, fyne.NewPos(float32(pt.X-left), float32(pt.Y-top)))
	}
	corners = append(corners, fyne.NewPos(float32(right-left), float32(base-top)), fyne.NewPos(0, float32(base-top)))
	poly := canvas.NewArbitraryPolygon(corners, c)
	poly.Move(fyne.NewPos(float32(left), float32(top)))
	poly.Resize(fyne.NewSize(float32(right-left), float32(bottom-top)))
	p.objects = append(p.objects, poly)
}

// Line draws a line through pts, solid, dashed or dotted.
func (p *chartPainter) Line(pts []chart.Point, s chart.Stroke, c color.NRGBA) {
	const width = 2
	if on, off := chart.DashOf(s, float64(width)); on > 0 {
		for _, seg := range chart.Dashes(pts, on, off) {
			p.line(seg.A, seg.B, c, width)
		}
		return
	}
	for i := 1; i < len(pts); i++ {
		p.line(pts[i-1], pts[i], c, width)
	}
}

// Mark draws a mark at pt: a dot, a square or a diamond.
func (p *chartPainter) Mark(pt chart.Point, m chart.Mark, c color.NRGBA) {
	const r = 3.5
	at := pos(pt)
	switch m {
	case chart.Circle:
		dot := canvas.NewCircle(c)
		dot.Move(at.SubtractXY(r, r))
		dot.Resize(fyne.NewSquareSize(2 * r))
		p.objects = append(p.objects, dot)
	case chart.Square:
		sq := canvas.NewRectangle(c)
		sq.Move(at.SubtractXY(r*0.9, r*0.9))
		sq.Resize(fyne.NewSquareSize(1.8 * r))
		p.objects = append(p.objects, sq)
	case chart.Diamond:
		d := canvas.NewArbitraryPolygon([]fyne.Position{
			fyne.NewPos(r*1.2, 0), fyne.NewPos(r*2.4, r*1.2), fyne.NewPos(r*1.2, r*2.4), fyne.NewPos(0, r*1.2)}, c)
		d.Move(at.SubtractXY(r*1.2, r*1.2))
		d.Resize(fyne.NewSquareSize(2.4 * r))
		p.objects = append(p.objects, d)
	}
}

// texts sets the title, unit and axis labels.
func (p *chartPainter) texts(g chart.Geometry) {
	for _, t := range g.Title {
		p.text(t, p.colors.fg)
	}
	for _, t := range g.Unit {
		p.text(t, p.colors.muted)
	}
	for _, t := range g.Values {
		p.text(t, p.colors.fg)
	}
	for _, t := range g.Categories {
		p.text(t, p.colors.fg)
	}
}

func (p *chartPainter) text(t chart.Text, c color.Color) {
	txt := canvas.NewText(t.S, c)
	txt.TextSize = float32(t.Size)
	txt.TextStyle.Bold = t.Bold
	txt.Move(fyne.NewPos(float32(t.X), float32(t.Y)))
	txt.Resize(fyne.NewSize(float32(t.W), float32(t.H)))
	p.objects = append(p.objects, txt)
}

// legend draws each item's swatch and name.
func (p *chartPainter) legend(g chart.Geometry) {
	chart.PaintSwatches(*p.desc, g, p)
	for _, it := range g.Legend {
		for _, t := range it.Lines {
			p.text(t, p.colors.fg)
		}
	}
}

// tip shows what the category holds in a box at the top of the plot,
// beside the category.
func (p *chartPainter) tip(g chart.Geometry, i int, words string, st chart.Style) {
	padding := st.TextSize * 0.5
	most := math.Max(g.Width*0.6, math.Min(g.Width, 200))
	lines := chart.Wrap(words, most-2*padding, 3, st.TextSize, false, measure)
	w := 0.0
	for _, l := range lines {
		w = math.Max(w, measure(l, st.TextSize, false))
	}
	lh := st.TextSize * 1.3
	box := chart.Box{W: w + 2*padding, H: float64(len(lines))*lh + 2*padding}
	slot := g.Slot(i)
	box.X = slot.Right() + 4
	if box.Right() > g.Width {
		box.X = slot.X - 4 - box.W
	}
	box.X = math.Max(0, math.Min(box.X, g.Width-box.W))
	box.Y = g.Plot.Y
	if g.Kind == chart.Rows {
		box.X, box.Y = g.Plot.Right()-box.W, math.Min(slot.Bottom()+2, g.Height-box.H)
	}
	p.rect(box, p.colors.bg, p.colors.muted, 1).CornerRadius = 4
	for k, l := range lines {
		t := chart.Text{Box: chart.Box{X: box.X + padding, Y: box.Y + padding + float64(k)*lh, W: box.W, H: lh}, S: l, Size: st.TextSize}
		p.text(t, p.colors.fg)
	}
}

// veilOf is c at the given opacity.
func veilOf(c color.Color, a uint8) color.NRGBA {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	n.A = a
	return n
}
