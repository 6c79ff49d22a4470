package views

import (
	"fmt"
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/app"
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
		s.title.SetText("Could not load today: " + app.UserMessage(err))
		return
	}
	s.view = v
	s.title.SetText("Today, " + v.Day.Time().Format("Monday 2 January"))
	s.venn.reload()
	s.showFirstSteps()
	s.lanes.Objects = nil
	if len(v.Partners) == 2 {
		s.lanes.Add(s.lane(v.Partners[0].Short(), widgets.HexColor(v.Partners[0].Color), model.Owner(v.Partners[0].ID)))
		s.lanes.Add(s.lane("Together", widgets.HexColor("#9a7bb5"), model.Shared))
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
		box.Add(widget.NewLabelWithStyle("Coming due", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
		for _, g := range goals[:min(len(goals), todayDueShown)] {
			l := wrapped(dueWords(g.Due, s.view.Day) + ": " + g.Title)
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
		quiet := wrapped("Nothing due today.")
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
		return "Overdue since " + due.Time().Format("Mon 2 Jan")
	case due == today:
		return "Due today"
	case due == today.AddDays(1):
		return "Due tomorrow"
	}
	return "Due " + due.Time().Format("Mon 2 Jan")
}

// ritualRow is a ritual to tick: one tick for a solo ritual, one per
// partner for a shared one (each ticks their part).
func (s *todayScreen) ritualRow(r app.TodayRitual) fyne.CanvasObject {
	title := r.Ritual.Title
	if r.Today.Left > 1 {
		title += fmt.Sprintf(" (%d more this %s)", r.Today.Left, r.Ritual.Cadence.Per)
	}
	if r.Today.Marked == model.Skipped || r.Today.Marked == model.Paused {
		l := wrapped(title + " — " + string(r.Today.Marked) + " today")
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

// markedByOther says who marked (or unmarked) a partner's own ritual today
// when it was not that partner: "ticked by Liam".
func (s *todayScreen) markedByOther(r app.TodayRitual) string {
	owner := string(r.Ritual.Who)
	switch {
	case r.Entry != nil && r.Entry.By != "" && r.Entry.By != owner:
		return string(r.Today.Marked) + " by " + ownerLabel(model.Owner(r.Entry.By), s.view.Partners)
	case r.Entry == nil && r.ClearedBy != "" && r.ClearedBy != owner:
		return ownerLabel(model.Owner(r.ClearedBy), s.view.Partners) + " took today's tick away"
	}
	return ""
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
		rows = append(rows, s.rhythmRow("This week's check-in: "+names(v.Unanswered)+" not answered yet.",
			"Answer this week's check-in", func() { s.ui.openCheckins(checkinsWeek) }))
	}
	if len(v.Unrated) > 0 {
		rows = append(rows, s.rhythmRow(v.Day.Time().Format("January")+"'s balance: "+names(v.Unrated)+" not rated yet.",
			"Rate this month", func() { s.ui.openCheckins(checkinsBalance) }))
	}
	for _, r := range v.Reviews {
		rows = append(rows, s.rhythmRow(fmt.Sprintf("A review of the development contract for “%s” is due (%s).", r.GoalTitle,
			ownerLabel(r.Owner, v.Partners)), "Open Sessions", func() { s.ui.showTab(tabSessions) }))
	}
	if why := syncBlocked(s.ui.svc.SyncStatus()); why != "" {
		rows = append(rows, s.rhythmRow(why, "Open Settings › Sync", func() { s.ui.openSettings("Sync") }))
	}
	rows = append(rows, s.betweenRows()...)
	switch {
	case v.SessionMissing:
		rows = append(rows, s.rhythmRow("No goal-mapping session for "+v.Quarter.String()+" yet.",
			"Plan the quarter", func() { s.ui.openSession(v.Quarter) }))
	case v.SessionUnfinished:
		rows = append(rows, s.rhythmRow("The goal-mapping session for "+v.Quarter.String()+" is not finished yet.",
			"Continue the session", func() { s.ui.openSession(v.Quarter) }))
	}
	if len(rows) == 0 {
		rows = append(rows, wrapped("Nothing else this week: the check-in is answered and every review is done."))
	}
	s.rhythm.Add(widget.NewCard("This week, month and quarter", "", container.NewVBox(rows...)))
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
		text := from + " asks: “" + r.Need + "”"
		if r.Reply == model.ReplyCounter {
			text = "A counter-proposal on " + from + "'s request: “" + r.Counter + "”"
		}
		rows = append(rows, s.rhythmRow(text, "Answer", func() { s.ui.openCheckins(checkinsBetween) }))
	}
	for _, a := range b.Revisit {
		rows = append(rows, s.rhythmRow("Time to look at an agreement again: “"+a.Text+"”", "Look again", func() { s.ui.openCheckins(checkinsBetween) }))
	}
	if len(b.HealthDue) > 0 {
		rows = append(rows, s.rhythmRow("Health check-in due: "+names(b.HealthDue)+".", "Check in", func() { s.ui.openCheckins(checkinsHealth) }))
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
			box.Add(quietLabel(fmt.Sprintf("and %d more this week.", len(notes)-3)))
			break
		}
		head := widget.NewLabelWithStyle(ownerLabel(model.Owner(a.FromID), s.ui.partners)+" to "+ownerLabel(model.Owner(a.ToID), s.ui.partners)+" · "+s.ui.dayWords(a.Day),
			fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		box.Add(container.NewVBox(head, wrapped(a.Text)))
	}
	more := widget.NewButtonWithIcon("Write one", theme.MailComposeIcon(), func() { s.ui.openCheckins(checkinsBetween) })
	more.Importance = widget.LowImportance
	box.Add(container.NewHBox(more))
	return widget.NewCard("Appreciations this week", "", box)
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
			out += " and "
		}
		out += p.Short()
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
	more := widget.NewButtonWithIcon("All memories", theme.NavigateNextIcon(), func() { s.ui.openCheckins(checkinsMemories) })
	more.Importance = widget.LowImportance
	box.Add(container.NewHBox(more))
	return widget.NewCard("This month a year ago", "", box)
}
