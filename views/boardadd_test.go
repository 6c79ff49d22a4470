package views

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/views/widgets"
)

// TestAddingGoalsInlineAtTheFootOfACell: the "+" of a lane × column opens
// a field; each Enter adds a goal at the bottom of that column in that lane
// and keeps the field open for the next; Escape closes it.
func TestAddingGoalsInlineAtTheFootOfACell(t *testing.T) {
	ui, w := newTestUI(t, true)
	b := ui.board
	lane, column := 2, model.ColumnPlanned.Index() // the second partner's lane
	owner := b.view.Lanes[lane].Owner
	a := b.cells[lane][column].adder
	if a.field.Visible() {
		t.Fatal("the field is open before the + is pressed")
	}
	test.Tap(a.open)
	if !a.field.Visible() || w.Canvas().Focused() != a.field {
		t.Fatal("the + did not open a focused field")
	}
	titles := []string{"Café 🥐 with Łukasz", "学习中文 — 每天十分钟", strings.Repeat("Очень длинное название ", 8)}
	for _, title := range titles {
		test.Type(a.field, title)
		a.field.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
		if a.field.Text != "" || !a.field.Visible() || w.Canvas().Focused() != a.field {
			t.Fatalf("after adding %q the field should be empty, open and focused", title)
		}
	}
	cell := b.cellGoals(lane, column)
	if len(cell) < 3 {
		t.Fatalf("the cell has %d goals", len(cell))
	}
	for i, title := range titles {
		g := cell[len(cell)-3+i]
		if g.Title != strings.TrimSpace(title) || g.Owner != owner || g.Column != model.ColumnPlanned {
			t.Errorf("goal %d at the foot is %q (%s, %s), want %q in this lane and column", i, g.Title, g.Owner, g.Column, title)
		}
	}
	if b.selected != cell[len(cell)-1].ID {
		t.Error("the last goal added is not selected")
	}
	// Escape closes the field and gives the keyboard back to the board.
	test.Type(a.field, "half typed")
	a.field.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if a.field.Visible() || !a.open.Visible() || a.field.Text != "" {
		t.Fatal("Escape did not close the field")
	}
	if got := len(b.cellGoals(lane, column)); got != len(cell) {
		t.Fatalf("Escape added a goal: %d, want %d", got, len(cell))
	}
	// Enter on an empty field closes it too.
	test.Tap(a.open)
	a.field.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if a.field.Visible() {
		t.Fatal("Enter on an empty field did not close it")
	}
}

// TestALabelsColourIsChosenInSettingsAndShownOnTheCards: tapping a colour
// for a label in Settings saves it at once, and the board's chips take it.
func TestALabelsColourIsChosenInSettingsAndShownOnTheCards(t *testing.T) {
	ui, _ := newTestUI(t, true)
	ui.showTab(tabSettings)
	s := ui.settingsTab()
	var pick *widgets.ColorChoice
	for _, o := range test.LaidOutObjects(s.labels) {
		if c, ok := o.(*widgets.ColorChoice); ok && pick == nil {
			pick = c
		}
	}
	if pick == nil {
		t.Fatal("Settings lists no label colours for the demo's labels")
	}
	choices, _ := ui.svc.LabelChoices(ui.ctx)
	label, want := choices[0].Label, model.LabelPalette[5]
	if choices[0].Colour == want {
		want = model.LabelPalette[6]
	}
	pick.OnChanged(want) // what a tap on that swatch does
	colours, _ := ui.svc.LabelColours(ui.ctx)
	if colours[strings.ToLower(label)] != want {
		t.Fatalf("label %q is %q, want %q", label, colours[strings.ToLower(label)], want)
	}
	ui.showTab(tabBoard)
	for _, lane := range ui.board.view.Lanes {
		for _, cell := range lane.Cells {
			for _, g := range cell {
				if !g.HasLabel(label) {
					continue
				}
				for _, chip := range widgets.Chips(g, ui.today(), ui.board.view.LabelColours) {
					if strings.EqualFold(chip.Text, label) && chip.Fill != widgets.HexColor(want) {
						t.Fatalf("the card of %q shows %q in %v", g.Title, label, chip.Fill)
					}
				}
				return
			}
		}
	}
	t.Fatalf("no card with the label %q", label)
}

