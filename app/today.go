package app

import (
	"context"
	"slices"

	"github.com/vennplanner/venn/model"
)

// TodayRitual is a ritual on the Today view: due today, or already marked.
type TodayRitual struct {
	Ritual model.Ritual
	Today  model.RitualToday
	Entry  *model.RitualEntry // today's entry, if any
	// ClearedBy is who took today's mark away, when it was taken away.
	ClearedBy string
}

// TodayReview is a development contract whose review is due.
type TodayReview struct {
	Contract  model.Contract
	GoalTitle string
	Owner     model.Owner
}

// TodayView is what is due today for each partner and for both: the screen
// a couple opens every evening.
type TodayView struct {
	Day      model.Date
	Week     model.Date // first day of this week
	Partners []model.Partner
	// Rituals due today or marked today, by owner (a partner's id, or
	// model.Shared).
	Rituals map[model.Owner][]TodayRitual
	// GoalsDue are open goals whose target date falls in the next seven
	// days (or has passed), by owner.
	GoalsDue map[model.Owner][]model.Goal
	// Unanswered are the partners who have not answered this week's check-in.
	Unanswered []model.Partner
	// Unrated are the partners with no balance rating this month.
	Unrated []model.Partner
	Reviews []TodayReview
	// Quarter is the quarter a session held now plans (model.PlannedQuarter);
	// SessionMissing says it has no session yet, SessionUnfinished that
	// its session was begun and not finished.
	Quarter           model.Quarter
	SessionMissing    bool
	SessionUnfinished bool
	// SessionThisQuarter says today's own quarter has a session (held
	// ahead, or in it): the quarter's reminder asks only without one.
	SessionThisQuarter bool
	// Between holds the everyday practices that wait for someone.
	Between TodayBetween
	// Races are the edits of one text made at the same time on both
	// computers whose notice was not dismissed here.
	Races []EditRace
}

// TodayBetween is what the everyday practices bring to Today.
type TodayBetween struct {
	// Appreciations sent in the last week, newest first.
	Appreciations []model.Appreciation
	// Waiting are requests waiting for an answer: open ones for the
	// partner asked, counter-proposals for the partner who asked.
	Waiting []model.Request
	// Revisit are agreements whose day to look at them again has come.
	Revisit []model.Agreement
	// HealthDue are the partners whose health check is due this week;
	// HealthStarted names those who ever made one (only they are nudged).
	HealthDue     []model.Partner
	HealthStarted map[string]bool
}

// AppreciationDays is how far back Today shows appreciations.
const AppreciationDays = 7

// Today gathers the Today view. Archived rituals and goals are left out;
// private items count on this computer, as everywhere on screen.
func (s *Service) Today(ctx context.Context) (TodayView, error) {
	if v, ok := s.takeTodayAhead(ctx); ok {
		return v, nil
	}
	return s.readToday(ctx)
}

// todayAhead is a Today view read in the background before it is asked for.
type todayAhead struct {
	done       chan struct{}
	view       TodayView
	err        error
	generation uint64 // the data's generation when the reading began
}

// ReadTodayAhead starts reading the Today view in the background, so the
// window can be created meanwhile (most of that time is spent in the
// graphics driver). The next Today takes it, unless the data changed or
// the day turned since.
func (s *Service) ReadTodayAhead(ctx context.Context) {
	a := &todayAhead{done: make(chan struct{}), generation: s.generation.Load()}
	s.mu.Lock()
	s.ahead = a
	s.mu.Unlock()
	go func() {
		defer close(a.done)
		a.view, a.err = s.readToday(ctx)
	}()
}

// takeTodayAhead returns the view read ahead, waiting for it, when there is
// one and it is still true.
func (s *Service) takeTodayAhead(ctx context.Context) (TodayView, bool) {
	s.mu.Lock()
	a := s.ahead
	s.ahead = nil
	s.mu.Unlock()
	if a == nil {
		return TodayView{}, false
	}
	select {
	case <-a.done:
	case <-ctx.Done():
		return TodayView{}, false
	}
	if a.err != nil || a.generation != s.generation.Load() || a.view.Day != s.today() {
		return TodayView{}, false
	}
	return a.view, true
}

// readToday reads the Today view from the data.
func (s *Service) readToday(ctx context.Context) (TodayView, error) {
	h, partners, err := s.Household(ctx)
	if err != nil {
		return TodayView{}, err
	}
	today := s.today()
	v := TodayView{Day: today, Week: model.WeekOf(today, h.WeekStart), Partners: partners, Quarter: model.PlannedQuarter(today),
		Rituals: map[model.Owner][]TodayRitual{}, GoalsDue: map[model.Owner][]model.Goal{}}
	if err := s.todayRituals(ctx, &v, h.WeekStart); err != nil {
		return v, err
	}
	if v.Races, err = s.EditRaces(ctx, true); err != nil {
		return v, err
	}
	if err := s.todayGoalsAndReviews(ctx, &v); err != nil {
		return v, err
	}
	if err := s.todayRhythm(ctx, &v); err != nil {
		return v, err
	}
	return v, s.todayBetween(ctx, &v)
}

