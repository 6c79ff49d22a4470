package views

import (
	"bytes"
	"fmt"
	"sort"
	"strings"
	"testing"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/i18n"
)

// shownTexts are the words a page draws: every visible text, a field's
// placeholder included, each widget's words whole (a label wrapped on
// three lines is one text).
func shownTexts(root fyne.CanvasObject) []string {
	var out []string
	add := func(texts ...string) {
		for _, s := range texts {
			if strings.TrimSpace(s) != "" {
				out = append(out, s)
			}
		}
	}
	walkShown(root, func(o fyne.CanvasObject) bool {
		switch x := o.(type) {
		case *canvas.Text:
			add(x.Text)
		case *widget.Label:
			add(x.Text)
		case *widget.RichText:
			add(x.String())
		case *widget.Button:
			add(x.Text)
		case *widget.Check:
			add(x.Text)
		case *widget.Hyperlink:
			add(x.Text)
		case *widget.Select:
			add(x.PlaceHolder)
			add(x.Options...)
		case *widget.RadioGroup:
			add(x.Options...)
		case *widget.Entry:
			add(x.PlaceHolder)
		default:
			return true
		}
		return false // a widget's words are said whole
	})
	return out
}

// unmarked is what of text lies outside the catalogue's marks: the words
// that did not come from the catalogue.
func unmarked(text string) string {
	var b strings.Builder
	depth := 0
	for _, r := range text {
		switch string(r) {
		case i18n.MarkOpen:
			depth++
		case i18n.MarkClose:
			depth = max(0, depth-1)
		default:
			if depth == 0 {
				b.WriteRune(r)
			}
		}
	}
	return b.String()
}

// untranslated lists the words of text that neither came from the
// catalogue nor are the couple's own (anything in their data's export),
// nor a key's name or a unit everyone reads (Venn, Ctrl, EUR).
func untranslated(text, data string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(unmarked(text), func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' }) {
		if !strings.ContainsFunc(w, unicode.IsLetter) || strings.Contains(data, w) || ownWords[w] {
			continue
		}
		out = append(out, w)
	}
	return out
}

// ownWords are read the same in every language.
var ownWords = map[string]bool{"Venn": true, "Ctrl": true, "Shift": true, "Alt": true, "Esc": true, "F1": true,
	// each language named in its own words
	"English": true, "Deutsch": true, "Français": true, "Español": true, "العربية": true}

// Every word every screen shows comes from the catalogue or from the
// couple's own data: with a translator that marks each message, no word on
// any page is left outside a mark.
func TestEveryWordOnScreenComesFromTheCatalogue(t *testing.T) {
	ui, w := newTestUI(t, true)
	i18n.SetScreen(i18n.Marked())
	t.Cleanup(func() { i18n.SetScreen(nil) })
	ui.showMain()
	var export bytes.Buffer
	if err := ui.svc.Export(ui.ctx, &export); err != nil {
		t.Fatal(err)
	}
	data := export.String()
	found := map[string][]string{}
	check := func(page string, root fyne.CanvasObject) {
		for _, text := range shownTexts(root) {
			if strings.HasPrefix(text, "/") {
				continue // a path to the couple's data
			}
			for _, w := range untranslated(text, data) {
				found[page] = append(found[page], fmt.Sprintf("%q in %q", w, text))
			}
		}
	}
	showEveryTab(ui, w, check)
	pages := make([]string, 0, len(found))
	for p := range found {
		pages = append(pages, p)
	}
	sort.Strings(pages)
	for _, p := range pages {
		t.Errorf("%s: %d words not from the catalogue, e.g. %s", p, len(found[p]), strings.Join(found[p][:min(5, len(found[p]))], "; "))
	}
}

// The check above sees a word typed into the code, and lets pass the
// catalogue's words and the couple's own.
func TestTheCatalogueCheckFindsAWordTypedIntoTheCode(t *testing.T) {
	data := `{"title":"Run a half marathon","name":"Zoë"}`
	marked := i18n.MarkOpen + "Due" + i18n.MarkClose + " Run a half marathon · Zoë"
	if got := untranslated(marked, data); len(got) != 0 {
		t.Errorf("catalogue words and the couple's own are flagged: %q", got)
	}
	if got := untranslated("Coming due: Run a half marathon", data); len(got) != 2 || got[0] != "Coming" || got[1] != "due" {
		t.Errorf("words typed into the code: %q, want Coming and due", got)
	}
}
