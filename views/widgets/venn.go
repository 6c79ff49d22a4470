package widgets

import (
	"image/color"
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/model"
)

// Regions of the Venn picture, for hover and tap.
const (
	VennOutside = iota
	VennOnlyA
	VennOnlyB
	VennTogether
)

// VennPicture draws the living Venn: two translucent circles in the
// partners' colours, overlapping where their life is shared. Pointing at a
// part (or tapping it) says its numbers.
type VennPicture struct {
	widget.BaseWidget
	// Name is what it is about, for a screen reader ("Date night").
	Name           string
	Shape          model.VennShape
	ColorA, ColorB color.NRGBA
	// Detail says a region's numbers in words ("Maya's own time: 9 h").
	Detail func(region int) string
	// OnTapped is told the part clicked, to show the goals behind it;
	// nil leaves a click saying the numbers only.
	OnTapped func(region int)

	region int // under the pointer
}

// NewVennPicture returns an empty picture.
func NewVennPicture() *VennPicture {
	v := &VennPicture{}
	v.ExtendBaseWidget(v)
	return v
}

// geometry is where the circles are drawn in the widget: centres and
// radii in pixels.
func (v *VennPicture) geometry() (ca, cb fyne.Position, ra, rb float32) {
	size := v.Size()
	s := v.Shape
	if s.Empty() || size.Width <= 0 || size.Height <= 0 {
		return
	}
	caption := float32(0)
	if v.Detail != nil {
		caption = captionSize(v) + 6
	}
	h := size.Height - caption
	scale := math.Min(float64(size.Width-4)/s.Width(), float64(h-4)/(2*math.Max(s.RadiusA, s.RadiusB)))
	left := max(s.RadiusA, s.RadiusB-s.Distance) * scale // from the picture's left edge to centre A
	x0 := (float64(size.Width) - s.Width()*scale) / 2
	ca = fyne.NewPos(float32(x0+left), h/2)
	cb = fyne.NewPos(float32(x0+left+s.Distance*scale), h/2)
	return ca, cb, float32(s.RadiusA * scale), float32(s.RadiusB * scale)
}

// RegionAt says which part of the picture a point is in.
func (v *VennPicture) RegionAt(p fyne.Position) int {
	ca, cb, ra, rb := v.geometry()
	inA := ra > 0 && dist(p, ca) <= ra
	inB := rb > 0 && dist(p, cb) <= rb
	switch {
	case inA && inB:
		return VennTogether
	case inA:
		return VennOnlyA
	case inB:
		return VennOnlyB
	}
	return VennOutside
}

func dist(a, b fyne.Position) float32 {
	dx, dy := a.X-b.X, a.Y-b.Y
	return float32(math.Sqrt(float64(dx*dx + dy*dy)))
}

// MouseIn shows the numbers of the part under the pointer.
func (v *VennPicture) MouseIn(ev *desktop.MouseEvent) { v.point(ev.Position) }

// MouseMoved follows the pointer.
func (v *VennPicture) MouseMoved(ev *desktop.MouseEvent) { v.point(ev.Position) }

// MouseOut hides the numbers.
func (v *VennPicture) MouseOut() { v.point(fyne.NewPos(-1, -1)) }

// Tapped shows the numbers of the part tapped (on a touch screen there is
// no pointer to hover) and hands the part to OnTapped.
func (v *VennPicture) Tapped(ev *fyne.PointEvent) {
	v.point(ev.Position)
	if v.region != VennOutside && v.OnTapped != nil {
		v.OnTapped(v.region)
	}
}

// Cursor is a hand where a click goes somewhere.
func (v *VennPicture) Cursor() desktop.Cursor {
	if v.OnTapped != nil {
		return desktop.PointerCursor
	}
	return desktop.DefaultCursor
}

// PointIn is a point of the picture inside region, as last drawn: where a
// pointer says that part's numbers.
func (v *VennPicture) PointIn(region int) (fyne.Position, bool) {
	size := v.Size()
	// The middle of the region's points on a grid of the picture.
	var sx, sy, n float32
	for y := float32(1); y < size.Height; y += 2 {
		for x := float32(1); x < size.Width; x += 2 {
			if v.RegionAt(fyne.NewPos(x, y)) == region {
				sx, sy, n = sx+x, sy+y, n+1
			}
		}
	}
	if n == 0 {
		return fyne.Position{}, false
	}
	c := fyne.NewPos(sx/n, sy/n)
	if v.RegionAt(c) != region {
		return fyne.Position{}, false
	}
	return c, true
}

func (v *VennPicture) point(p fyne.Position) {
	if r := v.RegionAt(p); r != v.region {
		v.region = r
		v.Refresh()
	}
}

