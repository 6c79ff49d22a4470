// Package ics writes Venn's calendar blocks as iCalendar files (RFC 5545)
// that calendar apps subscribe to — one file per partner's solo time and
// one for the couple's joint time — and reads them back. It knows the
// file format only; which blocks exist and where the files go is the
// service's business.
package ics

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	ical "github.com/arran4/golang-ical"

	"github.com/vennplanner/venn/i18n"
	"github.com/vennplanner/venn/model"
)

// File is one iCalendar file Venn writes: a partner's solo time, or the
// couple's joint time (joint commitments, flexible time, buffers).
type File struct {
	Name      string // file name, e.g. "venn-maya-solo.ics"
	Title     string // calendar name shown in calendar apps
	PartnerID string // "" for the joint file
	// Lang is the language of the file's words (the calendar's name and
	// description, alarms); nil is English.
	Lang *i18n.Tr
}

// Files lists the files a household's calendar is written as, one per
// partner and one for joint time. Their names never collide: partners whose
// names read the same as a file name ("Sam" and "Sam", "Alex K." and
// "Alex K") are told apart by their place, and no partner's file can take
// the joint file's name (a partner called "Joint" gets venn-joint-solo.ics).
func Files(household string, partners []model.Partner, tr *i18n.Tr) []File {
	var out []File
	seen := map[string]int{}
	for _, p := range partners {
		seen[FileSafe(p.Name)]++
	}
	for _, p := range partners {
		slug := FileSafe(p.Name)
		if seen[slug] > 1 {
			slug += "-" + string(p.Slot)
		}
		out = append(out, File{Name: "venn-" + slug + "-solo.ics", Title: tr.T("ics.file.solo", "Name", p.Name), PartnerID: p.ID, Lang: tr})
	}
	joint := tr.T("ics.file.jointOurs")
	if household != "" {
		joint = tr.T("ics.file.joint", "Household", household)
	}
	return append(out, File{Name: "venn-together.ics", Title: joint, Lang: tr})
}

// FileSafe keeps letters and digits of a name for a file name.
func FileSafe(name string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(name) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b.WriteRune(r)
		case r == ' ' || r == '-' || r == '_':
			b.WriteByte('-')
		case r > 127:
			b.WriteRune(r)
		}
	}
	if b.Len() == 0 {
		return "partner"
	}
	return b.String()
}

// Rhythm is what a calendar file carries beside the blocks, so that a
// phone's calendar reminds the couple too: rituals with a reminder time
// (a recurring event with an alarm at that time, one per cadence the
// ritual had, without its paused days: see model.ReminderRuns), goals'
// target dates (an all-day event with an alarm the day before at 09:00)
// and the planned goal-mapping sessions (an all-day event with an alarm
// that morning). A ritual's paused days also leave the blocks that are
// time for it.
type Rhythm struct {
	Rituals     []model.Ritual
	Adaptations []model.Adaptation
	Entries     []model.RitualEntry // the rituals' days: their pauses count
	Goals       []model.Goal
	Sessions    []model.Session
	// Changed is when each block, ritual (with its cadence changes and
	// days), goal and session was last written, by id: an event's
	// LAST-MODIFIED and SEQUENCE, so calendar apps take a changed event
	// for a new version of the one they hold.
	Changed map[string]time.Time
}

// Encode writes the file with the blocks and rhythm that belong in it.
// Private items are never written. Times are "floating" local times, so
// every calendar app shows them at the same wall-clock time; stamp is the
// DTSTAMP. A file with nothing to show still holds one component (RFC 5545
// wants one), a journal entry calendar apps do not show, and says in its
// description why it is empty: a file left out would leave a subscribed
// calendar showing what it last read.
func Encode(w io.Writer, f File, blocks []model.Block, rhythm Rhythm, stamp time.Time) error {
	cal := ical.NewCalendarFor("Venn")
	cal.SetMethod(ical.MethodPublish)
	cal.SetName(icsText(f.Title))
	cal.SetXWRCalName(icsText(f.Title))
	paused := model.PausedDays(rhythm.Entries)
	for _, b := range model.WithoutPausedDays(blocks, paused) {
		if b.Private || !Holds(f, b) {
			continue
		}
		e := addEvent(cal, b, stamp.UTC())
		setChanged(e, latest(rhythm.Changed, b.ID, b.RitualID))
	}
	addRhythm(cal, f, rhythm, stamp.UTC())
	describe(cal, f, stamp.UTC())
	// RFC 5545 wants CRLF line ends; some readers refuse anything else.
	if err := cal.SerializeTo(w, ical.WithNewLineWindows); err != nil {
		return fmt.Errorf("write the calendar: %w", err)
	}
	return nil
}

