package app

import (
	"context"
	"testing"

	"github.com/vennplanner/venn/model"
)

func TestFirstStepsFollowTheHousehold(t *testing.T) {
	ctx := context.Background()
	s := newService(t)
	maya, liam := setUp(t, s)
	steps, err := s.FirstSteps(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if model.AllDone(steps) || steps[0].Done {
		t.Fatalf("a new household has done its first steps: %+v", steps)
	}
	for _, p := range []model.Partner{maya, liam} {
		title, owner := "Learn to swim 🏊 — "+p.Name, model.Owner(p.ID)
		if _, err := s.CreateGoal(ctx, model.GoalPatch{Title: &title, Owner: &owner}); err != nil {
			t.Fatal(err)
		}
	}
	steps, _ = s.FirstSteps(ctx, nil)
	if !steps[0].Done || steps[1].Done {
		t.Fatalf("with a goal each and none shared: %+v", steps[:2])
	}
	demo := newService(t)
	if err := demo.Demo(ctx, 1); err != nil {
		t.Fatal(err)
	}
	if steps, _ := demo.FirstSteps(ctx, nil); !model.AllDone(steps) {
		t.Errorf("the demo household has not done its first steps: %+v", steps)
	}
}
