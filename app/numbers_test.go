package app

import (
	"context"
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
