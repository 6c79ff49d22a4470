package model

import (
	"math"
	"strings"
	"testing"
	"time"
)

func day(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

func entriesOf(start string, pattern string) []RitualEntry {
	// pattern: one letter a day from start: d done, s skipped, p paused, . nothing
	var out []RitualEntry
	d := day(start)
	for i, c := range pattern {
		st := map[rune]EntryStatus{'d': Done, 's': Skipped, 'p': Paused}[c]
		if st != "" {
			out = append(out, RitualEntry{Day: DateOf(d.Time().AddDate(0, 0, i)), Status: st})
		}
	}
	return out
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-4 }

// The expected values below were worked out by hand from the formula:
// daily m = 0.5^(1/13) = 0.948078; weekly m = 0.5^(sqrt(1/7)/13) = 0.980049.
func TestScoresHandComputed(t *testing.T) {
	const m = 0.948078
	const mw = 0.980049
	daily := Cadence{1, PerDay}
	weekly := Cadence{1, PerWeek}
	cases := []struct {
		name    string
		cadence Cadence
		pattern string
		want    []float64
	}{
		{"three days done", daily, "ddd", []float64{1 - m, 1 - m*m, 1 - m*m*m}},
		{"a skip freezes", daily, "dsd", []float64{1 - m, 1 - m, 1 - m*m}},
		{"a pause freezes", daily, "dpppd", []float64{1 - m, 1 - m, 1 - m, 1 - m, 1 - m*m}},
		{"a miss decays", daily, "d.d", []float64{1 - m, (1 - m) * m, (1-m)*m*m + (1 - m)}},
		{"nothing done", daily, "...", []float64{0, 0, 0}},
		{"weekly, done once, counts for the week", weekly, "d.......",
			[]float64{1 - mw, 1 - mw*mw, 1 - math.Pow(mw, 3), 1 - math.Pow(mw, 4), 1 - math.Pow(mw, 5), 1 - math.Pow(mw, 6), 1 - math.Pow(mw, 7), (1 - math.Pow(mw, 7)) * mw}},
	}
	for _, c := range cases {
		start := day("2026-01-05")
		today := DateOf(start.Time().AddDate(0, 0, len(c.pattern)-1))
		got := Scores(start, today, c.cadence, nil, entriesOf("2026-01-05", c.pattern))
		if len(got) != len(c.want) {
			t.Fatalf("%s: %d scores, want %d", c.name, len(got), len(c.want))
		}
		for i := range got {
			if !near(got[i], c.want[i]) {
				t.Errorf("%s: day %d score %.5f, want %.5f", c.name, i+1, got[i], c.want[i])
			}
		}
	}
}

func TestScorePartialCadence(t *testing.T) {
	// 3× a week, done once: each day of the window counts a third.
	c := Cadence{3, PerWeek}
	m := ScoreMultiplier(3.0 / 7)
	got := Scores(day("2026-03-02"), day("2026-03-03"), c, nil, entriesOf("2026-03-02", "d."))
	want := []float64{(1 - m) / 3, (1-m)/3*m + (1-m)/3}
	for i := range want {
		if !near(got[i], want[i]) {
			t.Errorf("day %d: %.5f, want %.5f", i+1, got[i], want[i])
		}
	}
	if !near(ScoreMultiplier(1), 0.948078) || !near(ScoreMultiplier(1.0/7), 0.980049) {
		t.Error("multiplier does not match 0.5^(sqrt(f)/13)")
	}
}

func TestScoresUseTheCadenceInForce(t *testing.T) {
	// Weekly for 7 days, then monthly: the monthly window of 30 days still
	// sees the done day, and the decay slows to the monthly multiplier.
	start := day("2026-01-01")
	adapt := []Adaptation{{From: day("2026-01-08"), Cadence: Cadence{1, PerMonth}}}
	got := Scores(start, day("2026-01-09"), Cadence{1, PerWeek}, adapt, entriesOf("2026-01-01", "d"))
	mw, mm := ScoreMultiplier(1.0/7), ScoreMultiplier(1.0/30)
	s7 := 1 - math.Pow(mw, 7)
	want8 := s7*mm + (1 - mm)
	want9 := want8*mm + (1 - mm)
	if !near(got[6], s7) || !near(got[7], want8) || !near(got[8], want9) {
		t.Fatalf("got %.5f %.5f %.5f, want %.5f %.5f %.5f", got[6], got[7], got[8], s7, want8, want9)
	}
	if c := CadenceOn(Cadence{1, PerWeek}, adapt, day("2026-01-07")); c.Per != PerWeek {
		t.Fatal("the adaptation applied before its day")
	}
}

func TestStreaks(t *testing.T) {
	// Weeks start on Monday 2026-01-05. Weekly ritual.
	// week1 done, week2 done, week3 missed, week4 done, week5 done,
	// week6 paused (not done), week7 in progress, not yet done.
	pattern := "d......" + "..d...." + "......." + "....d.." + "d......" + "ppppppp" + "..."
	cur, best := Streaks(day("2026-01-05"), day("2026-02-18"), Cadence{1, PerWeek}, nil, entriesOf("2026-01-05", pattern), time.Monday)
	if cur != 2 || best != 2 {
		t.Fatalf("streaks %d/%d, want 2/2", cur, best)
	}
	// Daily: d d d . d d → current 2, best 3.
	cur, best = Streaks(day("2026-01-05"), day("2026-01-10"), Cadence{1, PerDay}, nil, entriesOf("2026-01-05", "ddd.dd"), time.Monday)
	if cur != 2 || best != 3 {
		t.Fatalf("daily streaks %d/%d, want 2/3", cur, best)
	}
	// The current period, once met, counts.
	cur, _ = Streaks(day("2026-01-05"), day("2026-01-07"), Cadence{2, PerWeek}, nil, entriesOf("2026-01-05", "d.d"), time.Monday)
	if cur != 1 {
		t.Fatalf("met current week not counted: %d", cur)
	}
}

func TestPeriodStart(t *testing.T) {
	wed := day("2026-11-25")
	cases := []struct {
		p    Period
		week time.Weekday
		want string
	}{
		{PerWeek, time.Monday, "2026-11-23"},
		{PerWeek, time.Sunday, "2026-11-22"},
		{PerMonth, time.Monday, "2026-11-01"},
		{PerQuarter, time.Monday, "2026-10-01"},
		{PerDay, time.Monday, "2026-11-25"},
	}
	for _, c := range cases {
		if got := PeriodStart(c.p, wed, c.week).String(); got != c.want {
			t.Errorf("PeriodStart(%s, %s) = %s, want %s", c.p, c.week, got, c.want)
		}
	}
}

func TestCadenceValidation(t *testing.T) {
	good := []Cadence{{1, PerDay}, {3, PerWeek}, {7, PerWeek}, {1, PerMonth}, {30, PerMonth}, {1, PerQuarter}}
	for _, c := range good {
		if err := c.Validate(); err != nil {
			t.Errorf("%v refused: %v", c, err)
		}
	}
	bad := []Cadence{{0, PerWeek}, {-1, PerDay}, {2, PerDay}, {8, PerWeek}, {31, PerMonth}, {92, PerQuarter}, {1, "fortnight"}}
	for _, c := range bad {
		if err := c.Validate(); !IsValidation(err) {
			t.Errorf("%v accepted", c)
		}
	}
	if (Cadence{3, PerWeek}).String() != "3× a week" || (Cadence{1, PerDay}).String() != "daily" {
		t.Error("cadence wording")
	}
}

func TestValidateEntry(t *testing.T) {
	r := Ritual{Title: "Morning coffee", Start: day("2026-01-01")}
	today := day("2026-11-22")
	cases := []struct {
		e    RitualEntry
		want string
	}{
		{RitualEntry{Day: today, Status: Done}, ""},
		{RitualEntry{Day: day("2026-12-01"), Status: Paused}, ""},
		{RitualEntry{Day: day("2026-11-23"), Status: Done}, "future"},
		{RitualEntry{Day: day("2025-12-31"), Status: Done}, "before"},
		{RitualEntry{Day: today, Status: "maybe"}, "not done"},
		{RitualEntry{Day: today, Status: Skipped, Reason: strings.Repeat("x", 201)}, "reason"},
	}
	for _, c := range cases {
		err := ValidateEntry(r, c.e, today)
		if (c.want == "") != (err == nil) || (err != nil && !strings.Contains(err.Error(), c.want)) {
			t.Errorf("%+v: %v, want %q", c.e, err, c.want)
		}
	}
}
