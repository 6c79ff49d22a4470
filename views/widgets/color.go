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

// Mix lays c at strength a (0–255) over the opaque colour under and returns
// the opaque result: what Tint looks like on that background, without
// letting anything behind show through.
func Mix(c, under color.NRGBA, a uint8) color.NRGBA {
	blend := func(top, bottom uint8) uint8 {
		return uint8((int(top)*int(a) + int(bottom)*(255-int(a)) + 127) / 255)
	}
	return color.NRGBA{R: blend(c.R, under.R), G: blend(c.G, under.G), B: blend(c.B, under.B), A: 0xff}
}

// InkOn is the text colour that reads on an opaque fill: near-black on
// light fills, white on dark ones.
func InkOn(fill color.NRGBA) color.NRGBA {
	if luminance(fill) > 0.6 {
		return color.NRGBA{R: 30, G: 30, B: 40, A: 255}
	}
	return color.NRGBA{R: 255, G: 255, B: 255, A: 255}
}
