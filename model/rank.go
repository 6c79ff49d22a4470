package model

import "strings"

// Ranks order cards within a board column. A rank is a string of digits in
// base 36 ('0'–'9', 'a'–'z') read as a fraction after the point, so between
// any two ranks there is always room for another: moving a card rewrites only
// that card's rank, and two devices reordering cards never fight over
// integer positions. Ranks never end in '0', so no two distinct ranks are
// numerically equal.

const rankDigits = "0123456789abcdefghijklmnopqrstuvwxyz"

const rankBase = len(rankDigits)

// MaxRankLen bounds a rank's length where ranks arrive from elsewhere (a
// replica, an import). Ranks stay far shorter: a column is renumbered when
// its ranks grow long.
const MaxRankLen = 4096

func rankDigit(s string, i int) int {
	if i >= len(s) {
		return 0
	}
	if d := strings.IndexByte(rankDigits, s[i]); d >= 0 {
		return d
	}
	return 0
}

// ValidRank reports whether s is a well-formed rank.
func ValidRank(s string) bool {
	if s == "" || s[len(s)-1] == '0' {
		return false
	}
	for i := 0; i < len(s); i++ {
		if strings.IndexByte(rankDigits, s[i]) < 0 {
			return false
		}
	}
	return true
}

// RankBetween returns a rank strictly between before and after. An empty
// before means "the start of the column", an empty after "the end". before
// must sort below after when both are given; if it does not (two devices
// produced the same rank), the result still sorts after before.
func RankBetween(before, after string) string {
	if after != "" && before >= after {
		after = ""
	}
	var out []byte
	for i := 0; ; i++ {
		lo := rankDigit(before, i)
		hi := rankBase
		if after != "" {
			hi = rankDigit(after, i)
			if i >= len(after) {
				hi = rankBase
			}
		}
		if hi-lo > 1 {
			mid := (lo + hi) / 2
			if after == "" && before != "" {
				// Appending at the end is the common move: step by one so
				// that a long column grows its ranks one digit per 35 cards.
				mid = lo + 1
			}
			out = append(out, rankDigits[mid])
			return string(out)
		}
		out = append(out, rankDigits[lo])
		if hi > lo {
			// The next digit of after is one above ours: from here on we are
			// below after whatever follows, so only before still bounds us.
			after = ""
		}
	}
}

// RanksSpread returns n ranks in ascending order, evenly spread and all of
// the same short length, for laying out a whole column at once.
func RanksSpread(n int) []string {
	width, room := 1, rankBase
	for room <= n {
		width++
		room *= rankBase
	}
	ranks := make([]string, n)
	for i := range ranks {
		v := (i + 1) * room / (n + 1)
		digits := make([]byte, width)
		for p := width - 1; p >= 0; p-- {
			digits[p] = rankDigits[v%rankBase]
			v /= rankBase
		}
		ranks[i] = strings.TrimRight(string(digits), "0")
	}
	return ranks
}
