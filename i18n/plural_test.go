package i18n

import "testing"

// TestPluralsFollowEachLanguagesRules: the form said for a count is the
// one the language's own rules choose, never an "s" added: Arabic's six
// forms, French and Spanish "many" for a million, French "one" for zero.
func TestPluralsFollowEachLanguagesRules(t *testing.T) {
	for _, c := range []struct {
		lang  string
		count int
		want  string
	}{
		{"en", 0, "0 changes"}, {"en", 1, "1 change"}, {"en", 2, "2 changes"},
		{"de", 1, "1 Änderung"}, {"de", 0, "0 Änderungen"}, {"de", 1000, "1.000 Änderungen"},
		{"fr", 0, "0 modification"}, {"fr", 1, "1 modification"}, {"fr", 2, "2 modifications"},
		{"fr", 1000000, "1\u00a0000\u00a0000 de modifications"},
		{"es", 1, "1 cambio"}, {"es", 2, "2 cambios"}, {"es", 1000000, "1.000.000 de cambios"},
		{"ar", 0, "لا تغييرات"}, {"ar", 1, "تغيير واحد"}, {"ar", 2, "تغييران"},
		{"ar", 3, "3 تغييرات"}, {"ar", 10, "10 تغييرات"}, {"ar", 11, "11 تغييرًا"}, {"ar", 99, "99 تغييرًا"},
		{"ar", 100, "100 تغيير"}, {"ar", 103, "103 تغييرات"}, {"ar", 111, "111 تغييرًا"},
	} {
		if got := For(c.lang).N("cli.sync.changes", c.count); got != c.want {
			t.Errorf("%s %d: %q, want %q", c.lang, c.count, got, c.want)
		}
	}
}

// TestEveryPluralMessageGivesEveryForm: each language's plural messages
// give each form its rules can choose, so no count falls back to English.
func TestEveryPluralMessageGivesEveryForm(t *testing.T) {
	LoadError()
	for _, l := range Languages {
		for key, src := range messages["en"] {
			if !src.isPlural() {
				continue
			}
			for _, n := range []int{0, 1, 2, 3, 11, 100, 1000000} {
				form := pluralForm(l.Tag, n)
				if messages[l.Tag][key].form(form) == "" {
					t.Errorf("%s %q for %d: no %q form", l.Tag, key, n, form)
				}
			}
		}
	}
}
