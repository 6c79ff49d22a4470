package model

import (
	"image/color"
	"math"
	"strings"
)

// WCAG 2.2's contrast ratios at level AA.
const (
	ContrastText    = 4.5 // text and images of text
	ContrastControl = 3.0 // a control's outline, a focus indicator, a mark that carries meaning
)

// Luminance is WCAG's relative luminance of an opaque colour, 0 (black) to
// 1 (white).
func Luminance(c color.NRGBA) float64 {
	return 0.2126*linear(c.R) + 0.7152*linear(c.G) + 0.0722*linear(c.B)
}

// linear turns an sRGB channel into linear light.
func linear(v uint8) float64 {
	x := float64(v) / 255
	if x <= 0.04045 {
		return x / 12.92
	}
	return math.Pow((x+0.055)/1.055, 2.4)
}

// Contrast is WCAG's contrast ratio of two opaque colours, 1 to 21, the
// same whichever comes first.
func Contrast(a, b color.NRGBA) float64 {
	la, lb := Luminance(a), Luminance(b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

// Inks for text drawn on a colour of the user's choosing (a partner's
// colour, a label's): the darker reads on light fills, white on dark ones.
var (
	DarkInk  = color.NRGBA{R: 0x1f, G: 0x23, B: 0x28, A: 0xff}
	LightInk = color.NRGBA{R: 0xff, G: 0xff, B: 0xff, A: 0xff}
)

// InkOn is the ink that contrasts most with an opaque fill.
func InkOn(fill color.NRGBA) color.NRGBA {
	if Contrast(DarkInk, fill) >= Contrast(LightInk, fill) {
		return DarkInk
	}
	return LightInk
}

// ReadableFill returns fill, moved as little as it takes towards white or
// black, and the ink that reads on it by at least ContrastText. Mid-tones
// (an orange, a teal) read with neither ink: they are lightened under dark
// ink, or darkened under white ink, whichever needs the smaller step.
func ReadableFill(fill color.NRGBA) (color.NRGBA, color.NRGBA) {
	fill.A = 0xff
	if ink := InkOn(fill); Contrast(ink, fill) >= ContrastText {
		return fill, ink
	}
	white, black := color.NRGBA{R: 0xff, G: 0xff, B: 0xff, A: 0xff}, color.NRGBA{A: 0xff}
	for a := 1; a <= 255; a++ {
		if lighter := Mix(white, fill, uint8(a)); Contrast(DarkInk, lighter) >= ContrastText {
			return lighter, DarkInk
		}
		if darker := Mix(black, fill, uint8(a)); Contrast(LightInk, darker) >= ContrastText {
			return darker, LightInk
		}
	}
	return white, DarkInk // not reached: white under dark ink is 15:1
}

// Readable returns ink, moved as little as it takes towards black or white
// (whichever is further from the background), so that it reads on the
// opaque background by at least ratio: a partner's colour used as text or
// as a mark on the page.
func Readable(ink, background color.NRGBA, ratio float64) color.NRGBA {
	ink.A = 0xff
	if Contrast(ink, background) >= ratio {
		return ink
	}
	target := color.NRGBA{A: 0xff}
	if Luminance(background) < 0.18 {
		target = color.NRGBA{R: 0xff, G: 0xff, B: 0xff, A: 0xff}
	}
	for a := 1; a <= 255; a++ {
		if c := Mix(target, ink, uint8(a)); Contrast(c, background) >= ratio {
			return c
		}
	}
	return target
}

// ColourVision is a way of seeing colour: the usual, or one of the common
// colour blindnesses.
type ColourVision int

// The colour visions Venn's colours are checked for.
const (
	TypicalVision ColourVision = iota
	Protanopia                 // no red cones (about 1 % of men)
	Deuteranopia               // no green cones (about 1 % of men; its milder form, 5 %)
	Tritanopia                 // no blue cones (rare)
)

// ColourVisions are the colour blindnesses that Venn's partner colours are
// checked against.
var ColourVisions = []ColourVision{Protanopia, Deuteranopia, Tritanopia}

func (v ColourVision) String() string {
	switch v {
	case Protanopia:
		return "protanopia"
	case Deuteranopia:
		return "deuteranopia"
	case Tritanopia:
		return "tritanopia"
	}
	return "typical vision"
}

// visionMatrices are Machado, Oliveira and Fernandes' (2009) simulations of
// full dichromacy, applied to linear RGB.
var visionMatrices = map[ColourVision][3][3]float64{
	Protanopia: {
		{0.152286, 1.052583, -0.204868},
		{0.114503, 0.786281, 0.099216},
		{-0.003882, -0.048116, 1.051998},
	},
	Deuteranopia: {
		{0.367322, 0.860646, -0.227968},
		{0.280085, 0.672501, 0.047413},
		{-0.011820, 0.042940, 0.968881},
	},
	Tritanopia: {
		{1.255528, -0.076749, -0.178779},
		{-0.078411, 0.930809, 0.147602},
		{0.004733, 0.691367, 0.303900},
	},
}

// SeenWith is how an opaque colour looks to someone with colour vision v.
func SeenWith(c color.NRGBA, v ColourVision) color.NRGBA {
	m, ok := visionMatrices[v]
	if !ok {
		return c
	}
	in := [3]float64{linear(c.R), linear(c.G), linear(c.B)}
	var out [3]uint8
	for i, row := range m {
		out[i] = gamma(row[0]*in[0] + row[1]*in[1] + row[2]*in[2])
	}
	return color.NRGBA{R: out[0], G: out[1], B: out[2], A: 0xff}
}

// gamma turns linear light back into an sRGB channel.
func gamma(x float64) uint8 {
	x = min(1, max(0, x))
	if x <= 0.0031308 {
		x *= 12.92
	} else {
		x = 1.055*math.Pow(x, 1/2.4) - 0.055
	}
	return uint8(math.Round(x * 255))
}

// ColourDifference is the CIE76 difference (ΔE*ab) of two opaque colours:
// about 2.3 is just noticeable, 10 and more is two colours told apart at a
// glance.
func ColourDifference(a, b color.NRGBA) float64 {
	la, aa, ba := lab(a)
	lb, ab, bb := lab(b)
	return math.Sqrt((la-lb)*(la-lb) + (aa-ab)*(aa-ab) + (ba-bb)*(ba-bb))
}

// DistinctColours is the colour difference at which two partners' colours
// are told apart at a glance, on a lane's edge or a calendar block.
const DistinctColours = 20

// HardToTellApart reports the first colour vision (typical included) for
// which two colours differ by less than DistinctColours, and whether there
// is one.
func HardToTellApart(a, b color.NRGBA) (ColourVision, bool) {
	for _, v := range append([]ColourVision{TypicalVision}, ColourVisions...) {
		if ColourDifference(SeenWith(a, v), SeenWith(b, v)) < DistinctColours {
			return v, true
		}
	}
	return TypicalVision, false
}

// lab is CIE L*a*b* of an sRGB colour (D65 white).
func lab(c color.NRGBA) (l, a, b float64) {
	r, g, bl := linear(c.R), linear(c.G), linear(c.B)
	x := (0.4124*r + 0.3576*g + 0.1805*bl) / 0.95047
	y := 0.2126*r + 0.7152*g + 0.0722*bl
	z := (0.0193*r + 0.1192*g + 0.9505*bl) / 1.08883
	f := func(t float64) float64 {
		if t > 216.0/24389 {
			return math.Cbrt(t)
		}
		return (24389.0/27*t + 16) / 116
	}
	fx, fy, fz := f(x), f(y), f(z)
	return 116*fy - 16, 500 * (fx - fy), 200 * (fy - fz)
}

// colourNames are the words for the colours Venn offers.
var colourNames = map[string]string{
	"#3b82f6": "blue", "#e07a5f": "terracotta", "#10b981": "green", "#8b5cf6": "violet",
	"#f2a541": "amber", "#ec4899": "pink", "#0ea5e9": "sky blue", "#64748b": "slate",
	"#9cc7e8": "sky", "#9fd8b0": "sage", "#f4d27a": "sun", "#f5b48f": "apricot",
	"#cdb4e0": "lilac", "#f4a8b0": "rose", "#8fdccd": "mint", "#c9cfd6": "stone",
	SharedColor: "soft violet",
}

// ColourName says a colour in words for a screen reader: the name of one
// Venn offers, else its code.
func ColourName(hex string) string {
	if name, ok := colourNames[strings.ToLower(hex)]; ok {
		return name
	}
	return "colour " + hex
}
