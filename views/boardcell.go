package views

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/views/widgets"
)

// cellShown is how many cards a cell shows before it folds the rest away
// behind "Show N more": the board scrolls as a whole, as a Trello list
// does, and a cell of a hundred ideas does not make the lane a hundred
// cards tall (nor the board build a hundred cards) until it is asked to.
const cellShown = 10

// boardCell is one lane × column: a tinted background, its cards one under
// the other, "Show N more" when some are folded away, and the inline adder
// at its foot. The cards are reused from one redraw to the next.
type boardCell struct {
	lane, column int
	bg           *canvas.Rectangle
	cards        *fyne.Container // *widgets.GoalCard, evenly spaced
	more         *widget.Button
	body         *fyne.Container // cards, more and the adder, one under the other
	adder        *cellAdder
	unfolded     bool // every card shown, not only the first cellShown
}

func (b *boardScreen) newCell(li, ci int, tint color.NRGBA) *boardCell {
	c := &boardCell{lane: li, column: ci}
	c.bg = canvas.NewRectangle(widgets.Tint(tint, widgets.LaneTint))
	c.bg.CornerRadius = 8
	c.cards = container.New(&cardsLayout{})
	c.more = widget.NewButton("", func() {
		c.unfolded = !c.unfolded
		b.fillCell(c)
		b.relayoutLanes()
	})
	c.more.Importance = widget.LowImportance
	c.more.Alignment = widget.ButtonAlignLeading
	c.more.Hide()
	c.adder = newCellAdder(b, li, ci)
	c.body = container.NewVBox(c.cards, c.more, c.adder.row)
	return c
}

// object is the cell as drawn: its background under its body.
func (c *boardCell) object() fyne.CanvasObject {
	return container.NewStack(c.bg, c.body)
}

// newCard makes a card that reports to the board.
func (b *boardScreen) newCard() *widgets.GoalCard {
	card := widgets.NewGoalCard()
	card.OnTapped = b.selectCard
	card.OnDoubleTapped = func(id string) { b.selectCard(id); b.openGoal(id) }
	card.OnSecondary = b.cardMenu
	card.OnDragged = b.dragged
	card.OnDragEnd = b.dropped
	card.Today = b.ui.today
	return card
}

// shownCount is how many of the cell's goals have a card.
func (b *boardScreen) shownCount(c *boardCell) int {
	n := len(b.cellGoals(c.lane, c.column))
	if !c.unfolded {
		n = min(n, cellShown)
	}
	return n
}

// fillCell shows the cell's goals on its cards, making cards as needed and
// hiding those left over, and says how many are folded away.
func (b *boardScreen) fillCell(c *boardCell) {
	goals := b.cellGoals(c.lane, c.column)
	n := b.shownCount(c)
	for len(c.cards.Objects) < n {
		c.cards.Objects = append(c.cards.Objects, b.newCard())
	}
	tint := widgets.HexColor(b.ui.ownerColorHex(b.view.Lanes[c.lane].Owner, b.view.Partners))
	for i, o := range c.cards.Objects {
		card := o.(*widgets.GoalCard)
		if i >= n {
			if card.Visible() {
				card.Goal = model.Goal{}
				card.Hide()
			}
			continue
		}
		card.LabelColours = b.view.LabelColours
		card.Set(goals[i], tint, goals[i].ID == b.selected)
		card.Show()
	}
	switch {
	case len(goals) <= cellShown:
		c.more.Hide()
	case c.unfolded:
		c.more.SetText(say("ui.board.showFewer"))
		c.more.SetIcon(theme.MenuDropUpIcon())
		c.more.Show()
	default:
		c.more.SetText(sayN("ui.board.showMore", len(goals)-cellShown))
		c.more.SetIcon(theme.MenuDropDownIcon())
		c.more.Show()
	}
	c.cards.Hidden = n == 0 // no gap above the adder of an empty cell
	relayout(c.cards)
	relayout(c.body)
}

// relayoutLanes lays the lanes out again after cells grew or shrank: the
// lanes one under the other, and the board's scroll around them.
func (b *boardScreen) relayoutLanes() {
	relayout(b.lanes)
	b.scroll.Refresh()
}

// relayout lays a container's objects out again at its size, without
// refreshing them (a refresh of the board's containers would redraw every
// card a second time).
func relayout(c *fyne.Container) {
	if c.Layout != nil {
		c.Layout.Layout(c.Objects, c.Size())
	}
}

// cardAt is the cell's card of the goal, if it is shown.
func (c *boardCell) cardAt(index int) (*widgets.GoalCard, bool) {
	if index < 0 || index >= len(c.cards.Objects) {
		return nil, false
	}
	card := c.cards.Objects[index].(*widgets.GoalCard)
	return card, card.Visible()
}

// rowPitch is the distance from one card to the next in the cell.
func (c *boardCell) rowPitch() float32 {
	return float32(widgets.CardHeight) + theme.Padding()
}

// cardsLayout puts the visible cards one under the other, a padding apart,
// each as wide as the cell and CardHeight tall.
type cardsLayout struct{}

func (cardsLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	pitch := float32(widgets.CardHeight) + theme.Padding()
	y := float32(0)
	for _, o := range objects {
		if !o.Visible() {
			continue
		}
		o.Move(fyne.NewPos(0, y))
		o.Resize(fyne.NewSize(size.Width, widgets.CardHeight))
		y += pitch
	}
}

func (cardsLayout) MinSize(objects []fyne.CanvasObject) fyne.Size {
	n := 0
	for _, o := range objects {
		if o.Visible() {
			n++
		}
	}
	if n == 0 {
		return fyne.NewSize(0, 0)
	}
	return fyne.NewSize(120, float32(n)*widgets.CardHeight+float32(n-1)*theme.Padding())
}
