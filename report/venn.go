package report

import (
	"image/color"
	"math"

	"github.com/vennplanner/venn/model"
)

// VennFigure is the living Venn as printed on the cover: the circles of
// the period in the partners' colours and, under them, the numbers in
// words.
type VennFigure struct {
	Shape          model.VennShape
	ColorA, ColorB color.NRGBA
	// Parts label the three regions: A's own, together, B's own
	// ("Maya's own · 9 h").
	Parts [3]string
	Words string
}

// vennHeight is the room the cover's picture takes, in millimetres.
const vennHeight = 42.0

// venn draws the figure as vectors: two translucent circles, their
// outlines, and a label under each part.
func (l *layout) venn(f *VennFigure) {
	if f == nil {
		return
	}
	s := f.Shape
	labelLook := look{size: 8.5, color: muted}
	lh := labelLook.lineHeight()
	if s.Empty() {
		l.room(lh * 2)
		l.none(f.Words)
		return
	}
	l.room(vennHeight + 2*lh + 4)
	box := vennHeight - 2
	scale := math.Min(l.width*0.6/s.Width(), box/(2*math.Max(s.RadiusA, s.RadiusB)))
	left := max(s.RadiusA, s.RadiusB-s.Distance) * scale
	x0 := margin + (l.width-s.Width()*scale)/2
	cy := l.y + vennHeight/2
	ax, bx := x0+left, x0+left+s.Distance*scale
	ra, rb := s.RadiusA*scale, s.RadiusB*scale
	pdf := l.pdf
	for _, c := range []struct {
		x, r float64
		col  color.NRGBA
	}{{ax, ra, f.ColorA}, {bx, rb, f.ColorB}} {
		if c.r <= 0 {
			continue
		}
		pdf.SetAlpha(0.45, "Normal")
		pdf.SetFillColor(int(c.col.R), int(c.col.G), int(c.col.B))
		pdf.Circle(c.x, cy, c.r, "F")
		pdf.SetAlpha(1, "Normal")
		pdf.SetDrawColor(int(c.col.R), int(c.col.G), int(c.col.B))
		pdf.SetLineWidth(0.5)
		pdf.Circle(c.x, cy, c.r, "D")
	}
	l.y += vennHeight + 1
	// The labels sit under the parts they name: A's own under A's left,
	// together under the overlap, B's own under B's right.
	third := l.width / 3
	for i, text := range f.Parts {
		if text == "" {
			continue
		}
		us := fitLine(text, labelLook, third-4)
		x := margin + float64(i)*third + (third-widthOf(us))/2
		l.line(us, x, l.y)
	}
	l.y += lh + 1
	if f.Words != "" {
		l.paragraph(split(f.Words, look{size: 9.5, color: ink}), 0, bodyLook.lineHeight())
	}
	l.y += 2
}
