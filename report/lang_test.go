package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/vennplanner/venn/i18n"
)

// TestPagesSpeakTheirLanguage: the summary's and the talk page's own words
// (title, headings, page numbers) are in the language handed in; the
// couple's words stay as written.
func TestPagesSpeakTheirLanguage(t *testing.T) {
	s := household(GoalLine{Title: "Wanderung auf den Brocken 🥾", Column: "Geplant"})
	s.Lang = i18n.For("de")
	text, _ := pdfText(t, write(t, s, PaperA4))
	for _, want := range []string{"Unser Quartal", "Ziele", "Wanderung auf den Brocken", "Seite 1 von"} {
		if !strings.Contains(text, want) {
			t.Errorf("the German summary lacks %q", want)
		}
	}
	var buf bytes.Buffer
	p := TalkPage{Household: "Zoë & Łukasz", Day: "7. Dezember 2026", Words: "Wir möchten über Weihnachten reden.", Lang: i18n.For("es")}
	if err := WriteTalkPage(&buf, p, PaperA4); err != nil {
		t.Fatal(err)
	}
	text, _ = pdfText(t, buf.Bytes())
	for _, want := range []string{"De qué nos gustaría hablar", "Lo que hemos notado", "Con nuestras palabras", "Wir möchten über Weihnachten reden."} {
		if !strings.Contains(text, want) {
			t.Errorf("the Spanish talk page lacks %q:\n%s", want, text)
		}
	}
}
