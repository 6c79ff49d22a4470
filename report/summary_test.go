package report

import (
	"bytes"
	"fmt"
	"image/color"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/vennplanner/venn/model/chart"
	"unicode/utf8"
)

// pdfText extracts a PDF's text and page count with poppler (CI installs
// poppler-utils).
func pdfText(t testing.TB, pdf []byte) (string, int) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "s.pdf")
	if err := os.WriteFile(path, pdf, 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	info, err := exec.Command("pdfinfo", path).Output()
	if err != nil {
		t.Fatalf("pdfinfo: %v", err)
	}
	pages := 0
	for _, l := range strings.Split(string(info), "\n") {
		if v, ok := strings.CutPrefix(l, "Pages:"); ok {
			pages, _ = strconv.Atoi(strings.TrimSpace(v))
		}
	}
	return string(out), pages
}

func write(t testing.TB, s Summary, paper string) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := WritePDF(&buf, s, paper); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

var (
	blue  = color.NRGBA{R: 59, G: 130, B: 246, A: 255}
	coral = color.NRGBA{R: 224, G: 122, B: 95, A: 255}
)

func household(goals ...GoalLine) Summary {
	return Summary{Household: "Zoë & Łukasz", Period: "2026-Q4", Range: "1 Oct – 31 Dec 2026",
		Partners: []Person{{"Zoë", blue}, {"Łukasz", coral}},
		Lanes:    []GoalLane{{Owner: "Zoë", Color: blue, Goals: goals}}}
}

func TestEveryScriptComesBackAsText(t *testing.T) {
	titles := []string{"学习中文", "日本語の勉強", "한국어 배우기", "Выучить русский", "Μάθε ελληνικά", "Nguyễn phở", "Straße ✓ ★ → ½"}
	var goals []GoalLine
	for _, ti := range titles {
		goals = append(goals, GoalLine{Title: ti, Column: "Doing"})
	}
	goals = append(goals, GoalLine{Title: "Party 🎉 👩‍❤️‍👨 🇯🇵", Column: "Done", Done: true})
	text, pages := pdfText(t, write(t, household(goals...), PaperA4))
	for _, want := range append(titles, "Party 🎉 👩‍❤️‍👨 🇯🇵") {
		if !strings.Contains(text, want) {
			t.Errorf("%q does not come back from the PDF:\n%s", want, text)
		}
	}
	if pages > 2 {
		t.Errorf("%d pages for eight goals", pages)
	}
}

func TestFontsAreLoadedOnlyWhenNeeded(t *testing.T) {
	latin := write(t, household(GoalLine{Title: "Run a half marathon", Column: "Doing"}), PaperA4)
	cjk := write(t, household(GoalLine{Title: "学习中文", Column: "Doing"}), PaperA4)
	if bytes.Contains(latin, []byte("wenquanyi")) {
		t.Error("a summary in Latin letters embeds the CJK font")
	}
	if !bytes.Contains(cjk, []byte("wenquanyi")) {
		t.Error("a summary in Chinese does not embed the CJK font")
	}
	// Subsets: the 4.6 MB CJK font adds little for a few characters.
	if len(cjk)-len(latin) > 200_000 {
		t.Errorf("four Chinese characters cost %d KB", (len(cjk)-len(latin))/1024)
	}
}

