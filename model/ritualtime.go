package model

import (
	"math"
	"slices"
	"time"
)

// SlotAfterChange is what becomes of a repeating block that is time for a
// ritual when the ritual's cadence changes to c from day from on: the
// series ends the day before, and a new series (next, without an id)
// starts at its first time on or after from, repeating as the calendar can
// for c:
//
//   - about once a week or more: weekly, on as many days as the cadence
//     asks a week, kept from the block's own weekdays where it has enough
//     (spread over them), else spread over the week from its first time;
//   - from once to twice a month: monthly, on that first time's weekday of
//     its week in the month ("the first Friday");
//   - rarer (a quarter's getaway): no new series, the calendar cannot
//     repeat it; the couple puts each one on the calendar.
//
// ended is nil when the whole series starts on or after from (it changes
// as a whole: next keeps its id). changed is false when the block stays
// as it is: it happens once, it ends before from, it has no time on or
// after from, or it already repeats as c asks.
func SlotAfterChange(b Block, from Date, c Cadence) (ended, next *Block, changed bool) {
	if !b.Repeats() || c.Per.Days() == 0 || c.Times < 1 || (!b.Until.IsZero() && b.Until.Before(from)) {
		return nil, nil, false
	}
	first, ok := b.firstOnOrAfter(from)
	if !ok {
		return nil, nil, false
	}
	perWeek := float64(c.Times) * 7 / float64(c.Per.Days())
	n := b
	n.ID, n.Days, n.Cycle = "", nil, CycleNone
	n.Start = WallTime{Date: first, Minute: b.Start.Minute}
	n.End = n.Start.AddMinutes(b.Length())
	switch {
	case perWeek >= 0.5:
		n.Days = slotDays(b, first, min(max(int(math.Round(perWeek)), 1), 7))
		if b.Cycle == CycleNone && slices.Equal(sortedDays(b.Days), n.Days) {
			return nil, nil, false
		}
	case perWeek >= 0.2:
		if b.Cycle == CycleMonthly {
			return nil, nil, false
		}
		n.Cycle = CycleMonthly
	case b.Cycle == CycleYearly:
		return nil, nil, false // rarer still: it stays
	}
	n.Skip = nil
	var before []Date
	for _, d := range b.Skip {
		if d.Before(from) {
			before = append(before, d)
		} else {
			n.Skip = append(n.Skip, d)
		}
	}
	var keep *Block
	if n.Repeats() {
		keep = &n
	}
	if !b.Start.Date.Before(from) {
		if keep != nil {
			keep.ID = b.ID
			return nil, keep, true
		}
		gone := b
		gone.Until = b.Start.Date // nothing of it is kept but its first day
		return &gone, nil, true
	}
	old := b
	old.Until, old.Skip = from.AddDays(-1), before
	return &old, keep, true
}

// firstOnOrAfter is the first day from d on (and from the block's start)
// that a repeating block happens, within a year and its end.
func (b Block) firstOnOrAfter(d Date) (Date, bool) {
	if d.Before(b.Start.Date) {
		d = b.Start.Date
	}
	for range 400 {
		if !b.Until.IsZero() && b.Until.Before(d) {
			return Date{}, false
		}
		if b.occursOn(d) {
			return d, true
		}
		d = d.AddDays(1)
	}
	return Date{}, false
}

// slotDays are the n weekdays a block that is time for a ritual keeps
// when it changes to n times a week from first on: its own weekdays spread
// from first's when it has at least n, else n days spread over the week.
func slotDays(b Block, first Date, n int) []time.Weekday {
	if n == 7 {
		return []time.Weekday{time.Sunday, time.Monday, time.Tuesday, time.Wednesday, time.Thursday, time.Friday, time.Saturday}
	}
	start := first.Time().Weekday()
	var own []time.Weekday // the block's weekdays, from first's on
	for i := range 7 {
		if wd := time.Weekday((int(start) + i) % 7); slices.Contains(b.Days, wd) {
			own = append(own, wd)
		}
	}
	if b.Cycle != CycleNone || len(own) < n {
		return spreadDays(start, n)
	}
	out := make([]time.Weekday, n)
	for i := range n {
		out[i] = own[i*len(own)/n]
	}
	return sortedDays(out)
}
