package views

import (
	"bytes"
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"github.com/go-text/typesetting/font"
)

// TestEverySymbolVennDrawsIsInItsFonts reads every string literal of the
// code that puts words on screen and checks that each character beyond
// ASCII (dashes, bullets, €, …) has a glyph in Fyne's bundled text fonts.
// On a computer without extra fonts a missing glyph is drawn as a box; and
// one that only the symbol or emoji font has (→, ⚠) is drawn with a box
// or without the space after it, as the run of text switches fonts.
func TestEverySymbolVennDrawsIsInItsFonts(t *testing.T) {
	var faces []*font.Face
	for _, res := range []fyne.Resource{theme.DefaultTextFont(), theme.DefaultTextBoldFont(), theme.DefaultTextItalicFont()} {
		f, err := font.ParseTTF(bytes.NewReader(res.Content()))
		if err != nil {
			t.Fatalf("parse %s: %v", res.Name(), err)
		}
		faces = append(faces, f)
	}
	drawable := func(r rune) bool {
		for _, f := range faces {
			if _, ok := f.NominalGlyph(r); !ok {
				return false
			}
		}
		return true
	}
	used := map[rune][]string{}
	for _, dir := range []string{".", "widgets", "../model", "../app", "../storage", "../storage/replica"} {
		files, err := filepath.Glob(filepath.Join(dir, "*.go"))
		if err != nil {
			t.Fatal(err)
		}
		for _, file := range files {
			if strings.HasSuffix(file, "_test.go") {
				continue
			}
			fset := token.NewFileSet()
			f, err := parser.ParseFile(fset, file, nil, 0)
			if err != nil {
				t.Fatal(err)
			}
			ast.Inspect(f, func(n ast.Node) bool {
				lit, ok := n.(*ast.BasicLit)
				if !ok || lit.Kind != token.STRING {
					return true
				}
				s, err := strconv.Unquote(lit.Value)
				if err != nil {
					return true
				}
				for _, r := range s {
					if r > 0x7e {
						used[r] = append(used[r], fset.Position(lit.Pos()).String())
					}
				}
				return true
			})
		}
	}
	if len(used) == 0 {
		t.Fatal("found no symbols at all: the source was not read")
	}
	var missing []string
	for r, where := range used {
		if !drawable(r) {
			missing = append(missing, strconv.QuoteRune(r)+" (U+"+strings.ToUpper(strconv.FormatInt(int64(r), 16))+") at "+where[0])
		}
	}
	sort.Strings(missing)
	for _, m := range missing {
		t.Errorf("no bundled font has %s", m)
	}
}
