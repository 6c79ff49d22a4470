package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Meter is a thin bar filled to a fraction: the strength of a passphrase
// as it is typed. It is the error colour until Good, then the success
// colour; empty, only its track shows.
type Meter struct {
	widget.BaseWidget
	// Name is what it is about, for a screen reader ("Date night").
	Name  string
	Value float64 // 0 to 1
	Good  bool
}

// NewMeter returns an empty meter.
func NewMeter() *Meter {
	m := &Meter{}
	m.ExtendBaseWidget(m)
	return m
}

// Set fills the meter to value and says whether that is good enough.
func (m *Meter) Set(value float64, good bool) {
	m.Value, m.Good = min(1, max(0, value)), good
	m.Refresh()
}

// meterHeight is the bar's thickness.
const meterHeight = 8

// CreateRenderer draws the track and the fill.
func (m *Meter) CreateRenderer() fyne.WidgetRenderer {
	r := &meterRenderer{m: m, track: canvas.NewRectangle(nil), fill: canvas.NewRectangle(nil)}
	r.track.CornerRadius, r.fill.CornerRadius = meterHeight/2, meterHeight/2
	r.Refresh()
	return r
}

type meterRenderer struct {
	m           *Meter
	track, fill *canvas.Rectangle
}

func (r *meterRenderer) Layout(size fyne.Size) {
	y := (size.Height - meterHeight) / 2
	r.track.Move(fyne.NewPos(0, y))
	r.track.Resize(fyne.NewSize(size.Width, meterHeight))
	r.fill.Move(fyne.NewPos(0, y))
	r.fill.Resize(fyne.NewSize(size.Width*float32(r.m.Value), meterHeight))
}

func (r *meterRenderer) MinSize() fyne.Size {
	return fyne.NewSize(60, meterHeight+r.m.Theme().Size(theme.SizeNamePadding))
}

func (r *meterRenderer) Refresh() {
	v := fyne.CurrentApp().Settings().ThemeVariant()
	th := r.m.Theme()
	r.track.FillColor = th.Color(theme.ColorNameInputBorder, v)
	name := theme.ColorNameError
	if r.m.Good {
		name = theme.ColorNameSuccess
	}
	r.fill.FillColor = th.Color(name, v)
	r.fill.Hidden = r.m.Value <= 0
	r.Layout(r.m.Size())
	r.track.Refresh()
	r.fill.Refresh()
}

func (r *meterRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.track, r.fill} }
func (r *meterRenderer) Destroy()                     {}
