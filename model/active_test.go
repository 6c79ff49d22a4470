package model

import (
	"testing"
	"time"
)

func TestAGoalIsActiveInThePeriodsItWasPlannedDoingOrFinishedIn(t *testing.T) {
	from, to := day("2026-10-01"), day("2026-12-31")
	made := time.Date(2026, 8, 3, 9, 0, 0, 0, time.Local)
	g := func(c Column) Goal { return Goal{Column: c, Created: made} }
	aimedElsewhere := g(ColumnPlanned)
	aimedElsewhere.TargetQuarter = Quarter{Year: 2027, Q: 2}
	aimedElsewhereDone := g(ColumnDone)
	aimedElsewhereDone.Due = day("2026-09-15")
	archived := g(ColumnDoing)
	archived.Archived = true
	cases := []struct {
		name  string
		g     Goal
		aimed bool
		days  GoalDays
		want  bool
	}{
		{"aimed at the quarter, whatever its column", g(ColumnIdeas), true, GoalDays{}, true},
		{"in progress since the summer", g(ColumnDoing), false, GoalDays{Moved: day("2026-07-14")}, true},
		{"in progress only since January", g(ColumnDoing), false, GoalDays{Moved: day("2027-01-04")}, false},
		{"planned with no quarter or dates", g(ColumnPlanned), false, GoalDays{Moved: day("2026-11-02")}, true},
		{"planned for another quarter", aimedElsewhere, false, GoalDays{Moved: day("2026-11-02")}, false},
		{"finished in November", g(ColumnDone), false, GoalDays{Moved: day("2026-11-20")}, true},
		{"finished in November, aimed at the summer", aimedElsewhereDone, false, GoalDays{Moved: day("2026-11-20")}, false},
		{"finished in September", g(ColumnDone), false, GoalDays{Moved: day("2026-09-20")}, false},
		{"an idea with no aim", g(ColumnIdeas), false, GoalDays{Moved: day("2026-11-02")}, false},
		{"no day known: the day it was made", g(ColumnDoing), false, GoalDays{}, true},
		{"archived in September", archived, false, GoalDays{Moved: day("2026-07-14"), Archived: day("2026-09-30")}, false},
		{"archived in October", archived, false, GoalDays{Moved: day("2026-07-14"), Archived: day("2026-10-01")}, true},
	}
	for _, c := range cases {
		if got := ActiveIn(c.g, c.aimed, c.days, from, to); got != c.want {
			t.Errorf("%s: %v, want %v", c.name, got, c.want)
		}
	}
}

func TestAGoalIsFinishedWhenItMovedIntoDone(t *testing.T) {
	from, to := day("2026-10-01"), day("2026-12-31")
	aimedQ3 := Goal{Column: ColumnDone, TargetQuarter: Quarter{Year: 2026, Q: 3}}
	unaimed := Goal{Column: ColumnDone}
	cases := []struct {
		name  string
		g     Goal
		aimed bool
		days  GoalDays
		want  bool
	}{
		{"aimed at the summer, moved into Done in November", aimedQ3, false, GoalDays{Moved: day("2026-11-20")}, false},
		{"aimed at the quarter, moved into Done before", aimedQ3, true, GoalDays{Moved: day("2026-09-20")}, true},
		{"aimed nowhere, moved into Done in November", unaimed, false, GoalDays{Moved: day("2026-11-20")}, true},
		{"aimed nowhere, moved into Done in September", unaimed, false, GoalDays{Moved: day("2026-09-20")}, false},
		{"aimed nowhere, not known when", unaimed, false, GoalDays{}, false},
		{"still in progress", Goal{Column: ColumnDoing}, true, GoalDays{Moved: day("2026-11-20")}, false},
	}
	for _, c := range cases {
		if got := FinishedIn(c.g, c.aimed, c.days, from, to); got != c.want {
			t.Errorf("%s: %v, want %v", c.name, got, c.want)
		}
	}
}

func TestANewGoalIsAimedWhereItIsPut(t *testing.T) {
	today := day("2026-11-18")
	q4, q1 := Quarter{Year: 2026, Q: 4}, Quarter{Year: 2027, Q: 1}
	cases := []struct {
		c      Column
		filter Quarter
		want   Quarter
	}{
		{ColumnIdeas, Quarter{}, Quarter{}},
		{ColumnPlanned, Quarter{}, q4},
		{ColumnDoing, Quarter{}, q4},
		{ColumnDone, Quarter{}, q4},
		{ColumnIdeas, q1, q1},
		{ColumnDoing, q1, q1},
	}
	for _, c := range cases {
		if got := NewGoalQuarter(c.c, c.filter, today); got != c.want {
			t.Errorf("%s, filter %q: %q, want %q", c.c, c.filter, got, c.want)
		}
	}
}
