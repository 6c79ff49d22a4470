package model

import (
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// JournalEntry is one page of a partner's private journal. It never leaves
// the computer it was written on, and a partner's lock seals it.
type JournalEntry struct {
	ID        string
	PartnerID string
	Day       Date
	Text      string
	Updated   time.Time
}

// MaxJournalLen bounds one journal entry.
const MaxJournalLen = 50000

// Validate checks a journal entry.
func (j JournalEntry) Validate() error {
	if strings.TrimSpace(j.Text) == "" {
		return invalid("text", "ui.model.journalEmpty")
	}
	if utf8.RuneCountInString(j.Text) > MaxJournalLen {
		return invalid("text", "ui.model.journalTooLong", "Max", MaxJournalLen)
	}
	if j.PartnerID == "" {
		return invalid("partner", "ui.model.journalWhose")
	}
	if !validDay(j.Day) {
		return invalid("day", "ui.model.journalDay")
	}
	return nil
}

// Fold makes text comparable for search: case folded and without accents,
// so "cafe" finds "Café", "ÉTÉ" finds "été" and "wisla" finds "Wisłą".
// Letters without a plain form (CJK, Cyrillic) are kept as they are.
//
// Letters are folded one by one (each non-ASCII letter once, then from a
// cache), which is what makes a search of thousands of pages quick.
func Fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			b.WriteByte(byte(r + 'a' - 'A'))
		case r < utf8.RuneSelf:
			b.WriteByte(byte(r))
		default:
			b.WriteString(foldRune(r))
		}
	}
	return b.String()
}

// folded caches each non-ASCII letter's folded form.
var folded sync.Map // rune → string

func foldRune(r rune) string {
	if f, ok := folded.Load(r); ok {
		return f.(string)
	}
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC, cases.Fold())
	out, _, err := transform.String(t, string(r))
	if err != nil {
		out = strings.ToLower(string(r))
	}
	out = unstroked.Replace(out)
	folded.Store(r, out)
	return out
}

// unstroked spells the letters that carry a stroke rather than an accent
// (Unicode does not decompose them) the way people type them without it.
var unstroked = strings.NewReplacer("ł", "l", "ø", "o", "đ", "d", "ħ", "h", "ı", "i", "æ", "ae", "œ", "oe", "þ", "th")

// Matches reports whether text holds every word of query, compared folded;
// an empty query matches everything.
func Matches(text, query string) bool {
	words := strings.Fields(Fold(query))
	if len(words) == 0 {
		return true
	}
	folded := Fold(text)
	for _, w := range words {
		if !strings.Contains(folded, w) {
			return false
		}
	}
	return true
}
