package views

import (
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/app"
	"github.com/vennplanner/venn/app/summary"
	"github.com/vennplanner/venn/i18n"
	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/views/forms"
	"github.com/vennplanner/venn/views/widgets"
)

// sessionsScreen is the quarterly goal-mapping session: a guided flow of
// eight steps, each editing real data in place, plus the timeline map, the
// values and the milestones on their own tabs.
type sessionsScreen struct {
	ui      *UI
	quarter model.Quarter // the quarter being planned
	// quarters are the quarters quarterIn offers, in its order.
	quarters []model.Quarter
	session  model.Session
	saved    bool

	tabs      *container.AppTabs
	quarterIn *widget.Select
	stepLabel *widget.Label
	status    *widget.Label
	back      *widget.Button
	next      *widget.Button
	stepBody  *fyne.Container
	notes     *entry
	decisions *entry

	mapView   *timelineView // the Timeline map tab
	stepMap   *timelineView // the same map in step 5: a widget has one parent
	valuesBox *fyne.Container
	milesBox  *fyne.Container
	content   fyne.CanvasObject
}

func newSessionsScreen(ui *UI) *sessionsScreen {
	s := &sessionsScreen{ui: ui}
	q := model.PlannedQuarter(ui.today()) // late in a quarter, the next one
	s.quarter = q
	var options []string
	for i := 1; i >= -4; i-- {
		s.quarters = append(s.quarters, ui.today().Quarter().Add(i))
		options = append(options, quarterName(s.quarters[len(s.quarters)-1]))
	}
	s.quarterIn = newSelect(options, func(v string) {
		for _, nq := range s.quarters {
			if quarterName(nq) == v && nq != s.quarter {
				s.quarter = nq
				s.loadSession()
			}
		}
	})
	s.quarterIn.SetSelected(quarterName(q))
	s.stepLabel = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	s.status = widget.NewLabel("")
	s.status.Importance = widget.LowImportance
	s.back = widget.NewButtonWithIcon(say("ui.sessions.back"), theme.NavigateBackIcon(), func() { s.goStep(s.session.Step - 1) })
	s.next = widget.NewButtonWithIcon(say("ui.sessions.next"), theme.NavigateNextIcon(), func() { s.goStep(s.session.Step + 1) })
	s.next.Importance = widget.HighImportance
	s.stepBody = container.NewStack()
	s.notes = multiline(say("ui.sessions.notesHint"))
	s.decisions = multiline(say("ui.sessions.decisionsHint"))
	s.notes.OnChanged = func(string) { s.status.SetText(say("ui.sessions.notSavedYet")) }
	s.decisions.OnChanged = func(string) { s.status.SetText(say("ui.sessions.notSavedYet")) }
	question := widget.NewButtonWithIcon(say("ui.sessions.question"), theme.HelpIcon(), func() { ui.drawQuestion() })
	question.Importance = widget.LowImportance
	bar := container.NewHBox(widget.NewLabel(say("ui.sessions.planning")), s.quarterIn, widget.NewSeparator(), s.stepLabel, layout.NewSpacer(), s.status, question,
		ui.whyButton(say("ui.sessions.why"), model.MethodRhythm), s.back, s.next)
	sessionTab := container.NewBorder(bar, nil, nil, nil, s.stepBody)

	s.mapView = newTimelineView(ui)
	s.valuesBox = container.NewVBox()
	s.milesBox = container.NewVBox()
	s.tabs = container.NewAppTabs(
		container.NewTabItem(say("ui.sessions.tabSession"), sessionTab),
		container.NewTabItem(say("ui.sessions.tabTimeline"), s.mapView.content),
		container.NewTabItem(say("ui.sessions.tabValues"), container.NewVScroll(container.NewPadded(s.valuesBox))),
		container.NewTabItem(say("ui.sessions.tabMilestones"), container.NewVScroll(container.NewPadded(s.milesBox))),
	)
	s.tabs.OnSelected = func(*container.TabItem) { s.reload() }
	s.content = s.tabs
	return s
}

