package model

import (
	"slices"
	"testing"
	"time"
)

// onDays lists the days from..to a run reminds on.
func onDays(runs []ReminderRun, from, to string) []string {
	var out []string
	for d := day(from); !day(to).Before(d); d = d.AddDays(1) {
		for _, r := range runs {
			if r.On(d) {
				out = append(out, d.String())
			}
		}
	}
	return out
}

func TestRecurrenceFollowsTheCadence(t *testing.T) {
	fri := []time.Weekday{time.Friday}
	start := day("2026-12-01") // a Tuesday
	cases := []struct {
		name   string
		c      Cadence
		days   []time.Weekday
		want   Recurrence
		anchor string
	}{
		{"daily", Cadence{1, PerDay}, nil, Recurrence{Freq: Daily, Interval: 1}, "2026-12-01"},
		{"daily on chosen days", Cadence{1, PerDay}, []time.Weekday{time.Monday, time.Thursday}, Recurrence{Weekly, 1, []time.Weekday{time.Monday, time.Thursday}}, "2026-12-03"},
		{"three a week, no days", Cadence{3, PerWeek}, nil, Recurrence{Weekly, 1, []time.Weekday{time.Tuesday, time.Thursday, time.Saturday}}, "2026-12-01"},
		{"weekly on Friday", Cadence{1, PerWeek}, fri, Recurrence{Weekly, 1, fri}, "2026-12-04"},
		{"seven a week", Cadence{7, PerWeek}, nil, Recurrence{Freq: Daily, Interval: 1}, "2026-12-01"},
		{"twice a month", Cadence{2, PerMonth}, fri, Recurrence{Weekly, 2, fri}, "2026-12-04"},
		{"monthly", Cadence{1, PerMonth}, fri, Recurrence{Freq: Monthly, Interval: 1}, "2026-12-04"},
		{"quarterly", Cadence{1, PerQuarter}, nil, Recurrence{Freq: Monthly, Interval: 3}, "2026-12-01"},
		{"twice a quarter", Cadence{2, PerQuarter}, nil, Recurrence{Freq: Monthly, Interval: 1}, "2026-12-01"},
	}
	for _, c := range cases {
		got, anchor := RecurrenceFor(c.c, c.days, start)
		if got.Freq != c.want.Freq || got.Interval != c.want.Interval || !slices.Equal(got.Days, c.want.Days) || anchor != day(c.anchor) {
			t.Errorf("%s: %+v from %s, want %+v from %s", c.name, got, anchor, c.want, c.anchor)
		}
	}
	// Once a month on the first Friday; the fifth of a weekday is the month's last.
	monthly := Recurrence{Freq: Monthly, Interval: 1}
	for _, d := range []string{"2026-12-04", "2027-01-01", "2027-02-05"} {
		if !monthly.On(day("2026-12-04"), day(d)) {
			t.Errorf("monthly from 4 Dec misses %s", d)
		}
	}
	if monthly.On(day("2026-12-04"), day("2026-12-11")) {
		t.Error("monthly from 4 Dec reminds on the 11th")
	}
	if !monthly.On(day("2026-10-30"), day("2026-11-27")) {
		t.Error("the last Friday of October goes on to the last of November")
	}
}

