package model

import (
	"image/color"
	"math"
	"testing"
)

func TestContrastMatchesWCAG(t *testing.T) {
	white, black := RGBA("#ffffff"), RGBA("#000000")
	for _, tc := range []struct {
		a, b color.NRGBA
		want float64
	}{
		{white, black, 21},
		{black, white, 21},
		{white, white, 1},
		{RGBA("#767676"), white, 4.54}, // the classic lightest grey that passes AA on white
		{RGBA("#777777"), white, 4.48},
	} {
		if got := Contrast(tc.a, tc.b); math.Abs(got-tc.want) > 0.01 {
			t.Errorf("Contrast(%v, %v) = %.3f, want %.2f", tc.a, tc.b, got, tc.want)
		}
	}
}

// Whatever colour a partner picks, a block in it gets a fill and an ink
// that read at 4.5:1, a mark in it stands out by 3:1 on a light and a dark
// page, and the fill moves only when it must.
func TestReadableFillAndMarksForEveryColour(t *testing.T) {
	pages := []color.NRGBA{RGBA("#f7f5f2"), RGBA("#1c1b22")}
	for r := 0; r < 256; r += 17 {
		for g := 0; g < 256; g += 17 {
			for b := 0; b < 256; b += 17 {
				c := color.NRGBA{R: uint8(r), G: uint8(g), B: uint8(b), A: 0xff}
				fill, ink := ReadableFill(c)
				if got := Contrast(fill, ink); got < ContrastText {
					t.Fatalf("ReadableFill(%v) = %v with ink %v: %.2f:1", c, fill, ink, got)
				}
				if Contrast(c, InkOn(c)) >= ContrastText && fill != c {
					t.Fatalf("ReadableFill(%v) moved a fill that already read, to %v", c, fill)
				}
				for _, page := range pages {
					if got := Contrast(Readable(c, page, ContrastControl), page); got < ContrastControl {
						t.Fatalf("Readable(%v) on %v: %.2f:1", c, page, got)
					}
				}
			}
		}
	}
	if got := Readable(RGBA("#1f7a52"), pages[0], ContrastControl); got != RGBA("#1f7a52") {
		t.Errorf("a colour that already stands out was changed to %v", got)
	}
}

// The simulation keeps greys grey, and brings a red and a green that
// people with deuteranopia confuse close together while blue and orange
// stay apart.
func TestColourBlindnessSimulation(t *testing.T) {
	grey := RGBA("#808080")
	for _, v := range ColourVisions {
		if got := ColourDifference(SeenWith(grey, v), grey); got > 1.5 {
			t.Errorf("%s changes grey by %.1f", v, got)
		}
	}
	red, green := RGBA("#c0392b"), RGBA("#6a8e23")
	if typical, deutan := ColourDifference(red, green), ColourDifference(SeenWith(red, Deuteranopia), SeenWith(green, Deuteranopia)); deutan > typical/3 {
		t.Errorf("red and green differ by %.0f in typical vision and still %.0f with deuteranopia", typical, deutan)
	}
	if v, hard := HardToTellApart(red, green); !hard || v == TypicalVision {
		t.Errorf("HardToTellApart(red, green) = %s, %v; want a colour blindness", v, hard)
	}
	if v, hard := HardToTellApart(RGBA(PartnerColors[0]), RGBA(PartnerColors[1])); hard {
		t.Errorf("the first two partner colours are hard to tell apart with %s", v)
	}
}