// Caption is what the picture says under it now: the part pointed at.
func (v *VennPicture) Caption() string {
	if v.Detail == nil || v.region == VennOutside {
		return ""
	}
	return v.Detail(v.region)
}

var _ desktop.Hoverable = (*VennPicture)(nil)

// CreateRenderer draws the circles.
func (v *VennPicture) CreateRenderer() fyne.WidgetRenderer {
	r := &vennRenderer{v: v}
	r.Refresh()
	return r
}

type vennRenderer struct {
	v *VennPicture
	reuse
}

func (r *vennRenderer) MinSize() fyne.Size { return fyne.NewSize(120, 72) }

func (r *vennRenderer) Layout(fyne.Size) { r.Refresh() }

func (r *vennRenderer) Refresh() {
	v := r.v
	th, variant := fyne.CurrentApp().Settings().Theme(), fyne.CurrentApp().Settings().ThemeVariant()
	r.begin()
	ca, cb, ra, rb := v.geometry()
	if ra > 0 || rb > 0 {
		for _, c := range []struct {
			centre fyne.Position
			radius float32
			col    color.NRGBA
			region int
		}{{ca, ra, v.ColorA, VennOnlyA}, {cb, rb, v.ColorB, VennOnlyB}} {
			if c.radius <= 0 {
				continue
			}
			fill := c.col
			fill.A = 0x70
			if v.region == c.region || v.region == VennTogether {
				fill.A = 0x98
			}
			circle := r.circle(fill, fyne.NewPos(c.centre.X-c.radius, c.centre.Y-c.radius), fyne.NewSize(2*c.radius, 2*c.radius))
			circle.StrokeColor = c.col
			circle.StrokeWidth = 2
		}
	}
	if caption := v.Caption(); caption != "" {
		t := r.text(caption, th.Color(theme.ColorNameForeground, variant), captionSize(v), fyne.NewPos(0, v.Size().Height-captionSize(v)-4))
		t.Alignment = fyne.TextAlignCenter
		t.Resize(fyne.NewSize(v.Size().Width, captionSize(v)+2))
		fitText(t, v.Size().Width)
	}
	canvas.Refresh(v)
}

func (r *vennRenderer) Objects() []fyne.CanvasObject { return r.objects }
func (r *vennRenderer) Destroy()                     {}

// ClosenessScale is the seven pictures of the closeness scale in a row,
// from apart to almost one; tapping one chooses it.
type ClosenessScale struct {
	widget.BaseWidget
	// Name is what it is about, for a screen reader ("Date night").
	Name      string
	Selected  int // 1..7, 0 for none
	Color     color.NRGBA
	OnChanged func(k int)

	focused bool
}

// NewClosenessScale returns a scale with nothing chosen.
func NewClosenessScale(c color.NRGBA, changed func(int)) *ClosenessScale {
	s := &ClosenessScale{Color: c, OnChanged: changed}
	s.ExtendBaseWidget(s)
	return s
}

// PictureAt is the picture (1..7) under a point.
func (s *ClosenessScale) PictureAt(p fyne.Position) int {
	w := s.Size().Width / model.ClosenessSteps
	if w <= 0 || p.X < 0 {
		return 0
	}
	return min(int(p.X/w)+1, model.ClosenessSteps)
}

// Tapped chooses the picture tapped and takes the keyboard focus, so the
// arrow keys can move the choice on.
func (s *ClosenessScale) Tapped(ev *fyne.PointEvent) {
	if c := fyne.CurrentApp().Driver().CanvasForObject(s); c != nil {
		c.Focus(s)
	}
	s.choose(s.PictureAt(ev.Position))
}

func (s *ClosenessScale) choose(k int) {
	if k < 1 || k > model.ClosenessSteps || k == s.Selected {
		return
	}
	s.Selected = k
	s.Refresh()
	if s.OnChanged != nil {
		s.OnChanged(k)
	}
}

// FocusGained shows the focus ring.
func (s *ClosenessScale) FocusGained() { s.focused = true; s.Refresh() }

// FocusLost hides the focus ring.
func (s *ClosenessScale) FocusLost() { s.focused = false; s.Refresh() }

// TypedRune chooses a picture by its number, 1 to 7.
func (s *ClosenessScale) TypedRune(r rune) {
	if r >= '1' && r <= '0'+model.ClosenessSteps {
		s.choose(int(r - '0'))
	}
}

