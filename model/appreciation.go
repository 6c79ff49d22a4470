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
		return invalidf("text", "Say what you appreciate, in a few words.")
	}
	if utf8.RuneCountInString(text) > MaxAppreciationLen {
		return invalidf("text", "Please keep an appreciation to %d characters.", MaxAppreciationLen)
	}
	if a.FromID == "" || a.ToID == "" || a.FromID == a.ToID {
		return invalidf("partner", "An appreciation goes from one partner to the other.")
	}
	if !validDay(a.Day) {
		return invalidf("day", "An appreciation needs its day.")
	}
	return nil
}

// validDay reports whether d is a day Venn keeps.
func validDay(d Date) bool { return !d.IsZero() && d.Year >= MinYear && d.Year <= MaxYear }