func TestReminderRunsEndAtAChangeAndSkipPauses(t *testing.T) {
	r := Ritual{ID: "r", Title: "Date night", Cadence: Cadence{1, PerWeek}, Start: day("2026-11-06"), ReminderTime: "18:30",
		ReminderDays: []time.Weekday{time.Friday}}
	change := Adaptation{ID: "a1", RitualID: "r", From: day("2026-12-01"), Cadence: Cadence{1, PerMonth}}
	other := Adaptation{ID: "x", RitualID: "someone else's", From: day("2026-11-10"), Cadence: Cadence{1, PerDay}}
	entries := []RitualEntry{
		{RitualID: "r", Day: day("2026-11-13"), Status: Paused},
		{RitualID: "r", Day: day("2026-11-14"), Status: Paused}, // a Saturday: nothing to skip
		{RitualID: "r", Day: day("2026-11-20"), Status: Done},
		{RitualID: "r", Day: day("2027-01-01"), Status: Paused},
		{RitualID: "other", Day: day("2026-11-27"), Status: Paused},
	}
	runs := ReminderRuns(r, []Adaptation{change, other}, entries)
	if len(runs) != 2 || runs[0].Key != "" || runs[1].Key != "a1" {
		t.Fatalf("runs %+v", runs)
	}
	if runs[0].Until != day("2026-11-30") || !runs[1].Until.IsZero() || runs[1].Anchor != day("2026-12-04") || runs[0].Minute != 18*60+30 {
		t.Errorf("the weekly run ends %s; the monthly starts %s", runs[0].Until, runs[1].Anchor)
	}
	want := []string{"2026-11-06", "2026-11-20", "2026-11-27", "2026-12-04", "2027-02-05"}
	if got := onDays(runs, "2026-11-01", "2027-02-28"); !slices.Equal(got, want) {
		t.Errorf("reminds on %v, want %v", got, want)
	}
	if !slices.Equal(runs[0].Skip, []Date{day("2026-11-13")}) || !slices.Equal(runs[1].Skip, []Date{day("2027-01-01")}) {
		t.Errorf("skips %v and %v", runs[0].Skip, runs[1].Skip)
	}
	// A change back to the same cadence, or two on one day, start no new run.
	same := Adaptation{ID: "a2", RitualID: "r", From: day("2026-11-20"), Cadence: Cadence{1, PerWeek}}
	twice := Adaptation{ID: "a3", RitualID: "r", From: day("2026-12-01"), Cadence: Cadence{2, PerMonth}}
	runs = ReminderRuns(r, []Adaptation{same, change, twice}, nil)
	if len(runs) != 2 || runs[1].Key != "a1" || runs[1].Cadence != (Cadence{2, PerMonth}) {
		t.Errorf("runs %+v", runs)
	}
	r.ReminderTime = ""
	if ReminderRuns(r, nil, nil) != nil {
		t.Error("a ritual without a reminder time reminds")
	}
}

func TestPausedDaysLeaveTheRitualsBlocks(t *testing.T) {
	walk := Block{ID: "w", Title: "Walk", Kind: KindJoint, RitualID: "r", Start: WallTime{Date: day("2026-11-02"), Minute: 20 * 60},
		End: WallTime{Date: day("2026-11-02"), Minute: 21 * 60}, Days: []time.Weekday{time.Monday, time.Wednesday}, Skip: []Date{day("2026-11-30")}}
	once := Block{ID: "o", Title: "Walk by the sea", Kind: KindJoint, RitualID: "r", Start: WallTime{Date: day("2026-11-21"), Minute: 10 * 60},
		End: WallTime{Date: day("2026-11-21"), Minute: 12 * 60}}
	other := Block{ID: "x", Title: "Band", Kind: KindJoint, Start: walk.Start, End: walk.End, Days: []time.Weekday{time.Monday}}
	paused := PausedDays([]RitualEntry{
		{RitualID: "r", Day: day("2026-11-18"), Status: Paused}, {RitualID: "r", Day: day("2026-11-19"), Status: Paused},
		{RitualID: "r", Day: day("2026-11-21"), Status: Paused}, {RitualID: "r", Day: day("2026-11-23"), Status: Done},
	})
	got := WithoutPausedDays([]Block{walk, once, other}, paused)
	if len(got) != 2 || got[0].ID != "w" || got[1].ID != "x" {
		t.Fatalf("blocks %+v", got)
	}
	if want := []Date{day("2026-11-18"), day("2026-11-30")}; !slices.Equal(got[0].Skip, want) {
		t.Errorf("the walk skips %v, want %v", got[0].Skip, want)
	}
	if len(walk.Skip) != 1 {
		t.Error("the block given was changed")
	}
}

