package views

import (
	"image/color"
	"math"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// contrast is WCAG 2.2's contrast ratio of two opaque colours.
func contrast(a, b color.Color) float64 {
	la, lb := luminance(a), luminance(b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

func luminance(c color.Color) float64 {
	r, g, b, _ := c.RGBA()
	lin := func(v uint32) float64 {
		x := float64(v) / 0xffff
		if x <= 0.03928 {
			return x / 12.92
		}
		return math.Pow((x+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(r) + 0.7152*lin(g) + 0.0722*lin(b)
}

// The outline of an unticked check box or radio button, and of a field,
// stands out from every background it sits on by WCAG's 3:1 for controls;
// text by 4.5:1 — in light and dark.
func TestControlsAndTextMeetContrastInBothThemes(t *testing.T) {
	th := vennTheme{}
	for _, v := range []fyne.ThemeVariant{theme.VariantLight, theme.VariantDark} {
		backgrounds := map[string]color.Color{
			"background":       th.Color(theme.ColorNameBackground, v),
			"field background": th.Color(theme.ColorNameInputBackground, v),
			"card background":  th.Color(theme.ColorNameHeaderBackground, v),
		}
		for name, bg := range backgrounds {
			if c := contrast(th.Color(theme.ColorNameInputBorder, v), bg); c < 3 {
				t.Errorf("variant %d: an unticked box's outline on the %s is %.2f:1, under 3:1", v, name, c)
			}
			if c := contrast(th.Color(theme.ColorNameForeground, v), bg); c < 4.5 {
				t.Errorf("variant %d: text on the %s is %.2f:1, under 4.5:1", v, name, c)
			}
		}
		if c := contrast(th.Color(theme.ColorNameDisabled, v), backgrounds["background"]); c < 4.5 {
			t.Errorf("variant %d: quiet text (hints, notes) is %.2f:1, under 4.5:1", v, c)
		}
	}
}
