package i18n

import (
	"testing"

	"fyne.io/fyne/v2/lang"
)

// TestCataloguesLoadIntoFynesLang: the same files load into Fyne's lang
// package, which the window's screens will speak through.
func TestCataloguesLoadIntoFynesLang(t *testing.T) {
	if err := lang.AddTranslationsFS(Catalogues(), CatalogDir); err != nil {
		t.Fatalf("Fyne's lang refuses the catalogues: %v", err)
	}
	if got := lang.X("tray.open", "Open Venn"); got == "" {
		t.Error("Fyne's lang says nothing for tray.open")
	}
}
