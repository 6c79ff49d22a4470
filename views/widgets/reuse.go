package widgets

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
)

// reuse keeps a renderer's canvas objects from one refresh to the next, as
// Fyne's own widgets do: each refresh asks for the objects it draws, in
// paint order, and gets back the ones it had, changed in place; new ones
// are made only when it draws more than it ever did. Every property a
// renderer sets is reset first, so an object carries nothing over from
// what it drew before.
type reuse struct {
	rects   []*canvas.Rectangle
	lines   []*canvas.Line
	texts   []*canvas.Text
	circles []*canvas.Circle

	nRects, nLines, nTexts, nCircles int
	objects                          []fyne.CanvasObject
}

// begin starts a refresh.
func (p *reuse) begin() {
	p.nRects, p.nLines, p.nTexts, p.nCircles = 0, 0, 0, 0
	p.objects = make([]fyne.CanvasObject, 0, len(p.objects))
}

func take[T any](pool *[]*T, n *int) *T {
	if *n == len(*pool) {
		*pool = append(*pool, new(T))
	}
	o := (*pool)[*n]
	*n++
	return o
}

func (p *reuse) rect(fill color.Color, pos fyne.Position, size fyne.Size) *canvas.Rectangle {
	r := take(&p.rects, &p.nRects)
	*r = canvas.Rectangle{FillColor: fill}
	r.Move(pos)
	r.Resize(size)
	p.objects = append(p.objects, r)
	return r
}

func (p *reuse) line(c color.Color, from, to fyne.Position, width float32) *canvas.Line {
	l := take(&p.lines, &p.nLines)
	*l = canvas.Line{StrokeColor: c, StrokeWidth: width}
	l.Position1, l.Position2 = from, to
	p.objects = append(p.objects, l)
	return l
}

func (p *reuse) text(s string, c color.Color, size float32, pos fyne.Position) *canvas.Text {
	t := take(&p.texts, &p.nTexts)
	*t = canvas.Text{Text: s, Color: c, TextSize: size}
	t.Move(pos)
	p.objects = append(p.objects, t)
	return t
}

func (p *reuse) circle(c color.Color, pos fyne.Position, size fyne.Size) *canvas.Circle {
	o := take(&p.circles, &p.nCircles)
	*o = canvas.Circle{FillColor: c}
	o.Move(pos)
	o.Resize(size)
	p.objects = append(p.objects, o)
	return o
}
