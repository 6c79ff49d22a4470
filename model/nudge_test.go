package model

import (
	"strings"
	"testing"
	"time"
)

func nudgeKeys(ns []Notification) []string {
	var out []string
	for _, n := range ns {
		for _, x := range n.Nudges {
			out = append(out, x.Key)
		}
	}
	return out
}

func TestDueNudgesComeAtTheirTimeOnceAndBundled(t *testing.T) {
	s := DefaultNudgeSettings()
	sunday := time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC) // the check-in day
	coffee := Ritual{ID: "coffee", Title: "Morning coffee", ReminderTime: "07:30"}
	walk := Ritual{ID: "walk", Title: "Evening walk", ReminderTime: "19:00"}
	facts := NudgeFacts{WeekStart: time.Monday, Rituals: []Ritual{coffee, walk}, BalanceRated: true, SessionExists: true, ReviewExists: true}
	at := func(h, m int) time.Time { return sunday.Add(time.Duration(h)*time.Hour + time.Duration(m)*time.Minute) }

	if got := DueNudges(facts, s, at(7, 0), nil, 0); len(got) != 0 {
		t.Fatalf("before any time: %v", nudgeKeys(got))
	}
	got := DueNudges(facts, s, at(7, 31), nil, 0)
	if keys := nudgeKeys(got); len(got) != 1 || len(keys) != 1 || keys[0] != "ritual:coffee:2026-11-22" || got[0].Body != "Time for “Morning coffee”." {
		t.Fatalf("at 07:31: %+v", got)
	}
	sent := map[string]bool{"ritual:coffee:2026-11-22": true}
	if got := DueNudges(facts, s, at(12, 0), sent, 1); len(got) != 0 {
		t.Fatalf("sent twice: %v", nudgeKeys(got))
	}
	// At 19:05 the walk and the check-in are due together: one notification.
	got = DueNudges(facts, s, at(19, 5), sent, 1)
	if len(got) != 1 || len(got[0].Nudges) != 2 || !strings.HasPrefix(got[0].Title, "Venn: 2 things") || !strings.Contains(got[0].Body, "check-in") {
		t.Fatalf("at 19:05: %+v", got)
	}
	// Never more than a few a day.
	if got := DueNudges(facts, s, at(19, 5), sent, MaxNudgesPerDay); len(got) != 0 {
		t.Fatalf("past the day's limit: %v", nudgeKeys(got))
	}
	// Answered, or turned off: no check-in nudge.
	answered := facts
	answered.CheckinAnswered = true
	off := DefaultNudgeSettings()
	off.Off[NudgeRitual] = true
	for _, tc := range []struct {
		f NudgeFacts
		s NudgeSettings
	}{{answered, s}, {facts, off}} {
		for _, k := range nudgeKeys(DueNudges(tc.f, tc.s, at(19, 5), sent, 0)) {
			if (tc.f.CheckinAnswered && strings.HasPrefix(k, "checkin")) || (tc.s.Off[NudgeRitual] && strings.HasPrefix(k, "ritual")) {
				t.Errorf("%s sent though answered or off", k)
			}
		}
	}
}

func TestNudgesForTheMonthQuarterYearContractsAndGoals(t *testing.T) {
	s := DefaultNudgeSettings()
	for _, tc := range []struct {
		name string
		now  time.Time
		f    NudgeFacts
		want []string
	}{
		{"a new quarter without a session", time.Date(2026, 10, 3, 20, 0, 0, 0, time.UTC),
			NudgeFacts{CheckinAnswered: true, BalanceRated: true, ReviewExists: true}, []string{"session:2026-Q4"}},
		{"a month into the quarter, no longer", time.Date(2026, 11, 3, 20, 0, 0, 0, time.UTC),
			NudgeFacts{CheckinAnswered: true, BalanceRated: true, ReviewExists: true}, nil},
		{"the balance from the 20th", time.Date(2026, 11, 20, 19, 30, 0, 0, time.UTC),
			NudgeFacts{CheckinAnswered: true, SessionExists: true, ReviewExists: true}, []string{"balance:2026-11"}},
		{"the annual review from 15 December", time.Date(2026, 12, 16, 19, 30, 0, 0, time.UTC),
			NudgeFacts{CheckinAnswered: true, BalanceRated: true, SessionExists: true}, []string{"review:2026"}},
		{"a contract review on its day", time.Date(2026, 11, 18, 9, 30, 0, 0, time.UTC),
			NudgeFacts{CheckinAnswered: true, BalanceRated: true, SessionExists: true, ReviewExists: true,
				ContractsDue: []ContractNudge{{ID: "c", GoalTitle: "Run a half marathon", Due: Date{2026, 11, 18}}}}, []string{"contract:c:2026-11-18"}},
		{"a goal three days ahead", time.Date(2026, 11, 18, 9, 30, 0, 0, time.UTC),
			NudgeFacts{CheckinAnswered: true, BalanceRated: true, SessionExists: true, ReviewExists: true,
				GoalsComingDue: []Goal{{ID: "g", Title: "Finish the EP", Due: Date{2026, 11, 21}}, {ID: "far", Title: "Later", Due: Date{2026, 11, 30}}}},
			[]string{"goal:g:2026-11-21"}},
	} {
		got := nudgeKeys(DueNudges(tc.f, s, tc.now, nil, 0))
		if strings.Join(got, ",") != strings.Join(tc.want, ",") {
			t.Errorf("%s: %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestNudgeSettingsValidate(t *testing.T) {
	s := DefaultNudgeSettings()
	if err := s.Validate(); err != nil {
		t.Fatal(err)
	}
	s.At[NudgeCheckin] = "7pm"
	if s.Validate() == nil {
		t.Error("7pm accepted")
	}
}
