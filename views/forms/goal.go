package forms

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/i18n"
	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/views/widgets"
)

// GoalHooks is what the goal form asks of the screen that opens it.
type GoalHooks struct {
	// Done receives the goal's id after a save, an archive or a delete,
	// and after its time, money and energy change.
	Done func(id string)
	// Closed runs when the form closes, however it closes.
	Closed func()
	// EditResources opens the dialog that sets aside the goal's time,
	// money and energy; changed runs after a change made there. Without
	// it the form offers no such button.
	EditResources func(g model.Goal, changed func())
}

// Goal is the goal detail dialog: add a goal or edit every field of one.
// It only sends the fields that changed, so an edit made meanwhile on the
// partner's computer to another field survives.
type Goal struct {
	host     Host
	hooks    GoalHooks
	original model.Goal
	isNew    bool
	dlg      *dialog.CustomDialog

	title     *widgets.Entry
	owner     *widget.Select
	column    *widget.Select
	quarter   *widget.Select
	quarters  []model.Quarter // the quarter choice's quarters, after "none"
	start     *widgets.DateField
	due       *widgets.DateField
	labels    *widgets.Entry
	private   *widget.Check
	notes     *widgets.Entry
	checklist *checklistEditor
	// meanwhile says, at the top of the form, that the partner saved this
	// goal while it was open here; hidden until then.
	meanwhile *widget.Label
}

// ShowGoal opens the form for g, a goal to add when isNew; it returns nil
// (having said why) when the board's columns cannot be read.
func ShowGoal(h Host, g model.Goal, isNew bool, hooks GoalHooks) *Goal {
	f := &Goal{host: h, hooks: hooks, original: g, isNew: isNew}
	form, err := f.makeFields()
	if err != nil {
		h.ShowError(err)
		return nil
	}
	name := say("ui.board.newGoal")
	if !isNew {
		name = say("ui.board.goal")
	}
	f.dlg = dialog.NewCustomWithoutButtons(name, f.layOut(form), h.Window())
	f.dlg.SetButtons(f.buttons())
	if hooks.Closed != nil {
		f.dlg.SetOnClosed(hooks.Closed)
	}
	h.OpenDialog(f.dlg, f.Close)
	win := h.Window().Canvas().Size()
	f.dlg.Resize(fyne.NewSize(min(1100, win.Width-40), min(780, win.Height-40)))
	h.Window().Canvas().Focus(f.title)
	return f
}

// Close closes the form without saving (Cancel, Escape).
func (f *Goal) Close() { f.dlg.Hide() }

// makeFields makes the form's fields, filled from the goal, and the form
// that lays them out.
func (f *Goal) makeFields() (*widget.Form, error) {
	g := f.original
	if err := f.makeColumnChoice(g); err != nil {
		return nil, err
	}
	f.makeOwnerChoice(g)
	f.makeQuarterChoice(g)
	f.title = widgets.NewEntry()
	f.title.SetPlaceHolder(say("ui.board.goalTitleHint"))
	f.title.SetText(g.Title)
	f.title.OnSubmitted = func(string) { f.save() } // Enter saves, as in any form
	f.start = widgets.NewDateFieldAt(g.Start)
	f.due = widgets.NewDateFieldAt(g.Due)
	f.labels = widgets.NewEntry()
	f.labels.SetPlaceHolder(say("ui.board.labelsHint"))
	f.labels.SetText(strings.Join(g.Labels, ", "))
	f.labels.OnSubmitted = func(string) { f.save() }
	privateRow := f.privateChoice()
	f.notes = widgets.NewMultiLineEntry()
	f.notes.Name = say("ui.board.notes")
	f.notes.SetMinRowsVisible(4)
	f.notes.SetText(g.Notes)
	partners := f.host.Partners()
	sharedLabel := ownerLabel(model.Shared, partners)
	f.checklist = newChecklistEditor(g.Checklist, partners, f.owner.Selected == sharedLabel)
	f.owner.OnChanged = func(sel string) { f.checklist.setShared(sel == sharedLabel) }
	if !f.isNew {
		// A tick in an open goal is saved at once, like a tick on a card.
		f.checklist.onTick = f.tickStep
	}
	return widget.NewForm(
		widget.NewFormItem(say("ui.board.title"), f.title),
		widget.NewFormItem(say("ui.board.whose"), f.owner),
		widget.NewFormItem(say("ui.board.column"), f.column),
		widget.NewFormItem(say("ui.board.quarter"), f.quarter),
		widget.NewFormItem(say("ui.board.starts"), f.start),
		widget.NewFormItem(say("ui.board.targetDate"), f.due),
		widget.NewFormItem(say("ui.board.labels"), f.labels),
		widget.NewFormItem("", privateRow),
		widget.NewFormItem(say("ui.board.notes"), f.notes),
	), nil
}

// makeOwnerChoice makes the choice of whose the goal is: each partner's,
// or shared, in the board's lane order.
func (f *Goal) makeOwnerChoice(g model.Goal) {
	partners := f.host.Partners()
	owners := model.LaneOrder(partners)
	names := make([]string, len(owners))
	for i, o := range owners {
		names[i] = ownerLabel(o, partners)
	}
	f.owner = newSelect(names, nil)
	f.owner.SetSelected(ownerLabel(g.Owner, partners))
}

