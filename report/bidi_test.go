package report

import (
	"bytes"
	"encoding/hex"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"
)

// visualText is a line's text as drawn, left to right, each shaped
// cluster's runes reversed when it reads from the right.
func visualText(line []unit) string {
	var b strings.Builder
	for _, u := range visual(line) {
		if u.kind == unitShaped && u.run.rtl {
			rs := []rune(u.text)
			slices.Reverse(rs)
			b.WriteString(string(rs))
			continue
		}
		b.WriteString(u.text)
	}
	return b.String()
}

func reversed(s string) string {
	rs := []rune(s)
	slices.Reverse(rs)
	return string(rs)
}

func TestMixedRunsAreInVisualOrder(t *testing.T) {
	lk := look{size: 10}
	for s, want := range map[string]string{
		// A left-to-right paragraph keeps its words; the Arabic word
		// reads from the right.
		"Trip to القاهرة in May": "Trip to " + reversed("القاهرة") + " in May",
		// A right-to-left paragraph: the first word at the right, numbers
		// still left to right.
		"رحلة إلى القاهرة": reversed("رحلة إلى القاهرة"),
		"سفر 2026":         "2026 " + reversed("سفر"),
		"טיול (באביב)":     "(" + reversed("באביב") + ") " + reversed("טיול"),
		"שבוע Venn טוב":    reversed("טוב") + " Venn " + reversed("שבוע"),
	} {
		us := split(s, lk)
		got := visualText(us)
		// Brackets at odd levels are drawn mirrored by the pen.
		var drawn strings.Builder
		for _, u := range visual(us) {
			if m := mirrored(u); m != "" {
				drawn.WriteString(m)
				continue
			}
			if u.kind == unitShaped && u.run.rtl {
				drawn.WriteString(reversed(u.text))
				continue
			}
			drawn.WriteString(u.text)
		}
		if drawn.String() != want {
			t.Errorf("%q is drawn as %q, want %q (before mirroring %q)", s, drawn.String(), want, got)
		}
	}
}

func TestParagraphDirectionIsThatOfItsFirstLetter(t *testing.T) {
	for s, rtl := range map[string]bool{
		"Trip to القاهرة": false, "القاهرة trip": true, "2026 שלום": true, "🏠 Home": false, "": false, "12 ١٢": false,
	} {
		if got := rightToLeft(split(s, look{size: 10})); got != rtl {
			t.Errorf("%q reads from the right: %v, want %v", s, got, rtl)
		}
	}
}

func TestShapedScriptsWrapInsideTheirWidth(t *testing.T) {
	lk := look{size: 10}
	for _, s := range []string{
		"رحلة إلى القاهرة في الربيع مع العائلة ثم الإسكندرية",
		"हिंदी में कहानियाँ पढ़ना और गोवा की यात्रा की योजना",
		"เรียนภาษาไทยทุกวันเรียนภาษาไทยทุกวันเรียนภาษาไทยทุกวัน",
		"រៀនធ្វើម្ហូបខ្មែររៀនធ្វើម្ហូបខ្មែររៀនធ្វើម្ហូបខ្មែរ",
	} {
		for _, width := range []float64{15, 30, 60} {
			var got strings.Builder
			for _, ln := range wrap(split(s, lk), width, 0) {
				if w := widthOf(ln); w > width+1e-6 && len(ln) > 1 {
					t.Errorf("%q at %.0f mm: a line of %.1f mm", s, width, w)
				}
				for _, u := range ln {
					got.WriteString(u.text)
				}
			}
			strip := func(s string) string { return strings.Join(strings.Fields(s), "") }
			if strip(got.String()) != strip(s) {
				t.Errorf("%q at %.0f mm came back as %q", s, width, got.String())
			}
		}
	}
	// Arabic letters are joined: the word is narrower than its letters
	// alone would be… and shaped, not set as text.
	for _, u := range split("القاهرة", lk) {
		if u.kind != unitShaped {
			t.Errorf("%q is a %v unit, want shaped", u.text, u.kind)
		}
	}
}

