package model

import (
	"testing"
	"time"
)

func TestPresenceTrendCountsOnlyOccasionsBothRated(t *testing.T) {
	d := func(s string) Date { x, _ := ParseDate(s); return x }
	walk := Occasion{Kind: OccasionRitual, RefID: "r1", Day: d("2026-11-02")}.Key()
	dinner := Occasion{Kind: OccasionBlock, RefID: "b1", Day: d("2026-11-04")}.Key()
	alone := Occasion{Kind: OccasionRitual, RefID: "r1", Day: d("2026-11-10")}.Key()
	december := Occasion{Kind: OccasionBlock, RefID: "b1", Day: d("2026-12-02")}.Key()
	ratings := []PresenceRating{
		{Occasion: walk, Day: d("2026-11-02"), PartnerID: "pa", Rating: 4},
		{Occasion: walk, Day: d("2026-11-02"), PartnerID: "pb", Rating: 3},
		{Occasion: dinner, Day: d("2026-11-04"), PartnerID: "pa", Rating: 2},
		{Occasion: dinner, Day: d("2026-11-04"), PartnerID: "pb", Rating: 1},
		{Occasion: alone, Day: d("2026-11-10"), PartnerID: "pa", Rating: 1},
		{Occasion: december, Day: d("2026-12-02"), PartnerID: "pa", Rating: 4},
		{Occasion: december, Day: d("2026-12-02"), PartnerID: "pb", Rating: 4},
	}
	both := map[string]bool{walk: true, dinner: true, december: true}
	for _, tc := range []struct {
		name     string
		per      Period
		from, to Date
		want     []PresenceBucket
	}{
		{"months", PerMonth, d("2026-11-01"), d("2026-12-31"), []PresenceBucket{
			{Start: d("2026-11-01"), Mean: 2.5, Occasions: 2}, {Start: d("2026-12-01"), Mean: 4, Occasions: 1}}},
		{"weeks from Monday", PerWeek, d("2026-11-02"), d("2026-11-15"), []PresenceBucket{
			{Start: d("2026-11-02"), Mean: 2.5, Occasions: 2}, {Start: d("2026-11-09")}}},
		{"nothing in range", PerMonth, d("2026-01-01"), d("2026-01-31"), []PresenceBucket{{Start: d("2026-01-01")}}},
	} {
		got := PresenceTrend(ratings, both, tc.from, tc.to, tc.per, time.Monday)
		if len(got) != len(tc.want) {
			t.Fatalf("%s: %+v", tc.name, got)
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("%s: bucket %d is %+v, want %+v", tc.name, i, got[i], tc.want[i])
			}
		}
	}
}

func TestPresenceRules(t *testing.T) {
	for r, ok := range map[int]bool{0: false, 1: true, 4: true, 5: false, -3: false} {
		if (ValidatePresence(r) == nil) != ok {
			t.Errorf("rating %d: valid should be %v", r, ok)
		}
	}
	mine := PresenceRating{PartnerID: "pa", Rating: 2}
	if !ShowPresenceTo(mine, "pa", false) || ShowPresenceTo(mine, "pb", false) || !ShowPresenceTo(mine, "pb", true) {
		t.Error("a rating is shown before both rated, or hidden from its author")
	}
}

func TestPresenceLineSaysTheMonthAndItsTrend(t *testing.T) {
	d := func(s string) Date { x, _ := ParseDate(s); return x }
	b := func(start string, mean float64, n int) PresenceBucket {
		return PresenceBucket{Start: d(start), Mean: mean, Occasions: n}
	}
	for _, tc := range []struct {
		months []PresenceBucket
		want   string
	}{
		{nil, "Zoë 🌿: no time together rated by both of you yet"},
		{[]PresenceBucket{b("2026-10-01", 0, 0), b("2026-11-01", 0, 0)}, "Zoë 🌿: no time together rated by both of you yet"},
		{[]PresenceBucket{b("2026-11-01", 3.5, 2)}, "Zoë 🌿: 3.5 of 4 in November (Really together)"},
		{[]PresenceBucket{b("2026-09-01", 2, 1), b("2026-10-01", 0, 0), b("2026-11-01", 3, 2)}, "Zoë 🌿: 3.0 of 4 in November (Present), up from 2.0"},
		{[]PresenceBucket{b("2026-10-01", 3.5, 1), b("2026-11-01", 2.4, 3)}, "Zoë 🌿: 2.4 of 4 in November (Partly there), down from 3.5"},
		{[]PresenceBucket{b("2026-10-01", 3.1, 1), b("2026-11-01", 3.0, 3)}, "Zoë 🌿: 3.0 of 4 in November (Present), steady"},
		{[]PresenceBucket{b("2026-10-01", 1.2, 1), b("2026-11-01", 0, 0)}, "Zoë 🌿: nothing rated by both of you in November; 1.2 of 4 before"},
	} {
		if got := PresenceLine("Zoë 🌿", tc.months); got != tc.want {
			t.Errorf("PresenceLine(%+v) = %q, want %q", tc.months, got, tc.want)
		}
	}
	if PresenceWord(0.2) != "Distracted" || PresenceWord(9) != "Really together" || PresenceWord(2.5) != "Present" {
		t.Error("PresenceWord does not name the nearest word")
	}
}

// A change of a quarter point or more is up or down; less is steady; a
// month without ratings has no direction.
func TestPresenceChangeNeedsAQuarterPoint(t *testing.T) {
	b := func(mean float64, n int) PresenceBucket { return PresenceBucket{Mean: mean, Occasions: n} }
	for _, tc := range []struct {
		months []PresenceBucket
		want   int
	}{
		{[]PresenceBucket{b(2, 1), b(2.25, 1)}, 1},
		{[]PresenceBucket{b(2, 1), b(2.24, 1)}, 0},
		{[]PresenceBucket{b(3, 1), b(1, 0), b(2.75, 2)}, -1},
		{[]PresenceBucket{b(3, 1), b(1, 0)}, 0},
		{[]PresenceBucket{b(0, 0), b(1, 1)}, 0},
	} {
		c, ok := PresenceChangeOf(tc.months)
		if !ok || c.Difference != tc.want {
			t.Errorf("PresenceChangeOf(%+v) = %+v, %v; want difference %d", tc.months, c, ok, tc.want)
		}
	}
	if _, ok := PresenceChangeOf(nil); ok {
		t.Error("no months gave a change")
	}
}
