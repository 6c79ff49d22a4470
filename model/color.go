package model

import "image/color"

// Mix lays c at strength a (0–255) over the opaque colour under and returns
// the opaque result: what c at that alpha looks like on that background,
// without letting anything behind show through. The window's blocks and
// bars and the printed charts tint the partners' colours with it.
func Mix(c, under color.NRGBA, a uint8) color.NRGBA {
	blend := func(top, bottom uint8) uint8 {
		return uint8((int(top)*int(a) + int(bottom)*(255-int(a)) + 127) / 255)
	}
	return color.NRGBA{R: blend(c.R, under.R), G: blend(c.G, under.G), B: blend(c.B, under.B), A: 0xff}
}
