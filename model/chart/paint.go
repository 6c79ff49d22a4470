package chart

import "image/color"

// Painter draws a chart's shapes in its own units and line widths: the
// window has one and the PDF another. Texts it sets from the Geometry.
type Painter interface {
	Bar(b Box, f Fill, c color.NRGBA)
	Area(pts []Point, base float64, c color.NRGBA)
	Line(pts []Point, s Stroke, c color.NRGBA)
	Mark(at Point, m Mark, c color.NRGBA)
}

// PaintData draws the bars, the areas under lines, the lines and their
// marks, in that order, so marks sit on lines and lines on areas.
func PaintData(c Chart, g Geometry, p Painter) {
	for _, b := range g.Bars {
		s := c.Series[b.Series]
		p.Bar(b.Box, s.Fill, s.ColorAt(b.Category))
	}
	for _, path := range g.Paths {
		if s := c.Series[path.Series]; s.Area && len(path.Points) > 1 {
			p.Area(path.Points, g.Plot.Bottom(), s.Color)
		}
	}
	for _, path := range g.Paths {
		s := c.Series[path.Series]
		p.Line(path.Points, s.Stroke, s.Color)
	}
	for _, m := range g.Marks {
		s := c.Series[m.Series]
		p.Mark(m.Point, s.Mark, s.Color)
	}
}

// PaintSwatches draws each legend item's swatch: a piece of its line with
// its mark for a line chart, a piece of its bar for the others.
func PaintSwatches(c Chart, g Geometry, p Painter) {
	for _, it := range g.Legend {
		s := c.Series[it.Series]
		b, col := it.Swatch, s.LegendColor()
		if g.Kind != Lines {
			p.Bar(b, s.Fill, col)
			continue
		}
		mid := b.Y + b.H/2
		p.Line([]Point{{X: b.X, Y: mid}, {X: b.Right(), Y: mid}}, s.Stroke, col)
		p.Mark(Point{X: b.X + b.W/2, Y: mid}, s.Mark, col)
	}
}
