package views

import (
	"errors"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"

	"github.com/vennplanner/venn/app"
)

// Undo and redo. Ctrl+Z undoes the last edit of this session and
// Ctrl+Shift+Z (or Ctrl+Y) makes it again; in a text field they undo and
// redo the typing instead, as people expect. Each undo is a new edit, so the
// partner's computer takes it like any other (see app.Service.Undo).

// redoShortcut is Ctrl+Shift+Z.
var redoShortcut = &desktop.CustomShortcut{KeyName: fyne.KeyZ, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}

// textUndoer is a text field with its own undo: every Fyne entry.
type textUndoer interface {
	Undo()
	Redo()
}

// addUndoShortcuts lets the window's canvas take the keys when nothing that
// has its own use for them is focused (the desktop driver offers them to
// the main menu first, whose items do the same).
func (ui *UI) addUndoShortcuts() {
	c := ui.win.Canvas()
	c.AddShortcut(&fyne.ShortcutUndo{}, func(fyne.Shortcut) { ui.undoKey() })
	c.AddShortcut(redoShortcut, func(fyne.Shortcut) { ui.redoKey() })
	c.AddShortcut(&fyne.ShortcutRedo{}, func(fyne.Shortcut) { ui.redoKey() })
}

// undoShortcut handles the undo and redo keys for a focused widget with
// shortcuts of its own (the board); it reports whether s was one.
func (ui *UI) undoShortcut(s fyne.Shortcut) bool {
	switch s.ShortcutName() {
	case (&fyne.ShortcutUndo{}).ShortcutName():
		ui.undoKey()
	case redoShortcut.ShortcutName(), (&fyne.ShortcutRedo{}).ShortcutName():
		ui.redoKey()
	default:
		return false
	}
	return true
}

// undoKey is Ctrl+Z: the focused text field's typing, else the last edit.
func (ui *UI) undoKey() {
	if t, ok := ui.win.Canvas().Focused().(textUndoer); ok {
		t.Undo()
		return
	}
	ui.undo()
}

// redoKey is Ctrl+Shift+Z and Ctrl+Y.
func (ui *UI) redoKey() {
	if t, ok := ui.win.Canvas().Focused().(textUndoer); ok {
		t.Redo()
		return
	}
	ui.redo()
}

// undo reverses the last edit and says so at the foot of the window, with
// a Redo. The change notification redraws the screen.
func (ui *UI) undo() {
	what, err := ui.svc.Undo(ui.ctx)
	ui.sayReversed(what, err, "ui.settings.undoneWhat", "ui.settings.notUndone", "ui.settings.nothingToUndo", "ui.settings.redo", ui.redo)
}

// redo makes the last undone edit again.
func (ui *UI) redo() {
	what, err := ui.svc.Redo(ui.ctx)
	ui.sayReversed(what, err, "ui.settings.redoneWhat", "ui.settings.notRedone", "ui.settings.nothingToRedo", "ui.settings.undo", ui.undo)
}

// sayReversed tells how an undo or redo went, offering the way back; the
// words are catalogue keys, done and notDone with the edit as What.
func (ui *UI) sayReversed(what string, err error, done, notDone, nothing, back string, again func()) {
	switch {
	case errors.Is(err, app.ErrNothingToUndo), errors.Is(err, app.ErrNothingToRedo):
		ui.toast(say(nothing))
	case errors.Is(err, app.ErrChangedSince):
		ui.toast(say(notDone, "What", what))
	case err != nil:
		ui.showError(err)
	default:
		ui.notice.show(say(done, "What", what), say(back), again)
	}
}

// offerUndo says at the foot of the window what an edit did (a delete, an
// archive) with an Undo button, as mail and task apps do.
func (ui *UI) offerUndo(message string) {
	ui.notice.show(message, say("ui.settings.undo"), ui.undo)
}
