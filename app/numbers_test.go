package app

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/vennplanner/venn/model"
)

// openOn opens a service on a temp folder whose clock says now.
func openOn(t testing.TB, now time.Time) *Service {
	t.Helper()
	s, err := Open(context.Background(), t.TempDir(), Options{Now: func() time.Time { return now }, Secrets: &fakeKeychain{secrets: map[string]string{}}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// personalGoal makes a goal of a partner's, in progress.
func personalGoal(t testing.TB, s *Service, owner model.Partner, title string) model.Goal {
	t.Helper()
	g, err := s.CreateGoal(context.Background(), model.GoalPatch{Title: &title, Owner: model.Ptr(model.Owner(owner.ID)), Column: model.Ptr(model.ColumnDoing)})
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// A capacity is for a whole period: 12 hours a week set on a Sunday are
// the week's 12 hours (not the 1 h 43 min left of it), and €800 a month
// set on the 22nd are the month's €800, so a whole week's allocations are
// not "over" a sliver of capacity.
func TestACapacitySetTodayIsTheWholePeriods(t *testing.T) {
	ctx := context.Background()
	sunday := time.Date(2026, 11, 22, 20, 0, 0, 0, time.Local)
	s := openOn(t, sunday)
	zoe, _ := setUp(t, s)
	today := model.DateOf(sunday)
	if err := s.SetCapacity(ctx, zoe.ID, model.Time, 12*60, today); err != nil {
		t.Fatal(err)
	}
	if err := s.SetCapacity(ctx, zoe.ID, model.Money, 800_00, today); err != nil {
		t.Fatal(err)
	}
	g := personalGoal(t, s, zoe, "日本語を学ぶ 🇯🇵 — Zoë's Japanese")
	if err := s.SetAllocations(ctx, g.ID, map[model.Resource]model.Amount{model.Time: 5 * 60, model.Money: 300_00}, 50, 50); err != nil {
		t.Fatal(err)
	}
	for _, span := range []Span{SpanWeek, SpanMonth, SpanQuarter} {
		v, err := s.Resources(ctx, span, today)
		if err != nil {
			t.Fatal(err)
		}
		bt, bm := v.Balances[zoe.ID][0], v.Balances[zoe.ID][1]
		if bt.Capacity != 12*60 || bt.Free != 7*60 || bt.Over() {
			t.Errorf("%s: Zoë's time %+v; want 12 h a week with 7 h free", span, bt)
		}
		if bm.Capacity != 800_00 || bm.Free != 500_00 || bm.Over() {
			t.Errorf("%s: Zoë's money %+v; want € 800 a month with € 500 free", span, bm)
		}
		if len(v.Warnings) != 0 {
			t.Errorf("%s: warnings %q", span, v.Warnings)
		}
	}
	// The next quarter's session (step 6) sees the same figures.
	next, err := s.Resources(ctx, SpanQuarter, today.Quarter().Next().First())
	if err != nil {
		t.Fatal(err)
	}
	if bt := next.Balances[zoe.ID][0]; bt.Capacity != 12*60 {
		t.Errorf("next quarter: %+v", bt)
	}
}

// Spending past a capacity is told: € 983.50 used in a month of € 700 is
// € 283.50 past it; a week or a quarter with room is not.
func TestSpendingPastTheCapacityIsTold(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2026, 11, 18, 10, 0, 0, 0, time.Local)
	s := openOn(t, now)
	zoe, lukasz := setUp(t, s)
	if err := s.SetCapacity(ctx, zoe.ID, model.Money, 700_00, model.Date{Year: 2026, Month: 11, Day: 1}); err != nil {
		t.Fatal(err)
	}
	g := personalGoal(t, s, zoe, "Kurs für Töpferei 🏺")
	if _, err := s.LogActual(ctx, model.Actual{GoalID: g.ID, PartnerID: zoe.ID, Resource: model.Money, Amount: 983_50, Day: model.Date{Year: 2026, Month: 11, Day: 3}, Note: "Brennofen"}); err != nil {
		t.Fatal(err)
	}
	month, err := s.Resources(ctx, SpanMonth, model.DateOf(now))
	if err != nil {
		t.Fatal(err)
	}
	b := month.Balances[zoe.ID][1]
	if b.Used != 983_50 || b.SpanCapacity != 700_00 || b.PastCapacity() != 283_50 {
		t.Errorf("this month: %+v, past by %d; want € 283.50 past € 700", b, b.PastCapacity())
	}
	// Łukasz has no money capacity set: nothing to be past.
	if lb := month.Balances[lukasz.ID][1]; lb.PastCapacity() != 0 {
		t.Errorf("Łukasz: %+v", lb)
	}
	week, err := s.Resources(ctx, SpanWeek, model.DateOf(now))
	if err != nil {
		t.Fatal(err)
	}
	if b := week.Balances[zoe.ID][1]; b.PastCapacity() != 0 {
		t.Errorf("this week nothing was spent: %+v", b)
	}
	// October had no capacity, November and December € 700 each.
	quarter, err := s.Resources(ctx, SpanQuarter, model.DateOf(now))
	if err != nil {
		t.Fatal(err)
	}
	if b := quarter.Balances[zoe.ID][1]; b.SpanCapacity != 1400_00 || b.PastCapacity() != 0 {
		t.Errorf("this quarter: %+v", b)
	}
}

// An allocation counts from the week (or month) it was made in: the chart
// of the quarter has nothing allocated in the weeks before it, the goal's
// allocated total over the quarter counts only the weeks since, and a week
// before it has nothing allocated.
func TestAnAllocationCountsFromWhenItWasMade(t *testing.T) {
	ctx := context.Background()
	wednesday := time.Date(2026, 11, 18, 10, 0, 0, 0, time.Local)
	s := openOn(t, wednesday)
	zoe, _ := setUp(t, s)
	today := model.DateOf(wednesday)
	g := personalGoal(t, s, zoe, "Apprendre le violoncelle 🎻")
	if err := s.SetAllocations(ctx, g.ID, map[model.Resource]model.Amount{model.Time: 5 * 60, model.Money: 60_00}, 50, 50); err != nil {
		t.Fatal(err)
	}
	v, err := s.Resources(ctx, SpanQuarter, today)
	if err != nil {
		t.Fatal(err)
	}
	made := model.Date{Year: 2026, Month: 11, Day: 16} // the Monday of its week
	for _, w := range v.Quarter {
		want := model.Amount(5 * 60)
		if w.Start.Before(made) {
			want = 0
		}
		if w.Allocated[model.Time] != want {
			t.Errorf("week of %s: %d min allocated, want %d", w.Start, w.Allocated[model.Time], want)
		}
	}
	// Over the quarter: the 46 days from 16 November, not all 92.
	if rows := GoalTable(v, model.Time); len(rows) != 1 || rows[0].Allocated != model.AllocatedOver(5*60, model.Time, made, model.Date{Year: 2026, Month: 12, Day: 31}) {
		t.Errorf("the goal's time over the quarter: %+v", rows)
	}
	// Money is monthly: November and December.
	if rows := GoalTable(v, model.Money); len(rows) != 1 || rows[0].Allocated != 120_00 {
		t.Errorf("the goal's money over the quarter: %+v", rows)
	}
	october, err := s.Resources(ctx, SpanWeek, model.Date{Year: 2026, Month: 10, Day: 14})
	if err != nil {
		t.Fatal(err)
	}
	if b := october.Balances[zoe.ID][0]; b.Allocated != 0 {
		t.Errorf("a week in October, before the allocation: %+v", b)
	}
	// Changing the amount later keeps the day it was made.
	if err := s.SetAllocation(ctx, g.ID, model.Time, 6*60, 50, 50); err != nil {
		t.Fatal(err)
	}
	allocs, _ := s.GoalAllocations(ctx, g.ID)
	if a := allocs[model.Time]; a.Since != today {
		t.Errorf("after a change: %+v, want it made on %s", a, today)
	}
}

// The day an allocation was made travels in the export; an import with a
// day that is not a past date is refused whole.
func TestAnAllocationsDayIsExportedAndChecked(t *testing.T) {
	ctx := context.Background()
	s := openOn(t, time.Date(2026, 11, 18, 10, 0, 0, 0, time.Local))
	zoe, _ := setUp(t, s)
	g := personalGoal(t, s, zoe, "Ζωγραφική — painting")
	if err := s.SetAllocation(ctx, g.ID, model.Time, 90, 50, 50); err != nil {
		t.Fatal(err)
	}
	doc := exportString(t, s)
	if !strings.Contains(doc, `"since": "2026-11-18"`) {
		t.Fatalf("the export lacks the allocation's day:\n%s", doc)
	}
	for _, bad := range []string{"2027-01-01", "18/11/2026"} {
		_, err := s.Import(ctx, strings.NewReader(strings.Replace(doc, `"since": "2026-11-18"`, `"since": "`+bad+`"`, 1)))
		var ie *ImportError
		if !errors.As(err, &ie) || !strings.Contains(err.Error(), "since") {
			t.Errorf("since %q: %v, want a refusal that names it", bad, err)
		}
	}
	if after := exportString(t, s); after != doc {
		t.Fatalf("a refused import changed data:\n%s", firstDiff(doc, after))
	}
}

// The goals to plan for are the live ones not done with nothing planned,
// those in progress first.
func TestGoalsToPlanAreTheOnesWithNothingPlanned(t *testing.T) {
	ctx := context.Background()
	s := openOn(t, time.Date(2026, 11, 18, 10, 0, 0, 0, time.Local))
	zoe, _ := setUp(t, s)
	mk := func(title string, c model.Column) model.Goal {
		g, err := s.CreateGoal(ctx, model.GoalPatch{Title: &title, Owner: model.Ptr(model.Owner(zoe.ID)), Column: &c})
		if err != nil {
			t.Fatal(err)
		}
		return g
	}
	idea := mk("Idée : apprendre le tango 💃", model.ColumnIdeas)
	doing := mk("Marathon training — 马拉松", model.ColumnDoing)
	planned := mk("Planned, with time", model.ColumnPlanned)
	mk("Done already", model.ColumnDone)
	archived := mk("Put away", model.ColumnDoing)
	if err := s.ArchiveGoal(ctx, archived.ID, true); err != nil {
		t.Fatal(err)
	}
	if err := s.SetAllocation(ctx, planned.ID, model.Energy, 20, 50, 50); err != nil {
		t.Fatal(err)
	}
	got, err := s.GoalsToPlan(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].ID != doing.ID || got[1].ID != idea.ID {
		t.Fatalf("goals to plan: %+v; want the one in progress, then the idea", got)
	}
}
