package views

import (
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

// balanceScreen is the monthly balance self-assessment: each partner rates
// the signs of imbalance; gauges, a trend and strategies answer back.
type balanceScreen struct {
	ui      *UI
	month   model.Date
	raterID string
	view    app.BalanceView

	monthLabel *widget.Label
	rater      *widget.Select
	private    *widget.Check
	signs      *fyne.Container
	radios     map[string]*widget.RadioGroup
	needs      map[model.Need]*widget.RadioGroup
	gauges     *fyne.Container
	chart      *widgets.Chart
	needsChart *widgets.Chart
	saveButton *widget.Button
	closeness  *closenessPart
	talk       *fyne.Container // "Worth talking about"
	venn       *vennPanel
	presence   *presencePanel
	content    fyne.CanvasObject
}

func newBalanceScreen(ui *UI) *balanceScreen {
	s := &balanceScreen{ui: ui, month: app.MonthOf(ui.today()), raterID: ui.thisPartnerID(), radios: map[string]*widget.RadioGroup{}}
	s.monthLabel = widget.NewLabelWithStyle("", fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	s.rater = newSelect(partnerNames(ui.partners), nil)
	s.private = widget.NewCheck(say("ui.rhythm.keepOnComputer"), nil)
	s.signs = container.NewVBox()
	s.gauges = container.NewVBox()
	s.chart = widgets.NewChart(fyne.NewSize(340, 220))
	s.chart.OnTapped = s.showTrendMonth
	s.needsChart = widgets.NewChart(fyne.NewSize(340, 220))
	s.needsChart.OnTapped = s.showTrendMonth
	prev := widgets.NewIconButton(say("ui.rhythm.previousMonth"), theme.NavigateBackIcon(), func() { s.month = app.MonthOf(s.month.AddDays(-1)); s.reload() })
	next := widgets.NewIconButton(say("ui.rhythm.nextMonth"), theme.NavigateNextIcon(), func() { s.month = app.MonthOf(s.month.AddDays(32)); s.reload() })
	s.closeness = newClosenessPart(ui)
	s.closeness.onMonth = s.showMonth
	s.venn = newVennPanel(ui, app.SpanMonth, 90)
	s.venn.day = func() model.Date { return s.month } // the month looked at
	s.presence = newPresencePanel(ui)
	save := widget.NewButtonWithIcon(say("ui.rhythm.saveMonth"), theme.DocumentSaveIcon(), s.save)
	save.Importance = widget.HighImportance
	s.saveButton = save
	own := widget.NewButtonWithIcon(say("ui.rhythm.signsEllipsis"), theme.ListIcon(), s.editSigns)
	own.Importance = widget.LowImportance
	bar := widgets.NewFlow(prev, s.monthLabel, next, widget.NewSeparator(), widget.NewLabel(say("ui.rhythm.ratingAs")), s.rater)
	intro := widget.NewLabel(say("ui.rhythm.signsIntro"))
	intro.Wrapping = fyne.TextWrapWord
	left := container.NewBorder(container.NewVBox(bar, container.NewBorder(nil, nil, nil, ui.whyButton(say("ui.rhythm.whySigns"), model.MethodSigns), intro)), container.NewHBox(own, layout.NewSpacer(), s.private, save), nil, nil,
		container.NewVScroll(container.NewVBox(s.closeness.choose, s.signs)))
	s.talk = container.NewVBox()
	right := container.NewVScroll(container.NewVBox(s.venn.content, s.presence.content, widget.NewSeparator(), s.talk, s.gauges, s.chart, s.needsChart, s.closeness.shown))
	split := container.NewHSplit(left, right)
	split.Offset = 0.55
	s.content = split
	return s
}

func (s *balanceScreen) reload() {
	s.rater.OnChanged = nil
	s.rater.Options = partnerNames(s.ui.partners)
	for i, p := range s.ui.partners {
		if p.ID == s.raterID {
			s.rater.SetSelectedIndex(i)
		}
	}
	if s.rater.SelectedIndex() < 0 && len(s.ui.partners) > 0 {
		s.rater.SetSelectedIndex(0)
		s.raterID = s.ui.partners[0].ID
	}
	s.rater.OnChanged = func(string) { s.raterID = s.ui.partners[max(0, s.rater.SelectedIndex())].ID; s.reload() }
	v, err := s.ui.svc.Balance(s.ui.ctx, s.month)
	if err != nil {
		s.ui.showError(err)
		return
	}
	s.view = v
	s.monthLabel.SetText(i18n.Screen().MonthYear(v.Month.Time()))
	s.buildSigns()
	s.buildTalk()
	s.buildGauges()
	s.drawChart()
	s.drawNeedsChart()
	if rater, other, ok := s.raterAndOther(); ok {
		s.closeness.reload(s.month, rater, other.Short())
	}
	s.venn.reload()
	s.presence.reload(s.month)
}

// raterAndOther are the partner rating and the other one.
func (s *balanceScreen) raterAndOther() (rater, other model.Partner, ok bool) {
	ps := s.ui.partners
	if len(ps) < 2 {
		return rater, other, false
	}
	if ps[1].ID == s.raterID {
		return ps[1], ps[0], true
	}
	return ps[0], ps[1], true
}

func (s *balanceScreen) mine() app.PartnerBalance {
	for _, p := range s.view.Partners {
		if p.Partner.ID == s.raterID {
			return p
		}
	}
	return app.PartnerBalance{Scores: map[string]int{}}
}

func (s *balanceScreen) buildSigns() {
	me := s.mine()
	if rater, _, ok := s.raterAndOther(); ok && s.ui.svc.IsLocked(rater.ID) {
		s.radios, s.needs = map[string]*widget.RadioGroup{}, nil
		s.signs.Objects = []fyne.CanvasObject{s.ui.lockedBanner(rater, say("ui.rhythm.ratingsSealed"))}
		s.signs.Refresh()
		s.closeness.choose.Hide()
		s.saveButton.Disable()
		s.private.Disable()
		return
	}
	s.closeness.choose.Show()
	s.saveButton.Enable()
	s.private.Enable()
	s.private.SetChecked(me.Private)
	s.signs.Objects = nil
	s.radios = map[string]*widget.RadioGroup{}
	s.buildNeeds(me)
	for _, lean := range []model.Lean{model.LeanIndependent, model.LeanTogether} {
		title := say("ui.rhythm.signsIndependent")
		if lean == model.LeanTogether {
			title = say("ui.rhythm.signsTogether")
		}
		s.signs.Add(widget.NewLabelWithStyle(title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
		for _, sg := range s.view.Signs {
			if sg.Kind != lean {
				continue
			}
			l := widget.NewLabel(sg.Text)
			l.Wrapping = fyne.TextWrapWord
			r := widget.NewRadioGroup(balanceScoreWords(), nil)
			r.Horizontal = true
			if score, ok := me.Scores[sg.ID]; ok {
				r.SetSelected(balanceScoreWords()[score])
			}
			s.radios[sg.ID] = r
			row := container.NewVBox(l, r)
			if sg.ID == s.view.MeasuredSign {
				row.Add(quietLabel(slipWords(s.view.Slips[s.raterID], s.view.Month)))
			}
			row.Add(widget.NewSeparator())
			s.signs.Add(row)
		}
	}
	s.signs.Refresh()
}

// editSigns lets the couple add signs of their own, reword, reorder and
// retire them, as they do prompts.
func (s *balanceScreen) editSigns() {
	svc, ctx := s.ui.svc, s.ui.ctx
	editItems(s.ui, itemEditor[model.Lean]{
		title: say("ui.rhythm.signsOfImbalance"), field: say("ui.rhythm.sign"), placeholder: say("ui.rhythm.signHint"),
		hint:  say("ui.rhythm.retiredSign"),
		kinds: []itemKind[model.Lean]{{say("ui.rhythm.pointsIndependent"), model.LeanIndependent}, {say("ui.rhythm.pointsTogether"), model.LeanTogether}},
		list:  func() ([]model.Sign, error) { return svc.Signs(ctx) },
		save: func(sg model.Sign) error {
			_, err := svc.SaveSign(ctx, sg)
			return err
		},
		move:   func(id string, by int) error { return svc.MoveSign(ctx, id, by) },
		retire: func(id string, retired bool) error { return svc.RetireSign(ctx, id, retired) },
		closed: s.reload,
	})
}

func (s *balanceScreen) save() {
	scores := map[string]int{}
	for id, r := range s.radios {
		if i, ok := scoreOf(r); ok {
			scores[id] = i
		}
	}
	pictures, err := s.closeness.save(s.month, s.raterID)
	if err != nil {
		s.ui.showError(err)
		return
	}
	needs := s.chosenNeeds()
	if len(scores) == 0 && len(needs) == 0 && !pictures {
		s.ui.toast(say("ui.rhythm.rateFirst"))
		return
	}
	if len(needs) > 0 {
		if err := s.ui.svc.SaveNeeds(s.ui.ctx, s.month, s.raterID, needs, s.private.Checked); err != nil {
			s.ui.showError(err)
			return
		}
	}
	if len(scores) > 0 {
		if err := s.ui.svc.SaveRatings(s.ui.ctx, s.month, s.raterID, scores, s.private.Checked); err != nil {
			s.ui.showError(err)
		}
	}
}

func (s *balanceScreen) buildGauges() {
	s.gauges.Objects = nil
	for i, pb := range s.view.Partners {
		g := widgets.NewBalanceGauge(model.LeanThreshold / 2)
		g.Name = say("ui.rhythm.balanceOf", "Name", pb.Partner.Short())
		g.Set(pb.Gauge.Position(), widgets.HexColor(pb.Partner.Color), pb.Gauge.Rated > 0)
		var lines []fyne.CanvasObject
		lines = append(lines, g, wrapped(gaugeWords(pb)))
		if words := autonomyWords(pb.Autonomy, s.view.Month); words != "" {
			lines = append(lines, wrapped(words))
		}
		if strategies := model.StrategiesIn(i18n.Screen(), pb.Gauge.Lean()); len(strategies) > 0 {
			other := s.view.Partners[1-i].Partner.Short()
			head := widget.NewLabelWithStyle(say("ui.rhythm.ideasWith", "Name", other), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
			head.Wrapping = fyne.TextWrapWord
			lines = append(lines, head)
			for _, st := range strategies {
				l := widget.NewLabel("• " + st)
				l.Wrapping = fyne.TextWrapWord
				lines = append(lines, l)
			}
		}
		if pb.StaysHigh {
			l := widget.NewLabel(say("ui.rhythm.staysHigh"))
			l.Wrapping = fyne.TextWrapWord
			l.Importance = widget.WarningImportance
			lines = append(lines, l, container.NewHBox(widget.NewButtonWithIcon(say("ui.rhythm.gettingHelp"), theme.HelpIcon(), func() { s.ui.showGettingHelp() }),
				s.ui.whyButton(say("ui.rhythm.whenToGetHelp"), model.MethodHelp)))
		}
		s.gauges.Add(widget.NewCard(pb.Partner.Short(), "", container.NewVBox(lines...)))
	}
	s.gauges.Refresh()
}

// autonomyWords says a partner's autonomy choices of the month in plain
// words, or nothing when they made none.
func autonomyWords(m app.AutonomyMonth, month model.Date) string {
	if m.Chosen == 0 {
		return ""
	}
	tr := i18n.Screen()
	name := tr.Month(month.Time().Month())
	if m.ALittle+m.Yes == 0 {
		return sayN("ui.rhythm.autonomyNone", m.Chosen, "Month", name)
	}
	return sayN("ui.rhythm.autonomySome", m.Chosen, "Month", name, "Felt", tr.Int(m.ALittle+m.Yes),
		"Little", tr.Int(m.ALittle), "Yes", tr.Int(m.Yes))
}

// gaugeWords says where a gauge sits in plain words.
func gaugeWords(pb app.PartnerBalance) string {
	g := pb.Gauge
	if g.Rated == 0 {
		return say("ui.rhythm.notRated")
	}
	tr := i18n.Screen()
	switch g.Lean() {
	case model.LeanIndependent:
		return say("ui.rhythm.leaningIndependent", "Independent", tr.Decimal(g.Independent, 1), "Together", tr.Decimal(g.Together, 1))
	case model.LeanTogether:
		return say("ui.rhythm.leaningTogether", "Together", tr.Decimal(g.Together, 1), "Independent", tr.Decimal(g.Independent, 1))
	}
	return say("ui.rhythm.balanced")
}

func (s *balanceScreen) drawChart() {
	var partners []model.Partner
	var trends [][]model.Gauge
	for _, pb := range s.view.Partners {
		partners = append(partners, pb.Partner)
		trends = append(trends, pb.Trend)
	}
	s.chart.Set(summary.BalanceChart(i18n.Screen(), shortNames(partners), trends))
}

// showTrendMonth answers a click on the chart: the screen turns to that
// month, whose ratings the point comes from.
func (s *balanceScreen) showTrendMonth(i int) {
	if len(s.view.Partners) == 0 {
		return
	}
	if trend := s.view.Partners[0].Trend; i >= 0 && i < len(trend) {
		s.showMonth(trend[i].Month)
	}
}

// showMonth shows the ratings of the month holding day.
func (s *balanceScreen) showMonth(day model.Date) {
	s.month = app.MonthOf(day)
	s.reload()
}

// balanceScoreWords say each score, Never … Often, in the window's language.
func balanceScoreWords() []string {
	w := model.ScoreWordsIn(i18n.Screen())
	return w[:]
}

// scoreOf is the 0..3 score a row of Never … Often holds, if one is chosen.
func scoreOf(r *widget.RadioGroup) (int, bool) {
	for i, w := range balanceScoreWords() {
		if r.Selected == w {
			return i, true
		}
	}
	return 0, false
}

// buildNeeds asks, above the signs, how often the rater felt the two
// monthly needs met; autonomy is the weekly check-in's.
func (s *balanceScreen) buildNeeds(me app.PartnerBalance) {
	s.needs = map[model.Need]*widget.RadioGroup{}
	s.signs.Add(widget.NewLabelWithStyle(say("ui.rhythm.yourNeeds"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	s.signs.Add(quietLabel(say("ui.rhythm.needsHint")))
	for _, n := range model.MonthlyNeeds {
		r := widget.NewRadioGroup(balanceScoreWords(), nil)
		r.Horizontal = true
		if score, ok := me.Needs[n]; ok {
			r.SetSelected(balanceScoreWords()[score])
		}
		s.needs[n] = r
		s.signs.Add(container.NewVBox(wrapped(say("ui.rhythm.needLine", "Need", n.Title(), "Statement", n.Statement())), r, widget.NewSeparator()))
	}
}

// chosenNeeds are the needs the rater chose a score for.
func (s *balanceScreen) chosenNeeds() map[model.Need]int {
	out := map[model.Need]int{}
	for n, r := range s.needs {
		if i, ok := scoreOf(r); ok {
			out[n] = i
		}
	}
	return out
}

func (s *balanceScreen) drawNeedsChart() {
	var partners []model.Partner
	var trends [][]model.NeedsPoint
	for _, pb := range s.view.Partners {
		partners = append(partners, pb.Partner)
		trends = append(trends, pb.NeedsTrend)
	}
	s.needsChart.Set(summary.NeedsChart(i18n.Screen(), shortNames(partners), trends))
}
