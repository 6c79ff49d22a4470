package report

import (
	"fmt"
	"image/color"
	"math"

	"codeberg.org/go-pdf/fpdf"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/model/chart"
)

// Charts on paper are drawn from their description with the PDF's own
// lines, rectangles and text — sharp at any size and in the summary's
// fonts — and the chart's words follow as a caption. Each chart is marked
// in the content stream: /Figure with its words as /Alt for screen
// readers, and /Plot with the plot area's box (points from the page's
// top-left), so a test can check from the PDF that no text was set on it.

// chart text sizes in points
const (
	chartTextPt  = 7.5
	chartTitlePt = 8.5
)

var (
	chartLook   = look{size: chartTextPt, color: ink}
	chartTitle  = look{size: chartTitlePt, bold: true, color: ink}
	chartMuted  = look{size: chartTextPt, color: muted}
	bandGrey    = [3]int{236, 234, 242}
	gridGrey    = [3]int{222, 220, 230}
	captionLook = look{size: 7.5, italic: true, color: muted}
)

// pointsPerMM converts millimetres to points.
const pointsPerMM = 72 / 25.4

// chartMeasure is the width in mm of text whose em is size mm.
func chartMeasure(s string, size float64, bold bool) float64 {
	return widthOf(split(s, look{size: size * pointsPerMM, bold: bold}))
}

// chartStyle is the layout's sizes in mm.
var chartStyle = chart.Style{TextSize: chartTextPt / pointsPerMM, TitleSize: chartTitlePt / pointsPerMM, LineHeight: ascent + descent}

// chart draws c at the given width and height (mm), centred, with its
// words under it.
func (l *layout) chart(c *chart.Chart, w, h float64) {
	if c == nil || c.Validate() != nil {
		return
	}
	words := c.Words()
	caption := wrap(split(words, captionLook), w, 3)
	need := h + float64(len(caption))*captionLook.lineHeight() + 3
	l.room(need)
	x0, y0 := margin+(l.width-w)/2, l.y
	g := chart.Lay(*c, w, h, chartStyle, chartMeasure)
	pt := func(v float64) float64 { return v * pointsPerMM }
	l.pdf.RawWriteStr(fmt.Sprintf("/Figure <</Alt <%s> /BBox [%.2f %.2f %.2f %.2f] /Page %d>> BDC\n",
		utf16Hex(words), pt(x0), pt(y0), pt(x0+w), pt(y0+h), l.pdf.PageNo()))
	p := chartPen{pdf: l.pdf, x: x0, y: y0}
	p.background(g)
	l.pdf.RawWriteStr(fmt.Sprintf("/Plot <</BBox [%.2f %.2f %.2f %.2f] /Page %d>> BDC\n",
		pt(x0+g.Plot.X), pt(y0+g.Plot.Y), pt(x0+g.Plot.Right()), pt(y0+g.Plot.Bottom()), l.pdf.PageNo()))
	chart.PaintData(*c, g, p)
	l.pdf.RawWriteStr("EMC\n")
	l.chartTexts(g, x0, y0)
	chart.PaintSwatches(*c, g, p)
	l.pdf.RawWriteStr("EMC\n")
	l.y += h + 1
	for _, line := range caption {
		l.line(line, x0, l.y)
		l.y += captionLook.lineHeight()
	}
	l.y += 2
}

// chartTexts sets the title, the unit, the axis labels and the legend's
// names.
func (l *layout) chartTexts(g chart.Geometry, x0, y0 float64) {
	put := func(t chart.Text, lk look) {
		l.line(fitLine(t.S, lk, t.W+0.5), x0+t.X, y0+t.Y)
	}
	for _, t := range g.Title {
		put(t, chartTitle)
	}
	for _, t := range g.Unit {
		put(t, chartMuted)
	}
	for _, t := range append(append([]chart.Text{}, g.Values...), g.Categories...) {
		put(t, chartLook)
	}
	for _, it := range g.Legend {
		for _, t := range it.Lines {
			put(t, chartLook)
		}
	}
}

// chartPen draws one chart's shapes at (x, y) on the page.
type chartPen struct {
	pdf  *fpdf.Fpdf
	x, y float64
}

func (p chartPen) fill(c [3]int)   { p.pdf.SetFillColor(c[0], c[1], c[2]) }
func (p chartPen) stroke(c [3]int) { p.pdf.SetDrawColor(c[0], c[1], c[2]) }

func rgb(c color.NRGBA) [3]int { return [3]int{int(c.R), int(c.G), int(c.B)} }

// tint is c lightened on paper.
func tint(c color.NRGBA, a uint8) [3]int {
	c.A = 0xff
	return rgb(model.Mix(c, white, a))
}

