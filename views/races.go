package views

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/app"
	"github.com/vennplanner/venn/i18n"
)

// Edits made at the same time on both computers: Venn keeps the words that
// lost. The first time this computer learns of one it says so at the foot
// of the window; Today lists those not yet dismissed here, each with the
// other words one click away; the goal form lists its own in its activity.

// tellRaces says, at the foot of the window, the newest race this window
// has not told of yet.
func (ui *UI) tellRaces() {
	races, err := ui.svc.EditRaces(ui.ctx, true)
	if err != nil || len(races) == 0 {
		return
	}
	if ui.toldRaces == nil {
		ui.toldRaces = map[string]bool{}
	}
	var fresh []app.EditRace
	for _, r := range races {
		if !ui.toldRaces[r.ID] {
			fresh = append(fresh, r)
			ui.toldRaces[r.ID] = true
		}
	}
	if len(fresh) == 0 {
		return
	}
	r := fresh[0]
	ui.notice.show(r.SentenceIn(i18n.Screen()), say("ui.board.show"), func() { ui.showRace(r) })
}

// showRace opens what a race is about: its goal, or Today's list.
func (ui *UI) showRace(r app.EditRace) {
	if r.GoalID != "" && ui.board != nil {
		ui.showTab(tabBoard)
		ui.board.openGoal(r.GoalID)
		return
	}
	ui.showTab(tabToday)
}

// racesCard is Today's card of the races not dismissed here, or nil.
func (s *todayScreen) racesCard() fyne.CanvasObject {
	if len(s.view.Races) == 0 {
		return nil
	}
	box := container.NewVBox()
	for _, r := range s.view.Races {
		box.Add(s.raceRow(r))
	}
	return widget.NewCard(say("ui.board.racesTitle"), "", box)
}

func (s *todayScreen) raceRow(r app.EditRace) fyne.CanvasObject {
	keep := widget.NewButtonWithIcon(say("ui.board.keepAsIs"), theme.ConfirmIcon(), func() {
		if err := s.ui.svc.DismissRace(s.ui.ctx, r.ID); err != nil {
			s.ui.showError(err)
		}
	})
	keep.Importance = widget.LowImportance
	buttons := container.NewHBox(keep)
	if !r.Combined {
		use := widget.NewButtonWithIcon(say("ui.board.useOtherWords"), theme.ContentUndoIcon(), func() {
			if err := s.ui.svc.UseLostWords(s.ui.ctx, r.ID); err != nil {
				s.ui.showError(err)
				return
			}
			s.ui.toast(say("ui.board.otherWordsBack", "What", r.WhatIn(i18n.Screen())))
		})
		use.Importance = widget.LowImportance
		buttons.Add(use)
	}
	return container.NewVBox(wrapped(r.SentenceIn(i18n.Screen())), buttons)
}
