package widgets

import (
	"fmt"
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/model"
)

// CardHeight is the fixed height of a goal card, so board columns can be
// virtualised lists with uniform rows.
const CardHeight = 62

// GoalCard draws one goal on the board: a strip in the owner's colour, the
// title, and a line with target quarter or date, checklist progress and
// labels. It reports taps, double taps, right clicks and drags.
type GoalCard struct {
	widget.BaseWidget

	Goal     model.Goal
	Color    color.NRGBA
	Selected bool

	OnTapped       func(id string)
	OnDoubleTapped func(id string)
	OnSecondary    func(id string, at fyne.Position)
	OnDragged      func(id string, at fyne.Position)
	OnDragEnd      func(id string)

	hovered bool
}

var (
	_ fyne.Tappable          = (*GoalCard)(nil)
	_ fyne.DoubleTappable    = (*GoalCard)(nil)
	_ fyne.SecondaryTappable = (*GoalCard)(nil)
	_ fyne.Draggable         = (*GoalCard)(nil)
	_ desktop.Hoverable      = (*GoalCard)(nil)
)

// NewGoalCard returns an empty card; Set fills it.
func NewGoalCard() *GoalCard {
	c := &GoalCard{}
	c.ExtendBaseWidget(c)
	return c
}

// Set shows a goal and refreshes the card.
func (c *GoalCard) Set(g model.Goal, col color.NRGBA, selected bool) {
	c.Goal, c.Color, c.Selected = g, col, selected
	c.Refresh()
}

// Tapped selects the card.
func (c *GoalCard) Tapped(*fyne.PointEvent) {
	if c.OnTapped != nil && c.Goal.ID != "" {
		c.OnTapped(c.Goal.ID)
	}
}

// DoubleTapped opens the card.
func (c *GoalCard) DoubleTapped(*fyne.PointEvent) {
	if c.OnDoubleTapped != nil && c.Goal.ID != "" {
		c.OnDoubleTapped(c.Goal.ID)
	}
}

// TappedSecondary opens the card's menu.
func (c *GoalCard) TappedSecondary(ev *fyne.PointEvent) {
	if c.OnSecondary != nil && c.Goal.ID != "" {
		c.OnSecondary(c.Goal.ID, ev.AbsolutePosition)
	}
}

// Dragged reports the pointer's absolute position while the card is dragged.
func (c *GoalCard) Dragged(ev *fyne.DragEvent) {
	if c.OnDragged != nil && c.Goal.ID != "" {
		c.OnDragged(c.Goal.ID, ev.AbsolutePosition)
	}
}

// DragEnd reports that the card was dropped.
func (c *GoalCard) DragEnd() {
	if c.OnDragEnd != nil && c.Goal.ID != "" {
		c.OnDragEnd(c.Goal.ID)
	}
}

// MouseIn highlights the card under the pointer.
func (c *GoalCard) MouseIn(*desktop.MouseEvent) { c.hovered = true; c.Refresh() }

// MouseMoved is part of desktop.Hoverable.
func (c *GoalCard) MouseMoved(*desktop.MouseEvent) {}

// MouseOut removes the hover highlight.
func (c *GoalCard) MouseOut() { c.hovered = false; c.Refresh() }

// MetaLine is the card's second line: target, checklist progress, labels.
func MetaLine(g model.Goal) string {
	var parts []string
	switch {
	case !g.Due.IsZero():
		parts = append(parts, "due "+g.Due.Time().Format("2 Jan 2006"))
	case !g.TargetQuarter.IsZero():
		parts = append(parts, g.TargetQuarter.String())
	}
	if done, total := g.Progress(); total > 0 {
		parts = append(parts, fmt.Sprintf("%d/%d steps", done, total))
	}
	for _, l := range g.Labels {
		parts = append(parts, "#"+l)
	}
	if g.Private {
		parts = append(parts, "private")
	}
	return strings.Join(parts, "  ·  ")
}

// CreateRenderer builds the card's drawing.
func (c *GoalCard) CreateRenderer() fyne.WidgetRenderer {
	bg := canvas.NewRectangle(color.Transparent)
	bg.CornerRadius = 6
	strip := canvas.NewRectangle(color.Transparent)
	strip.CornerRadius = 2
	title := widget.NewLabel("")
	title.TextStyle = fyne.TextStyle{Bold: true}
	title.Truncation = fyne.TextTruncateEllipsis
	meta := widget.NewLabel("")
	meta.Truncation = fyne.TextTruncateEllipsis
	meta.SizeName = theme.SizeNameCaptionText
	r := &cardRenderer{card: c, bg: bg, strip: strip, title: title, meta: meta}
	r.Refresh()
	return r
}

type cardRenderer struct {
	card        *GoalCard
	bg, strip   *canvas.Rectangle
	title, meta *widget.Label
}

func (r *cardRenderer) Layout(size fyne.Size) {
	const inset = 3
	r.bg.Move(fyne.NewPos(0, inset))
	r.bg.Resize(fyne.NewSize(size.Width, size.Height-2*inset))
	r.strip.Move(fyne.NewPos(6, inset+8))
	r.strip.Resize(fyne.NewSize(4, size.Height-2*inset-16))
	textX := float32(12)
	lineH := (size.Height - 2*inset) / 2
	r.title.Move(fyne.NewPos(textX, inset-2))
	r.title.Resize(fyne.NewSize(size.Width-textX-2, lineH+4))
	r.meta.Move(fyne.NewPos(textX, inset+lineH-6))
	r.meta.Resize(fyne.NewSize(size.Width-textX-2, lineH+4))
}

func (r *cardRenderer) MinSize() fyne.Size { return fyne.NewSize(120, CardHeight) }

func (r *cardRenderer) Refresh() {
	c := r.card
	th := c.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	r.bg.FillColor = th.Color(theme.ColorNameInputBackground, v)
	r.bg.StrokeWidth = 1
	r.bg.StrokeColor = th.Color(theme.ColorNameSeparator, v)
	switch {
	case c.Selected:
		r.bg.StrokeWidth = 2
		r.bg.StrokeColor = th.Color(theme.ColorNamePrimary, v)
	case c.hovered:
		r.bg.StrokeColor = th.Color(theme.ColorNameHover, v)
		r.bg.FillColor = blend(r.bg.FillColor, th.Color(theme.ColorNameHover, v))
	}
	r.strip.FillColor = c.Color
	r.title.SetText(c.Goal.Title)
	r.meta.SetText(MetaLine(c.Goal))
	r.bg.Refresh()
	r.strip.Refresh()
	r.title.Refresh()
}

func (r *cardRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.bg, r.strip, r.title, r.meta}
}

func (r *cardRenderer) Destroy() {}

// blend lays a translucent colour over an opaque one ("over" compositing of
// premultiplied values).
func blend(base, over color.Color) color.Color {
	br, bg, bb, _ := base.RGBA()
	or, og, ob, oa := over.RGBA()
	mix := func(b, o uint32) uint8 { return uint8((o + b*(0xffff-oa)/0xffff) >> 8) }
	return color.NRGBA{R: mix(br, or), G: mix(bg, og), B: mix(bb, ob), A: 0xff}
}
