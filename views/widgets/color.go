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
