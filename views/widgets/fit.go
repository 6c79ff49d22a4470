package widgets

import (
	"unicode"

	"fyne.io/fyne/v2"
)

// ellipsis ends a text cut to fit.
const ellipsis = "…"

// FitText returns text as it is when it fits in width, drawn at size in
// style, or else its longest beginning that fits with an ellipsis after
// it. It measures with the driver's cached metrics, so a text that fits
// costs one measurement and a long one about a dozen — far less than a
// label's own truncation, which shapes the text as a paragraph each time
// it is refreshed (a tenth of the board's start-up and most of its
// garbage). A cut never splits an emoji joined of several, nor a letter
// from its accent.
func FitText(text string, size float32, style fyne.TextStyle, width float32) string {
	if text == "" || fyne.MeasureText(text, size, style).Width <= width {
		return text
	}
	runes := []rune(text)
	fits := func(n int) bool {
		return fyne.MeasureText(cutAt(runes, n), size, style).Width <= width
	}
	lo, hi := 0, len(runes) // fits(lo) is taken as true; fits(hi) is false
	for hi-lo > 1 {
		mid := (lo + hi) / 2
		if fits(mid) {
			lo = mid
		} else {
			hi = mid
		}
	}
	return cutAt(runes, safeCut(runes, lo))
}

// cutAt is the first n runes, without trailing spaces, and an ellipsis.
func cutAt(runes []rune, n int) string {
	for n > 0 && unicode.IsSpace(runes[n-1]) {
		n--
	}
	if n == 0 {
		return ellipsis
	}
	return string(runes[:n]) + ellipsis
}

// safeCut moves a cut before n back until it does not fall inside a
// character drawn from several runes: before a joiner, a variation
// selector, a skin tone, a combining accent, after a joiner, or between
// the two letters of a flag.
func safeCut(runes []rune, n int) int {
	for n > 0 && n < len(runes) && (joinsPrevious(runes[n]) || runes[n-1] == zeroWidthJoiner || insideFlag(runes, n)) {
		n--
	}
	return n
}

// insideFlag reports whether a cut before n falls between the two regional
// indicators of a flag: flags pair them from the first of a run.
func insideFlag(runes []rune, n int) bool {
	if !isRegionalIndicator(runes[n]) {
		return false
	}
	before := 0
	for i := n - 1; i >= 0 && isRegionalIndicator(runes[i]); i-- {
		before++
	}
	return before%2 == 1
}

func isRegionalIndicator(r rune) bool { return r >= 0x1f1e6 && r <= 0x1f1ff }

const zeroWidthJoiner = '\u200d'

// joinsPrevious reports whether r is drawn together with the rune before it.
func joinsPrevious(r rune) bool {
	switch {
	case r == zeroWidthJoiner,
		r >= 0xfe00 && r <= 0xfe0f,   // variation selectors
		r >= 0x1f3fb && r <= 0x1f3ff, // skin tones
		r >= 0xe0020 && r <= 0xe007f: // tag characters (subdivision flags)
		return true
	}
	return unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Me, r)
}