// openSession shows the guided session planning quarter q.
func (ui *UI) openSession(q model.Quarter) {
	ui.showTab(tabSessions)
	s := ui.sessionsTab()
	s.tabs.SelectIndex(0)
	if quarterName(q) != s.quarterIn.Selected {
		if !slices.Contains(s.quarters, q) {
			s.quarters = append([]model.Quarter{q}, s.quarters...)
			s.quarterIn.Options = append([]string{quarterName(q)}, s.quarterIn.Options...)
		}
		s.quarterIn.SetSelected(quarterName(q))
	}
}

// reload redraws the inner tab in view.
func (s *sessionsScreen) reload() {
	switch s.tabs.SelectedIndex() {
	case 1:
		s.mapView.reload()
	case 2:
		s.drawValues(s.valuesBox, "")
	case 3:
		s.drawMilestones(s.milesBox)
	default:
		if s.session.Quarter != s.quarter {
			s.loadSession()
			return
		}
		s.drawStep()
	}
}

func (s *sessionsScreen) loadSession() {
	x, saved, err := s.ui.svc.Session(s.ui.ctx, s.quarter)
	if err != nil {
		s.ui.showError(err)
		return
	}
	s.session, s.saved = x, saved
	s.notes.SetText(x.Notes)
	s.decisions.SetText(x.Decisions)
	s.status.SetText("")
	if saved {
		s.status.SetText(say("ui.sessions.savedOn", "Day", i18n.Screen().DayMonth(x.Day.Time())))
	}
	s.drawStep()
}

// stepTitle names a step, with the partner's name where it has one.
func (s *sessionsScreen) stepTitle(i int) string {
	t := model.SessionSteps[i]
	if strings.Contains(t, "%s") {
		slot := i - 1 // steps 2 and 3 are partner A's and B's
		if slot >= 0 && slot < len(s.ui.partners) {
			return fmt.Sprintf(t, s.ui.partners[slot].Short())
		}
	}
	return t
}

// goStep saves where the couple are (and what they wrote), then shows step i.
func (s *sessionsScreen) goStep(i int) {
	if i < 0 || i >= len(model.SessionSteps) {
		return
	}
	s.session.Step = i
	s.save(false)
	s.drawStep()
}

func (s *sessionsScreen) save(done bool) {
	x := s.session
	x.Notes, x.Decisions = s.notes.Text, s.decisions.Text
	if done {
		x.Done = true
	}
	saved, err := s.ui.svc.SaveSession(s.ui.ctx, x)
	if err != nil {
		s.ui.showError(err)
		return
	}
	s.session, s.saved = saved, true
	s.status.SetText(say("ui.sessions.saved"))
}

func (s *sessionsScreen) drawStep() {
	i := s.session.Step
	s.stepLabel.SetText(say("ui.sessions.stepOf", "Step", i18n.Screen().Int(i+1), "Steps", i18n.Screen().Int(len(model.SessionSteps)), "Title", s.stepTitle(i)))
	s.back.Hidden = i == 0
	s.next.Hidden = i == len(model.SessionSteps)-1
	s.back.Refresh()
	s.next.Refresh()
	var body fyne.CanvasObject
	switch i {
	case 0:
		body = s.lookBack()
	case 1, 2:
		if i-1 < len(s.ui.partners) {
			body = s.partnerStep(s.ui.partners[i-1])
		}
	case 3:
		body = s.sharedStep()
	case 4:
		if s.stepMap == nil {
			s.stepMap = newTimelineView(s.ui)
		}
		s.stepMap.from, s.stepMap.to = s.quarter.First(), s.quarter.Last()
		s.stepMap.reload()
		body = s.stepMap.content
	case 5:
		body = s.resourcesStep()
	case 6:
		body = s.ritualsStep()
	default:
		body = s.decisionsStep()
	}
	if body == nil {
		body = widget.NewLabel("")
	}
	s.stepBody.Objects = []fyne.CanvasObject{body}
	s.stepBody.Refresh()
}

func heading(text string) *widget.Label {
	return widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
}

// goalLabel names a goal with whose it is.
func goalLabel(g model.Goal, partners []model.Partner) string {
	return g.Title + " (" + ownerLabel(g.Owner, partners) + ")"
}

func wrapped(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	return l
}

