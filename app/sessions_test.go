package app

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/vennplanner/venn/model"
)

func demoAt(t *testing.T, now time.Time) *Service {
	t.Helper()
	s, err := Open(context.Background(), t.TempDir(), Options{Now: func() time.Time { return now }})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if err := s.Demo(context.Background(), 1); err != nil {
		t.Fatal(err)
	}
	return s
}

func TestTimelineOfTheDemoQuarter(t *testing.T) {
	ctx := context.Background()
	s := demoAt(t, time.Date(2026, 11, 22, 12, 0, 0, 0, time.UTC))
	q := model.Quarter{Year: 2026, Q: 4}
	v, err := s.Timeline(ctx, q.First(), q.Last(), "")
	if err != nil {
		t.Fatal(err)
	}
	if len(v.Bars) < 8 || v.Rows[model.LaneA] < 2 {
		t.Fatalf("%d bars, rows %v", len(v.Bars), v.Rows)
	}
	if len(v.Collisions) == 0 {
		t.Fatal("the demo quarter should show a collision")
	}
	if len(v.Milestones) == 0 {
		t.Fatal("no milestones on the map")
	}
	// Filtering by a value keeps only its goals.
	var growth model.Value
	for _, val := range v.Values {
		if val.Text == "Growth" {
			growth = val
		}
	}
	f, _ := s.Timeline(ctx, q.First(), q.Next().Last(), growth.ID)
	if len(f.Bars) != 2 {
		t.Fatalf("goals of Growth on the map: %d", len(f.Bars))
	}
	// Dragging a bar's end changes the goal's target date.
	bar := f.Bars[0]
	g, err := s.SetGoalDates(ctx, bar.Goal.ID, bar.From, bar.To.AddDays(14))
	if err != nil || g.Due != bar.To.AddDays(14) {
		t.Fatalf("dates %+v %v", g, err)
	}
	if _, err := s.SetGoalDates(ctx, bar.Goal.ID, bar.To, bar.From.AddDays(-1)); !model.IsValidation(err) {
		t.Fatalf("a due date before the start: %v", err)
	}
}

func TestSessionSavesAndReopens(t *testing.T) {
	ctx := context.Background()
	s := demoAt(t, time.Date(2026, 12, 20, 12, 0, 0, 0, time.UTC))
	next := model.Quarter{Year: 2027, Q: 1}
	x, found, err := s.Session(ctx, next)
	if err != nil || found || x.Step != 0 {
		t.Fatalf("a new session: %+v %v %v", x, found, err)
	}
	x.Step, x.Notes = 4, "Italy collides with Maya's course."
	if _, err := s.SaveSession(ctx, x); err != nil {
		t.Fatal(err)
	}
	again, found, _ := s.Session(ctx, next)
	if !found || again.Step != 4 || again.Notes != x.Notes {
		t.Fatalf("reopened %+v", again)
	}
}

