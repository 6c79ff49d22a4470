package views

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/model"
)

func trayItem(t *testing.T, m *fyne.Menu, label string) *fyne.MenuItem {
	t.Helper()
	for _, it := range m.Items {
		if it.Label == label {
			return it
		}
	}
	var labels []string
	for _, it := range m.Items {
		labels = append(labels, it.Label)
	}
	t.Fatalf("the tray menu has no %q: %q", label, labels)
	return nil
}

func TestTrayMenuTicksRitualsAndOpensTheCheckin(t *testing.T) {
	ui, _ := newTestUI(t, true)
	maya, liam := ui.partners[0], ui.partners[1]
	if _, err := ui.svc.SaveRitual(ui.ctx, model.Ritual{Title: "Ten minutes of Duolingo 🇮🇹", Who: model.Owner(maya.ID),
		Cadence: model.Cadence{Times: 1, Per: model.PerDay}, Start: model.Date{Year: 2026, Month: 11, Day: 1}}); err != nil {
		t.Fatal(err)
	}
	m := ui.trayMenu()
	solo := trayItem(t, m, "Ten minutes of Duolingo 🇮🇹")
	shared := trayItem(t, m, "Phone-free walk after dinner")
	trayItem(t, m, "Open Venn")
	if quit := trayItem(t, m, "Quit Venn"); !quit.IsQuit {
		t.Error("Quit is not the quit item")
	}
	if solo.Checked {
		t.Fatal("ticked before it was done")
	}
	solo.Action()
	if !trayItem(t, ui.trayMenu(), "Ten minutes of Duolingo 🇮🇹").Checked {
		t.Error("ticking from the tray did not mark the ritual done")
	}
	shared.Action() // Maya's part of today's walk
	today, _ := ui.svc.Today(ui.ctx)
	for _, r := range today.Rituals[model.Shared] {
		if r.Ritual.Title == "Phone-free walk after dinner" && (r.Entry == nil || !r.Entry.ConfirmA || r.Entry.ConfirmB) {
			t.Errorf("the shared walk: %+v", r.Entry)
		}
	}
	// On Liam's computer the week's check-in waits for him.
	if err := ui.svc.SetThisPartner(ui.ctx, liam.ID); err != nil {
		t.Fatal(err)
	}
	trayItem(t, ui.trayMenu(), "Answer this week's check-in").Action()
	if ui.tabs.SelectedIndex() != int(tabCheckins) {
		t.Error("the check-in item did not open the check-in")
	}
}

func TestClosingTheWindowAsksOnceThenKeepsToTheChoice(t *testing.T) {
	ui, w := newTestUI(t, true)
	ui.fakeTray = true
	ui.closeWindow()
	top := w.Canvas().Overlays().Top()
	if top == nil || !strings.Contains(windowText(w), "keep running in the tray") {
		t.Fatal("closing did not ask")
	}
	for _, o := range test.LaidOutObjects(top) {
		if b, ok := o.(*widget.Button); ok && b.Text == "Keep in the tray" {
			test.Tap(b)
		}
	}
	if got := ui.app.Preferences().String(prefCloseToTray); got != "yes" {
		t.Fatalf("choice %q", got)
	}
	ui.showTab(tabSettings)
	if !ui.settingsTab().reminders.tray.Checked {
		t.Error("Settings does not show the choice")
	}
	ui.closeWindow() // asked once: now straight to the tray
	if len(w.Canvas().Overlays().List()) != 0 {
		t.Error("asked again")
	}
}
