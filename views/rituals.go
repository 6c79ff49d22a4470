package views

import (
	"fmt"
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
	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/views/forms"
	"github.com/vennplanner/venn/views/widgets"
)

const (
	allRituals    = "All rituals"
	sharedRituals = "Shared rituals"
	heatWeeks     = 26
)

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
	s.who = widget.NewSelect(nil, nil)
	s.archive = widget.NewCheck("Archive", func(on bool) { s.filter.Archived = on; s.reload() })
	add := widget.NewButtonWithIcon("New ritual", theme.ContentAddIcon(), func() { s.editRitual(nil) })
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
	hint := widget.NewLabel("Click a day's circle to mark it done (again to take it back); right-click it to skip the day with a reason.")
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
		s.empty.SetText("Could not load the rituals: " + app.UserMessage(err))
		return
	}
	s.view = view
	switch {
	case len(view.Rituals) > 0:
		s.empty.SetText("")
	case s.filter.Archived:
		s.empty.SetText("No archived rituals.")
	default:
		s.empty.SetText("No rituals yet.\nRituals keep you connected: morning coffee, a weekly date, a walk after dinner.\nSolo slots protect each of your own time. Press “New ritual” to add one.")
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
	options := []string{allRituals, sharedRituals}
	for _, p := range s.ui.partners {
		options = append(options, p.Short()+"'s solo slots")
	}
	s.who.OnChanged = nil
	s.who.Options = options
	if s.who.Selected == "" {
		s.who.SetSelected(allRituals)
	}
	s.who.OnChanged = func(sel string) {
		s.filter.Who = ""
		switch sel {
		case sharedRituals:
			s.filter.Who = model.Shared
		case allRituals:
		default:
			for _, p := range s.ui.partners {
				if sel == p.Short()+"'s solo slots" {
					s.filter.Who = model.Owner(p.ID)
				}
			}
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
		return "Shared ritual"
	}
	return ownerLabel(who, s.ui.partners) + "'s solo slot"
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
	when := "today"
	if day != s.view.Today {
		when = "on " + day.Time().Format("Mon 2 Jan")
	}
	s.askReason("Skip “"+rv.Ritual.Title+"” "+when, "Why skip? (optional)", func(reason string) error {
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
	f := forms.NewChecked(s.ui.host(), title, "OK", func() error { return save(reason.Text) })
	f.Field("Reason", reason, "reason")
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
	sub := fmt.Sprintf("%s · %s · since %s", s.whoText(r.Who), rv.Cadence, r.Start.Time().Format("2 Jan 2006"))
	if r.ReminderTime != "" {
		sub += " · reminder " + r.ReminderTime
		if len(r.ReminderDays) > 0 {
			sub += " on " + weekdayList(r.ReminderDays)
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
	bar.Name = rv.Ritual.Title + "'s strength"
	strength := widget.NewLabel(fmt.Sprintf("Strength %d%%   ·   streak %s, best %s",
		int(rv.Stats.Score*100+0.5), periods(rv.Stats.CurrentStreak, rv.Stats.StreakPeriod), periods(rv.Stats.BestStreak, rv.Stats.StreakPeriod)))
	s.detail.Add(container.NewBorder(nil, nil, nil, nil, container.NewVBox(strength, bar)))
	s.detail.Add(container.NewBorder(nil, nil, nil, s.ui.whyButton("Why rituals?", model.MethodRituals),
		quietLabel("Strength grows each time you keep the ritual and fades slowly when you miss it. "+
			"Skipped and paused days leave it as it is: a pause is never punished.")))
	chart := widgets.NewChart(fyne.NewSize(360, 190))
	chart.Set(app.StrengthChart(*rv, s.view.Today, col))
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
	s.detail.Add(heading("The last six months"))
	s.detail.Add(container.NewHBox(heat))
	s.detail.Add(widget.NewLabel("Filled: done   ·   grey: skipped   ·   outlined: paused   ·   pale: nothing logged"))
}

// detailButtons are what can be done with the ritual: log a day, pause it,
// change its cadence, edit it, archive (or restore) it.
func (s *ritualsScreen) detailButtons(rv *app.RitualView) fyne.CanvasObject {
	r := rv.Ritual
	logDay := widget.NewButtonWithIcon("Log a day…", theme.DocumentCreateIcon(), func() { s.logDayDialog(r) })
	pause := widget.NewButtonWithIcon("Pause…", theme.MediaPauseIcon(), func() { s.pauseDialog(r) })
	adapt := widget.NewButtonWithIcon("Change cadence…", theme.HistoryIcon(), func() { s.adaptDialog(*rv) })
	edit := widget.NewButtonWithIcon("Edit…", theme.SettingsIcon(), func() { s.editRitual(&r) })
	archive := widget.NewButton("Archive", func() { s.archiveRitual(r.ID, true) })
	if r.Archived {
		archive = widget.NewButton("Restore", func() { s.archiveRitual(r.ID, false) })
	}
	return container.NewGridWithColumns(3, logDay, pause, adapt, edit, archive)
}

// addCalendarTime adds the ritual's time in the calendar, if it has any.
func (s *ritualsScreen) addCalendarTime(rv *app.RitualView) {
	if len(rv.Calendar) == 0 {
		return
	}
	s.detail.Add(heading("In the calendar"))
	for _, rt := range rv.Calendar {
		b := rt.Block
		repeat := lowerFirst(b.RepeatWords())
		if b.Repeats() && !b.Until.IsZero() {
			repeat += " until " + b.Until.Time().Format("2 Jan 2006")
		}
		line := fmt.Sprintf("%s — %s, %s–%s · %s in the last four weeks", b.Title, repeat,
			model.FormatClock(b.Start.Minute), model.FormatClock(b.End.Minute), model.Hours(rt.Minutes))
		s.detail.Add(wrapped(line))
	}
}

// addAdaptations adds how the ritual's cadence changed, if it did.
func (s *ritualsScreen) addAdaptations(rv *app.RitualView) {
	if len(rv.Adaptations) == 0 {
		return
	}
	s.detail.Add(heading("How it adapted"))
	for _, a := range rv.Adaptations {
		s.detail.Add(wrapped(fmt.Sprintf("From %s: %s. %s", a.From.Time().Format("2 Jan 2006"), a.Cadence, a.Note)))
	}
}

// addRecentDays adds the last twelve days logged, newest first.
func (s *ritualsScreen) addRecentDays(rv *app.RitualView) {
	s.detail.Add(heading("Recent days"))
	recent := slices.Clone(rv.Entries)
	slices.Reverse(recent)
	for _, e := range recent[:min(len(recent), 12)] {
		line := fmt.Sprintf("%s — %s", e.Day.Time().Format("Mon 2 Jan 2006"), e.Status)
		if e.Reason != "" {
			line += ": " + e.Reason
		}
		s.detail.Add(widget.NewLabel(line))
	}
	if len(recent) == 0 {
		s.detail.Add(widget.NewLabel("Nothing logged yet."))
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
		s.presence = forms.NewPresence(s.ui.host(), occ, "“"+rv.Ritual.Title+"” on "+s.ui.dayWords(e.Day), &s.presenceRater)
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
	checkA := widget.NewCheck(a.Short()+" took part today", nil)
	checkA.SetChecked(ca)
	checkA.OnChanged = tick(a, ca)
	checkB := widget.NewCheck(b.Short()+" took part today", nil)
	checkB.SetChecked(cb)
	checkB.OnChanged = tick(b, cb)
	note := quietLabel("A shared ritual counts as done for the day as soon as either of you marks it done; each of you can tick your own part.")
	return container.NewVBox(container.NewHBox(checkA, checkB), note)
}

func (s *ritualsScreen) archiveRitual(id string, archived bool) {
	if err := s.ui.svc.ArchiveRitual(s.ui.ctx, id, archived); err != nil {
		s.ui.showError(err)
		return
	}
	if archived {
		s.ui.offerUndo("Ritual archived.")
	}
}

// logDayDialog back-fills a past day: done, skipped (with a reason) or cleared.
func (s *ritualsScreen) logDayDialog(r model.Ritual) {
	day := newDateField()
	t := s.view.Today.Time()
	day.SetDate(&t)
	status := widget.NewRadioGroup([]string{"Done", "Skipped", "Clear the day"}, nil)
	status.SetSelected("Done")
	reason := newEntry()
	reason.SetPlaceHolder("why it was skipped (optional)")
	f := forms.NewChecked(s.ui.host(), "Log a day of “"+r.Title+"”", "Save", func() error {
		if day.Date == nil {
			return &model.ValidationError{Field: "day", Message: "Pick the day from the calendar."}
		}
		d := model.DateOf(*day.Date)
		switch status.Selected {
		case "Clear the day":
			return s.ui.svc.ClearEntry(s.ui.ctx, r.ID, d)
		case "Skipped":
			return s.ui.svc.LogEntry(s.ui.ctx, model.RitualEntry{RitualID: r.ID, Day: d, Status: model.Skipped, Reason: reason.Text}, true)
		}
		return s.ui.svc.LogEntry(s.ui.ctx, model.RitualEntry{RitualID: r.ID, Day: d, Status: model.Done}, true)
	})
	f.Field("Day", day, "day")
	f.Field("What happened", status, "status")
	f.Field("Reason", reason, "reason")
	f.Show(fyne.NewSize(520, 320))
}

// pauseDialog pauses a ritual for a range of days.
func (s *ritualsScreen) pauseDialog(r model.Ritual) {
	from, to := newDateField(), newDateField()
	t := s.view.Today.Time()
	from.SetDate(&t)
	reason := newEntry()
	reason.SetPlaceHolder("a holiday, an illness, a busy month…")
	f := forms.NewChecked(s.ui.host(), "Pause “"+r.Title+"”", "Pause", func() error {
		if from.Date == nil || to.Date == nil {
			return &model.ValidationError{Field: "pause", Message: "Pick the first and the last day of the pause."}
		}
		n, err := s.ui.svc.Pause(s.ui.ctx, r.ID, model.DateOf(*from.Date), model.DateOf(*to.Date), reason.Text)
		if err == nil {
			s.ui.toast(fmt.Sprintf("Paused for %d days; the calendar and its files leave them out.", n))
		}
		return err
	})
	f.Field("From", from, "day")
	f.Field("Until", to, "pause")
	f.Field("Reason", reason, "reason")
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
	note.SetPlaceHolder("e.g. weekly dinner becomes a monthly adventure")
	f := forms.NewChecked(ui.host(), "Change the cadence of “"+rv.Ritual.Title+"”", "Change", func() error {
		c, err := cadenceFrom(times, per)
		if err != nil {
			return err
		}
		if from.Date == nil {
			return &model.ValidationError{Field: "from", Message: "Pick the day the new cadence starts."}
		}
		return save(model.DateOf(*from.Date), c, note.Text)
	})
	f.Field("How often", container.NewGridWithColumns(2, times, per), "cadence")
	f.Field("From", from, "from")
	f.Field("Why", note, "note")
	f.Field("", quietLabel("The calendar's time for it and its reminders follow: the old rhythm ends the day before, the new one starts that day."))
	f.FocusFirst(times)
	f.Show(fyne.NewSize(560, 340))
	return f
}

func cadenceInputs(c model.Cadence) (*entry, *widget.Select) {
	times := newEntry()
	times.SetText(strconv.Itoa(c.Times))
	per := widget.NewSelect([]string{"times a day", "times a week", "times a month", "times a quarter"}, nil)
	per.SetSelectedIndex(max(0, slices.Index(model.Periods, c.Per)))
	return times, per
}

func cadenceFrom(times *entry, per *widget.Select) (model.Cadence, error) {
	n, err := strconv.Atoi(strings.TrimSpace(times.Text))
	if err != nil {
		return model.Cadence{}, &model.ValidationError{Field: "cadence", Message: fmt.Sprintf("“%s” is not a whole number of times.", times.Text)}
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
	title.SetPlaceHolder("Morning coffee together")
	owners := append([]model.Owner{model.Shared}, ownersOf(s.ui.partners)...)
	var whoNames []string
	for _, o := range owners {
		whoNames = append(whoNames, s.whoText(o))
	}
	who := widget.NewSelect(whoNames, nil)
	who.SetSelected(s.whoText(cur.Who))
	inForce := cur.Cadence
	if rv := s.find(cur.ID); r != nil && rv != nil {
		inForce = rv.Cadence // the cadence now, after any change
	}
	times, per := cadenceInputs(inForce)
	start := newDateFieldAt(cur.Start)
	reminder := newEntry()
	reminder.SetPlaceHolder("HH:MM, optional")
	reminder.SetText(cur.ReminderTime)
	days := widget.NewCheckGroup([]string{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}, nil)
	days.Horizontal = true
	for _, d := range cur.ReminderDays {
		days.SetSelected(append(days.Selected, shortDay(d)))
	}
	notes := newMultiLineEntry()
	notes.SetText(cur.Notes)
	notes.SetMinRowsVisible(3)
	private := widget.NewCheck("Private: keep this ritual on this computer only", nil)
	private.SetChecked(cur.Private)
	name := "New ritual"
	if r != nil {
		name = "Edit ritual"
	}
	f := forms.NewChecked(s.ui.host(), name, "Save", func() error {
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
	f.Field("Name", title, "title")
	f.Field("Who", who, "owner")
	f.Field("How often", container.NewGridWithColumns(2, times, per), "cadence")
	f.Field("Began on", start, "start")
	f.Field("Reminder", reminder, "reminder")
	f.Field("On", days)
	f.Field("Notes", notes, "notes")
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

var shortDays = []string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

func shortDay(d time.Weekday) string { return shortDays[d] }

func weekdayOf(s string) time.Weekday { return time.Weekday(max(0, slices.Index(shortDays, s))) }

func weekdayList(days []time.Weekday) string {
	names := make([]string, len(days))
	for i, d := range days {
		names[i] = shortDay(d)
	}
	return strings.Join(names, ", ")
}

// periods says "5 weeks", "1 month", "3 days".
func periods(n int, p model.Period) string {
	if n == 1 {
		return "1 " + string(p)
	}
	return fmt.Sprintf("%d %ss", n, p)
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
	r.dot.Name, r.dot.Decorative = r.screen.whoText(rv.Ritual.Who)+"'s colour", true
	r.bar.Name = rv.Ritual.Title + "'s strength"
	r.marks.Name = rv.Ritual.Title
	r.title.SetText(rv.Ritual.Title)
	r.meta.SetText(fmt.Sprintf("%s · %s · %d%% · streak %s", r.screen.whoText(rv.Ritual.Who), rv.Cadence,
		int(rv.Stats.Score*100+0.5), periods(rv.Stats.CurrentStreak, rv.Stats.StreakPeriod)))
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
