package app

import (
	"fmt"
	"testing"

	"github.com/vennplanner/venn/i18n"
	"github.com/vennplanner/venn/storage"
)

// TestUserMessageSpeaksTheScreensLanguage: a validation error and a
// storage problem read in German in a German window, and in English on
// the command line (no screen language chosen).
func TestUserMessageSpeaksTheScreensLanguage(t *testing.T) {
	full := fmt.Errorf("put goal: %w", storage.ErrDiskFull)
	if got := UserMessage(ErrWrongPassphrase); got != ErrWrongPassphrase.Message {
		t.Errorf("without a screen language: %q", got)
	}
	de := i18n.For("de")
	if got := UserMessageIn(de, ErrWrongPassphrase); got != "Diese Passphrase entsperrt den Bereich nicht. Prüf die Tastaturbelegung und die Feststelltaste und versuch es noch einmal." {
		t.Errorf("in German: %q", got)
	}
	if got := UserMessageIn(nil, full); got != "There is no room left on the disk for Venn's data; free some space and try again (nothing was changed)." {
		t.Errorf("a full disk in English: %q", got)
	}
	i18n.SetScreen(de)
	t.Cleanup(func() { i18n.SetScreen(nil) })
	if got := UserMessage(full); got != de.T("ui.model.diskFull") || got == UserMessageIn(nil, full) {
		t.Errorf("a full disk in a German window: %q", got)
	}
}
