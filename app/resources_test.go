package app

import (
	"context"
	"strings"
	"testing"

	"github.com/vennplanner/venn/model"
)

func TestResourcesRoundTripAndBadInput(t *testing.T) {
	ctx := context.Background()
	src := newService(t)
	if err := src.Demo(ctx, 1); err != nil {
		t.Fatal(err)
	}
	first := exportString(t, src)
	for _, key := range []string{`"capacities"`, `"allocations"`, `"actuals"`} {
		if !strings.Contains(first, key) {
			t.Fatalf("export lacks %s", key)
		}
	}
	dst := newService(t)
	if _, err := dst.Import(ctx, strings.NewReader(first)); err != nil {
		t.Fatal(err)
	}
	if second := exportString(t, dst); second != first {
		t.Fatalf("round trip differs:\n%s", firstDiff(first, second))
	}
	_, partners, _ := src.Household(ctx)
	view, _ := src.Board(ctx, model.BoardFilter{})
	g := view.Lanes[0].Cells[0][0]
	before := exportString(t, src)
	bad := []error{
		src.SetCapacity(ctx, partners[0].ID, model.Time, 169*60, model.DateOf(src.Now())),
		src.SetCapacity(ctx, "nobody", model.Time, 60, model.DateOf(src.Now())),
		src.SetCapacity(ctx, partners[0].ID, model.Money, -1, model.DateOf(src.Now())),
		src.SetAllocation(ctx, "no-such-goal", model.Time, 60, 50, 50),
		src.SetAllocation(ctx, g.ID, model.Money, 100_000_000_001, 50, 50),
		func() error {
			_, err := src.LogActual(ctx, model.Actual{GoalID: g.ID, PartnerID: partners[0].ID, Resource: model.Time, Amount: 60, Day: model.DateOf(src.Now().AddDate(0, 0, 3))})
			return err
		}(),
		func() error {
			_, err := src.LogActual(ctx, model.Actual{GoalID: g.ID, PartnerID: partners[0].ID, Resource: model.Time, Amount: 0, Day: model.DateOf(src.Now())})
			return err
		}(),
	}
	for i, err := range bad {
		if !model.IsValidation(err) {
			t.Errorf("case %d: %v, want a plain refusal", i, err)
		}
	}
	if after := exportString(t, src); after != before {
		t.Fatal("refused input changed data")
	}
}

func TestTheGoalTableShowsWhatIsLeftAndWhatIsOverspent(t *testing.T) {
	v := ResourcesView{Goals: []GoalResources{
		{Goal: model.Goal{ID: "a", Title: "Run"}, Allocations: map[model.Resource]model.Allocation{model.Time: {Amount: 120}},
			Allocated: map[model.Resource]model.Amount{model.Time: 480}, Used: map[model.Resource]model.Amount{model.Time: 300}},
		{Goal: model.Goal{ID: "b", Title: "Climb"}, Allocations: map[model.Resource]model.Allocation{model.Time: {Amount: 60}},
			Allocated: map[model.Resource]model.Amount{model.Time: 240}, Used: map[model.Resource]model.Amount{model.Time: 420, model.Money: 7100}},
		{Goal: model.Goal{ID: "c", Title: "Nothing of time"}, Allocations: map[model.Resource]model.Allocation{model.Money: {Amount: 6000}},
			Allocated: map[model.Resource]model.Amount{model.Money: 6000}, Used: map[model.Resource]model.Amount{}},
	}}
	rows := GoalTable(v, model.Time)
	if len(rows) != 2 || rows[0].Available != 180 || rows[0].Overspent() || rows[1].Available != -180 || !rows[1].Overspent() {
		t.Fatalf("time rows %+v", rows)
	}
	// Money: the goal with an allocation, and the one with spending only.
	money := GoalTable(v, model.Money)
	if len(money) != 2 || money[0].Goal.ID != "b" || money[0].Available != -7100 || money[1].Available != 6000 {
		t.Fatalf("money rows %+v", money)
	}
}
