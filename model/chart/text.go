package chart

import (
	"strings"
	"unicode"
)

// ellipsis ends a text cut short.
const ellipsis = "…"

// fitText is s whole when it fits in width, else its longest start that
// fits with "…" after it (never cutting a letter from its accents).
func fitText(s string, width, size float64, bold bool, m Measure) string {
	s = strings.TrimSpace(s)
	width += slack(width)
	if m(s, size, bold) <= width {
		return s
	}
	rs := []rune(s)
	// The most runes that fit, found by halving: widths grow with length.
	lo, hi := 0, len(rs)
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if m(strings.TrimSpace(string(rs[:cutAt(rs, mid)]))+ellipsis, size, bold) <= width {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	n := cutAt(rs, lo)
	if n == 0 {
		return ellipsis
	}
	return strings.TrimSpace(string(rs[:n])) + ellipsis
}

// slack forgives the rounding of widths computed two ways, so a text
// measured to fit is never wrapped by a hair.
func slack(width float64) float64 { return 1e-9 * max(1, width) }

// cutAt is n moved back past combining marks and joiners, so a cut keeps
// a letter with its accents and an emoji whole.
func cutAt(rs []rune, n int) int {
	for n > 0 && n < len(rs) && (unicode.In(rs[n], unicode.Mn, unicode.Me) || rs[n] == '\u200d' || rs[n-1] == '\u200d' ||
		unicode.Is(unicode.Variation_Selector, rs[n])) {
		n--
	}
	return n
}

// wrapText breaks s into at most maxLines lines no wider than width:
// between words where it has spaces, between characters where a word is
// too long on its own (Chinese, Japanese and long names), the last line
// cut with "…" when the text does not fit.
func wrapText(s string, width float64, maxLines int, size float64, bold bool, m Measure) []string {
	s = strings.Join(strings.Fields(s), " ")
	if s == "" || maxLines <= 0 {
		return nil
	}
	var lines []string
	for len(lines) < maxLines-1 && s != "" && m(s, size, bold) > width+slack(width) {
		line, rest := firstLine(s, width, size, bold, m)
		if m(line, size, bold) > width+slack(width) {
			break // not even a letter fits: the last line says "…"
		}
		lines = append(lines, line)
		s = rest
	}
	if s != "" {
		lines = append(lines, fitText(s, width, size, bold, m))
	}
	return lines
}

// firstLine is the most of s that fits on one line, broken after a space
// when there is one in it, and the rest.
func firstLine(s string, width, size float64, bold bool, m Measure) (line, rest string) {
	rs := []rune(s)
	lo, hi := 1, len(rs)
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if m(string(rs[:mid]), size, bold) <= width {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	n := cutAt(rs, lo)
	if n == 0 {
		n = lo
	}
	if sp := strings.LastIndex(string(rs[:n+min(1, len(rs)-n)]), " "); sp > 0 {
		cut := []rune(string(rs[:n+min(1, len(rs)-n)])[:sp])
		return strings.TrimSpace(string(cut)), strings.TrimSpace(string(rs[len(cut):]))
	}
	return string(rs[:n]), strings.TrimSpace(string(rs[n:]))
}

// Wrap breaks s into at most maxLines lines no wider than width, the last
// cut with "…" when the text does not fit: what a painter uses for text
// of its own around a chart (what the pointer shows).
func Wrap(s string, width float64, maxLines int, size float64, bold bool, m Measure) []string {
	return wrapText(s, width, maxLines, size, bold, m)
}
