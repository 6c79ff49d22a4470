package widgets

import (
	"strings"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// themed is a widget that knows the theme it is drawn with (a theme
// override included): its renderer reads sizes from it, not from the
// app's theme.
type themed interface{ Theme() fyne.Theme }

// captionSize is the caption text's size in the widget's theme.
func captionSize(w themed) float32 { return w.Theme().Size(theme.SizeNameCaptionText) }

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
	lo := mostThatFit(len(runes), fits)
	return cutAt(runes, safeCut(runes, lo))
}

// mostThatFit is the largest n below total for which fits(n) holds,
// found by halving: fits(0) is taken as true and fits(total) as false,
// and fits must hold for every n below one it holds for.
func mostThatFit(total int, fits func(n int) bool) int {
	lo, hi := 0, total
	for hi-lo > 1 {
		mid := (lo + hi) / 2
		if fits(mid) {
			lo = mid
		} else {
			hi = mid
		}
	}
	return lo
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

// FitLines breaks text into at most lines lines that fit in width, drawn
// at size in style: each line but the last ends at a space where one
// falls inside it (or, in a word longer than the line or in a script
// written without spaces, where the width runs out, never inside a
// character drawn from several runes); the last line holds the rest, cut
// with an ellipsis when it does not fit. A text that fits on one line is
// one line.
func FitLines(text string, size float32, style fyne.TextStyle, width float32, lines int) []string {
	var out []string
	rest := []rune(text)
	for len(out) < lines-1 && len(rest) > 0 {
		if fyne.MeasureText(string(rest), size, style).Width <= width {
			break
		}
		n := lineBreak(rest, size, style, width)
		out = append(out, strings.TrimRightFunc(string(rest[:n]), unicode.IsSpace))
		rest = []rune(strings.TrimLeftFunc(string(rest[n:]), unicode.IsSpace))
	}
	if len(rest) > 0 || len(out) == 0 {
		out = append(out, FitText(string(rest), size, style, width))
	}
	return out
}

// lineBreak is where a line of runes that does not fit in width ends: after
// the last space among the runes that fit, or else after the last whole
// character that fits (at least one, so a line never stays empty).
func lineBreak(runes []rune, size float32, style fyne.TextStyle, width float32) int {
	fits := func(n int) bool {
		return fyne.MeasureText(string(runes[:n]), size, style).Width <= width
	}
	lo := mostThatFit(len(runes), fits)
	// A space just past what fits ends the line there; else the last
	// space inside it does.
	for i := lo; i > 0; i-- {
		if unicode.IsSpace(runes[i]) {
			return i + 1
		}
	}
	if n := safeCut(runes, lo); n > 0 {
		return n
	}
	return max(1, lo)
}
