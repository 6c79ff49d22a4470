package forms

import "github.com/vennplanner/venn/i18n"

// say is the window's words for a catalogue key ("ui.board.newGoal") in
// the language the window speaks, with its named values ("Name", "Maya").
func say(key string, pairs ...any) string { return i18n.Screen().T(key, pairs...) }