// lookBack is step 1: the quarter before the one planned.
func (s *sessionsScreen) lookBack() fyne.CanvasObject {
	past := s.quarter.Prev()
	lb, err := summary.LookBackOn(s.ui.ctx, s.ui.svc, past)
	if err != nil {
		return wrapped(say("ui.sessions.lookBackFailed", "Error", sayError(err)))
	}
	left := container.NewVBox(heading(say("ui.sessions.finishedIn", "Quarter", quarterName(past))))
	if len(lb.Done) == 0 {
		left.Add(wrapped(say("ui.sessions.noGoalsFinished")))
	}
	for _, g := range lb.Done {
		left.Add(marked(widget.NewIcon(theme.ConfirmIcon()), wrapped(goalLabel(g, s.ui.partners))))
	}
	left.Add(heading(say("ui.sessions.milestonesReached")))
	if len(lb.Reached) == 0 {
		left.Add(wrapped(say("ui.sessions.noneThisQuarter")))
	}
	for _, m := range lb.Reached {
		text := say("ui.sessions.reachedOn", "Title", m.Title, "Day", i18n.Screen().DayMonth(m.ReachedOn.Time()))
		if m.Celebration != "" {
			text = say("ui.sessions.reachedOnCelebrated", "Title", m.Title, "Day", i18n.Screen().DayMonth(m.ReachedOn.Time()), "Celebration", m.Celebration)
		}
		left.Add(marked(widgets.NewDiamond(widgets.HexColor(model.OwnerColor(m.Owner, s.ui.partners)), 12, false), wrapped(text)))
	}
	left.Add(heading(say("ui.sessions.rituals")))
	if len(lb.Rituals) == 0 {
		left.Add(wrapped(say("ui.sessions.noRitualsInQuarter")))
	}
	for _, rv := range lb.Rituals {
		left.Add(wrapped(lookBackRitual(rv)))
	}
	right := container.NewVBox(heading(say("ui.sessions.resources")))
	if len(lb.Resources) == 0 {
		right.Add(wrapped(say("ui.sessions.noCapacities")))
	}
	for _, r := range lb.Resources {
		right.Add(usedPast(say("ui.sessions.resourceUse", "Partner", r.Partner, "Resource", r.Resource, "Allocated", r.Allocated, "Capacity", r.Capacity, "Used", r.Used), r.UsedPast))
	}
	right.Add(heading(say("ui.sessions.fromCheckins")))
	if lb.Checkins == nil {
		right.Add(wrapped(say("ui.sessions.noCheckins")))
	} else {
		for _, l := range lb.Checkins.Lines {
			right.Add(wrapped(say("ui.sessions.checkinLine", "Lead", l.Lead, "Text", l.Text)))
		}
	}
	return container.NewGridWithColumns(2, container.NewVScroll(left), container.NewVScroll(right))
}

// lookBackRitual says how a ritual went in the quarter looked back on.
func lookBackRitual(rv summary.RitualLookBack) string {
	sc := i18n.Screen()
	text := say("ui.sessions.ritualStrength", "Title", rv.Ritual.Title, "Strength", sc.Int(int(rv.Stats.Score*100+0.5)), "Streak", sc.Int(rv.Stats.BestStreak))
	if rv.Judged {
		text = say("ui.sessions.ritualKept", "Line", text, "Kept", sc.Int(int(rv.Kept*100+0.5)))
	}
	if rv.Ritual.Archived {
		text = say("ui.sessions.ritualArchived", "Line", text)
	}
	return text
}

// ritualSummary is a ritual in a line: whose, how often, how strong.
func ritualSummary(rv app.RitualView, partners []model.Partner) string {
	return say("ui.sessions.ritualLine", "Title", rv.Ritual.Title, "Who", ownerLabel(rv.Ritual.Who, partners),
		"Cadence", rv.Cadence, "Strength", i18n.Screen().Int(int(rv.Stats.Score*100+0.5)))
}

// quarterName is a quarter as the window's language writes it: "2027-Q1".
func quarterName(q model.Quarter) string { return i18n.Screen().Quarter(q.Year, q.Q) }

// usedPast is a line of figures that says, when past is not empty, how
// much more than the quarter's capacity was used: in words and in the
// warning colour.
func usedPast(text, past string) *widget.Label {
	l := wrapped(text)
	if past != "" {
		l.SetText(say("ui.sessions.usedPast", "Line", text, "Past", past))
		l.Importance = widget.WarningImportance
	}
	return l
}

