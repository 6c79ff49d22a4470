package views

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/vennplanner/venn/model"
)

func TestADateFieldReadsISOAndTheLocalesFormAndNothingElse(t *testing.T) {
	test.NewTempApp(t)
	f := newDateField()
	test.NewTempWindow(t, f)
	if hint := f.PlaceHolder; !strings.Contains(hint, "2027-03-15") || !strings.Contains(hint, "15/03/2027") {
		t.Fatalf("the empty field does not say which forms it reads: %q", hint)
	}
	for typed, want := range map[string]string{"2027-03-15": "2027-03-15", "15/03/2027": "2027-03-15", " 2027-03-15 ": "2027-03-15"} {
		f.SetText("")
		test.Type(f, typed)
		d, err := f.date("target date")
		if err != nil || d.String() != want || f.Date == nil || f.Validate() != nil {
			t.Errorf("typed %q: %v %v (Date %v, tick %v)", typed, d, err, f.Date, f.Validate())
		}
	}
	// A date typed wrong after a right one is not taken for the right one.
	f.SetText("")
	test.Type(f, "2027-03-15")
	f.SetText("15.3.27")
	if f.Date != nil || f.Validate() == nil {
		t.Fatalf("after %q the field still holds %v (tick: %v)", f.Text, f.Date, f.Validate())
	}
	if _, err := f.date("target date"); err == nil || !strings.Contains(err.Error(), "Type the target date like 2027-03-15") {
		t.Fatalf("the error does not say how to type it: %v", err)
	}
}

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
