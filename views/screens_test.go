package views

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
)

// TestTheTabsFollowTheScreenRegistry: the window's tabs are the screens in
// the order the couple knows (Today first, Settings last), Ctrl+0 to
// Ctrl+7 select them in that order, and a screen built when first shown
// fills its tab and is redrawn when selected again.
func TestTheTabsFollowTheScreenRegistry(t *testing.T) {
	ui, _ := newTestUI(t, true)
	want := []string{"Today", "Board", "Calendar", "Rituals", "Resources", "Check-ins", "Sessions", "Settings"}
	if len(ui.tabs.Items) != len(want) {
		t.Fatalf("%d tabs, want %d", len(ui.tabs.Items), len(want))
	}
	for i, title := range want {
		if got := ui.tabs.Items[i].Text; got != title {
			t.Errorf("tab %d is %q, want %q", i, got, title)
		}
		if ui.tabs.Items[i].Icon == nil {
			t.Errorf("the %s tab has no icon", title)
		}
	}
	for i := len(want) - 1; i >= 0; i-- {
		menuAction(t, ui, fmt.Sprintf("CustomDesktop:Control+%d", i))()
		if got := ui.tabs.SelectedIndex(); got != i {
			t.Fatalf("Ctrl+%d selected tab %d, want %s", i, got, want[i])
		}
		content := ui.tabs.Selected().Content
		if holder, ok := ui.holders[tab(i)]; ok {
			if len(holder.Objects) != 1 {
				t.Errorf("the %s tab is empty once shown", want[i])
			}
			content = holder
		}
		if content.MinSize() == (fyne.Size{}) {
			t.Errorf("the %s tab shows nothing", want[i])
		}
	}
	before := ui.redraws["calendar"]
	ui.showTab(tabCalendar)
	if ui.calendar == nil || ui.redraws["calendar"] <= before {
		t.Errorf("selecting the calendar again did not redraw it (%d redraws before, %d after)", before, ui.redraws["calendar"])
	}
}
