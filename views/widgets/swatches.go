package widgets

import (
	"image/color"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// ColorChoice lets someone pick one colour from a small palette by tapping
// its swatch; the chosen swatch is ringed.
type ColorChoice struct {
	widget.BaseWidget
	// Name is what it is about, for a screen reader ("Date night").
	Name      string
	Colors    []string
	Selected  string
	OnChanged func(hex string)

	focused bool
}

var _ fyne.Focusable = (*ColorChoice)(nil)

// FocusGained rings the chosen colour in the focus colour.
func (c *ColorChoice) FocusGained() { c.focused = true; c.Refresh() }

// FocusLost takes the focus ring away.
func (c *ColorChoice) FocusLost() { c.focused = false; c.Refresh() }

// TypedRune does nothing: the arrow keys choose.
func (c *ColorChoice) TypedRune(rune) {}

// TypedKey chooses the colour left or right of the chosen one (Home and
// End: the first and the last), as a radio group does.
func (c *ColorChoice) TypedKey(ev *fyne.KeyEvent) {
	if len(c.Colors) == 0 {
		return
	}
	i := slices.Index(c.Colors, c.Selected)
	switch ev.Name {
	case fyne.KeyLeft, fyne.KeyUp:
		i = max(i-1, 0)
	case fyne.KeyRight, fyne.KeyDown:
		i = min(i+1, len(c.Colors)-1)
	case fyne.KeyHome:
		i = 0
	case fyne.KeyEnd:
		i = len(c.Colors) - 1
	default:
		return
	}
	if c.Colors[i] != c.Selected {
		c.choose(c.Colors[i])
	}
}

func (c *ColorChoice) choose(hex string) {
	c.Selected = hex
	c.Refresh()
	if c.OnChanged != nil {
		c.OnChanged(hex)
	}
}

// NewColorChoice returns a picker over the palette with selected chosen.
func NewColorChoice(palette []string, selected string, changed func(string)) *ColorChoice {
	c := &ColorChoice{Colors: palette, Selected: selected, OnChanged: changed}
	c.ExtendBaseWidget(c)
	return c
}

// SetSelected chooses a colour without calling OnChanged.
func (c *ColorChoice) SetSelected(hex string) {
	c.Selected = hex
	c.Refresh()
}

// CreateRenderer builds one tappable swatch per colour.
func (c *ColorChoice) CreateRenderer() fyne.WidgetRenderer {
	r := &swatchRenderer{choice: c}
	for _, hex := range c.Colors {
		r.swatches = append(r.swatches, newSwatch(c, hex))
	}
	return r
}

type swatchRenderer struct {
	choice   *ColorChoice
	swatches []*swatch
}

const swatchSize = 28

func (r *swatchRenderer) Layout(fyne.Size) {
	for i, s := range r.swatches {
		s.Move(fyne.NewPos(float32(i)*(swatchSize+6), 0))
		s.Resize(fyne.NewSize(swatchSize, swatchSize))
	}
}

func (r *swatchRenderer) MinSize() fyne.Size {
	n := float32(len(r.swatches))
	return fyne.NewSize(n*(swatchSize+6), swatchSize)
}

func (r *swatchRenderer) Refresh() {
	for _, s := range r.swatches {
		s.Refresh()
	}
}

func (r *swatchRenderer) Objects() []fyne.CanvasObject {
	out := make([]fyne.CanvasObject, len(r.swatches))
	for i, s := range r.swatches {
		out[i] = s
	}
	return out
}

func (r *swatchRenderer) Destroy() {}

type swatch struct {
	widget.BaseWidget
	choice *ColorChoice
	hex    string
}

func newSwatch(c *ColorChoice, hex string) *swatch {
	s := &swatch{choice: c, hex: hex}
	s.ExtendBaseWidget(s)
	return s
}

func (s *swatch) Tapped(*fyne.PointEvent) { s.choice.choose(s.hex) }

func (s *swatch) CreateRenderer() fyne.WidgetRenderer {
	dot := canvas.NewCircle(HexColor(s.hex))
	ring := canvas.NewCircle(color.Transparent)
	ring.StrokeWidth = 2
	r := &swatchDot{s: s, dot: dot, ring: ring}
	r.Refresh()
	return r
}

type swatchDot struct {
	s         *swatch
	dot, ring *canvas.Circle
}

func (r *swatchDot) Layout(size fyne.Size) {
	r.ring.Resize(size)
	r.dot.Move(fyne.NewPos(4, 4))
	r.dot.Resize(fyne.NewSize(size.Width-8, size.Height-8))
}

func (r *swatchDot) MinSize() fyne.Size { return fyne.NewSize(swatchSize, swatchSize) }

func (r *swatchDot) Refresh() {
	r.ring.StrokeWidth = 2
	// Every swatch has a thin outline, so a pale colour still shows on the
	// page; the chosen one a ring in the text's colour.
	r.dot.StrokeWidth = 1
	r.dot.StrokeColor = r.s.Theme().Color(theme.ColorNameInputBorder, fyne.CurrentApp().Settings().ThemeVariant())
	r.ring.StrokeColor = color.Transparent
	if r.s.choice.Selected == r.s.hex {
		ring := theme.ColorNameForeground
		if r.s.choice.focused {
			ring = theme.ColorNamePrimary
			r.ring.StrokeWidth = 3
		}
		r.ring.StrokeColor = r.s.Theme().Color(ring, fyne.CurrentApp().Settings().ThemeVariant())
	}
	r.ring.Refresh()
	r.dot.Refresh()
}

func (r *swatchDot) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.ring, r.dot} }
func (r *swatchDot) Destroy()                     {}
