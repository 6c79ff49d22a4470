package views

import (
	"strings"
	"testing"

	"github.com/vennplanner/venn/i18n"
)

// TestRitualsSpeakGerman: the Rituals tab, built while the screens speak
// German, says its own words in German, its dates the German way, and
// none of its English.
func TestRitualsSpeakGerman(t *testing.T) {
	ui, w := newTestUI(t, true)
	i18n.SetScreen(i18n.For("de"))
	t.Cleanup(func() { i18n.SetScreen(nil) })
	ui.showTab(tabRituals)
	text := windowText(w)
	for _, want := range []string{"Die letzten sechs Monate", "Letzte Tage", "Stärke 98 %", "Serie 19 Wochen", "seit 18. Nov. 2025"} {
		if !strings.Contains(text, want) {
			t.Errorf("the German Rituals tab lacks %q:\n%s", want, text)
		}
	}
	for _, english := range []string{"The last six months", "Recent days", "Strength ", "streak", "since "} {
		if strings.Contains(text, english) {
			t.Errorf("the German Rituals tab still says %q", english)
		}
	}
}
