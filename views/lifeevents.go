package views

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
	"github.com/vennplanner/venn/model"
)

// lifeEventFlow is the flexibility protocol: what happened, what to adjust,
// a preview of every change, then all of it applied in one step.
type lifeEventFlow struct {
	ui     *UI
	dialog dialog.Dialog
	body   *fyne.Container
	back   *widget.Button
	next   *widget.Button
	step   int

	kind  *widget.Select
	title *entry
	day   *dateField
	notes *entry

	goals      []model.Goal
	rituals    []model.Ritual
	goalPick   *widget.CheckGroup
	weeks      *entry
	toQuarter  *widget.Select
	ritualPick *widget.CheckGroup
	pauseFrom  *dateField
	pauseTo    *dateField
	moveFrom   *widget.Select
	moveTo     *widget.Select
	moveRes    *widget.Select
	moveAmount *entry

	preview []model.Change
	event   model.LifeEvent // once applied
}

func showLifeEventFlow(ui *UI) *lifeEventFlow {
	f := &lifeEventFlow{ui: ui, body: container.NewStack()}
	var names []string
	for _, k := range model.LifeEventKinds {
		names = append(names, k.Name)
	}
	f.kind = widget.NewSelect(names, nil)
	f.kind.SetSelectedIndex(0)
	f.title = newEntry()
	f.title.SetPlaceHolder("e.g. Liam's new job, Maya's surgery, moving to Leeds")
	f.day = newDateFieldAt(ui.today())
	f.notes = newMultiLineEntry()
	f.notes.SetPlaceHolder("What it means for us")

	board, _ := ui.svc.Board(ui.ctx, model.BoardFilter{})
	var goalNames []string
	for _, lane := range board.Lanes {
		for ci, cell := range lane.Cells {
			if model.Columns[ci] == model.ColumnDone {
				continue
			}
			for _, g := range cell {
				f.goals = append(f.goals, g)
				goalNames = append(goalNames, goalLabel(g, ui.partners))
			}
		}
	}
	f.goalPick = widget.NewCheckGroup(goalNames, nil)
	f.weeks = newEntry()
	f.weeks.SetText("4")
	quarters := []string{"—"}
	q := ui.today().Quarter()
	for i := 1; i <= 4; i++ {
		quarters = append(quarters, q.Add(i).String())
	}
	f.toQuarter = widget.NewSelect(quarters, nil)
	f.toQuarter.SetSelectedIndex(0)
	rituals, _ := ui.svc.Rituals(ui.ctx, app.RitualFilter{})
	var ritualNames []string
	for _, r := range rituals.Rituals {
		f.rituals = append(f.rituals, r.Ritual)
		ritualNames = append(ritualNames, r.Ritual.Title)
	}
	f.ritualPick = widget.NewCheckGroup(ritualNames, nil)
	f.pauseFrom = newDateFieldAt(ui.today())
	f.pauseTo = newDateFieldAt(ui.today().AddDays(27))
	moveOptions := append([]string{"—"}, goalNames...)
	f.moveFrom, f.moveTo = widget.NewSelect(moveOptions, nil), widget.NewSelect(moveOptions, nil)
	f.moveFrom.SetSelectedIndex(0)
	f.moveTo.SetSelectedIndex(0)
	var resNames []string
	for _, r := range model.Resources {
		resNames = append(resNames, r.Title())
	}
	f.moveRes = widget.NewSelect(resNames, nil)
	f.moveRes.SetSelectedIndex(0)
	f.moveAmount = newEntry()
	f.moveAmount.SetPlaceHolder("e.g. 2 (hours), 50 (money), 1 (energy point)")

	f.back = widget.NewButton("Back", func() { f.show(f.step - 1) })
	f.next = widget.NewButton("Next", f.forward)
	f.next.Importance = widget.HighImportance
	cancel := widget.NewButton("Cancel", func() { f.dialog.Hide() })
	buttons := container.NewHBox(layout.NewSpacer(), cancel, f.back, f.next)
	f.dialog = dialog.NewCustomWithoutButtons("A life event", container.NewBorder(nil, buttons, nil, nil, f.body), ui.win)
	f.show(0)
	ui.showDialog(f.dialog, fyne.NewSize(760, 600))
	return f
}

