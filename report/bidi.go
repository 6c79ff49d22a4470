package report

import (
	"unicode/utf8"

	"golang.org/x/text/unicode/bidi"
)

// Right-to-left text follows the Unicode bidirectional algorithm (UAX #9):
// a paragraph's direction is that of its first strong letter; each unit
// gets an embedding level (rules W1–W7, N1–N2, I1–I2, without explicit
// embeddings, which Venn's text never needs) when the text is split, and
// each line is put in visual order when it is drawn (L1–L2, and L4's
// mirrored brackets). Text with no right-to-left letter keeps level 0
// and skips all of it.

// mayBeRightToLeft reports runes in the blocks of right-to-left scripts
// (Hebrew, Arabic, Syriac, Thaana, N'Ko… and their presentation forms).
func mayBeRightToLeft(r rune) bool {
	return (r >= 0x0590 && r <= 0x08FF) || (r >= 0xFB1D && r <= 0xFDFF) || (r >= 0xFE70 && r <= 0xFEFF) ||
		(r >= 0x10800 && r <= 0x10FFF) || (r >= 0x1E800 && r <= 0x1EFFF)
}

// classOf is a unit's bidirectional class: that of its first character
// that is not a mark.
func classOf(u unit) bidi.Class {
	switch u.kind {
	case unitSpace:
		return bidi.WS
	case unitNewline:
		return bidi.B
	case unitEmoji:
		return bidi.ON
	}
	c := bidi.ON
	for _, r := range u.text {
		p, _ := bidi.LookupRune(r)
		if c = p.Class(); c != bidi.NSM {
			return c
		}
	}
	return c
}

func isStrong(c bidi.Class) bool { return c == bidi.L || c == bidi.R || c == bidi.AL }

// resolveBidi gives each unit its embedding level and marks the units of a
// right-to-left paragraph.
func resolveBidi(us []unit) {
	cs := make([]bidi.Class, len(us))
	rtl := false
	found := false
	for i, u := range us {
		cs[i] = classOf(u)
		if !found && isStrong(cs[i]) {
			rtl, found = cs[i] != bidi.L, true
		}
	}
	para := uint8(0)
	if rtl {
		para = 1
	}
	levels := resolveLevels(cs, para)
	for i := range us {
		us[i].level, us[i].rtl = levels[i], rtl
	}
}

// resolveLevels applies the weak, neutral and implicit rules to classes
// in a paragraph of the given level; cs is used up.
func resolveLevels(cs []bidi.Class, para uint8) []uint8 {
	e := bidi.L
	if para == 1 {
		e = bidi.R
	}
	resolveWeak(cs, e)
	resolveNeutral(cs, e)
	levels := make([]uint8, len(cs))
	for i, c := range cs {
		switch {
		case para == 0 && c == bidi.R:
			levels[i] = 1
		case para == 0 && (c == bidi.AN || c == bidi.EN):
			levels[i] = 2
		case para == 1 && c != bidi.R:
			levels[i] = 2
		default:
			levels[i] = para
		}
	}
	return levels
}

// resolveWeak applies W1–W7: marks take the class before them, numbers
// after Arabic letters are Arabic numbers, separators between numbers
// join them, and European numbers after Latin letters are Latin.
func resolveWeak(cs []bidi.Class, e bidi.Class) {
	weakLetters(cs, e)
	weakSeparators(cs)
	weakNumbers(cs, e)
}

// weakLetters applies W1–W3.
func weakLetters(cs []bidi.Class, e bidi.Class) {
	prev, strong := e, e
	for i, c := range cs {
		if c == bidi.NSM {
			cs[i] = prev
		}
		switch cs[i] {
		case bidi.L, bidi.R, bidi.AL:
			strong = cs[i]
		case bidi.EN:
			if strong == bidi.AL {
				cs[i] = bidi.AN
			}
		}
		if cs[i] == bidi.AL {
			cs[i] = bidi.R
		}
		prev = cs[i]
	}
}