func TestARitualsTimeFollowsItsNewCadence(t *testing.T) {
	at := func(d string, m int) WallTime { return WallTime{Date: day(d), Minute: m} }
	date := Block{ID: "d", Title: "Date night", Kind: KindJoint, RitualID: "r", Start: at("2026-09-04", 19*60), End: at("2026-09-04", 22*60+30),
		Days: []time.Weekday{time.Friday}, Skip: []Date{day("2026-10-02"), day("2026-12-25")}}
	walk := Block{ID: "w", Title: "Walk", Kind: KindJoint, RitualID: "r", Start: at("2026-11-02", 20*60), End: at("2026-11-02", 21*60),
		Days: []time.Weekday{time.Monday, time.Wednesday, time.Friday}}
	cases := []struct {
		name  string
		b     Block
		from  string
		c     Cadence
		until string // the old series' last day
		next  string // the new series' repeat words, "" for none
		start string
	}{
		{"weekly becomes monthly", date, "2026-12-01", Cadence{1, PerMonth}, "2026-11-30", "Every month on the first Friday", "2026-12-04"},
		{"three a week become two", walk, "2026-11-30", Cadence{2, PerWeek}, "2026-11-29", "Every week on Mon, Wed", "2026-11-30"},
		{"three a week become daily", walk, "2026-11-30", Cadence{1, PerDay}, "2026-11-29", "Every week on Sun, Mon, Tue, Wed, Thu, Fri, Sat", "2026-11-30"},
		{"twice a month is a monthly slot", walk, "2026-11-30", Cadence{2, PerMonth}, "2026-11-29", "Every month on the last Monday", "2026-11-30"},
		{"a quarter's getaway ends the series", date, "2026-12-01", Cadence{1, PerQuarter}, "2026-11-30", "", ""},
	}
	for _, c := range cases {
		ended, next, changed := SlotAfterChange(c.b, day(c.from), c.c)
		if !changed || ended == nil || ended.Until.String() != c.until || ended.ID != c.b.ID {
			t.Errorf("%s: changed %v, ended %+v", c.name, changed, ended)
			continue
		}
		if c.next == "" {
			if next != nil {
				t.Errorf("%s: a new series %s", c.name, next.RepeatWords())
			}
			continue
		}
		if next == nil || next.RepeatWords() != c.next || next.Start.Date.String() != c.start || next.ID != "" || next.Length() != c.b.Length() ||
			next.RitualID != "r" || next.Validate(nil) != nil {
			t.Errorf("%s: next %+v (%v)", c.name, next, next.Validate(nil))
		}
	}
	ended, next, _ := SlotAfterChange(date, day("2026-12-01"), Cadence{1, PerMonth})
	if !slices.Equal(ended.Skip, []Date{day("2026-10-02")}) || !slices.Equal(next.Skip, []Date{day("2026-12-25")}) {
		t.Errorf("skips %v / %v", ended.Skip, next.Skip)
	}
	// Nothing changes for a block that already repeats as asked, that
	// happens once, or that ended before the change.
	if _, _, changed := SlotAfterChange(date, day("2026-12-01"), Cadence{1, PerWeek}); changed {
		t.Error("a weekly slot changed for a weekly cadence")
	}
	once := date
	once.Days = nil
	if _, _, changed := SlotAfterChange(once, day("2026-12-01"), Cadence{1, PerMonth}); changed {
		t.Error("a one-off block changed")
	}
	gone := date
	gone.Until = day("2026-11-01")
	if _, _, changed := SlotAfterChange(gone, day("2026-12-01"), Cadence{1, PerMonth}); changed {
		t.Error("a series that ended changed")
	}
	// A series that starts after the change changes as a whole.
	later := date
	later.Start, later.End = at("2027-01-08", 19*60), at("2027-01-08", 22*60)
	ended, next, _ = SlotAfterChange(later, day("2026-12-01"), Cadence{1, PerMonth})
	if ended != nil || next == nil || next.ID != "d" || next.RepeatWords() != "Every month on the second Friday" {
		t.Errorf("a later series: ended %+v next %+v", ended, next)
	}
}
