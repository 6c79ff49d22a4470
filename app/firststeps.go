package app

import (
	"context"
	"fmt"

	"github.com/vennplanner/venn/i18n"
	"github.com/vennplanner/venn/model"
)

// FirstSteps are a new couple's first week with Venn, each step ticked
// from what the household holds on this computer, in tr's language (nil:
// English).
func (s *Service) FirstSteps(ctx context.Context, tr *i18n.Tr) ([]model.FirstStep, error) {
	f, err := s.firstStepFacts(ctx)
	if err != nil {
		return nil, fmt.Errorf("first steps: %w", err)
	}
	return model.FirstStepsIn(tr, f), nil
}

// firstStepFacts counts what the first steps look for.
func (s *Service) firstStepFacts(ctx context.Context) (model.FirstStepFacts, error) {
	var f model.FirstStepFacts
	partners, err := s.store.Partners(ctx) // partner A first
	if err != nil {
		return f, err
	}
	slot := func(id string) int {
		for i, p := range partners {
			if p.ID == id && i < 2 {
				return i
			}
		}
		return -1
	}
	goals, err := s.store.Goals(ctx)
	if err != nil {
		return f, err
	}
	for _, g := range goals {
		if g.Owner == model.Shared {
			f.SharedGoals++
		} else if i := slot(string(g.Owner)); i >= 0 {
			f.OwnGoals[i]++
		}
	}
	if err := s.countPlans(ctx, &f, slot); err != nil {
		return f, err
	}
	return f, s.countReviews(ctx, &f, slot)
}

// countPlans counts capacities, shared rituals and solo time.
func (s *Service) countPlans(ctx context.Context, f *model.FirstStepFacts, slot func(string) int) error {
	caps, err := s.store.Capacities(ctx)
	if err != nil {
		return err
	}
	for _, c := range caps {
		if i := slot(c.PartnerID); i >= 0 && c.Resource == model.Time && c.Amount > 0 {
			f.TimeCapacity[i] = true
		}
	}
	rituals, err := s.store.Rituals(ctx)
	if err != nil {
		return err
	}
	for _, r := range rituals {
		if r.Who == model.Shared {
			f.SharedRituals++
		}
	}
	blocks, err := s.store.Blocks(ctx)
	if err != nil {
		return err
	}
	for _, b := range blocks {
		if i := slot(b.Owner); b.Kind == model.KindSolo && i >= 0 {
			f.SoloTime[i] = true
		}
	}
	return nil
}

// countReviews counts check-in weeks, rated signs and sessions finished.
func (s *Service) countReviews(ctx context.Context, f *model.FirstStepFacts, slot func(string) int) error {
	answers, err := s.store.Answers(ctx)
	if err != nil {
		return err
	}
	weeks := map[model.Date]bool{}
	for _, a := range answers {
		weeks[a.Week] = true
	}
	f.CheckinWeeks = len(weeks)
	ratings, err := s.store.Ratings(ctx)
	if err != nil {
		return err
	}
	for _, r := range ratings {
		if i := slot(r.PartnerID); i >= 0 {
			f.Rated[i] = true
		}
	}
	sessions, err := s.store.Sessions(ctx)
	if err != nil {
		return err
	}
	for _, x := range sessions {
		if x.Done {
			f.SessionsDone++
		}
	}
	return nil
}
