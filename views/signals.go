package views

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/app"
	"github.com/vennplanner/venn/app/summary"
	"github.com/vennplanner/venn/i18n"
	"github.com/vennplanner/venn/model"
)

// slipWords says what Venn measured for the sign "my personal goals are
// consistently postponed or abandoned", beside the partner's own rating.
func slipWords(sl model.Slips, month model.Date) string {
	end := model.DateOf(app.MonthOf(month).Time().AddDate(0, 1, -1))
	day := i18n.Screen().DayMonthLong(end.Time())
	if sl.Total() == 0 {
		return say("ui.between.slipNone", "Day", day)
	}
	var parts []string
	for _, x := range []struct {
		n   int
		key string
	}{{sl.Overdue, "ui.between.overdue"}, {sl.Postponed, "ui.between.postponed"}, {sl.SetAside, "ui.between.setAside"}} {
		if x.n > 0 {
			parts = append(parts, sayN(x.key, x.n))
		}
	}
	return sayN("ui.between.slipSome", sl.Total(), "Day", day, "Parts", strings.Join(parts, say("ui.between.listSep")))
}

// buildTalk fills the "Worth talking about" card: the gentle signals of
// the last quarter, as the rater may see them.
func (s *balanceScreen) buildTalk() {
	s.talk.Objects = nil
	signals, err := s.ui.svc.WorthTalkingAbout(s.ui.ctx, s.raterID)
	if err != nil {
		s.talk.Add(quietLabel(say("ui.between.couldNotLookPatterns", "Error", sayError(err))))
		s.talk.Refresh()
		return
	}
	s.talk.Add(signalsCard(signals, func() { s.ui.showGettingHelp() }))
	s.talk.Refresh()
}

// signalsCard lists the signals; with none, it says so calmly. A signal
// that held for more than a quarter offers the path to getting help.
func signalsCard(signals []model.Signal, gettingHelp func()) fyne.CanvasObject {
	box := container.NewVBox()
	if len(signals) == 0 {
		box.Add(quietLabel(say("ui.between.nothingStandsOut")))
	}
	for i, sg := range signals {
		if i > 0 {
			box.Add(widget.NewSeparator())
		}
		words, seen, suggest := summary.SignalWords(i18n.Screen(), sg)
		title := heading(words) // it names a partner: it wraps
		title.Wrapping = fyne.TextWrapWord
		box.Add(title)
		box.Add(wrapped(seen))
		box.Add(wrapped(suggest))
		if sg.Persists {
			help := wrapped(model.HelpNoteIn(i18n.Screen()))
			help.Importance = widget.WarningImportance
			box.Add(help)
			box.Add(container.NewHBox(widget.NewButtonWithIcon(say("ui.between.gettingHelpButton"), theme.HelpIcon(), gettingHelp)))
		}
	}
	return widget.NewCard(say("ui.between.worthTalking"), say("ui.between.worthTalkingSub"), box)
}