// describe says what the file holds, and when it holds nothing, why, in a
// journal entry: the one component calendar apps leave off the calendar.
func describe(cal *ical.Calendar, f File, stamp time.Time) {
	tr := f.Lang
	what := tr.T("ics.desc.joint")
	if f.PartnerID != "" {
		what = tr.T("ics.desc.solo", "Title", icsText(f.Title))
	}
	what += " " + tr.T("ics.desc.rewrites")
	if len(cal.Events()) > 0 {
		cal.SetXWRCalDesc(what)
		return
	}
	empty := tr.T("ics.empty.lead") + " " + what
	cal.SetXWRCalDesc(empty)
	j := cal.AddJournal("empty-" + f.Name + "@venn")
	j.SetDtStampTime(stamp)
	j.SetSummary(tr.T("ics.empty.summary"))
	j.SetDescription(empty)
}

// sequenceEpoch is where SEQUENCE numbers count from: an event's number is
// the seconds from then to its last change, so it only grows, and two
// computers that hold the same plans write the same number.
var sequenceEpoch = time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)

// setChanged gives an event its LAST-MODIFIED and SEQUENCE (0 when the
// time of its last change is not known).
func setChanged(e *ical.VEvent, changed time.Time) {
	if changed.IsZero() {
		e.SetSequence(0)
		return
	}
	e.SetLastModifiedAt(changed.UTC())
	e.SetSequence(max(0, int(changed.Sub(sequenceEpoch)/time.Second)))
}

// latest is the latest of the changes of the ids given ("" ids are none).
func latest(changed map[string]time.Time, ids ...string) time.Time {
	var out time.Time
	for _, id := range ids {
		if t, ok := changed[id]; ok && id != "" && t.After(out) {
			out = t
		}
	}
	return out
}

// Holds reports whether the block belongs in the file.
func Holds(f File, b model.Block) bool {
	if f.PartnerID != "" {
		return b.Kind == model.KindSolo && b.Owner == f.PartnerID
	}
	return b.Kind != model.KindSolo
}

const icsLocal = "20060102T150405"

var icsDays = []string{"SU", "MO", "TU", "WE", "TH", "FR", "SA"}

func icsTime(w model.WallTime) string {
	return fmt.Sprintf("%04d%02d%02dT%02d%02d00", w.Date.Year, int(w.Date.Month), w.Date.Day, w.Minute/60, w.Minute%60)
}

func addEvent(cal *ical.Calendar, b model.Block, stamp time.Time) *ical.VEvent {
	e := cal.AddEvent(b.ID + "@venn")
	e.SetDtStampTime(stamp)
	e.SetSummary(icsText(b.Title))
	if b.Notes != "" {
		e.SetDescription(icsText(b.Notes))
	}
	e.AddCategory(string(b.Kind))
	start, end := b.Start, b.End
	if b.Days != nil {
		// A weekly series starts on its first real day: a DTSTART on a
		// weekday the rule does not name is an extra event to some readers.
		first := FirstOccurrence(b)
		end = end.AddMinutes(first.MinutesSince(start))
		start = first
	}
	e.SetProperty(ical.ComponentPropertyDtStart, icsTime(start))
	e.SetProperty(ical.ComponentPropertyDtEnd, icsTime(end))
	if b.Kind == model.KindBuffer || b.Kind == model.KindFlexible {
		e.SetTimeTransparency(ical.TransparencyTransparent)
	}
	if !b.Repeats() {
		return e
	}
	e.AddRrule(repeatRule(b) + untilRule(b.Until))
	for _, d := range b.Skip {
		e.AddExdate(icsTime(model.WallTime{Date: d, Minute: b.Start.Minute}))
	}
	return e
}

// untilRule is a rule's end on day (the end of that day), or "" for none.
func untilRule(day model.Date) string {
	if day.IsZero() {
		return ""
	}
	return ";UNTIL=" + icsTime(model.WallTime{Date: day, Minute: 23*60 + 59})[:13] + "59"
}

// repeatRule is the RRULE of a repeating block, without its end.
func repeatRule(b model.Block) string {
	s := b.Start.Date
	switch b.Cycle {
	case model.CycleMonthly:
		return fmt.Sprintf("FREQ=MONTHLY;BYDAY=%d%s", b.MonthWeek(), icsDays[s.Time().Weekday()])
	case model.CycleYearly:
		day := s.Day
		if s.Month == 2 && s.Day == 29 {
			day = -1 // the last day of February: the 28th in most years, as Venn keeps it
		}
		return fmt.Sprintf("FREQ=YEARLY;BYMONTH=%d;BYMONTHDAY=%d", int(s.Month), day)
	}
	days := make([]string, len(b.Days))
	for i, d := range b.Days {
		days[i] = icsDays[d]
	}
	return "FREQ=WEEKLY;BYDAY=" + strings.Join(days, ",")
}

