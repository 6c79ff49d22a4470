package widgets

import (
	"image/color"

	"github.com/vennplanner/venn/model"
)

// HexColor turns "#rrggbb" into a colour; an unreadable value is grey.
func HexColor(hex string) color.NRGBA { return model.RGBA(hex) }

// Tint returns c with alpha a (0–255), for soft backgrounds.
func Tint(c color.NRGBA, a uint8) color.NRGBA {
	c.A = a
	return c
}

// InkOn is the text colour that reads on an opaque fill: near-black on
// light fills, white on dark ones.
func InkOn(fill color.NRGBA) color.NRGBA {
	if luminance(fill) > 0.6 {
		return color.NRGBA{R: 30, G: 30, B: 40, A: 255}
	}
	return color.NRGBA{R: 255, G: 255, B: 255, A: 255}
}
