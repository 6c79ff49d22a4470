package forms

import (
	"slices"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/app"
	"github.com/vennplanner/venn/i18n"
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
		f.meanwhile.SetText(say("ui.board.goneMeanwhile"))
		f.meanwhile.Show()
		return
	}
	var clash []string
	if now.Title != f.original.Title {
		if strings.TrimSpace(f.title.Text) == f.original.Title {
			f.title.SetText(now.Title)
			f.original.Title = now.Title
		} else {
			clash = append(clash, say("ui.board.titleNow", "Title", model.Shorten(now.Title, 60)))
		}
	}
	if now.Notes != f.original.Notes {
		if f.notes.Text == f.original.Notes {
			f.notes.SetText(now.Notes)
			f.original.Notes = now.Notes
		} else {
			clash = append(clash, say("ui.board.notesChanged"))
		}
	}
	if len(clash) == 0 {
		return
	}
	what := clash[0]
	if len(clash) > 1 {
		what = say("ui.board.bothChanged", "First", clash[0], "Second", clash[1])
	}
	f.meanwhile.SetText(say("ui.board.savedMeanwhile", "What", what))
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
	box := container.NewVBox(heading(say("ui.board.racesTitle")))
	for _, r := range races {
		line := wrapped(say("ui.board.whenWhat", "Day", dayWords(model.DateOf(r.LostAt), h.Today()), "Clock", clock(r.LostAt), "What", r.SentenceIn(i18n.Screen())))
		line.SizeName = theme.SizeNameCaptionText
		if r.Combined {
			box.Add(line)
			continue
		}
		id, lost := r.ID, r.Lost
		use := widget.NewButton(say("ui.board.useWords", "Words", model.Shorten(lost, 24)), func() { f.useLostWords(id, lost) })
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
	switch race.Field {
	case "title":
		f.title.SetText(lost)
		f.original.Title = lost
	case "notes":
		f.notes.SetText(lost)
		f.original.Notes = lost
	}
	h.Toast(say("ui.board.otherWordsBackShort"))
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
	box := container.NewVBox(heading(say("ui.board.activity")))
	lines, err := h.Service().GoalActivity(h.Context(), f.original.ID)
	if err != nil {
		box.Add(wrapped(say("ui.board.activityFailed", "Error", sayError(err))))
		return box
	}
	for _, l := range lines[:min(len(lines), activityShown)] {
		what := say("ui.board.whoWhat", "Who", l.Who, "What", l.What)
		switch {
		case l.Who != "":
		case l.Here:
			what = say("ui.board.onThisComputer", "What", l.What)
		default:
			what = say("ui.board.onAnotherComputer", "What", l.What)
		}
		line := wrapped(say("ui.board.whenWhat", "Day", dayWords(model.DateOf(l.When), h.Today()), "Clock", clock(l.When), "What", what))
		line.SizeName = theme.SizeNameCaptionText
		box.Add(line)
	}
	if more := len(lines) - activityShown; more > 0 {
		box.Add(wrapped(sayN("ui.board.earlierEdits", more)))
	}
	return box
}

// dayWords names a day as the activity does: its weekday this year, its
// year otherwise.
func dayWords(d, today model.Date) string {
	if d.Year != today.Year {
		return i18n.Screen().DayMonthYear(d.Time())
	}
	return widgets.ShortDay(d.Time())
}

// clock is a moment's time of day: "18:30", the 24-hour clock every
// language of the window uses.
func clock(t time.Time) string { return model.FormatClock(t.Hour()*60 + t.Minute()) }

// resourcesSection shows the goal's allocations of time, money and energy
// with a button to change them.
func (f *Goal) resourcesSection() fyne.CanvasObject {
	summary := wrapped("")
	show := func() { summary.SetText(f.allocationWords()) }
	show()
	row := container.NewHBox()
	if edit := f.hooks.EditResources; edit != nil {
		row.Add(widget.NewButtonWithIcon(say("ui.board.resourcesButton"), theme.StorageIcon(), func() {
			edit(f.original, func() { show(); f.done(f.original.ID) })
		}))
	}
	return container.NewVBox(heading(say("ui.board.resources")), summary, row)
}

// allocationWords says what the goal has set aside, each partner's part
// of a shared goal's included.
func (f *Goal) allocationWords() string {
	h := f.host
	allocs, err := h.Service().GoalAllocations(h.Context(), f.original.ID)
	if err != nil {
		return sayError(err)
	}
	partners := h.Partners()
	var parts []string
	for _, r := range model.Resources {
		a, ok := allocs[r]
		if !ok {
			continue
		}
		amount := model.FormatAmount(r, a.Amount, h.Household().Currency)
		text := say("ui.board.amountPerWeek", "Amount", amount)
		if r.Period() == model.PerMonth {
			text = say("ui.board.amountPerMonth", "Amount", amount)
		}
		if f.original.Owner == model.Shared && len(partners) == 2 {
			text = say("ui.board.amountSplit", "Amount", text, "A", partners[0].Short(), "PartA", a.SplitA, "B", partners[1].Short(), "PartB", 100-a.SplitA)
		}
		parts = append(parts, text)
	}
	if len(parts) == 0 {
		return say("ui.board.noAllocations")
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

func newChecklistEditor(steps []model.ChecklistStep, partners []model.Partner, shared bool) *checklistEditor {
	e := &checklistEditor{box: container.NewVBox(), shared: shared}
	e.doers = []model.Owner{""}
	e.doerNames = []string{say("ui.board.anyone")}
	for _, p := range partners {
		e.doers = append(e.doers, model.Owner(p.ID))
		e.doerNames = append(e.doerNames, doerLabel(p, partners))
	}
	e.doers = append(e.doers, model.Shared)
	e.doerNames = append(e.doerNames, say("ui.board.both"))
	for _, s := range steps {
		e.addRow(s)
	}
	e.add = widgets.NewEntry()
	e.add.SetPlaceHolder(say("ui.board.addStepHint"))
	e.add.OnSubmitted = func(text string) {
		if strings.TrimSpace(text) == "" {
			return
		}
		e.addRow(model.ChecklistStep{Text: strings.TrimSpace(text)})
		e.add.SetText("")
	}
	addButton := widgets.NewIconButton(say("ui.board.addStep"), theme.ContentAddIcon(), func() { e.add.OnSubmitted(e.add.Text) })
	e.content = container.NewVBox(e.box, container.NewBorder(nil, nil, nil, addButton, e.add))
	return e
}

// addRow adds a step with its tick and a button that removes it.
func (e *checklistEditor) addRow(s model.ChecklistStep) {
	row := &checklistRow{id: s.ID, done: widget.NewCheck("", nil), text: widgets.NewEntry(), doer: newSelect(e.doerNames, nil)}
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
	remove := widgets.NewIconButton(say("ui.board.removeStep"), theme.DeleteIcon(), func() {
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
