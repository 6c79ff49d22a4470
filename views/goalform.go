package views

import (
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/app"
	"github.com/vennplanner/venn/model"
)

const noQuarter = "No target quarter"

// goalForm is the goal detail dialog: add a goal or edit every field of one.
// It only sends the fields that changed, so an edit made meanwhile on the
// partner's computer to another field survives.
type goalForm struct {
	ui       *UI
	original model.Goal
	isNew    bool
	done     func(id string)
	dlg      *dialog.CustomDialog

	title     *entry
	owner     *widget.Select
	column    *widget.Select
	quarter   *widget.Select
	start     *dateField
	due       *dateField
	labels    *entry
	private   *widget.Check
	notes     *entry
	checklist *checklistEditor
	// meanwhile says, at the top of the form, that the partner saved this
	// goal while it was open here; hidden until then.
	meanwhile *widget.Label
}

// showGoalForm opens the dialog for g. done receives the goal's id after a
// successful save, archive or delete.
func showGoalForm(ui *UI, g model.Goal, isNew bool, done func(id string)) *goalForm {
	f := &goalForm{ui: ui, original: g, isNew: isNew, done: done}
	owners := model.LaneOrder(ui.partners)
	ownerNames := make([]string, len(owners))
	for i, o := range owners {
		ownerNames[i] = ownerLabel(o, ui.partners)
	}
	columns, err := ui.svc.Columns(ui.ctx)
	if err != nil {
		ui.showError(err)
		return nil
	}
	columnNames := make([]string, len(columns))
	for i, c := range columns {
		columnNames[i] = c.Name
	}

	f.title = newEntry()
	f.title.SetPlaceHolder("What do you want to achieve?")
	f.title.SetText(g.Title)
	f.title.OnSubmitted = func(string) { f.save() } // Enter saves, as in any form
	f.owner = widget.NewSelect(ownerNames, nil)
	f.owner.SetSelected(ownerLabel(g.Owner, ui.partners))
	f.column = widget.NewSelect(columnNames, nil)
	f.column.SetSelectedIndex(max(0, g.Column.Index()))
	quarters := []string{noQuarter}
	for i := -4; i <= 8; i++ {
		quarters = append(quarters, ui.today().Quarter().Add(i).String())
	}
	if !g.TargetQuarter.IsZero() && !slices.Contains(quarters, g.TargetQuarter.String()) {
		quarters = append(quarters, g.TargetQuarter.String())
	}
	f.quarter = widget.NewSelect(quarters, nil)
	f.quarter.SetSelected(noQuarter)
	if !g.TargetQuarter.IsZero() {
		f.quarter.SetSelected(g.TargetQuarter.String())
	}
	f.start = newDateFieldAt(g.Start)
	f.due = newDateFieldAt(g.Due)
	f.labels = newEntry()
	f.labels.SetPlaceHolder("health, travel, money")
	f.labels.SetText(strings.Join(g.Labels, ", "))
	f.labels.OnSubmitted = func(string) { f.save() }
	privateRow := f.privateChoice(g, isNew)
	f.notes = newMultiLineEntry()
	f.notes.Wrapping = fyne.TextWrapWord
	f.notes.SetMinRowsVisible(4)
	f.notes.SetText(g.Notes)
	f.checklist = newChecklistEditor(g.Checklist)

	if !isNew {
		// A tick in an open goal is saved at once, like a tick on a card.
		f.checklist.onTick = f.tickStep
	}
	form := widget.NewForm(
		widget.NewFormItem("Title", f.title),
		widget.NewFormItem("Whose", f.owner),
		widget.NewFormItem("Column", f.column),
		widget.NewFormItem("Quarter", f.quarter),
		widget.NewFormItem("Starts", f.start),
		widget.NewFormItem("Target date", f.due),
		widget.NewFormItem("Labels", f.labels),
		widget.NewFormItem("", privateRow),
		widget.NewFormItem("Notes", f.notes),
	)
	steps := widget.NewLabelWithStyle("Checklist", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	side := []fyne.CanvasObject{steps, f.checklist.content}
	if !isNew {
		side = append(side, widget.NewSeparator(), f.resourcesSection())
	}
	// Roomy, as a card's detail should be: the fields on the left, the
	// checklist and resources on the right, the activity below both.
	parts := []fyne.CanvasObject{container.NewGridWithColumns(2, form, container.NewVBox(side...))}
	if !isNew {
		if races := f.racesSection(); races != nil {
			parts = append(parts, widget.NewSeparator(), races)
		}
		parts = append(parts, widget.NewSeparator(), f.activitySection())
	}
	f.meanwhile = wrapped("")
	f.meanwhile.Importance = widget.WarningImportance
	f.meanwhile.Hide()
	parts = append([]fyne.CanvasObject{f.meanwhile}, parts...)
	body := container.NewVScroll(container.NewVBox(parts...))

	name := "New goal"
	if !isNew {
		name = "Goal"
	}
	f.dlg = dialog.NewCustomWithoutButtons(name, body, ui.win)
	save := widget.NewButtonWithIcon("Save", theme.ConfirmIcon(), f.save)
	save.Importance = widget.HighImportance
	cancel := widget.NewButton("Cancel", f.close)
	buttons := []fyne.CanvasObject{cancel, save}
	if !isNew {
		archive := widget.NewButtonWithIcon("Archive", theme.ContentRemoveIcon(), func() { f.setArchived(true) })
		if g.Archived {
			archive = widget.NewButtonWithIcon("Restore", theme.ContentUndoIcon(), func() { f.setArchived(false) })
		}
		del := widget.NewButtonWithIcon("Delete…", theme.DeleteIcon(), f.delete)
		del.Importance = widget.DangerImportance
		buttons = append([]fyne.CanvasObject{del, archive}, buttons...)
	}
	f.dlg.SetButtons(buttons)
	ui.goalForm = f
	ui.openDialog(f.dlg, f.close)
	win := ui.win.Canvas().Size()
	f.dlg.Resize(fyne.NewSize(min(1100, win.Width-40), min(780, win.Height-40)))
	ui.win.Canvas().Focus(f.title)
	return f
}

func (f *goalForm) close() {
	f.dlg.Hide()
	if f.ui.goalForm == f {
		f.ui.goalForm = nil
	}
}

// privateChoice is the Private tick: on a new goal, ticking it makes the
// goal this computer's partner's (a private goal is one's own); on one
// that may not become private here, it is off and says why.
func (f *goalForm) privateChoice(g model.Goal, isNew bool) fyne.CanvasObject {
	f.private = widget.NewCheck("Private: keep this goal on this computer only", nil)
	f.private.SetChecked(g.Private)
	row := fyne.CanvasObject(f.private)
	if isNew {
		// A private goal is one's own: ticking it makes the new goal this
		// computer's partner's, whoever it was for.
		f.private.OnChanged = func(on bool) {
			if me := f.ui.syncPartnerID(); on && me != "" {
				f.owner.SetSelected(ownerLabel(model.Owner(me), f.ui.partners))
			}
		}
	}
	if !isNew && !g.Private {
		if err := model.MayMakePrivate(g.Owner, f.ui.syncPartnerID(), f.ui.partners); err != nil {
			f.private.Disable()
			why := wrapped(app.UserMessage(err))
			why.SizeName = theme.SizeNameCaptionText
			row = container.NewVBox(f.private, why)
		}
	}
	return row
}

// patch collects what the person changed.
func (f *goalForm) patch() (model.GoalPatch, error) {
	g := f.original
	var p model.GoalPatch
	if t := strings.TrimSpace(f.title.Text); t != g.Title || f.isNew {
		p.Title = &t
	}
	for _, o := range model.LaneOrder(f.ui.partners) {
		if ownerLabel(o, f.ui.partners) == f.owner.Selected && (o != g.Owner || f.isNew) {
			p.Owner = model.Ptr(o)
		}
	}
	if i := f.column.SelectedIndex(); i >= 0 && (model.Columns[i] != g.Column || f.isNew) {
		p.Column = model.Ptr(model.Columns[i])
	}
	q, _ := model.ParseQuarter(f.quarter.Selected)
	if f.quarter.Selected == noQuarter {
		q = model.Quarter{}
	}
	if q != g.TargetQuarter {
		p.TargetQuarter = &q
	}
	start, err := f.start.Read("start date")
	if err != nil {
		return p, err
	}
	due, err := f.due.Read("target date")
	if err != nil {
		return p, err
	}
	if start != g.Start {
		p.Start = &start
	}
	if due != g.Due {
		p.Due = &due
	}
	labels := model.NormalizeLabels(strings.Split(f.labels.Text, ","))
	if !slices.Equal(labels, g.Labels) && !(len(labels) == 0 && len(g.Labels) == 0) {
		p.Labels = &labels
	}
	if f.private.Checked != g.Private {
		p.Private = model.Ptr(f.private.Checked)
	}
	if f.notes.Text != g.Notes {
		p.Notes = model.Ptr(f.notes.Text)
	}
	if steps := f.checklist.steps(); !slices.Equal(steps, g.Checklist) && !(len(steps) == 0 && len(g.Checklist) == 0) {
		p.Checklist = &steps
	}
	return p, nil
}

func (f *goalForm) save() {
	p, err := f.patch()
	if err != nil {
		f.ui.showError(err)
		return
	}
	var id string
	if f.isNew {
		g, err := f.ui.svc.CreateGoal(f.ui.ctx, p)
		if err != nil {
			f.ui.showError(err)
			return
		}
		id = g.ID
	} else {
		id = f.original.ID
		if !p.IsEmpty() {
			if _, err := f.ui.svc.UpdateGoalSeen(f.ui.ctx, id, p, f.original); err != nil {
				f.ui.showError(err)
				return
			}
		}
	}
	f.close()
	f.done(id)
}

// tickStep saves one step's tick of the goal open in the form.
func (f *goalForm) tickStep(stepID string, done bool) {
	if err := f.ui.svc.SetStepDone(f.ui.ctx, f.original.ID, stepID, done); err != nil {
		f.ui.showError(err)
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

// savedMeanwhile looks at the goal as saved now (a sync brought the
// partner's edit while the form was open): a title or notes left as they
// were here take the new words; ones changed here keep what was typed, and
// the form says so — on Save, the partner's words stay in the activity.
func (f *goalForm) savedMeanwhile() {
	if f.isNew {
		return
	}
	now, err := f.ui.svc.Goal(f.ui.ctx, f.original.ID)
	if err != nil {
		f.meanwhile.SetText("This goal was deleted or made private on the other computer while it was open here. Saving brings it back.")
		f.meanwhile.Show()
		return
	}
	var clash []string
	if now.Title != f.original.Title {
		if strings.TrimSpace(f.title.Text) == f.original.Title {
			f.title.SetText(now.Title)
			f.original.Title = now.Title
		} else {
			clash = append(clash, "the title is now “"+model.Shorten(now.Title, 60)+"”")
		}
	}
	if now.Notes != f.original.Notes {
		if f.notes.Text == f.original.Notes {
			f.notes.SetText(now.Notes)
			f.original.Notes = now.Notes
		} else {
			clash = append(clash, "the notes changed")
		}
	}
	if len(clash) == 0 {
		return
	}
	f.meanwhile.SetText("This goal was saved on the other computer while you were editing it: " + strings.Join(clash, ", and ") +
		". Saving keeps what you typed here; the other words stay in the goal's activity, one click from being used.")
	f.meanwhile.Show()
}

// racesSection lists the goal's edits made at the same time on both
// computers, with the words that lost, each one click from being used.
func (f *goalForm) racesSection() fyne.CanvasObject {
	races, err := f.ui.svc.GoalRaces(f.ui.ctx, f.original.ID)
	if err != nil || len(races) == 0 {
		return nil
	}
	head := widget.NewLabelWithStyle("Written at the same time", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	box := container.NewVBox(head)
	for _, r := range races {
		line := wrapped(f.ui.dayWords(model.DateOf(r.LostAt)) + " " + r.LostAt.Format("15:04") + " — " + r.Sentence())
		line.SizeName = theme.SizeNameCaptionText
		if r.Combined {
			box.Add(line)
			continue
		}
		id, lost := r.ID, r.Lost
		use := widget.NewButton("Use “"+model.Shorten(lost, 24)+"”", func() { f.useLostWords(id, lost) })
		use.Importance = widget.LowImportance
		box.Add(container.NewBorder(nil, nil, nil, use, line))
	}
	return box
}

// useLostWords puts a race's lost words back into the goal and the form.
func (f *goalForm) useLostWords(id, lost string) {
	race, err := f.raceByID(id)
	if err != nil {
		f.ui.showError(err)
		return
	}
	if err := f.ui.svc.UseLostWords(f.ui.ctx, id); err != nil {
		f.ui.showError(err)
		return
	}
	switch {
	case strings.HasPrefix(race.What, "the title"):
		f.title.SetText(lost)
		f.original.Title = lost
	case strings.HasPrefix(race.What, "the notes"):
		f.notes.SetText(lost)
		f.original.Notes = lost
	}
	f.ui.toast("The other words are back.")
}

func (f *goalForm) raceByID(id string) (app.EditRace, error) {
	races, err := f.ui.svc.GoalRaces(f.ui.ctx, f.original.ID)
	if err != nil {
		return app.EditRace{}, err
	}
	for _, r := range races {
		if r.ID == id {
			return r, nil
		}
	}
	return app.EditRace{}, app.ErrRaceGone
}

// activityShown is how many edits the goal form lists.
const activityShown = 6

// activitySection lists who changed what of the goal and when, newest first.
func (f *goalForm) activitySection() fyne.CanvasObject {
	head := widget.NewLabelWithStyle("Activity", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	box := container.NewVBox(head)
	lines, err := f.ui.svc.GoalActivity(f.ui.ctx, f.original.ID)
	if err != nil {
		box.Add(wrapped("Could not read the activity: " + app.UserMessage(err)))
		return box
	}
	for _, l := range lines[:min(len(lines), activityShown)] {
		what := l.Who + " " + l.What
		switch {
		case l.Who != "":
		case l.Here:
			what = l.What + " on this computer"
		default:
			what = l.What + " on another computer"
		}
		line := wrapped(f.ui.dayWords(model.DateOf(l.When)) + " " + l.When.Format("15:04") + " — " + what)
		line.SizeName = theme.SizeNameCaptionText
		box.Add(line)
	}
	if more := len(lines) - activityShown; more > 0 {
		box.Add(wrapped(fmt.Sprintf("and %d earlier edit%s", more, model.Plural(more))))
	}
	return box
}

func (f *goalForm) setArchived(archived bool) {
	if err := f.ui.svc.ArchiveGoal(f.ui.ctx, f.original.ID, archived); err != nil {
		f.ui.showError(err)
		return
	}
	f.close()
	f.done(f.original.ID)
	if archived {
		f.ui.offerUndo("Archived “" + f.original.Title + "”.")
	}
}

func (f *goalForm) delete() {
	f.ui.showConfirm("Delete goal?", "Delete “"+f.original.Title+"”? This also deletes it on your partner's computer.\nUndo (Ctrl+Z) brings it back while Venn is open.",
		func(yes bool) {
			if !yes {
				return
			}
			if err := f.ui.svc.DeleteGoal(f.ui.ctx, f.original.ID); err != nil {
				f.ui.showError(err)
				return
			}
			f.close()
			f.done(f.original.ID)
			f.ui.offerUndo("Deleted “" + f.original.Title + "”.")
		})
}

// checklistEditor edits a goal's checklist: tick, retitle, remove, add.
type checklistEditor struct {
	rows    []*checklistRow
	box     *fyne.Container
	add     *entry
	content fyne.CanvasObject
	// onTick, when set, saves a saved step's tick at once.
	onTick func(stepID string, done bool)
}

type checklistRow struct {
	id   string // the step's id; "" for a step added in this form
	done *widget.Check
	text *entry
}

func newChecklistEditor(steps []model.ChecklistStep) *checklistEditor {
	e := &checklistEditor{box: container.NewVBox()}
	for _, s := range steps {
		e.addRow(s)
	}
	e.add = newEntry()
	e.add.SetPlaceHolder("Add a step and press Enter")
	e.add.OnSubmitted = func(text string) {
		if strings.TrimSpace(text) == "" {
			return
		}
		e.addRow(model.ChecklistStep{Text: strings.TrimSpace(text)})
		e.add.SetText("")
	}
	addButton := widget.NewButtonWithIcon("", theme.ContentAddIcon(), func() { e.add.OnSubmitted(e.add.Text) })
	e.content = container.NewVBox(e.box, container.NewBorder(nil, nil, nil, addButton, e.add))
	return e
}

func (e *checklistEditor) addRow(s model.ChecklistStep) {
	row := &checklistRow{id: s.ID, done: widget.NewCheck("", nil), text: newEntry()}
	row.done.SetChecked(s.Done)
	row.done.OnChanged = func(on bool) {
		if e.onTick != nil && row.id != "" {
			e.onTick(row.id, on)
		}
	}
	row.text.SetText(s.Text)
	var line *fyne.Container
	remove := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() {
		for i, r := range e.rows {
			if r == row {
				e.rows = slices.Delete(e.rows, i, i+1)
			}
		}
		e.box.Remove(line)
	})
	remove.Importance = widget.LowImportance
	line = container.NewBorder(nil, nil, row.done, remove, row.text)
	e.rows = append(e.rows, row)
	e.box.Add(line)
}

// steps returns the checklist as edited, without blank steps, plus a step
// still typed in the add box.
func (e *checklistEditor) steps() []model.ChecklistStep {
	var out []model.ChecklistStep
	for _, r := range e.rows {
		if t := strings.TrimSpace(r.text.Text); t != "" {
			out = append(out, model.ChecklistStep{ID: r.id, Text: t, Done: r.done.Checked})
		}
	}
	if t := strings.TrimSpace(e.add.Text); t != "" {
		out = append(out, model.ChecklistStep{Text: t})
	}
	return out
}

// resourcesSection shows the goal's allocations of time, money and energy
// with a button to change them.
func (f *goalForm) resourcesSection() fyne.CanvasObject {
	summary := widget.NewLabel("")
	summary.Wrapping = fyne.TextWrapWord
	show := func() {
		allocs, err := f.ui.svc.GoalAllocations(f.ui.ctx, f.original.ID)
		if err != nil {
			summary.SetText(app.UserMessage(err))
			return
		}
		var parts []string
		for _, r := range model.Resources {
			if a, ok := allocs[r]; ok {
				text := fmt.Sprintf("%s a %s", model.FormatAmount(r, a.Amount, f.ui.household.Currency), r.Period())
				if f.original.Owner == model.Shared && len(f.ui.partners) == 2 {
					text += fmt.Sprintf(" (%s %d%%, %s %d%%)", f.ui.partners[0].Short(), a.SplitA, f.ui.partners[1].Short(), 100-a.SplitA)
				}
				parts = append(parts, text)
			}
		}
		if len(parts) == 0 {
			summary.SetText("No time, money or energy set aside for this goal yet.")
			return
		}
		summary.SetText(strings.Join(parts, " · "))
	}
	show()
	edit := widget.NewButtonWithIcon("Time, money and energy…", theme.StorageIcon(), func() {
		showAllocationDialog(f.ui, f.original, func() { show(); f.done(f.original.ID) })
	})
	title := widget.NewLabelWithStyle("Resources", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	return container.NewVBox(title, summary, container.NewHBox(edit))
}
