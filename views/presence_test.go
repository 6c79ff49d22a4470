package views

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/model"
)

// The Rituals screen asks, for a shared ritual's last done day, how
// present it felt: the demo's last one Maya rated alone, so it waits for
// Liam; once he rated there, both ratings show.
func TestTheRitualsScreenAsksHowPresentTheLastDoneDayFelt(t *testing.T) {
	ui, w := openRituals(t, true)
	s := ui.ritualsTab()
	for _, rv := range s.view.Rituals {
		if rv.Ritual.Who != model.Shared {
			continue
		}
		s.selected = rv.Ritual.ID
		s.showDetail()
		if s.presence == nil {
			t.Fatalf("the shared ritual %q asks nothing", rv.Ritual.Title)
		}
		if strings.Contains(s.presence.Status(), "Waiting for") {
			break
		}
	}
	if s.presence == nil || !strings.Contains(s.presence.Status(), "Waiting for Liam") {
		t.Fatal("no shared ritual's last day waits for Liam, as the demo leaves one")
	}
	// This window belongs to nobody: Liam picks himself and taps.
	var as *widget.Select
	for _, o := range test.LaidOutObjects(w.Canvas().Content()) {
		if sel, ok := o.(*widget.Select); ok && sel.Visible() && len(sel.Options) == 2 && sel.Options[1] == "Liam" && sel.Selected == "Maya" {
			as = sel
		}
	}
	if as == nil {
		t.Fatal("no Rating as on a computer of nobody's")
	}
	as.SetSelectedIndex(1)
	var present *widget.Button
	for _, o := range test.LaidOutObjects(w.Canvas().Content()) {
		if b, ok := o.(*widget.Button); ok && b.Visible() && b.Text == model.PresenceWordsIn(nil)[3] {
			present = b
		}
	}
	if present == nil {
		t.Fatal("no Present to tap")
	}
	test.Tap(present)
	if st := s.presence.Status(); !strings.HasPrefix(st, "Liam: Present · Maya: ") {
		t.Fatalf("after Liam's tap: %q", st)
	}
}

// The Balance screen says beside the month's hours how present time
// together felt to each, and charts it, from what both rated only.
func TestTheBalanceScreenShowsPresenceBesideTheHours(t *testing.T) {
	ui, _ := newTestUI(t, true)
	ui.showTab(tabCheckins)
	b := ui.checkinsTab().balance
	b.reload()
	var lines []string
	for _, o := range b.presence.lines.Objects {
		lines = append(lines, o.(*widget.Label).Text)
	}
	if len(lines) != 2 || !strings.HasPrefix(lines[0], "Maya: ") || !strings.Contains(lines[0], " of 4 in ") || !strings.HasPrefix(lines[1], "Liam: ") {
		t.Fatalf("presence lines %q", lines)
	}
	words := b.presence.chart.AccessibilityLabel()
	if !strings.Contains(words, "How present time together felt") || !strings.Contains(words, "Maya") || !strings.Contains(words, "Liam") {
		t.Fatalf("the chart says %q", words)
	}
}
