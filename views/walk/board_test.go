package walk

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/views/widgets"
)

// testBoardMouse does with the mouse what the keys cannot: ticks a step
// from a card's right-click menu, and drags a card to another column,
// watching its ghost and the drop line on the way.
func testBoardMouse(t *testing.T) {
	resize(t, fyne.NewSize(1280, 800))
	t.Run("checklist from the card's menu", checkCardMenuChecklist)
	t.Run("drag a card", checkCardDrag)
}

// cardCentre is where a card is on screen, and whether it is.
func cardCentre(c *widgets.GoalCard) (fyne.Position, bool) {
	var pos fyne.Position
	var ok bool
	onUI(func() {
		for _, r := range roots(h.win.Canvas()) {
			visit(r, func(x fyne.CanvasObject, ps []fyne.CanvasObject) bool {
				if x == c {
					pos, ok = visibleCentre(c, ps, h.win.Canvas().Size())
				}
				return x != c
			})
		}
	})
	return pos, ok
}

// textOnTop finds the text (a menu item's) in the top overlay and returns
// its centre.
func textOnTop(text string) (fyne.Position, bool) {
	var pos fyne.Position
	found := false
	onUI(func() {
		top := topOverlay(h.win.Canvas())
		if top == nil {
			return
		}
		visit(top, func(x fyne.CanvasObject, _ []fyne.CanvasObject) bool {
			if tx, ok := x.(*canvas.Text); ok && !found && tx.Text == text {
				p := fyne.CurrentApp().Driver().AbsolutePositionForObject(tx)
				pos, found = p.Add(fyne.NewPos(tx.Size().Width/2, tx.Size().Height/2)), true
			}
			return !found
		})
	})
	return pos, found
}

// tickFromMenu right-clicks the card, points at Checklist and clicks step.
func tickFromMenu(t *testing.T, card *widgets.GoalCard, step string) {
	t.Helper()
	at, ok := cardCentre(card)
	if !ok {
		t.Fatal("the card is not on screen")
	}
	clickAt(t, at, "3")
	checklist, ok := textOnTop("Checklist")
	if !ok {
		screenshot(t, fileName("walk", "no-checklist-menu"))
		t.Fatal("the card's menu has no Checklist")
	}
	moveTo(t, checklist)
	time.Sleep(300 * time.Millisecond)
	settle()
	item, ok := textOnTop(step)
	if !ok {
		screenshot(t, fileName("walk", "no-step-in-menu"))
		t.Fatalf("pointing at Checklist shows no step %q", step)
	}
	clickAt(t, item, "1")
	time.Sleep(200 * time.Millisecond)
	settle()
}

func checkCardMenuChecklist(t *testing.T) {
	clickTab(t, mainTabs(), boardTab())
	var card *widgets.GoalCard
	for _, c := range boardCards() {
		var g model.Goal
		onUI(func() { g = c.Goal })
		if _, ok := cardCentre(c); ok && len(g.Checklist) > 0 {
			card = c
			break
		}
	}
	if card == nil {
		t.Fatal("no card with steps is on screen")
	}
	var g model.Goal
	onUI(func() { g = card.Goal })
	step := g.Checklist[0]
	tickFromMenu(t, card, step.Text)
	if got := stepDone(t, g.ID, step.ID); got == step.Done {
		t.Fatalf("clicking %q in %q's menu left it done=%v", step.Text, g.Title, got)
	}
	// The card shows the new count at once; set the step back.
	for _, c := range boardCards() {
		var id string
		onUI(func() { id = c.Goal.ID })
		if id == g.ID {
			card = c
		}
	}
	tickFromMenu(t, card, step.Text)
	if got := stepDone(t, g.ID, step.ID); got != step.Done {
		t.Errorf("clicking %q again left it done=%v", step.Text, got)
	}
}

func stepDone(t *testing.T, goalID, stepID string) bool {
	t.Helper()
	for _, s := range goal(t, goalID).Checklist {
		if s.ID == stepID {
			return s.Done
		}
	}
	t.Fatalf("goal %s has no step %s", goalID, stepID)
	return false
}

func checkCardDrag(t *testing.T) {
	clickTab(t, mainTabs(), boardTab())
	// The first card wholly on screen with a column to its right (the
	// keys before may have scrolled a cell).
	var card *widgets.GoalCard
	var g model.Goal
	var from fyne.Position
	for _, c := range boardCards() {
		var cg model.Goal
		onUI(func() { cg = c.Goal })
		if at, ok := cardCentre(c); ok && cg.Column.Index() < len(model.Columns)-1 {
			card, g, from = c, cg, at
			break
		}
	}
	if card == nil {
		t.Fatal("no card is on screen with a column to its right")
	}
	var cardWidth float32
	onUI(func() { cardWidth = card.Size().Width })
	// One column to the right, a little lower: over the next column's
	// cell in the same lane.
	to := from.Add(fyne.NewPos(cardWidth+12, 20))
	moveTo(t, from)
	xdo(t, "mousedown", "1")
	const steps = 12
	for i := 1; i <= steps; i++ {
		f := float32(i) / steps
		moveTo(t, fyne.NewPos(from.X+(to.X-from.X)*f, from.Y+(to.Y-from.Y)*f))
		time.Sleep(25 * time.Millisecond)
	}
	settle()
	ghost, line := dragFeedbackShown(g.ID)
	screenshot(t, fileName("walk", "board", "dragging"))
	xdo(t, "mouseup", "1")
	time.Sleep(200 * time.Millisecond)
	settle()
	if !ghost {
		t.Error("no ghost of the card followed the pointer")
	}
	if !line {
		t.Error("no line showed where the card would drop")
	}
	got := goal(t, g.ID)
	if got.Column.Index() != g.Column.Index()+1 || got.Owner != g.Owner {
		t.Fatalf("dragging %q one column right left it in %v (%v), want the column after %v", g.Title, got.Column, got.Owner, g.Column)
	}
	key(t, "ctrl+z")
	if back := goal(t, g.ID); back.Column != g.Column {
		t.Errorf("Ctrl+Z after the drag left %q in %v, want %v", g.Title, back.Column, g.Column)
	}
}

// dragFeedbackShown reports whether a ghost of the goal's card and the
// drop line are drawn: the board's drag layer is a container of the line
// and the ghost, laid over the lanes.
func dragFeedbackShown(id string) (ghost, line bool) {
	onUI(func() {
		visit(h.win.Content(), func(x fyne.CanvasObject, ps []fyne.CanvasObject) bool {
			c, isCard := x.(*widgets.GoalCard)
			if !isCard || c.Goal.ID != id || len(ps) == 0 {
				return true
			}
			layer, ok := ps[len(ps)-1].(*fyne.Container)
			if !ok || layer.Layout != nil || len(layer.Objects) != 2 || layer.Objects[1] != x {
				return false
			}
			ghost = true
			_, isRect := layer.Objects[0].(*canvas.Rectangle)
			line = isRect && layer.Objects[0].Visible()
			return false
		})
	})
	return ghost, line
}