// makeColumnChoice makes the choice of the board's column, named as the
// couple named them.
func (f *Goal) makeColumnChoice(g model.Goal) error {
	h := f.host
	columns, err := h.Service().Columns(h.Context())
	if err != nil {
		return err
	}
	names := make([]string, len(columns))
	for i, c := range columns {
		names[i] = c.Name
	}
	f.column = newSelect(names, nil)
	f.column.SetSelectedIndex(max(0, g.Column.Index()))
	return nil
}

// makeQuarterChoice makes the choice of the quarter aimed at: none, a year
// back to two years ahead, and the goal's own when it is further.
func (f *Goal) makeQuarterChoice(g model.Goal) {
	f.quarters = nil
	now := f.host.Today().Quarter()
	for i := -4; i <= 8; i++ {
		f.quarters = append(f.quarters, now.Add(i))
	}
	if !g.TargetQuarter.IsZero() && !slices.Contains(f.quarters, g.TargetQuarter) {
		f.quarters = append(f.quarters, g.TargetQuarter)
	}
	labels := []string{say("ui.board.noQuarter")}
	for _, q := range f.quarters {
		labels = append(labels, i18n.Screen().Quarter(q.Year, q.Q))
	}
	f.quarter = newSelect(labels, nil)
	f.quarter.SetSelectedIndex(slices.Index(f.quarters, g.TargetQuarter) + 1)
}

// privateChoice is the Private tick: on a new goal, ticking it makes the
// goal this computer's partner's (a private goal is one's own); on one
// that may not become private here, it is off and says why.
func (f *Goal) privateChoice() fyne.CanvasObject {
	g, h := f.original, f.host
	f.private = widget.NewCheck(say("ui.board.goalPrivate"), nil)
	f.private.SetChecked(g.Private)
	row := fyne.CanvasObject(f.private)
	if f.isNew {
		f.private.OnChanged = func(on bool) {
			if me := h.ThisPartner(); on && me != "" {
				f.owner.SetSelected(ownerLabel(model.Owner(me), h.Partners()))
			}
		}
	}
	if !f.isNew && !g.Private {
		if err := model.MayMakePrivate(g.Owner, h.ThisPartner(), h.Partners()); err != nil {
			f.private.Disable()
			why := wrapped(sayError(err))
			why.SizeName = theme.SizeNameCaptionText
			row = container.NewVBox(f.private, why)
		}
	}
	return row
}

// layOut places the form roomily, as a card's detail should be: the
// fields on the left, the checklist and resources on the right, the
// edits made at once on both computers and the activity below both, and
// over everything the word that the partner saved meanwhile.
func (f *Goal) layOut(form *widget.Form) fyne.CanvasObject {
	side := []fyne.CanvasObject{heading(say("ui.board.checklist")), f.checklist.content}
	if f.original.Owner == model.Shared {
		if split := model.SplitSteps(f.original.Checklist, f.host.Partners()).Words(); split != "" {
			l := wrapped(say("ui.board.whoDoesWhat", "Split", split))
			l.Importance = widget.LowImportance
			side = append(side, l)
		}
	}
	if !f.isNew {
		side = append(side, widget.NewSeparator(), f.resourcesSection())
	}
	f.meanwhile = wrapped("")
	f.meanwhile.Importance = widget.WarningImportance
	f.meanwhile.Hide()
	parts := []fyne.CanvasObject{f.meanwhile, container.NewGridWithColumns(2, form, container.NewVBox(side...))}
	if !f.isNew {
		if races := f.racesSection(); races != nil {
			parts = append(parts, widget.NewSeparator(), races)
		}
		parts = append(parts, widget.NewSeparator(), f.activitySection())
	}
	return container.NewVScroll(container.NewVBox(parts...))
}

// buttons are Save and Cancel, and for a saved goal Delete and Archive (or
// Restore, when it is archived).
func (f *Goal) buttons() []fyne.CanvasObject {
	save := widget.NewButtonWithIcon(say("ui.common.save"), theme.ConfirmIcon(), f.save)
	save.Importance = widget.HighImportance
	buttons := []fyne.CanvasObject{widget.NewButton(say("ui.common.cancel"), f.Close), save}
	if f.isNew {
		return buttons
	}
	archive := widget.NewButtonWithIcon(say("ui.board.archiveGoal"), theme.ContentRemoveIcon(), func() { f.setArchived(true) })
	if f.original.Archived {
		archive = widget.NewButtonWithIcon(say("ui.board.restore"), theme.ContentUndoIcon(), func() { f.setArchived(false) })
	}
	del := widget.NewButtonWithIcon(say("ui.board.delete"), theme.DeleteIcon(), f.delete)
	del.Importance = widget.DangerImportance
	return append([]fyne.CanvasObject{del, archive}, buttons...)
}

