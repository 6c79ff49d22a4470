package views

import (
	"strings"

	"fyne.io/fyne/v2"

	"github.com/vennplanner/venn/views/widgets"
)

// Venn's own widgets in the screens say what a sighted person reads from
// them to a screen reader (see views/widgets/accessible.go).

var (
	_ fyne.Accessible = (*boardScreen)(nil)
	_ fyne.Accessible = (*columnHeader)(nil)
	_ fyne.Accessible = (*goalResourceRow)(nil)
	_ fyne.Accessible = (*spentRow)(nil)
	_ fyne.Accessible = (*ritualRow)(nil)
)

// AccessibilityLabel says how many goals the board shows, the card
// selected and the keys that work on it.
func (b *boardScreen) AccessibilityLabel() string {
	n := 0
	for _, lane := range b.view.Lanes {
		for _, cell := range lane.Cells {
			n += len(cell)
		}
	}
	words := sayN("ui.board.a11yBoard", n, "Lanes", sayN("ui.board.a11yLanes", len(b.view.Lanes)))
	if g, _, _, ok := b.find(b.selected); ok {
		card := &widgets.GoalCard{Goal: g, Today: b.ui.today, LabelColours: b.view.LabelColours}
		words = say("ui.board.a11yBoardSelected", "Board", words, "Card", card.AccessibilityLabel())
	}
	return say("ui.board.a11yBoardKeys", "Board", words)
}

// AccessibilityRole of the board is a button: it takes keys.
func (b *boardScreen) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleButton }

// AccessibilityLabel says the column and its count: "In progress: 3 / 2,
// over its limit".
func (h *columnHeader) AccessibilityLabel() string {
	if h.bg.FillColor == overLimitTint {
		return say("ui.board.a11yColumnOver", "Name", h.name.Text, "Count", h.count.Text)
	}
	return say("ui.board.a11yColumn", "Name", h.name.Text, "Count", h.count.Text)
}

// AccessibilityRole of a column's header is text.
func (h *columnHeader) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleText }

// AccessibilityLabel reads the row across: the goal, allocated, used and
// available.
func (r *goalResourceRow) AccessibilityLabel() string {
	return say("ui.board.a11yResourceRow", "Title", r.title.Text, "Line", r.line.Text,
		"Allocated", r.allocated.Text, "Used", r.used.Text, "Available", r.available.Text)
}

// AccessibilityRole of a row is text.
func (r *goalResourceRow) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleText }

// AccessibilityLabel is the line of what was spent.
func (r *spentRow) AccessibilityLabel() string { return say("ui.board.a11ySpent", "Text", r.text.Text) }

// AccessibilityRole of a row is text.
func (r *spentRow) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleText }

// AccessibilityLabel reads the ritual's line: its name, cadence, strength
// and streak, and its last days.
func (r *ritualRow) AccessibilityLabel() string {
	return strings.Join([]string{r.title.Text, r.meta.Text, r.marks.AccessibilityLabel()}, "; ")
}

// AccessibilityRole of a row is text.
func (r *ritualRow) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleText }
