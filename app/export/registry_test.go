package export

import (
	"reflect"
	"strings"
	"testing"
)

func TestRegistryDeclaresEveryEntityOnce(t *testing.T) {
	seen := map[string]bool{}
	plurals := map[string]bool{}
	for _, en := range registry {
		if seen[en.key] || plurals[en.plural] {
			t.Errorf("%q is declared twice", en.key)
		}
		seen[en.key], plurals[en.plural] = true, true
		if en.write == nil || en.read == nil || en.noun == "" {
			t.Errorf("%q lacks a writer, a reader or a noun", en.key)
		}
		for i := range en.row.NumField() {
			f := en.row.Field(i)
			if tag := f.Tag.Get("json"); tag == "" || strings.HasPrefix(tag, "-") {
				t.Errorf("%s.%s has no JSON name: the file format would not say it", en.key, f.Name)
			}
		}
		if k := en.fileType().Kind(); (en.single && k != reflect.Pointer) || (!en.single && k != reflect.Slice) {
			t.Errorf("%q is written as a %v", en.key, k)
		}
	}
}