func (s *Service) todayRituals(ctx context.Context, v *TodayView, weekStart model.Weekday) error {
	view, err := s.Rituals(ctx, RitualFilter{})
	if err != nil {
		return err
	}
	for _, rv := range view.Rituals {
		st := model.RitualDueToday(rv.Ritual, rv.Adaptations, rv.Entries, v.Day, weekStart)
		if !st.Due && st.Marked == "" {
			continue
		}
		tr := TodayRitual{Ritual: rv.Ritual, Today: st, Entry: rv.Today}
		if rv.Today == nil {
			if tr.ClearedBy, err = s.store.ClearedBy(ctx, rv.Ritual.ID, v.Day); err != nil {
				return err
			}
		}
		v.Rituals[rv.Ritual.Who] = append(v.Rituals[rv.Ritual.Who], tr)
	}
	return nil
}

func (s *Service) todayGoalsAndReviews(ctx context.Context, v *TodayView) error {
	soon := v.Day.AddDays(7)
	goals, err := s.store.GoalsForToday(ctx, soon)
	if err != nil {
		return err
	}
	byID := map[string]model.Goal{}
	for _, g := range goals {
		byID[g.ID] = g
		if g.Archived || g.Column == model.ColumnDone || g.Due.IsZero() || soon.Before(g.Due) {
			continue
		}
		v.GoalsDue[g.Owner] = append(v.GoalsDue[g.Owner], g)
	}
	for o := range v.GoalsDue {
		slices.SortFunc(v.GoalsDue[o], func(a, b model.Goal) int { return a.Due.Compare(b.Due) })
	}
	contracts, err := s.Contracts(ctx)
	if err != nil {
		return err
	}
	for _, c := range contracts {
		g, ok := byID[c.GoalID]
		if ok && !g.Archived && g.Column != model.ColumnDone && c.Due(v.Day) {
			v.Reviews = append(v.Reviews, TodayReview{Contract: c, GoalTitle: g.Title, Owner: g.Owner})
		}
	}
	return nil
}

// todayRhythm fills the week's check-in, the month's balance rating and
// the quarter's session.
func (s *Service) todayRhythm(ctx context.Context, v *TodayView) error {
	weeks, err := s.store.CheckinWeeks(ctx)
	if err != nil {
		return err
	}
	marks := model.CheckinWeek{Week: v.Week}
	for _, w := range weeks {
		if w.Week == v.Week {
			marks = w
		}
	}
	ratings, err := s.store.Ratings(ctx)
	if err != nil {
		return err
	}
	month := MonthOf(v.Day)
	for _, p := range v.Partners {
		if !marks.Answered(p.Slot) {
			v.Unanswered = append(v.Unanswered, p)
		}
		if !slices.ContainsFunc(ratings, func(r model.Rating) bool { return r.PartnerID == p.ID && r.Month == month }) {
			v.Unrated = append(v.Unrated, p)
		}
	}
	sessions, err := s.Sessions(ctx)
	if err != nil {
		return err
	}
	i := slices.IndexFunc(sessions, func(x model.Session) bool { return x.Quarter == v.Quarter })
	v.SessionMissing = i < 0
	v.SessionUnfinished = i >= 0 && !sessions[i].Done
	v.SessionThisQuarter = slices.ContainsFunc(sessions, func(x model.Session) bool { return x.Quarter == v.Day.Quarter() })
	return nil
}

// todayBetween gathers what the everyday practices bring to Today.
func (s *Service) todayBetween(ctx context.Context, v *TodayView) error {
	// The household was read for Today; the practices use its partners.
	all, err := s.appreciationsBetween(ctx, v.Partners)
	if err != nil {
		return err
	}
	since := v.Day.AddDays(-AppreciationDays)
	for _, a := range all {
		if !a.Day.Before(since) {
			v.Between.Appreciations = append(v.Between.Appreciations, a)
		}
	}
	requests, err := s.requestsOf(ctx, v.Partners)
	if err != nil {
		return err
	}
	for _, r := range requests {
		if r.Reply == model.ReplyOpen || r.Reply == model.ReplyCounter {
			v.Between.Waiting = append(v.Between.Waiting, r)
		}
	}
	agreements, err := s.Agreements(ctx)
	if err != nil {
		return err
	}
	for _, a := range agreements {
		if a.DueForRevisit(v.Day) {
			v.Between.Revisit = append(v.Between.Revisit, a)
		}
	}
	checks, err := s.store.HealthChecks(ctx)
	if err != nil {
		return err
	}
	plans, err := s.store.HealthPlans(ctx)
	if err != nil {
		return err
	}
	v.Between.HealthStarted = map[string]bool{}
	for _, h := range checks {
		v.Between.HealthStarted[h.PartnerID] = true
	}
	for _, p := range v.Partners {
		plan := model.HealthPlan{PartnerID: p.ID, EveryWeeks: model.DefaultHealthWeeks}
		for _, x := range plans {
			if x.PartnerID == p.ID {
				plan = x
			}
		}
		if model.HealthDue(plan, checks, v.Week) {
			v.Between.HealthDue = append(v.Between.HealthDue, p)
		}
	}
	return nil
}
