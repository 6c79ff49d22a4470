package views

import (
	"os"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/app"
	"github.com/vennplanner/venn/app/summary"
	"github.com/vennplanner/venn/model"
)

func warningsText(s *resourcesScreen) string {
	var sb strings.Builder
	for _, o := range test.LaidOutObjects(s.warnings) {
		if l, ok := o.(*widget.Label); ok {
			sb.WriteString(l.Text + "\n")
		}
	}
	return sb.String()
}

func TestAllocateThenOverAllocateAndSeeTheWarning(t *testing.T) {
	ui, w := newTestUI(t, true)
	ui.showTab(tabResources)
	s := ui.resourcesTab()
	maya := ui.partners[0]
	if err := ui.svc.SetCapacity(ui.ctx, maya.ID, model.Time, 12*60, ui.today()); err != nil {
		t.Fatal(err)
	}
	s.reload()
	before := warningsText(s)
	if strings.Contains(before, "Maya's time") {
		t.Fatalf("Maya's time is already over: %q", before)
	}
	var pottery model.Goal
	view, _ := ui.svc.Board(ui.ctx, model.BoardFilter{})
	for _, g := range view.Lanes[0].Cells[model.ColumnIdeas.Index()] {
		if g.Title == "Learn to throw pottery" {
			pottery = g
		}
	}
	f := showAllocationDialog(ui, pottery, s.reload)
	f.amounts[model.Time].SetText("3")
	f.dialog.Submit()
	allocs, _ := ui.svc.GoalAllocations(ui.ctx, pottery.ID)
	if allocs[model.Time].Amount != 180 {
		t.Fatalf("3 hours a week saved as %d minutes", allocs[model.Time].Amount)
	}
	// Far more than Maya has: the panel says so, in red, with who and by how much.
	f = showAllocationDialog(ui, pottery, s.reload)
	f.amounts[model.Time].SetText("20")
	f.dialog.Submit()
	warn := warningsText(s)
	if !strings.Contains(warn, "Maya's time is over-allocated by") {
		t.Fatalf("no over-allocation warning: %q", warn)
	}
	for _, o := range test.LaidOutObjects(w.Canvas().Content()) {
		if l, ok := o.(*widget.Label); ok && strings.HasPrefix(l.Text, "over-allocated by") && l.Importance != widget.DangerImportance {
			t.Fatal("the over-allocation is not shown in red")
		}
	}
}

func TestAllocationBadInputChangesNothing(t *testing.T) {
	ui, _ := newTestUI(t, true)
	var shared model.Goal
	view, _ := ui.svc.Board(ui.ctx, model.BoardFilter{})
	shared = view.Lanes[1].Cells[model.ColumnIdeas.Index()][0]
	before, _ := ui.svc.GoalAllocations(ui.ctx, shared.ID)
	for _, c := range []struct{ amount, a, b string }{
		{"-2", "50", "50"}, {"lots", "50", "50"}, {"200", "50", "50"}, {"2", "60", "30"}, {"2", "half", "50"},
	} {
		f := showAllocationDialog(ui, shared, nil)
		f.amounts[model.Time].SetText(c.amount)
		f.splitA.SetText(c.a)
		f.splitB.SetText(c.b)
		if err := f.save(ui, shared); !model.IsValidation(err) {
			t.Errorf("%+v: %v, want a plain refusal", c, err)
		}
	}
	after, _ := ui.svc.GoalAllocations(ui.ctx, shared.ID)
	if len(after) != len(before) {
		t.Fatal("a refused allocation changed what is stored")
	}
	if err := ui.svc.ArchiveGoal(ui.ctx, shared.ID, true); err != nil {
		t.Fatal(err)
	}
	err := ui.svc.SetAllocation(ui.ctx, shared.ID, model.Time, 60, 50, 50)
	if !model.IsValidation(err) || !strings.Contains(sayError(err), "archived") {
		t.Fatalf("allocation to an archived goal: %v", err)
	}
}

