package views

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
)

// TestEveryScreenDrawsInTwoTextStyles: every tab and inner tab, on the
// demo's data, draws its words in the regular and the bold style only (and
// the symbol font of the shortcuts). Each further style (italic, bold
// italic, monospace) loads a set of fonts of its own — the theme's face,
// the emoji font and the system's fallback, about 9 MB — for a few hints.
func TestEveryScreenDrawsInTwoTextStyles(t *testing.T) {
	ui, w := newTestUI(t, true)
	ui.showMain()
	w.Resize(fyne.NewSize(1280, 800))
	allowed := map[fyne.TextStyle]bool{{}: true, {Bold: true}: true, {Symbol: true}: true}
	showEveryTab(ui, w, func(where string, _ fyne.CanvasObject) {
		t.Helper()
		for _, o := range test.LaidOutObjects(w.Canvas().Content()) {
			if text, ok := o.(*canvas.Text); ok && text.Visible() && text.Text != "" && !allowed[text.TextStyle] {
				t.Errorf("%s draws %q in %+v", where, text.Text, text.TextStyle)
			}
		}
	})
}
