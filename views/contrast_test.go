package views

import (
	"fmt"
	"image/color"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/views/widgets"
)

// pair is one colour drawn on another somewhere in Venn, and the contrast
// WCAG asks of it.
type pair struct {
	what   string
	fg, bg color.NRGBA
	need   float64
}

func opaque(c color.Color) color.NRGBA {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	n.A = 0xff
	return n
}

// over is a translucent colour as it shows on an opaque one.
func over(top color.Color, under color.NRGBA) color.NRGBA {
	n := color.NRGBAModel.Convert(top).(color.NRGBA)
	return model.Mix(color.NRGBA{R: n.R, G: n.G, B: n.B, A: 0xff}, under, n.A)
}

// themePairs are every foreground and background of Venn's theme that
// Fyne's widgets and Venn's own draw together, in one variant.
func themePairs(v fyne.ThemeVariant) []pair {
	th := vennTheme{}
	c := func(n fyne.ThemeColorName) color.NRGBA { return opaque(th.Color(n, v)) }
	raw := func(n fyne.ThemeColorName) color.Color { return th.Color(n, v) }
	grounds := map[string]color.NRGBA{
		"the page":                  c(theme.ColorNameBackground),
		"a card, menu or dialog":    c(theme.ColorNameHeaderBackground),
		"a field":                   over(raw(theme.ColorNameInputBackground), c(theme.ColorNameBackground)),
		"a field in a card":         over(raw(theme.ColorNameInputBackground), c(theme.ColorNameHeaderBackground)),
		"a button":                  over(raw(theme.ColorNameButton), c(theme.ColorNameBackground)),
		"a selected row":            over(raw(theme.ColorNameSelection), c(theme.ColorNameBackground)),
		"a button under the cursor": over(raw(theme.ColorNameHover), over(raw(theme.ColorNameButton), c(theme.ColorNameBackground))),
	}
	var out []pair
	for name, bg := range grounds {
		out = append(out,
			pair{"text on " + name, c(theme.ColorNameForeground), bg, model.ContrastText},
			pair{"quiet text (hints, notes) on " + name, c(theme.ColorNameDisabled), bg, model.ContrastText},
			pair{"an unticked box's or a field's outline on " + name, c(theme.ColorNameInputBorder), bg, model.ContrastControl},
		)
	}
	for _, name := range []string{"the page", "a card, menu or dialog"} {
		bg := grounds[name]
		out = append(out,
			pair{"violet text (links, chosen tabs) on " + name, c(theme.ColorNamePrimary), bg, model.ContrastText},
			pair{"red text (errors, overspent) on " + name, c(theme.ColorNameError), bg, model.ContrastText},
			pair{"green text (left to spend) on " + name, c(theme.ColorNameSuccess), bg, model.ContrastText},
			pair{"amber text (warnings) on " + name, c(theme.ColorNameWarning), bg, model.ContrastText},
			pair{"a ticked box, a focused field's outline on " + name, c(theme.ColorNamePrimary), bg, model.ContrastControl},
			pair{"the focus ring of a check box on " + name, over(raw(theme.ColorNameFocus), bg), bg, model.ContrastControl},
		)
	}
	out = append(out,
		pair{"red text on a column header over its limit", c(theme.ColorNameError), over(overLimitTint, c(theme.ColorNameBackground)), model.ContrastText},
		pair{"hint text in an empty field", c(theme.ColorNamePlaceHolder), grounds["a field"], model.ContrastText},
		pair{"a main button's label", c(theme.ColorNameForegroundOnPrimary), c(theme.ColorNamePrimary), model.ContrastText},
		pair{"a danger button's label", c(theme.ColorNameForegroundOnError), c(theme.ColorNameError), model.ContrastText},
		pair{"a success button's label", c(theme.ColorNameForegroundOnSuccess), c(theme.ColorNameSuccess), model.ContrastText},
		pair{"a warning button's label", c(theme.ColorNameForegroundOnWarning), c(theme.ColorNameWarning), model.ContrastText},
	)
	button := grounds["a button"]
	focused := over(raw(theme.ColorNameFocus), button)
	out = append(out,
		pair{"a focused button against an unfocused one", focused, button, model.ContrastControl},
		pair{"text on a focused button", c(theme.ColorNameForeground), focused, model.ContrastText},
		pair{"a focused main button against the page", over(raw(theme.ColorNameFocus), c(theme.ColorNamePrimary)), c(theme.ColorNameBackground), model.ContrastControl},
		pair{"a focused main button's label", c(theme.ColorNameForegroundOnPrimary), over(raw(theme.ColorNameFocus), c(theme.ColorNamePrimary)), model.ContrastText},
	)
	return append(out, colourPairs(v, th)...)
}

