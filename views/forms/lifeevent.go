package forms

import (
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/app"
	"github.com/vennplanner/venn/i18n"
	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/views/widgets"
)

// LifeEvent is the flexibility protocol: what happened, what to adjust,
// a preview of every change, then all of it applied in one step.
type LifeEvent struct {
	host   Host
	dialog *dialog.CustomDialog
	body   *fyne.Container
	back   *widget.Button
	next   *widget.Button
	step   int

	kind  *widget.Select
	title *widgets.Entry
	day   *widgets.DateField
	notes *widgets.Entry

	goals      []model.Goal
	rituals    []model.Ritual
	goalPick   *widget.CheckGroup
	weeks      *widgets.Entry
	toQuarter  *widget.Select
	quarters   []model.Quarter // toQuarter's choices after its "—"
	ritualPick *widget.CheckGroup
	pauseFrom  *widgets.DateField
	pauseTo    *widgets.DateField
	moveFrom   *widget.Select
	moveTo     *widget.Select
	moveRes    *widget.Select
	moveAmount *widgets.Entry

	preview []model.Change
	event   model.LifeEvent // once applied
}

// ShowLifeEvent opens the flow on its first step.
func ShowLifeEvent(h Host) *LifeEvent {
	f := &LifeEvent{host: h, body: container.NewStack()}
	f.makeEventFields()
	goalNames := f.makeGoalFields()
	f.makeRitualFields()
	f.makeMoveFields(goalNames)
	f.back = widget.NewButton(say("ui.sessions.back"), func() { f.show(f.step - 1) })
	f.next = widget.NewButton(say("ui.sessions.next"), f.forward)
	f.next.Importance = widget.HighImportance
	cancel := widget.NewButton(say("ui.common.cancel"), func() { f.dialog.Hide() })
	buttons := container.NewHBox(layout.NewSpacer(), cancel, f.back, f.next)
	f.dialog = dialog.NewCustomWithoutButtons(say("ui.sessions.lifeEvent"), container.NewBorder(nil, buttons, nil, nil, f.body), h.Window())
	f.show(0)
	show(h, f.dialog, fyne.NewSize(760, 600))
	return f
}

// makeEventFields makes step one's fields: what happened, when, and notes.
func (f *LifeEvent) makeEventFields() {
	var names []string
	for _, k := range model.LifeEventKinds {
		names = append(names, k.Kind.NameIn(i18n.Screen()))
	}
	f.kind = newSelect(names, nil)
	f.kind.SetSelectedIndex(0)
	f.title = widgets.NewEntry()
	f.title.SetPlaceHolder(say("ui.sessions.eventTitleHint"))
	f.day = widgets.NewDateFieldAt(f.host.Today())
	f.notes = widgets.NewMultiLineEntry()
	f.notes.Name = say("ui.sessions.notes")
	f.notes.SetPlaceHolder(say("ui.sessions.eventNotesHint"))
}

// makeGoalFields makes the choice of goals to postpone (every goal not
// done), by how many weeks or to which quarter; it returns the goals' names.
func (f *LifeEvent) makeGoalFields() (goalNames []string) {
	h := f.host
	board, _ := h.Service().Board(h.Context(), model.BoardFilter{})
	for _, lane := range board.Lanes {
		for ci, cell := range lane.Cells {
			if model.Columns[ci] == model.ColumnDone {
				continue
			}
			for _, g := range cell {
				f.goals = append(f.goals, g)
				goalNames = append(goalNames, goalLabel(g, h.Partners()))
			}
		}
	}
	f.goalPick = widget.NewCheckGroup(goalNames, nil)
	f.weeks = widgets.NewEntry()
	f.weeks.SetText("4")
	quarters := []string{"—"}
	q := h.Today().Quarter()
	for i := 1; i <= 4; i++ {
		f.quarters = append(f.quarters, q.Add(i))
		quarters = append(quarters, i18n.Screen().Quarter(q.Add(i).Year, q.Add(i).Q))
	}
	f.toQuarter = newSelect(quarters, nil)
	f.toQuarter.SetSelectedIndex(0)
	return goalNames
}

// makeRitualFields makes the choice of rituals to pause, and for when.
func (f *LifeEvent) makeRitualFields() {
	h := f.host
	rituals, _ := h.Service().Rituals(h.Context(), app.RitualFilter{})
	var ritualNames []string
	for _, r := range rituals.Rituals {
		f.rituals = append(f.rituals, r.Ritual)
		ritualNames = append(ritualNames, r.Ritual.Title)
	}
	f.ritualPick = widget.NewCheckGroup(ritualNames, nil)
	f.pauseFrom = widgets.NewDateFieldAt(h.Today())
	f.pauseTo = widgets.NewDateFieldAt(h.Today().AddDays(27))
}

