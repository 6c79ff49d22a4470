package app

import (
	"context"
	"fmt"

	"github.com/vennplanner/venn/model"
)

// signalData gathers what the "worth talking about" signals read, as
// viewerID may see it: no private goals, rituals or life events (a signal
// is a conversation for both), the viewer's own health checks and the
// partner's shared ones. An empty viewerID (the printed summary) sees only
// what is shared. Only the viewer's own people of their own are read.
func (s *Service) signalData(ctx context.Context, viewerID string, day model.Date) (model.SignalData, error) {
	d, err := s.planData(ctx)
	if err != nil {
		return d, err
	}
	health, err := s.store.HealthChecks(ctx)
	if err != nil {
		return d, err
	}
	for _, h := range health {
		if !h.Private || (viewerID != "" && h.PartnerID == viewerID) {
			d.Health = append(d.Health, h)
		}
	}
	if d.Requests, err = s.Requests(ctx); err != nil {
		return d, err
	}
	if viewerID != "" && !s.IsLocked(viewerID) {
		// The viewer's own people, on their computer only: never the
		// partner's, never on paper.
		if d.People, err = s.store.People(ctx, viewerID); err != nil {
			return d, fmt.Errorf("load people: %w", err)
		}
	}
	d.RatingsHigh, err = s.ratingsHigh(ctx, d.Partners, day)
	return d, err
}

// ratingsHigh names the partners whose signs of imbalance stayed frequent
// for the three months up to day's month (as the Balance tab says).
func (s *Service) ratingsHigh(ctx context.Context, partners []model.Partner, day model.Date) (map[string]bool, error) {
	signs, err := s.Signs(ctx)
	if err != nil {
		return nil, err
	}
	ratings, err := s.store.Ratings(ctx)
	if err != nil {
		return nil, err
	}
	month := MonthOf(day)
	first := model.DateOf(month.Time().AddDate(0, -(BalanceMonths - 1), 0))
	out := map[string]bool{}
	for _, p := range partners {
		out[p.ID] = model.StaysHigh(model.GaugeTrend(p.ID, ratings, signs, first, month))
	}
	return out, nil
}

// planData reads the plans the signals measure: the partners, and the
// goals, rituals and life events that are not private.
func (s *Service) planData(ctx context.Context) (model.SignalData, error) {
	var d model.SignalData
	var err error
	if _, d.Partners, err = s.Household(ctx); err != nil {
		return d, err
	}
	goals, err := s.store.GoalPlans(ctx)
	if err != nil {
		return d, err
	}
	for _, g := range goals {
		if !g.Private {
			d.Goals = append(d.Goals, g)
		}
	}
	rituals, err := s.store.Rituals(ctx)
	if err != nil {
		return d, err
	}
	for _, r := range rituals {
		if !r.Private {
			d.Rituals = append(d.Rituals, r)
		}
	}
	events, err := s.store.LifeEvents(ctx)
	if err != nil {
		return d, err
	}
	for _, e := range events {
		if !e.Private {
			d.Events = append(d.Events, e)
		}
	}
	return d, nil
}

// WorthTalkingAbout returns the gentle signals of the last quarter as
// viewerID may see them (see model.WorthTalkingAbout).
func (s *Service) WorthTalkingAbout(ctx context.Context, viewerID string) ([]model.Signal, error) {
	return s.WorthTalkingAboutOn(ctx, viewerID, s.today())
}

// WorthTalkingAboutOn returns the signals of the quarter up to day (a
// printed summary's last day).
func (s *Service) WorthTalkingAboutOn(ctx context.Context, viewerID string, day model.Date) ([]model.Signal, error) {
	d, err := s.signalData(ctx, viewerID, day)
	if err != nil {
		return nil, err
	}
	return model.WorthTalkingAbout(d, day), nil
}

// MeasuredSlips counts, per partner, their own goals that slipped in the
// three months up to the end of month (or today, if sooner): what the
// eighth sign of imbalance measures beside each partner's own rating.
func (s *Service) MeasuredSlips(ctx context.Context, month model.Date) (map[string]model.Slips, error) {
	d, err := s.planData(ctx)
	if err != nil {
		return nil, err
	}
	to := model.DateOf(MonthOf(month).Time().AddDate(0, 1, -1))
	if today := s.today(); today.Before(to) {
		to = today
	}
	out := map[string]model.Slips{}
	for _, p := range d.Partners {
		out[p.ID] = d.SlipsOf(p.ID, to.AddDays(-model.SignalWindow), to)
	}
	return out, nil
}