// TestAStepIsTickedFromTheCardAndTheOpenGoalWithoutSaving: a card's menu
// ticks its steps, and a tick in an open goal is saved at once; the goal
// shows its activity at the foot.
func TestAStepIsTickedFromTheCardAndTheOpenGoalWithoutSaving(t *testing.T) {
	ui, w := newTestUI(t, true)
	b := ui.board
	var g model.Goal
	for _, lane := range b.view.Lanes {
		for _, cell := range lane.Cells {
			for _, x := range cell {
				if len(x.Checklist) >= 2 && g.ID == "" {
					g = x
				}
			}
		}
	}
	if g.ID == "" {
		t.Fatal("no demo goal with a checklist")
	}
	items := b.checklistItems(g)
	if len(items) != len(g.Checklist) || items[0].Label != g.Checklist[0].Text || items[0].Checked != g.Checklist[0].Done {
		t.Fatal("the card's menu does not list the steps with their ticks")
	}
	items[0].Action()
	got, _ := ui.svc.Goal(ui.ctx, g.ID)
	if got.Checklist[0].Done == g.Checklist[0].Done || got.Checklist[1].Done != g.Checklist[1].Done {
		t.Fatalf("ticking the first step from the menu: %+v", got.Checklist)
	}
	// In the open goal, a tick is saved without Save; Cancel keeps it.
	b.openGoal(g.ID)
	var steps []*widget.Check // the checklist's ticks, which have no words
	for _, c := range overlayWidgets[*widget.Check](w) {
		if c.Text == "" {
			steps = append(steps, c)
		}
	}
	if len(steps) != len(got.Checklist) {
		t.Fatalf("the open goal shows %d ticks for %d steps", len(steps), len(got.Checklist))
	}
	test.Tap(steps[1])
	tapButtonLabelled(t, w, "Cancel")
	after, _ := ui.svc.Goal(ui.ctx, g.ID)
	if after.Checklist[1].Done == got.Checklist[1].Done {
		t.Fatal("a tick in the open goal was not saved")
	}
	// The activity lists the edits (the test's clock stands still, so all
	// of them fall in the second the demo made the goal).
	b.openGoal(g.ID)
	text := windowText(w)
	if !strings.Contains(text, "Activity") || !strings.Contains(text, "made this goal on this computer") {
		t.Errorf("the goal's activity is missing:\n%s", text)
	}
	tapButtonLabelled(t, w, "Cancel")
}

// TestADraggedCardFollowsThePointerAndShowsWhereItLands: while a card is
// dragged a copy of it hangs under the pointer and a line marks the gap it
// would drop into; dropping moves it there and the copy goes.
func TestADraggedCardFollowsThePointerAndShowsWhereItLands(t *testing.T) {
	ui, w := newTestUI(t, true)
	b := ui.board
	card := cardTitled(t, w, "Run a half marathon")
	g := card.Goal
	d := fyne.CurrentApp().Driver()
	// Over the shared lane's Ideas column, below its first card.
	target := b.cells[1][model.ColumnIdeas.Index()]
	if len(b.cellGoals(1, 0)) < 2 {
		t.Fatal("the demo's shared ideas should hold two cards")
	}
	origin := d.AbsolutePositionForObject(target.cards)
	at := origin.Add(fyne.NewPos(30, float32(widgets.CardHeight)+10))
	card.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{AbsolutePosition: at}})
	if !b.ghost.Visible() || b.ghost.Goal.ID != g.ID {
		t.Fatal("no copy of the card follows the pointer")
	}
	layer := d.AbsolutePositionForObject(b.dragLayer)
	if got := b.ghost.Position().Add(layer); got.X < at.X || got.Y < at.Y || got.X > at.X+40 || got.Y > at.Y+40 {
		t.Errorf("the copy is at %v, the pointer at %v", got, at)
	}
	line := b.dropLine.Position().Add(layer)
	if !b.dropLine.Visible() || line.X < origin.X || line.X > origin.X+target.cards.Size().Width {
		t.Fatalf("no line in the target cell (line at %v, cell at %v)", line, origin)
	}
	gap := float32(widgets.CardHeight) + theme.Padding()
	if line.Y < origin.Y+gap-8 || line.Y > origin.Y+gap+8 {
		t.Errorf("the line is at y %v, want the gap after the first card near %v", line.Y, origin.Y+gap)
	}
	card.DragEnd()
	if b.ghost.Visible() || b.dropLine.Visible() {
		t.Error("the copy and the line stay after the drop")
	}
	cell := b.cellGoals(1, 0)
	if len(cell) < 2 || cell[1].ID != g.ID {
		t.Fatalf("the card did not land second in the shared ideas")
	}
}

// TestOneInlineFieldIsOpenAtATime: opening a cell's field closes another
// cell's empty one, and leaves one with words typed in open.
func TestOneInlineFieldIsOpenAtATime(t *testing.T) {
	ui, w := newTestUI(t, true)
	b := ui.board
	first, second, third := b.cells[0][0].adder, b.cells[1][1].adder, b.cells[2][2].adder
	test.Tap(first.open)
	test.Tap(second.open)
	if first.field.Visible() || !first.open.Visible() {
		t.Error("opening a second field left the first, empty, open")
	}
	test.Type(second.field, "Półmaraton 🏃 в мае")
	test.Tap(third.open)
	if !second.field.Visible() || second.field.Text != "Półmaraton 🏃 в мае" {
		t.Errorf("opening a third field closed the second with words in it (%q)", second.field.Text)
	}
	if !third.field.Visible() || w.Canvas().Focused() != third.field {
		t.Error("the third field is not open with the keyboard")
	}
}
