package views

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/vennplanner/venn/model"
)

func TestTheGoalFormTakesAnISOTargetDate(t *testing.T) {
	ui, _ := newTestUI(t, true)
	ui.board.newGoal()
	f := ui.goalForm
	test.Type(f.title, "Learn to sail ⛵")
	test.Type(f.due, "2027-03-15")
	f.save()
	if ui.goalForm != nil {
		t.Fatal("the form did not save with an ISO target date")
	}
	var found bool
	board, _ := ui.svc.Board(ui.ctx, model.BoardFilter{})
	for _, lane := range board.Lanes {
		for _, cell := range lane.Cells {
			for _, g := range cell {
				found = found || (g.Title == "Learn to sail ⛵" && g.Due.String() == "2027-03-15")
			}
		}
	}
	if !found {
		t.Fatal("the goal was not saved with its target date")
	}
}
