package model

import (
	"strings"
	"testing"
)

func TestPostpone(t *testing.T) {
	q4, q1 := Quarter{2026, 4}, Quarter{2027, 1}
	for _, tc := range []struct {
		name       string
		g          Goal
		weeks      int
		to         Quarter
		start, due Date
		quarter    Quarter
		words      string
	}{
		{"dates and quarter follow by weeks", Goal{Title: "Run", Start: Date{2026, 11, 1}, Due: Date{2026, 12, 20}, TargetQuarter: q4}, 3, Quarter{},
			Date{2026, 11, 22}, Date{2027, 1, 10}, q1, "due 20 Dec 2026, now 10 Jan 2027"},
		{"quarter only, by weeks", Goal{Title: "Dog", TargetQuarter: q4}, 6, Quarter{}, Date{}, Date{}, q1, "2026-Q4, now 2027-Q1"},
		{"to a later quarter moves the dates", Goal{Title: "Italy", Due: Date{2026, 11, 15}, TargetQuarter: q4}, 0, Quarter{2027, 2},
			Date{}, Date{2027, 5, 15}, Quarter{2027, 2}, "Move “Italy” to 2027-Q2"},
		{"a goal with no dates gets a quarter", Goal{Title: "Pottery"}, 0, q1, Date{}, Date{}, q1, "to 2027-Q1"},
	} {
		c, err := Postpone(tc.g, tc.weeks, tc.to)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if c.AfterStart != tc.start || c.AfterDue != tc.due || c.AfterQuarter != tc.quarter || !strings.Contains(c.Summary, tc.words) {
			t.Errorf("%s: %+v", tc.name, c)
		}
		if c.BeforeStart != tc.g.Start || c.BeforeDue != tc.g.Due || c.BeforeQuarter != tc.g.TargetQuarter {
			t.Errorf("%s: before-values not kept", tc.name)
		}
	}
	if _, err := Postpone(Goal{Title: "x", TargetQuarter: q4}, 0, Quarter{2026, 3}); !IsValidation(err) {
		t.Error("postponing to an earlier quarter was accepted")
	}
	if _, err := Postpone(Goal{Title: "x"}, 0, Quarter{}); !IsValidation(err) {
		t.Error("postponing by nothing was accepted")
	}
}

func TestPauseRitualLeavesLoggedDays(t *testing.T) {
	r := Ritual{ID: "r", Title: "Walk", Start: Date{2026, 11, 20}}
	c, err := PauseRitual(r, Date{2026, 11, 18}, Date{2026, 11, 25}, map[Date]bool{{2026, 11, 22}: true})
	if err != nil {
		t.Fatal(err)
	}
	// the 18th and 19th are before the ritual began; the 22nd was logged
	if len(c.PausedDays) != 5 || c.PausedDays[0] != (Date{2026, 11, 20}) || c.PausedDays[2] != (Date{2026, 11, 23}) {
		t.Fatalf("paused %v", c.PausedDays)
	}
	if _, err := PauseRitual(r, Date{2026, 11, 25}, Date{2026, 11, 18}, nil); !IsValidation(err) {
		t.Error("a pause ending before it starts was accepted")
	}
}

func TestMoveAllocation(t *testing.T) {
	a, b := Goal{ID: "a", Title: "EP"}, Goal{ID: "b", Title: "House"}
	c, err := MoveAllocation(Time, a, b, 120, 300, 60, "EUR")
	if err != nil || c.AfterFrom != 180 || c.AfterTo != 180 || !strings.Contains(c.Summary, "from “EP” to “House”") {
		t.Fatalf("%+v %v", c, err)
	}
	for _, amount := range []Amount{0, -5, 301} {
		if _, err := MoveAllocation(Time, a, b, amount, 300, 60, "EUR"); !IsValidation(err) {
			t.Errorf("moving %d of 300 was accepted", amount)
		}
	}
	if _, err := MoveAllocation(Time, a, a, 10, 300, 300, "EUR"); !IsValidation(err) {
		t.Error("moving to the same goal was accepted")
	}
}
