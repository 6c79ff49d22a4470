package views

import (
	"strings"
	"testing"

	"github.com/vennplanner/venn/i18n"
	"github.com/vennplanner/venn/model"
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

// TestEveryDirectoryCountryHasAName: each country Venn has directories for
// is named in the window's language, not shown as its two letters, in
// every language.
func TestEveryDirectoryCountryHasAName(t *testing.T) {
	all, err := model.Directories()
	if err != nil {
		t.Fatal(err)
	}
	countries := model.DirectoryCountries(all)
	if len(countries) == 0 {
		t.Fatal("no countries with directories")
	}
	t.Cleanup(func() { i18n.SetScreen(nil) })
	for _, l := range i18n.Languages {
		i18n.SetScreen(i18n.For(l.Tag))
		for _, c := range countries {
			if name := countryName(c); name == c || name == "" {
				t.Errorf("%s has no name in %s", c, l.Tag)
			}
		}
	}
	if name := countryName("ZZ"); name != "ZZ" {
		t.Errorf("a country without a name shows as %q, want its code", name)
	}
}
