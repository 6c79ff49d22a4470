package views

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/app"
	"github.com/vennplanner/venn/i18n"
	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/views/widgets"
)

// todayScreen is what is due today for each of you and for both: rituals
// to tick, goals coming due, and the week's, month's and quarter's rhythm
// — the screen a couple opens every evening. The living Venn heads it.
type todayScreen struct {
	ui      *UI
	view    app.TodayView
	title   *widget.Label
	venn    *vennPanel
	first   *fyne.Container // the first steps, for a couple starting out
	lanes   *fyne.Container
	rhythm  *fyne.Container
	yearAgo *fyne.Container // "this month a year ago", filled off the UI goroutine
	scroll  *container.Scroll
	content fyne.CanvasObject
}

func newTodayScreen(ui *UI) *todayScreen {
	s := &todayScreen{ui: ui, first: container.NewVBox(), lanes: container.NewGridWithColumns(3), rhythm: container.NewVBox(), yearAgo: container.NewVBox()}
	s.title = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	s.venn = newVennPanel(ui, app.SpanWeek, 84)
	top := container.NewVBox(s.title, s.venn.content, widget.NewSeparator())
	s.scroll = container.NewVScroll(container.NewPadded(container.NewVBox(s.first, s.lanes, s.rhythm, s.yearAgo)))
	s.content = container.NewBorder(top, nil, nil, nil, s.scroll)
	return s
}

// reload asks the service for today and redraws.
func (s *todayScreen) reload() {
	s.ui.redrew("today")
	v, err := s.ui.svc.Today(s.ui.ctx)
	if err != nil {
		s.title.SetText(say("ui.board.todayLoadFailed", "Error", sayError(err)))
		return
	}
	s.view = v
	s.title.SetText(say("ui.board.todayTitle", "Date", i18n.Screen().WeekdayDate(v.Day.Time())))
	s.venn.reload()
	s.showFirstSteps()
	s.lanes.Objects = nil
	if len(v.Partners) == 2 {
		s.lanes.Add(s.lane(v.Partners[0].Short(), widgets.HexColor(v.Partners[0].Color), model.Owner(v.Partners[0].ID)))
		s.lanes.Add(s.lane(say("ui.board.together"), widgets.HexColor("#9a7bb5"), model.Shared))
		s.lanes.Add(s.lane(v.Partners[1].Short(), widgets.HexColor(v.Partners[1].Color), model.Owner(v.Partners[1].ID)))
	}
	s.lanes.Refresh()
	s.buildRhythm()
	s.loadYearAgo()
	// Cards that grew (a race, a request arriving) get their room: a
	// container refreshed alone keeps the size it had.
	s.scroll.Refresh()
}

// todayDueShown is how many goals coming due a lane of Today lists, the
// most overdue first; the rest are a click away on the board.
const todayDueShown = 6

