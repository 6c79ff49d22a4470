package forms

import (
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/app"
	"github.com/vennplanner/venn/i18n"
	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/views/widgets"
)

// Block adds or edits a calendar block.
type Block struct {
	host    Host
	block   model.Block
	day     model.Date // the occurrence opened, for "delete this one"
	title   *widgets.Entry
	kind    *widget.Select
	date    *widgets.DateField
	from    *widgets.Entry
	to      *widgets.Entry
	repeat  *widget.Select // repeatNone, repeatWeekly, repeatMonthly or repeatYearly
	days    *widget.CheckGroup
	until   *widgets.DateField
	link    *widget.Select
	links   []app.LinkChoice
	notes   *widgets.Entry
	private *widget.Check
	// presence is "How present did it feel?" for a joint block's
	// occurrence that has happened; nil otherwise.
	presence *Presence
	dialog   *dialog.CustomDialog
}

// The repeat choices, in the form's order.
const (
	repeatNone = iota
	repeatWeekly
	repeatMonthly
	repeatYearly
)

// shortDays are the weekdays as the repeat choice names them, Sunday first
// (time.Weekday's order).
func shortDays() []string {
	out := make([]string, 7)
	for d := range out {
		out[d] = widgets.WeekdayShort(time.Weekday(d))
	}
	return out
}

// repeatLabels are the repeat choices for a block starting on day, in words.
func repeatLabels(day model.Date) []string {
	month := model.Block{Cycle: model.CycleMonthly, Start: model.WallTime{Date: day}}
	year := model.Block{Cycle: model.CycleYearly, Start: model.WallTime{Date: day}}
	return []string{say("ui.board.doesNotRepeat"), say("ui.board.everyWeekOn"), month.RepeatWords(), year.RepeatWords()}
}

// kindChoices are the kinds the form offers: each partner's solo time, then
// the shared kinds.
func kindChoices(partners []model.Partner) (labels []string, kinds []model.BlockKind, owners []string) {
	for _, p := range partners {
		labels = append(labels, model.KindNameIn(i18n.Screen(), model.KindSolo, p.ID, partners))
		kinds, owners = append(kinds, model.KindSolo), append(owners, p.ID)
	}
	for _, k := range []model.BlockKind{model.KindJoint, model.KindFlexible, model.KindBuffer} {
		labels = append(labels, model.KindNameIn(i18n.Screen(), k, "", partners))
		kinds, owners = append(kinds, k), append(owners, "")
	}
	return labels, kinds, owners
}

// ShowBlock opens the block dialog for b; day is the occurrence opened
// (zero for a new block). closed runs when the dialog closes, however.
func ShowBlock(h Host, b model.Block, day model.Date, closed func()) *Block {
	f := &Block{host: h, block: b, day: day}
	form := f.makeFields()
	name := say("ui.board.newBlock")
	if b.ID != "" {
		name = say("ui.board.editBlock")
	}
	save := widget.NewButton(say("ui.common.save"), f.saveAndClose)
	save.Importance = widget.HighImportance
	cancel := widget.NewButton(say("ui.common.cancel"), func() { f.dialog.Hide() })
	buttons := append(f.deleteButtons(), cancel, save)
	var body fyne.CanvasObject = form
	if f.presence = f.presenceTap(); f.presence != nil {
		// Joint time that happened: how it felt comes first, the block's
		// fields under it.
		body = container.NewVScroll(container.NewVBox(f.presence.Widget(), widget.NewSeparator(), form))
	}
	f.dialog = dialog.NewCustomWithoutButtons(name, container.NewBorder(nil, container.NewHBox(buttons...), nil, nil, body), h.Window())
	if closed != nil {
		f.dialog.SetOnClosed(closed)
	}
	show(h, f.dialog, fyne.NewSize(620, 560))
	h.Window().Canvas().Focus(f.title)
	return f
}

// presenceTap is the presence tap of the occurrence opened, when it is
// joint time that has happened (nil otherwise).
func (f *Block) presenceTap() *Presence {
	b := f.block
	day := f.day
	if day.IsZero() {
		day = b.Start.Date
	}
	if b.ID == "" || b.Kind != model.KindJoint || f.host.Today().Before(day) || len(f.host.Partners()) != 2 {
		return nil
	}
	occ := model.Occasion{Kind: model.OccasionBlock, RefID: b.ID, Day: day}
	return NewPresence(f.host, occ, say("ui.board.blockOn", "Title", b.Title, "Day", widgets.ShortDay(day.Time())), nil)
}