// weakSeparators applies W4 and W5: a separator between two numbers of a
// kind, and terminators next to a European number, join the number.
func weakSeparators(cs []bidi.Class) {
	for i := 1; i+1 < len(cs); i++ {
		before, after := cs[i-1], cs[i+1]
		switch {
		case cs[i] == bidi.ES && before == bidi.EN && after == bidi.EN,
			cs[i] == bidi.CS && before == after && (before == bidi.EN || before == bidi.AN):
			cs[i] = before
		}
	}
	for i := 0; i < len(cs); {
		j := i
		for j < len(cs) && cs[j] == bidi.ET {
			j++
		}
		if j > i && ((i > 0 && cs[i-1] == bidi.EN) || (j < len(cs) && cs[j] == bidi.EN)) {
			for k := i; k < j; k++ {
				cs[k] = bidi.EN
			}
		}
		i = max(j, i+1)
	}
}

// weakNumbers applies W6 and W7: other separators are neutral, and a
// European number after Latin letters is Latin.
func weakNumbers(cs []bidi.Class, e bidi.Class) {
	strong := e
	for i, c := range cs {
		switch c {
		case bidi.ES, bidi.ET, bidi.CS:
			cs[i] = bidi.ON
		case bidi.L, bidi.R:
			strong = c
		case bidi.EN:
			if strong == bidi.L {
				cs[i] = bidi.L
			}
		}
	}
}

// direction is the strong direction a resolved class counts as for the
// neutrals next to it, or ON for a neutral.
func direction(c bidi.Class) bidi.Class {
	switch c {
	case bidi.L:
		return bidi.L
	case bidi.R, bidi.EN, bidi.AN:
		return bidi.R
	}
	return bidi.ON
}

// resolveNeutral applies N1–N2: a run of neutrals between text of one
// direction takes it, any other the paragraph's.
func resolveNeutral(cs []bidi.Class, e bidi.Class) {
	for i := 0; i < len(cs); {
		if direction(cs[i]) != bidi.ON {
			i++
			continue
		}
		j := i
		for j < len(cs) && direction(cs[j]) == bidi.ON {
			j++
		}
		before, after := e, e
		if i > 0 {
			before = direction(cs[i-1])
		}
		if j < len(cs) {
			after = direction(cs[j])
		}
		set := e
		if before == after {
			set = before
		}
		for k := i; k < j; k++ {
			cs[k] = set
		}
		i = j
	}
}

// visual is a line's units in the order they are drawn, left to right:
// from the highest level down to the lowest odd one, each run at that
// level or higher is reversed. (The pen mirrors brackets at odd levels.)
func visual(line []unit) []unit {
	var top, lowOdd uint8 = 0, 255
	for _, u := range line {
		top = max(top, u.level)
		if u.level%2 == 1 {
			lowOdd = min(lowOdd, u.level)
		}
	}
	if top == 0 {
		return line
	}
	out := append([]unit(nil), line...)
	for lvl := top; lvl >= lowOdd && lvl > 0; lvl-- {
		for i := 0; i < len(out); {
			if out[i].level < lvl {
				i++
				continue
			}
			j := i
			for j < len(out) && out[j].level >= lvl {
				j++
			}
			for a, b := i, j-1; a < b; a, b = a+1, b-1 {
				out[a], out[b] = out[b], out[a]
			}
			i = j
		}
	}
	return out
}

// mirrors are the paired characters drawn mirrored in right-to-left text.
var mirrors = map[rune]rune{'(': ')', ')': '(', '[': ']', ']': '[', '{': '}', '}': '{', '<': '>', '>': '<',
	'«': '»', '»': '«', '‹': '›', '›': '‹'}

// mirrored is the bracket drawn for a text unit at an odd level, or "".
func mirrored(u unit) string {
	if u.level%2 == 0 || u.kind != unitText {
		return ""
	}
	r, n := utf8.DecodeRuneInString(u.text)
	if m, ok := mirrors[r]; ok && n == len(u.text) {
		return string(m)
	}
	return ""
}

// rightToLeft reports whether a line or paragraph reads from the right.
func rightToLeft(us []unit) bool { return len(us) > 0 && us[0].rtl }
