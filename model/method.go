package model

import "github.com/vennplanner/venn/i18n"

// The method Venn is built on, in Venn's own words: the guide Help › The
// method shows, and the one-line "why" beside each practice where a couple
// first meets it.

// MethodSection is one part of the guide.
type MethodSection struct {
	Key        string
	Title      string
	Why        string // one line, beside the practice
	Paragraphs []string
}

// Keys of the guide's sections, for the "why" beside each practice.
const (
	MethodHeart   = "heart"
	MethodLanes   = "lanes"
	MethodSigns   = "signs"
	MethodNeeds   = "needs"
	MethodRituals = "rituals"
	MethodSolo    = "solo"
	MethodRhythm  = "rhythm"
	MethodHelp    = "help"
)

// methodText names each section's words in the catalogue, in reading
// order: its title, its one-line why and its paragraphs.
var methodText = []struct {
	key, title, why string
	paragraphs      []string
}{
	{MethodHeart, "ui.method.heartTitle", "ui.method.heartWhy", []string{"ui.method.heart1", "ui.method.heart2", "ui.method.heart3"}},
	{MethodLanes, "ui.method.lanesTitle", "ui.method.lanesWhy", []string{"ui.method.lanes1", "ui.method.lanes2", "ui.method.lanes3"}},
	{MethodSigns, "ui.method.signsTitle", "ui.method.signsWhy", []string{"ui.method.signs1", "ui.method.signs2"}},
	{MethodNeeds, "ui.method.needsTitle", "ui.method.needsWhy", []string{"ui.method.needs1", "ui.method.needs2"}},
	{MethodRituals, "ui.method.ritualsTitle", "ui.method.ritualsWhy", []string{"ui.method.rituals1", "ui.method.rituals2"}},
	{MethodSolo, "ui.method.soloTitle", "ui.method.soloWhy", []string{"ui.method.solo1", "ui.method.solo2"}},
	{MethodRhythm, "ui.method.rhythmTitle", "ui.method.rhythmWhy", []string{"ui.method.rhythm1", "ui.method.rhythm2"}},
	{MethodHelp, "ui.method.helpTitle", "ui.method.helpWhy", []string{"ui.method.help1", "ui.method.help2"}},
}

// MethodIn is the guide in tr's language (nil: English), in reading order.
func MethodIn(tr *i18n.Tr) []MethodSection {
	out := make([]MethodSection, 0, len(methodText))
	for _, m := range methodText {
		s := MethodSection{Key: m.key, Title: tr.T(m.title), Why: tr.T(m.why)}
		for _, p := range m.paragraphs {
			s.Paragraphs = append(s.Paragraphs, tr.T(p))
		}
		out = append(out, s)
	}
	return out
}

// MethodOf is the guide's section with key, and whether there is one.
func MethodOf(key string) (MethodSection, bool) {
	for _, s := range MethodIn(nil) {
		if s.Key == key {
			return s, true
		}
	}
	return MethodSection{}, false
}
