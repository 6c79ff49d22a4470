package forms

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/views/widgets"
)

// TestACheckedFormSaysWhyUnderTheFieldAndKeepsWhatWasTyped: a refused save
// leaves the form open with every word typed, says why under the field at
// fault and puts the keyboard there; Enter in a one-line field saves; a
// good save closes the form.
func TestACheckedFormSaysWhyUnderTheFieldAndKeepsWhatWasTyped(t *testing.T) {
	h := newTestHost(t, false)
	name, place := widgets.NewEntry(), widgets.NewEntry()
	var saved string
	f := NewChecked(h, "A name and a place", "Save", func() error {
		if strings.TrimSpace(place.Text) == "" {
			return &model.ValidationError{Field: "place", Message: "Say where."}
		}
		saved = name.Text + " in " + place.Text
		return nil
	})
	f.Field("Name", name, "name")
	f.Field("Place", place, "place")
	f.Show(fyne.NewSize(460, 260))
	if h.win.Canvas().Focused() != name {
		t.Error("the first text field is not focused on opening")
	}
	test.Type(name, "Zoë's kiln 🔥")
	name.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn}) // Enter saves
	if len(h.dialogs) != 1 || name.Text != "Zoë's kiln 🔥" {
		t.Fatalf("a refused save closed the form (%d open) or lost %q", len(h.dialogs), name.Text)
	}
	var why *widget.Label
	for _, l := range overlayWidgets[*widget.Label](h.win) {
		if l.Visible() && l.Text == "Say where." {
			why = l
		}
	}
	if why == nil {
		t.Fatalf("the form does not say why:\n%s", windowText(h.win))
	}
	d := fyne.CurrentApp().Driver()
	if at, field := d.AbsolutePositionForObject(why), d.AbsolutePositionForObject(place); at.Y < field.Y || at.Y > field.Y+place.Size().Height+60 {
		t.Errorf("the words are at y=%.0f, the field at %.0f: not under it", at.Y, field.Y)
	}
	if h.win.Canvas().Focused() != place {
		t.Error("the keyboard is not in the field at fault")
	}
	test.Type(place, "the garden shed")
	tapButtonLabelled(t, h.win, "Save")
	if len(h.dialogs) != 0 || saved != "Zoë's kiln 🔥 in the garden shed" {
		t.Fatalf("a good save: %d dialogs open, saved %q", len(h.dialogs), saved)
	}
}