// colourPairs are the partners' and labels' colours as Venn draws them:
// lanes tinted in a partner's colour, calendar blocks, chips, marks.
func colourPairs(v fyne.ThemeVariant, th fyne.Theme) []pair {
	page := opaque(th.Color(theme.ColorNameBackground, v))
	field := over(th.Color(theme.ColorNameInputBackground, v), page)
	fg := opaque(th.Color(theme.ColorNameForeground, v))
	var out []pair
	owners := append(append([]string{}, model.PartnerColors...), model.SharedColor, model.FlexibleColor, model.BufferColor)
	for _, hex := range owners {
		c := model.RGBA(hex)
		lane := over(widgets.Tint(c, widgets.LaneTint), page)
		dropping := over(widgets.Tint(c, widgets.LaneTintDropping), page)
		fill, ink := widgets.BlockColours(c, page, false)
		wash, washInk := widgets.BlockColours(c, page, true)
		out = append(out,
			pair{"text on a lane tinted " + hex, fg, lane, model.ContrastText},
			pair{"text on a lane tinted " + hex + " under a dragged card", fg, dropping, model.ContrastText},
			pair{"a block's title on " + hex, ink, fill, model.ContrastText},
			pair{"a buffer-like block's title on " + hex, washInk, wash, model.ContrastText},
			pair{"a done mark in " + hex + " on the page", widgets.MarkColour(c, page), page, model.ContrastControl},
			pair{"a done mark in " + hex + " on a card", widgets.MarkColour(c, field), field, model.ContrastControl},
		)
	}
	today := model.Date{Year: 2026, Month: 11, Day: 20}
	goals := []model.Goal{
		{Title: "overdue", Due: today.AddDays(-3)},
		{Title: "soon", Due: today.AddDays(2)},
		{Title: "done", Due: today.AddDays(-3), Column: model.ColumnDone},
		{Title: "later", Due: today.AddDays(60), Labels: []string{"x"}, Private: true},
	}
	for _, hex := range model.LabelPalette {
		goals = append(goals, model.Goal{Title: "label", Labels: []string{"l"}, TargetQuarter: model.Quarter{Year: 2026, Q: 4}})
		chosen := map[string]string{"l": hex}
		for _, ch := range widgets.Chips(goals[len(goals)-1], today, chosen) {
			if ch.Fill != nil {
				out = append(out, pair{"a label chip " + hex, opaque(ch.Ink), opaque(ch.Fill), model.ContrastText})
			}
		}
	}
	for _, g := range goals[:4] {
		for _, ch := range widgets.Chips(g, today, nil) {
			if ch.Fill != nil {
				out = append(out, pair{fmt.Sprintf("the chip %q", ch.Text), opaque(ch.Ink), opaque(ch.Fill), model.ContrastText})
			} else {
				out = append(out, pair{fmt.Sprintf("the plain chip %q on a card", ch.Text), opaque(th.Color(theme.ColorNamePlaceHolder, v)), field, model.ContrastText})
			}
		}
	}
	out = append(out,
		pair{"a chosen swatch's ring on the page", fg, page, model.ContrastControl},
		pair{"a swatch's outline on the page", opaque(th.Color(theme.ColorNameInputBorder, v)), page, model.ContrastControl},
	)
	return out
}

// Every colour Venn draws on another meets WCAG AA in light and dark: text
// 4.5:1, controls, focus rings and marks that carry meaning 3:1. The
// lowest ratio of each variant is logged.
func TestEveryThemePairMeetsAAInBothVariants(t *testing.T) {
	fyne.CurrentApp().Settings().SetTheme(vennTheme{})
	for _, v := range []fyne.ThemeVariant{theme.VariantLight, theme.VariantDark} {
		name := map[fyne.ThemeVariant]string{theme.VariantLight: "light", theme.VariantDark: "dark"}[v]
		lowest, at := 21.0, ""
		least := map[float64]float64{model.ContrastText: 21, model.ContrastControl: 21}
		pairs := themePairs(v)
		if len(pairs) < 100 {
			t.Fatalf("%s: only %d pairs checked", name, len(pairs))
		}
		for _, p := range pairs {
			got := model.Contrast(p.fg, p.bg)
			if got < p.need {
				t.Errorf("%s: %s is %.2f:1 (%v on %v), under %.1f:1", name, p.what, got, p.fg, p.bg, p.need)
			}
			least[p.need] = min(least[p.need], got)
			if got/p.need < lowest {
				lowest, at = got/p.need, fmt.Sprintf("%s: %.2f:1 of %.1f:1", p.what, got, p.need)
			}
		}
		t.Logf("%s: %d pairs; lowest text %.2f:1, lowest control or mark %.2f:1; closest to its bar: %s",
			name, len(pairs), least[model.ContrastText], least[model.ContrastControl], at)
	}
}

// The partners' colours Venn offers first, and the shared lane's, stay
// apart for people with the common colour blindnesses: a simulation of
// each (Machado et al.), measured as a CIE colour difference.
func TestPartnersColoursStayApartForColourBlindness(t *testing.T) {
	first, second := model.RGBA(model.PartnerColors[0]), model.RGBA(model.PartnerColors[1])
	pairs := [][2]color.NRGBA{{first, second}, {first, model.RGBA(model.SharedColor)}, {second, model.RGBA(model.SharedColor)}}
	lowest := 1000.0
	for _, p := range pairs {
		for _, v := range model.ColourVisions {
			d := model.ColourDifference(model.SeenWith(p[0], v), model.SeenWith(p[1], v))
			lowest = min(lowest, d)
			if d < model.DistinctColours {
				t.Errorf("%v and %v differ by only %.1f with %s", p[0], p[1], d, v)
			}
		}
	}
	t.Logf("the default partners' colours and the shared lane's: smallest difference %.0f (ΔE*ab; %d tells apart)", lowest, model.DistinctColours)
}
