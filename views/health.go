package views

import (
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/app"
	"github.com/vennplanner/venn/app/summary"
	"github.com/vennplanner/venn/i18n"
	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/views/widgets"
)

// scoreLabels are the health scale's choices, 1 to 5.
var scoreLabels = []string{"1", "2", "3", "4", "5"}

// healthScreen is the regular health check-in: physical, mental and
// emotional health from 1 to 5 with a note, kept on this computer unless
// the partner shares it, with the trend beside it.
type healthScreen struct {
	ui        *UI
	who       *partnerPicker
	view      app.HealthView
	cadence   *widget.Select
	status    *widget.Label
	weekLabel *widget.Label
	scores    [3]*widget.RadioGroup
	words     [3]*widget.Label
	note      *entry
	share     *widget.Check
	save      *widget.Button
	form      fyne.CanvasObject
	locked    *fyne.Container
	chart     *widgets.Chart
	weekWords *widget.Label // the checks of the week clicked on the chart
	shared    *fyne.Container
	content   fyne.CanvasObject
}

func newHealthScreen(ui *UI) *healthScreen {
	s := &healthScreen{ui: ui, locked: container.NewVBox(), shared: container.NewVBox()}
	s.who = newPartnerPicker(ui, s.reload)
	var every []string
	for w := 1; w <= model.MaxHealthWeeks; w++ {
		every = append(every, cadenceWords(w))
	}
	s.cadence = newSelect(every, nil)
	s.cadence.PlaceHolder = cadenceWords(model.MaxHealthWeeks) // wide enough for every choice
	s.status = widget.NewLabel("")
	s.weekLabel = heading("")
	rows := container.NewVBox(s.weekLabel)
	for i, aspect := range model.HealthAspectsIn(i18n.Screen()) {
		i := i
		s.words[i] = widget.NewLabel(say("ui.rhythm.healthAspect", "Aspect", aspect))
		s.scores[i] = widget.NewRadioGroup(scoreLabels, func(v string) { s.words[i].SetText(scoreWords(model.HealthAspectsIn(i18n.Screen())[i], v)) })
		s.scores[i].Horizontal = true
		rows.Add(container.NewVBox(s.words[i], s.scores[i]))
	}
	legend := quietLabel(say("ui.rhythm.healthLegend"))
	s.note = newMultiLineEntry()
	s.note.SetMinRowsVisible(3)
	s.note.SetPlaceHolder(say("ui.rhythm.healthNoteHint"))
	s.share = widget.NewCheck(say("ui.rhythm.shareCheckPartner"), nil)
	s.save = widget.NewButtonWithIcon(say("ui.rhythm.saveCheck"), theme.DocumentSaveIcon(), s.saveCheck)
	s.save.Importance = widget.HighImportance
	s.form = widget.NewCard(say("ui.rhythm.howAreYou"), say("ui.rhythm.keptUnlessShared"),
		container.NewVBox(rows, legend, s.note, container.NewHBox(s.share, layout.NewSpacer(), s.save)))
	s.chart = widgets.NewChart(fyne.NewSize(360, 240))
	s.chart.OnTapped = s.showWeek
	s.weekWords = wrapped("")
	bar := container.NewHBox(widget.NewLabel(say("ui.rhythm.checkingAs")), s.who.sel, widget.NewSeparator(), s.cadence, s.status)
	right := container.NewVScroll(container.NewVBox(s.chart, s.weekWords, s.shared))
	split := container.NewHSplit(container.NewVScroll(container.NewVBox(s.locked, s.form)), right)
	split.Offset = 0.5
	s.content = container.NewBorder(bar, nil, nil, nil, split)
	return s
}

// cadenceWords says a cadence: "Every week", "Every 3 weeks".
func cadenceWords(weeks int) string {
	return sayN("ui.rhythm.everyWeeks", weeks)
}

// scoreWords says a chosen score: "Mental: 4 (good)".
func scoreWords(aspect, v string) string {
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 || n > model.HealthScale {
		return say("ui.rhythm.healthAspect", "Aspect", aspect)
	}
	return say("ui.rhythm.healthScore", "Aspect", aspect, "Score", i18n.Screen().Int(n), "Words", model.HealthWordsIn(i18n.Screen())[n])
}

