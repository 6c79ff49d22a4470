package i18n

import (
	"regexp"
	"testing"
)

// vosotros are the forms of Spain's "vosotros": its pronouns, possessives
// and verb endings ("os", "vuestra", "reservad", "tenéis", "elegisteis"),
// as whole words (Go's \b knows only ASCII letters: "sueños" is one word).
var vosotros = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(vosotr[oa]s|vuestr[oa]s?|os|\p{L}+(?:áis|éis|steis)|cambiad|reservad|planead|hablad|elegid|mirad|pensad|decidid|probad|buscad|guardad|haced|poned|volved|sentaos|preguntaros|ayudaros)(?:[^\p{L}]|$)`)

// TestSpanishSaysUstedes: the Spanish speaks to the couple as "ustedes" on
// every surface, the window's as the summary's and the reminders', never
// mixing in Spain's "vosotros".
func TestSpanishSaysUstedes(t *testing.T) {
	if err := LoadError(); err != nil {
		t.Fatal(err)
	}
	spanish := catalogue("es")
	if len(spanish) == 0 {
		t.Fatal("no Spanish catalogue")
	}
	for key, forms := range spanish {
		for _, text := range forms.forms() {
			if w := vosotros.FindStringSubmatch(text); w != nil {
				t.Errorf("%s says %q (vosotros): %q", key, w[1], text)
			}
		}
	}
	if !vosotros.MatchString("Vuestra charla semanal os espera") || !vosotros.MatchString("lo que reservasteis") || vosotros.MatchString("Su charla semanal los espera") || vosotros.MatchString("Sueños a largo plazo") {
		t.Error("the check does not tell vosotros from ustedes")
	}
}
