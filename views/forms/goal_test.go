package forms

import (
	"slices"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/vennplanner/venn/model"
)

// showNewGoal opens the form for a new goal as the board's New goal does
// (shared, in Ideas), recording the ids it reports done.
func showNewGoal(t *testing.T, h *testHost) (*Goal, *[]string) {
	t.Helper()
	var done []string
	f := ShowGoal(h, model.Goal{Owner: model.Shared, Column: model.ColumnIdeas}, true, GoalHooks{Done: func(id string) { done = append(done, id) }})
	if f == nil {
		t.Fatal("the goal form did not open")
	}
	return f, &done
}

// goalCount is how many goals the board holds, archived or not.
func goalCount(t *testing.T, h *testHost) int {
	t.Helper()
	board, err := h.svc.Board(h.ctx, model.BoardFilter{})
	if err != nil {
		t.Fatal(err)
	}
	return board.Total
}

func TestTheGoalFormTakesAnISOTargetDate(t *testing.T) {
	h := newTestHost(t, true)
	f, done := showNewGoal(t, h)
	test.Type(f.title, "Learn to sail ⛵")
	test.Type(f.due, "2027-03-15")
	f.save()
	if len(h.dialogs) != 0 || len(*done) != 1 {
		t.Fatalf("the form did not save with an ISO target date: %d dialogs open, done %v", len(h.dialogs), *done)
	}
	g, err := h.svc.Goal(h.ctx, (*done)[0])
	if err != nil || g.Title != "Learn to sail ⛵" || g.Due.String() != "2027-03-15" {
		t.Fatalf("the goal was not saved with its target date: %+v (%v)", g, err)
	}
}

func TestFormRefusesBlankTitleAndKeepsInput(t *testing.T) {
	h := newTestHost(t, true)
	before := goalCount(t, h)
	f, done := showNewGoal(t, h)
	test.Type(f.notes, "notes I do not want to lose")
	f.save()
	if !slices.Contains(h.dialogs, Dialog(f.dlg)) || len(*done) != 0 {
		t.Fatal("form closed on a refused save")
	}
	if f.notes.Text != "notes I do not want to lose" {
		t.Fatal("typed notes were lost")
	}
	if len(h.dialogs) < 2 || h.dialogs[len(h.dialogs)-1] == Dialog(f.dlg) {
		t.Fatal("no error dialog over the form")
	}
	if goalCount(t, h) != before {
		t.Fatal("a goal without a title was stored")
	}
}

func TestEditSendsOnlyChangedFields(t *testing.T) {
	h := newTestHost(t, true)
	board, _ := h.svc.Board(h.ctx, model.BoardFilter{})
	c, err := h.svc.Goal(h.ctx, board.Lanes[0].Cells[model.ColumnDoing.Index()][0].ID)
	if err != nil {
		t.Fatal(err)
	}
	f := ShowGoal(h, c, false, GoalHooks{})
	p, err := f.patch()
	if err != nil || !p.IsEmpty() {
		t.Fatalf("an untouched form wants to change %+v (%v)", p, err)
	}
	f.title.SetText("Run a full marathon")
	p, _ = f.patch()
	if p.Title == nil || p.Notes != nil || p.Checklist != nil || p.Labels != nil {
		t.Fatalf("patch after a title edit: %+v", p)
	}
	f.save()
	g, _ := h.svc.Goal(h.ctx, c.ID)
	if g.Title != "Run a full marathon" || g.Notes != c.Notes {
		t.Fatalf("after edit %+v", g)
	}
}
