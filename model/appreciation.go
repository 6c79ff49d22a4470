package model

import (
	"strings"
	"unicode/utf8"
)

// Appreciation is a short note from one partner to the other about
// something specific in who they are or what they did ("I appreciate how
// you listened on Tuesday"). The partner reads it on Today and in the
// check-ins; the quarter's summary counts them and prints those marked
// printable.
type Appreciation struct {
	ID     string
	FromID string
	ToID   string
	Day    Date
	Text   string
	// Printable notes may appear in the printed summary; the others are
	// only counted there.
	Printable bool
}

// MaxAppreciationLen bounds an appreciation's words.
const MaxAppreciationLen = 500

// Validate checks an appreciation.
func (a Appreciation) Validate() error {
	text := strings.TrimSpace(a.Text)
	if text == "" {
		return invalid("text", "ui.model.appreciationEmpty")
	}
	if utf8.RuneCountInString(text) > MaxAppreciationLen {
		return invalid("text", "ui.model.appreciationTooLong", "Max", MaxAppreciationLen)
	}
	if a.FromID == "" || a.ToID == "" || a.FromID == a.ToID {
		return invalid("partner", "ui.model.appreciationPartners")
	}
	if !validDay(a.Day) {
		return invalid("day", "ui.model.appreciationDay")
	}
	return nil
}

// validDay reports whether d is a day Venn keeps.
func validDay(d Date) bool { return !d.IsZero() && d.Year >= MinYear && d.Year <= MaxYear }
