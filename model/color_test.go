package model

import (
	"image/color"
	"testing"
)

func TestMixBlendsOverTheBackgroundAndIsOpaque(t *testing.T) {
	red := color.NRGBA{R: 200, G: 40, B: 0, A: 0x80}
	white := color.NRGBA{R: 255, G: 255, B: 255, A: 0xff}
	black := color.NRGBA{A: 0xff}
	for _, tc := range []struct {
		name     string
		c, under color.NRGBA
		a        uint8
		want     color.NRGBA
	}{
		{"full strength is the colour", red, white, 255, color.NRGBA{R: 200, G: 40, B: 0, A: 0xff}},
		{"no strength is the background", red, white, 0, white},
		{"half over white", red, white, 128, color.NRGBA{R: 227, G: 147, B: 127, A: 0xff}},
		{"half over black", red, black, 128, color.NRGBA{R: 100, G: 20, B: 0, A: 0xff}},
	} {
		if got := Mix(tc.c, tc.under, tc.a); got != tc.want {
			t.Errorf("%s: Mix(%v, %v, %d) = %v, want %v", tc.name, tc.c, tc.under, tc.a, got, tc.want)
		}
	}
}
