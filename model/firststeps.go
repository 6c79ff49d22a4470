package model

import "github.com/vennplanner/venn/i18n"

// A new couple's first week with Venn: what to do on day 1, in week 1 and
// in month 1, each step ticked by what the data shows, so Today can say
// what is next instead of showing an empty page.

// FirstStepFacts are what a household has done so far; per-partner counts
// are indexed by slot (0: A, 1: B).
type FirstStepFacts struct {
	OwnGoals      [2]int // goals in each partner's own lane
	SharedGoals   int
	TimeCapacity  [2]bool // a weekly time capacity set
	SharedRituals int
	SoloTime      [2]bool // a solo block in the calendar
	CheckinWeeks  int     // weeks with an answer from either of you
	Rated         [2]bool // the balance signs rated at least once
	SessionsDone  int
}

// FirstStep is one thing to do, when, and whether it is done.
type FirstStep struct {
	When   string // "Day 1", "Week 1", "Month 1"
	Text   string
	Done   bool
	Where  string // the screen it is done on: board, resources, rituals, calendar, checkins, balance, sessions
	Method string // the guide's section saying why (a MethodSection key)
}

// FirstSteps are the first week's steps in order, each ticked from f, in
// English.
func FirstSteps(f FirstStepFacts) []FirstStep { return FirstStepsIn(nil, f) }

// FirstStepsIn are the first week's steps in tr's language (nil: English).
func FirstStepsIn(tr *i18n.Tr, f FirstStepFacts) []FirstStep {
	both := func(b [2]bool) bool { return b[0] && b[1] }
	day, week, month := tr.T("ui.method.day1"), tr.T("ui.method.week1"), tr.T("ui.method.month1")
	return []FirstStep{
		{When: day, Text: tr.T("ui.method.stepOwnGoal"), Done: f.OwnGoals[0] > 0 && f.OwnGoals[1] > 0, Where: "board", Method: MethodLanes},
		{When: day, Text: tr.T("ui.method.stepSharedGoal"), Done: f.SharedGoals > 0, Where: "board", Method: MethodLanes},
		{When: day, Text: tr.T("ui.method.stepHours"), Done: both(f.TimeCapacity), Where: "resources", Method: MethodLanes},
		{When: week, Text: tr.T("ui.method.stepRitual"), Done: f.SharedRituals > 0, Where: "rituals", Method: MethodRituals},
		{When: week, Text: tr.T("ui.method.stepSolo"), Done: both(f.SoloTime), Where: "calendar", Method: MethodSolo},
		{When: week, Text: tr.T("ui.method.stepCheckin"), Done: f.CheckinWeeks > 0, Where: "checkins", Method: MethodRhythm},
		{When: month, Text: tr.T("ui.method.stepSigns"), Done: both(f.Rated), Where: "balance", Method: MethodSigns},
		{When: month, Text: tr.T("ui.method.stepSession"), Done: f.SessionsDone > 0, Where: "sessions", Method: MethodRhythm},
	}
}

// AllDone says whether every step is done.
func AllDone(steps []FirstStep) bool {
	for _, s := range steps {
		if !s.Done {
			return false
		}
	}
	return true
}
