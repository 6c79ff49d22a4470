package views

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// TestUndoAndRedoFromTheKeysAndTheNotice: Ctrl+Z on the board undoes a
// card's move and Ctrl+Shift+Z makes it again; a deleted goal comes back
// from the notice's Undo; in a text field Ctrl+Z undoes the typing only.
func TestUndoAndRedoFromTheKeysAndTheNotice(t *testing.T) {
	ui, w := newTestUI(t, true)
	b := ui.board
	card := cardTitled(t, w, "Run a half marathon")
	test.Tap(card)
	id := card.Goal.ID
	before, _ := ui.svc.Goal(ui.ctx, id)
	b.TypedShortcut(ctrl(fyne.KeyRight))
	if g, _ := ui.svc.Goal(ui.ctx, id); g.Column == before.Column {
		t.Fatal("Ctrl+Right did not move the card")
	}
	// The board has the focus, so it is the board that hears Ctrl+Z.
	b.TypedShortcut(&fyne.ShortcutUndo{})
	if g, _ := ui.svc.Goal(ui.ctx, id); g.Column != before.Column || g.Rank != before.Rank {
		t.Fatalf("after Ctrl+Z the goal is in %s at %q, want %s at %q", g.Column, g.Rank, before.Column, before.Rank)
	}
	if !strings.Contains(ui.notice.text.Text, "Undone: goal moved") || ui.notice.action.Text != "Redo" {
		t.Fatalf("the notice after undo says %q with %q", ui.notice.text.Text, ui.notice.action.Text)
	}
	b.TypedShortcut(redoShortcut)
	if g, _ := ui.svc.Goal(ui.ctx, id); g.Column == before.Column {
		t.Fatal("Ctrl+Shift+Z did not move the card again")
	}
	// Nothing focused: the Edit menu, which the desktop driver offers the
	// keys first, with the keys it shows.
	w.Canvas().Unfocus()
	edit := menuItems(t, ui, "Edit")
	if len(edit) != 2 || edit[0].Shortcut.ShortcutName() != (&fyne.ShortcutUndo{}).ShortcutName() || edit[1].Shortcut != redoShortcut {
		t.Fatal("the Edit menu should hold Undo (Ctrl+Z) and Redo (Ctrl+Shift+Z)")
	}
	edit[0].Action()
	if g, _ := ui.svc.Goal(ui.ctx, id); g.Column != before.Column {
		t.Fatal("Undo in the Edit menu did not undo")
	}
	edit[1].Action()
	if g, _ := ui.svc.Goal(ui.ctx, id); g.Column == before.Column {
		t.Fatal("Redo in the Edit menu did not redo")
	}

	// A delete offers its undo at the foot of the window.
	b.confirmDelete(id)
	tapButtonLabelled(t, w, "Yes")
	if _, err := ui.svc.Goal(ui.ctx, id); err == nil {
		t.Fatal("the goal was not deleted")
	}
	if !ui.notice.box.Visible() || ui.notice.action.Text != "Undo" || !strings.Contains(ui.notice.text.Text, "Run a half marathon") {
		t.Fatalf("after the delete the notice says %q with %q", ui.notice.text.Text, ui.notice.action.Text)
	}
	test.Tap(ui.notice.action)
	if g, err := ui.svc.Goal(ui.ctx, id); err != nil || g.Title != "Run a half marathon" {
		t.Fatalf("Undo did not bring the goal back: %v", err)
	}
	cardTitled(t, w, "Run a half marathon") // and the board shows it again

	// In a text field, Ctrl+Z is the field's.
	w.Canvas().Focus(b.search)
	test.Type(b.search, "Ωmega")
	next, _ := ui.svc.NextUndo()
	ui.undoKey()
	if b.search.Text == "Ωmega" {
		t.Fatal("Ctrl+Z in the search field did not undo the typing")
	}
	if now, _ := ui.svc.NextUndo(); now != next {
		t.Fatalf("Ctrl+Z in a text field undid an edit: next undo was %q, is %q", next, now)
	}
	if got, _ := ui.svc.Goal(ui.ctx, id); got.Column == before.Column {
		t.Fatal("Ctrl+Z in a text field moved the goal back")
	}
}

// TestUndoWithNothingToUndoSaysSo: the first Ctrl+Z after opening says
// there is nothing, in words.
func TestUndoWithNothingToUndoSaysSo(t *testing.T) {
	ui, _ := newTestUI(t, true)
	ui.undo()
	if !strings.Contains(ui.notice.text.Text, "Nothing to undo") {
		t.Fatalf("notice %q", ui.notice.text.Text)
	}
	ui.redo()
	if !strings.Contains(ui.notice.text.Text, "Nothing to redo") {
		t.Fatalf("notice %q", ui.notice.text.Text)
	}
}

// menuItems returns the items of the main menu called name.
func menuItems(t *testing.T, ui *UI, name string) []*fyne.MenuItem {
	t.Helper()
	for _, m := range ui.mainMenu().Items {
		if m.Label == name {
			return m.Items
		}
	}
	t.Fatalf("no %s menu", name)
	return nil
}
