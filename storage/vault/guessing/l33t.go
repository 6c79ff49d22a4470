package guessing

import (
	"slices"
	"sort"
	"strings"

	"github.com/trustelem/zxcvbn/match"
)

// l33tTable lists, for each letter, the characters written for it.
var l33tTable = map[string][]string{
	"a": {"4", "@"},
	"b": {"8"},
	"c": {"(", "{", "[", "<"},
	"e": {"3"},
	"g": {"6", "9"},
	"i": {"1", "!", "|"},
	"l": {"1", "|", "7"},
	"o": {"0"},
	"s": {"$", "5"},
	"t": {"+", "7"},
	"x": {"%"},
	"z": {"2"},
}

// l33tMatches finds listed words written with l33t substitutions
// ("p@ssw0rd"): the password is read back with each plausible set of
// substitutions undone and matched against the lists again.
func (w *wordLists) l33tMatches(password string, hints rankedList) []*match.Match {
	var out []*match.Match
	for _, sub := range l33tSubs(relevantL33t(password)) {
		if len(sub) == 0 {
			break
		}
		for _, m := range w.wordMatches(undoL33t(password, sub), hints) {
			if l33tMatch(m, password, sub) {
				out = append(out, m)
			}
		}
	}
	match.Sort(out)
	return out
}

// l33tMatch turns a word found in the read-back password into a l33t
// match, or says it is none: single characters ('1' read as 'i') are
// noise, and a word with no substitution in it was found already.
func l33tMatch(m *match.Match, password string, sub map[string]string) bool {
	token := password[m.I : m.J+1]
	if len(token) <= 1 || strings.ToLower(token) == m.MatchedWord {
		return false
	}
	m.Sub = make(map[string]string)
	for subbed, letter := range sub {
		if strings.Contains(token, subbed) {
			m.Sub[subbed] = letter
		}
	}
	m.L33t = true
	m.Token = token
	return true
}

func undoL33t(password string, sub map[string]string) string {
	var b strings.Builder
	for _, r := range password {
		if letter, ok := sub[string(r)]; ok {
			b.WriteString(letter)
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// relevantL33t is the part of l33tTable whose characters are in password.
func relevantL33t(password string) map[string][]string {
	in := make(map[rune]bool)
	for _, r := range password {
		in[r] = true
	}
	relevant := make(map[string][]string)
	for letter, chars := range l33tTable {
		for _, c := range chars {
			if in[rune(c[0])] {
				relevant[letter] = append(relevant[letter], c)
			}
		}
	}
	return relevant
}

// subPair is one substitution: char is written for letter.
type subPair struct{ char, letter string }

// l33tSubs lists the sets of substitutions to try, one letter of table at
// a time in alphabetical order. A character that two letters share ('1'
// for i and l) is tried for each in turn.
//
// The list is built exactly as the reference estimator builds it, so that
// both try the same sets in the same order: a set grown by appending
// shares storage with the set it grew from, and sorting a set sorts that
// shared storage in place. Those effects change which sets are tried when
// five or more letters are in play, and the estimate follows them.
func l33tSubs(table map[string][]string) []map[string]string {
	letters := make([]string, 0, len(table))
	for l := range table {
		letters = append(letters, l)
	}
	slices.Sort(letters)
	subs := [][]subPair{{}}
	for _, letter := range letters {
		var next [][]subPair
		for _, c := range table[letter] {
			for _, sub := range subs {
				next = growSub(next, sub, subPair{char: c, letter: letter})
			}
		}
		subs = dedupSubs(next)
	}
	maps := make([]map[string]string, 0, len(subs))
	for _, sub := range subs {
		m := make(map[string]string, len(sub))
		for _, p := range sub {
			m[p.char] = p.letter
		}
		maps = append(maps, m)
	}
	return maps
}

// growSub adds to next the set sub with p in it: sub grown by p, or, when
// sub already uses p's character for another letter, both sub and sub
// with that substitution swapped for p.
func growSub(next [][]subPair, sub []subPair, p subPair) [][]subPair {
	dup := slices.IndexFunc(sub, func(q subPair) bool { return q.char == p.char })
	if dup == -1 {
		return append(next, append(sub, p))
	}
	alt := make([]subPair, 0, len(sub))
	alt = append(alt, sub[:dup]...)
	alt = append(alt, sub[dup+1:]...)
	alt = append(alt, p)
	return append(next, sub, alt)
}

// dedupSubs sorts each set by character (in place) and keeps the first of
// each distinct set.
func dedupSubs(subs [][]subPair) [][]subPair {
	var out [][]subPair
	seen := make(map[string]bool)
	var key strings.Builder
	for _, sub := range subs {
		sort.SliceStable(sub, func(i, j int) bool { return sub[i].char < sub[j].char })
		key.Reset()
		for _, p := range sub {
			key.WriteString(p.char)
			key.WriteString(",")
			key.WriteString(p.letter)
		}
		if k := key.String(); !seen[k] {
			out = append(out, sub)
			seen[k] = true
		}
	}
	return out
}