// patch collects what the person changed: where the goal stands, its
// dates, and what it says.
func (f *Goal) patch() (model.GoalPatch, error) {
	var p model.GoalPatch
	f.patchPlace(&p)
	if err := f.patchDates(&p); err != nil {
		return p, err
	}
	f.patchWords(&p)
	return p, nil
}

// patchPlace adds the goal's title, whose it is, its column and its
// quarter, when they changed (all but the quarter always, for a new goal).
func (f *Goal) patchPlace(p *model.GoalPatch) {
	g, partners := f.original, f.host.Partners()
	if t := strings.TrimSpace(f.title.Text); t != g.Title || f.isNew {
		p.Title = &t
	}
	for _, o := range model.LaneOrder(partners) {
		if ownerLabel(o, partners) == f.owner.Selected && (o != g.Owner || f.isNew) {
			p.Owner = model.Ptr(o)
		}
	}
	if i := f.column.SelectedIndex(); i >= 0 && (model.Columns[i] != g.Column || f.isNew) {
		p.Column = model.Ptr(model.Columns[i])
	}
	var q model.Quarter
	if i := f.quarter.SelectedIndex(); i > 0 {
		q = f.quarters[i-1]
	}
	if q != g.TargetQuarter {
		p.TargetQuarter = &q
	}
}

// patchDates adds the start and target dates that changed, or says which
// one does not read as a date.
func (f *Goal) patchDates(p *model.GoalPatch) error {
	start, err := f.start.Read(say("ui.board.whatStartDate"))
	if err != nil {
		return err
	}
	due, err := f.due.Read(say("ui.board.whatTargetDate"))
	if err != nil {
		return err
	}
	if start != f.original.Start {
		p.Start = &start
	}
	if due != f.original.Due {
		p.Due = &due
	}
	return nil
}

// patchWords adds the labels, the private tick, the notes and the
// checklist, when they changed.
func (f *Goal) patchWords(p *model.GoalPatch) {
	g := f.original
	labels := model.NormalizeLabels(strings.Split(f.labels.Text, ","))
	if !sameList(labels, g.Labels) {
		p.Labels = &labels
	}
	if f.private.Checked != g.Private {
		p.Private = model.Ptr(f.private.Checked)
	}
	if f.notes.Text != g.Notes {
		p.Notes = model.Ptr(f.notes.Text)
	}
	if steps := f.checklist.steps(); !sameList(steps, g.Checklist) {
		p.Checklist = &steps
	}
}

// sameList reports whether two lists hold the same items, an empty list
// and none being the same.
func sameList[T comparable](a, b []T) bool {
	return slices.Equal(a, b) || (len(a) == 0 && len(b) == 0)
}

// save adds the goal, or sends what changed of it, and closes the form;
// when the goal is refused the form stays open with what was typed.
func (f *Goal) save() {
	h := f.host
	p, err := f.patch()
	if err != nil {
		h.ShowError(err)
		return
	}
	id := f.original.ID
	if f.isNew {
		g, err := h.Service().CreateGoal(h.Context(), p)
		if err != nil {
			h.ShowError(err)
			return
		}
		id = g.ID
	} else if !p.IsEmpty() {
		if _, err := h.Service().UpdateGoalSeen(h.Context(), id, p, f.original); err != nil {
			h.ShowError(err)
			return
		}
	}
	f.Close()
	f.done(id)
}

// done tells the screen that opened the form that the goal changed.
func (f *Goal) done(id string) {
	if f.hooks.Done != nil {
		f.hooks.Done(id)
	}
}

// tickStep saves one step's tick of the goal open in the form.
func (f *Goal) tickStep(stepID string, done bool) {
	h := f.host
	if err := h.Service().SetStepDone(h.Context(), f.original.ID, stepID, done); err != nil {
		h.ShowError(err)
		return
	}
	// What the form sends on Save starts from what is saved now.
	f.original.Checklist = slices.Clone(f.original.Checklist)
	for i := range f.original.Checklist {
		if f.original.Checklist[i].ID == stepID {
			f.original.Checklist[i].Done = done
		}
	}
}

// setArchived archives the goal (or restores it) and closes the form;
// an archive can be undone from the window's foot.
func (f *Goal) setArchived(archived bool) {
	h := f.host
	if err := h.Service().ArchiveGoal(h.Context(), f.original.ID, archived); err != nil {
		h.ShowError(err)
		return
	}
	f.Close()
	f.done(f.original.ID)
	if archived {
		h.OfferUndo(say("ui.board.archivedTitle", "Title", f.original.Title))
	}
}

// delete asks, deletes the goal on both computers and closes the form; the
// delete can be undone from the window's foot.
func (f *Goal) delete() {
	h := f.host
	h.ShowConfirm(say("ui.board.deleteTitle"), say("ui.board.deleteGoalQuestion", "Title", f.original.Title),
		func(yes bool) {
			if !yes {
				return
			}
			if err := h.Service().DeleteGoal(h.Context(), f.original.ID); err != nil {
				h.ShowError(err)
				return
			}
			f.Close()
			f.done(f.original.ID)
			h.OfferUndo(say("ui.board.deleted", "Title", f.original.Title))
		})
}