// lane is one owner's card: their rituals for today and goals coming due.
func (s *todayScreen) lane(name string, col color.NRGBA, owner model.Owner) fyne.CanvasObject {
	box := container.NewVBox()
	rituals := s.view.Rituals[owner]
	goals := s.view.GoalsDue[owner]
	for _, r := range rituals {
		box.Add(s.ritualRow(r))
	}
	if len(goals) > 0 {
		box.Add(widget.NewLabelWithStyle(say("ui.board.comingDue"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
		for _, g := range goals[:min(len(goals), todayDueShown)] {
			l := wrapped(say("ui.board.dueGoal", "When", dueWords(g.Due, s.view.Day), "Title", g.Title))
			if g.Due.Before(s.view.Day) {
				l.Importance = widget.DangerImportance
			}
			box.Add(l)
		}
		if more := len(goals) - todayDueShown; more > 0 {
			see := widget.NewButton(sayN("ui.common.moreOnBoard", more), func() { s.ui.showTab(tabBoard) })
			see.Importance = widget.LowImportance
			box.Add(container.NewHBox(see))
		}
	}
	if len(rituals) == 0 && len(goals) == 0 {
		quiet := wrapped(say("ui.board.nothingDueToday"))
		quiet.Importance = widget.LowImportance
		box.Add(quiet)
	}
	stripe := canvas.NewRectangle(col)
	stripe.SetMinSize(fyne.NewSize(0, 4))
	return widget.NewCard("", "", container.NewBorder(container.NewVBox(cardTitle(name), stripe), nil, nil, nil, box))
}

// dueWords says when a goal is due, relative to today.
func dueWords(due, today model.Date) string {
	switch {
	case due.Before(today):
		return say("ui.board.overdueSince", "Day", widgets.ShortDay(due.Time()))
	case due == today:
		return say("ui.board.dueToday")
	case due == today.AddDays(1):
		return say("ui.board.dueTomorrow")
	}
	return say("ui.board.dueOn", "Day", widgets.ShortDay(due.Time()))
}

// ritualRow is a ritual to tick: one tick for a solo ritual, one per
// partner for a shared one (each ticks their part).
func (s *todayScreen) ritualRow(r app.TodayRitual) fyne.CanvasObject {
	title := ritualTitle(r)
	if r.Today.Marked == model.Skipped || r.Today.Marked == model.Paused {
		l := wrapped(say("ui.board.pausedToday", "Title", title))
		if r.Today.Marked == model.Skipped {
			l.SetText(say("ui.board.skippedToday", "Title", title))
		}
		l.Importance = widget.LowImportance
		return l
	}
	done := r.Today.Marked == model.Done
	if r.Ritual.Who != model.Shared {
		c := widget.NewCheck(title, nil)
		c.SetChecked(done)
		c.OnChanged = func(on bool) { s.tick(r, on) }
		if by := s.markedByOther(r); by != "" {
			return container.NewVBox(c, quietLabel(by))
		}
		return c
	}
	// Each partner ticks their part; long names go one under the other.
	parts := container.NewHBox()
	for _, p := range s.view.Partners {
		if len([]rune(p.Short())) > 12 {
			parts = container.NewVBox()
		}
	}
	for _, p := range s.view.Partners {
		part := done && r.Entry != nil && ((p.Slot == model.SlotA && r.Entry.ConfirmA) || (p.Slot == model.SlotB && r.Entry.ConfirmB))
		c := widget.NewCheck(p.Short(), nil)
		c.SetChecked(part)
		c.OnChanged = func(on bool) {
			if err := s.ui.svc.ConfirmPart(s.ui.ctx, r.Ritual.ID, s.view.Day, p.Slot, on); err != nil {
				s.ui.showError(err)
			}
		}
		parts.Add(c)
	}
	return container.NewVBox(wrapped(title), parts)
}

// ritualTitle is a ritual's title with how many more times it is due in
// its week, month or quarter: "Walk (3 more this week)".
func ritualTitle(r app.TodayRitual) string {
	title, left := r.Ritual.Title, r.Today.Left
	if left <= 1 {
		return title
	}
	switch r.Ritual.Cadence.Per {
	case model.PerWeek:
		return sayN("ui.board.moreThisWeek", left, "Title", title)
	case model.PerMonth:
		return sayN("ui.board.moreThisMonth", left, "Title", title)
	case model.PerQuarter:
		return sayN("ui.board.moreThisQuarter", left, "Title", title)
	}
	return sayN("ui.board.moreToday", left, "Title", title)
}

// markedByOther says who marked (or unmarked) a partner's own ritual today
// when it was not that partner: "ticked by Liam".
func (s *todayScreen) markedByOther(r app.TodayRitual) string {
	owner := string(r.Ritual.Who)
	switch {
	case r.Entry != nil && r.Entry.By != "" && r.Entry.By != owner:
		return markedBy(r.Today.Marked, ownerLabel(model.Owner(r.Entry.By), s.view.Partners))
	case r.Entry == nil && r.ClearedBy != "" && r.ClearedBy != owner:
		return say("ui.board.tickTakenAway", "Name", ownerLabel(model.Owner(r.ClearedBy), s.view.Partners))
	}
	return ""
}

// markedBy says who marked a day: "done by Liam".
func markedBy(status model.EntryStatus, name string) string {
	switch status {
	case model.Skipped:
		return say("ui.board.skippedBy", "Name", name)
	case model.Paused:
		return say("ui.board.pausedBy", "Name", name)
	}
	return say("ui.board.doneBy", "Name", name)
}

// tick marks a solo ritual done today, or takes the mark away.
func (s *todayScreen) tick(r app.TodayRitual, on bool) {
	var err error
	if on {
		err = s.ui.svc.LogEntry(s.ui.ctx, model.RitualEntry{RitualID: r.Ritual.ID, Day: s.view.Day, Status: model.Done}, true)
	} else {
		err = s.ui.svc.ClearEntry(s.ui.ctx, r.Ritual.ID, s.view.Day)
	}
	if err != nil {
		s.ui.showError(err)
	}
}

// buildRhythm is the card of the week's check-in, the month's balance,
// due contract reviews and the quarter's session, each with its way there.
func (s *todayScreen) buildRhythm() {
	v := s.view
	s.rhythm.Objects = nil
	if races := s.racesCard(); races != nil {
		s.rhythm.Add(races)
	}
	var rows []fyne.CanvasObject
	if len(v.Unanswered) > 0 {
		rows = append(rows, s.rhythmRow(say("ui.board.checkinUnanswered", "Names", names(v.Unanswered)),
			say("ui.board.answerCheckin"), func() { s.ui.openCheckins(checkinsWeek) }))
	}
	if len(v.Unrated) > 0 {
		rows = append(rows, s.rhythmRow(say("ui.board.balanceUnrated", "Month", i18n.Screen().Month(v.Day.Time().Month()), "Names", names(v.Unrated)),
			say("ui.board.rateMonth"), func() { s.ui.openCheckins(checkinsBalance) }))
	}
	for _, r := range v.Reviews {
		rows = append(rows, s.rhythmRow(say("ui.board.reviewDue", "Title", r.GoalTitle, "Name", ownerLabel(r.Owner, v.Partners)),
			say("ui.board.openSessions"), func() { s.ui.showTab(tabSessions) }))
	}
	if why := syncBlocked(s.ui.svc.SyncStatus()); why != "" {
		rows = append(rows, s.rhythmRow(why, say("ui.board.openSyncSettings"), func() { s.ui.openSettings("Sync") }))
	}
	rows = append(rows, s.betweenRows()...)
	switch {
	case v.SessionMissing:
		rows = append(rows, s.rhythmRow(say("ui.board.sessionMissing", "Quarter", quarterWords(v.Quarter)),
			say("ui.board.planQuarter"), func() { s.ui.openSession(v.Quarter) }))
	case v.SessionUnfinished:
		rows = append(rows, s.rhythmRow(say("ui.board.sessionUnfinished", "Quarter", quarterWords(v.Quarter)),
			say("ui.board.continueSession"), func() { s.ui.openSession(v.Quarter) }))
	}
	if len(rows) == 0 {
		rows = append(rows, wrapped(say("ui.board.rhythmDone")))
	}
	s.rhythm.Add(widget.NewCard(say("ui.board.rhythmTitle"), "", container.NewVBox(rows...)))
	if notes := s.appreciations(); notes != nil {
		s.rhythm.Add(notes)
	}
	s.rhythm.Refresh()
}

// openCheckins shows one of the check-ins' inner tabs.
func (ui *UI) openCheckins(inner int) {
	ui.showTab(tabCheckins)
	ui.checkinsTab().tabs.SelectIndex(inner)
}

// betweenRows are the everyday practices waiting for someone: requests to
// answer, agreements to look at again, health checks due.
func (s *todayScreen) betweenRows() []fyne.CanvasObject {
	b := s.view.Between
	var rows []fyne.CanvasObject
	for _, r := range b.Waiting {
		from := ownerLabel(model.Owner(r.FromID), s.ui.partners)
		text := say("ui.board.requestAsks", "Name", from, "Need", r.Need)
		if r.Reply == model.ReplyCounter {
			text = say("ui.board.counterProposal", "Name", from, "Counter", r.Counter)
		}
		rows = append(rows, s.rhythmRow(text, say("ui.board.answer"), func() { s.ui.openCheckins(checkinsBetween) }))
	}
	for _, a := range b.Revisit {
		rows = append(rows, s.rhythmRow(say("ui.board.agreementRevisit", "Text", a.Text), say("ui.board.lookAgain"), func() { s.ui.openCheckins(checkinsBetween) }))
	}
	if len(b.HealthDue) > 0 {
		rows = append(rows, s.rhythmRow(say("ui.board.healthDue", "Names", names(b.HealthDue)), say("ui.board.checkIn"), func() { s.ui.openCheckins(checkinsHealth) }))
	}
	return rows
}

// appreciations is the card of the week's appreciations, or nil.
func (s *todayScreen) appreciations() fyne.CanvasObject {
	notes := s.view.Between.Appreciations
	if len(notes) == 0 {
		return nil
	}
	box := container.NewVBox()
	for i, a := range notes {
		if i == 3 {
			box.Add(quietLabel(sayN("ui.board.moreAppreciations", len(notes)-3)))
			break
		}
		head := widget.NewLabelWithStyle(say("ui.board.appreciationHead", "From", ownerLabel(model.Owner(a.FromID), s.ui.partners), "To", ownerLabel(model.Owner(a.ToID), s.ui.partners), "Day", s.ui.dayWords(a.Day)),
			fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		box.Add(container.NewVBox(head, wrapped(a.Text)))
	}
	more := widget.NewButtonWithIcon(say("ui.board.writeOne"), theme.MailComposeIcon(), func() { s.ui.openCheckins(checkinsBetween) })
	more.Importance = widget.LowImportance
	box.Add(container.NewHBox(more))
	return widget.NewCard(say("ui.board.appreciationsTitle"), "", box)
}

func (s *todayScreen) rhythmRow(text, action string, do func()) fyne.CanvasObject {
	b := widget.NewButtonWithIcon(action, theme.NavigateNextIcon(), do)
	b.Importance = widget.LowImportance
	return container.NewBorder(nil, nil, nil, b, wrapped(text))
}

// names joins partners' names: "Maya", "Maya and Liam".
func names(ps []model.Partner) string {
	out := ""
	for i, p := range ps {
		if i > 0 {
			out = say("ui.board.twoNames", "First", out, "Second", p.Short())
			continue
		}
		out = p.Short()
	}
	return out
}

// cardTitle is a card's heading that a long name cannot widen: a card's own
// title is never shortened, so a 60-character name would widen the window.
func cardTitle(text string) *widget.Label {
	l := widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	l.SizeName = theme.SizeNameSubHeadingText
	l.Truncation = fyne.TextTruncateEllipsis
	return l
}

// loadYearAgo reads "this month a year ago" off the UI goroutine (the
// timeline reads every finished goal) and draws its card when it is known.
func (s *todayScreen) loadYearAgo() {
	var ms []model.Remembered
	var err error
	s.ui.offUIThen(func() { ms, err = s.ui.svc.MemoriesYearAgo(s.ui.ctx) }, func() {
		s.yearAgo.RemoveAll()
		if err != nil || len(ms) == 0 {
			return
		}
		s.yearAgo.Add(s.yearAgoCard(ms))
		s.scroll.Refresh()
	})
}

// yearAgoCard is the card of the memories of this month last year.
func (s *todayScreen) yearAgoCard(ms []model.Remembered) fyne.CanvasObject {
	box := container.NewVBox()
	for _, m := range ms {
		head := widget.NewLabelWithStyle(s.ui.dayWords(m.Day)+" · "+ownerLabel(m.Who, s.ui.partners), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		box.Add(container.NewVBox(head, wrapped(m.Title)))
	}
	more := widget.NewButtonWithIcon(say("ui.board.allMemories"), theme.NavigateNextIcon(), func() { s.ui.openCheckins(checkinsMemories) })
	more.Importance = widget.LowImportance
	box.Add(container.NewHBox(more))
	return widget.NewCard(say("ui.board.yearAgoTitle"), "", box)
}
