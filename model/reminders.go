package model

import (
	"math"
	"slices"
	"time"
)

// Frequency is how a recurrence counts: in days, weeks or months.
type Frequency string

// The frequencies of a recurrence, named as iCalendar names them.
const (
	Daily   Frequency = "DAILY"
	Weekly  Frequency = "WEEKLY"
	Monthly Frequency = "MONTHLY"
)

// Recurrence is how a ritual's reminder repeats from its first day (its
// anchor): every day; every week, or every few weeks, on some weekdays; or
// every month, or every few months, on the anchor's weekday of its week in
// the month ("the first Friday").
type Recurrence struct {
	Freq     Frequency
	Interval int            // every Interval weeks or months; 1 at least
	Days     []time.Weekday // the weekdays of a weekly recurrence
}

// RecurrenceFor is how a ritual at cadence c reminds from day start on,
// given the weekdays chosen for its reminders, and the first day it does
// (the anchor).
//
// A ritual kept at least once a week reminds on the days chosen; with none
// chosen, on as many days a week as its cadence asks, spread over the week
// from start (every day for a daily ritual). A rarer ritual reminds every
// few weeks (twice a month: every other week) or every few months (once a
// quarter: every three months) on the weekday of its anchor: start, or the
// first chosen weekday from start on.
func RecurrenceFor(c Cadence, days []time.Weekday, start Date) (Recurrence, Date) {
	if c.Per.Days() == 0 || c.Times < 1 {
		return Recurrence{Freq: Daily, Interval: 1}, start
	}
	anchor := start
	if len(days) > 0 {
		anchor = nextWeekday(start, days)
	}
	perWeek := float64(c.Times) * 7 / float64(c.Per.Days())
	if perWeek >= 1 {
		if len(days) > 0 {
			return Recurrence{Freq: Weekly, Interval: 1, Days: sortedDays(days)}, anchor
		}
		n := min(max(int(math.Round(perWeek)), 1), 7)
		if n == 7 {
			return Recurrence{Freq: Daily, Interval: 1}, anchor
		}
		return Recurrence{Freq: Weekly, Interval: 1, Days: spreadDays(anchor.Time().Weekday(), n)}, anchor
	}
	gap := float64(c.Per.Days()) / float64(c.Times) // days between two times
	if gap < 21 {
		return Recurrence{Freq: Weekly, Interval: max(1, int(math.Round(gap/7))), Days: []time.Weekday{anchor.Time().Weekday()}}, anchor
	}
	return Recurrence{Freq: Monthly, Interval: max(1, int(math.Round(gap/30.4)))}, anchor
}

// nextWeekday is the first day from d on that falls on one of days.
func nextWeekday(d Date, days []time.Weekday) Date {
	for range 7 {
		if slices.Contains(days, d.Time().Weekday()) {
			return d
		}
		d = d.AddDays(1)
	}
	return d
}

func sortedDays(days []time.Weekday) []time.Weekday {
	out := slices.Clone(days)
	slices.Sort(out)
	return slices.Compact(out)
}

// spreadDays is n weekdays spread evenly over the week from first on.
func spreadDays(first time.Weekday, n int) []time.Weekday {
	out := make([]time.Weekday, n)
	for i := range n {
		out[i] = time.Weekday((int(first) + i*7/n) % 7)
	}
	return sortedDays(out)
}

// On reports whether the recurrence, from anchor on, falls on day d.
func (r Recurrence) On(anchor, d Date) bool {
	if d.Before(anchor) {
		return false
	}
	every := max(r.Interval, 1)
	switch r.Freq {
	case Weekly:
		return slices.Contains(r.Days, d.Time().Weekday()) && (daysBetween(anchor, d)/7)%every == 0
	case Monthly:
		if d.Time().Weekday() != anchor.Time().Weekday() || monthsBetween(anchor, d)%every != 0 {
			return false
		}
		if weekOfMonth(anchor) == 5 {
			return isLastOfMonth(d)
		}
		return weekOfMonth(d) == weekOfMonth(anchor)
	}
	return daysBetween(anchor, d)%every == 0
}

func monthsBetween(a, b Date) int {
	return (b.Year-a.Year)*12 + int(b.Month) - int(a.Month)
}

