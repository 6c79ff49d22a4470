package i18n

import (
	"maps"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// TestPackedCataloguesSayWhatTheFilesSay: each language Venn carries
// packed says, key for key and form for form, what its files in catalog/
// say; after editing a translation, `go generate ./i18n` packs it again.
// Every language with files is packed, and only English is carried as
// files.
func TestPackedCataloguesSayWhatTheFilesSay(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(CatalogDir, "[a-z][a-z].json"))
	if err != nil || len(files) < 2 {
		t.Fatalf("catalogue files: %v, %v", files, err)
	}
	for _, path := range files {
		tag := strings.TrimSuffix(filepath.Base(path), ".json")
		want := filesCatalogue(t, tag)
		got := map[string]entry{}
		if tag == "en" {
			got = catalogue("en")
		} else if err := loadPacked(tag, got); err != nil {
			t.Fatal(err)
		}
		if len(got) == 0 {
			t.Errorf("%s is not carried: run go generate ./i18n", tag)
			continue
		}
		if !reflect.DeepEqual(got, want) {
			for key, w := range want {
				if !reflect.DeepEqual(got[key], w) {
					t.Errorf("%s %s is %q in the files, %q packed: run go generate ./i18n", tag, key, maps.Collect(w.forms()), maps.Collect(got[key].forms()))
					break
				}
			}
			t.Errorf("%s: %d messages in the files, %d packed: run go generate ./i18n", tag, len(want), len(got))
		}
	}
	embedded, err := catalogs.ReadDir(CatalogDir)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range embedded {
		if !strings.HasSuffix(f.Name(), ".en.json") && f.Name() != "en.json" {
			t.Errorf("%s is carried as a file as well as packed", f.Name())
		}
	}
}

// filesCatalogue reads a language's catalogue from its files in catalog/,
// as a translator leaves them.
func filesCatalogue(t *testing.T, tag string) map[string]entry {
	t.Helper()
	parts, err := filepath.Glob(filepath.Join(CatalogDir, "ui-*."+tag+".json"))
	if err != nil {
		t.Fatal(err)
	}
	msgs := map[string]entry{}
	for _, path := range append([]string{filepath.Join(CatalogDir, tag+".json")}, parts...) {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if err := addMessages(path, data, msgs); err != nil {
			t.Fatal(err)
		}
	}
	return msgs
}
