package views

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/i18n"
	"github.com/vennplanner/venn/model"
)

// firstStepsHidden is the preference set when a couple hides the first
// steps from Today (Help › Your first weeks still shows them).
const firstStepsHidden = "firstStepsHidden"

// firstStepsGrid lays the steps out by when: Day 1, Week 1, Month 1, each
// step ticked or not, with a button to where it is done.
func (ui *UI) firstStepsGrid(steps []model.FirstStep, done func()) fyne.CanvasObject {
	grid := container.NewGridWithColumns(3)
	cols := map[string]*fyne.Container{}
	for _, st := range steps {
		col, ok := cols[st.When]
		if !ok {
			col = container.NewVBox(widget.NewLabelWithStyle(st.When, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
			cols[st.When] = col
			grid.Add(col)
		}
		icon := widget.NewIcon(theme.RadioButtonIcon())
		text := wrapped(st.Text)
		if st.Done {
			icon.SetResource(theme.NewSuccessThemedResource(theme.ConfirmIcon()))
			text.SetText(say("ui.between.stepDone", "Step", st.Text))
			text.Importance = widget.LowImportance
		}
		open := widget.NewButton(say("ui.between.open"), func() {
			if done != nil {
				done()
			}
			ui.showScreen(st.Where)
		})
		open.Importance = widget.LowImportance
		col.Add(container.NewBorder(nil, nil, icon, open, text))
	}
	return grid
}

// showScreen shows the screen a first step is done on.
func (ui *UI) showScreen(where string) {
	switch where {
	case "board":
		ui.showTab(tabBoard)
	case "resources":
		ui.showTab(tabResources)
	case "rituals":
		ui.showTab(tabRituals)
	case "calendar":
		ui.showTab(tabCalendar)
	case "checkins":
		ui.showTab(tabCheckins)
	case "balance":
		ui.showTab(tabCheckins)
		ui.checkinsTab().tabs.SelectIndex(checkinsBalance)
	case "sessions":
		ui.showTab(tabSessions)
	}
}

// showFirstSteps is Help › Your first weeks: the steps, ticked.
func (ui *UI) showFirstSteps() {
	steps, err := ui.svc.FirstSteps(ui.ctx, i18n.Screen())
	if err != nil {
		ui.showError(err)
		return
	}
	var d *dialog.CustomDialog
	intro := wrapped(say("ui.between.firstStepsIntro"))
	read := ui.whyButton(say("ui.between.readMethod"), model.MethodHeart)
	d = dialog.NewCustom(say("ui.between.yourFirstWeeks"), say("ui.common.close"),
		container.NewVBox(intro, ui.firstStepsGrid(steps, func() { d.Hide() }), container.NewHBox(read)), ui.win)
	ui.openDialog(d, nil)
	size := ui.win.Canvas().Size()
	d.Resize(fyne.NewSize(min(900, size.Width-40), min(460, size.Height-40)))
}

// firstStepsDone is the preference set once every first step was done:
// Today stops looking (reading every goal of a large household at each
// start would slow it).
const firstStepsDone = "firstStepsDone"

// showFirstSteps fills Today's first-steps card for a couple starting out,
// reading the household in the background so Today opens at once.
func (s *todayScreen) showFirstSteps() {
	prefs := s.ui.app.Preferences()
	if prefs.Bool(firstStepsHidden) || prefs.Bool(firstStepsDone) {
		s.first.RemoveAll()
		return
	}
	var steps []model.FirstStep
	var err error
	s.ui.offUIThen(func() { steps, err = s.ui.svc.FirstSteps(s.ui.ctx, i18n.Screen()) }, func() {
		s.first.RemoveAll()
		if err != nil {
			return
		}
		if model.AllDone(steps) {
			prefs.SetBool(firstStepsDone, true)
			return
		}
		s.first.Add(s.firstStepsCard(steps))
		s.scroll.Refresh()
	})
}

// firstStepsCard is Today's card for a couple starting out: the steps not
// all done yet, until they are or the couple hides it.
func (s *todayScreen) firstStepsCard(steps []model.FirstStep) fyne.CanvasObject {
	read := s.ui.whyButton(say("ui.between.whyTheseSteps"), model.MethodHeart)
	hide := widget.NewButtonWithIcon(say("ui.between.hideThis"), theme.VisibilityOffIcon(), func() {
		s.ui.app.Preferences().SetBool(firstStepsHidden, true)
		s.reload()
	})
	hide.Importance = widget.LowImportance
	return widget.NewCard(say("ui.between.firstWeeksWithVenn"), say("ui.between.ticksWhenDone"),
		container.NewVBox(s.ui.firstStepsGrid(steps, nil), container.NewHBox(read, hide)))
}
