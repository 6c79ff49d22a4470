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
	Rituals   []RitualLookBack
	Resources []report.ResourceLine
	Checkins  *report.Section
	Reached   []model.Milestone
}

// RitualLookBack is a ritual as the look-back shows it: its strength and
// streaks on the quarter's last day (or the day it was archived, for one
// retired in the quarter) and how consistently it was kept in the quarter
// (see model.Kept; Judged is false when no period could be judged yet).
type RitualLookBack struct {
	Ritual model.Ritual
	Stats  model.RitualStats
	Kept   float64
	Judged bool
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
	lb.Checkins = checkinHighlights(s.tr, answers, prompts, partners, q.First(), q.Last(), h.WeekStart)
	goals, err := s.store.Goals(ctx)
	if err != nil {
		return lb, err
	}
	days, err := s.goalDays(ctx)
	if err != nil {
		return lb, err
	}
	for _, g := range goals {
		if model.FinishedIn(g, g.InQuarter(q), days[g.ID], q.First(), q.Last()) {
			lb.Done = append(lb.Done, g)
		}
	}
	if lb.Rituals, err = s.lookBackRituals(ctx, h, q); err != nil {
		return lb, err
	}
	lb.Reached, err = s.MilestonesReached(ctx, q.First(), q.Last())
	return lb, err
}

// lookBackRituals are the rituals that lived in quarter q, archived ones
// too, as this computer sees them (private ones included: the look-back is
// on screen, not on paper).
func (s *builder) lookBackRituals(ctx context.Context, h model.Household, q model.Quarter) ([]RitualLookBack, error) {
	lived, err := s.ritualsIn(ctx, q.First(), s.asOf(q.Last()), true)
	if err != nil {
		return nil, err
	}
	out := make([]RitualLookBack, 0, len(lived))
	for _, lr := range lived {
		rl := RitualLookBack{Ritual: lr.Ritual, Stats: model.Stats(lr.Ritual, lr.Adaptations, lr.Entries, lr.last, h.WeekStart)}
		rl.Kept, rl.Judged = model.Kept(lr.Ritual, lr.Adaptations, lr.Entries, q.First(), q.Last(), lr.last, h.WeekStart)
		out = append(out, rl)
	}
	return out, nil
}
