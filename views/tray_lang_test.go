package views

import (
	"slices"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// TestTrayMenuSpeaksTheChosenLanguage: with Arabic chosen in the data, the
// tray's own words are Arabic (the couple's ritual titles stay theirs).
func TestTrayMenuSpeaksTheChosenLanguage(t *testing.T) {
	ui, _ := newTestUI(t, true)
	if err := ui.svc.SetLanguage(ui.ctx, "ar"); err != nil {
		t.Fatal(err)
	}
	m := ui.trayMenu()
	trayItem(t, m, "افتح Venn")
	if quit := trayItem(t, m, "أغلق Venn"); !quit.IsQuit {
		t.Error("the Arabic quit item does not quit")
	}
	trayItem(t, m, "Phone-free walk after dinner")
}

// TestSettingsChoosesTheLanguage: Settings › Appearance lists the
// languages by their own names; a choice is kept in the data, and
// "Follow the system" forgets it.
func TestSettingsChoosesTheLanguage(t *testing.T) {
	ui, _ := newTestUI(t, true)
	ui.showTab(tabSettings)
	ui.openSettings("Appearance")
	var choice *widget.Select
	for _, o := range test.LaidOutObjects(ui.settingsTab().pages.Selected().Content) {
		if s, ok := o.(*widget.Select); ok && slices.Contains(s.Options, "Deutsch") {
			choice = s
		}
	}
	if choice == nil {
		t.Fatal("Settings › Appearance has no language choice")
	}
	for _, name := range []string{"Follow the system", "English", "Deutsch", "Français", "Español", "العربية"} {
		if !slices.Contains(choice.Options, name) {
			t.Errorf("the language choice lacks %q: %q", name, choice.Options)
		}
	}
	if choice.Selected != "Follow the system" {
		t.Errorf("a new household's language is %q", choice.Selected)
	}
	test.Tap(choice)
	choice.SetSelected("العربية")
	if got := ui.svc.Language(ui.ctx); got != "ar" {
		t.Errorf("choosing العربية keeps %q", got)
	}
	trayItem(t, ui.trayMenu(), "افتح Venn")
	choice.SetSelected("Follow the system")
	if got := ui.svc.Language(ui.ctx); got != "" {
		t.Errorf("Follow the system keeps %q", got)
	}
}
