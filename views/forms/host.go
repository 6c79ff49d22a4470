package forms

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/app"
	"github.com/vennplanner/venn/i18n"
	"github.com/vennplanner/venn/model"
)

// Host is what a form needs of the window it opens in. Every method is
// called on the UI goroutine.
type Host interface {
	// Service is the app service the form reads and saves through, and
	// Context the context of its calls.
	Service() *app.Service
	Context() context.Context
	// Window is the main window: the forms' dialogs open over it.
	Window() fyne.Window
	// Household and Partners are the household as the window last read it.
	Household() model.Household
	Partners() []model.Partner
	// Today is the day by the service's clock.
	Today() model.Date
	// ThisPartner is the partner this computer belongs to (Settings ›
	// Sync), "" when nobody chose.
	ThisPartner() string

	// OpenDialog shows d on the window's stack of open dialogs, so that
	// Escape closes the one on top; cancel is what Escape does (nil hides
	// d).
	OpenDialog(d Dialog, cancel func())
	// ShowConfirm asks a yes-or-no question in a dialog on the stack.
	ShowConfirm(title, message string, done func(yes bool))
	// ShowError says what went wrong, in plain words, in a dialog.
	ShowError(err error)
	// Toast says something short at the foot of the window for a moment.
	Toast(message string)
	// OfferUndo says what an edit did (a delete, an archive) with an Undo
	// button at the foot of the window.
	OfferUndo(message string)
}

// Dialog is what a host needs of a dialog: every Fyne dialog has these.
type Dialog interface {
	Show()
	Hide()
	SetOnClosed(func())
}

// sizedDialog is a dialog that can be sized: forms size theirs after
// showing them, as Fyne's file dialogs need.
type sizedDialog interface {
	Dialog
	Resize(fyne.Size)
}

// show opens d on the host's stack of dialogs, at size when one is given.
func show(h Host, d sizedDialog, size fyne.Size) {
	h.OpenDialog(d, nil)
	if !size.IsZero() {
		d.Resize(size)
	}
}

// wrapped is a label whose words wrap.
func wrapped(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	return l
}

// ownerLabel is an owner's name as the forms show it: a partner's name cut
// at model.ShortNameLen characters, or "Shared".
func ownerLabel(o model.Owner, partners []model.Partner) string {
	return model.Shorten(model.OwnerNameIn(i18n.Screen(), o, partners), model.ShortNameLen)
}

// heading is a bold label over a part of a form.
func heading(text string) *widget.Label {
	return widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
}
