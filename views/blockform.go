package views

import (
	"fmt"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/app"
	"github.com/vennplanner/venn/model"
)

// blockForm adds or edits a calendar block.
type blockForm struct {
	block   model.Block
	day     model.Date // the occurrence opened, for "delete this one"
	title   *entry
	kind    *widget.Select
	date    *dateField
	from    *entry
	to      *entry
	repeat  *widget.Select // repeatNone, repeatWeekly, repeatMonthly or repeatYearly
	days    *widget.CheckGroup
	until   *dateField
	link    *widget.Select
	links   []app.LinkChoice
	notes   *entry
	private *widget.Check
	dialog  dialog.Dialog
}

// The repeat choices, in the form's order.
const (
	repeatNone = iota
	repeatWeekly
	repeatMonthly
	repeatYearly
)

// repeatLabels are the repeat choices for a block starting on day, in words.
func repeatLabels(day model.Date) []string {
	month := model.Block{Cycle: model.CycleMonthly, Start: model.WallTime{Date: day}}
	year := model.Block{Cycle: model.CycleYearly, Start: model.WallTime{Date: day}}
	return []string{"Does not repeat", "Every week on…", month.RepeatWords(), year.RepeatWords()}
}

// noLink is the "For" choice of a block that is not time for anything.
const noLink = "Nothing in particular"

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
	f.date = newDateFieldAt(b.Start.Date)
	f.from, f.to = newEntry(), newEntry()
	f.from.SetText(model.FormatClock(b.Start.Minute))
	f.to.SetText(model.FormatClock(b.End.Minute))
	f.setUpRepeat(b)
	f.setUpLink(ui, b)
	f.until = newDateFieldAt(b.Until)
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
		widget.NewFormItem("Time for", f.link),
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
				f.dialog.Hide() // the change redraws the calendar
				ui.offerUndo("Deleted “" + b.Title + "” on " + day.Time().Format("Mon 2 Jan") + ".")
			}))
		}
		del := "Delete"
		if b.Repeats() {
			del = "Delete the series"
		}
		buttons = append(buttons, widget.NewButton(del, func() {
			ui.showConfirm(del, "Delete “"+b.Title+"”? Undo (Ctrl+Z) brings it back while Venn is open.", func(ok bool) {
				if !ok {
					return
				}
				if err := ui.svc.DeleteBlock(ui.ctx, b.ID); err != nil {
					ui.showError(err)
					return
				}
				f.dialog.Hide()
				ui.offerUndo("Deleted “" + b.Title + "”.")
			})
		}))
	}
	save := widget.NewButton("Save", func() {
		saved, err := f.save(s)
		if err != nil {
			ui.showError(err)
			return
		}
		if saved {
			f.dialog.Hide()
		}
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

// setUpRepeat fills the repeat choice (and the weekdays of a weekly one).
func (f *blockForm) setUpRepeat(b model.Block) {
	f.days = widget.NewCheckGroup(shortDays, nil)
	f.days.Horizontal = true
	f.repeat = widget.NewSelect(repeatLabels(b.Start.Date), func(string) {
		if f.repeat.SelectedIndex() == repeatWeekly {
			f.days.Show()
		} else {
			f.days.Hide()
		}
	})
	switch {
	case b.Cycle == model.CycleMonthly:
		f.repeat.SetSelectedIndex(repeatMonthly)
	case b.Cycle == model.CycleYearly:
		f.repeat.SetSelectedIndex(repeatYearly)
	case b.Days != nil:
		f.repeat.SetSelectedIndex(repeatWeekly)
		for _, d := range b.Days {
			f.days.Selected = append(f.days.Selected, shortDays[d])
		}
		f.days.Refresh()
	default:
		f.repeat.SetSelectedIndex(repeatNone)
		f.days.Selected = []string{shortDays[b.Start.Date.Time().Weekday()]}
	}
	// The monthly and yearly choices name the day: they follow it.
	f.date.OnChanged = func(d *time.Time) {
		if d != nil {
			i := f.repeat.SelectedIndex()
			f.repeat.Options = repeatLabels(model.DateOf(*d))
			f.repeat.SetSelectedIndex(max(0, i))
		}
	}
}

// setUpLink fills the "Time for" choice: nothing, an open goal or a ritual.
func (f *blockForm) setUpLink(ui *UI, b model.Block) {
	f.link = widget.NewSelect([]string{noLink}, nil)
	f.link.SetSelectedIndex(0)
	current := b.GoalID + b.RitualID
	if links, err := ui.svc.LinkChoices(ui.ctx, current); err == nil {
		f.links = links
		for i, l := range links {
			f.link.Options = append(f.link.Options, l.Label)
			if current != "" && (l.GoalID == current || l.RitualID == current) {
				f.link.SetSelectedIndex(i + 1)
			}
		}
	}
}

// read builds the block from the form, or says what is wrong in plain words.
func (f *blockForm) read(partners []model.Partner) (model.Block, error) {
	b := f.block
	b.Title, b.Notes, b.Private = f.title.Text, f.notes.Text, f.private.Checked
	_, kinds, owners := kindChoices(partners)
	i := max(0, f.kind.SelectedIndex())
	b.Kind, b.Owner = kinds[i], owners[i]
	day, err := f.date.Read("day")
	if err != nil {
		return b, err
	}
	if day.IsZero() {
		return b, &model.ValidationError{Field: "day", Message: "Choose the day."}
	}
	from, to, err := f.readHours()
	if err != nil {
		return b, err
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
	if err := f.readRepeat(&b); err != nil {
		return b, err
	}
	b.GoalID, b.RitualID = "", ""
	if i := f.link.SelectedIndex() - 1; i >= 0 && i < len(f.links) {
		b.GoalID, b.RitualID = f.links[i].GoalID, f.links[i].RitualID
	}
	return b, nil
}

// readHours reads the block's times of day as minutes: from, and to
// (24:00 is the end of the day).
func (f *blockForm) readHours() (from, to int, err error) {
	from, err = model.ParseClock(strings.TrimSpace(f.from.Text))
	if err != nil {
		return 0, 0, &model.ValidationError{Field: "from", Message: "From: " + err.Error()}
	}
	if strings.TrimSpace(f.to.Text) == "24:00" {
		return from, 24 * 60, nil
	}
	to, err = model.ParseClock(strings.TrimSpace(f.to.Text))
	if err != nil {
		return 0, 0, &model.ValidationError{Field: "to", Message: "To: " + err.Error()}
	}
	return from, to, nil
}

// readRepeat reads how the block repeats, and until when.
func (f *blockForm) readRepeat(b *model.Block) error {
	b.Days, b.Cycle, b.Until = nil, model.CycleNone, model.Date{}
	switch f.repeat.SelectedIndex() {
	case repeatWeekly:
		b.Days = []time.Weekday{}
		for _, sel := range f.days.Selected {
			for d, name := range shortDays {
				if sel == name {
					b.Days = append(b.Days, time.Weekday(d))
				}
			}
		}
	case repeatMonthly:
		b.Cycle = model.CycleMonthly
	case repeatYearly:
		b.Cycle = model.CycleYearly
	}
	if !b.Repeats() {
		return nil
	}
	until, err := f.until.Read("last day")
	b.Until = until
	return err
}

// save checks the form and saves the block; a joint block that would sit
// on someone's solo time is asked about first (then saved is false and
// the form stays open until the couple answers).
func (f *blockForm) save(s *calendarScreen) (saved bool, err error) {
	b, err := f.read(s.ui.partners)
	if err != nil {
		return false, err
	}
	clashes, err := s.ui.svc.SoloClashes(s.ui.ctx, b)
	if err != nil {
		return false, err
	}
	if len(clashes) == 0 {
		_, err = s.ui.svc.SaveBlock(s.ui.ctx, b)
		return err == nil, err
	}
	s.ui.showConfirm("On someone's solo time", clashWords(b.Title, clashes, s.ui.partners)+"\n\nKeep it there anyway?", func(keep bool) {
		if !keep {
			return
		}
		if _, err := s.ui.svc.SaveBlock(s.ui.ctx, b); err != nil {
			s.ui.showError(err)
			return
		}
		f.dialog.Hide()
	})
	return false, nil
}

// clashWords says which solo time a joint block sits on.
func clashWords(title string, clashes []model.Occurrence, partners []model.Partner) string {
	var parts []string
	for i, o := range clashes {
		if i == 3 {
			parts = append(parts, fmt.Sprintf("and %d more", len(clashes)-3))
			break
		}
		parts = append(parts, fmt.Sprintf("%s's “%s” on %s %s–%s", ownerLabel(model.Owner(o.Block.Owner), partners), o.Block.Title,
			o.Day.Time().Format("Mon 2 Jan"), model.FormatClock(o.Start.Minute), model.FormatClock(o.End.Minute)))
	}
	return "“" + title + "” sits on " + strings.Join(parts, ", ") + "."
}
