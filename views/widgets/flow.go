package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Flow lays out a row of controls — a toolbar — and wraps them onto more
// rows, like words, when the width runs out, as it does with larger text:
// a Flow never makes the window wider than its widest control. While all
// fit on one row, spacers take the room left, as in an HBox.
type Flow struct {
	widget.BaseWidget
	objects []fyne.CanvasObject
	width   float32 // as last laid out
}

// NewFlow returns a flow of the objects (layout.NewSpacer() among them
// pushes what follows to the row's end).
func NewFlow(objects ...fyne.CanvasObject) *Flow {
	f := &Flow{objects: objects}
	f.ExtendBaseWidget(f)
	return f
}

// CreateRenderer lays the objects out.
func (f *Flow) CreateRenderer() fyne.WidgetRenderer { return &flowRenderer{f: f} }

// AccessibilityLabel says what the flow is: a bar of controls.
func (f *Flow) AccessibilityLabel() string { return say("ui.board.a11yToolbar") }

// AccessibilityRole is a container's.
func (f *Flow) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleContainer }

type flowRenderer struct {
	f    *Flow
	rows int // as last laid out
}

func (r *flowRenderer) Destroy()                     {}
func (r *flowRenderer) Objects() []fyne.CanvasObject { return r.f.objects }
func (r *flowRenderer) Refresh() {
	for _, o := range r.f.objects {
		o.Refresh()
	}
}

func isSpacer(o fyne.CanvasObject) bool {
	s, ok := o.(layout.SpacerObject)
	return ok && s.ExpandHorizontal()
}

// gap is the room between controls.
func (r *flowRenderer) gap() float32 { return r.f.Theme().Size(theme.SizeNamePadding) }

// rowsFor splits the objects into rows for a width: one row when all fit.
func (r *flowRenderer) rowsFor(width float32) [][]fyne.CanvasObject {
	var rows [][]fyne.CanvasObject
	var row []fyne.CanvasObject
	x := float32(0)
	for _, o := range r.f.objects {
		if !o.Visible() || isSpacer(o) {
			if isSpacer(o) {
				row = append(row, o)
			}
			continue
		}
		w := o.MinSize().Width
		if len(row) > 0 && x > 0 && x+w > width {
			rows = append(rows, row)
			row, x = nil, 0
		}
		row = append(row, o)
		x += w + r.gap()
	}
	return append(rows, row)
}

// MinSize is the widest control wide, and as tall as its rows at the
// width last laid out.
func (r *flowRenderer) MinSize() fyne.Size {
	var widest float32
	for _, o := range r.f.objects {
		if o.Visible() && !isSpacer(o) {
			widest = max(widest, o.MinSize().Width)
		}
	}
	width := r.f.width
	if width <= 0 {
		width = 1 << 20 // before the first layout: one row
	}
	var h float32
	for i, row := range r.rowsFor(width) {
		if i > 0 {
			h += r.gap()
		}
		h += rowHeight(row)
	}
	return fyne.NewSize(widest, h)
}

func rowHeight(row []fyne.CanvasObject) float32 {
	var h float32
	for _, o := range row {
		if !isSpacer(o) {
			h = max(h, o.MinSize().Height)
		}
	}
	return h
}

// Layout places the rows; spacers share what a row leaves free. When the
// number of rows changes, the flow asks its parents for the height.
func (r *flowRenderer) Layout(size fyne.Size) {
	r.f.width = size.Width
	rows := r.rowsFor(size.Width)
	y := float32(0)
	for _, row := range rows {
		h := rowHeight(row)
		used, spacers := float32(0), 0
		for i, o := range row {
			if isSpacer(o) {
				spacers++
				continue
			}
			if i > 0 {
				used += r.gap()
			}
			used += o.MinSize().Width
		}
		extra := float32(0)
		if spacers > 0 {
			extra = max(0, size.Width-used) / float32(spacers)
		}
		x := float32(0)
		for _, o := range row {
			if isSpacer(o) {
				x += extra
				continue
			}
			o.Move(fyne.NewPos(x, y+(h-o.MinSize().Height)/2))
			o.Resize(o.MinSize())
			x += o.MinSize().Width + r.gap()
		}
		y += h + r.gap()
	}
	if len(rows) != r.rows {
		r.rows = len(rows)
		r.f.Refresh() // the height changed: the parents lay out again
	}
}
