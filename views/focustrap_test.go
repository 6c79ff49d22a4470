package views

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// With a dialog open, Tab goes round the dialog's own controls and never
// reaches the screen underneath; Escape closes it.
func TestTabStaysInsideAnOpenDialog(t *testing.T) {
	ui, w := newTestUI(t, true)
	ui.showTalkPage()
	overlay := w.Canvas().Overlays().Top()
	if overlay == nil {
		t.Fatal("no dialog open")
	}
	inside := map[fyne.CanvasObject]bool{}
	for _, o := range test.LaidOutObjects(overlay) {
		inside[o] = true
	}
	seen := map[fyne.Focusable]bool{}
	for range 40 {
		w.Canvas().FocusNext()
		f := w.Canvas().Focused()
		if f == nil {
			t.Fatal("Tab left nothing focused with a dialog open")
		}
		if !inside[f.(fyne.CanvasObject)] {
			t.Fatalf("Tab reached %T, which is not in the dialog", f)
		}
		seen[f] = true
	}
	if len(seen) < 4 {
		t.Fatalf("Tab went round only %d controls of the page's form", len(seen))
	}
	w.Canvas().Unfocus()
	w.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if len(ui.dialogs) != 0 {
		t.Fatal("Escape left the dialog open")
	}
}