// goalsOf lists the live goals of an owner aimed at or running in the quarter.
func (s *sessionsScreen) goalsOf(owner model.Owner) []model.Goal {
	board, err := s.ui.svc.Board(s.ui.ctx, model.BoardFilter{})
	if err != nil {
		return nil
	}
	var out []model.Goal
	for _, lane := range board.Lanes {
		if lane.Owner != owner {
			continue
		}
		for ci, cell := range lane.Cells {
			for _, g := range cell {
				if g.InQuarter(s.quarter) || (model.Columns[ci] != model.ColumnDone && model.Columns[ci] != model.ColumnIdeas) {
					out = append(out, g)
				}
			}
		}
	}
	return out
}

// goalRows lists goals with buttons that edit them in place.
func (s *sessionsScreen) goalRows(goals []model.Goal, contracts bool) fyne.CanvasObject {
	box := container.NewVBox()
	if len(goals) == 0 {
		box.Add(wrapped(say("ui.sessions.noGoalsYet")))
	}
	all, _ := s.ui.svc.Contracts(s.ui.ctx)
	for _, g := range goals {
		g := g
		line := goalLabel(g, s.ui.partners)
		if !g.Start.IsZero() || !g.Due.IsZero() {
			line += " · " + dateRange(g.Start, g.Due)
		}
		edit := widgets.NewIconButton(say("ui.sessions.editGoal"), theme.DocumentCreateIcon(), func() { s.ui.showGoalForm(g, false, nil) })
		alloc := widget.NewButton(say("ui.sessions.allocate"), func() { showAllocationDialog(s.ui, g, s.drawStep) })
		row := container.NewBorder(nil, nil, nil, container.NewHBox(alloc, edit), wrapped(line))
		box.Add(row)
		if !contracts {
			continue
		}
		var c *model.Contract
		for i := range all {
			if all[i].GoalID == g.ID {
				c = &all[i]
			}
		}
		box.Add(s.contractRow(g, c))
	}
	return box
}

func dateRange(from, to model.Date) string {
	switch {
	case from.IsZero():
		return say("ui.sessions.dateBy", "Day", i18n.Screen().DayMonth(to.Time()))
	case to.IsZero():
		return say("ui.sessions.dateFrom", "Day", i18n.Screen().DayMonth(from.Time()))
	}
	return say("ui.sessions.dateSpan", "From", i18n.Screen().DayMonth(from.Time()), "To", i18n.Screen().DayMonth(to.Time()))
}

// contractRow shows a goal's development contract (or offers one) with its
// review state.
func (s *sessionsScreen) contractRow(g model.Goal, c *model.Contract) fyne.CanvasObject {
	if c == nil {
		b := widget.NewButton(say("ui.sessions.addContract"), func() { s.contractDialog(g, nil) })
		b.Importance = widget.LowImportance
		return container.NewHBox(layout.NewSpacer(), b)
	}
	text := say("ui.sessions.contract", "Commitment", c.Commitment)
	if c.Support != "" {
		text = say("ui.sessions.contractSupport", "Commitment", c.Commitment, "Support", c.Support)
	}
	next := i18n.Screen().DayMonth(c.NextReview().Time())
	due := say("ui.sessions.nextReview", "Day", next)
	if c.Due(s.ui.today()) {
		due = say("ui.sessions.reviewDueSince", "Day", next)
	}
	if n := len(c.Reviews); n > 0 {
		last := c.Reviews[n-1]
		due += " " + say("ui.sessions.lastReview", "Rating", i18n.Screen().Int(last.Rating), "Note", last.Note)
	}
	review := widget.NewButton(say("ui.sessions.review"), func() { s.reviewDialog(*c) })
	if c.Due(s.ui.today()) {
		review.Importance = widget.WarningImportance
	}
	edit := widget.NewButton(say("ui.sessions.edit"), func() { s.contractDialog(g, c) })
	l := quietLabel(text + "\n" + due)
	return container.NewBorder(nil, nil, nil, container.NewHBox(edit, review), l)
}