// icsText makes text safe for a text value (RFC 5545, 3.3.11): every kind
// of line end becomes "\n", which the calendar writer escapes (a raw CR
// breaks some readers, vobject among them); a tab stays; every other
// control character (C0, DEL, C1) is dropped, as the RFC allows none.
func icsText(s string) string {
	s = strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
	return strings.Map(func(r rune) rune {
		if r == '\n' || r == '\t' || (r >= 0x20 && r < 0x7f) || r > 0x9f {
			return r
		}
		return -1
	}, s)
}

// FirstOccurrence is when a weekly block first happens: its start, moved
// forward to the first of its weekdays.
func FirstOccurrence(b model.Block) model.WallTime {
	start := b.Start
	for range 7 {
		if slices.Contains(b.Days, start.Date.Time().Weekday()) {
			return start
		}
		start.Date = start.Date.AddDays(1)
	}
	return b.Start
}

// Parse reads blocks back from a calendar file Venn wrote (or any with
// floating or UTC times and weekly rules): the kind from CATEGORIES, the
// id from the UID.
func Parse(r io.Reader) ([]model.Block, error) {
	cal, err := ical.ParseCalendar(r)
	if err != nil {
		return nil, fmt.Errorf("read the calendar: %w", err)
	}
	var out []model.Block
	for _, e := range cal.Events() {
		b := model.Block{ID: strings.TrimSuffix(e.Id(), "@venn"), Kind: model.KindJoint}
		if p := e.GetProperty(ical.ComponentPropertySummary); p != nil {
			b.Title = p.Value
		}
		if p := e.GetProperty(ical.ComponentPropertyDescription); p != nil {
			b.Notes = p.Value
		}
		if p := e.GetProperty(ical.ComponentPropertyCategories); p != nil {
			b.Kind = model.BlockKind(p.Value)
			if p.Value == "ritual" || p.Value == "goal" || p.Value == "session" {
				continue // the rhythm's events, not blocks
			}
		}
		if b.Start, err = icsWall(e.GetProperty(ical.ComponentPropertyDtStart)); err != nil {
			return nil, fmt.Errorf("event %q: start: %w", b.Title, err)
		}
		if b.End, err = icsWall(e.GetProperty(ical.ComponentPropertyDtEnd)); err != nil {
			return nil, fmt.Errorf("event %q: end: %w", b.Title, err)
		}
		for _, p := range e.GetProperties(ical.ComponentPropertyRrule) {
			readRule(&b, p.Value)
		}
		for _, p := range e.GetProperties(ical.ComponentPropertyExdate) {
			for _, v := range strings.Split(p.Value, ",") {
				if w, err := icsWall(&ical.IANAProperty{BaseProperty: ical.BaseProperty{Value: v}}); err == nil {
					b.Skip = append(b.Skip, w.Date)
				}
			}
		}
		out = append(out, b)
	}
	return out, nil
}

// readRule reads a rule's repeat (weekly days, monthly or yearly) and end
// into the block.
func readRule(b *model.Block, rule string) {
	cycle := model.CycleNone
	for _, part := range strings.Split(rule, ";") {
		k, v, _ := strings.Cut(part, "=")
		switch {
		case k == "FREQ" && v == "MONTHLY":
			cycle = model.CycleMonthly
		case k == "FREQ" && v == "YEARLY":
			cycle = model.CycleYearly
		}
	}
	if cycle != model.CycleNone {
		b.Cycle, b.Days = cycle, nil
	}
	for _, part := range strings.Split(rule, ";") {
		k, v, _ := strings.Cut(part, "=")
		switch k {
		case "BYDAY":
			if cycle != model.CycleNone {
				continue // the start's own weekday, which the block keeps
			}
			b.Days = []time.Weekday{}
			for _, d := range strings.Split(v, ",") {
				if i := slices.Index(icsDays, d); i >= 0 {
					b.Days = append(b.Days, time.Weekday(i))
				}
			}
		case "UNTIL":
			if t, err := time.Parse(icsLocal, strings.TrimSuffix(v, "Z")); err == nil {
				b.Until = model.DateOf(t)
			}
		}
	}
}

func icsWall(p *ical.IANAProperty) (model.WallTime, error) {
	if p == nil {
		return model.WallTime{}, fmt.Errorf("missing")
	}
	t, err := time.Parse(icsLocal, strings.TrimSuffix(p.Value, "Z"))
	if err != nil {
		return model.WallTime{}, err
	}
	return model.WallTime{Date: model.DateOf(t), Minute: t.Hour()*60 + t.Minute()}, nil
}

// owns reports whether an item of owner belongs in the file: a partner's
// in their file, the couple's in the joint one.
func owns(f File, owner model.Owner) bool {
	if f.PartnerID != "" {
		return owner == model.Owner(f.PartnerID)
	}
	return owner == model.Shared
}

