package views

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// TestSettingsIsAPageASubject: Settings lists its subjects down the side,
// each a page of its own with one Save at most (not one long page with a
// Save a section); Today's way to the sync settings opens the Sync page;
// at 1024×640 a page the couple fills in often fits without scrolling.
func TestSettingsIsAPageASubject(t *testing.T) {
	ui, w := newTestUI(t, true)
	w.Resize(fyne.NewSize(1024, 640))
	ui.showTab(tabSettings)
	pages := ui.settingsTab().pages
	var titles []string
	for _, it := range pages.Items {
		titles = append(titles, it.Text)
	}
	for _, want := range []string{"Household", "Sync", "Reminders", "Private spaces", "Board", "Appearance", "Your data"} {
		if !strings.Contains(strings.Join(titles, "|"), want) {
			t.Errorf("Settings has no page %q (pages: %q)", want, titles)
		}
	}
	for i, it := range pages.Items {
		pages.SelectIndex(i)
		saves := 0
		for _, o := range test.LaidOutObjects(it.Content) {
			if b, ok := o.(*widget.Button); ok && b.Visible() && strings.HasPrefix(b.Text, "Save") {
				saves++
			}
		}
		if saves > 1 {
			t.Errorf("Settings › %s has %d Save buttons, want one at most", it.Text, saves)
		}
	}
	ui.openSettings("Sync")
	if pages.Selected().Text != "Sync" {
		t.Errorf("openSettings(Sync) shows %q", pages.Selected().Text)
	}
	ui.openSettings("Household")
	page, ok := pages.Selected().Content.(*container.Scroll)
	if !ok {
		t.Fatalf("Settings › Household is a %T, not a scrolling page", pages.Selected().Content)
	}
	if need := page.Content.MinSize().Height; need > page.Size().Height {
		t.Errorf("Settings › Household needs %.0f px, more than its %.0f px in a 640 px window", need, page.Size().Height)
	}
}
