package views

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// Appearance choices in Settings.
const (
	AppearanceSystem = "system"
	AppearanceLight  = "light"
	AppearanceDark   = "dark"
)

// vennTheme is Fyne's default theme with Venn's calm palette, and an
// optional fixed light or dark variant.
type vennTheme struct {
	appearance string
}

var _ fyne.Theme = vennTheme{}

func (t vennTheme) variant(v fyne.ThemeVariant) fyne.ThemeVariant {
	switch t.appearance {
	case AppearanceLight:
		return theme.VariantLight
	case AppearanceDark:
		return theme.VariantDark
	}
	return v
}

func (t vennTheme) Color(name fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	palette := lightColours
	if t.variant(v) == theme.VariantDark {
		palette = darkColours
	}
	if c, ok := palette[name]; ok {
		return c
	}
	return theme.DefaultTheme().Color(name, t.variant(v))
}

func rgb(r, g, b uint8) color.NRGBA { return color.NRGBA{R: r, G: g, B: b, A: 0xff} }

// Venn's palette: the overlap's violet, a calm green and amber that sit
// with it instead of Fyne's neon ones, and every pair drawn together at
// WCAG AA or better (TestEveryThemePairMeetsAAInBothVariants checks each).
// Text is near-black (near-white in dark) so that the focus ring, a
// strong violet wash over a focused control, stands out from an unfocused
// one by 3:1 while the control's text still reads by 4.5:1 on it.
var (
	lightColours = map[fyne.ThemeColorName]color.Color{
		theme.ColorNamePrimary:           rgb(0x7c, 0x5c, 0xc4),
		theme.ColorNameBackground:        rgb(0xf7, 0xf5, 0xf2),
		theme.ColorNameForeground:        rgb(0x1d, 0x1b, 0x20),
		theme.ColorNameHeaderBackground:  rgb(0xff, 0xff, 0xff),
		theme.ColorNameMenuBackground:    rgb(0xff, 0xff, 0xff),
		theme.ColorNameOverlayBackground: rgb(0xff, 0xff, 0xff),
		theme.ColorNameSelection:         color.NRGBA{R: 0x7c, G: 0x5c, B: 0xc4, A: 0x33},
		theme.ColorNameFocus:             color.NRGBA{R: 0x3d, G: 0x23, B: 0x80, A: 0x8c},
		// Fyne draws quiet labels (hints, notes) in the disabled colour
		// too; its own is too faint to read.
		theme.ColorNameDisabled:    rgb(0x5c, 0x58, 0x63),
		theme.ColorNamePlaceHolder: rgb(0x5c, 0x58, 0x63),
		theme.ColorNameError:       rgb(0xb3, 0x1d, 0x1d),
		theme.ColorNameSuccess:     rgb(0x1f, 0x7a, 0x52),
		theme.ColorNameWarning:     rgb(0x8f, 0x5c, 0x0a),
		// The outline of fields, and of check boxes and radio buttons
		// before they are ticked (Fyne's is about 1.1:1, so an unticked box
		// all but vanished).
		theme.ColorNameInputBorder:         rgb(0x7d, 0x79, 0x85),
		theme.ColorNameForegroundOnError:   rgb(0xff, 0xff, 0xff),
		theme.ColorNameForegroundOnSuccess: rgb(0xff, 0xff, 0xff),
		theme.ColorNameForegroundOnWarning: rgb(0xff, 0xff, 0xff),
	}
	darkColours = map[fyne.ThemeColorName]color.Color{
		theme.ColorNamePrimary:             rgb(0xa5, 0x8c, 0xe6),
		theme.ColorNameBackground:          rgb(0x1c, 0x1b, 0x22),
		theme.ColorNameForeground:          rgb(0xf6, 0xf5, 0xf8),
		theme.ColorNameHeaderBackground:    rgb(0x26, 0x25, 0x2e),
		theme.ColorNameMenuBackground:      rgb(0x26, 0x25, 0x2e),
		theme.ColorNameOverlayBackground:   rgb(0x26, 0x25, 0x2e),
		theme.ColorNameButton:              rgb(0x22, 0x21, 0x28),
		theme.ColorNameSelection:           color.NRGBA{R: 0xa5, G: 0x8c, B: 0xe6, A: 0x40},
		theme.ColorNameFocus:               color.NRGBA{R: 0xc4, G: 0xb3, B: 0xf7, A: 0x80},
		theme.ColorNameDisabled:            rgb(0xae, 0xac, 0xb8),
		theme.ColorNamePlaceHolder:         rgb(0xae, 0xac, 0xb8),
		theme.ColorNameError:               rgb(0xff, 0x6b, 0x5e),
		theme.ColorNameSuccess:             rgb(0x3f, 0xa7, 0x7a),
		theme.ColorNameWarning:             rgb(0xd9, 0x9a, 0x3a),
		theme.ColorNameInputBorder:         rgb(0x8a, 0x87, 0x93),
		theme.ColorNameForegroundOnPrimary: rgb(0x1c, 0x1b, 0x22),
		theme.ColorNameForegroundOnError:   rgb(0x1c, 0x1b, 0x22),
		theme.ColorNameForegroundOnSuccess: rgb(0x1c, 0x1b, 0x22),
		theme.ColorNameForegroundOnWarning: rgb(0x1c, 0x1b, 0x22),
	}
)

func (t vennTheme) Font(s fyne.TextStyle) fyne.Resource     { return theme.DefaultTheme().Font(s) }
func (t vennTheme) Icon(n fyne.ThemeIconName) fyne.Resource { return theme.DefaultTheme().Icon(n) }
func (t vennTheme) Size(n fyne.ThemeSizeName) float32       { return theme.DefaultTheme().Size(n) }
