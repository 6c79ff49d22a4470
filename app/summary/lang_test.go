package summary

import (
	"bytes"
	"context"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/vennplanner/venn/model"
)

// writeIn writes the demo household's summary of 2026-Q4 with the
// language setting lang.
func writeIn(t *testing.T, lang string) []byte {
	t.Helper()
	ctx := context.Background()
	s := demoAt(t, time.Date(2026, 12, 5, 12, 0, 0, 0, time.UTC))
	if err := s.SetLanguage(ctx, lang); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := Write(ctx, s, &buf, Period{Quarter: model.Quarter{Year: 2026, Q: 4}, Year: 2026}, "A4"); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestGermanHouseholdGetsAGermanSummary: with German chosen, the headings,
// notes, dates and numbers on paper are German, and no English heading is
// left.
func TestGermanHouseholdGetsAGermanSummary(t *testing.T) {
	text, _ := pdfText(t, writeIn(t, "de"))
	for _, want := range []string{"Unser Quartal: Q4 2026", "1. Okt. – 31. Dez. 2026", "Ziele", "Zeit, Geld und Energie",
		"Rituale", "einmal pro Woche", "Balance im Kalender", "im Schnitt", "Seite 1 von", "Woche vom",
		"Wo stehen wir?", "Für das nächste Quartal vorgesehen", "€ im Monat"} {
		if !strings.Contains(text, want) {
			t.Errorf("the German summary lacks %q", want)
		}
	}
	for _, english := range []string{"Our quarter", "Time, money and energy", "Calendar balance", "Page 1 of", "a week on average",
		"Where it goes", "Week of", "lowest", "Aimed at the next"} {
		if strings.Contains(text, english) {
			t.Errorf("the German summary still says %q", english)
		}
	}
}

// TestArabicSummaryReadsFromTheRight: with Arabic chosen, the PDF's title
// is Arabic (read back whole from its metadata), the cover's title comes
// back in logical order, and a heading sits at the right margin.
func TestArabicSummaryReadsFromTheRight(t *testing.T) {
	pdf := writeIn(t, "ar")
	cmd := exec.Command("pdfinfo", "-")
	cmd.Stdin = bytes.NewReader(pdf)
	info, err := cmd.Output()
	if err != nil {
		t.Fatalf("pdfinfo: %v", err)
	}
	if !strings.Contains(string(info), "ملخّص Venn") {
		t.Errorf("the PDF's title is not Arabic:\n%s", info)
	}
	text, _ := pdfText(t, pdf)
	if !strings.Contains(text, "ربعنا") || !strings.Contains(text, "الأهداف") {
		t.Errorf("the Arabic summary lacks its cover and headings:\n%.800s", text)
	}
	var heading *pdfBox
	words := pdfWords(t, pdf)
	for i, w := range words {
		// poppler gives each word as its glyphs sit, right to left.
		if (w.text == "الأهداف" || reversed(w.text) == "الأهداف") && w.page == 1 {
			heading = &words[i]
			break
		}
	}
	if heading == nil {
		t.Fatal("no heading الأهداف on the first page")
	}
	if pageWidth := 595.28; heading.x1 < pageWidth*0.75 {
		t.Errorf("the heading الأهداف ends at x=%.0f: it is not set at the right margin", heading.x1)
	}
}

func reversed(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}
