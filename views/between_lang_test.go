package views

import (
	"strings"
	"testing"

	"github.com/vennplanner/venn/i18n"
)

// TestGettingHelpSpeaksGerman: with the screens in German, Getting help
// speaks German, the choice of another country too, and no English is left
// of its headings.
func TestGettingHelpSpeaksGerman(t *testing.T) {
	ui, w := newTestUI(t, true)
	i18n.SetScreen(i18n.For("de"))
	t.Cleanup(func() { i18n.SetScreen(nil) })
	g := ui.showGettingHelp()
	if name := countryName("GB"); name != "Vereinigtes Königreich" {
		t.Errorf("the United Kingdom is %q in German", name)
	}
	g.country.SetSelected(countryName(otherCountry))
	if g.country.Selected != "Anderes Land" {
		t.Errorf("another country is %q in German", g.country.Selected)
	}
	text := windowText(w)
	for _, want := range []string{"Wo ihr jemanden findet", "Für dich selbst", "Hausärztin"} {
		if !strings.Contains(text, want) {
			t.Errorf("no %q in German:\n%s", want, text)
		}
	}
	for _, english := range []string{"Where to find someone", "For yourself", "Another country", "Your doctor"} {
		if strings.Contains(text, english) {
			t.Errorf("%q is still English", english)
		}
	}
}
