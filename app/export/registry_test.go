package export

import (
	"testing"

	"github.com/vennplanner/venn/storage"
)

func TestEveryKeyOfTheFileIsDeclaredOnce(t *testing.T) {
	keys := map[string]bool{}
	plurals := map[string]bool{}
	entities, err := registry(storage.Entities)
	if err != nil {
		t.Fatal(err)
	}
	for _, en := range entities {
		x := en.Export
		if keys[x.Key] || plurals[x.Plural] {
			t.Errorf("%q is declared twice", x.Key)
		}
		keys[x.Key], plurals[x.Plural] = true, true
		if x.Noun == "" || x.Plural == "" {
			t.Errorf("%q lacks a noun", x.Key)
		}
		if _, ok := readers[en.Table]; !ok {
			t.Errorf("%q has no reader: Venn's own entities all have rules of their own", x.Key)
		}
	}
	for table := range readers {
		if _, ok := keysOf(table); !ok {
			t.Errorf("a reader for %s, which has no key of its own in the file", table)
		}
	}
}

func keysOf(table string) (string, bool) {
	for _, en := range topLevel(storage.Entities) {
		if en.Table == table {
			return en.Export.Key, true
		}
	}
	return "", false
}