// background draws the band and the grid under the data.
func (p chartPen) background(g chart.Geometry) {
	if b := g.Band; b != nil {
		p.fill(bandGrey)
		p.pdf.Rect(p.x+b.X, p.y+b.Y, b.W, b.H, "F")
	}
	p.stroke(gridGrey)
	p.pdf.SetLineWidth(0.15)
	p.pdf.SetDashPattern(nil, 0)
	for _, v := range g.Grid {
		if g.Kind == chart.Rows {
			p.pdf.Line(p.x+v, p.y+g.Plot.Y, p.x+v, p.y+g.Plot.Bottom())
		} else {
			p.pdf.Line(p.x+g.Plot.X, p.y+v, p.x+g.Plot.Right(), p.y+v)
		}
	}
	p.stroke(muted)
	p.pdf.SetLineWidth(0.25)
	p.pdf.Line(p.x+g.Plot.X, p.y+g.Plot.Y, p.x+g.Plot.X, p.y+g.Plot.Bottom())
	p.pdf.Line(p.x+g.Plot.X, p.y+g.Plot.Bottom(), p.x+g.Plot.Right(), p.y+g.Plot.Bottom())
}

// Bar draws one bar in its fill.
func (p chartPen) Bar(b chart.Box, f chart.Fill, c color.NRGBA) {
	x, y := p.x+b.X, p.y+b.Y
	switch f {
	case chart.Hatched:
		p.stroke(rgb(c))
		p.pdf.SetLineWidth(0.2)
		p.pdf.SetDashPattern(nil, 0)
		for _, s := range chart.Hatch(chart.Box{X: x, Y: y, W: b.W, H: b.H}, 0.9) {
			p.pdf.Line(s.A.X, s.A.Y, s.B.X, s.B.Y)
		}
		p.pdf.Rect(x, y, b.W, b.H, "D")
	case chart.Tint:
		p.fill(tint(c, 60))
		p.stroke(tint(c, 160))
		p.pdf.SetLineWidth(0.2)
		p.pdf.Rect(x, y, b.W, b.H, "FD")
	default:
		p.fill(rgb(c))
		p.pdf.Rect(x, y, b.W, b.H, "F")
	}
}

// Area fills under a line in a light tint.
func (p chartPen) Area(pts []chart.Point, base float64, c color.NRGBA) {
	poly := []fpdf.PointType{{X: p.x + pts[0].X, Y: p.y + base}}
	for _, pt := range pts {
		poly = append(poly, fpdf.PointType{X: p.x + pt.X, Y: p.y + pt.Y})
	}
	poly = append(poly, fpdf.PointType{X: p.x + pts[len(pts)-1].X, Y: p.y + base})
	p.fill(tint(c, 64))
	p.pdf.Polygon(poly, "F")
}

// Line draws a series' line in its stroke.
func (p chartPen) Line(pts []chart.Point, s chart.Stroke, c color.NRGBA) {
	const width = 0.5 // mm
	if len(pts) < 2 {
		return
	}
	p.stroke(rgb(c))
	p.pdf.SetLineWidth(width)
	p.pdf.SetLineCapStyle("round")
	p.pdf.SetLineJoinStyle("round")
	if on, off := chart.DashOf(s, width); on > 0 {
		p.pdf.SetDashPattern([]float64{on, off}, 0)
	}
	p.pdf.MoveTo(p.x+pts[0].X, p.y+pts[0].Y)
	for _, pt := range pts[1:] {
		p.pdf.LineTo(p.x+pt.X, p.y+pt.Y)
	}
	p.pdf.DrawPath("D")
	p.pdf.SetDashPattern(nil, 0)
	p.pdf.SetLineCapStyle("butt")
}

// Mark draws one mark centred at pt.
func (p chartPen) Mark(pt chart.Point, m chart.Mark, c color.NRGBA) {
	const r = 0.75 // mm
	x, y := p.x+pt.X, p.y+pt.Y
	p.fill(rgb(c))
	switch m {
	case chart.Circle:
		p.pdf.Circle(x, y, r, "F")
	case chart.Square:
		p.pdf.Rect(x-r*0.9, y-r*0.9, r*1.8, r*1.8, "F")
	case chart.Diamond:
		p.pdf.Polygon([]fpdf.PointType{{X: x, Y: y - r*1.2}, {X: x + r*1.2, Y: y}, {X: x, Y: y + r*1.2}, {X: x - r*1.2, Y: y}}, "F")
	}
}

// chartHeight is a chart's height on paper for its width: a little under
// half, and more for a row chart with many rows.
func chartHeight(c *chart.Chart, w float64) float64 {
	h := w * 0.46
	if c.Kind == chart.Rows {
		h = max(h, 30+float64(len(c.Categories))*7)
	}
	return math.Min(h, 150)
}
