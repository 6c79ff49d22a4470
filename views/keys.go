package views

import (
	"slices"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// Keys without a modifier (F1, Escape) never reach a window's shortcuts in
// the desktop driver: they go to the focused widget, or to the canvas when
// nothing has focus. Venn catches them in both places — the canvas handler
// set in showMain, and entry, the text field every screen uses — so F1
// opens the shortcut list and Escape closes the dialog on top wherever the
// keyboard focus is.

// windowKeys maps a canvas to the handler of its window's keys. A window's
// keys are read on the UI goroutine, but its UI may be closed from the
// quit watch's goroutine when the window is stuck, so the map is locked.
var windowKeys = keyHandlers{m: map[fyne.Canvas]func(*fyne.KeyEvent) bool{}}

// keyHandlers is a map of canvases to key handlers, safe to use from any
// goroutine.
type keyHandlers struct {
	mu sync.Mutex
	m  map[fyne.Canvas]func(*fyne.KeyEvent) bool
}

func (k *keyHandlers) set(c fyne.Canvas, handle func(*fyne.KeyEvent) bool) {
	k.mu.Lock()
	defer k.mu.Unlock()
	k.m[c] = handle
}

func (k *keyHandlers) get(c fyne.Canvas) func(*fyne.KeyEvent) bool {
	k.mu.Lock()
	defer k.mu.Unlock()
	return k.m[c]
}

func (k *keyHandlers) remove(c fyne.Canvas) {
	k.mu.Lock()
	defer k.mu.Unlock()
	delete(k.m, c)
}

// entry is a text field that lets the window see F1 and Escape first.
type entry struct {
	widget.Entry
	// onEscape, if set, runs on an Escape the window did not use.
	onEscape func()
}

func newEntry() *entry {
	e := &entry{}
	e.ExtendBaseWidget(e)
	return e
}

func newMultiLineEntry() *entry {
	e := newEntry()
	e.MultiLine = true
	e.Wrapping = fyne.TextWrapWord
	return e
}

func newPasswordEntry() *entry {
	e := newEntry()
	e.Password = true
	return e
}

// TypedKey offers the key to the window before the field handles it.
func (e *entry) TypedKey(ev *fyne.KeyEvent) {
	if c := fyne.CurrentApp().Driver().CanvasForObject(e); c != nil {
		if handle := windowKeys.get(c); handle != nil && handle(ev) {
			return
		}
	}
	if ev.Name == fyne.KeyEscape && e.onEscape != nil {
		e.onEscape()
		return
	}
	e.Entry.TypedKey(ev)
}

// typedKey handles the window's unmodified keys; it reports whether it
// used the key.
func (ui *UI) typedKey(ev *fyne.KeyEvent) bool {
	switch ev.Name {
	case fyne.KeyF1:
		ui.showShortcuts()
		return true
	case fyne.KeyEscape:
		return ui.dismissTop()
	}
	return false
}

// dialogLike is what Venn needs of a dialog: every Fyne dialog, the file
// dialogs included, has these.
type dialogLike interface {
	Show()
	Hide()
	SetOnClosed(func())
}

// openDialog shows d and keeps it on the window's stack of open dialogs,
// so Escape closes the one on top. cancel is what Escape does; nil means
// hiding the dialog (which tells its callback "cancelled").
func (ui *UI) openDialog(d dialogLike, cancel func()) {
	if cancel == nil {
		cancel = d.Hide
	}
	open := &openDialog{d: d, cancel: cancel}
	ui.dialogs = append(ui.dialogs, open)
	d.SetOnClosed(func() {
		ui.dialogs = slices.DeleteFunc(ui.dialogs, func(o *openDialog) bool { return o == open })
	})
	d.Show()
}

type openDialog struct {
	d      dialogLike
	cancel func()
}

// dismissTop cancels the dialog on top, if there is one.
func (ui *UI) dismissTop() bool {
	if len(ui.dialogs) == 0 {
		return false
	}
	ui.dialogs[len(ui.dialogs)-1].cancel()
	return true
}

// showDialog opens d (see openDialog) at size, if one is given. The size is
// set after the dialog is shown: Fyne's file dialogs have nothing to size
// before then.
func (ui *UI) showDialog(d interface {
	dialogLike
	Resize(fyne.Size)
}, size fyne.Size) {
	ui.openDialog(d, nil)
	if !size.IsZero() {
		d.Resize(size)
	}
}

// showForm is dialog.ShowForm on the window's stack of dialogs.
func (ui *UI) showForm(title, confirm, dismiss string, items []*widget.FormItem, done func(bool)) *dialog.FormDialog {
	d := dialog.NewForm(title, confirm, dismiss, items, done, ui.win)
	ui.openDialog(d, nil)
	return d
}

// showConfirm is dialog.ShowConfirm on the window's stack of dialogs.
func (ui *UI) showConfirm(title, message string, done func(bool)) {
	ui.openDialog(dialog.NewConfirm(title, message, done, ui.win), nil)
}

// showInformation is dialog.ShowInformation on the window's stack of dialogs.
func (ui *UI) showInformation(title, message string) {
	ui.openDialog(dialog.NewInformation(title, message, ui.win), nil)
}

// fileDialogSize is the size of the file and folder pickers.
var fileDialogSize = fyne.NewSize(760, 520)