func TestContractsMilestonesAndPrivacy(t *testing.T) {
	ctx := context.Background()
	s := newService(t)
	a, _ := setUp(t, s)
	shared, _ := s.CreateGoal(ctx, model.GoalPatch{Title: model.Ptr("Italy")})
	if _, err := s.SaveContract(ctx, model.Contract{GoalID: shared.ID, Commitment: "x", EveryWeeks: 2}); !model.IsValidation(err) {
		t.Fatalf("a contract on a shared goal: %v", err)
	}
	g, _ := s.CreateGoal(ctx, model.GoalPatch{Title: model.Ptr("Course"), Owner: model.Ptr(model.Owner(a.ID))})
	c, err := s.SaveContract(ctx, model.Contract{GoalID: g.ID, Commitment: "Study twice a week", Support: "Cook on Tuesdays", EveryWeeks: 2, Started: model.Date{Year: 2026, Month: 11, Day: 1}})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.ReviewContract(ctx, c.ID, model.ContractReview{Day: model.Date{Year: 2026, Month: 11, Day: 15}, Rating: 4, Note: "On track"}); err != nil {
		t.Fatal(err)
	}
	if err := s.ReviewContract(ctx, c.ID, model.ContractReview{Rating: 9}); !model.IsValidation(err) {
		t.Fatalf("a rating of 9: %v", err)
	}
	m, err := s.SaveMilestone(ctx, model.Milestone{Title: "Module 5 done", Day: model.Date{Year: 2026, Month: 11, Day: 30}, GoalID: g.ID})
	if err != nil || m.Owner != model.Owner(a.ID) {
		t.Fatalf("milestone %+v %v", m, err)
	}
	if err := s.ReachMilestone(ctx, m.ID, model.Date{Year: 2026, Month: 11, Day: 28}, "Pizza"); err != nil {
		t.Fatal(err)
	}
	// Making the goal private makes its contract, reviews and milestones private too.
	if _, err := s.UpdateGoal(ctx, g.ID, model.GoalPatch{Private: model.Ptr(true)}); err != nil {
		t.Fatal(err)
	}
	fields, err := s.store.SyncedFields(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range fields {
		if v, ok := f.Value.(string); ok && (strings.Contains(v, "Study twice") || strings.Contains(v, "On track") || strings.Contains(v, "Module 5")) {
			t.Fatalf("%s.%s of a private goal would be synced: %q", f.Table, f.Column, v)
		}
	}
}

func TestMilestoneDeleteAndMoveOneOccurrence(t *testing.T) {
	ctx := context.Background()
	s := demoAt(t, time.Date(2026, 11, 22, 12, 0, 0, 0, time.UTC))
	ms, _ := s.Milestones(ctx)
	if err := s.DeleteMilestone(ctx, ms[0].ID); err != nil {
		t.Fatal(err)
	}
	if after, _ := s.Milestones(ctx); len(after) != len(ms)-1 {
		t.Fatalf("%d milestones after deleting one of %d", len(after), len(ms))
	}
	week := model.Date{Year: 2026, Month: 11, Day: 16}
	v, _ := s.Calendar(ctx, week, week.AddDays(6))
	var run model.Occurrence
	for _, o := range v.Occurrence {
		if o.Block.Title == "Long run" {
			run = o
		}
	}
	moved, err := s.MoveOccurrence(ctx, run.Block.ID, run.Day, model.WallTime{Date: run.Day.AddDays(-1), Minute: 9 * 60}, 120)
	if err != nil || moved.Repeats() || moved.ID == run.Block.ID {
		t.Fatalf("moved %+v %v", moved, err)
	}
	v, _ = s.Calendar(ctx, week, week.AddDays(13))
	runs := 0
	for _, o := range v.Occurrence {
		if o.Block.Title == "Long run" {
			runs++
			if o.Day == run.Day && o.Block.Repeats() {
				t.Fatal("the series still has the moved day")
			}
		}
	}
	if runs != 2 {
		t.Fatalf("%d long runs in two weeks, want 2 (one moved, one in the series)", runs)
	}
}

// Today asks about the session the sessions screen opens on: late in a
// quarter it plans the next one, and once that is held, Today stops asking
// (and asks to continue one begun and not finished).
func TestTodayAsksAboutTheSessionTheScreenPlans(t *testing.T) {
	ctx := context.Background()
	dec := time.Date(2026, 12, 6, 19, 0, 0, 0, time.UTC) // late in Q4: the session plans Q1
	s := demoAt(t, dec)
	v, err := s.Today(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if v.Quarter.String() != "2027-Q1" {
		t.Fatalf("in December Today asks about %s, want the quarter the session plans, 2027-Q1", v.Quarter)
	}
	if v.Quarter != model.PlannedQuarter(model.DateOf(dec)) {
		t.Fatal("Today and the sessions screen disagree about the quarter")
	}
	x, _, err := s.Session(ctx, v.Quarter)
	if err != nil {
		t.Fatal(err)
	}
	x.Step = 3
	if _, err := s.SaveSession(ctx, x); err != nil {
		t.Fatal(err)
	}
	if v, _ = s.Today(ctx); v.SessionMissing || !v.SessionUnfinished {
		t.Fatalf("a session begun: missing %v, unfinished %v", v.SessionMissing, v.SessionUnfinished)
	}
	x.Done = true
	if _, err := s.SaveSession(ctx, x); err != nil {
		t.Fatal(err)
	}
	if v, _ = s.Today(ctx); v.SessionMissing || v.SessionUnfinished {
		t.Fatal("Today keeps asking for a session that was held")
	}
}

func TestPlannedQuarter(t *testing.T) {
	for day, want := range map[string]string{
		"2026-10-01": "2026-Q4", "2026-11-30": "2026-Q4", "2026-12-01": "2027-Q1", "2026-12-31": "2027-Q1", "2027-01-02": "2027-Q1",
		"2027-03-01": "2027-Q2", "2027-02-28": "2027-Q1",
	} {
		d, _ := model.ParseDate(day)
		if got := model.PlannedQuarter(d).String(); got != want {
			t.Errorf("%s plans %s, want %s", day, got, want)
		}
	}
}