func (s *sessionsScreen) contractDialog(g model.Goal, c *model.Contract) {
	commit, support, every := multiline(say("ui.sessions.commitmentHint")), multiline(say("ui.sessions.supportHint")), newEntry()
	every.SetText("2")
	cur := model.Contract{GoalID: g.ID}
	if c != nil {
		cur = *c
		commit.SetText(c.Commitment)
		support.SetText(c.Support)
		every.SetText(fmt.Sprint(c.EveryWeeks))
	}
	s.ui.showForm(say("ui.sessions.contractTitle", "Goal", g.Title), say("ui.common.save"), say("ui.common.cancel"), []*widget.FormItem{
		widget.NewFormItem(say("ui.sessions.commitment"), commit), widget.NewFormItem(say("ui.sessions.support"), support),
		widget.NewFormItem(say("ui.sessions.reviewEvery"), every),
	}, func(ok bool) {
		if !ok {
			return
		}
		cur.Commitment, cur.Support = commit.Text, support.Text
		if _, err := fmt.Sscanf(strings.TrimSpace(every.Text), "%d", &cur.EveryWeeks); err != nil {
			cur.EveryWeeks = 0
		}
		if _, err := s.ui.svc.SaveContract(s.ui.ctx, cur); err != nil {
			s.ui.showError(err)
		}
	})
}

func (s *sessionsScreen) reviewDialog(c model.Contract) {
	note := multiline(say("ui.sessions.howItWent"))
	rating := widget.NewRadioGroup([]string{"1", "2", "3", "4", "5"}, nil)
	rating.Horizontal = true
	rating.SetSelected("3")
	s.ui.showForm(say("ui.sessions.reviewTitle", "Commitment", c.Commitment), say("ui.common.save"), say("ui.common.cancel"), []*widget.FormItem{
		widget.NewFormItem(say("ui.sessions.progress"), note), widget.NewFormItem(say("ui.sessions.rating"), rating),
	}, func(ok bool) {
		if !ok {
			return
		}
		r := model.ContractReview{Note: note.Text, Rating: int(rating.Selected[0] - '0')}
		if err := s.ui.svc.ReviewContract(s.ui.ctx, c.ID, r); err != nil {
			s.ui.showError(err)
		}
	})
}

// partnerStep is steps 2 and 3: a partner presents their goals, values and contracts.
func (s *sessionsScreen) partnerStep(p model.Partner) fyne.CanvasObject {
	intro := wrapped(say("ui.sessions.partnerIntro", "Name", p.Short(), "Quarter", quarterName(s.quarter)))
	goals := container.NewVBox(heading(say("ui.sessions.partnerGoals", "Name", p.Short())), s.goalRows(s.goalsOf(model.Owner(p.ID)), true))
	values := container.NewVBox()
	s.drawValues(values, model.Owner(p.ID))
	return container.NewBorder(intro, nil, nil, nil, container.NewHSplit(container.NewVScroll(goals), container.NewVScroll(values)))
}

// sharedStep is step 4: the shared goals and the couple's shared values.
func (s *sessionsScreen) sharedStep() fyne.CanvasObject {
	goals := container.NewVBox(heading(say("ui.sessions.sharedGoals")), s.goalRows(s.goalsOf(model.Shared), false))
	values := container.NewVBox()
	s.drawValues(values, model.Shared)
	return container.NewHSplit(container.NewVScroll(goals), container.NewVScroll(values))
}

// resourcesStep is step 6: each partner's capacity and what is promised.
func (s *sessionsScreen) resourcesStep() fyne.CanvasObject {
	v, err := s.ui.svc.Resources(s.ui.ctx, app.SpanQuarter, s.quarter.First())
	if err != nil {
		return wrapped(sayError(err))
	}
	box := container.NewVBox(wrapped(say("ui.sessions.resourcesIntro")))
	for _, w := range v.Warnings {
		l := wrapped(w)
		l.Importance = widget.DangerImportance
		box.Add(l)
	}
	for _, p := range v.Partners {
		box.Add(heading(p.Short()))
		for _, b := range v.Balances[p.ID] {
			box.Add(wrapped(say("ui.sessions.balance", "Resource", b.Resource.TitleIn(i18n.Screen()),
				"Capacity", model.FormatAmount(b.Resource, b.Capacity, v.Household.Currency),
				"Allocated", model.FormatAmount(b.Resource, b.Allocated, v.Household.Currency),
				"Free", model.FormatAmount(b.Resource, b.Free, v.Household.Currency))))
		}
	}
	box.Add(heading(say("ui.sessions.quarterGoals")))
	var goals []model.Goal
	for _, o := range append([]model.Owner{model.Shared}, ownersOf(s.ui.partners)...) {
		goals = append(goals, s.goalsOf(o)...)
	}
	box.Add(s.goalRows(goals, false))
	return container.NewVScroll(box)
}

