package views

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/views/widgets"
)

// addGoals puts goals with the titles at the foot of a lane × column.
func addGoals(t *testing.T, ui *UI, lane, column int, titles ...string) {
	t.Helper()
	owner, col := ui.board.view.Lanes[lane].Owner, model.Columns[column]
	for _, title := range titles {
		if _, err := ui.svc.CreateGoal(ui.ctx, model.GoalPatch{Title: &title, Owner: &owner, Column: &col}); err != nil {
			t.Fatal(err)
		}
	}
	ui.board.reload()
}

// rectOf is an object's place in the window: top left and bottom right.
func rectOf(o fyne.CanvasObject) (fyne.Position, fyne.Position) {
	p := fyne.CurrentApp().Driver().AbsolutePositionForObject(o)
	return p, p.Add(fyne.NewPos(o.Size().Width, o.Size().Height))
}

// TestTheBoardAt1024x640ShowsEveryCardWholeAndScrollsAsAWhole: in a small
// window a cell of five cards shows all five, whole, one under the other,
// with its "Add a goal" under the last (not on top of it); nothing inside
// the lanes scrolls on its own, the board does; a long title wraps to a
// second line; selecting a card lower down scrolls the board to it.
func TestTheBoardAt1024x640ShowsEveryCardWholeAndScrollsAsAWhole(t *testing.T) {
	ui, w := newTestUI(t, true)
	w.Resize(fyne.NewSize(1024, 640))
	b := ui.board
	shared, ideas := 1, model.ColumnIdeas.Index()
	addGoals(t, ui, shared, ideas,
		"Walk the Camino de Santiago together 🥾 — all of it, from Saint-Jean",
		"Переехать в квартиру с балконом до весны",
		"一起学做饺子，过年请爸妈来吃",
		"Zoë's pottery wheel 🏺")
	if n := len(b.cellGoals(shared, ideas)); n < 5 {
		t.Fatalf("the shared ideas hold %d goals, want 5 or more", n)
	}
	for li, row := range b.cells {
		for ci, c := range row {
			want := len(b.cellGoals(li, ci))
			var shown []*widgets.GoalCard
			for _, o := range c.cards.Objects {
				if card := o.(*widgets.GoalCard); card.Visible() {
					shown = append(shown, card)
				}
			}
			if len(shown) != want {
				t.Fatalf("lane %d column %d shows %d of its %d cards", li, ci, len(shown), want)
			}
			_, cellEnd := rectOf(c.bg)
			for i, card := range shown {
				top, bottom := rectOf(card)
				if card.Size().Height < widgets.CardHeight {
					t.Errorf("lane %d column %d: card %d is %.0f px tall, cut from %d", li, ci, i, card.Size().Height, widgets.CardHeight)
				}
				if i > 0 {
					if _, above := rectOf(shown[i-1]); top.Y < above.Y {
						t.Errorf("lane %d column %d: card %d overlaps the one above", li, ci, i)
					}
				}
				if bottom.Y > cellEnd.Y {
					t.Errorf("lane %d column %d: card %d reaches past its cell", li, ci, i)
				}
			}
			adderTop, adderEnd := rectOf(c.adder.open)
			if len(shown) > 0 {
				if _, last := rectOf(shown[len(shown)-1]); adderTop.Y < last.Y {
					t.Errorf("lane %d column %d: Add a goal (at %.0f) lies on the last card (to %.0f)", li, ci, adderTop.Y, last.Y)
				}
			}
			if adderEnd.Y > cellEnd.Y+1 {
				t.Errorf("lane %d column %d: Add a goal reaches past its cell", li, ci)
			}
		}
	}
	for _, o := range shownObjects(b.lanes) {
		switch o.(type) {
		case *container.Scroll, *widget.List:
			t.Fatalf("a %T inside the lanes scrolls on its own", o)
		}
	}
	if b.scroll.Content.Size().Height <= b.scroll.Size().Height {
		t.Fatalf("the lanes (%.0f px) fit a 640 px window: nothing shows the board scrolling", b.scroll.Content.Size().Height)
	}

	long := cardTitled(t, w, "Walk the Camino de Santiago together 🥾 — all of it, from Saint-Jean")
	var lines []string
	for _, o := range test.LaidOutObjects(long) {
		if text, ok := o.(*canvas.Text); ok && text.TextStyle.Bold && text.Text != "" && text.Visible() {
			lines = append(lines, text.Text)
		}
	}
	if len(lines) != 2 || !strings.HasPrefix("Walk the Camino de Santiago together 🥾 — all of it, from Saint-Jean", lines[0]) {
		t.Errorf("a long title shows as %q, want it on two lines", lines)
	}

	// The last lane's last card, selected from the keyboard, is scrolled to.
	last := len(b.view.Lanes) - 1
	cell := b.cellGoals(last, ideas)
	if len(cell) == 0 {
		t.Fatal("the last lane has no ideas")
	}
	b.scroll.ScrollToTop()
	b.selectCard(cell[len(cell)-1].ID)
	b.revealSelected()
	card, _ := b.cells[last][ideas].cardAt(len(cell) - 1)
	top, bottom := rectOf(card)
	viewTop, viewEnd := rectOf(b.scroll)
	if top.Y < viewTop.Y || bottom.Y > viewEnd.Y {
		t.Errorf("the selected card (%.0f–%.0f) is outside the board's view (%.0f–%.0f)", top.Y, bottom.Y, viewTop.Y, viewEnd.Y)
	}
}

// TestACellOfManyCardsFoldsTheRestAwayUntilAsked: a cell shows its first
// cards and "Show N more"; pressing it shows them all and "Show fewer";
// a card folded away that is selected from the keyboard is unfolded.
func TestACellOfManyCardsFoldsTheRestAwayUntilAsked(t *testing.T) {
	ui, _ := newTestUI(t, true)
	b := ui.board
	lane, ideas := 0, model.ColumnIdeas.Index()
	var titles []string
	for i := range cellShown + 4 {
		titles = append(titles, fmt.Sprintf("Idée n° %d — 想法 %d", i+1, i+1))
	}
	addGoals(t, ui, lane, ideas, titles...)
	c := b.cells[lane][ideas]
	total := len(b.cellGoals(lane, ideas))
	visible := func() int {
		n := 0
		for _, o := range c.cards.Objects {
			if o.Visible() {
				n++
			}
		}
		return n
	}
	if visible() != cellShown || !c.more.Visible() || c.more.Text != fmt.Sprintf("Show %d more", total-cellShown) {
		t.Fatalf("a cell of %d shows %d cards and %q", total, visible(), c.more.Text)
	}
	test.Tap(c.more)
	if visible() != total || c.more.Text != "Show fewer" {
		t.Fatalf("after Show more: %d of %d cards and %q", visible(), total, c.more.Text)
	}
	if _, end := rectOf(c.cards); end.Y > fyne.CurrentApp().Driver().AbsolutePositionForObject(c.more).Y {
		t.Error("the unfolded cards run under Show fewer")
	}
	test.Tap(c.more)
	if visible() != cellShown {
		t.Fatalf("after Show fewer %d cards are shown", visible())
	}
	b.selectCard(b.cellGoals(lane, ideas)[cellShown-1].ID)
	b.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
	if want := b.cellGoals(lane, ideas)[cellShown].ID; b.selected != want || visible() != total {
		t.Fatalf("Down from the last card shown selected %q with %d cards shown; want the next, unfolded", b.selected, visible())
	}
}
