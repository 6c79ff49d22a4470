package views

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// The goal form is tested in views/forms; the screens' tests fill it
// through the dialog, as a person would.

// goalFormField is the field of the open goal form with this label.
func goalFormField[T fyne.CanvasObject](t *testing.T, w fyne.Window, label string) T {
	t.Helper()
	for _, form := range overlayWidgets[*widget.Form](w) {
		for _, it := range form.Items {
			if v, ok := it.Widget.(T); ok && it.Text == label {
				return v
			}
		}
	}
	t.Fatalf("the goal form has no field %q:\n%s", label, windowText(w))
	var none T
	return none
}

// goalFormPrivate is the open goal form's Private tick.
func goalFormPrivate(t *testing.T, w fyne.Window) *widget.Check {
	t.Helper()
	for _, c := range overlayWidgets[*widget.Check](w) {
		if strings.HasPrefix(c.Text, "Private") {
			return c
		}
	}
	t.Fatal("the goal form has no Private tick")
	return nil
}

// goalFormNewStep is the open goal form's field that adds a checklist step.
func goalFormNewStep(t *testing.T, w fyne.Window) *entry {
	t.Helper()
	for _, e := range overlayWidgets[*entry](w) {
		if e.PlaceHolder == "Add a step and press Enter" {
			return e
		}
	}
	t.Fatal("the goal form has no field to add a step")
	return nil
}