// makeFields makes the form's fields, filled from the block.
func (f *Block) makeFields() *widget.Form {
	b := f.block
	f.title = widgets.NewEntry()
	f.title.SetText(b.Title)
	f.title.SetPlaceHolder(say("ui.board.blockTitleHint"))
	f.setUpKind(b)
	f.date = widgets.NewDateFieldAt(b.Start.Date)
	f.from, f.to = widgets.NewEntry(), widgets.NewEntry()
	f.from.SetText(model.FormatClock(b.Start.Minute))
	f.to.SetText(model.FormatClock(b.End.Minute))
	f.setUpRepeat(b)
	f.setUpLink(b)
	f.until = widgets.NewDateFieldAt(b.Until)
	f.notes = widgets.NewMultiLineEntry()
	f.notes.Name = say("ui.board.notes")
	f.notes.SetText(b.Notes)
	f.private = widget.NewCheck(say("ui.board.blockPrivate"), nil)
	f.private.SetChecked(b.Private)
	return widget.NewForm(
		widget.NewFormItem(say("ui.board.title"), f.title),
		widget.NewFormItem(say("ui.board.kind"), f.kind),
		widget.NewFormItem(say("ui.board.day"), f.date),
		widget.NewFormItem(say("ui.board.from"), f.from),
		widget.NewFormItem(say("ui.board.to"), f.to),
		widget.NewFormItem(say("ui.board.repeat"), container.NewVBox(f.repeat, f.days)),
		widget.NewFormItem(say("ui.board.until"), f.until),
		widget.NewFormItem(say("ui.board.timeFor"), f.link),
		widget.NewFormItem(say("ui.board.notes"), f.notes),
		widget.NewFormItem("", f.private),
	)
}

// setUpKind fills the kind choice: whose solo time, or the couple's kinds
// (joint time when the block is none of them).
func (f *Block) setUpKind(b model.Block) {
	partners := f.host.Partners()
	labels, kinds, owners := kindChoices(partners)
	f.kind = newSelect(labels, nil)
	for i := range labels {
		if kinds[i] == b.Kind && owners[i] == b.Owner {
			f.kind.SetSelectedIndex(i)
		}
	}
	if f.kind.SelectedIndex() < 0 {
		f.kind.SetSelectedIndex(len(partners)) // joint
	}
}

// deleteButtons are a saved block's: delete it (or the whole series), and
// for an occurrence of a series opened on its day, delete that one.
func (f *Block) deleteButtons() []fyne.CanvasObject {
	b, h := f.block, f.host
	if b.ID == "" {
		return nil
	}
	var buttons []fyne.CanvasObject
	if b.Repeats() && !f.day.IsZero() {
		buttons = append(buttons, widget.NewButton(say("ui.board.deleteThisOne"), f.deleteOccurrence))
	}
	del := say("ui.board.deleteBlock")
	if b.Repeats() {
		del = say("ui.board.deleteSeries")
	}
	return append(buttons, widget.NewButton(del, func() {
		h.ShowConfirm(del, say("ui.board.deleteBlockQuestion", "Title", b.Title), func(ok bool) {
			if !ok {
				return
			}
			if err := h.Service().DeleteBlock(h.Context(), b.ID); err != nil {
				h.ShowError(err)
				return
			}
			f.dialog.Hide()
			h.OfferUndo(say("ui.board.deleted", "Title", b.Title))
		})
	}))
}

// deleteOccurrence takes the occurrence opened out of its series.
func (f *Block) deleteOccurrence() {
	b, h := f.block, f.host
	if err := h.Service().DeleteOccurrence(h.Context(), b.ID, f.day); err != nil {
		h.ShowError(err)
		return
	}
	f.dialog.Hide() // the change redraws the calendar
	h.OfferUndo(say("ui.board.deletedOn", "Title", b.Title, "Day", widgets.ShortDay(f.day.Time())))
}

// saveAndClose is the Save button: the form closes once the block is saved.
func (f *Block) saveAndClose() {
	saved, err := f.save()
	if err != nil {
		f.host.ShowError(err)
		return
	}
	if saved {
		f.dialog.Hide()
	}
}

