package walk

import (
	"fmt"
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// testLanguages walks every page once in German (the longest words) and
// once in Arabic (right to left), chosen in Settings the way a couple
// would, in the smallest window: no page may need more room than the
// window has. English comes back at the end.
func testLanguages(t *testing.T) {
	c := combo{"Light", fyne.NewSize(1024, 640), false}
	setAppearance(t, c.theme)
	resize(t, c.size)
	for _, l := range []struct{ name, tag string }{{"Deutsch", "de"}, {"العربية", "ar"}} {
		chooseLanguage(t, l.name)
		visitEveryPage(t, c, l.tag)
	}
	chooseLanguage(t, "English")
	if got := tabTitles(mainTabs()); !slices.Contains(got, "Settings") {
		t.Fatalf("back in English, the tabs are %q", got)
	}
}

// chooseLanguage picks a language, by its own name, in Settings ›
// Appearance; Settings is the last tab, whatever its name.
func chooseLanguage(t *testing.T, name string) {
	t.Helper()
	tabs := mainTabs()
	clickTab(t, tabs, len(tabTitles(tabs))-1)
	var choice *widget.Select
	if pages := innerTabs(tabs); pages != nil {
		for i := range tabTitles(pages) {
			clickTab(t, pages, i)
			onUI(func() { choice = languageChoice(pages.Items[i].Content) })
			if choice != nil {
				break
			}
		}
	}
	if choice == nil {
		t.Fatalf("Settings has no language choice offering %q", name)
	}
	onUI(func() { choice.SetSelected(name) })
	settle()
}

// languageChoice is the choice that offers Venn's languages by their own
// names.
func languageChoice(root fyne.CanvasObject) *widget.Select {
	var found *widget.Select
	visit(root, func(o fyne.CanvasObject, _ []fyne.CanvasObject) bool {
		if s, ok := o.(*widget.Select); ok && slices.Contains(s.Options, "Deutsch") && slices.Contains(s.Options, "English") {
			found = s
		}
		return found == nil
	})
	return found
}

// visitEveryPage checks every tab and inner tab, as they are named in the
// language the window speaks, and takes a screenshot of each.
func visitEveryPage(t *testing.T, c combo, lang string) {
	tabs := mainTabs()
	for i, title := range tabTitles(tabs) {
		clickTab(t, tabs, i)
		inner := innerTabs(tabs)
		if inner == nil {
			page := fmt.Sprintf("%s %d %s", lang, i+1, title)
			checkPage(t, c, page)
			screenshot(t, fileName(c.String(), page))
			continue
		}
		for j, sub := range tabTitles(inner) {
			clickTab(t, inner, j)
			page := fmt.Sprintf("%s %d.%d %s › %s", lang, i+1, j+1, title, sub)
			checkPage(t, c, page)
			screenshot(t, fileName(c.String(), page))
		}
	}
}
