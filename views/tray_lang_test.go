package views

import "testing"

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