func addRhythm(cal *ical.Calendar, f File, r Rhythm, stamp time.Time) {
	tr := f.Lang
	for _, rt := range r.Rituals {
		if rt.Private || rt.Archived || rt.ReminderTime == "" || !owns(f, rt.Who) {
			continue
		}
		for _, run := range model.ReminderRuns(rt, r.Adaptations, r.Entries) {
			addReminder(cal, rt, run, stamp, r.Changed[rt.ID], tr)
		}
	}
	for _, g := range r.Goals {
		if g.Private || g.Archived || g.Due.IsZero() || g.Column == model.ColumnDone || !owns(f, g.Owner) {
			continue
		}
		e := allDay(cal, "goal-"+g.ID+"@venn", tr.T("ics.goal.due", "Title", g.Title), g.Due, stamp)
		setChanged(e, r.Changed[g.ID])
		e.AddCategory("goal")
		alarm(e, "-PT15H", tr.T("ics.goal.alarm", "Title", g.Title))
	}
	for _, s := range r.Sessions {
		if s.Private || s.Done || s.Day.IsZero() || f.PartnerID != "" {
			continue
		}
		e := allDay(cal, "session-"+s.ID+"@venn", tr.T("ics.session", "Quarter", tr.Quarter(s.Quarter.Year, s.Quarter.Q)), s.Day, stamp)
		setChanged(e, r.Changed[s.ID])
		e.AddCategory("session")
		alarm(e, "PT9H", tr.T("ics.session.alarm"))
	}
}

// addReminder writes one run of a ritual's reminders: a recurring event
// with an alarm at its time, ending where the next cadence starts (whose
// event has a UID of its own), without the paused days.
func addReminder(cal *ical.Calendar, rt model.Ritual, run model.ReminderRun, stamp, changed time.Time, tr *i18n.Tr) {
	uid := "ritual-" + rt.ID
	if run.Key != "" {
		uid += "-" + run.Key
	}
	e := cal.AddEvent(uid + "@venn")
	e.SetDtStampTime(stamp)
	setChanged(e, changed)
	e.SetSummary(icsText(rt.Title))
	e.AddCategory("ritual")
	start := model.WallTime{Date: run.Anchor, Minute: run.Minute}
	e.SetProperty(ical.ComponentPropertyDtStart, icsTime(start))
	e.SetProperty(ical.ComponentPropertyDtEnd, icsTime(start.AddMinutes(30)))
	e.SetTimeTransparency(ical.TransparencyTransparent)
	e.AddRrule(recurrenceRule(run.Rule, run.Anchor) + untilRule(run.Until))
	for _, d := range run.Skip {
		e.AddExdate(icsTime(model.WallTime{Date: d, Minute: run.Minute}))
	}
	alarm(e, "PT0M", tr.T("ics.ritual.alarm", "Title", rt.Title))
}

// recurrenceRule is the RRULE of a reminder's recurrence from anchor, without its end.
func recurrenceRule(r model.Recurrence, anchor model.Date) string {
	rule := "FREQ=" + string(r.Freq)
	if r.Interval > 1 {
		rule += fmt.Sprintf(";INTERVAL=%d", r.Interval)
	}
	switch r.Freq {
	case model.Weekly:
		days := make([]string, len(r.Days))
		for i, d := range r.Days {
			days[i] = icsDays[d]
		}
		rule += ";BYDAY=" + strings.Join(days, ",")
	case model.Monthly:
		week := model.Block{Start: model.WallTime{Date: anchor}}.MonthWeek()
		rule += fmt.Sprintf(";BYDAY=%d%s", week, icsDays[anchor.Time().Weekday()])
	}
	return rule
}

func allDay(cal *ical.Calendar, uid, summary string, d model.Date, stamp time.Time) *ical.VEvent {
	e := cal.AddEvent(uid)
	e.SetDtStampTime(stamp)
	e.SetSummary(icsText(summary))
	e.SetProperty(ical.ComponentPropertyDtStart, fmt.Sprintf("%04d%02d%02d", d.Year, int(d.Month), d.Day), ical.WithValue(string(ical.ValueDataTypeDate)))
	next := d.AddDays(1)
	e.SetProperty(ical.ComponentPropertyDtEnd, fmt.Sprintf("%04d%02d%02d", next.Year, int(next.Month), next.Day), ical.WithValue(string(ical.ValueDataTypeDate)))
	e.SetTimeTransparency(ical.TransparencyTransparent)
	return e
}

// alarm adds a display alarm: trigger is a duration from the event's start.
func alarm(e *ical.VEvent, trigger, text string) {
	a := e.AddAlarm()
	a.SetAction(ical.ActionDisplay)
	a.SetTrigger(trigger)
	a.SetProperty(ical.ComponentPropertyDescription, icsText(text))
}
