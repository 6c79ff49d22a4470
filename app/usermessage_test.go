package app

import (
	"fmt"
	"testing"

	"github.com/vennplanner/venn/i18n"
	"github.com/vennplanner/venn/storage"
)

// TestUserMessageSpeaksTheCallersLanguage: a validation error and a
// storage problem read in German when German is asked for, and in English
// without a language, whatever the window speaks.
func TestUserMessageSpeaksTheCallersLanguage(t *testing.T) {
	full := fmt.Errorf("put goal: %w", storage.ErrDiskFull)
	if got := UserMessageIn(nil, ErrWrongPassphrase); got != ErrWrongPassphrase.Error() || got == "" {
		t.Errorf("without a language: %q", got)
	}
	de := i18n.For("de")
	if got := UserMessageIn(de, ErrWrongPassphrase); got != "Diese Passphrase entsperrt den Bereich nicht. Prüf die Tastaturbelegung und die Feststelltaste und versuch es noch einmal." {
		t.Errorf("in German: %q", got)
	}
	if got := UserMessageIn(nil, full); got != "There is no room left on the disk for Venn's data; free some space and try again (nothing was changed)." {
		t.Errorf("a full disk in English: %q", got)
	}
	if got := UserMessageIn(de, full); got != de.T("ui.model.diskFull") || got == UserMessageIn(nil, full) {
		t.Errorf("a full disk in German: %q", got)
	}
	i18n.SetScreen(de)
	t.Cleanup(func() { i18n.SetScreen(nil) })
	if got := UserMessageIn(nil, full); got != "There is no room left on the disk for Venn's data; free some space and try again (nothing was changed)." {
		t.Errorf("English asked for in a German window: %q", got)
	}
}
