package widgets

import (
	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/i18n"
)

// say is the window's words for a catalogue key ("ui.board.newGoal") in
// the language the window speaks, with its named values ("Name", "Maya").
func say(key string, pairs ...any) string { return i18n.Screen().T(key, pairs...) }

// sayN is say for words that change with a count: "one goal", "2 goals".
func sayN(key string, count int, pairs ...any) string { return i18n.Screen().N(key, count, pairs...) }

// NewSelect is a choice whose empty state speaks the window's language
// (Fyne's own says "(Select one)" in English whatever the language).
func NewSelect(options []string, changed func(string)) *widget.Select {
	s := widget.NewSelect(options, changed)
	s.PlaceHolder = say("ui.common.selectOne")
	return s
}
