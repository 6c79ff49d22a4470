package views

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"

	"github.com/vennplanner/venn/i18n"
)

// TestSettingsSpeaksGerman: with the window's language German, Settings'
// pages, the household form and the text size speak German, not English;
// openSettings still finds a page by its English name.
func TestSettingsSpeaksGerman(t *testing.T) {
	ui, w := newTestUI(t, true)
	i18n.SetScreen(i18n.For("de"))
	t.Cleanup(func() { i18n.SetScreen(nil) })
	s := newSettingsScreen(ui)
	var titles []string
	for _, it := range s.pages.Items {
		titles = append(titles, it.Text)
	}
	if got := strings.Join(titles, "|"); !strings.Contains(got, "Haushalt") || !strings.Contains(got, "Eure Daten") || strings.Contains(got, "Your data") {
		t.Errorf("Settings' pages in German are %q", got)
	}
	w.SetContent(s.content)
	w.Resize(fyne.NewSize(1024, 640))
	s.pages.SelectIndex(0)
	var sb strings.Builder
	for _, o := range test.LaidOutObjects(s.pages.Selected().Content) {
		if c, ok := o.(*canvas.Text); ok {
			sb.WriteString(c.Text + "\n")
		}
	}
	text := sb.String()
	for _, want := range []string{"Erste Person", "Wochen beginnen am", "Montag"} {
		if !strings.Contains(text, want) {
			t.Errorf("Settings › Haushalt does not say %q:\n%s", want, text)
		}
	}
	for _, english := range []string{"First partner", "Weeks start on", "Monday"} {
		if strings.Contains(text, english) {
			t.Errorf("Settings › Haushalt still says %q in German:\n%s", english, text)
		}
	}
	ui.settings = s
	ui.openSettings("Appearance")
	if got := s.pages.Selected().Text; got != "Aussehen" {
		t.Errorf("openSettings(Appearance) shows %q", got)
	}
}
