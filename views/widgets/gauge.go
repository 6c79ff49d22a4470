package widgets

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// BalanceGauge draws a partner's balance as a needle on a track: leaning
// independent on the left, balanced in the middle band, leaning together on
// the right. Needle runs from -1 to +1; Band is the half-width of the
// balanced middle (on the same scale).
type BalanceGauge struct {
	widget.BaseWidget
	// Name is what it is about, for a screen reader ("Date night").
	Name   string
	Needle float64
	Band   float64
	Color  color.NRGBA
	Rated  bool // false: nothing rated yet, no needle
}

// NewBalanceGauge returns a gauge with the given balanced band.
func NewBalanceGauge(band float64) *BalanceGauge {
	g := &BalanceGauge{Band: band}
	g.ExtendBaseWidget(g)
	return g
}

// Set moves the needle and refreshes.
func (g *BalanceGauge) Set(position float64, c color.NRGBA, rated bool) {
	g.Needle, g.Color, g.Rated = min(1, max(-1, position)), c, rated
	g.Refresh()
}

// CreateRenderer draws the track, the middle band, the centre line and the needle.
func (g *BalanceGauge) CreateRenderer() fyne.WidgetRenderer {
	r := &gaugeRenderer{g: g,
		track:  canvas.NewRectangle(color.Transparent),
		band:   canvas.NewRectangle(color.Transparent),
		centre: canvas.NewRectangle(color.Transparent),
		needle: canvas.NewCircle(color.Transparent),
		left:   canvas.NewText(say("ui.board.gaugeIndependent"), color.Transparent),
		right:  canvas.NewText(say("ui.board.laneTogether"), color.Transparent),
	}
	r.track.CornerRadius, r.band.CornerRadius = 6, 6
	r.left.TextSize, r.right.TextSize = captionSize(r.g), captionSize(r.g)
	r.Refresh()
	return r
}

type gaugeRenderer struct {
	g                   *BalanceGauge
	track, band, centre *canvas.Rectangle
	needle              *canvas.Circle
	left, right         *canvas.Text
}

const gaugeTrackH, gaugeNeedle = 12, 20

func (r *gaugeRenderer) Layout(size fyne.Size) {
	y := float32(gaugeNeedle-gaugeTrackH) / 2
	w := size.Width - gaugeNeedle
	x0 := float32(gaugeNeedle / 2)
	r.track.Move(fyne.NewPos(x0, y))
	r.track.Resize(fyne.NewSize(w, gaugeTrackH))
	bw := w * float32(r.g.Band)
	r.band.Move(fyne.NewPos(x0+w/2-bw, y))
	r.band.Resize(fyne.NewSize(2*bw, gaugeTrackH))
	r.centre.Move(fyne.NewPos(x0+w/2-1, 0))
	r.centre.Resize(fyne.NewSize(2, gaugeNeedle))
	nx := x0 + w*float32((r.g.Needle+1)/2) - gaugeNeedle/2
	r.needle.Move(fyne.NewPos(nx, 0))
	r.needle.Resize(fyne.NewSize(gaugeNeedle, gaugeNeedle))
	r.left.Move(fyne.NewPos(0, gaugeNeedle+2))
	r.right.Move(fyne.NewPos(size.Width-r.right.MinSize().Width, gaugeNeedle+2))
}

func (r *gaugeRenderer) MinSize() fyne.Size {
	return fyne.NewSize(220, gaugeNeedle+4+r.left.MinSize().Height)
}

func (r *gaugeRenderer) Refresh() {
	v := fyne.CurrentApp().Settings().ThemeVariant()
	th := fyne.CurrentApp().Settings().Theme()
	fg := th.Color(theme.ColorNameForeground, v)
	r.track.FillColor = th.Color(theme.ColorNameInputBackground, v)
	r.band.FillColor = Tint(HexColor("#22a06b"), 0x50)
	r.centre.FillColor = th.Color(theme.ColorNameSeparator, v)
	r.needle.FillColor = color.Transparent
	r.needle.StrokeWidth = 0
	if r.g.Rated {
		r.needle.FillColor = MarkColour(r.g.Color, th.Color(theme.ColorNameBackground, v))
		r.needle.StrokeColor = th.Color(theme.ColorNameBackground, v)
		r.needle.StrokeWidth = 2
	}
	r.left.Color, r.right.Color = fg, fg
	r.Layout(r.g.Size())
	for _, o := range r.Objects() {
		o.Refresh()
	}
}

func (r *gaugeRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.track, r.band, r.centre, r.needle, r.left, r.right}
}

func (r *gaugeRenderer) Destroy() {}
