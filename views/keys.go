package views

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/views/widgets"
)

// Keys without a modifier (F1, Escape) never reach a window's shortcuts in
// the desktop driver; widgets.Entry, the text field every screen uses,
// offers them to the window first (widgets.HandleWindowKeys, set in
// NewUI), so F1 opens the shortcut list and Escape closes the dialog on top
// wherever the keyboard focus is.

// entry is the text field every screen uses: widgets.Entry.
type entry = widgets.Entry

func newEntry() *entry { return widgets.NewEntry() }

func newMultiLineEntry() *entry { return widgets.NewMultiLineEntry() }

func newPasswordEntry() *entry { return widgets.NewPasswordEntry() }

// dateField is the date field every screen uses: widgets.DateField.
type dateField = widgets.DateField

func newDateField() *dateField { return widgets.NewDateField() }

func newDateFieldAt(d model.Date) *dateField { return widgets.NewDateFieldAt(d) }

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
