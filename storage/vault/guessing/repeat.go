package guessing

import (
	"slices"
	"unicode/utf8"

	"github.com/trustelem/zxcvbn/match"
	"github.com/trustelem/zxcvbn/scoring"
)

// repeatMatches finds a piece written twice or more in a row ("abcabc",
// "aaaa"), left to right, and estimates the piece itself the same way
// (without the hint words). Characters are compared whole; a repeat never
// spans a line break.
//
// Like the reference estimator, a repeat's span ends at the first byte of
// its last character, its count is its length in characters over the
// piece's length in bytes, and the search stops after a repeat that ends
// in a character of more than one byte.
func repeatMatches(password string) []*match.Match {
	var out []*match.Match
	runes := []rune(password)
	starts := runeStarts(password)
	for from := 0; from < len(password); {
		r, ok := starts[from]
		if !ok {
			break
		}
		at, length, base := findRepeat(runes, r)
		if at < 0 {
			break
		}
		i, j := byteAt(password, at), byteAt(password, at+length-1)
		out = append(out, repeatMatch(string(runes[at:at+length]), base, i, j, length))
		from = j + 1
	}
	return out
}

func repeatMatch(token, base string, i, j, length int) *match.Match {
	inner := scoring.MostGuessableMatchSequence(base, allMatches(base, nil), false)
	return &match.Match{
		Pattern: "repeat", I: i, J: j, Token: token,
		BaseToken: base, BaseGuesses: inner.Guesses, BaseMatches: inner.Sequence,
		RepeatCount: length / len(base),
	}
}

// runeStarts maps the byte offset of each character (and of the end) to
// its character offset.
func runeStarts(s string) map[int]int {
	m := make(map[int]int, utf8.RuneCountInString(s)+1)
	n := 0
	for i := range s {
		m[i] = n
		n++
	}
	m[len(s)] = n
	return m
}

// byteAt is the byte offset of character r of s.
func byteAt(s string, r int) int {
	n := 0
	for i := range s {
		if n == r {
			return i
		}
		n++
	}
	return len(s)
}

// findRepeat finds the first repeat starting at or after character from:
// where it starts, its length in characters and the piece repeated, or -1.
// Of the longest piece that repeats there and the shortest, it takes the
// one whose repeat is longer (the shortest on a tie), and then the
// shortest piece that makes up that whole repeat.
func findRepeat(runes []rune, from int) (at, length int, base string) {
	for at = from; at < len(runes); at++ {
		short := repeatedPiece(runes, at, false)
		if short == 0 {
			continue
		}
		long := repeatedPiece(runes, at, true)
		shortLen := short * copies(runes, at, short)
		longLen := long * copies(runes, at, long)
		if longLen > shortLen {
			token := runes[at : at+longLen]
			return at, longLen, string(token[:period(token)])
		}
		return at, shortLen, string(runes[at : at+short])
	}
	return -1, 0, ""
}

// repeatedPiece is the length of the longest (or shortest) piece at
// runes[at:], with no line break in it, that is followed by itself; 0 when
// there is none.
func repeatedPiece(runes []rune, at int, longest bool) int {
	most := 0
	for most < (len(runes)-at)/2 && runes[at+most] != '\n' {
		most++
	}
	for k := 1; k <= most; k++ {
		n := k
		if longest {
			n = most + 1 - k
		}
		if slices.Equal(runes[at:at+n], runes[at+n:at+2*n]) {
			return n
		}
	}
	return 0
}

// copies counts how many times the piece runes[at:at+n] is written in a
// row from at.
func copies(runes []rune, at, n int) int {
	c := 1
	for at+(c+1)*n <= len(runes) && slices.Equal(runes[at:at+n], runes[at+c*n:at+(c+1)*n]) {
		c++
	}
	return c
}

// period is the length of the shortest piece that, written twice or more,
// makes up token.
func period(token []rune) int {
	for n := 1; n <= len(token)/2; n++ {
		if len(token)%n == 0 && copies(token, 0, n)*n == len(token) {
			return n
		}
	}
	return len(token)
}
