package chart

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzWrap: whatever text a couple types and however narrow the room,
// wrapping never panics, gives valid text within the lines allowed, each
// line fitting its width (or only "…" when not even one letter does), and
// the lines read back as the text's start.
func FuzzWrap(f *testing.F) {
	for _, s := range append(longNames, "", " ", "a", "Zoe\u0301 👩‍👩‍👧 ☕", "\u200d\u200d", "ليلى و يوسف", "a\u0301\u0301\u0301b") {
		f.Add(s, 40.0, uint8(2))
	}
	f.Fuzz(func(t *testing.T, s string, width float64, maxLines uint8) {
		if !utf8.ValidString(s) || width != width || width > 1e6 {
			return
		}
		lines := Wrap(s, width, int(maxLines%5), 10, false, measure)
		if len(lines) > int(maxLines%5) {
			t.Fatalf("%d lines, at most %d allowed", len(lines), maxLines%5)
		}
		var read []string
		for _, l := range lines {
			if !utf8.ValidString(l) {
				t.Fatalf("line %q is not valid text", l)
			}
			if l != ellipsis && measure(l, 10, false) > width+slack(width) {
				t.Fatalf("line %q is %.1f wide, the room %.1f", l, measure(l, 10, false), width)
			}
			read = append(read, strings.TrimSuffix(l, ellipsis))
		}
		words := strings.Join(strings.Fields(s), " ")
		got := strings.Join(strings.Fields(strings.Join(read, " ")), " ")
		if !strings.HasPrefix(strings.ReplaceAll(words, " ", ""), strings.ReplaceAll(got, " ", "")) {
			t.Fatalf("the lines %q do not read as the start of %q", lines, words)
		}
	})
}
