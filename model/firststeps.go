package model

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
	Method string // the guide's section saying why (a Method key)
}

// FirstSteps are the first week's steps in order, each ticked from f.
func FirstSteps(f FirstStepFacts) []FirstStep {
	both := func(b [2]bool) bool { return b[0] && b[1] }
	return []FirstStep{
		{When: "Day 1", Text: "Each of you adds a goal of your own", Done: f.OwnGoals[0] > 0 && f.OwnGoals[1] > 0, Where: "board", Method: MethodLanes},
		{When: "Day 1", Text: "Add one thing you want to build together", Done: f.SharedGoals > 0, Where: "board", Method: MethodLanes},
		{When: "Day 1", Text: "Say how many hours a week each of you has for goals", Done: both(f.TimeCapacity), Where: "resources", Method: MethodLanes},
		{When: "Week 1", Text: "Choose one ritual of connection", Done: f.SharedRituals > 0, Where: "rituals", Method: MethodRituals},
		{When: "Week 1", Text: "Book a solo slot for each of you", Done: both(f.SoloTime), Where: "calendar", Method: MethodSolo},
		{When: "Week 1", Text: "Answer your first weekly check-in", Done: f.CheckinWeeks > 0, Where: "checkins", Method: MethodRhythm},
		{When: "Month 1", Text: "Each of you looks at the balance signs", Done: both(f.Rated), Where: "balance", Method: MethodSigns},
		{When: "Month 1", Text: "Map the next quarter in a guided session", Done: f.SessionsDone > 0, Where: "sessions", Method: MethodRhythm},
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