// ritualsStep is step 7: keep or adapt each ritual.
func (s *sessionsScreen) ritualsStep() fyne.CanvasObject {
	rv, err := s.ui.svc.Rituals(s.ui.ctx, app.RitualFilter{})
	if err != nil {
		return wrapped(sayError(err))
	}
	box := container.NewVBox(wrapped(say("ui.sessions.ritualsIntro")))
	for _, r := range rv.Rituals {
		r := r
		line := ritualSummary(r, s.ui.partners)
		adapt := widget.NewButton(say("ui.sessions.adapt"), func() { s.ui.ritualsTab().adaptDialog(r) })
		archive := widget.NewButton(say("ui.sessions.archive"), func() {
			next := r.Ritual
			next.Archived = true
			if _, err := s.ui.svc.SaveRitual(s.ui.ctx, next); err != nil {
				s.ui.showError(err)
			}
		})
		box.Add(container.NewBorder(nil, nil, nil, container.NewHBox(adapt, archive), wrapped(line)))
	}
	return container.NewVScroll(box)
}

// decisionsStep is step 8: notes and decisions, then finish and print. A
// finished session says so, and saves changes to its notes instead.
func (s *sessionsScreen) decisionsStep() fyne.CanvasObject {
	finish := widget.NewButtonWithIcon(say("ui.sessions.finish"), theme.ConfirmIcon(), func() {
		s.save(true)
		s.ui.toast(say("ui.sessions.sessionSaved", "Quarter", quarterName(s.quarter)))
	})
	finish.Importance = widget.HighImportance
	var done fyne.CanvasObject = layout.NewSpacer()
	if s.session.Done {
		finish.SetText(say("ui.sessions.saveChanges"))
		finish.OnTapped = func() {
			s.save(true)
			s.ui.toast(say("ui.sessions.notesSaved", "Quarter", quarterName(s.quarter)))
		}
		done = quietLabel(say("ui.sessions.finishedOn", "Day", i18n.Screen().WeekdayDate(s.session.Day.Time())))
	}
	print := widget.NewButtonWithIcon(say("ui.sessions.printSummary"), theme.DocumentPrintIcon(), func() {
		s.save(false)
		s.ui.showPrintDialogFor(s.quarter.Prev().String())
	})
	private := widget.NewCheck(say("ui.sessions.keepSessionPrivate"), func(on bool) {
		if s.session.Private != on {
			s.session.Private = on
			s.save(false)
		}
	})
	private.Checked = s.session.Private
	check := widget.NewButton(say("ui.sessions.checkValues"), func() {
		s.save(false)
		if s.saved && s.session.ID != "" {
			forms.ShowValueChecks(s.ui.host(), app.DecisionRef{SessionID: s.session.ID}, say("ui.sessions.quarterDecisions", "Quarter", quarterName(s.quarter)))
		}
	})
	against := container.NewHBox(check)
	if s.saved && s.session.ID != "" {
		if line := forms.ValueCheckLine(s.ui.host(), app.DecisionRef{SessionID: s.session.ID}); line != nil {
			against = container.NewBorder(nil, nil, check, nil, line)
		}
	}
	return container.NewVScroll(container.NewVBox(
		heading(say("ui.sessions.notes")), s.notes, heading(say("ui.sessions.decisions")), s.decisions, against,
		container.NewHBox(private, done, layout.NewSpacer(), print, finish)))
}

