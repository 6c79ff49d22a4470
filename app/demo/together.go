package demo

import (
	"context"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage"
)

// demoTogether names who does the steps of the trip to Italy and weighs
// the knee injury's decision against the couple's values.
func (s *filler) demoTogether(ctx context.Context, partners []model.Partner) error {
	goals, err := s.Store().Goals(ctx)
	if err != nil {
		return err
	}
	for _, g := range goals {
		if g.Title != "Two weeks in Italy" || len(g.Checklist) == 0 {
			continue
		}
		steps := append([]model.ChecklistStep(nil), g.Checklist...)
		doers := []model.Owner{model.Owner(partners[0].ID), model.Owner(partners[1].ID), model.Shared}
		for i := range steps {
			steps[i].Doer = doers[i%len(doers)]
		}
		if _, err := s.UpdateGoal(ctx, g.ID, model.GoalPatch{Checklist: &steps}); err != nil {
			return err
		}
		break
	}
	values, err := s.Store().Values(ctx)
	if err != nil {
		return err
	}
	events, err := s.Store().LifeEvents(ctx)
	if err != nil {
		return err
	}
	verdicts := map[string]model.Verdict{"Adventure": model.VerdictStrains, "Creativity": model.VerdictServes, "Health": model.VerdictServes, "Community": model.VerdictUnrelated}
	return s.Update(ctx, func(tx *storage.Tx) error {
		for _, e := range events {
			if e.Title != "Liam's knee injury" {
				continue
			}
			for _, v := range values {
				if verdict, ok := verdicts[v.Text]; ok && v.Owner != "" {
					if err := tx.PutValueCheck(model.ValueCheck{ValueID: v.ID, EventID: e.ID, Verdict: verdict, Private: v.Private || e.Private}); err != nil {
						return err
					}
				}
			}
		}
		return nil
	})
}
