package model

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// CheckText is the one check of a text Venn keeps, whichever way it
// arrives — typed, imported or merged from the other computer — so that
// the two computers never disagree about what may be written: valid UTF-8,
// at most max characters, and no character that is not text (control
// characters other than tab and line breaks, and the bidirectional
// embeddings and overrides that can make words display in another order
// than they are stored). It says which character, in plain words.
func CheckText(s string, max int) error {
	if !utf8.ValidString(s) {
		return fmt.Errorf("is not valid text (broken UTF-8)")
	}
	for _, r := range s {
		if reason := notText(r); reason != "" {
			return fmt.Errorf("holds %s (U+%04X), which Venn does not keep", reason, r)
		}
	}
	if n := utf8.RuneCountInString(s); n > max {
		return fmt.Errorf("is %d characters long, more than the %d Venn allows", n, max)
	}
	return nil
}

// notText says what r is when it is not text Venn keeps, or "".
func notText(r rune) string {
	switch {
	case r == '\t' || r == '\n' || r == '\r':
		return ""
	case r == 0:
		return "a NUL character"
	case r < 0x20 || r == 0x7f || (r >= 0x80 && r <= 0x9f):
		return "a control character"
	case r >= 0x202a && r <= 0x202e:
		return "a direction override"
	}
	return ""
}

// CleanText takes out of typed or pasted text what CheckText refuses (a
// stray control character from a paste, broken bytes), keeping the rest
// as it is; Windows line breaks become plain ones.
func CleanText(s string) string {
	s = strings.ReplaceAll(strings.ToValidUTF8(s, ""), "\r\n", "\n")
	if CheckText(s, utf8.RuneCountInString(s)) == nil {
		return s
	}
	return strings.Map(func(r rune) rune {
		if notText(r) != "" {
			return -1
		}
		return r
	}, s)
}
