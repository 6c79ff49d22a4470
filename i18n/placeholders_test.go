package i18n

import (
	"maps"
	"regexp"
	"slices"
	"testing"
)

var placeholder = regexp.MustCompile(`\{\{\s*\.(\w+)\s*\}\}`)

// names are the placeholders a message's forms use.
func names(e entry) map[string]bool {
	out := map[string]bool{}
	for _, text := range e.forms() {
		for _, m := range placeholder.FindAllStringSubmatch(text, -1) {
			out[m[1]] = true
		}
	}
	return out
}

// TestTranslationsKeepTheirPlaceholders: a translation fills in only what
// the English fills in (a misspelt {{.Nmae}} would print "<no value>"),
// and a sentence without plural forms keeps every one of them (a dropped
// {{.Title}} would lose the couple's words).
func TestTranslationsKeepTheirPlaceholders(t *testing.T) {
	LoadError()
	for _, l := range Languages[1:] {
		for key, src := range messages["en"] {
			want := names(src)
			got := names(messages[l.Tag][key])
			for name := range got {
				if !want[name] && name != "Count" {
					t.Errorf("%s %q fills {{.%s}}, which English does not have", l.Tag, key, name)
				}
			}
			if !src.isPlural() && !maps.Equal(want, got) {
				t.Errorf("%s %q fills %v, English %v", l.Tag, key, slices.Sorted(maps.Keys(got)), slices.Sorted(maps.Keys(want)))
			}
		}
	}
}