func TestPrintDialogWritesTheSummary(t *testing.T) {
	ui, _ := newTestUI(t, true)
	f := ui.showPrintDialog()
	if f.period.Selected != ui.today().Quarter().String() {
		t.Fatalf("the dialog proposes %q, not this quarter", f.period.Selected)
	}
	p, err := summary.ParsePeriod(f.period.Selected)
	if err != nil {
		t.Fatal(err)
	}
	path := t.TempDir() + "/summary.pdf"
	if err := ui.writeSummary(path, p, "A4"); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil || !strings.HasPrefix(string(data), "%PDF-") {
		t.Fatalf("no PDF written: %v", err)
	}
}

func TestTheGoalTableColoursWhatIsLeft(t *testing.T) {
	ui, _ := newTestUI(t, true)
	ui.showTab(tabResources)
	s := ui.resourcesTab()
	if len(s.table) == 0 {
		t.Fatal("no goals in the table")
	}
	row := newGoalResourceRow(s)
	over, left := -1, -1
	for i, r := range s.table {
		if r.Overspent() && over < 0 {
			over = i
		}
		if r.Available > 0 && left < 0 {
			left = i
		}
	}
	if over < 0 || left < 0 {
		t.Fatalf("the demo month should have a goal overspent and one with time left: %+v", s.table)
	}
	row.set(s.table[over])
	if row.available.Importance != widget.DangerImportance || !strings.Contains(row.line.Text, " used of ") {
		t.Errorf("an overspent goal: %q, %q, importance %v", row.available.Text, row.line.Text, row.available.Importance)
	}
	row.set(s.table[left])
	if row.available.Importance != widget.SuccessImportance || strings.Contains(row.line.Text, " used of ") {
		t.Errorf("a goal with time left: %q, %q", row.available.Text, row.line.Text)
	}
	// Money instead of time: the same goals' money.
	s.tableSel.SetSelected("money")
	for _, r := range s.table {
		if r.Allocated == 0 && r.Used == 0 {
			t.Errorf("%q is in the money table with no money", r.Goal.Title)
		}
	}
}

func TestWhatWasSpentIsEditedAndDeletedFromItsList(t *testing.T) {
	ui, w := newTestUI(t, true)
	ui.showTab(tabResources)
	s := ui.resourcesTab()
	if len(s.view.Spending) == 0 {
		t.Fatal("the demo month has nothing logged")
	}
	first := s.view.Spending[0]
	for _, sp := range s.view.Spending[1:] {
		if first.Day.Before(sp.Day) {
			t.Fatal("the list is not newest first")
		}
	}
	row := newSpentRow(s)
	row.set(first)
	if !strings.Contains(row.text.Text, first.GoalTitle) {
		t.Fatalf("the row says %q", row.text.Text)
	}
	test.Tap(row.edit)
	if !slices.ContainsFunc(overlayWidgets[*widget.Select](w), func(s *widget.Select) bool { return s.Selected == first.GoalTitle }) {
		t.Fatal("the edit dialog does not show the goal")
	}
	entries := overlayWidgets[*entry](w)
	if len(entries) < 2 {
		t.Fatalf("%d fields in the edit dialog", len(entries))
	}
	entries[0].SetText("")
	test.Type(entries[0], "2") // 2 h, 2 € or 2 points
	entries[1].SetText("Edited — 編集済み")
	tapButtonLabelled(t, w, "Save")
	var edited app.Spent
	for _, sp := range s.view.Spending {
		if sp.ID == first.ID {
			edited = sp
		}
	}
	want, _ := model.ParseAmount(first.Resource, "2", ui.household.Currency)
	if edited.Amount != want || edited.Note != "Edited — 編集済み" {
		t.Fatalf("after editing: %+v", edited)
	}
	row.set(edited)
	test.Tap(row.del)
	tapButtonLabelled(t, w, "Yes")
	for _, sp := range s.view.Spending {
		if sp.ID == first.ID {
			t.Fatal("deleted, it is still listed")
		}
	}
}
