package forms

import (
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/app"
	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/views/widgets"
)

// The goal form's parts beyond its fields: what the partner saved
// meanwhile, the edits made at once on both computers, the activity, the
// resources set aside and the checklist.

// activityShown is how many edits the goal form lists.
const activityShown = 6

// SavedMeanwhile looks at the goal as saved now (a sync brought the
// partner's edit while the form was open): a title or notes left as they
// were here take the new words; ones changed here keep what was typed, and
// the form says so — on Save, the partner's words stay in the activity.
func (f *Goal) SavedMeanwhile() {
	if f.isNew {
		return
	}
	h := f.host
	now, err := h.Service().Goal(h.Context(), f.original.ID)
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
// computers, with the words that lost, each one click from being used; it
// is nil when there are none.
func (f *Goal) racesSection() fyne.CanvasObject {
	h := f.host
	races, err := h.Service().GoalRaces(h.Context(), f.original.ID)
	if err != nil || len(races) == 0 {
		return nil
	}
	box := container.NewVBox(heading("Written at the same time"))
	for _, r := range races {
		line := wrapped(dayWords(model.DateOf(r.LostAt), h.Today()) + " " + r.LostAt.Format("15:04") + " — " + r.Sentence())
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
func (f *Goal) useLostWords(id, lost string) {
	h := f.host
	race, err := f.raceByID(id)
	if err != nil {
		h.ShowError(err)
		return
	}
	if err := h.Service().UseLostWords(h.Context(), id); err != nil {
		h.ShowError(err)
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
	h.Toast("The other words are back.")
}

// raceByID finds one of the goal's races as it is saved now.
func (f *Goal) raceByID(id string) (app.EditRace, error) {
	h := f.host
	races, err := h.Service().GoalRaces(h.Context(), f.original.ID)
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

// activitySection lists who changed what of the goal and when, newest first.
func (f *Goal) activitySection() fyne.CanvasObject {
	h := f.host
	box := container.NewVBox(heading("Activity"))
	lines, err := h.Service().GoalActivity(h.Context(), f.original.ID)
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
		line := wrapped(dayWords(model.DateOf(l.When), h.Today()) + " " + l.When.Format("15:04") + " — " + what)
		line.SizeName = theme.SizeNameCaptionText
		box.Add(line)
	}
	if more := len(lines) - activityShown; more > 0 {
		box.Add(wrapped(fmt.Sprintf("and %d earlier edit%s", more, model.Plural(more))))
	}
	return box
}

// dayWords names a day as the activity does: its weekday this year, its
// year otherwise.
func dayWords(d, today model.Date) string {
	if d.Year != today.Year {
		return d.Time().Format("2 Jan 2006")
	}
	return d.Time().Format("Mon 2 Jan")
}

// resourcesSection shows the goal's allocations of time, money and energy
// with a button to change them.
func (f *Goal) resourcesSection() fyne.CanvasObject {
	summary := wrapped("")
	show := func() { summary.SetText(f.allocationWords()) }
	show()
	row := container.NewHBox()
	if edit := f.hooks.EditResources; edit != nil {
		row.Add(widget.NewButtonWithIcon("Time, money and energy…", theme.StorageIcon(), func() {
			edit(f.original, func() { show(); f.done(f.original.ID) })
		}))
	}
	return container.NewVBox(heading("Resources"), summary, row)
}

// allocationWords says what the goal has set aside, each partner's part
// of a shared goal's included.
func (f *Goal) allocationWords() string {
	h := f.host
	allocs, err := h.Service().GoalAllocations(h.Context(), f.original.ID)
	if err != nil {
		return app.UserMessage(err)
	}
	partners := h.Partners()
	var parts []string
	for _, r := range model.Resources {
		a, ok := allocs[r]
		if !ok {
			continue
		}
		text := fmt.Sprintf("%s a %s", model.FormatAmount(r, a.Amount, h.Household().Currency), r.Period())
		if f.original.Owner == model.Shared && len(partners) == 2 {
			text += fmt.Sprintf(" (%s %d%%, %s %d%%)", partners[0].Short(), a.SplitA, partners[1].Short(), 100-a.SplitA)
		}
		parts = append(parts, text)
	}
	if len(parts) == 0 {
		return "No time, money or energy set aside for this goal yet."
	}
	return strings.Join(parts, " · ")
}

// checklistEditor edits a goal's checklist: tick, retitle, remove, add.
type checklistEditor struct {
	rows    []*checklistRow
	box     *fyne.Container
	add     *widgets.Entry
	content fyne.CanvasObject
	// onTick, when set, saves a saved step's tick at once.
	onTick func(stepID string, done bool)
	// doers are who a step may name, in the order of doerNames; shared
	// says whether the goal is the couple's (only then a step names them).
	doers     []model.Owner
	doerNames []string
	shared    bool
}

// checklistRow is one step in the editor.
type checklistRow struct {
	id   string // the step's id; "" for a step added in this form
	done *widget.Check
	text *widgets.Entry
	doer *widget.Select // who takes the step on, on a shared goal
}

// noDoer is the doer choice of a step that names nobody.
const noDoer = "Anyone"

func newChecklistEditor(steps []model.ChecklistStep, partners []model.Partner, shared bool) *checklistEditor {
	e := &checklistEditor{box: container.NewVBox(), shared: shared}
	e.doers = []model.Owner{""}
	e.doerNames = []string{noDoer}
	for _, p := range partners {
		e.doers = append(e.doers, model.Owner(p.ID))
		e.doerNames = append(e.doerNames, doerLabel(p, partners))
	}
	e.doers = append(e.doers, model.Shared)
	e.doerNames = append(e.doerNames, "Both")
	for _, s := range steps {
		e.addRow(s)
	}
	e.add = widgets.NewEntry()
	e.add.SetPlaceHolder("Add a step and press Enter")
	e.add.OnSubmitted = func(text string) {
		if strings.TrimSpace(text) == "" {
			return
		}
		e.addRow(model.ChecklistStep{Text: strings.TrimSpace(text)})
		e.add.SetText("")
	}
	addButton := widgets.NewIconButton("Add the step", theme.ContentAddIcon(), func() { e.add.OnSubmitted(e.add.Text) })
	e.content = container.NewVBox(e.box, container.NewBorder(nil, nil, nil, addButton, e.add))
	return e
}

// addRow adds a step with its tick and a button that removes it.
func (e *checklistEditor) addRow(s model.ChecklistStep) {
	row := &checklistRow{id: s.ID, done: widget.NewCheck("", nil), text: widgets.NewEntry(), doer: widget.NewSelect(e.doerNames, nil)}
	row.doer.SetSelectedIndex(max(slices.Index(e.doers, s.Doer), 0))
	if !e.shared {
		row.doer.Hide()
	}
	row.done.SetChecked(s.Done)
	row.done.OnChanged = func(on bool) {
		if e.onTick != nil && row.id != "" {
			e.onTick(row.id, on)
		}
	}
	row.text.SetText(s.Text)
	var line *fyne.Container
	remove := widgets.NewIconButton("Remove the step", theme.DeleteIcon(), func() {
		for i, r := range e.rows {
			if r == row {
				e.rows = slices.Delete(e.rows, i, i+1)
			}
		}
		e.box.Remove(line)
	})
	remove.Importance = widget.LowImportance
	line = container.NewBorder(nil, nil, row.done, container.NewHBox(row.doer, remove), row.text)
	e.rows = append(e.rows, row)
	e.box.Add(line)
}

// steps returns the checklist as edited, without blank steps, plus a step
// still typed in the add box.
func (e *checklistEditor) steps() []model.ChecklistStep {
	var out []model.ChecklistStep
	for _, r := range e.rows {
		if t := strings.TrimSpace(r.text.Text); t != "" {
			out = append(out, model.ChecklistStep{ID: r.id, Text: t, Done: r.done.Checked, Doer: e.doerOf(r)})
		}
	}
	if t := strings.TrimSpace(e.add.Text); t != "" {
		out = append(out, model.ChecklistStep{Text: t})
	}
	return out
}

// doerOf is who a row's step names: nobody on a goal that is not shared.
func (e *checklistEditor) doerOf(r *checklistRow) model.Owner {
	i := r.doer.SelectedIndex()
	if !e.shared || i < 0 || i >= len(e.doers) {
		return ""
	}
	return e.doers[i]
}

// setShared shows the choice of who does each step when the goal is the
// couple's, and hides it otherwise.
func (e *checklistEditor) setShared(shared bool) {
	e.shared = shared
	for _, r := range e.rows {
		if shared {
			r.doer.Show()
		} else {
			r.doer.Hide()
		}
	}
}

// doerLabel names a partner in the doer choice; two partners whose short
// names are the same are told apart by their initial slot.
func doerLabel(p model.Partner, partners []model.Partner) string {
	n := p.Short()
	for _, o := range partners {
		if o.ID != p.ID && o.Short() == n {
			return n + " (" + strings.ToUpper(string(p.Slot)) + ")"
		}
	}
	return n
}
