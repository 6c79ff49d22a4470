package i18n

import (
	"maps"
	"strings"
	"testing"
)

// BenchmarkReadEnglishCatalogue reads the English catalogue, which every
// start reads (each other language is read the first time it is spoken).
func BenchmarkReadEnglishCatalogue(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		catMu.Lock()
		delete(messages, "en")
		err := loadOne("en")
		catMu.Unlock()
		if err != nil {
			b.Fatal(err)
		}
	}
}

// A catalogue file reads a sentence into other and a plural message into
// its forms, keeps no translator's description, and refuses a form no
// language has and a key another part already gave.
func TestACatalogueFileReadsSentencesAndForms(t *testing.T) {
	msgs := map[string]entry{}
	err := addMessages("a.json", []byte(`{"hello": "Hallo, {{.Name}} 👋",
		"goals": {"description": "on the board", "one": "{{.Count}} Ziel", "other": "{{.Count}} Ziele"}}`), msgs)
	if err != nil {
		t.Fatal(err)
	}
	if e := msgs["hello"]; e.isPlural() || e.form("other") != "Hallo, {{.Name}} 👋" {
		t.Errorf("hello read as %+v", e)
	}
	goals := msgs["goals"]
	if !goals.isPlural() || goals.form("one") != "{{.Count}} Ziel" || goals.form("other") != "{{.Count}} Ziele" || goals.form("few") != "" {
		t.Errorf("goals read as %v", maps.Collect(goals.forms()))
	}
	if _, kept := maps.Collect(goals.forms())["description"]; kept {
		t.Error("the translator's description was kept as a form")
	}
	if err := addMessages("b.json", []byte(`{"x": {"one": "a", "several": "b"}}`), msgs); err == nil || !strings.Contains(err.Error(), "several") {
		t.Errorf("an unknown form: %v", err)
	}
	if err := addMessages("c.json", []byte(`{"hello": "again"}`), msgs); err == nil || !strings.Contains(err.Error(), "another part") {
		t.Errorf("a key given twice: %v", err)
	}
	if err := addMessages("d.json", []byte(`{"n": 3}`), msgs); err == nil {
		t.Error("a number was read as a message")
	}
}
