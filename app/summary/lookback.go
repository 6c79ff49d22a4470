package summary

import (
	"context"

	"github.com/vennplanner/venn/app"
	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/report"
)

// LookBack is the first step of a session: the quarter just past.
type LookBack struct {
	Quarter   model.Quarter
	Done      []model.Goal
	Rituals   []app.RitualView
	Resources []report.ResourceLine
	Checkins  *report.Section
	Reached   []model.Milestone
}

// LookBackOn gathers the quarter q for the session's first step.
func LookBackOn(ctx context.Context, svc *app.Service, q model.Quarter) (LookBack, error) {
	s := newBuilder(svc)
	lb := LookBack{Quarter: q}
	h, partners, err := s.Household(ctx)
	if err != nil {
		return lb, err
	}
	// The summary's own pieces, without drawing its charts.
	if lb.Resources, _, err = s.resourceLines(ctx, h, partners, q.First(), q.Last()); err != nil {
		return lb, err
	}
	answers, err := s.store.Answers(ctx)
	if err != nil {
		return lb, err
	}
	prompts, err := s.store.Prompts(ctx)
	if err != nil {
		return lb, err
	}
	lb.Checkins = checkinHighlights(answers, prompts, partners, q.First(), q.Last(), h.WeekStart)
	goals, err := s.store.Goals(ctx)
	if err != nil {
		return lb, err
	}
	for _, g := range goals {
		if g.Column == model.ColumnDone && g.InQuarter(q) {
			lb.Done = append(lb.Done, g)
		}
	}
	rv, err := s.Rituals(ctx, app.RitualFilter{})
	if err != nil {
		return lb, err
	}
	lb.Rituals = rv.Rituals
	lb.Reached, err = s.MilestonesReached(ctx, q.First(), q.Last())
	return lb, err
}