func TestWrapKeepsLinesInsideTheirWidth(t *testing.T) {
	lk := look{size: 10}
	for _, s := range []string{
		"Renovate the whole house, room by room, starting with the kitchen",
		"Donaudampfschifffahrtsgesellschaftskapitänswitwenrentenversicherungsantrag",
		"日本語の長い文章は、どこでも改行できる。これはテストです。",
		"🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉",
		"a\nb\n\nc",
	} {
		for _, width := range []float64{8, 25, 60} {
			lines := wrap(split(s, lk), width, 0)
			var got strings.Builder
			for _, ln := range lines {
				if w := widthOf(ln); w > width+1e-6 && len(ln) > 1 {
					t.Errorf("%q at %.0f mm: a line of %.1f mm", s, width, w)
				}
				for _, u := range ln {
					got.WriteString(u.text)
				}
			}
			// Nothing is lost but the spaces where lines broke.
			strip := func(s string) string { return strings.Join(strings.Fields(s), "") }
			if strip(got.String()) != strip(s) {
				t.Errorf("%q at %.0f mm came back as %q", s, width, got.String())
			}
		}
	}
	if n := len(wrap(split("a\nb\n\nc", lk), 50, 0)); n != 4 {
		t.Errorf("hard line breaks give %d lines, want 4", n)
	}
}

func TestWrapDoesNotStartALineWithClosingPunctuation(t *testing.T) {
	lk := look{size: 10}
	s := "日本語の文章。日本語の文章。日本語の文章。日本語の文章。"
	for width := 10.0; width < 40; width += 1.5 {
		for _, ln := range wrap(split(s, lk), width, 0) {
			if len(ln) > 0 && strings.ContainsAny(ln[0].text, "。、") {
				t.Fatalf("at %.1f mm a line starts with %q", width, ln[0].text)
			}
		}
	}
}

func TestEllipsisMarksCutText(t *testing.T) {
	lines := wrap(split(strings.Repeat("word ", 200), look{size: 10}), 40, 3)
	if len(lines) != 3 {
		t.Fatalf("%d lines, want 3", len(lines))
	}
	last := lines[2]
	if last[len(last)-1].text != "…" || widthOf(last) > 40 {
		t.Errorf("the last line does not end in an ellipsis within the width: %v", last)
	}
}

func TestEmojiSequencesAreOnePicture(t *testing.T) {
	for s, n := range map[string]int{
		"👩‍❤️‍👨": 1, "👍🏽": 1, "🇯🇵": 1, "1️⃣": 1, "❤️": 1, "🎉🎉": 2, "☕": 1,
	} {
		var got int
		for _, u := range split(s, look{size: 10}) {
			if u.kind != unitEmoji {
				t.Errorf("%q: a %v unit %q", s, u.kind, u.text)
			}
			got++
		}
		if got != n {
			t.Errorf("%q is %d pictures, want %d", s, got, n)
		}
	}
	// Text presentation: a heart with VS15 and a star are text.
	for _, s := range []string{"❤︎", "★", "✓"} {
		for _, u := range split(s, look{size: 10}) {
			if u.kind != unitText {
				t.Errorf("%q is drawn as %v, want text", s, u.kind)
			}
		}
	}
	if sh := shapeEmoji("👩‍❤️‍👨"); len(sh.layers) < 3 || sh.advance < 0.8 || sh.advance > 1.5 {
		t.Errorf("the couple emoji has %d layers and advance %.2f em; want one coloured picture", len(sh.layers), sh.advance)
	}
}

func TestRitualsTableFlowsAcrossPages(t *testing.T) {
	pagesFor := func(n int, paper string) int {
		s := household()
		for i := range n {
			weeks := make([]float64, 13)
			for w := range weeks {
				weeks[w] = float64((i+w)%4) / 3
			}
			s.Rituals = append(s.Rituals, RitualLine{Title: fmt.Sprintf("Ritual %d", i+1), Who: "shared", Cadence: "once a week",
				Strength: 50, Consistency: 0.5, Color: blue, Weeks: weeks})
		}
		text, pages := pdfText(t, write(t, s, paper))
		for i := range n {
			if !strings.Contains(text, fmt.Sprintf("Ritual %d\n", i+1)) && !strings.Contains(text, fmt.Sprintf("Ritual %d ", i+1)) {
				t.Errorf("%d rituals on %s: ritual %d is missing", n, paper, i+1)
				break
			}
		}
		// The header is repeated on every page the table reaches.
		if got := strings.Count(text, "Over the period"); got < pages-1 {
			t.Errorf("%d rituals on %s: the header is printed %d times over %d pages", n, paper, got, pages)
		}
		return pages
	}
	for _, paper := range []string{PaperA4, PaperLetter} {
		p12, p53 := pagesFor(12, paper), pagesFor(53, paper)
		if p12 > 2 {
			t.Errorf("12 rituals on %s take %d pages", paper, p12)
		}
		// About 28 rows fit a page; 53 rituals need a few pages, not one each.
		if p53 > 4 {
			t.Errorf("53 rituals on %s take %d pages", paper, p53)
		}
	}
}