// makeMoveFields makes the fields to move an allocation from one goal to
// another.
func (f *LifeEvent) makeMoveFields(goalNames []string) {
	moveOptions := append([]string{"—"}, goalNames...)
	f.moveFrom, f.moveTo = newSelect(moveOptions, nil), newSelect(moveOptions, nil)
	f.moveFrom.SetSelectedIndex(0)
	f.moveTo.SetSelectedIndex(0)
	var resNames []string
	for _, r := range model.Resources {
		resNames = append(resNames, r.TitleIn(i18n.Screen()))
	}
	f.moveRes = newSelect(resNames, nil)
	f.moveRes.SetSelectedIndex(0)
	f.moveAmount = widgets.NewEntry()
	f.moveAmount.SetPlaceHolder(say("ui.sessions.amountHint"))
}

// goalLabel names a goal with whose it is, as the flow's choices do.
func goalLabel(g model.Goal, partners []model.Partner) string {
	return g.Title + " (" + ownerLabel(g.Owner, partners) + ")"
}

func (f *LifeEvent) show(step int) {
	f.step = step
	f.back.Hidden = step == 0
	f.next.SetText(say("ui.sessions.next"))
	var content fyne.CanvasObject
	switch step {
	case 0:
		intro := wrapped(say("ui.sessions.eventIntro"))
		content = container.NewBorder(intro, nil, nil, nil, widget.NewForm(
			widget.NewFormItem(say("ui.sessions.whatHappened"), f.kind), widget.NewFormItem(say("ui.sessions.inAFewWords"), f.title),
			widget.NewFormItem(say("ui.sessions.when"), f.day), widget.NewFormItem(say("ui.sessions.notes"), f.notes)))
	case 1:
		content = f.adjustments()
	case 2:
		list := container.NewVBox(heading(say("ui.sessions.changesTogether")))
		if len(f.preview) == 0 {
			list.Add(widget.NewLabel(say("ui.sessions.noChanges")))
		}
		for _, c := range f.preview {
			list.Add(wrapped("• " + c.Summary))
		}
		f.next.SetText(say("ui.sessions.apply"))
		content = container.NewVScroll(list)
	}
	f.body.Objects = []fyne.CanvasObject{content}
	f.body.Refresh()
	f.back.Refresh()
}

// adjustments is step two: goals to postpone, rituals to pause and an
// allocation to move.
func (f *LifeEvent) adjustments() fyne.CanvasObject {
	goals := container.NewVBox(heading(say("ui.sessions.postponeGoals")),
		container.NewHBox(widget.NewLabel(say("ui.sessions.postponeBy")), f.weeks, widget.NewLabel(say("ui.sessions.weeksOrTo")), f.toQuarter),
		f.goalPick)
	rituals := container.NewVBox(heading(say("ui.sessions.pauseRituals")),
		container.NewGridWithColumns(4, widget.NewLabel(say("ui.sessions.pauseFrom")), f.pauseFrom, widget.NewLabel(say("ui.sessions.pauseTo")), f.pauseTo), f.ritualPick)
	move := container.NewVBox(heading(say("ui.sessions.moveAllocation")),
		widget.NewForm(widget.NewFormItem(say("ui.sessions.moveOf"), f.moveRes), widget.NewFormItem(say("ui.sessions.amount"), f.moveAmount),
			widget.NewFormItem(say("ui.sessions.moveFrom"), f.moveFrom), widget.NewFormItem(say("ui.sessions.moveTo"), f.moveTo)))
	return container.NewVScroll(container.NewVBox(goals, widget.NewSeparator(), rituals, widget.NewSeparator(), move))
}

// decision reads what was chosen in step two.
func (f *LifeEvent) decision() (model.Decision, error) {
	var d model.Decision
	weeks := 0
	var quarter model.Quarter
	if i := f.toQuarter.SelectedIndex(); i > 0 && i <= len(f.quarters) {
		quarter = f.quarters[i-1]
	}
	if quarter.IsZero() {
		if _, err := fmt.Sscanf(strings.TrimSpace(f.weeks.Text), "%d", &weeks); err != nil && len(f.goalPick.Selected) > 0 {
			return d, &model.ValidationError{Field: "weeks", Message: say("ui.sessions.weeksInvalid")}
		}
	}
	for i, g := range f.goals {
		if slices.Contains(f.goalPick.Selected, goalLabel(g, f.host.Partners())) {
			d.Postpone = append(d.Postpone, model.PostponeStep{GoalID: f.goals[i].ID, Weeks: weeks, Quarter: quarter})
		}
	}
	for _, r := range f.rituals {
		if slices.Contains(f.ritualPick.Selected, r.Title) {
			d.Pause = append(d.Pause, model.PauseStep{RitualID: r.ID, From: f.pauseFrom.DateOrZero(), To: f.pauseTo.DateOrZero()})
		}
	}
	move, err := f.move()
	if err != nil {
		return d, err
	}
	d.Move = move
	return d, nil
}

