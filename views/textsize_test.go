package views

import (
	"os"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
)

// Settings › Appearance › Text size is kept, handed to Fyne's scale at
// once, and puts the window's screens in a scroll above 100 %, so a screen
// too large for the window scrolls instead of being cut.
func TestTextSizeIsKeptAndAppliedAtOnce(t *testing.T) {
	t.Setenv(scaleVar, "")
	ui, w := newTestUI(t, true)
	ui.showTab(tabSettings)
	choice := ui.settingsTab().textSize
	if choice.Selected != "100 %" || len(choice.Options) != 4 {
		t.Fatalf("text size offers %q with %q chosen; want 100 %% to 200 %%, 100 %% chosen", choice.Options, choice.Selected)
	}
	scrolls := func() bool {
		_, ok := w.Content().(*fyne.Container).Objects[0].(*container.Scroll)
		return ok
	}
	if scrolls() {
		t.Error("at 100 % the screens are in a scroll")
	}
	choice.SetSelected("150 %")
	if got := ui.app.Preferences().Float(prefTextSize); got != 1.5 {
		t.Errorf("the text size kept is %v, want 1.5", got)
	}
	if got := os.Getenv(scaleVar); got != "1.5" {
		t.Errorf("Fyne's scale is %q, want 1.5", got)
	}
	if !scrolls() {
		t.Error("at 150 % the screens do not scroll")
	}
	choice.SetSelected("100 %")
	if os.Getenv(scaleVar) != "1" || scrolls() {
		t.Errorf("back at 100 %%: scale %q, scrolls %v", os.Getenv(scaleVar), scrolls())
	}
}
