package widgets

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
)

// NewDiamond returns a diamond size units across, as Venn marks goals'
// target dates and milestones: filled with c, or only outlined in c when
// hollow (a milestone not reached yet). It is drawn, not a font glyph, so
// it looks the same on every computer.
func NewDiamond(c color.Color, size float32, hollow bool) *canvas.RegularPolygon {
	d := &canvas.RegularPolygon{}
	setDiamond(d, c, size, hollow)
	return d
}

// setDiamond makes d a diamond, whatever it drew before (renderers reuse
// their objects).
func setDiamond(d *canvas.RegularPolygon, c color.Color, size float32, hollow bool) {
	*d = canvas.RegularPolygon{Sides: 4, FillColor: c}
	if hollow {
		d.FillColor = color.Transparent
		d.StrokeColor = c
		d.StrokeWidth = 1.5
	}
	d.SetMinSize(fyne.NewSize(size, size))
	d.Resize(fyne.NewSize(size, size))
}
