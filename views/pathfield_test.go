package views

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A path typed into the export, import or print form is taken as it is —
// an absolute one, or one starting with ~ — and the next form starts in the
// folder last used; a path that will not do is said in the form, which
// stays open with what was typed.
func TestATypedPathIsTakenAsItIsAndTheFolderRemembered(t *testing.T) {
	ui, w := newTestUI(t, true)
	home := t.TempDir()
	t.Setenv("HOME", home)
	dir := filepath.Join(home, "Dokumente — Zoë 📁")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	ui.exportDialog()
	field := overlayWidgets[*entry](w)
	if len(field) != 1 {
		t.Fatalf("the export form has %d fields", len(field))
	}
	// A folder that does not exist: said, and the form stays.
	field[0].SetText(filepath.Join(home, "no such folder", "venn.json"))
	tapButtonLabelled(t, w, "Export")
	if !strings.Contains(windowText(w), "There is no folder") || w.Canvas().Overlays().Top() == nil {
		t.Fatalf("a path into a missing folder was not refused in the form:\n%s", windowText(w))
	}
	field[0].SetText("~/Dokumente — Zoë 📁/ours.json")
	tapButtonLabelled(t, w, "Export")
	exported := filepath.Join(dir, "ours.json")
	data, err := os.ReadFile(exported)
	if err != nil || !strings.Contains(string(data), "Two weeks in Italy") {
		t.Fatalf("the export was not written to the typed path: %v", err)
	}
	// The next form starts in that folder.
	ui.importDialog()
	field = overlayWidgets[*entry](w)
	if got := field[len(field)-1].Text; got != dir {
		t.Fatalf("the import form starts at %q, not the folder last used %q", got, dir)
	}
	field[len(field)-1].SetText(exported)
	tapButtonLabelled(t, w, "Import")
	if !strings.Contains(windowText(w), "Imported ours.json") {
		t.Fatalf("the typed file was not imported:\n%s", windowText(w))
	}
}
