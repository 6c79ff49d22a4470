package model

import "time"

// Kept is how consistently a ritual was kept over the days from..to, as
// seen on asOf: each period of its cadence (a week for "3× a week", a month
// for "once a month") is judged on its own — the share of the times it
// asked for that were done, at most all of them — so a surplus in one
// period never pays for a miss in another. The periods' shares are averaged,
// each weighted by the times it asked for and by how much of it lies within
// from..to, so a year's figure is the average of its quarters' figures.
//
// A period asks for fewer times when it is cut short (the ritual began, or
// its cadence changed, in it) or has skipped or paused days; a period with
// every day excused is left out. A period still running on asOf counts
// only once it is met, as a streak does. ok is false when no period counts.
func Kept(r Ritual, adaptations []Adaptation, entries []RitualEntry, from, to, asOf Date, weekStart time.Weekday) (kept float64, ok bool) {
	first, last := laterOf(from, r.Start), earlierOf(to, asOf)
	if last.Before(first) {
		return 0, false
	}
	status := make(map[Date]EntryStatus, len(entries))
	for _, e := range entries {
		status[e.Day] = e.Status
	}
	adapted := sortedAdaptations(adaptations)
	var sum, total float64
	for d := first; !last.Before(d); {
		w := cadenceWindow(r, adapted, d, weekStart)
		share, want, counts := w.judge(status, asOf)
		if counts {
			inside := daysBetween(laterOf(w.lo, from), earlierOf(w.hi, to)) + 1
			weight := want * float64(inside) / float64(daysBetween(w.lo, w.hi)+1)
			sum += share * weight
			total += weight
		}
		d = w.hi.AddDays(1)
	}
	if total == 0 {
		return 0, false
	}
	return sum / total, true
}

// window is the days of one period of a ritual's cadence that the ritual
// lived with that cadence: lo..hi, within the period ps..pe.
type window struct {
	cadence        Cadence
	lo, hi, ps, pe Date
}

// cadenceWindow is the window containing day d: the period of the cadence
// in force on d, cut at the ritual's start and where the cadence changes.
func cadenceWindow(r Ritual, adapted []Adaptation, d Date, weekStart time.Weekday) window {
	c := cadenceAt(r.Cadence, adapted, d)
	ps := PeriodStart(c.Per, d, weekStart)
	w := window{cadence: c, ps: ps, pe: PeriodLast(c.Per, ps)}
	w.lo, w.hi = laterOf(ps, r.Start), w.pe
	for _, a := range adapted {
		switch {
		case !d.Before(a.From) && w.lo.Before(a.From):
			w.lo = a.From // the cadence took force in this period
		case d.Before(a.From) && !w.hi.Before(a.From):
			w.hi = a.From.AddDays(-1) // and changes again before it ends
		}
	}
	return w
}

// judge is the share of the window's asked-for times that were done (at
// most 1) and how many times it asked for; counts is false for a window
// with every day excused, or still running on asOf and not yet met.
func (w window) judge(status map[Date]EntryStatus, asOf Date) (share, want float64, counts bool) {
	done, excused := 0, 0
	for d := w.lo; !w.hi.Before(d) && !asOf.Before(d); d = d.AddDays(1) {
		switch status[d] {
		case Done:
			done++
		case Skipped, Paused:
			excused++
		}
	}
	days := daysBetween(w.lo, w.hi) + 1
	want = float64(w.cadence.Times) * float64(days-excused) / float64(daysBetween(w.ps, w.pe)+1)
	if want <= 0 {
		return 0, 0, false
	}
	share = min(1, float64(done)/want)
	if asOf.Before(w.hi) && share < 1 {
		return 0, 0, false
	}
	return share, want, true
}
