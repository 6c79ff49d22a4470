package widgets

import (
	"strings"
	"testing"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

func TestFitTextKeepsWhatFitsAndCutsTheRestWithAnEllipsis(t *testing.T) {
	test.NewTempApp(t)
	style := fyne.TextStyle{Bold: true}
	const size = 14
	texts := []string{
		"Walk the Camino de Santiago together 🥾",
		"Zoë's pottery — a wheel of her own, finally",
		"Переехать в квартиру с балконом до весны",
		"一起学做饺子，过年请爸妈来吃",
		"Family trip 👨‍👩‍👧‍👦 to see the grandparents in Kraków 🇵🇱",
		"Thumbs 👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽",
		"Flags 🇵🇱🇫🇷🇺🇦🇯🇵🇧🇷🇨🇳🇩🇪🇮🇹🇪🇸🇬🇷🇳🇴🇸🇪",
		"Ще раз: café crème, naïve résumé, Ångström, ñandú",
		strings.Repeat("a", 200),
	}
	for _, text := range texts {
		full := fyne.MeasureText(text, size, style).Width
		for _, width := range []float32{0, 12, 40, 90, 160, full - 1, full, full + 50} {
			got := FitText(text, size, style, width)
			if width >= full {
				if got != text {
					t.Errorf("FitText(%q, %.0f) = %q; it fits whole", text, width, got)
				}
				continue
			}
			if !strings.HasSuffix(got, ellipsis) {
				t.Fatalf("FitText(%q, %.0f) = %q: a cut text ends in an ellipsis", text, width, got)
			}
			kept := strings.TrimSuffix(got, ellipsis)
			if !strings.HasPrefix(text, kept) {
				t.Errorf("FitText(%q, %.0f) = %q: not the text's beginning", text, width, got)
			}
			if kept != "" && fyne.MeasureText(got, size, style).Width > width {
				t.Errorf("FitText(%q, %.0f) = %q is %.0f wide", text, width, got, fyne.MeasureText(got, size, style).Width)
			}
			if r, _ := utf8.DecodeLastRuneInString(kept); r == zeroWidthJoiner || r == ' ' {
				t.Errorf("FitText(%q, %.0f) = %q ends in a joiner or a space", text, width, got)
			}
			if rest := []rune(text[len(kept):]); len(rest) > 0 && (joinsPrevious(rest[0]) || insideFlag([]rune(text), len([]rune(kept)))) {
				t.Errorf("FitText(%q, %.0f) = %q cuts a character drawn from several runes", text, width, got)
			}
			// The longest that fits: one more character would not.
			if rest := []rune(text[len(kept):]); width >= 40 && len(rest) > 1 && !joinsPrevious(rest[1]) && rest[0] != zeroWidthJoiner && rest[0] != ' ' {
				longer := kept + string(rest[0]) + ellipsis
				if fyne.MeasureText(longer, size, style).Width <= width {
					t.Errorf("FitText(%q, %.0f) = %q, but %q fits too", text, width, got, longer)
				}
			}
		}
	}
}

// FuzzFitText: cutting any text to any width gives the text or its
// beginning, on one line (FitText) or two (FitLines).
func FuzzFitText(f *testing.F) {
	test.NewTempApp(f)
	f.Add("Family trip 👨‍👩‍👧‍👦 to Kraków", float32(80))
	f.Add("一起学做饺子", float32(30))
	f.Add("e\u0301e\u0301e\u0301", float32(5))
	f.Fuzz(func(t *testing.T, text string, width float32) {
		if !utf8.ValidString(text) || width != width {
			return
		}
		got := FitText(text, 14, fyne.TextStyle{}, width)
		if got != text && !strings.HasPrefix(text, strings.TrimSuffix(got, ellipsis)) {
			t.Fatalf("FitText(%q, %v) = %q: neither the text nor its beginning", text, width, got)
		}
		// Two lines hold the text, or its beginning, spaces aside.
		lines := FitLines(text, 14, fyne.TextStyle{}, width, 2)
		noSpace := func(s string) string { return strings.Join(strings.Fields(s), "") }
		shown := noSpace(strings.TrimSuffix(strings.Join(lines, ""), ellipsis))
		if len(lines) == 0 || len(lines) > 2 || !strings.HasPrefix(noSpace(text), shown) {
			t.Fatalf("FitLines(%q, %v) = %q: not two lines of the text or its beginning", text, width, lines)
		}
	})
}

// TestAFitLabelSitsWhereALabelWouldAndCutsToItsWidth: at a label's size
// the text starts where a label's would, in its colour; a narrow one cuts
// the text with an ellipsis, a wide one shows it whole.
func TestAFitLabelSitsWhereALabelWouldAndCutsToItsWidth(t *testing.T) {
	test.NewTempApp(t)
	text := "Шаббат-ужин с семьёй 🕯️ — every Friday, together"
	fit, plain := NewFitLabel(text), widget.NewLabel(text)
	fit.TextStyle, plain.TextStyle = fyne.TextStyle{Bold: true}, fyne.TextStyle{Bold: true}
	if fit.MinSize().Height != plain.MinSize().Height {
		t.Errorf("a FitLabel is %.0f high, a label %.0f", fit.MinSize().Height, plain.MinSize().Height)
	}
	fit.Resize(fyne.NewSize(160, fit.MinSize().Height))
	r := test.TempWidgetRenderer(t, fit).(*fitLabelRenderer)
	if got := r.text.Text; got == text || !strings.HasSuffix(got, ellipsis) {
		t.Errorf("a 160 px FitLabel shows %q", got)
	}
	if right := r.text.Position().X + r.text.MinSize().Width; right > 160 {
		t.Errorf("its text reaches %.0f px", right)
	}
	if r.text.Position().X != theme.InnerPadding() {
		t.Errorf("its text starts at %.0f px, a label's at %.0f", r.text.Position().X, theme.InnerPadding())
	}
	fit.Resize(fyne.NewSize(900, fit.MinSize().Height))
	if r.text.Text != text {
		t.Errorf("a 900 px FitLabel shows %q", r.text.Text)
	}
	fit.Importance = widget.LowImportance
	fit.SetText("Quiet")
	if r.text.Text != "Quiet" || r.text.Color != theme.Color(theme.ColorNameDisabled) {
		t.Errorf("a quiet FitLabel shows %q in %v", r.text.Text, r.text.Color)
	}
}

func TestACutNeverFallsInsideACharacterDrawnFromSeveralRunes(t *testing.T) {
	for _, c := range []struct {
		text   string
		at     int
		wantAt int
	}{
		{"ab🇵🇱", 3, 2},       // between the two letters of a flag
		{"🇵🇱🇫🇷", 3, 2},       // inside the second flag
		{"🇵🇱🇫🇷", 2, 2},       // between two flags
		{"🇵🇱🇫🇷", 1, 0},       // inside the first
		{"a👨‍👩‍👧", 3, 1},     // after a joiner
		{"a👨‍👩‍👧", 2, 1},     // before a joiner
		{"ok👍🏽", 3, 2},       // before a skin tone
		{"cafe\u0301", 4, 3}, // before a combining accent
		{"plain", 3, 3},
	} {
		if got := safeCut([]rune(c.text), c.at); got != c.wantAt {
			t.Errorf("a cut of %q at %d moved to %d, want %d", c.text, c.at, got, c.wantAt)
		}
	}
}

// TestFitLinesBreaksAtSpacesAndKeepsEveryWordUntilTheLastLine: the lines
// fit the width; what they hold, put back together, is the text (all of
// it when it fits on the lines, its beginning and an ellipsis when not);
// a line breaks at a space when there is one to break at, and never
// inside a character drawn from several runes.
func TestFitLinesBreaksAtSpacesAndKeepsEveryWordUntilTheLastLine(t *testing.T) {
	test.NewTempApp(t)
	style := fyne.TextStyle{Bold: true}
	const size = 14
	texts := []string{
		"Walk the Camino de Santiago together 🥾",
		"Zoë's pottery — a wheel of her own, finally, in the garden shed",
		"Переехать в квартиру с балконом до весны и покрасить его вместе",
		"一起学做饺子，过年请爸妈来吃，还要学包汤圆和炸春卷",
		"Family trip 👨‍👩‍👧‍👦 to see the grandparents in Kraków 🇵🇱🇵🇱🇵🇱",
		"Pneumonoultramicroscopicsilicovolcanoconiosis is a long word",
		strings.Repeat("🇫🇷", 40),
		"Short",
	}
	for _, text := range texts {
		full := fyne.MeasureText(text, size, style).Width
		for _, width := range []float32{60, 120, 190, full / 2, full + 1} {
			lines := FitLines(text, size, style, width, 2)
			if len(lines) == 0 || len(lines) > 2 {
				t.Fatalf("FitLines(%q, %.0f) = %d lines", text, width, len(lines))
			}
			for _, l := range lines {
				if w := fyne.MeasureText(l, size, style).Width; w > width && l != ellipsis {
					t.Errorf("FitLines(%q, %.0f): the line %q is %.0f wide", text, width, l, w)
				}
			}
			if width > full {
				if len(lines) != 1 || lines[0] != text {
					t.Errorf("FitLines(%q, %.0f) = %q; it fits on one line", text, width, lines)
				}
				continue
			}
			if len(lines) != 2 {
				t.Errorf("FitLines(%q, %.0f) = %q; it does not fit on one line", text, width, lines)
			}
			joined := strings.Join(lines, "")
			if !strings.HasSuffix(lines[len(lines)-1], ellipsis) {
				if strings.ReplaceAll(joined, " ", "") != strings.ReplaceAll(text, " ", "") {
					t.Errorf("FitLines(%q, %.0f) = %q lost words", text, width, lines)
				}
			} else if got := strings.ReplaceAll(strings.TrimSuffix(joined, ellipsis), " ", ""); !strings.HasPrefix(strings.ReplaceAll(text, " ", ""), got) {
				t.Errorf("FitLines(%q, %.0f) = %q is not the text's beginning", text, width, lines)
			}
			if len(lines) == 2 && strings.Contains(lines[0], " ") {
				rest := strings.TrimPrefix(text, lines[0])
				if rest == text || !strings.HasPrefix(rest, " ") {
					t.Errorf("FitLines(%q, %.0f): the first line %q does not end at a space", text, width, lines[0])
				}
			}
			if len(lines) == 2 {
				end, next := []rune(lines[0]), []rune(lines[1])
				if end[len(end)-1] == zeroWidthJoiner || joinsPrevious(next[0]) {
					t.Errorf("FitLines(%q, %.0f) = %q breaks inside a character", text, width, lines)
				}
			}
		}
	}
	// Flags pair up across the break too.
	flags := FitLines(strings.Repeat("🇫🇷", 40), size, style, 100, 2)
	if n := len([]rune(flags[0])); n%2 != 0 {
		t.Errorf("the first line of flags holds %d regional letters, half a flag", n)
	}
}