// move reads the allocation to move, if any was asked for.
func (f *LifeEvent) move() ([]model.MoveStep, error) {
	if f.moveFrom.SelectedIndex() <= 0 && f.moveTo.SelectedIndex() <= 0 && strings.TrimSpace(f.moveAmount.Text) == "" {
		return nil, nil
	}
	if f.moveFrom.SelectedIndex() <= 0 || f.moveTo.SelectedIndex() <= 0 {
		return nil, &model.ValidationError{Field: "move", Message: say("ui.sessions.moveBothGoals")}
	}
	r := model.Resources[max(0, f.moveRes.SelectedIndex())]
	amount, err := model.ParseAmount(r, f.moveAmount.Text, f.host.Household().Currency)
	if err != nil {
		return nil, err
	}
	return []model.MoveStep{{Resource: r, FromGoal: f.goals[f.moveFrom.SelectedIndex()-1].ID,
		ToGoal: f.goals[f.moveTo.SelectedIndex()-1].ID, Amount: amount}}, nil
}

func (f *LifeEvent) eventFromForm() model.LifeEvent {
	return model.LifeEvent{Kind: model.LifeEventKinds[max(0, f.kind.SelectedIndex())].Kind, Title: f.title.Text, Day: f.day.DateOrZero(), Notes: f.notes.Text}
}

// forward checks the step and moves on; on the last step it applies.
func (f *LifeEvent) forward() {
	h := f.host
	switch f.step {
	case 0:
		if err := f.eventFromForm().Validate(); err != nil {
			h.ShowError(err)
			return
		}
		f.show(1)
	case 1:
		d, err := f.decision()
		if err != nil {
			h.ShowError(err)
			return
		}
		if f.preview, err = h.Service().PreviewDecision(h.Context(), d); err != nil {
			h.ShowError(err)
			return
		}
		f.show(2)
	case 2:
		f.apply()
	}
}

// apply logs the event with its decision, in one step.
func (f *LifeEvent) apply() {
	h := f.host
	d, err := f.decision()
	if err != nil {
		h.ShowError(err)
		return
	}
	e, err := h.Service().LogLifeEvent(h.Context(), f.eventFromForm(), d)
	if err != nil {
		h.ShowError(err)
		return
	}
	f.event = e
	f.dialog.Hide()
	h.Toast(sayN("ui.sessions.eventLogged", len(e.Changes), "Title", e.Title))
}

// LifeEventCard shows a life event with the changes it made and a button
// to undo them.
func LifeEventCard(h Host, e model.LifeEvent) fyne.CanvasObject {
	box := container.NewVBox()
	if e.Notes != "" {
		box.Add(wrapped(e.Notes))
	}
	for _, c := range e.Changes {
		box.Add(wrapped("• " + c.Summary))
	}
	ref := app.DecisionRef{EventID: e.ID}
	if line := ValueCheckLine(h, ref); line != nil {
		box.Add(line)
	}
	box.Add(widget.NewButton(say("ui.sessions.checkValuesShort"), func() { ShowValueChecks(h, ref, e.Title) }))
	if e.Undone {
		l := widget.NewLabel(say("ui.sessions.decisionUndone"))
		l.Importance = widget.LowImportance
		box.Add(l)
	} else if len(e.Changes) > 0 {
		box.Add(widget.NewButton(say("ui.sessions.undoDecision"), func() { undoLifeEvent(h, e) }))
	}
	return widget.NewCard(e.Title, e.Kind.NameIn(i18n.Screen())+" · "+i18n.Screen().DayMonthYear(e.Day.Time()), box)
}

// undoLifeEvent asks, undoes the decision in one step, and says what could
// not be undone and why.
func undoLifeEvent(h Host, e model.LifeEvent) {
	h.ShowConfirm(say("ui.sessions.undoTitle"), sayN("ui.sessions.undoAsk", len(e.Changes), "Title", e.Title), func(ok bool) {
		if !ok {
			return
		}
		rep, err := h.Service().UndoLifeEvent(h.Context(), e.ID)
		if err != nil {
			h.ShowError(err)
			return
		}
		showUndoReport(h, rep)
	})
}

// showUndoReport says how many changes were undone, and which were left as
// they are now.
func showUndoReport(h Host, rep app.UndoReport) {
	msg := sayN("ui.common.changesUndone", len(rep.Undone))
	if len(rep.Kept) > 0 {
		msg += "\n\n" + say("ui.sessions.leftAsTheyAre") + "\n• " + strings.Join(rep.Kept, "\n• ")
	}
	d := dialog.NewCustom(say("ui.common.undone"), say("ui.common.ok"), container.NewVScroll(wrapped(msg)), h.Window())
	show(h, d, fyne.NewSize(560, 320))
}

// ShowLifeEventLog lists every life event (from the board).
func ShowLifeEventLog(h Host) {
	box := container.NewVBox()
	events, err := h.Service().LifeEvents(h.Context())
	if err != nil {
		h.ShowError(err)
		return
	}
	for _, e := range events {
		box.Add(LifeEventCard(h, e))
	}
	if len(events) == 0 {
		box.Add(widget.NewLabel(say("ui.sessions.noLifeEvents")))
	}
	d := dialog.NewCustom(say("ui.sessions.lifeEvents"), say("ui.common.close"), container.NewVScroll(box), h.Window())
	show(h, d, fyne.NewSize(640, 520))
}