// drawValues lists the value entries of one owner ("" for everyone) with
// their linked goals, and a way to add one.
func (s *sessionsScreen) drawValues(box *fyne.Container, owner model.Owner) {
	box.Objects = nil
	values, err := s.ui.svc.Values(s.ui.ctx)
	if err != nil {
		box.Add(wrapped(sayError(err)))
		return
	}
	owners := []model.Owner{owner}
	if owner == "" {
		owners = append(ownersOf(s.ui.partners), model.Shared)
	}
	for _, o := range owners {
		name := say("ui.sessions.selfAudit", "Name", ownerLabel(o, s.ui.partners))
		if o == model.Shared {
			name = say("ui.sessions.sharedValues")
		}
		box.Add(heading(name))
		for _, k := range model.ValueKinds {
			if o == model.Shared && k.Kind == model.ValueAspiration {
				continue
			}
			o, kind := o, k.Kind
			add := widgets.NewIconButton(say("ui.sessions.add"), theme.ContentAddIcon(), func() { s.valueDialog(o, kind, box, owner) })
			box.Add(container.NewBorder(nil, nil, nil, add, quietLabel(model.ValueKindNameIn(i18n.Screen(), k.Kind))))
			n := 0
			for _, v := range values {
				if v.Owner != o || v.Kind != k.Kind {
					continue
				}
				n++
				v := v
				text := "• " + v.Text
				if c := len(v.Goals); c > 0 {
					text = sayN("ui.sessions.valueDrives", c, "Value", v.Text)
				}
				del := widgets.NewIconButton(say("ui.sessions.delete"), theme.DeleteIcon(), func() {
					if err := s.ui.svc.DeleteValue(s.ui.ctx, v.ID); err != nil {
						s.ui.showError(err)
					} else {
						s.ui.offerUndo(say("ui.sessions.deletedValue", "Value", v.Text))
					}
					s.drawValues(box, owner)
				})
				del.Importance = widget.LowImportance
				box.Add(container.NewBorder(nil, nil, nil, del, wrapped(text)))
			}
			if n == 0 {
				box.Add(wrapped("—"))
			}
		}
	}
	box.Refresh()
}

// valueDialog adds a value entry, linked to any of the owner's goals.
func (s *sessionsScreen) valueDialog(o model.Owner, kind model.ValueKind, box *fyne.Container, listOwner model.Owner) {
	text := newEntry()
	var goals []model.Goal
	var names []string
	if kind == model.ValueCore {
		for _, g := range s.goalsOf(o) {
			goals = append(goals, g)
			names = append(names, g.Title)
		}
	}
	pick := widget.NewCheckGroup(names, nil)
	items := []*widget.FormItem{widget.NewFormItem(say("ui.sessions.value"), text)}
	if len(names) > 0 {
		items = append(items, widget.NewFormItem(say("ui.sessions.goalsItDrives"), pick))
	}
	s.ui.showForm(say("ui.sessions.addTo", "Name", ownerLabel(o, s.ui.partners)), say("ui.sessions.add"), say("ui.common.cancel"), items, func(ok bool) {
		if !ok {
			return
		}
		v := model.Value{Owner: o, Kind: kind, Text: text.Text}
		for i, n := range names {
			if slices.Contains(pick.Selected, n) {
				v.Goals = append(v.Goals, goals[i].ID)
			}
		}
		if _, err := s.ui.svc.SaveValue(s.ui.ctx, v); err != nil {
			s.ui.showError(err)
			return
		}
		s.drawValues(box, listOwner)
	})
}

