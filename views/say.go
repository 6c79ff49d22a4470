package views

import (
	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/app"
	"github.com/vennplanner/venn/i18n"
	"github.com/vennplanner/venn/views/widgets"
)

// say is the window's words for a catalogue key ("ui.board.newGoal") in
// the language the window speaks, with its named values ("Name", "Maya").
func say(key string, pairs ...any) string { return i18n.Screen().T(key, pairs...) }

// sayN is say for words that change with a count: "one goal", "2 goals".
func sayN(key string, count int, pairs ...any) string { return i18n.Screen().N(key, count, pairs...) }

// sayError is an error in plain words in the language the window speaks:
// the sentence of a known problem, without the technical detail.
func sayError(err error) string { return app.UserMessageIn(i18n.Screen(), err) }

// newSelect is widgets.NewSelect: a choice that speaks the window's
// language.
func newSelect(options []string, changed func(string)) *widget.Select {
	return widgets.NewSelect(options, changed)
}
