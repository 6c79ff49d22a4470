package views

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/model"
)

// Spending past a partner's capacity is said on their card, in words and in
// the warning colour; spending within it is plain.
func TestSpendingPastACapacityIsSaidInWordsAndColour(t *testing.T) {
	ui, _ := newTestUI(t, true)
	ui.showTab(tabResources)
	s := ui.resourcesTab()
	maya := ui.partners[0]
	var goal model.Goal
	view, _ := ui.svc.Board(ui.ctx, model.BoardFilter{})
	for _, g := range view.Lanes[0].Cells[model.ColumnDoing.Index()] {
		goal = g
	}
	if _, err := ui.svc.LogActual(ui.ctx, model.Actual{GoalID: goal.ID, PartnerID: maya.ID, Resource: model.Money, Amount: 2000_00,
		Day: ui.today(), Note: "Nový počítač — 新しいパソコン"}); err != nil {
		t.Fatal(err)
	}
	s.reload()
	var past []string
	plain := 0
	for _, o := range test.LaidOutObjects(s.partners) {
		l, ok := o.(*widget.Label)
		if !ok || !strings.HasPrefix(l.Text, "used this month") {
			continue
		}
		if strings.Contains(l.Text, "more than the") {
			past = append(past, l.Text)
			if l.Importance != widget.WarningImportance {
				t.Errorf("%q is not in the warning colour", l.Text)
			}
			continue
		}
		plain++
		if l.Importance == widget.WarningImportance || l.Importance == widget.DangerImportance {
			t.Errorf("%q is coloured without saying why", l.Text)
		}
	}
	mayas := slices.ContainsFunc(past, func(text string) bool { return strings.Contains(text, "more than the € 700.00 there is") })
	if !mayas || plain == 0 {
		t.Fatalf("spending past a capacity: %q (%d plain lines); want Maya's money past her € 700", past, plain)
	}
}

// The session's look-back (step 1) says who used more than their capacity
// over the quarter, in words and colour, as the printed summary does.
func TestTheLookBackSaysWhoUsedMoreThanTheyHad(t *testing.T) {
	ui, _ := newTestUI(t, true)
	ui.showTab(tabSessions)
	s := ui.sessionsTab()
	maya := ui.partners[0]
	view, _ := ui.svc.Board(ui.ctx, model.BoardFilter{})
	goal := view.Lanes[0].Cells[model.ColumnDoing.Index()][0]
	if _, err := ui.svc.LogActual(ui.ctx, model.Actual{GoalID: goal.ID, PartnerID: maya.ID, Resource: model.Money, Amount: 5000_00, Day: ui.today()}); err != nil {
		t.Fatal(err)
	}
	s.quarter = ui.today().Quarter().Next() // looking back on this quarter
	var found bool
	for _, o := range test.LaidOutObjects(s.lookBack()) {
		l, ok := o.(*widget.Label)
		if !ok || !strings.HasPrefix(l.Text, maya.Name+" · money") {
			continue
		}
		found = true
		if !strings.Contains(l.Text, "more than the capacity") || l.Importance != widget.WarningImportance {
			t.Errorf("Maya's money in the look-back: %q (importance %v)", l.Text, l.Importance)
		}
	}
	if !found {
		t.Fatal("the look-back has no line for Maya's money")
	}
}
