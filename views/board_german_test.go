package views

import (
	"strings"
	"testing"

	"github.com/vennplanner/venn/i18n"
)

// TestTodayAndBoardSpeakGerman: with the window's translator German, Today
// and the board say their words in German, not in English.
func TestTodayAndBoardSpeakGerman(t *testing.T) {
	ui, w := newTestUI(t, true)
	i18n.SetScreen(i18n.For("de"))
	t.Cleanup(func() { i18n.SetScreen(nil) })
	today := newTodayScreen(ui)
	today.reload()
	w.SetContent(today.content)
	todayText := windowText(w)
	board := newBoardScreen(ui)
	board.reload()
	w.SetContent(board)
	boardText := windowText(w)
	for _, c := range []struct{ text, want, not string }{
		{todayText, "Heute, Mittwoch", "Today, "},
		{boardText, "30 von 30 Zielen angezeigt.", "goals shown"},
		{boardText, "persönlich", "personal"},
	} {
		if !strings.Contains(c.text, c.want) || strings.Contains(c.text, c.not) {
			t.Errorf("want %q and not %q in:\n%s", c.want, c.not, c.text)
		}
	}
	if board.archive.Text != "Archiv" || !strings.HasPrefix(board.search.PlaceHolder, "Titel, Notizen") {
		t.Errorf("the board's filters say %q and %q", board.archive.Text, board.search.PlaceHolder)
	}
}