// ReminderRun is one stretch of a ritual's reminders at one cadence: from
// its anchor to the day before the next cadence change (or for good), at
// the reminder's time, without the days the ritual is paused.
type ReminderRun struct {
	// Key tells the stretches apart: "" for the ritual's first cadence,
	// else the id of the change that started it. A calendar file names
	// each stretch's event by it, so a change ends one event and starts
	// another.
	Key     string
	Anchor  Date // the first day it reminds on
	Until   Date // the last day it may remind on; zero when it does not end
	Minute  int  // the time of day, minutes after midnight
	Cadence Cadence
	Rule    Recurrence
	Skip    []Date // paused days it would have reminded on, in order
}

// On reports whether the run reminds on day d.
func (run ReminderRun) On(d Date) bool {
	return run.Rule.On(run.Anchor, d) && (run.Until.IsZero() || !run.Until.Before(d)) && !slices.Contains(run.Skip, d)
}

// ReminderRuns are a ritual's reminders, one run per cadence it had since
// it began (see RecurrenceFor), each ending the day before the next
// cadence starts; paused days remind of nothing. A ritual without a
// reminder time has none; an archived one is the caller's to leave out.
// adaptations and entries may hold other rituals' too.
func ReminderRuns(r Ritual, adaptations []Adaptation, entries []RitualEntry) []ReminderRun {
	minute, err := ParseClock(r.ReminderTime)
	if err != nil || r.Start.IsZero() {
		return nil
	}
	type stretch struct {
		key  string
		from Date
		c    Cadence
	}
	stretches := []stretch{{"", r.Start, r.Cadence}}
	for _, a := range sortedAdaptations(adaptations) {
		if a.RitualID != "" && a.RitualID != r.ID {
			continue
		}
		from := a.From
		if from.Before(r.Start) {
			from = r.Start
		}
		last := &stretches[len(stretches)-1]
		switch {
		case last.from == from:
			last.c = a.Cadence // the later change of the same day counts; the event stays the same
		case last.c != a.Cadence:
			stretches = append(stretches, stretch{a.ID, from, a.Cadence})
		}
	}
	var paused []Date
	for _, e := range entries {
		if e.Status == Paused && (e.RitualID == "" || e.RitualID == r.ID) {
			paused = append(paused, e.Day)
		}
	}
	slices.SortFunc(paused, Date.Compare)
	var runs []ReminderRun
	for i, s := range stretches {
		var until Date
		if i+1 < len(stretches) {
			until = stretches[i+1].from.AddDays(-1)
		}
		rule, anchor := RecurrenceFor(s.c, r.ReminderDays, s.from)
		if !until.IsZero() && until.Before(anchor) {
			continue
		}
		run := ReminderRun{Key: s.key, Anchor: anchor, Until: until, Minute: minute, Cadence: s.c, Rule: rule}
		for _, d := range paused {
			if run.On(d) && !slices.Contains(run.Skip, d) {
				run.Skip = append(run.Skip, d)
			}
		}
		runs = append(runs, run)
	}
	return runs
}

// PausedDays gathers, per ritual, the days it is paused.
func PausedDays(entries []RitualEntry) map[string][]Date {
	out := map[string][]Date{}
	for _, e := range entries {
		if e.Status == Paused {
			out[e.RitualID] = append(out[e.RitualID], e.Day)
		}
	}
	return out
}

// WithoutPausedDays returns the blocks with the days their ritual is paused
// taken out: a repeating block that is time for a ritual skips them, a
// block that happens once on such a day is left out. paused holds each
// ritual's paused days (see PausedDays); blocks is not changed.
func WithoutPausedDays(blocks []Block, paused map[string][]Date) []Block {
	out := make([]Block, 0, len(blocks))
	for _, b := range blocks {
		days := paused[b.RitualID]
		switch {
		case b.RitualID == "" || len(days) == 0:
		case !b.Repeats():
			if slices.Contains(days, b.Start.Date) {
				continue
			}
		default:
			b.Skip = skipPaused(b, days)
		}
		out = append(out, b)
	}
	return out
}

// skipPaused is a repeating block's skipped days with the paused days it
// would have happened on added, in order.
func skipPaused(b Block, paused []Date) []Date {
	skip := slices.Clone(b.Skip)
	for _, d := range paused {
		if !d.Before(b.Start.Date) && (b.Until.IsZero() || !b.Until.Before(d)) && b.occursOn(d) && !slices.Contains(skip, d) {
			skip = append(skip, d)
		}
	}
	slices.SortFunc(skip, Date.Compare)
	return skip
}
