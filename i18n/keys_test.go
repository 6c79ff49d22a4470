package i18n

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// keyPattern is what a catalogue key looks like: a known prefix, a dot,
// then ids.
var keyPattern = regexp.MustCompile(`^(summary|ics|cli|tray|remind|ui|date|num)(\.[A-Za-z0-9]+)+$`)

// keysInUse reads Venn's source (tests aside) for the catalogue keys it
// names: every string literal shaped like a key, whether it is handed to
// tr.T and tr.N directly or kept in a list first (the seven closeness
// pictures). Keys are always written whole, never pieced together, so
// this finds them all; the date formatter's numbered keys are the one
// exception (DynamicKeys).
func keysInUse(t *testing.T) map[string]string {
	t.Helper()
	keys := map[string]string{}
	fset := token.NewFileSet()
	err := filepath.WalkDir("..", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata") && path != ".." {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			return err
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING {
				if key, err := strconv.Unquote(lit.Value); err == nil && keyPattern.MatchString(key) {
					keys[key] = fset.Position(lit.Pos()).String()
				}
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return keys
}

// TestKeysInUse: every key the source uses is in the English catalogue,
// and every key of the English catalogue is used (or built by the date
// formatter), so en.json is exactly the list of keys in use.
func TestKeysInUse(t *testing.T) {
	if err := LoadError(); err != nil {
		t.Fatal(err)
	}
	used := keysInUse(t)
	if len(used) == 0 {
		t.Fatal("no translation calls found in the source")
	}
	for key, where := range used {
		if _, ok := messages["en"][key]; !ok {
			t.Errorf("%s: %q is not in catalog/en.json", where, key)
		}
	}
	for key := range messages["en"] {
		if _, ok := used[key]; !ok && !slices.Contains(DynamicKeys(), key) {
			t.Errorf("%q is in catalog/en.json but no code uses it", key)
		}
	}
}

// TestCompleteLanguagesTranslateEveryKey: a language marked complete for a
// surface has every key of it that the source uses, not empty, with all
// its plural forms; and German, French, Spanish and Arabic are complete
// for every surface: the window, the printed summary, the calendar files,
// the command line, the tray and the reminders.
func TestCompleteLanguagesTranslateEveryKey(t *testing.T) {
	used := keysInUse(t)
	surfaces := []Surface{Summary, Calendar, CLI, Tray, Reminders, Window}
	for _, l := range Languages {
		for _, s := range surfaces {
			if !Complete(l.Tag, s) {
				continue
			}
			for key := range used {
				if s.uses(key) && !translated(messages[l.Tag][key], messages["en"][key], l.Tag) {
					t.Errorf("%s is marked complete for %s but does not translate %q", l.Tag, s, key)
				}
			}
		}
	}
	for _, tag := range []string{"de", "fr", "es", "ar"} {
		for _, s := range surfaces {
			if !Complete(tag, s) {
				t.Errorf("%s is not complete for %s: missing %v", tag, s, Missing(tag, s))
			}
		}
	}
}

// TestCatalogueKeysAreKnown: no language carries a key English does not
// have (a renamed key left behind), and each plural message gives only
// forms its language has.
func TestCatalogueKeysAreKnown(t *testing.T) {
	LoadError()
	for _, l := range Languages {
		for key, e := range messages[l.Tag] {
			if _, ok := messages["en"][key]; !ok {
				t.Errorf("%s.json has %q, which English does not", l.Tag, key)
			}
			for form := range e.forms() {
				if form != "other" && !slices.Contains(pluralForms[l.Tag], form) {
					t.Errorf("%s.json: %q has the form %q, which %s does not use", l.Tag, key, form, l.Tag)
				}
			}
		}
	}
}
