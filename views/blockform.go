package views

import (
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/model"
)

// blockForm adds or edits a calendar block.
type blockForm struct {
	block   model.Block
	day     model.Date // the occurrence opened, for "delete this one"
	title   *entry
	kind    *widget.Select
	date    *widget.DateEntry
	from    *entry
	to      *entry
	repeat  *widget.Check
	days    *widget.CheckGroup
	until   *widget.DateEntry
	notes   *entry
	private *widget.Check
	dialog  dialog.Dialog
}

// kindChoices are the kinds the form offers: each partner's solo time, then
// the shared kinds.
func kindChoices(partners []model.Partner) (labels []string, kinds []model.BlockKind, owners []string) {
	for _, p := range partners {
		labels = append(labels, model.KindName(model.KindSolo, p.ID, partners))
		kinds, owners = append(kinds, model.KindSolo), append(owners, p.ID)
	}
	for _, k := range []model.BlockKind{model.KindJoint, model.KindFlexible, model.KindBuffer} {
		labels = append(labels, model.KindName(k, "", partners))
		kinds, owners = append(kinds, k), append(owners, "")
	}
	return labels, kinds, owners
}

func (s *calendarScreen) editBlock(b *model.Block, day model.Date) { s.showBlockForm(*b, day) }

// showBlockForm opens the block dialog; day is the occurrence opened (zero for a new block).
func (s *calendarScreen) showBlockForm(b model.Block, day model.Date) *blockForm {
	ui := s.ui
	f := &blockForm{block: b, day: day}
	f.title = newEntry()
	f.title.SetText(b.Title)
	f.title.SetPlaceHolder("e.g. Band practice, Date night, Nothing planned")
	labels, kinds, owners := kindChoices(ui.partners)
	f.kind = widget.NewSelect(labels, nil)
	for i := range labels {
		if kinds[i] == b.Kind && owners[i] == b.Owner {
			f.kind.SetSelectedIndex(i)
		}
	}
	if f.kind.SelectedIndex() < 0 {
		f.kind.SetSelectedIndex(len(ui.partners)) // joint
	}
	f.date = newDateEntry(b.Start.Date)
	f.from, f.to = newEntry(), newEntry()
	f.from.SetText(model.FormatClock(b.Start.Minute))
	f.to.SetText(model.FormatClock(b.End.Minute))
	f.repeat = widget.NewCheck("Every week on", nil)
	f.days = widget.NewCheckGroup(shortDays, nil)
	f.days.Horizontal = true
	if b.Repeats() {
		f.repeat.SetChecked(true)
		for _, d := range b.Days {
			f.days.Selected = append(f.days.Selected, shortDays[d])
		}
		f.days.Refresh()
	} else {
		f.days.Selected = []string{shortDays[b.Start.Date.Time().Weekday()]}
	}
	f.until = newDateEntry(b.Until)
	f.notes = newMultiLineEntry()
	f.notes.SetText(b.Notes)
	f.private = widget.NewCheck("Private (stays on this computer)", nil)
	f.private.SetChecked(b.Private)
	items := []*widget.FormItem{
		widget.NewFormItem("Title", f.title),
		widget.NewFormItem("Kind", f.kind),
		widget.NewFormItem("Day", f.date),
		widget.NewFormItem("From", f.from),
		widget.NewFormItem("To", f.to),
		widget.NewFormItem("Repeat", container.NewVBox(f.repeat, f.days)),
		widget.NewFormItem("Until (optional)", f.until),
		widget.NewFormItem("Notes", f.notes),
		widget.NewFormItem("", f.private),
	}
	form := widget.NewForm(items...)
	var buttons []fyne.CanvasObject
	title := "New block"
	if b.ID != "" {
		title = "Edit block"
		if b.Repeats() && !day.IsZero() {
			buttons = append(buttons, widget.NewButton("Delete this one", func() {
				if err := ui.svc.DeleteOccurrence(ui.ctx, b.ID, day); err != nil {
					ui.showError(err)
					return
				}
				f.dialog.Hide()
				s.reload()
			}))
		}
		del := "Delete"
		if b.Repeats() {
			del = "Delete the series"
		}
		buttons = append(buttons, widget.NewButton(del, func() {
			ui.showConfirm(del, "Delete “"+b.Title+"”? This cannot be undone.", func(ok bool) {
				if !ok {
					return
				}
				if err := ui.svc.DeleteBlock(ui.ctx, b.ID); err != nil {
					ui.showError(err)
					return
				}
				f.dialog.Hide()
				s.reload()
			})
		}))
	}
	save := widget.NewButton("Save", func() {
		if err := f.save(s); err != nil {
			ui.showError(err)
			return
		}
		f.dialog.Hide()
		s.reload()
	})
	save.Importance = widget.HighImportance
	cancel := widget.NewButton("Cancel", func() { f.dialog.Hide() })
	buttons = append(buttons, cancel, save)
	f.dialog = dialog.NewCustomWithoutButtons(title, container.NewBorder(nil, container.NewHBox(buttons...), nil, nil, form), ui.win)
	f.dialog.SetOnClosed(func() { s.blockForm = nil })
	ui.showDialog(f.dialog, fyne.NewSize(620, 560))
	ui.win.Canvas().Focus(f.title)
	s.blockForm = f
	return f
}

// read builds the block from the form, or says what is wrong in plain words.
func (f *blockForm) read(partners []model.Partner) (model.Block, error) {
	b := f.block
	b.Title, b.Notes, b.Private = f.title.Text, f.notes.Text, f.private.Checked
	_, kinds, owners := kindChoices(partners)
	i := max(0, f.kind.SelectedIndex())
	b.Kind, b.Owner = kinds[i], owners[i]
	day := dateOf(f.date)
	if day.IsZero() {
		return b, &model.ValidationError{Field: "day", Message: "Choose the day."}
	}
	from, err := model.ParseClock(strings.TrimSpace(f.from.Text))
	if err != nil {
		return b, &model.ValidationError{Field: "from", Message: "From: " + err.Error()}
	}
	to, err := model.ParseClock(strings.TrimSpace(f.to.Text))
	if err != nil && strings.TrimSpace(f.to.Text) != "24:00" {
		return b, &model.ValidationError{Field: "to", Message: "To: " + err.Error()}
	}
	if strings.TrimSpace(f.to.Text) == "24:00" {
		to = 24 * 60
	}
	b.Start = model.WallTime{Date: day, Minute: from}
	// A block keeps its length in days (an overnight block ends the next day).
	extraDays := 0
	if f.block.ID != "" {
		extraDays = int(f.block.End.Date.Time().Sub(f.block.Start.Date.Time()).Hours() / 24)
	}
	if to <= from && extraDays == 0 {
		extraDays = 1 // "22:00 to 01:00" ends the next morning
		if to == from {
			extraDays = 0
		}
	}
	b.End = model.WallTime{Date: day.AddDays(extraDays), Minute: 0}.AddMinutes(to)
	b.Days, b.Until = nil, model.Date{}
	if f.repeat.Checked {
		b.Days = []time.Weekday{}
		for _, sel := range f.days.Selected {
			for d, name := range shortDays {
				if sel == name {
					b.Days = append(b.Days, time.Weekday(d))
				}
			}
		}
		b.Until = dateOf(f.until)
	}
	return b, nil
}

func (f *blockForm) save(s *calendarScreen) error {
	b, err := f.read(s.ui.partners)
	if err != nil {
		return err
	}
	_, err = s.ui.svc.SaveBlock(s.ui.ctx, b)
	return err
}
