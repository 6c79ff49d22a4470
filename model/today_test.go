package model

import (
	"testing"
	"time"
)

func TestRitualDueToday(t *testing.T) {
	wed := Date{Year: 2026, Month: 11, Day: 18} // a Wednesday
	start := Date{Year: 2026, Month: 1, Day: 1}
	daily := Ritual{ID: "r", Start: start, Cadence: Cadence{Times: 1, Per: PerDay}}
	thrice := Ritual{ID: "r", Start: start, Cadence: Cadence{Times: 3, Per: PerWeek}}
	mondays := Ritual{ID: "r", Start: start, Cadence: Cadence{Times: 1, Per: PerWeek}, ReminderDays: []time.Weekday{time.Monday}}
	done := func(days ...int) []RitualEntry {
		var out []RitualEntry
		for _, d := range days {
			out = append(out, RitualEntry{RitualID: "r", Day: Date{Year: 2026, Month: 11, Day: d}, Status: Done})
		}
		return out
	}
	for _, tc := range []struct {
		name    string
		r       Ritual
		entries []RitualEntry
		adapt   []Adaptation
		due     bool
		left    int
	}{
		{"daily, nothing yet", daily, nil, nil, true, 1},
		{"daily, done today", daily, done(18), nil, false, 0},
		{"daily, skipped today", daily, []RitualEntry{{RitualID: "r", Day: wed, Status: Skipped}}, nil, false, 1},
		{"three a week, two done this week", thrice, done(16, 17), nil, true, 1},
		{"three a week, three done", thrice, done(16, 17, 15+0), nil, true, 1}, // the 15th is last week
		{"three a week, all done", thrice, done(16, 17, 17), nil, false, 0},
		{"Mondays only, on a Wednesday", mondays, nil, nil, false, 1},
		{"adapted down to once a week, done Monday", thrice, done(16), []Adaptation{{From: Date{Year: 2026, Month: 11, Day: 1}, Cadence: Cadence{Times: 1, Per: PerWeek}}}, false, 0},
		{"not begun yet", Ritual{ID: "r", Start: wed.AddDays(1), Cadence: Cadence{Times: 1, Per: PerDay}}, nil, nil, false, 0},
		{"archived", Ritual{ID: "r", Start: start, Cadence: Cadence{Times: 1, Per: PerDay}, Archived: true}, nil, nil, false, 0},
	} {
		got := RitualDueToday(tc.r, tc.adapt, tc.entries, wed, time.Monday)
		if got.Due != tc.due || got.Left != tc.left {
			t.Errorf("%s: %+v, want due %v, %d left", tc.name, got, tc.due, tc.left)
		}
	}
}
