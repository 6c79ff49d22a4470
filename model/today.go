package model

import (
	"slices"
	"time"
)

// RitualToday says where a ritual stands today: whether it is asked for
// today, and whether today is already marked.
type RitualToday struct {
	Due    bool        // still to do in its period, and today is one of its days
	Marked EntryStatus // today's entry, "" when none
	Left   int         // times still to do in the period, today's included
}

// RitualDueToday works out whether a ritual is due today: it has begun and
// is not archived, today is one of its reminder weekdays (any day when none
// are chosen), it is not paused today, and its period (day, week or month,
// at the cadence in force today) still wants more than it has done. A
// ritual already marked today is not due, whatever its mark.
func RitualDueToday(r Ritual, adaptations []Adaptation, entries []RitualEntry, today Date, weekStart time.Weekday) RitualToday {
	var out RitualToday
	for _, e := range entries {
		if e.Day == today {
			out.Marked = e.Status
		}
	}
	if r.Archived || today.Before(r.Start) {
		return out
	}
	c := CadenceOn(r.Cadence, adaptations, today)
	from := PeriodStart(c.Per, today, weekStart)
	to := PeriodLast(c.Per, from)
	done := 0
	for _, e := range entries {
		if e.Status == Done && !e.Day.Before(from) && !to.Before(e.Day) {
			done++
		}
	}
	out.Left = max(c.Times-done, 0)
	if out.Marked != "" {
		return out
	}
	onItsDay := len(r.ReminderDays) == 0 || slices.Contains(r.ReminderDays, today.Time().Weekday())
	out.Due = onItsDay && out.Left > 0
	return out
}
