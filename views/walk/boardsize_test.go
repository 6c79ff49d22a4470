package walk

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/views/widgets"
)

// placed is a card or button on screen with what holds it.
type placed struct {
	o       fyne.CanvasObject
	parents []fyne.CanvasObject
}

func (p placed) top() float32 { return fyne.CurrentApp().Driver().AbsolutePositionForObject(p.o).Y }
func (p placed) bottom() float32 {
	return p.top() + p.o.Size().Height
}

// fullCell finds the shared Planned cell's cards, in order, and the "Add a
// goal" under them.
func fullCell(root fyne.CanvasObject) (cards []placed, add placed) {
	visit(root, func(o fyne.CanvasObject, parents []fyne.CanvasObject) bool {
		c, ok := o.(*widgets.GoalCard)
		if !ok || !c.Visible() || c.Goal.Owner != model.Shared || c.Goal.Column != model.ColumnPlanned {
			return true
		}
		cards = append(cards, placed{o, parents})
		return false
	})
	if len(cards) == 0 || len(cards[0].parents) < 2 {
		return cards, add
	}
	// The cards' container sits in the cell's body with the button.
	parents := cards[0].parents
	body := parents[len(parents)-2]
	visit(body, func(o fyne.CanvasObject, ps []fyne.CanvasObject) bool {
		if b, ok := o.(*widget.Button); ok && b.Text == "Add a goal" && b.Visible() {
			add = placed{o, append(append(parents[:len(parents)-1:len(parents)-1], body), ps...)}
		}
		return add.o == nil
	})
	return cards, add
}

// walkBoardAtItsSmallest checks the board in a 1024×640 window with five
// cards in a cell: every card whole and apart, "Add a goal" under the last
// one, nothing inside the lanes scrolling on its own, a long title on two
// lines, and the board scrolled with the mouse wheel over the cards until
// the cell's last card and its button are in sight.
func walkBoardAtItsSmallest(t *testing.T, page string, root func() fyne.CanvasObject) {
	t.Helper()
	progress("%s: five cards in a cell", page)
	var cards []placed
	var add placed
	var problems []string
	onUI(func() {
		cards, add = fullCell(root())
		problems = cellProblems(cards, add)
	})
	if len(cards) != 5 {
		t.Fatalf("%s: the shared Planned cell shows %d cards, want 5", page, len(cards))
	}
	for _, p := range problems {
		t.Errorf("%s: %s", page, p)
	}
	// The wheel over the first card scrolls the board until the cell's
	// foot is in sight.
	var at fyne.Position
	onUI(func() {
		var ok bool
		if at, ok = visibleCentre(cards[0].o, cards[0].parents, h.win.Canvas().Size()); !ok {
			at = fyne.NewPos(300, 300)
		}
	})
	moveTo(t, at)
	inSight := func() bool {
		var ok bool
		onUI(func() {
			_, lastOK := visibleCentre(cards[4].o, cards[4].parents, h.win.Canvas().Size())
			_, addOK := visibleCentre(add.o, add.parents, h.win.Canvas().Size())
			ok = lastOK && addOK
		})
		return ok
	}
	for range 20 {
		if inSight() {
			break
		}
		xdo(t, "click", "5")
		settle()
	}
	screenshot(t, fileName("walk", "board-1024x640-five-cards"))
	if !inSight() {
		t.Errorf("%s: the mouse wheel over the cards never brought the cell's fifth card and Add a goal into sight", page)
	}
	for range 20 {
		xdo(t, "click", "4")
	}
	settle()
}

// cellProblems says what is wrong with a cell's cards as laid out: a card
// cut short, two cards on each other, the button on a card, a scroll
// inside the lanes, a long title on one line.
func cellProblems(cards []placed, add placed) []string {
	var out []string
	if add.o == nil {
		return []string{"the cell has no Add a goal"}
	}
	for i, c := range cards {
		if c.o.Size().Height < widgets.CardHeight {
			out = append(out, fmt.Sprintf("card %d is %.0f px tall, cut from %d", i+1, c.o.Size().Height, widgets.CardHeight))
		}
		if i > 0 && c.top() < cards[i-1].bottom() {
			out = append(out, fmt.Sprintf("card %d lies on card %d", i+1, i))
		}
		scrolls := 0
		for _, p := range c.parents {
			if _, ok := p.(*container.Scroll); ok {
				scrolls++
			}
		}
		if scrolls != 1 {
			out = append(out, fmt.Sprintf("card %d is inside %d scrolls: the board should scroll as a whole, and only it", i+1, scrolls))
		}
		if title := c.o.(*widgets.GoalCard).Goal.Title; title == fullCellTitles[0] && titleLines(c.o) != 2 {
			out = append(out, fmt.Sprintf("the long title %q is on %d line(s), want 2", title, titleLines(c.o)))
		}
	}
	if last := cards[len(cards)-1]; add.top() < last.bottom() {
		out = append(out, fmt.Sprintf("Add a goal (from %.0f) lies on the last card (to %.0f)", add.top(), last.bottom()))
	}
	return out
}

// titleLines counts the lines of a card's title as drawn: its bold texts
// larger than the chips' captions.
func titleLines(card fyne.CanvasObject) int {
	n := 0
	visit(card, func(o fyne.CanvasObject, _ []fyne.CanvasObject) bool {
		if t, ok := o.(*canvas.Text); ok && t.TextStyle.Bold && t.Text != "" && t.Visible() && t.TextSize > theme.CaptionTextSize() {
			n++
		}
		return true
	})
	return n
}
