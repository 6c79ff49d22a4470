package widgets

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// A toolbar in a Flow keeps one row while it fits, its spacer pushing the
// last control to the end; narrower, it wraps, and it never asks for more
// width than its widest control.
func TestFlowWrapsAToolbarInsteadOfWideningTheWindow(t *testing.T) {
	test.NewTempApp(t)
	a, b, c := widget.NewButton("Previous week", nil), widget.NewButton("This week", nil), widget.NewButton("A five-minute pause", nil)
	f := NewFlow(a, b, layout.NewSpacer(), c)
	widest := max(a.MinSize().Width, b.MinSize().Width, c.MinSize().Width)
	if got := f.MinSize().Width; got != widest {
		t.Fatalf("the flow asks for %.0f, its widest control is %.0f", got, widest)
	}
	r := test.WidgetRenderer(f)
	r.Layout(fyne.NewSize(800, 40))
	if a.Position().Y != c.Position().Y || c.Position().X+c.Size().Width < 799 {
		t.Fatalf("in 800 units: one row with the last control at the end; got %v and %v", a.Position(), c.Position())
	}
	oneRow := r.MinSize().Height
	r.Layout(fyne.NewSize(widest+10, 40))
	if c.Position().Y <= a.Position().Y || r.MinSize().Height <= oneRow {
		t.Fatalf("in %.0f units the controls stay on one row (%v, %v), %0.f tall", widest+10, a.Position(), c.Position(), r.MinSize().Height)
	}
	for _, o := range []fyne.CanvasObject{a, b, c} {
		if o.Position().X+o.Size().Width > widest+10+0.5 {
			t.Errorf("a control runs past the flow's width: %v + %v", o.Position(), o.Size())
		}
	}
}