func TestLongNamesStayInsideTheKey(t *testing.T) {
	long := strings.Repeat("Bartholomew-Alexander ", 3)
	s := household()
	s.Partners = []Person{{long, blue}, {long, coral}}
	l := newLayout(newPDF(PaperA4))
	l.cover(s)
	// Three lines: title, subtitle (wrapped) and a key that wrapped to its
	// own lines instead of overlapping.
	if l.y < 45 {
		t.Errorf("the cover ends at %.1f mm: the long names did not wrap", l.y)
	}
}

func FuzzWritePDF(f *testing.F) {
	for _, s := range []string{"Party 🎉", "学习中文", "👩‍❤️‍👨🇯🇵1️⃣", "\u200d\ufe0f\u20e3", "e\u0301\u0301\u0301", "\x00\x1b[31m", "𠮷野家", "\U0010FFFF", "a\nb\rc\td"} {
		f.Add(s, s)
	}
	f.Fuzz(func(t *testing.T, title, name string) {
		if !utf8.ValidString(title) || !utf8.ValidString(name) {
			t.Skip()
		}
		s := Summary{Household: name, Period: "2026-Q4", Range: title,
			Partners:  []Person{{name, blue}, {title, coral}},
			Lanes:     []GoalLane{{Owner: name, Color: blue, Goals: []GoalLine{{Title: title, Column: name, Progress: "1/2", Target: title, Done: true}}}},
			Rituals:   []RitualLine{{Title: title, Who: name, Cadence: title, Weeks: []float64{1, -1, 0.5}}},
			Values:    []ValueGroup{{Owner: name, Values: []string{title, name}}},
			Contracts: []ContractLine{{Owner: name, Goal: title, Commitment: title, Reviews: []ReviewLine{{Day: title, Rating: 3, Note: name}}}},
			Checkins:  &Section{Lines: []Line{{Lead: name, Text: title}}, Note: title},
			NextGoals: []string{title},
		}
		// Every kind of chart, with the names and labels typed.
		s.Split = &chart.Chart{Title: title, Kind: chart.Rows, Categories: []string{name, title},
			Series: []chart.Series{{Name: name, Values: []float64{30, 120}}, {Name: title, Fill: chart.Hatched, Values: []float64{50, 0}}}}
		s.Weekly = &chart.Chart{Title: name, Kind: chart.Columns, Unit: title, Categories: []string{title, name, ""},
			Series: []chart.Series{{Name: title, Values: []float64{1, 2, 3}}}}
		s.Balance = &Section{Chart: &chart.Chart{Title: title, Kind: chart.Lines, Categories: []string{name, title},
			Ticks: []chart.Tick{{Value: 0, Label: name}}, Band: &chart.Band{From: -0.3, To: 0.3},
			Series: []chart.Series{{Name: name, Mark: chart.Circle, Stroke: chart.Dashed, Area: true, Values: []float64{0.5, -2}}}}}
		var buf bytes.Buffer
		if err := WritePDF(&buf, s, PaperA4); err != nil {
			t.Fatalf("title %q, name %q: %v", title, name, err)
		}
		if !bytes.HasPrefix(buf.Bytes(), []byte("%PDF-")) {
			t.Fatal("not a PDF")
		}
	})
}
