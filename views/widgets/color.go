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

// The strengths of an owner's colour under a board lane: at rest, and
// while a card is dragged over it. Both stay light enough for the theme's
// text (a test checks every partner colour).
const (
	LaneTint         = 0x16
	LaneTintDropping = 0x40
)

// InkOn is the text colour that reads best on an opaque fill: near-black
// on light fills, white on dark ones.
func InkOn(fill color.NRGBA) color.NRGBA { return model.InkOn(fill) }

// BlockColours are the fill and ink of a calendar block or a timeline bar
// in colour c on the page: the colour strongly mixed with the page (a wash
// for buffer zones), moved just enough that its title reads at WCAG's 4.5:1
// whatever colour a partner chose.
func BlockColours(c, page color.NRGBA, wash bool) (fill, ink color.NRGBA) {
	strength := uint8(0xd0)
	if wash {
		strength = 0x40
	}
	return model.ReadableFill(model.Mix(c, page, strength))
}

// MarkColour is colour c as a mark that carries meaning on bg (a ritual
// done, a needle): c itself when it stands out by WCAG's 3:1, else c
// darkened (on a light page) or lightened (on a dark one) until it does —
// a pale yellow partner still sees their done days.
func MarkColour(c color.NRGBA, bg color.Color) color.NRGBA {
	return model.Readable(c, toNRGBA(bg), model.ContrastControl)
}
