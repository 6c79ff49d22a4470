package model

import (
	"math"
	"math/rand/v2"
	"testing"
	"time"
)

func doneOn(days ...string) []RitualEntry {
	var out []RitualEntry
	for _, d := range days {
		out = append(out, RitualEntry{Day: day(d), Status: Done})
	}
	return out
}

func TestKeptJudgesEachPeriodOnItsOwn(t *testing.T) {
	weekly3 := Ritual{Start: day("2026-11-02"), Cadence: Cadence{Times: 3, Per: PerWeek}} // a Monday
	monthly := Ritual{Start: day("2026-01-01"), Cadence: Cadence{Times: 1, Per: PerMonth}}
	var everySaturdayToSeptember []RitualEntry
	for d := day("2026-01-03"); d.Before(day("2026-10-01")); d = d.AddDays(7) {
		everySaturdayToSeptember = append(everySaturdayToSeptember, RitualEntry{Day: d, Status: Done})
	}
	cases := []struct {
		name           string
		r              Ritual
		adapt          []Adaptation
		entries        []RitualEntry
		from, to, asOf string
		want           float64
		ok             bool
	}{
		{"five times one week does not make up for once the next", weekly3, nil,
			doneOn("2026-11-02", "2026-11-03", "2026-11-04", "2026-11-05", "2026-11-06", "2026-11-11"),
			"2026-11-02", "2026-11-15", "2026-11-20", (1 + 1.0/3) / 2, true},
		{"monthly, a surplus to September and nothing after: the year", monthly, nil, everySaturdayToSeptember,
			"2026-01-01", "2026-12-31", "2027-01-05", 0.75, true},
		{"the same ritual: the fourth quarter", monthly, nil, everySaturdayToSeptember,
			"2026-10-01", "2026-12-31", "2027-01-05", 0, true},
		{"a week paused through is left out", weekly3, nil,
			append(doneOn("2026-11-02", "2026-11-03", "2026-11-04"), pausedWeek("2026-11-09")...),
			"2026-11-02", "2026-11-15", "2026-11-20", 1, true},
		{"the week running and not yet met is not judged yet", weekly3, nil, doneOn("2026-11-02", "2026-11-03", "2026-11-04", "2026-11-10"),
			"2026-11-02", "2026-11-15", "2026-11-11", 1, true},
		{"nothing to judge before the ritual began", weekly3, nil, nil, "2026-10-01", "2026-10-31", "2026-11-20", 0, false},
		{"a ritual begun on a Thursday asks for 4/7 of its week's times", Ritual{Start: day("2026-11-05"), Cadence: Cadence{Times: 1, Per: PerWeek}}, nil,
			nil, "2026-11-02", "2026-11-08", "2026-11-20", 0, true},
		{"a weekly ritual that became monthly mid-month is judged by each", Ritual{Start: day("2026-10-05"), Cadence: Cadence{Times: 1, Per: PerWeek}},
			[]Adaptation{{From: day("2026-10-19"), Cadence: Cadence{Times: 1, Per: PerMonth}}},
			doneOn("2026-10-06", "2026-10-13", "2026-11-20"), "2026-10-01", "2026-11-30", "2026-12-02",
			// two weeks kept (1 each), the rest of October asked 13/31 and was missed, November kept
			(1 + 1 + 1) / (2 + 13.0/31 + 1), true},
	}
	for _, c := range cases {
		got, ok := Kept(c.r, c.adapt, c.entries, day(c.from), day(c.to), day(c.asOf), time.Monday)
		if ok != c.ok || math.Abs(got-c.want) > 1e-9 {
			t.Errorf("%s: %.4f (%v), want %.4f (%v)", c.name, got, ok, c.want, c.ok)
		}
	}
}

func pausedWeek(monday string) []RitualEntry {
	var out []RitualEntry
	for i := range 7 {
		out = append(out, RitualEntry{Day: day(monday).AddDays(i), Status: Paused})
	}
	return out
}

// Whatever was done, a year's kept share lies between its quarters' lowest
// and highest: no quarter's surplus lifts the year above every quarter.
func TestAYearIsKeptNoBetterThanItsBestQuarter(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 11))
	cadences := []Cadence{{1, PerDay}, {3, PerWeek}, {1, PerWeek}, {2, PerMonth}, {1, PerMonth}, {1, PerQuarter}}
	for trial := range 300 {
		r := Ritual{Start: day("2026-01-01").AddDays(rng.IntN(200)), Cadence: cadences[rng.IntN(len(cadences))]}
		var adapt []Adaptation
		if rng.IntN(2) == 0 {
			adapt = append(adapt, Adaptation{From: r.Start.AddDays(rng.IntN(150)), Cadence: cadences[rng.IntN(len(cadences))]})
		}
		var entries []RitualEntry
		busy := rng.Float64()
		for d := r.Start; d.Year == 2026; d = d.AddDays(1) {
			switch x := rng.Float64(); {
			case x < busy*0.6:
				entries = append(entries, RitualEntry{Day: d, Status: Done})
			case x > 0.97:
				entries = append(entries, RitualEntry{Day: d, Status: Paused})
			}
		}
		asOf := day("2027-01-10")
		year, ok := Kept(r, adapt, entries, day("2026-01-01"), day("2026-12-31"), asOf, time.Monday)
		if !ok {
			continue
		}
		lo, hi := 1.0, 0.0
		for q := 1; q <= 4; q++ {
			qq := Quarter{Year: 2026, Q: q}
			if k, ok := Kept(r, adapt, entries, qq.First(), qq.Last(), asOf, time.Monday); ok {
				lo, hi = min(lo, k), max(hi, k)
			}
		}
		if year < lo-1e-9 || year > hi+1e-9 {
			t.Fatalf("trial %d (%+v, %+v): the year %.3f is outside its quarters' %.3f–%.3f", trial, r, adapt, year, lo, hi)
		}
	}
}
