package forms

import (
	"strings"
	"testing"

	"github.com/vennplanner/venn/i18n"
	"github.com/vennplanner/venn/model"
)

// TestLifeEventFlowAppliesAndUndoes: the flow does not go on without
// saying what happened; it previews every change, applies them in one
// step, and the log's card undoes them and says so.
func TestLifeEventFlowAppliesAndUndoes(t *testing.T) {
	h := newTestHost(t, true)
	f := ShowLifeEvent(h)
	f.forward() // no title yet: stays on the first step
	if f.step != 0 {
		t.Fatal("the flow went on without saying what happened")
	}
	h.dialogs[len(h.dialogs)-1].Hide() // the error that says why
	f.title.SetText("Maya's new job")
	f.kind.SetSelectedIndex(0)
	f.forward()
	var target model.Goal
	for _, g := range f.goals {
		if g.Title == "Finish the UX certificate" {
			target = g
		}
	}
	f.goalPick.SetSelected([]string{goalLabel(target, h.partners)})
	f.weeks.SetText("6")
	f.ritualPick.SetSelected([]string{"Book club"})
	f.forward()
	if f.step != 2 || len(f.preview) != 2 || !strings.Contains(f.preview[0].Summary, "Finish the UX certificate") {
		t.Fatalf("preview: step %d, %+v", f.step, f.preview)
	}
	f.forward()
	if f.event.ID == "" || len(f.event.Changes) != 2 {
		t.Fatalf("the event was not logged: %+v", f.event)
	}
	if len(h.dialogs) != 0 || len(h.toasts) != 1 || !strings.Contains(h.toasts[0], "Logged “Maya's new job” with 2 changes") {
		t.Fatalf("after applying: %d dialogs open, said %q", len(h.dialogs), h.toasts)
	}
	after, _ := h.svc.Goal(h.ctx, target.ID)
	if after.TargetQuarter == target.TargetQuarter && after.Due == target.Due {
		t.Fatal("the goal was not postponed")
	}
	// The log's card undoes the decision, after asking, and says so.
	ShowLifeEventLog(h)
	tapButtonLabelled(t, h.win, "Undo this decision")
	tapButtonLabelled(t, h.win, "Yes")
	if !strings.Contains(windowText(h.win), "2 changes undone.") {
		t.Fatalf("the undo report is not shown:\n%s", windowText(h.win))
	}
	back, _ := h.svc.Goal(h.ctx, target.ID)
	if back.TargetQuarter != target.TargetQuarter || back.Due != target.Due {
		t.Fatal("undo did not set the goal back")
	}
}

// TestLifeEventSpeaksGerman: with the window in German the flow's words
// are German, not English.
func TestLifeEventSpeaksGerman(t *testing.T) {
	i18n.SetScreen(i18n.For("de"))
	t.Cleanup(func() { i18n.SetScreen(nil) })
	h := newTestHost(t, true)
	f := ShowLifeEvent(h)
	first := windowText(h.win)
	f.title.SetText("Mayas neuer Job")
	f.forward()
	text := first + windowText(h.win)
	for _, de := range []string{"Wenn sich das Leben ändert", "Ziele verschieben", "Rituale pausieren", "Eine Zuteilung verschieben"} {
		if !strings.Contains(text, de) {
			t.Errorf("no %q in:\n%s", de, text)
		}
	}
	for _, en := range []string{"When life changes", "Postpone goals", "Pause rituals"} {
		if strings.Contains(text, en) {
			t.Errorf("still English %q in:\n%s", en, text)
		}
	}
	tapButtonLabelled(t, h.win, "Weiter")
	if f.step != 2 {
		t.Fatalf("Weiter did not go on: step %d", f.step)
	}
}