func TestLatinNeverLoadsTheShapedFaces(t *testing.T) {
	var before [numFaces]bool
	for f := faceArabic; f < numFaces; f++ {
		before[f] = fontFilesByFace[f].face != nil
	}
	for _, s := range []string{"Run a half marathon", "Выучить русский", "Μάθε ελληνικά", "学习中文", "Party 🎉 ✓ → ½"} {
		for _, u := range split(s, look{size: 10}) {
			if u.kind == unitShaped {
				t.Errorf("%q: %q is shaped", s, u.text)
			}
		}
	}
	for f := faceArabic; f < numFaces; f++ {
		if !before[f] && fontFilesByFace[f].face != nil {
			t.Errorf("%s was loaded for text in Latin, Cyrillic, Greek and Chinese", fontFilesByFace[f].family)
		}
	}
}

var actualTextTag = regexp.MustCompile(`/ActualText <([0-9A-F]*)>`)

// actualTexts reads every ActualText of an uncompressed PDF, in order.
func actualTexts(t *testing.T, pdf []byte) []string {
	t.Helper()
	var out []string
	for _, m := range actualTextTag.FindAllSubmatch(pdf, -1) {
		b, err := hex.DecodeString(string(m[1]))
		if err != nil || len(b)%2 != 0 {
			t.Fatalf("ActualText <%s> is not UTF-16 hex", m[1])
		}
		var us []uint16
		for i := 0; i+1 < len(b); i += 2 {
			us = append(us, uint16(b[i])<<8|uint16(b[i+1]))
		}
		if len(us) > 0 && us[0] == 0xFEFF {
			us = us[1:]
		}
		out = append(out, string(utf16.Decode(us)))
	}
	return out
}

// marked is the text of a line's units that are drawn as shapes (or
// mirrored), which ActualText spans must carry.
func marked(line []unit) string {
	var b strings.Builder
	for _, u := range line {
		if u.kind == unitShaped || u.kind == unitEmoji || mirrored(u) != "" {
			b.WriteString(u.text)
		}
	}
	return b.String()
}

func sortedRunes(s string) string {
	rs := []rune(s)
	slices.Sort(rs)
	return string(rs)
}

// FuzzSplitShaped cuts any text into units, wraps it, puts each line in
// visual order and draws it: nothing panics, the visual order is the same
// units, and the ActualText spans carry exactly the text drawn as shapes —
// in the order it was written for left-to-right lines.
func FuzzSplitShaped(f *testing.F) {
	for _, s := range []string{"Trip to القاهرة in May", "رحلة (إلى) القاهرة ٢٠٢٦ 2026", "טיול, לירושלים!", "हिंदी में कहानियाँ",
		"রবীন্দ্রসঙ্গীত", "தமிழ் கற்றல்", "เรียนภาษาไทยทุกวัน", "រៀនធ្វើម្ហូបខ្មែរ", "لا\u200dا\u200c", "\u064b\u0627\u0651", "a\u05d0\u0300(b", "🏠 بيت"} {
		f.Add(s, 30.0)
	}
	f.Fuzz(func(t *testing.T, s string, width float64) {
		if !utf8.ValidString(s) || width != width || width < 1 || width > 400 {
			t.Skip()
		}
		lines := wrap(split(s, look{size: 10, bold: len(s)%2 == 0}), width, 0)
		pdf := newPDF(PaperA4)
		pdf.SetCompression(false)
		l := newLayout(pdf)
		var want []string
		for _, ln := range lines {
			v := visual(ln)
			if len(v) != len(ln) || sortedRunes(marked(v)) != sortedRunes(marked(ln)) {
				t.Fatalf("%q: the visual order of a line is not its units", s)
			}
			l.line(ln, margin, l.y)
			want = append(want, marked(ln))
		}
		var buf bytes.Buffer
		if err := pdf.Output(&buf); err != nil {
			t.Fatalf("%q: %v", s, err)
		}
		got := strings.Join(actualTexts(t, buf.Bytes()), "")
		all := strings.Join(want, "")
		if sortedRunes(got) != sortedRunes(all) {
			t.Fatalf("%q: the ActualText spans carry %q, want the text %q", s, got, all)
		}
		if !strings.ContainsFunc(s, mayBeRightToLeft) && got != all {
			t.Fatalf("%q: the ActualText spans carry %q, want %q in order", s, got, all)
		}
	})
}
