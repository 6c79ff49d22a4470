package forms

import (
	"errors"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/views/widgets"
)

// Checked is a form dialog that stays open until what is typed is saved.
// A refused save says why in plain words under the field at fault (under
// the form when no field is), and every word typed stays, to be mended;
// Enter in a one-line field saves, Escape and Cancel close.
type Checked struct {
	host    Host
	dialog  *dialog.CustomDialog
	form    *widget.Form
	problem *widget.Label            // a problem no field answers for
	fields  map[string]*fieldProblem // by model.ValidationError.Field
	save    func() error
	focus   fyne.Focusable // the first text field, focused on opening
}

// fieldProblem is where a field's problem is said, and the field.
type fieldProblem struct {
	label *widget.Label
	field fyne.CanvasObject
}

// NewChecked makes a form dialog whose confirm button runs save; the
// dialog closes when save returns nil.
func NewChecked(h Host, title, confirm string, save func() error) *Checked {
	f := &Checked{host: h, form: widget.NewForm(), problem: problemLabel(), fields: map[string]*fieldProblem{}, save: save}
	ok := widget.NewButtonWithIcon(confirm, theme.ConfirmIcon(), f.Submit)
	ok.Importance = widget.HighImportance
	cancel := widget.NewButtonWithIcon(say("ui.common.cancel"), theme.CancelIcon(), func() { f.dialog.Hide() })
	f.dialog = dialog.NewCustomWithoutButtons(title, container.NewVBox(f.form, f.problem), h.Window())
	f.dialog.SetButtons([]fyne.CanvasObject{cancel, ok})
	return f
}

// problemLabel is a hidden label that says what is wrong.
func problemLabel() *widget.Label {
	l := wrapped("")
	l.Importance = widget.DangerImportance
	l.Hide()
	return l
}

// Field adds a row: its label, the widget, and the problems it answers for
// (the Field of a model.ValidationError).
func (f *Checked) Field(label string, w fyne.CanvasObject, problems ...string) {
	p := &fieldProblem{label: problemLabel(), field: w}
	for _, name := range problems {
		f.fields[name] = p
	}
	f.form.Append(label, container.NewVBox(w, p.label))
	if e, ok := w.(*widgets.Entry); ok {
		if f.focus == nil {
			f.focus = e
		}
		if !e.MultiLine && e.OnSubmitted == nil {
			e.OnSubmitted = func(string) { f.Submit() }
		}
	}
}

// FocusFirst makes w the field focused on opening, instead of the first
// text field.
func (f *Checked) FocusFirst(w fyne.Focusable) { f.focus = w }

// Show opens the form at size with its first text field focused.
func (f *Checked) Show(size fyne.Size) {
	show(f.host, f.dialog, size)
	if f.focus != nil {
		f.host.Window().Canvas().Focus(f.focus)
	}
}

// Submit saves; the form closes, or says what is wrong and stays open.
func (f *Checked) Submit() {
	err := f.save()
	f.problem.Hide()
	for _, p := range f.fields {
		p.label.Hide()
	}
	if err == nil {
		f.dialog.Hide()
		return
	}
	where := f.problem
	var ve *model.ValidationError
	if errors.As(err, &ve) {
		if p, ok := f.fields[ve.Field]; ok {
			where = p.label
			if focus := focusIn(p.field); focus != nil {
				f.host.Window().Canvas().Focus(focus)
			}
		}
	}
	where.SetText(sayError(err))
	where.Show()
	f.form.Refresh()
}

// focusIn is o, or the first thing inside it, that takes the keyboard.
func focusIn(o fyne.CanvasObject) fyne.Focusable {
	if f, ok := o.(fyne.Focusable); ok {
		return f
	}
	if c, ok := o.(*fyne.Container); ok {
		for _, x := range c.Objects {
			if f := focusIn(x); f != nil {
				return f
			}
		}
	}
	return nil
}
