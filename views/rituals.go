package views

import (
	"image/color"
	"slices"
	"strconv"
	"strings"
	"time"

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

const heatWeeks = 26

// ritualsScreen is the ritual tracker: the list of rituals with today's
// state, strength and streaks on the left, the selected ritual's heat map,
// history and adaptations on the right.
type ritualsScreen struct {
	ui       *UI
	filter   app.RitualFilter
	view     app.RitualsView
	selected string

	who     *widget.Select
	archive *widget.Check
	list    *widget.List
	empty   *widget.Label
	detail  *fyne.Container
	content fyne.CanvasObject
	// presence is the selected shared ritual's last done day's "How
	// present did it feel?" (nil when there is none).
	presence      *forms.Presence
	presenceRater string // the "Rating as" choice, kept while the screen redraws
}

func newRitualsScreen(ui *UI) *ritualsScreen {
	s := &ritualsScreen{ui: ui}
	s.who = newSelect(nil, nil)
	s.archive = widget.NewCheck(say("ui.rhythm.archive"), func(on bool) { s.filter.Archived = on; s.reload() })
	add := widget.NewButtonWithIcon(say("ui.rhythm.newRitual"), theme.ContentAddIcon(), func() { s.editRitual(nil) })
	add.Importance = widget.HighImportance
	s.list = widget.NewList(
		func() int { return len(s.view.Rituals) },
		func() fyne.CanvasObject { return newRitualRow(s) },
		func(id widget.ListItemID, o fyne.CanvasObject) {
			if id < len(s.view.Rituals) {
				o.(*ritualRow).set(s.view.Rituals[id])
			}
		},
	)
	s.list.OnSelected = func(id widget.ListItemID) {
		if id < len(s.view.Rituals) {
			s.selected = s.view.Rituals[id].Ritual.ID
			s.showDetail()
		}
	}
	s.empty = widget.NewLabel("")
	s.empty.Wrapping = fyne.TextWrapWord
	s.empty.Alignment = fyne.TextAlignCenter
	s.detail = container.NewVBox()
	top := widgets.NewFlow(add, layout.NewSpacer(), s.who, s.archive)
	hint := widget.NewLabel(say("ui.rhythm.ritualsHint"))
	hint.Wrapping = fyne.TextWrapWord
	hint.SizeName = theme.SizeNameCaptionText
	left := container.NewBorder(top, hint, nil, nil, container.NewStack(s.list, container.NewCenter(s.empty)))
	split := container.NewHSplit(left, container.NewVScroll(container.NewPadded(s.detail)))
	split.Offset = 0.5
	s.content = split
	return s
}

// reload asks the service for the rituals and redraws.
func (s *ritualsScreen) reload() {
	s.ui.redrew("rituals")
	s.syncWhoOptions()
	view, err := s.ui.svc.Rituals(s.ui.ctx, s.filter)
	if err != nil {
		s.empty.SetText(say("ui.rhythm.ritualsLoadError", "Error", sayError(err)))
		return
	}
	s.view = view
	switch {
	case len(view.Rituals) > 0:
		s.empty.SetText("")
	case s.filter.Archived:
		s.empty.SetText(say("ui.rhythm.noArchivedRituals"))
	default:
		s.empty.SetText(say("ui.rhythm.noRituals"))
	}
	s.list.Refresh()
	if s.find(s.selected) == nil {
		// The ritual shown was archived, deleted or filtered out: show the
		// first one instead (the list may already have row 0 selected, and
		// then it would not say so again).
		s.selected = ""
		if len(view.Rituals) > 0 {
			s.selected = view.Rituals[0].Ritual.ID
		}
	}
	s.list.UnselectAll()
	for i, rv := range view.Rituals {
		if rv.Ritual.ID == s.selected {
			s.list.Select(i)
		}
	}
	s.showDetail()
}

func (s *ritualsScreen) syncWhoOptions() {
	// The choices: all rituals, the shared ones, then each partner's solo
	// slots, in the partners' order.
	options := []string{say("ui.rhythm.allRituals"), say("ui.rhythm.sharedRituals")}
	for _, p := range s.ui.partners {
		options = append(options, say("ui.rhythm.soloSlotsOf", "Name", p.Short()))
	}
	s.who.OnChanged = nil
	s.who.Options = options
	if s.who.Selected == "" {
		s.who.SetSelectedIndex(0)
	}
	s.who.OnChanged = func(string) {
		s.filter.Who = ""
		switch i := s.who.SelectedIndex(); {
		case i == 1:
			s.filter.Who = model.Shared
		case i >= 2 && i-2 < len(s.ui.partners):
			s.filter.Who = model.Owner(s.ui.partners[i-2].ID)
		}
		s.reload()
	}
	s.who.Refresh()
}

func (s *ritualsScreen) find(id string) *app.RitualView {
	for i := range s.view.Rituals {
		if s.view.Rituals[i].Ritual.ID == id {
			return &s.view.Rituals[i]
		}
	}
	return nil
}

func (s *ritualsScreen) colorOf(who model.Owner) string {
	return s.ui.ownerColorHex(who, s.ui.partners)
}

func (s *ritualsScreen) whoText(who model.Owner) string {
	if who == model.Shared {
		return say("ui.rhythm.sharedRitual")
	}
	return say("ui.rhythm.soloSlotOf", "Name", ownerLabel(who, s.ui.partners))
}

// entryOn is a ritual's entry on day, or nil.
func (s *ritualsScreen) entryOn(id string, day model.Date) (*app.RitualView, *model.RitualEntry) {
	rv := s.find(id)
	if rv == nil {
		return nil, nil
	}
	for i := range rv.Entries {
		if rv.Entries[i].Day == day {
			return rv, &rv.Entries[i]
		}
	}
	return rv, nil
}

// toggleDone marks a day done, or takes the mark away when it was done.
func (s *ritualsScreen) toggleDone(id string, day model.Date) {
	rv, e := s.entryOn(id, day)
	if rv == nil {
		return
	}
	if e != nil && e.Status == model.Done {
		if err := s.ui.svc.ClearEntry(s.ui.ctx, id, day); err != nil {
			s.ui.showError(err)
		}
		return
	}
	s.log(model.RitualEntry{RitualID: id, Day: day, Status: model.Done})
}

// skipDay skips a day with a reason, asked for in a dialog that names the
// ritual and the day; a skipped day skipped again is cleared.
func (s *ritualsScreen) skipDay(id string, day model.Date) {
	rv, e := s.entryOn(id, day)
	if rv == nil {
		return
	}
	if e != nil && e.Status == model.Skipped {
		if err := s.ui.svc.ClearEntry(s.ui.ctx, id, day); err != nil {
			s.ui.showError(err)
		}
		return
	}
	title := say("ui.rhythm.skipToday", "Title", rv.Ritual.Title)
	if day != s.view.Today {
		title = say("ui.rhythm.skipOn", "Title", rv.Ritual.Title, "Day", weekdayDay(day.Time()))
	}
	s.askReason(title, say("ui.rhythm.whySkip"), func(reason string) error {
		return s.ui.svc.LogEntry(s.ui.ctx, model.RitualEntry{RitualID: id, Day: day, Status: model.Skipped, Reason: reason}, true)
	})
}

func (s *ritualsScreen) log(e model.RitualEntry) {
	if err := s.ui.svc.LogEntry(s.ui.ctx, e, true); err != nil {
		s.ui.showError(err)
	}
}

// askReason asks why, and saves the reason with save; a reason refused
// is said in the dialog, which stays open.
func (s *ritualsScreen) askReason(title, prompt string, save func(string) error) {
	reason := newEntry()
	reason.SetPlaceHolder(prompt)
	f := forms.NewChecked(s.ui.host(), title, say("ui.common.ok"), func() error { return save(reason.Text) })
	f.Field(say("ui.rhythm.reason"), reason, "reason")
	f.Show(fyne.NewSize(460, 200))
}

// showDetail draws the selected ritual on the right: what it is, how
// strong it is, its last six months, what can be done with it, and its
// calendar time, changes of cadence and recent days.
func (s *ritualsScreen) showDetail() {
	s.detail.RemoveAll()
	rv := s.find(s.selected)
	if rv == nil {
		return
	}
	col := widgets.HexColor(s.colorOf(rv.Ritual.Who))
	s.addHeader(rv)
	s.addStrength(rv, col)
	if rv.Ritual.Who == model.Shared && len(s.ui.partners) == 2 {
		s.detail.Add(s.confirmRow(*rv))
		s.addPresence(rv)
	}
	s.addHeatMap(rv, col)
	s.detail.Add(s.detailButtons(rv))
	s.addCalendarTime(rv)
	s.addAdaptations(rv)
	s.addRecentDays(rv)
}

// addHeader adds the ritual's title, whose it is, its cadence, since when,
// its reminder and its notes.
func (s *ritualsScreen) addHeader(rv *app.RitualView) {
	r := rv.Ritual
	title := widget.NewLabelWithStyle(r.Title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.SizeName = theme.SizeNameSubHeadingText
	title.Wrapping = fyne.TextWrapWord
	sub := say("ui.rhythm.ritualSince", "Who", s.whoText(r.Who), "Cadence", rv.Cadence, "Day", i18n.Screen().DayMonthYear(r.Start.Time()))
	if r.ReminderTime != "" {
		if len(r.ReminderDays) > 0 {
			sub = say("ui.rhythm.withReminderOn", "Line", sub, "Time", r.ReminderTime, "Days", weekdayList(r.ReminderDays))
		} else {
			sub = say("ui.rhythm.withReminder", "Line", sub, "Time", r.ReminderTime)
		}
	}
	s.detail.Add(title)
	s.detail.Add(widget.NewLabel(sub))
	if r.Notes != "" {
		s.detail.Add(wrapped(r.Notes))
	}
}

// addStrength adds the ritual's strength and streaks, what strength means,
// and its chart.
func (s *ritualsScreen) addStrength(rv *app.RitualView, col color.NRGBA) {
	bar := widgets.NewScoreBar()
	bar.Set(rv.Stats.Score, col)
	bar.Name = say("ui.rhythm.strengthOf", "Title", rv.Ritual.Title)
	strength := widget.NewLabel(say("ui.rhythm.strengthLine", "Percent", i18n.Screen().Int(int(rv.Stats.Score*100+0.5)),
		"Streak", periods(rv.Stats.CurrentStreak, rv.Stats.StreakPeriod), "Best", periods(rv.Stats.BestStreak, rv.Stats.StreakPeriod)))
	s.detail.Add(container.NewBorder(nil, nil, nil, nil, container.NewVBox(strength, bar)))
	s.detail.Add(container.NewBorder(nil, nil, nil, s.ui.whyButton(say("ui.rhythm.whyRituals"), model.MethodRituals),
		quietLabel(say("ui.rhythm.strengthExplained"))))
	chart := widgets.NewChart(fyne.NewSize(360, 190))
	chart.Set(summary.StrengthChart(i18n.Screen(), *rv, s.view.Today, col))
	chart.OnTapped = func(i int) {
		// The calendar at the week the point ends, where the ritual was
		// kept or missed.
		cal := s.ui.calendarTab()
		s.ui.showTab(tabCalendar)
		cal.goTo(s.view.Today.AddDays(-7 * (app.StrengthWeeks - 1 - i)))
	}
	s.detail.Add(chart)
}

// addHeatMap adds the last six months, a day to a square, and its key.
func (s *ritualsScreen) addHeatMap(rv *app.RitualView, col color.NRGBA) {
	heat := widgets.NewHeatMap(heatWeeks)
	heat.Today, heat.WeekStart, heat.Start, heat.Color = s.view.Today, s.ui.household.WeekStart, rv.Ritual.Start, col
	heat.Name = rv.Ritual.Title
	for _, e := range rv.Entries {
		heat.Days[e.Day] = e.Status
	}
	heat.Refresh()
	s.detail.Add(heading(say("ui.rhythm.lastSixMonths")))
	s.detail.Add(container.NewHBox(heat))
	s.detail.Add(widget.NewLabel(say("ui.rhythm.heatKey")))
}

// detailButtons are what can be done with the ritual: log a day, pause it,
// change its cadence, edit it, archive (or restore) it.
func (s *ritualsScreen) detailButtons(rv *app.RitualView) fyne.CanvasObject {
	r := rv.Ritual
	logDay := widget.NewButtonWithIcon(say("ui.rhythm.logDay"), theme.DocumentCreateIcon(), func() { s.logDayDialog(r) })
	pause := widget.NewButtonWithIcon(say("ui.rhythm.pauseEllipsis"), theme.MediaPauseIcon(), func() { s.pauseDialog(r) })
	adapt := widget.NewButtonWithIcon(say("ui.rhythm.changeCadence"), theme.HistoryIcon(), func() { s.adaptDialog(*rv) })
	edit := widget.NewButtonWithIcon(say("ui.rhythm.edit"), theme.SettingsIcon(), func() { s.editRitual(&r) })
	archive := widget.NewButton(say("ui.rhythm.archive"), func() { s.archiveRitual(r.ID, true) })
	if r.Archived {
		archive = widget.NewButton(say("ui.rhythm.restore"), func() { s.archiveRitual(r.ID, false) })
	}
	return container.NewGridWithColumns(3, logDay, pause, adapt, edit, archive)
}

// addCalendarTime adds the ritual's time in the calendar, if it has any.
func (s *ritualsScreen) addCalendarTime(rv *app.RitualView) {
	if len(rv.Calendar) == 0 {
		return
	}
	s.detail.Add(heading(say("ui.rhythm.inTheCalendar")))
	for _, rt := range rv.Calendar {
		b := rt.Block
		repeat := lowerFirst(b.RepeatWords())
		if b.Repeats() && !b.Until.IsZero() {
			repeat = say("ui.rhythm.repeatUntil", "Repeat", repeat, "Day", i18n.Screen().DayMonthYear(b.Until.Time()))
		}
		line := say("ui.rhythm.calendarLine", "Title", b.Title, "Repeat", repeat,
			"Start", model.FormatClock(b.Start.Minute), "End", model.FormatClock(b.End.Minute), "Hours", model.Hours(rt.Minutes))
		s.detail.Add(wrapped(line))
	}
}

// addAdaptations adds how the ritual's cadence changed, if it did.
func (s *ritualsScreen) addAdaptations(rv *app.RitualView) {
	if len(rv.Adaptations) == 0 {
		return
	}
	s.detail.Add(heading(say("ui.rhythm.howItAdapted")))
	for _, a := range rv.Adaptations {
		s.detail.Add(wrapped(say("ui.rhythm.adaptedFrom", "Day", i18n.Screen().DayMonthYear(a.From.Time()), "Cadence", a.Cadence, "Note", a.Note)))
	}
}

// addRecentDays adds the last twelve days logged, newest first.
func (s *ritualsScreen) addRecentDays(rv *app.RitualView) {
	s.detail.Add(heading(say("ui.rhythm.recentDays")))
	recent := slices.Clone(rv.Entries)
	slices.Reverse(recent)
	for _, e := range recent[:min(len(recent), 12)] {
		line := say("ui.rhythm.recentDay", "Day", weekdayDayYear(e.Day.Time()), "Status", e.Status)
		if e.Reason != "" {
			line = say("ui.rhythm.recentDayWhy", "Line", line, "Reason", e.Reason)
		}
		s.detail.Add(widget.NewLabel(line))
	}
	if len(recent) == 0 {
		s.detail.Add(widget.NewLabel(say("ui.rhythm.nothingLogged")))
	}
}

// addPresence offers "How present did it feel?" for the last day the
// shared ritual was done, today or before.
func (s *ritualsScreen) addPresence(rv *app.RitualView) {
	today := s.ui.today()
	for i := len(rv.Entries) - 1; i >= 0; i-- {
		e := rv.Entries[i]
		if e.Status != model.Done || today.Before(e.Day) {
			continue
		}
		occ := model.Occasion{Kind: model.OccasionRitual, RefID: rv.Ritual.ID, Day: e.Day}
		s.presence = forms.NewPresence(s.ui.host(), occ, say("ui.rhythm.ritualOnDay", "Title", rv.Ritual.Title, "Day", s.ui.dayWords(e.Day)), &s.presenceRater)
		s.detail.Add(s.presence.Widget())
		return
	}
	s.presence = nil
}

// confirmRow lets each partner tick their part of today's shared ritual.
func (s *ritualsScreen) confirmRow(rv app.RitualView) fyne.CanvasObject {
	a, b := s.ui.partners[0], s.ui.partners[1]
	var ca, cb bool
	if rv.Today != nil && rv.Today.Status == model.Done {
		ca, cb = rv.Today.ConfirmA, rv.Today.ConfirmB
	}
	tick := func(p model.Partner, on bool) func(bool) {
		return func(v bool) {
			if v == on {
				return
			}
			if err := s.ui.svc.ConfirmPart(s.ui.ctx, rv.Ritual.ID, s.view.Today, p.Slot, v); err != nil {
				s.ui.showError(err)
				s.reload() // the tick goes back
			}
		}
	}
	checkA := widget.NewCheck(say("ui.rhythm.tookPart", "Name", a.Short()), nil)
	checkA.SetChecked(ca)
	checkA.OnChanged = tick(a, ca)
	checkB := widget.NewCheck(say("ui.rhythm.tookPart", "Name", b.Short()), nil)
	checkB.SetChecked(cb)
	checkB.OnChanged = tick(b, cb)
	note := quietLabel(say("ui.rhythm.sharedCounts"))
	return container.NewVBox(container.NewHBox(checkA, checkB), note)
}

func (s *ritualsScreen) archiveRitual(id string, archived bool) {
	if err := s.ui.svc.ArchiveRitual(s.ui.ctx, id, archived); err != nil {
		s.ui.showError(err)
		return
	}
	if archived {
		s.ui.offerUndo(say("ui.rhythm.ritualArchived"))
	}
}

// logDayDialog back-fills a past day: done, skipped (with a reason) or cleared.
func (s *ritualsScreen) logDayDialog(r model.Ritual) {
	day := newDateField()
	t := s.view.Today.Time()
	day.SetDate(&t)
	choices := []string{say("ui.rhythm.statusDone"), say("ui.rhythm.statusSkipped"), say("ui.rhythm.clearDay")}
	status := widget.NewRadioGroup(choices, nil)
	status.SetSelected(choices[0])
	reason := newEntry()
	reason.SetPlaceHolder(say("ui.rhythm.whySkipped"))
	f := forms.NewChecked(s.ui.host(), say("ui.rhythm.logDayOf", "Title", r.Title), say("ui.common.save"), func() error {
		if day.Date == nil {
			return &model.ValidationError{Field: "day", Message: say("ui.rhythm.pickDay")}
		}
		d := model.DateOf(*day.Date)
		switch status.Selected {
		case choices[2]:
			return s.ui.svc.ClearEntry(s.ui.ctx, r.ID, d)
		case choices[1]:
			return s.ui.svc.LogEntry(s.ui.ctx, model.RitualEntry{RitualID: r.ID, Day: d, Status: model.Skipped, Reason: reason.Text}, true)
		}
		return s.ui.svc.LogEntry(s.ui.ctx, model.RitualEntry{RitualID: r.ID, Day: d, Status: model.Done}, true)
	})
	f.Field(say("ui.rhythm.day"), day, "day")
	f.Field(say("ui.rhythm.whatHappened"), status, "status")
	f.Field(say("ui.rhythm.reason"), reason, "reason")
	f.Show(fyne.NewSize(520, 320))
}

// pauseDialog pauses a ritual for a range of days.
func (s *ritualsScreen) pauseDialog(r model.Ritual) {
	from, to := newDateField(), newDateField()
	t := s.view.Today.Time()
	from.SetDate(&t)
	reason := newEntry()
	reason.SetPlaceHolder(say("ui.rhythm.pauseReasonHint"))
	f := forms.NewChecked(s.ui.host(), say("ui.rhythm.pauseTitle", "Title", r.Title), say("ui.rhythm.pause"), func() error {
		if from.Date == nil || to.Date == nil {
			return &model.ValidationError{Field: "pause", Message: say("ui.rhythm.pickPauseDays")}
		}
		n, err := s.ui.svc.Pause(s.ui.ctx, r.ID, model.DateOf(*from.Date), model.DateOf(*to.Date), reason.Text)
		if err == nil {
			s.ui.toast(sayN("ui.rhythm.pausedDays", n))
		}
		return err
	})
	f.Field(say("ui.rhythm.from"), from, "day")
	f.Field(say("ui.rhythm.until"), to, "pause")
	f.Field(say("ui.rhythm.reason"), reason, "reason")
	f.Show(fyne.NewSize(520, 280))
}

// adaptDialog changes the cadence from a day on, keeping the history.
func (s *ritualsScreen) adaptDialog(rv app.RitualView) {
	s.ui.cadenceDialog(rv, func(from model.Date, c model.Cadence, note string) error {
		return s.ui.svc.Adapt(s.ui.ctx, rv.Ritual.ID, from, c, note)
	})
}

// cadenceDialog asks for a ritual's new cadence, the day it starts and why,
// and hands them to save: the same dialog wherever a ritual adapts (the
// Rituals tab, a session's step 7, the annual review).
func (ui *UI) cadenceDialog(rv app.RitualView, save func(from model.Date, c model.Cadence, note string) error) *forms.Checked {
	times, per := cadenceInputs(rv.Cadence)
	from := newDateField()
	t := ui.today().Time()
	from.SetDate(&t)
	note := newEntry()
	note.SetPlaceHolder(say("ui.rhythm.cadenceNoteHint"))
	f := forms.NewChecked(ui.host(), say("ui.rhythm.changeCadenceOf", "Title", rv.Ritual.Title), say("ui.rhythm.change"), func() error {
		c, err := cadenceFrom(times, per)
		if err != nil {
			return err
		}
		if from.Date == nil {
			return &model.ValidationError{Field: "from", Message: say("ui.rhythm.pickCadenceDay")}
		}
		return save(model.DateOf(*from.Date), c, note.Text)
	})
	f.Field(say("ui.rhythm.howOften"), container.NewGridWithColumns(2, times, per), "cadence")
	f.Field(say("ui.rhythm.from"), from, "from")
	f.Field(say("ui.rhythm.why"), note, "note")
	f.Field("", quietLabel(say("ui.rhythm.cadenceFollows")))
	f.FocusFirst(times)
	f.Show(fyne.NewSize(560, 340))
	return f
}

func cadenceInputs(c model.Cadence) (*entry, *widget.Select) {
	times := newEntry()
	times.SetText(strconv.Itoa(c.Times))
	per := newSelect([]string{say("ui.rhythm.timesADay"), say("ui.rhythm.timesAWeek"), say("ui.rhythm.timesAMonth"), say("ui.rhythm.timesAQuarter")}, nil)
	per.SetSelectedIndex(max(0, slices.Index(model.Periods, c.Per)))
	return times, per
}

func cadenceFrom(times *entry, per *widget.Select) (model.Cadence, error) {
	n, err := strconv.Atoi(strings.TrimSpace(times.Text))
	if err != nil {
		return model.Cadence{}, &model.ValidationError{Field: "cadence", Message: say("ui.rhythm.notWholeTimes", "Text", times.Text)}
	}
	c := model.Cadence{Times: n, Per: model.Periods[max(0, per.SelectedIndex())]}
	return c, c.Validate()
}

// editRitual opens the ritual form: a new ritual when r is nil.
func (s *ritualsScreen) editRitual(r *model.Ritual) {
	cur := model.Ritual{Who: model.Shared, Cadence: model.Cadence{Times: 1, Per: model.PerWeek}, Start: s.view.Today}
	if r != nil {
		cur = *r
	}
	title := newEntry()
	title.SetText(cur.Title)
	title.SetPlaceHolder(say("ui.rhythm.ritualNameHint"))
	owners := append([]model.Owner{model.Shared}, ownersOf(s.ui.partners)...)
	var whoNames []string
	for _, o := range owners {
		whoNames = append(whoNames, s.whoText(o))
	}
	who := newSelect(whoNames, nil)
	who.SetSelected(s.whoText(cur.Who))
	inForce := cur.Cadence
	if rv := s.find(cur.ID); r != nil && rv != nil {
		inForce = rv.Cadence // the cadence now, after any change
	}
	times, per := cadenceInputs(inForce)
	start := newDateFieldAt(cur.Start)
	reminder := newEntry()
	reminder.SetPlaceHolder(say("ui.rhythm.reminderHint"))
	reminder.SetText(cur.ReminderTime)
	days := widget.NewCheckGroup(weekdayChoices(), nil)
	days.Horizontal = true
	for _, d := range cur.ReminderDays {
		days.SetSelected(append(days.Selected, shortDay(d)))
	}
	notes := newMultiLineEntry()
	notes.SetText(cur.Notes)
	notes.SetMinRowsVisible(3)
	private := widget.NewCheck(say("ui.rhythm.privateRitual"), nil)
	private.SetChecked(cur.Private)
	name := say("ui.rhythm.newRitual")
	if r != nil {
		name = say("ui.rhythm.editRitual")
	}
	f := forms.NewChecked(s.ui.host(), name, say("ui.common.save"), func() error {
		next := cur
		next.Title, next.ReminderTime, next.Notes, next.Private = title.Text, strings.TrimSpace(reminder.Text), notes.Text, private.Checked
		next.Who = owners[max(0, who.SelectedIndex())]
		next.Start = start.DateOrZero()
		next.ReminderDays = nil
		for _, sel := range days.Selected {
			next.ReminderDays = append(next.ReminderDays, weekdayOf(sel))
		}
		c, err := cadenceFrom(times, per)
		if err != nil {
			return err
		}
		saved, err := s.ui.svc.EditRitual(s.ui.ctx, next, c)
		if err == nil && s.selected != saved.ID {
			s.selected = saved.ID
			s.showDetail() // the change redrew the list; the detail follows the new ritual
		}
		return err
	})
	f.Field(say("ui.rhythm.name"), title, "title")
	f.Field(say("ui.rhythm.who"), who, "owner")
	f.Field(say("ui.rhythm.howOften"), container.NewGridWithColumns(2, times, per), "cadence")
	f.Field(say("ui.rhythm.beganOn"), start, "start")
	f.Field(say("ui.rhythm.reminder"), reminder, "reminder")
	f.Field(say("ui.rhythm.on"), days)
	f.Field(say("ui.rhythm.notes"), notes, "notes")
	f.Field("", private)
	f.Show(fyne.NewSize(620, 580))
	s.ui.ritualForm = &ritualForm{title: title, who: who, times: times, per: per, reminder: reminder, dialog: f}
}

// ritualForm keeps the open ritual form's fields, for tests.
type ritualForm struct {
	title, times, reminder *entry
	who, per               *widget.Select
	dialog                 *forms.Checked
}

func ownersOf(partners []model.Partner) []model.Owner {
	out := make([]model.Owner, len(partners))
	for i, p := range partners {
		out[i] = model.Owner(p.ID)
	}
	return out
}

// shortDayKeys are the weekdays' short names, Sunday first.
var shortDayKeys = []string{"ui.rhythm.sun", "ui.rhythm.mon", "ui.rhythm.tue", "ui.rhythm.wed", "ui.rhythm.thu", "ui.rhythm.fri", "ui.rhythm.sat"}

func shortDay(d time.Weekday) string { return say(shortDayKeys[d%7]) }

// weekdayChoices are the short weekday names, Monday first, as the
// reminder's days offer them.
func weekdayChoices() []string {
	out := make([]string, 0, 7)
	for d := time.Monday; d <= time.Saturday; d++ {
		out = append(out, shortDay(d))
	}
	return append(out, shortDay(time.Sunday))
}

func weekdayOf(s string) time.Weekday {
	for d := time.Sunday; d <= time.Saturday; d++ {
		if shortDay(d) == s {
			return d
		}
	}
	return time.Sunday
}

// weekdayDay is a day with its short weekday: "Mon 2 Jan".
func weekdayDay(t time.Time) string {
	return say("ui.rhythm.weekdayDay", "Weekday", shortDay(t.Weekday()), "Date", i18n.Screen().DayMonth(t))
}

// weekdayDayYear is a day with its short weekday and year: "Mon 2 Jan 2027".
func weekdayDayYear(t time.Time) string {
	return say("ui.rhythm.weekdayDay", "Weekday", shortDay(t.Weekday()), "Date", i18n.Screen().DayMonthYear(t))
}

func weekdayList(days []time.Weekday) string {
	names := make([]string, len(days))
	for i, d := range days {
		names[i] = shortDay(d)
	}
	return strings.Join(names, say("ui.rhythm.listSep"))
}

// periods says "5 weeks", "1 month", "3 days".
func periods(n int, p model.Period) string {
	switch p {
	case model.PerDay:
		return sayN("ui.rhythm.days", n)
	case model.PerMonth:
		return sayN("ui.rhythm.months", n)
	case model.PerQuarter:
		return sayN("ui.rhythm.quarters", n)
	}
	return sayN("ui.rhythm.weeks", n)
}

// markedDays is how many days a ritual's row shows as marks.
const markedDays = 5

// ritualRow is one line of the ritual list: colour, name, cadence and
// streak, strength bar, and the last five days as marks to tap (done) or
// right-click (skip), today on the right.
type ritualRow struct {
	widget.BaseWidget
	screen *ritualsScreen
	id     string
	dot    *widgets.ScoreBar
	title  *widgets.FitLabel
	meta   *widgets.FitLabel
	bar    *widgets.ScoreBar
	marks  *widgets.DayMarks
}

func newRitualRow(s *ritualsScreen) *ritualRow {
	r := &ritualRow{screen: s, dot: widgets.NewScoreBar(), title: widgets.NewFitLabel(""), meta: widgets.NewFitLabel(""), bar: widgets.NewScoreBar(),
		marks: widgets.NewDayMarks(markedDays)}
	r.title.TextStyle = fyne.TextStyle{Bold: true}
	r.meta.SizeName = theme.SizeNameCaptionText
	r.marks.OnTapped = func(day model.Date) { s.toggleDone(r.id, day) }
	r.marks.OnSecondary = func(day model.Date) { s.skipDay(r.id, day) }
	r.ExtendBaseWidget(r)
	return r
}

func (r *ritualRow) set(rv app.RitualView) {
	r.id = rv.Ritual.ID
	col := widgets.HexColor(r.screen.colorOf(rv.Ritual.Who))
	r.dot.Set(1, col)
	r.dot.Name, r.dot.Decorative = say("ui.rhythm.colourOf", "Who", r.screen.whoText(rv.Ritual.Who)), true
	r.bar.Name = say("ui.rhythm.strengthOf", "Title", rv.Ritual.Title)
	r.marks.Name = rv.Ritual.Title
	r.title.SetText(rv.Ritual.Title)
	r.meta.SetText(say("ui.rhythm.rowMeta", "Who", r.screen.whoText(rv.Ritual.Who), "Cadence", rv.Cadence,
		"Percent", i18n.Screen().Int(int(rv.Stats.Score*100+0.5)), "Streak", periods(rv.Stats.CurrentStreak, rv.Stats.StreakPeriod)))
	r.bar.Set(rv.Stats.Score, col)
	m := r.marks
	m.Today, m.Start, m.Color = r.screen.view.Today, rv.Ritual.Start, col
	clear(m.Marks)
	from := m.DayAt(0)
	for _, e := range rv.Entries {
		if !e.Day.Before(from) && !m.Today.Before(e.Day) {
			m.Marks[e.Day] = e.Status
		}
	}
	m.Refresh()
}

func (r *ritualRow) CreateRenderer() fyne.WidgetRenderer {
	strip := container.New(layout.NewGridWrapLayout(fyne.NewSize(5, 44)), r.dot)
	text := container.NewVBox(r.title, r.meta)
	right := container.NewBorder(nil, nil, nil, r.marks, container.NewCenter(container.New(layout.NewGridWrapLayout(fyne.NewSize(90, 8)), r.bar)))
	return widget.NewSimpleRenderer(container.NewBorder(nil, nil, strip, right, text))
}