// setUpRepeat fills the repeat choice (and the weekdays of a weekly one).
func (f *Block) setUpRepeat(b model.Block) {
	f.days = widget.NewCheckGroup(shortDays(), nil)
	f.days.Horizontal = true
	f.repeat = newSelect(repeatLabels(b.Start.Date), func(string) {
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
			f.days.Selected = append(f.days.Selected, shortDays()[d])
		}
		f.days.Refresh()
	default:
		f.repeat.SetSelectedIndex(repeatNone)
		f.days.Selected = []string{shortDays()[b.Start.Date.Time().Weekday()]}
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
func (f *Block) setUpLink(b model.Block) {
	f.link = newSelect([]string{say("ui.board.noLink")}, nil)
	f.link.SetSelectedIndex(0)
	current := b.GoalID + b.RitualID
	if links, err := f.host.Service().LinkChoices(f.host.Context(), current); err == nil {
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
func (f *Block) read() (model.Block, error) {
	b := f.block
	b.Title, b.Notes, b.Private = f.title.Text, f.notes.Text, f.private.Checked
	_, kinds, owners := kindChoices(f.host.Partners())
	i := max(0, f.kind.SelectedIndex())
	b.Kind, b.Owner = kinds[i], owners[i]
	day, err := f.date.Read(say("ui.board.whatDay"))
	if err != nil {
		return b, err
	}
	if day.IsZero() {
		return b, &model.ValidationError{Field: "day", Message: say("ui.board.chooseDay")}
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
func (f *Block) readHours() (from, to int, err error) {
	from, err = model.ParseClock(strings.TrimSpace(f.from.Text))
	if err != nil {
		return 0, 0, &model.ValidationError{Field: "from", Message: say("ui.board.fromError", "Error", err.Error())}
	}
	if strings.TrimSpace(f.to.Text) == "24:00" {
		return from, 24 * 60, nil
	}
	to, err = model.ParseClock(strings.TrimSpace(f.to.Text))
	if err != nil {
		return 0, 0, &model.ValidationError{Field: "to", Message: say("ui.board.toError", "Error", err.Error())}
	}
	return from, to, nil
}

// readRepeat reads how the block repeats, and until when.
func (f *Block) readRepeat(b *model.Block) error {
	b.Days, b.Cycle, b.Until = nil, model.CycleNone, model.Date{}
	switch f.repeat.SelectedIndex() {
	case repeatWeekly:
		b.Days = []time.Weekday{}
		for _, sel := range f.days.Selected {
			for d, name := range shortDays() {
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
	until, err := f.until.Read(say("ui.board.whatLastDay"))
	b.Until = until
	return err
}

// save checks the form and saves the block; a joint block that would sit
// on someone's solo time is asked about first (then saved is false and
// the form stays open until the couple answers).
func (f *Block) save() (saved bool, err error) {
	h := f.host
	b, err := f.read()
	if err != nil {
		return false, err
	}
	clashes, err := h.Service().SoloClashes(h.Context(), b)
	if err != nil {
		return false, err
	}
	if len(clashes) == 0 {
		_, err = h.Service().SaveBlock(h.Context(), b)
		return err == nil, err
	}
	h.ShowConfirm(say("ui.board.onSoloTime"), say("ui.board.keepAnyway", "Clashes", ClashWords(b.Title, clashes, h.Partners())), func(keep bool) {
		if !keep {
			return
		}
		if _, err := h.Service().SaveBlock(h.Context(), b); err != nil {
			h.ShowError(err)
			return
		}
		f.dialog.Hide()
	})
	return false, nil
}

// ClashWords says which solo time a joint block sits on.
func ClashWords(title string, clashes []model.Occurrence, partners []model.Partner) string {
	var parts []string
	for i, o := range clashes {
		if i == 3 {
			parts = append(parts, sayN("ui.board.andMore", len(clashes)-3))
			break
		}
		parts = append(parts, say("ui.board.clash", "Name", ownerLabel(model.Owner(o.Block.Owner), partners), "Title", o.Block.Title,
			"Day", widgets.ShortDay(o.Day.Time()), "From", model.FormatClock(o.Start.Minute), "To", model.FormatClock(o.End.Minute)))
	}
	return say("ui.board.sitsOn", "Title", title, "Clashes", strings.Join(parts, ", "))
}