// drawMilestones lists personal and shared milestones together, with
// "reached" and a celebrate note.
func (s *sessionsScreen) drawMilestones(box *fyne.Container) {
	box.Objects = nil
	add := widget.NewButtonWithIcon(say("ui.sessions.newMilestone"), theme.ContentAddIcon(), func() { s.milestoneDialog(box) })
	add.Importance = widget.HighImportance
	box.Add(container.NewHBox(heading(say("ui.sessions.milestonesHeading")), layout.NewSpacer(), add))
	ms, err := s.ui.svc.Milestones(s.ui.ctx)
	if err != nil {
		box.Add(wrapped(sayError(err)))
		return
	}
	if len(ms) == 0 {
		box.Add(wrapped(say("ui.sessions.milestonesEmpty")))
	}
	for _, m := range ms {
		m := m
		swatch := widgets.NewScoreBar()
		swatch.Set(1, widgets.HexColor(model.OwnerColor(m.Owner, s.ui.partners)))
		swatch.Name, swatch.Decorative = say("ui.sessions.ownerColour", "Name", ownerLabel(m.Owner, s.ui.partners)), true
		text := say("ui.sessions.milestoneLine", "Title", m.Title, "Who", ownerLabel(m.Owner, s.ui.partners), "Day", i18n.Screen().DayMonthYear(m.Day.Time()))
		var right fyne.CanvasObject
		color := widgets.HexColor(model.OwnerColor(m.Owner, s.ui.partners))
		mark := widgets.NewDiamond(color, 12, !m.Reached)
		if m.Reached {
			reached := i18n.Screen().DayMonth(m.ReachedOn.Time())
			if m.Celebration != "" {
				text = say("ui.sessions.milestoneCelebrated", "Line", text, "Day", reached, "Celebration", m.Celebration)
			} else {
				text = say("ui.sessions.milestoneReached", "Line", text, "Day", reached)
			}
			right = widget.NewLabel("")
		} else {
			right = widget.NewButton(say("ui.sessions.reached"), func() { s.reachDialog(m, box) })
		}
		del := widgets.NewIconButton(say("ui.sessions.delete"), theme.DeleteIcon(), func() {
			s.ui.showConfirm(say("ui.sessions.deleteMilestone"), say("ui.sessions.deleteMilestoneAsk", "Title", m.Title), func(ok bool) {
				if !ok {
					return
				}
				if err := s.ui.svc.DeleteMilestone(s.ui.ctx, m.ID); err != nil {
					s.ui.showError(err)
				} else {
					s.ui.offerUndo(say("ui.sessions.deletedMilestone", "Title", m.Title))
				}
				s.drawMilestones(box)
			})
		})
		del.Importance = widget.LowImportance
		box.Add(container.NewBorder(nil, nil, nil, container.NewHBox(right, del), marked(mark, wrapped(text))))
	}
	box.Refresh()
}

func (s *sessionsScreen) milestoneDialog(box *fyne.Container) {
	title := newEntry()
	day := newDateFieldAt(s.ui.today())
	owners := append(ownersOf(s.ui.partners), model.Shared)
	var names []string
	for _, o := range owners {
		names = append(names, ownerLabel(o, s.ui.partners))
	}
	who := newSelect(names, nil)
	who.SetSelectedIndex(len(owners) - 1)
	s.ui.showForm(say("ui.sessions.newMilestone"), say("ui.sessions.add"), say("ui.common.cancel"), []*widget.FormItem{
		widget.NewFormItem(say("ui.sessions.milestone"), title), widget.NewFormItem(say("ui.sessions.day"), day),
		widget.NewFormItem(say("ui.sessions.whose"), who),
	}, func(ok bool) {
		if !ok {
			return
		}
		m := model.Milestone{Title: title.Text, Day: day.DateOrZero(), Owner: owners[max(0, who.SelectedIndex())]}
		if _, err := s.ui.svc.SaveMilestone(s.ui.ctx, m); err != nil {
			s.ui.showError(err)
			return
		}
		s.drawMilestones(box)
	})
}

// reachDialog marks a milestone reached and offers a celebrate note.
func (s *sessionsScreen) reachDialog(m model.Milestone, box *fyne.Container) {
	note := newEntry()
	note.SetPlaceHolder(say("ui.sessions.celebrateHint"))
	items := []*widget.FormItem{widget.NewFormItem(say("ui.sessions.celebrate"), note)}
	s.ui.showForm(say("ui.sessions.celebrateTitle", "Title", m.Title), say("ui.sessions.markReached"), say("ui.common.cancel"), items, func(ok bool) {
		if !ok {
			return
		}
		if err := s.ui.svc.ReachMilestone(s.ui.ctx, m.ID, s.ui.today(), note.Text); err != nil {
			s.ui.showError(err)
			return
		}
		s.drawMilestones(box)
	})
}

// marked puts a small drawn mark (a diamond, a dot, an icon) before a
// label, centred on its first line.
func marked(mark, label fyne.CanvasObject) fyne.CanvasObject {
	return container.NewBorder(nil, nil, container.NewVBox(layout.NewSpacer(), container.NewCenter(mark), layout.NewSpacer()), nil, label)
}