func goalLabel(g model.Goal, partners []model.Partner) string {
	return g.Title + " (" + ownerLabel(g.Owner, partners) + ")"
}

func (f *lifeEventFlow) show(step int) {
	f.step = step
	f.back.Hidden = step == 0
	f.next.SetText("Next")
	var content fyne.CanvasObject
	switch step {
	case 0:
		intro := widget.NewLabel("When life changes, agree together on what to adjust. Nothing changes until you apply the decision, and it can be undone.")
		intro.Wrapping = fyne.TextWrapWord
		content = container.NewBorder(intro, nil, nil, nil, widget.NewForm(
			widget.NewFormItem("What happened", f.kind), widget.NewFormItem("In a few words", f.title),
			widget.NewFormItem("When", f.day), widget.NewFormItem("Notes", f.notes)))
	case 1:
		goals := container.NewVBox(widget.NewLabelWithStyle("Postpone goals", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
			container.NewHBox(widget.NewLabel("by"), f.weeks, widget.NewLabel("weeks, or to"), f.toQuarter),
			f.goalPick)
		rituals := container.NewVBox(widget.NewLabelWithStyle("Pause rituals (no score penalty)", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
			container.NewGridWithColumns(4, widget.NewLabel("from"), f.pauseFrom, widget.NewLabel("to"), f.pauseTo), f.ritualPick)
		move := container.NewVBox(widget.NewLabelWithStyle("Move an allocation", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
			widget.NewForm(widget.NewFormItem("Of", f.moveRes), widget.NewFormItem("Amount", f.moveAmount),
				widget.NewFormItem("From", f.moveFrom), widget.NewFormItem("To", f.moveTo)))
		content = container.NewVScroll(container.NewVBox(goals, widget.NewSeparator(), rituals, widget.NewSeparator(), move))
	case 2:
		list := container.NewVBox(widget.NewLabelWithStyle("These changes will be made together:", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
		if len(f.preview) == 0 {
			list.Add(widget.NewLabel("No changes to plans — the event is just logged."))
		}
		for _, c := range f.preview {
			l := widget.NewLabel("• " + c.Summary)
			l.Wrapping = fyne.TextWrapWord
			list.Add(l)
		}
		f.next.SetText("Apply")
		content = container.NewVScroll(list)
	}
	f.body.Objects = []fyne.CanvasObject{content}
	f.body.Refresh()
	f.back.Refresh()
}

// decision reads what was chosen in step two.
func (f *lifeEventFlow) decision() (model.Decision, error) {
	var d model.Decision
	weeks := 0
	quarter, _ := model.ParseQuarter(strings.TrimPrefix(f.toQuarter.Selected, "—"))
	if quarter.IsZero() {
		if _, err := fmt.Sscanf(strings.TrimSpace(f.weeks.Text), "%d", &weeks); err != nil && len(f.goalPick.Selected) > 0 {
			return d, &model.ValidationError{Field: "weeks", Message: "Postpone by a whole number of weeks, or choose a quarter."}
		}
	}
	for i, g := range f.goals {
		if slices.Contains(f.goalPick.Selected, goalLabel(g, f.ui.partners)) {
			d.Postpone = append(d.Postpone, model.PostponeStep{GoalID: f.goals[i].ID, Weeks: weeks, Quarter: quarter})
		}
	}
	for _, r := range f.rituals {
		if slices.Contains(f.ritualPick.Selected, r.Title) {
			d.Pause = append(d.Pause, model.PauseStep{RitualID: r.ID, From: f.pauseFrom.DateOrZero(), To: f.pauseTo.DateOrZero()})
		}
	}
	if f.moveFrom.SelectedIndex() > 0 || f.moveTo.SelectedIndex() > 0 || strings.TrimSpace(f.moveAmount.Text) != "" {
		if f.moveFrom.SelectedIndex() <= 0 || f.moveTo.SelectedIndex() <= 0 {
			return d, &model.ValidationError{Field: "move", Message: "To move an allocation, choose both goals."}
		}
		r := model.Resources[max(0, f.moveRes.SelectedIndex())]
		amount, err := model.ParseAmount(r, f.moveAmount.Text, f.ui.household.Currency)
		if err != nil {
			return d, err
		}
		d.Move = append(d.Move, model.MoveStep{Resource: r, FromGoal: f.goals[f.moveFrom.SelectedIndex()-1].ID,
			ToGoal: f.goals[f.moveTo.SelectedIndex()-1].ID, Amount: amount})
	}
	return d, nil
}

func (f *lifeEventFlow) eventFromForm() model.LifeEvent {
	return model.LifeEvent{Kind: model.LifeEventKinds[max(0, f.kind.SelectedIndex())].Kind, Title: f.title.Text, Day: f.day.DateOrZero(), Notes: f.notes.Text}
}

// forward checks the step and moves on; on the last step it applies.
func (f *lifeEventFlow) forward() {
	switch f.step {
	case 0:
		if err := f.eventFromForm().Validate(); err != nil {
			f.ui.showError(err)
			return
		}
		f.show(1)
	case 1:
		d, err := f.decision()
		if err != nil {
			f.ui.showError(err)
			return
		}
		if f.preview, err = f.ui.svc.PreviewDecision(f.ui.ctx, d); err != nil {
			f.ui.showError(err)
			return
		}
		f.show(2)
	case 2:
		d, err := f.decision()
		if err != nil {
			f.ui.showError(err)
			return
		}
		e, err := f.ui.svc.LogLifeEvent(f.ui.ctx, f.eventFromForm(), d)
		if err != nil {
			f.ui.showError(err)
			return
		}
		f.event = e
		f.dialog.Hide()
		f.ui.toast(fmt.Sprintf("Logged “%s” with %d change(s). You can undo it from the life-event log.", e.Title, len(e.Changes)))
	}
}

// lifeEventCard shows a life event with the changes it made and an undo button.
func lifeEventCard(ui *UI, e model.LifeEvent) fyne.CanvasObject {
	kind := e.Kind.Name()
	box := container.NewVBox()
	if e.Notes != "" {
		l := widget.NewLabel(e.Notes)
		l.Wrapping = fyne.TextWrapWord
		box.Add(l)
	}
	for _, c := range e.Changes {
		l := widget.NewLabel("• " + c.Summary)
		l.Wrapping = fyne.TextWrapWord
		box.Add(l)
	}
	if e.Undone {
		l := widget.NewLabel("This decision was undone.")
		l.Importance = widget.LowImportance
		box.Add(l)
	} else if len(e.Changes) > 0 {
		box.Add(widget.NewButton("Undo this decision", func() { ui.undoLifeEvent(e) }))
	}
	return widget.NewCard(e.Title, kind+" · "+e.Day.Time().Format("2 Jan 2006"), box)
}

// undoLifeEvent asks, undoes the decision in one step, and says what could
// not be undone and why.
func (ui *UI) undoLifeEvent(e model.LifeEvent) {
	ui.showConfirm("Undo the decision", fmt.Sprintf("Set back the %d change(s) made for “%s”?", len(e.Changes), e.Title), func(ok bool) {
		if !ok {
			return
		}
		rep, err := ui.svc.UndoLifeEvent(ui.ctx, e.ID)
		if err != nil {
			ui.showError(err)
			return
		}
		ui.showUndoReport(rep)
	})
}

func (ui *UI) showUndoReport(rep app.UndoReport) {
	msg := fmt.Sprintf("%d change(s) undone.", len(rep.Undone))
	if len(rep.Kept) > 0 {
		msg += "\n\nLeft as they are now:\n• " + strings.Join(rep.Kept, "\n• ")
	}
	l := widget.NewLabel(msg)
	l.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustom("Undone", "OK", container.NewVScroll(l), ui.win)
	ui.showDialog(d, fyne.NewSize(560, 320))
}

// showLifeEventLog lists every life event (from the board).
func (ui *UI) showLifeEventLog() {
	box := container.NewVBox()
	events, err := ui.svc.LifeEvents(ui.ctx)
	if err != nil {
		ui.showError(err)
		return
	}
	for _, e := range events {
		box.Add(lifeEventCard(ui, e))
	}
	if len(events) == 0 {
		box.Add(widget.NewLabel("No life events logged yet. Log one from the Calendar when life changes your plans."))
	}
	d := dialog.NewCustom("Life events", "Close", container.NewVScroll(box), ui.win)
	ui.showDialog(d, fyne.NewSize(640, 520))
}
