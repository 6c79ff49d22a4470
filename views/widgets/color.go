package widgets

import (
	"image/color"

	"github.com/vennplanner/venn/model"
)

// HexColor turns "#rrggbb" into a colour; an unreadable value is grey.
func HexColor(hex string) color.NRGBA {
	r, g, b, err := model.ParseHexColor(hex)
	if err != nil {
		return color.NRGBA{R: 0x80, G: 0x80, B: 0x80, A: 0xff}
	}
	return color.NRGBA{R: r, G: g, B: b, A: 0xff}
}

// Tint returns c with alpha a (0–255), for soft backgrounds.
func Tint(c color.NRGBA, a uint8) color.NRGBA {
	c.A = a
	return c
}
