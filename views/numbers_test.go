package views

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
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

// A goal added inline where work happens (Planned, In progress, Done) is
// aimed at this quarter, as a person putting it there means; an idea is
// aimed nowhere yet. A board filtered to a quarter aims both at that one.
func TestAGoalAddedInlineIsAimedAtTheQuarterItIsDoneIn(t *testing.T) {
	ui, _ := newTestUI(t, true)
	b := ui.board
	add := func(column model.Column, title string) model.Goal {
		t.Helper()
		a := b.cells[1][column.Index()].adder // the shared lane
		test.Tap(a.open)
		test.Type(a.field, title)
		a.field.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
		cell := b.cellGoals(1, column.Index())
		g := cell[len(cell)-1]
		if g.Title != title {
			t.Fatalf("the foot of %s is %q, want %q", column, g.Title, title)
		}
		return g
	}
	this := ui.today().Quarter()
	for _, c := range []struct {
		column model.Column
		title  string
		want   model.Quarter
	}{
		{model.ColumnDoing, "Repeindre la cuisine 🎨", this},
		{model.ColumnPlanned, "家族旅行の計画", this},
		{model.ColumnDone, "Sorted the tax return ✅", this},
		{model.ColumnIdeas, "Someday: a sailing course", model.Quarter{}},
	} {
		if g := add(c.column, c.title); g.TargetQuarter != c.want {
			t.Errorf("%q added in %s is aimed at %q, want %q", c.title, c.column, g.TargetQuarter, c.want)
		}
	}
	next := this.Next()
	b.filter.Quarter = next
	b.reload()
	if g := add(model.ColumnIdeas, "An idea for next quarter"); g.TargetQuarter != next {
		t.Errorf("on a board filtered to %s, an idea is aimed at %q", next, g.TargetQuarter)
	}
}

// The Resources tab starts an allocation: "Plan for a goal…" offers the
// goals with no time, money or energy planned yet, and the one chosen gets
// its allocation dialog; once saved it is in the table.
func TestTheResourcesTabPlansForAGoalThatHasNothingYet(t *testing.T) {
	ui, w := newTestUI(t, true)
	ui.showTab(tabResources)
	s := ui.resourcesTab()
	title := "Learn to throw pottery" // Maya's idea, with nothing planned
	for _, r := range s.table {
		if r.Goal.Title == title {
			t.Fatalf("%q is in the table before anything is planned for it", title)
		}
	}
	if !strings.Contains(windowText(w), "Plan for a goal…") {
		t.Error("the table does not say how to add a goal to it")
	}
	tapButtonLabelled(t, w, "Plan for a goal…")
	var pick *widget.Select
	for _, sel := range overlayWidgets[*widget.Select](w) {
		if slices.ContainsFunc(sel.Options, func(o string) bool { return strings.HasPrefix(o, title) }) {
			pick = sel
		}
	}
	if pick == nil {
		t.Fatal("the picker does not offer the goal with nothing planned")
	}
	for _, o := range pick.Options {
		if strings.HasPrefix(o, "Run a half marathon") {
			t.Errorf("the picker offers %q, which already has time planned", o)
		}
	}
	for _, o := range pick.Options {
		if strings.HasPrefix(o, title) {
			pick.SetSelected(o)
		}
	}
	ui.allocationForm = nil
	tapButtonLabelled(t, w, "Next")
	f := ui.allocationForm
	if f == nil || f.dialog == nil {
		t.Fatal("choosing a goal did not open its allocation")
	}
	f.amounts[model.Time].SetText("2.5")
	f.dialog.Submit()
	var found bool
	for _, r := range s.table {
		if r.Goal.Title == title {
			found = true
		}
	}
	if !found {
		t.Fatalf("after planning, %q is not in the table", title)
	}
}

// On the second partner's computer, Set capacity… and Log what was spent…
// start with the second partner chosen.
func TestTheResourcesDialogsStartWithThisComputersPartner(t *testing.T) {
	ui, w := newTestUI(t, true)
	liam := ui.partners[1]
	if err := ui.svc.SetThisPartner(ui.ctx, liam.ID); err != nil {
		t.Fatal(err)
	}
	ui.showTab(tabResources)
	s := ui.resourcesTab()
	for _, open := range []struct {
		name string
		show func()
	}{
		{"Set capacity…", s.capacityDialog},
		{"Log what was spent…", func() { s.actualDialog("") }},
	} {
		open.show()
		var who *widget.Select
		for _, sel := range overlayWidgets[*widget.Select](w) {
			if slices.Contains(sel.Options, liam.Short()) {
				who = sel
			}
		}
		if who == nil {
			t.Fatalf("%s: no choice of who", open.name)
		}
		if who.Selected != liam.Short() {
			t.Errorf("%s: who is %q, want %s on %s's computer", open.name, who.Selected, liam.Short(), liam.Short())
		}
		ui.dismissTop()
	}
}

// TestANewPrivateGoalIsThisComputersPartners: a new goal starts shared;
// ticking Private makes it the goal of the partner at this computer (on
// Liam's computer, Liam's), since nobody keeps a private goal for someone
// else, and it is saved so.
func TestANewPrivateGoalIsThisComputersPartners(t *testing.T) {
	ui, w := newTestUI(t, true)
	liam := ui.partners[1]
	if err := ui.svc.SetThisPartner(ui.ctx, liam.ID); err != nil {
		t.Fatal(err)
	}
	ui.board.newGoal()
	if ui.goalForm == nil {
		t.Fatal("New goal opened no form")
	}
	owner := goalFormField[*widget.Select](t, w, "Whose")
	if owner.Selected != ownerLabel(model.Shared, ui.partners) {
		t.Errorf("a new goal starts as %q, want shared", owner.Selected)
	}
	goalFormField[*entry](t, w, "Title").SetText("Ein Brief an Oma ✉️")
	goalFormPrivate(t, w).SetChecked(true)
	if owner.Selected != liam.Short() {
		t.Fatalf("ticking Private on Liam's computer left the goal %q's", owner.Selected)
	}
	tapButtonLabelled(t, w, "Save")
	for _, g := range ui.board.view.Lanes[len(ui.board.view.Lanes)-1].Cells[model.ColumnIdeas.Index()] {
		if g.Title == "Ein Brief an Oma ✉️" {
			if g.Owner != model.Owner(liam.ID) || !g.Private {
				t.Fatalf("saved as %s, private %v", g.Owner, g.Private)
			}
			return
		}
	}
	t.Fatal("the private goal is not in Liam's ideas")
}