func (s *healthScreen) reload() {
	s.who.sync()
	me, other, ok := s.who.me()
	if !ok {
		return
	}
	v, err := s.ui.svc.Health(s.ui.ctx, s.ui.today(), me.ID)
	if err != nil {
		s.ui.showError(err)
		return
	}
	s.view = v
	s.cadence.OnChanged = nil
	s.cadence.SetSelectedIndex(max(1, v.Every[me.ID]) - 1)
	s.cadence.OnChanged = func(string) {
		if err := s.ui.svc.SetHealthCadence(s.ui.ctx, me.ID, s.cadence.SelectedIndex()+1); err != nil {
			s.ui.showError(err)
		}
	}
	s.weekLabel.SetText(say("ui.rhythm.weekOf", "Day", i18n.Screen().DayMonthLong(v.Week.Time())))
	s.share.Text = say("ui.rhythm.shareCheckWith", "Name", other.Short())
	s.share.Refresh()
	s.locked.Objects = nil
	if s.ui.svc.IsLocked(me.ID) {
		s.locked.Add(s.ui.lockedBanner(me, say("ui.rhythm.healthSealed")))
		s.form.Hide()
	} else {
		s.form.Show()
		s.fillForm(v.ThisWeek[me.ID])
	}
	s.locked.Refresh()
	switch {
	case v.Due[me.ID]:
		s.status.SetText(say("ui.rhythm.checkDue"))
		s.status.Importance = widget.WarningImportance
	case v.ThisWeek[me.ID].ID != "":
		s.status.SetText(say("ui.rhythm.checkedThisWeek"))
		s.status.Importance = widget.SuccessImportance
	default:
		s.status.SetText(say("ui.rhythm.notDue"))
		s.status.Importance = widget.LowImportance
	}
	s.status.Refresh()
	s.drawChart()
	s.fillShared(me, other)
}

func (s *healthScreen) fillForm(h model.HealthCheck) {
	for i, v := range h.Scores() {
		s.scores[i].OnChanged = nil
		s.scores[i].SetSelected("")
		if v >= 1 && v <= model.HealthScale {
			s.scores[i].SetSelected(scoreLabels[v-1])
		}
		s.words[i].SetText(scoreWords(model.HealthAspectsIn(i18n.Screen())[i], s.scores[i].Selected))
		i := i
		s.scores[i].OnChanged = func(v string) { s.words[i].SetText(scoreWords(model.HealthAspectsIn(i18n.Screen())[i], v)) }
	}
	s.note.SetText(h.Note)
	s.share.SetChecked(h.ID != "" && !h.Private)
}

func (s *healthScreen) saveCheck() {
	me, _, ok := s.who.me()
	if !ok {
		return
	}
	h := model.HealthCheck{PartnerID: me.ID, Week: s.view.Week, Note: s.note.Text, Private: !s.share.Checked}
	var got [3]int
	for i, r := range s.scores {
		got[i], _ = strconv.Atoi(r.Selected)
	}
	h.Physical, h.Mental, h.Emotional = got[0], got[1], got[2]
	if _, err := s.ui.svc.SaveHealthCheck(s.ui.ctx, h); err != nil {
		s.ui.showError(err)
		return
	}
	saved := say("ui.rhythm.savedHere")
	if !h.Private {
		saved = say("ui.rhythm.savedShared")
	}
	s.ui.toast(saved)
}

func (s *healthScreen) drawChart() {
	s.chart.Set(summary.HealthChart(i18n.Screen(), s.view))
	s.weekWords.SetText("")
}

// showWeek answers a click on the chart: the checks the week's points come
// from, score by score.
func (s *healthScreen) showWeek(i int) {
	s.weekWords.SetText(app.HealthWeekWords(s.view, i))
}

// fillShared says the partner's latest shared check in words, or that
// they keep theirs private.
func (s *healthScreen) fillShared(me, other model.Partner) {
	s.shared.Objects = nil
	var latest model.HealthCheck
	for _, h := range s.view.Checks {
		if h.PartnerID == other.ID {
			latest = h
		}
	}
	if latest.ID == "" {
		s.shared.Add(quietLabel(say("ui.rhythm.healthNotShared", "Name", other.Short())))
	} else {
		sc := latest.Scores()
		text := say("ui.rhythm.latestShared", "Name", other.Short(), "Day", i18n.Screen().DayMonthLong(latest.Week.Time()),
			"Physical", model.HealthWordsIn(i18n.Screen())[sc[0]], "Mental", model.HealthWordsIn(i18n.Screen())[sc[1]], "Emotional", model.HealthWordsIn(i18n.Screen())[sc[2]])
		if latest.Note != "" {
			text = say("ui.rhythm.withNote", "Text", text, "Note", latest.Note)
		}
		s.shared.Add(widget.NewCard(other.Short(), "", wrapped(text)))
	}
	if fall := model.HealthFalling(s.view.Checks, me.ID); fall.Checks >= 3 {
		l := wrapped(sayN("ui.rhythm.healthFalling", fall.Checks, "Name", other.Short()))
		l.Importance = widget.WarningImportance
		s.shared.Add(l)
	}
	s.shared.Refresh()
}