// TypedKey moves the choice with the arrow keys (Home and End jump to the
// ends).
func (s *ClosenessScale) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyLeft:
		s.choose(max(s.Selected-1, 1))
	case fyne.KeyRight:
		s.choose(min(s.Selected+1, model.ClosenessSteps))
	case fyne.KeyHome:
		s.choose(1)
	case fyne.KeyEnd:
		s.choose(model.ClosenessSteps)
	}
}

var _ fyne.Focusable = (*ClosenessScale)(nil)

// CreateRenderer draws the seven pictures.
func (s *ClosenessScale) CreateRenderer() fyne.WidgetRenderer {
	r := &scaleRenderer{s: s}
	r.Refresh()
	return r
}

type scaleRenderer struct {
	s *ClosenessScale
	reuse
}

func (r *scaleRenderer) MinSize() fyne.Size { return fyne.NewSize(model.ClosenessSteps*44, 40) }

func (r *scaleRenderer) Layout(fyne.Size) { r.Refresh() }

func (r *scaleRenderer) Refresh() {
	s := r.s
	th, variant := fyne.CurrentApp().Settings().Theme(), fyne.CurrentApp().Settings().ThemeVariant()
	size := s.Size()
	w := size.Width / model.ClosenessSteps
	r.begin()
	if s.focused {
		ring := r.rect(color.Transparent, fyne.Position{}, size)
		ring.CornerRadius = 6
		ring.StrokeColor = th.Color(theme.ColorNameFocus, variant)
		ring.StrokeWidth = 2
	}
	for k := 1; k <= model.ClosenessSteps; k++ {
		x := float32(k-1) * w
		if k == s.Selected {
			box := r.rect(Tint(toNRGBA(th.Color(theme.ColorNamePrimary, variant)), 0x30), fyne.NewPos(x+1, 1), fyne.NewSize(w-2, size.Height-2))
			box.CornerRadius = 6
			box.StrokeColor = th.Color(theme.ColorNamePrimary, variant)
			box.StrokeWidth = 1.5
		}
		drawPair(&r.reuse, k, fyne.NewPos(x, 0), fyne.NewSize(w, size.Height), s.Color, th.Color(theme.ColorNameForeground, variant))
	}
	canvas.Refresh(s)
}

// drawPair draws picture k of the scale in the box: two equal circles,
// one in the partner's colour and one in the text's, at the picture's
// distance.
func drawPair(r *reuse, k int, at fyne.Position, box fyne.Size, mine color.NRGBA, other color.Color) {
	d := float32(model.ClosenessDistance(k))
	radius := min((box.Width-8)/(2+d), (box.Height-8)/2)
	cy := at.Y + box.Height/2
	left := at.X + (box.Width-(2+d)*radius)/2 + radius
	for i, c := range []color.Color{mine, other} {
		cx := left + float32(i)*d*radius
		circle := r.circle(color.Transparent, fyne.NewPos(cx-radius, cy-radius), fyne.NewSize(2*radius, 2*radius))
		circle.StrokeColor = c
		circle.StrokeWidth = 1.5
	}
}

func (r *scaleRenderer) Objects() []fyne.CanvasObject { return r.objects }
func (r *scaleRenderer) Destroy()                     {}

// ClosenessPicture draws one picture of the scale, for showing a choice.
type ClosenessPicture struct {
	widget.BaseWidget
	// Name is what it is about, for a screen reader ("Date night").
	Name  string
	K     int
	Color color.NRGBA
}

// NewClosenessPicture returns picture k.
func NewClosenessPicture(k int, c color.NRGBA) *ClosenessPicture {
	p := &ClosenessPicture{K: k, Color: c}
	p.ExtendBaseWidget(p)
	return p
}

// CreateRenderer draws the picture.
func (p *ClosenessPicture) CreateRenderer() fyne.WidgetRenderer {
	r := &pictureRenderer{p: p}
	r.Refresh()
	return r
}

type pictureRenderer struct {
	p *ClosenessPicture
	reuse
}

func (r *pictureRenderer) MinSize() fyne.Size { return fyne.NewSize(56, 32) }

func (r *pictureRenderer) Layout(fyne.Size) { r.Refresh() }

func (r *pictureRenderer) Refresh() {
	th, variant := fyne.CurrentApp().Settings().Theme(), fyne.CurrentApp().Settings().ThemeVariant()
	r.begin()
	if r.p.K > 0 {
		drawPair(&r.reuse, r.p.K, fyne.Position{}, r.p.Size(), r.p.Color, th.Color(theme.ColorNameForeground, variant))
	}
	canvas.Refresh(r.p)
}

func (r *pictureRenderer) Objects() []fyne.CanvasObject { return r.objects }
func (r *pictureRenderer) Destroy()                     {}
