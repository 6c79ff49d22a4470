package views

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/app"
	"github.com/vennplanner/venn/i18n"
	"github.com/vennplanner/venn/model"
)

// slipWords says what Venn measured for the sign "my personal goals are
// consistently postponed or abandoned", beside the partner's own rating.
func slipWords(sl model.Slips, month model.Date) string {
	end := model.DateOf(app.MonthOf(month).Time().AddDate(0, 1, -1))
	head := "Measured from the board, the three months to " + end.Time().Format("2 January") + ": "
	if sl.Total() == 0 {
		return head + "none of your own goals slipped."
	}
	var parts []string
	for _, x := range []struct {
		n    int
		word string
	}{{sl.Overdue, "overdue"}, {sl.Postponed, "postponed"}, {sl.SetAside, "set aside"}} {
		if x.n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", x.n, x.word))
		}
	}
	return head + fmt.Sprintf("%d of your own %s slipped (%s).", sl.Total(), plural(sl.Total(), "goal", "goals"), strings.Join(parts, ", "))
}

// buildTalk fills the "Worth talking about" card: the gentle signals of
// the last quarter, as the rater may see them.
func (s *balanceScreen) buildTalk() {
	s.talk.Objects = nil
	signals, err := s.ui.svc.WorthTalkingAbout(s.ui.ctx, s.raterID)
	if err != nil {
		s.talk.Add(quietLabel("Could not look for patterns: " + app.UserMessage(err)))
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
		box.Add(quietLabel("Nothing stands out in the last three months."))
	}
	for i, sg := range signals {
		if i > 0 {
			box.Add(widget.NewSeparator())
		}
		title := heading(sg.Title) // it names a partner: it wraps
		title.Wrapping = fyne.TextWrapWord
		box.Add(title)
		box.Add(wrapped(sg.Seen))
		box.Add(wrapped(sg.Suggest))
		if sg.Persists {
			help := wrapped(model.HelpNoteIn(i18n.Screen()))
			help.Importance = widget.WarningImportance
			box.Add(help)
			box.Add(container.NewHBox(widget.NewButtonWithIcon("Getting help…", theme.HelpIcon(), gettingHelp)))
		}
	}
	return widget.NewCard("Worth talking about", "Patterns from your plans — never a verdict.", box)
}
