package views

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/model"
)

// cellAdder adds goals inline at the foot of one lane × column, as Trello
// does: "Add a goal" under the cards opens a field in its place; Enter
// adds the goal at the bottom of the column and leaves the field open for
// the next one; Escape, or Enter on an empty field, closes it.
type cellAdder struct {
	b            *boardScreen
	lane, column int
	open         *widget.Button
	field        *entry            // closes on Escape
	row          fyne.CanvasObject // the button or the field, under the cards
}

func newCellAdder(b *boardScreen, lane, column int) *cellAdder {
	a := &cellAdder{b: b, lane: lane, column: column}
	a.open = widget.NewButtonWithIcon(say("ui.board.addGoal"), theme.ContentAddIcon(), a.start)
	a.open.Importance = widget.LowImportance
	a.open.Alignment = widget.ButtonAlignLeading
	a.field = newEntry()
	a.field.SetPlaceHolder(say("ui.board.addGoalHint"))
	a.field.OnSubmitted = func(string) { a.add() }
	a.field.OnEscape = a.stop
	a.field.Hide()
	a.row = container.NewStack(a.open, a.field)
	return a
}

// start opens the field and gives it the keyboard. One field is open at a
// time, as in Trello: another cell's empty field closes (one with words
// typed in stays, so nothing typed is lost).
func (a *cellAdder) start() {
	for _, row := range a.b.cells {
		for _, c := range row {
			if other := c.adder; other != a && other.field.Visible() && strings.TrimSpace(other.field.Text) == "" {
				other.stop()
			}
		}
	}
	a.open.Hide()
	a.field.Show()
	a.b.ui.win.Canvas().Focus(a.field)
}

// stop closes the field, keeping nothing typed.
func (a *cellAdder) stop() {
	a.field.SetText("")
	a.field.Hide()
	a.open.Show()
	a.b.ui.win.Canvas().Focus(a.b)
}

// add makes a goal of what was typed, in this lane and column.
func (a *cellAdder) add() {
	title := strings.TrimSpace(a.field.Text)
	if title == "" {
		a.stop()
		return
	}
	if a.lane >= len(a.b.view.Lanes) {
		return
	}
	owner, column := a.b.view.Lanes[a.lane].Owner, model.Columns[a.column]
	p := model.GoalPatch{Title: &title, Owner: &owner, Column: &column}
	if q := model.NewGoalQuarter(column, a.b.filter.Quarter, a.b.ui.today()); !q.IsZero() {
		p.TargetQuarter = &q
	}
	g, err := a.b.ui.svc.CreateGoal(a.b.ui.ctx, p)
	if err != nil {
		a.b.ui.showError(err) // what was typed stays, to mend
		return
	}
	// The change's redraw shows the new card at the foot of the column.
	a.b.selected, a.b.reveal = g.ID, g.ID
	a.field.SetText("")
	a.b.ui.win.Canvas().Focus(a.field)
}
