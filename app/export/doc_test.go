package export

import (
	"flag"
	"os"
	"strings"
	"testing"

	"github.com/vennplanner/venn/storage"
)

var update = flag.Bool("update", false, "rewrite the reference in docs/export-format.md from the entities' descriptions")

// formatDocument is the export format's documentation.
const formatDocument = "../../docs/export-format.md"

// TestFormatDocument keeps docs/export-format.md's reference as the
// entities' descriptions make it: a key or a field described and exported
// but missing there, or there but no longer described, fails it.
func TestFormatDocument(t *testing.T) {
	doc, err := os.ReadFile(formatDocument)
	if err != nil {
		t.Fatal(err)
	}
	before, rest, found := strings.Cut(string(doc), DocumentStart+"\n")
	reference, after, foundEnd := strings.Cut(rest, DocumentEnd)
	if !found || !foundEnd {
		t.Fatalf("%s lacks the lines around its reference:\n%s\n%s", formatDocument, DocumentStart, DocumentEnd)
	}
	want := "\n" + Document(storage.Entities) + "\n"
	if *update {
		if err := os.WriteFile(formatDocument, []byte(before+DocumentStart+"\n"+want+DocumentEnd+after), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if reference != want {
		t.Fatalf("the reference in %s is not what storage/entities.go describes (go test ./app/export -run TestFormatDocument -update rewrites it):\n%s",
			formatDocument, firstDifference(reference, want))
	}
}

// TestFormatDocumentNamesEveryField checks the reference itself: every
// key of the file and every field its description exports has its row.
func TestFormatDocumentNamesEveryField(t *testing.T) {
	doc := Document(storage.Entities)
	for _, en := range topLevel(storage.Entities) {
		if !strings.Contains(doc, "### `"+en.Export.Key+"`\n") {
			t.Errorf("the reference has no heading for %q", en.Export.Key)
		}
		for _, field := range (entity{Entity: en}).fields() {
			if !strings.Contains(doc, "| `"+field+"` |") {
				t.Errorf("the reference has no row for %s's %q", en.Export.Key, field)
			}
		}
	}
}

func firstDifference(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := range min(len(g), len(w)) {
		if g[i] != w[i] {
			return "line " + g[i] + "\n  want " + w[i]
		}
	}
	return "one ends before the other"
}
