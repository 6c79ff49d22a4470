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

	"github.com/vennplanner/venn/model"
)

// File is one iCalendar file Venn writes: a partner's solo time, or the
// couple's joint time (joint commitments, flexible time, buffers).
type File struct {
	Name      string // file name, e.g. "venn-maya-solo.ics"
	Title     string // calendar name shown in calendar apps
	PartnerID string // "" for the joint file
}

// Files lists the files a household's calendar is written as, one per
// partner and one for joint time. Their names never collide: partners whose
// names read the same as a file name ("Sam" and "Sam", "Alex K." and
// "Alex K") are told apart by their place, and no partner's file can take
// the joint file's name (a partner called "Joint" gets venn-joint-solo.ics).
func Files(household string, partners []model.Partner) []File {
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
		out = append(out, File{Name: "venn-" + slug + "-solo.ics", Title: p.Name + "'s solo time", PartnerID: p.ID})
	}
	if household == "" {
		household = "Our"
	}
	return append(out, File{Name: "venn-together.ics", Title: household + " — joint time"})
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
// (a recurring event with an alarm at that time), goals' target dates (an
// all-day event with an alarm the day before at 09:00) and the planned
// goal-mapping sessions (an all-day event with an alarm that morning).
type Rhythm struct {
	Rituals  []model.Ritual
	Goals    []model.Goal
	Sessions []model.Session
}

// Encode writes the file with the blocks and rhythm that belong in it.
// Private items are never written. Times are "floating" local times, so
// every calendar app shows them at the same wall-clock time; stamp is the
// DTSTAMP.
func Encode(w io.Writer, f File, blocks []model.Block, rhythm Rhythm, stamp time.Time) error {
	cal := ical.NewCalendarFor("Venn")
	cal.SetMethod(ical.MethodPublish)
	cal.SetName(f.Title)
	cal.SetXWRCalName(f.Title)
	for _, b := range blocks {
		if b.Private || !Holds(f, b) {
			continue
		}
		addEvent(cal, b, stamp.UTC())
	}
	addRhythm(cal, f, rhythm, stamp.UTC())
	// RFC 5545 wants CRLF line ends; some readers refuse anything else.
	if err := cal.SerializeTo(w, ical.WithNewLineWindows); err != nil {
		return fmt.Errorf("write the calendar: %w", err)
	}
	return nil
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

func addEvent(cal *ical.Calendar, b model.Block, stamp time.Time) {
	e := cal.AddEvent(b.ID + "@venn")
	e.SetDtStampTime(stamp)
	e.SetSummary(oneLineEnds(b.Title))
	if b.Notes != "" {
		e.SetDescription(oneLineEnds(b.Notes))
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
		return
	}
	rule := repeatRule(b)
	if !b.Until.IsZero() {
		rule += ";UNTIL=" + icsTime(model.WallTime{Date: b.Until, Minute: 23*60 + 59})[:13] + "59"
	}
	e.AddRrule(rule)
	for _, d := range b.Skip {
		e.AddExdate(icsTime(model.WallTime{Date: d, Minute: b.Start.Minute}))
	}
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

// oneLineEnds turns every kind of line end into "\n", which the calendar
// writer escapes: a raw CR in a text value breaks some readers (vobject).
func oneLineEnds(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
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
	for _, rt := range r.Rituals {
		if rt.Private || rt.Archived || rt.ReminderTime == "" || !owns(f, rt.Who) {
			continue
		}
		var h, m int
		if _, err := fmt.Sscanf(rt.ReminderTime, "%d:%d", &h, &m); err != nil {
			continue
		}
		e := cal.AddEvent("ritual-" + rt.ID + "@venn")
		e.SetDtStampTime(stamp)
		e.SetSummary(oneLineEnds(rt.Title))
		e.AddCategory("ritual")
		start := model.WallTime{Date: rt.Start, Minute: h*60 + m}
		rule := "FREQ=DAILY"
		if len(rt.ReminderDays) > 0 {
			days := make([]string, len(rt.ReminderDays))
			for i, d := range rt.ReminderDays {
				days[i] = icsDays[d]
			}
			rule = "FREQ=WEEKLY;BYDAY=" + strings.Join(days, ",")
			start = FirstOccurrence(model.Block{Start: start, Days: rt.ReminderDays})
		}
		e.SetProperty(ical.ComponentPropertyDtStart, icsTime(start))
		e.SetProperty(ical.ComponentPropertyDtEnd, icsTime(start.AddMinutes(30)))
		e.SetTimeTransparency(ical.TransparencyTransparent)
		e.AddRrule(rule)
		alarm(e, "PT0M", "Time for "+rt.Title)
	}
	for _, g := range r.Goals {
		if g.Private || g.Archived || g.Due.IsZero() || g.Column == model.ColumnDone || !owns(f, g.Owner) {
			continue
		}
		e := allDay(cal, "goal-"+g.ID+"@venn", "Due: "+g.Title, g.Due, stamp)
		e.AddCategory("goal")
		alarm(e, "-PT15H", g.Title+" is due tomorrow")
	}
	for _, s := range r.Sessions {
		if s.Private || s.Done || s.Day.IsZero() || f.PartnerID != "" {
			continue
		}
		e := allDay(cal, "session-"+s.ID+"@venn", "Goal-mapping session for "+s.Quarter.String(), s.Day, stamp)
		e.AddCategory("session")
		alarm(e, "PT9H", "Your goal-mapping session is today")
	}
}

func allDay(cal *ical.Calendar, uid, summary string, d model.Date, stamp time.Time) *ical.VEvent {
	e := cal.AddEvent(uid)
	e.SetDtStampTime(stamp)
	e.SetSummary(oneLineEnds(summary))
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
	a.SetProperty(ical.ComponentPropertyDescription, oneLineEnds(text))
}
