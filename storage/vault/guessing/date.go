package guessing

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/trustelem/zxcvbn/match"
	"github.com/trustelem/zxcvbn/scoring"
)

// The years a date may have.
const (
	minDateYear = 1000
	maxDateYear = 2050
)

// recentYearMatches finds the years 1900–2019, left to right without
// overlap.
func recentYearMatches(password string) []*match.Match {
	var out []*match.Match
	for i := 0; i+4 <= len(password); {
		if token := password[i : i+4]; recentYear(token) {
			out = append(out, &match.Match{Pattern: "regex", I: i, J: i + 3, Token: token, RegexName: "recent_year"})
			i += 4
			continue
		}
		i++
	}
	return out
}

func recentYear(s string) bool {
	digit := func(c byte) bool { return c >= '0' && c <= '9' }
	switch {
	case s[0] == '1' && s[1] == '9':
		return digit(s[2]) && digit(s[3])
	case s[0] == '2' && s[1] == '0':
		return (s[2] == '0' || s[2] == '1') && digit(s[3])
	}
	return false
}

// dmy is a day, month and year read from digits.
type dmy struct{ day, month, year int }

// noSeparatorSplits are, by length, the ways to cut a run of 4 to 8
// digits into three numbers: where the second and third begin.
var noSeparatorSplits = map[int][][2]int{
	4: {{1, 2}, {2, 3}},
	5: {{1, 3}, {2, 3}},
	6: {{1, 2}, {2, 4}, {4, 5}},
	7: {{1, 3}, {2, 3}, {4, 5}, {4, 6}},
	8: {{2, 4}, {4, 6}},
}

// dateMatches finds dates: three numbers, a day, a month and a two- or
// four-digit year in any order that starts or ends with the year, run
// together (4 to 8 bytes) or split by one separator used twice (6 to 10
// bytes). A date inside a longer date is left out.
//
// Digits are any Unicode decimal digits and a separator may be any
// Unicode space, and a date may end in one line break, as in the
// reference estimator; digits other than 0–9 read as the number 0.
func dateMatches(password string) []*match.Match {
	var found []*match.Match
	for i := 0; i+4 <= len(password); i++ {
		for j := i + 3; j <= i+7 && j < len(password); j++ {
			if m := runTogetherDate(password[i:j+1], i, j); m != nil {
				found = append(found, m)
			}
		}
	}
	for i := 0; i+6 <= len(password); i++ {
		for j := i + 5; j <= i+9 && j < len(password); j++ {
			if m := separatedDate(password[i:j+1], i, j); m != nil {
				found = append(found, m)
			}
		}
	}
	out := outermost(found)
	match.Sort(out)
	return out
}

// outermost drops the matches that lie inside another.
func outermost(ms []*match.Match) []*match.Match {
	var out []*match.Match
	for _, m := range ms {
		inside := false
		for _, o := range ms {
			if o != m && o.I <= m.I && o.J >= m.J {
				inside = true
				break
			}
		}
		if !inside {
			out = append(out, m)
		}
	}
	return out
}

func runTogetherDate(token string, i, j int) *match.Match {
	body := []rune(strings.TrimSuffix(token, "\n"))
	if len(body) < 4 || len(body) > 8 || !allDigits(body) {
		return nil
	}
	var best *dmy
	for _, s := range noSeparatorSplits[len(token)] {
		d := readDMY(token[:s[0]], token[s[0]:s[1]], token[s[1]:])
		if d != nil && (best == nil || yearDistance(d) < yearDistance(best)) {
			best = d
		}
	}
	if best == nil {
		return nil
	}
	return &match.Match{Pattern: "date", Token: token, I: i, J: j, Year: best.year, Month: best.month, Day: best.day}
}

func yearDistance(d *dmy) int { return max(d.year-scoring.ReferenceYear, scoring.ReferenceYear-d.year) }

func allDigits(rs []rune) bool {
	for _, r := range rs {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// separatedDate reads token as 1–4 digits, a separator, 1–2 digits, the
// same separator and 1–4 digits.
func separatedDate(token string, i, j int) *match.Match {
	rs := []rune(token)
	a, rest := digitRun(rs, 4)
	if a == nil || len(rest) == 0 || !dateSeparator(rest[0]) {
		return nil
	}
	sep := rest[0]
	b, rest := digitRun(rest[1:], 2)
	if b == nil || len(rest) == 0 || rest[0] != sep {
		return nil
	}
	c, rest := digitRun(rest[1:], 4)
	if c == nil || (len(rest) != 0 && string(rest) != "\n") {
		return nil
	}
	d := readDMY(string(a), string(b), string(c))
	if d == nil {
		return nil
	}
	return &match.Match{Pattern: "date", Token: token, I: i, J: j, Separator: string(sep), Year: d.year, Month: d.month, Day: d.day}
}

// digitRun splits off the digits rs starts with, if there are 1 to most.
func digitRun(rs []rune, most int) (digits, rest []rune) {
	n := 0
	for n < len(rs) && unicode.IsDigit(rs[n]) {
		n++
	}
	if n == 0 || n > most {
		return nil, nil
	}
	return rs[:n], rs[n:]
}

func dateSeparator(r rune) bool {
	return unicode.IsSpace(r) || strings.ContainsRune(`/\_.-`, r)
}

// readDMY reads three numbers as a date, or nil: the middle one is never
// the year, a four-digit year comes first or last, and with no such year a
// two-digit one does (87 is 1987, 15 is 2015).
func readDMY(s1, s2, s3 string) *dmy {
	n1, _ := strconv.Atoi(s1)
	n2, _ := strconv.Atoi(s2)
	n3, _ := strconv.Atoi(s3)
	if n2 > 31 || n2 <= 0 || !plausibleTriple(n1, n2, n3) {
		return nil
	}
	for _, s := range [][3]int{{n3, n1, n2}, {n1, n2, n3}} {
		if minDateYear <= s[0] && s[0] <= maxDateYear {
			return dayMonth(s[1], s[2], s[0])
		}
	}
	for _, s := range [][3]int{{n3, n1, n2}, {n1, n2, n3}} {
		if d := dayMonth(s[1], s[2], s[0]); d != nil {
			d.year = fourDigitYear(d.year)
			return d
		}
	}
	return nil
}

// plausibleTriple rules out numbers no date has: one between 100 and
// 999 or past maxDateYear, two over 31, three over 12, two zeros.
func plausibleTriple(ns ...int) bool {
	over12, over31, zeros := 0, 0, 0
	for _, n := range ns {
		if (n > 99 && n < minDateYear) || n > maxDateYear {
			return false
		}
		if n > 31 {
			over31++
		}
		if n > 12 {
			over12++
		}
		if n <= 0 {
			zeros++
		}
	}
	return over31 < 2 && over12 < 3 && zeros < 2
}

func dayMonth(a, b, year int) *dmy {
	switch {
	case a <= 31 && b <= 12:
		return &dmy{day: a, month: b, year: year}
	case b <= 31 && a <= 12:
		return &dmy{day: b, month: a, year: year}
	}
	return nil
}

func fourDigitYear(y int) int {
	switch {
	case y > 99:
		return y
	case y > 50:
		return y + 1900
	}
	return y + 2000
}
