// Package guessing estimates how many guesses an attacker needs to find a
// passphrase, the way Wheeler's zxcvbn method does ("zxcvbn: Low-Budget
// Password Strength Estimation", USENIX Security 2016): it finds every
// piece of the passphrase an attacker would try first — common passwords,
// words and names, the partners' own names, those words reversed or with
// l33t substitutions, keyboard walks, repeats, sequences, recent years and
// dates — and scores the cheapest way to cover the whole passphrase with
// them and brute force.
//
// The word lists are those of github.com/trustelem/zxcvbn/frequency and the
// scoring arithmetic from its scoring package; the matching is Venn's own,
// so that the ranked dictionaries (about 100,000 words in maps, some 10 MB)
// are built the first time a strength is asked, not when Venn starts. The
// estimate is the one that library's PasswordStrength gives (where that
// one varies from run to run, the lowest it gives; see appendWord).
package guessing

import (
	"unicode/utf8"

	"github.com/trustelem/zxcvbn/match"
	"github.com/trustelem/zxcvbn/scoring"
)

// Guesses estimates how many guesses it takes to find secret; hints are
// words the guesser tries first (the partners' names, the household's).
// A secret that is not valid UTF-8 is not estimated and counts as 0
// guesses, the weakest there is.
func Guesses(secret string, hints []string) float64 {
	if !utf8.ValidString(secret) {
		return 0
	}
	return scoring.MostGuessableMatchSequence(secret, allMatches(secret, rankList(hints)), false).Guesses
}

// Prepare builds the ranked word lists in the background, for a form that
// will soon ask for a strength: its first keystroke then need not wait
// for them.
func Prepare() { go dictionaries() }

// allMatches finds every pattern in password, ordered by where it starts
// and ends. The order of the finders is part of the estimate: when two
// patterns cover the same span, the scoring keeps the first of equals.
func allMatches(password string, hints rankedList) []*match.Match {
	lists := dictionaries()
	var all []*match.Match
	all = append(all, lists.wordMatches(password, hints)...)
	all = append(all, lists.reversedMatches(password, hints)...)
	all = append(all, lists.l33tMatches(password, hints)...)
	all = append(all, spatialMatches(password)...)
	all = append(all, repeatMatches(password)...)
	all = append(all, sequenceMatches(password)...)
	all = append(all, recentYearMatches(password)...)
	all = append(all, dateMatches(password)...)
	match.Sort(all)
	return all
}
