package app

import (
	"context"
	"errors"
	"slices"
	"strings"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage"
)

// TimelineView is the goal-mapping map for a range of days.
type TimelineView struct {
	From, To   model.Date
	Partners   []model.Partner
	Bars       []model.Bar
	Rows       [3]int // rows per lane: partner A, shared, partner B
	Crunch     []model.Crunch
	Collisions []model.Collision
	Milestones []model.Milestone
	Values     []model.Value
}

// Timeline builds the map of the goals dated within from..to: bars by lane,
// crunch weeks and collisions; valueID, when set, keeps only goals linked
// to that value.
func (s *Service) Timeline(ctx context.Context, from, to model.Date, valueID string) (TimelineView, error) {
	h, partners, err := s.Household(ctx)
	if err != nil {
		return TimelineView{}, err
	}
	goals, err := s.store.Goals(ctx)
	if err != nil {
		return TimelineView{}, err
	}
	allocs, err := s.store.Allocations(ctx)
	if err != nil {
		return TimelineView{}, err
	}
	caps, err := s.store.Capacities(ctx)
	if err != nil {
		return TimelineView{}, err
	}
	v := TimelineView{From: from, To: to, Partners: partners}
	if v.Values, err = s.store.Values(ctx); err != nil {
		return v, err
	}
	shown := goals
	if valueID != "" {
		linked := map[string]bool{}
		for _, val := range v.Values {
			if val.ID == valueID {
				for _, g := range val.Goals {
					linked[g] = true
				}
			}
		}
		shown = nil
		for _, g := range goals {
			if linked[g.ID] {
				shown = append(shown, g)
			}
		}
	}
	v.Bars, v.Rows = model.Timeline(shown, partners, from, to)
	v.Crunch = model.CrunchWeeks(goals, allocs, caps, partners, from, to, h.WeekStart)
	v.Collisions = model.Collisions(shown, allocs, partners, v.Crunch)
	ms, err := s.store.Milestones(ctx)
	if err != nil {
		return v, err
	}
	for _, m := range ms {
		if !m.Day.Before(from) && !to.Before(m.Day) {
			v.Milestones = append(v.Milestones, m)
		}
	}
	return v, nil
}

// SetGoalDates changes a goal's start and due dates (dragging a bar's ends).
func (s *Service) SetGoalDates(ctx context.Context, id string, start, due model.Date) (model.Goal, error) {
	if !start.IsZero() && !due.IsZero() && due.Before(start) {
		return model.Goal{}, model.Invalid("due", "ui.model.dueOnOrAfterStart")
	}
	return s.UpdateGoal(ctx, id, model.GoalPatch{Start: &start, Due: &due})
}

// Values lists the self-audit entries of both partners and the couple.
func (s *Service) Values(ctx context.Context) ([]model.Value, error) { return s.store.Values(ctx) }

// SaveValue adds (empty ID) or saves a value entry with its goal links.
func (s *Service) SaveValue(ctx context.Context, v model.Value) (model.Value, error) {
	v.Text = strings.TrimSpace(v.Text)
	err := s.update(ctx, func(tx *storage.Tx) error {
		partners, err := tx.Partners()
		if err != nil {
			return err
		}
		if err := v.Validate(partners); err != nil {
			return err
		}
		for _, g := range v.Goals {
			if _, err := tx.Goal(g); err != nil {
				return goalErr(err)
			}
		}
		all, err := tx.Values()
		if err != nil {
			return err
		}
		i := slices.IndexFunc(all, func(o model.Value) bool { return o.ID == v.ID })
		if v.ID == "" || i < 0 {
			if v.ID == "" {
				v.ID = storage.NewID()
			}
			last := ""
			for _, o := range all {
				if o.Owner == v.Owner && o.Kind == v.Kind && o.Rank > last {
					last = o.Rank
				}
			}
			v.Rank = model.RankBetween(last, "")
			return tx.PutValue(nil, v)
		}
		old := all[i]
		v.Rank = old.Rank
		return tx.PutValue(&old, v)
	})
	return v, err
}

// DeleteValue deletes a value entry and its goal links.
func (s *Service) DeleteValue(ctx context.Context, id string) error {
	return s.update(ctx, func(tx *storage.Tx) error {
		all, err := tx.Values()
		if err != nil {
			return err
		}
		i := slices.IndexFunc(all, func(o model.Value) bool { return o.ID == id })
		if i < 0 {
			return nil
		}
		next := all[i]
		next.Goals = nil
		if err := tx.PutValue(&all[i], next); err != nil {
			return err
		}
		return tx.Delete("value_entries", id)
	})
}

// Contracts lists the personal development contracts with their reviews.
func (s *Service) Contracts(ctx context.Context) ([]model.Contract, error) {
	return s.store.Contracts(ctx)
}

// SaveContract adds (empty ID) or saves a contract on a personal goal.
func (s *Service) SaveContract(ctx context.Context, c model.Contract) (model.Contract, error) {
	c.Commitment, c.Support = strings.TrimSpace(c.Commitment), strings.TrimSpace(c.Support)
	if c.Started.IsZero() {
		c.Started = s.today()
	}
	if err := c.Validate(); err != nil {
		return c, err
	}
	err := s.update(ctx, func(tx *storage.Tx) error {
		g, err := liveGoal(tx, c.GoalID)
		if err != nil {
			return err
		}
		if g.Owner == model.Shared {
			return model.Invalid("goal", "ui.model.contractPersonal")
		}
		c.Private = g.Private
		if c.ID == "" {
			c.ID = storage.NewID()
			return tx.PutContract(nil, c)
		}
		old, err := tx.Contract(c.ID)
		if err != nil {
			return errors.New("that contract no longer exists; it may have been deleted on the other computer")
		}
		return tx.PutContract(&old, c)
	})
	return c, err
}

// ReviewContract logs a review of a contract: progress notes and a 1–5 rating.
func (s *Service) ReviewContract(ctx context.Context, contractID string, r model.ContractReview) error {
	r.Note = strings.TrimSpace(r.Note)
	if r.Day.IsZero() {
		r.Day = s.today()
	}
	if err := r.Validate(); err != nil {
		return err
	}
	return s.update(ctx, func(tx *storage.Tx) error {
		c, err := tx.Contract(contractID)
		if err != nil {
			return errors.New("that contract no longer exists; it may have been deleted on the other computer")
		}
		r.ID = storage.NewID()
		return tx.PutContractReview(c.ID, r, c.Private)
	})
}

// Milestones lists every milestone by day.
func (s *Service) Milestones(ctx context.Context) ([]model.Milestone, error) {
	return s.store.Milestones(ctx)
}

// SaveMilestone adds (empty ID) or saves a milestone; one on a goal takes
// the goal's owner and privacy.
func (s *Service) SaveMilestone(ctx context.Context, m model.Milestone) (model.Milestone, error) {
	m.Title, m.Celebration = strings.TrimSpace(m.Title), strings.TrimSpace(m.Celebration)
	if m.Owner == "" {
		m.Owner = model.Shared
	}
	err := s.update(ctx, func(tx *storage.Tx) error {
		partners, err := tx.Partners()
		if err != nil {
			return err
		}
		if m.GoalID != "" {
			g, err := liveGoal(tx, m.GoalID)
			if err != nil {
				return err
			}
			m.Owner, m.Private = g.Owner, g.Private
		}
		if err := m.Validate(partners); err != nil {
			return err
		}
		if m.ID == "" {
			m.ID = storage.NewID()
			return tx.PutMilestone(nil, m)
		}
		old, err := tx.Milestone(m.ID)
		if err != nil {
			return errors.New("that milestone no longer exists; it may have been deleted on the other computer")
		}
		return tx.PutMilestone(&old, m)
	})
	return m, err
}

// DeleteMilestone deletes a milestone.
func (s *Service) DeleteMilestone(ctx context.Context, id string) error {
	return s.update(ctx, func(tx *storage.Tx) error {
		if _, err := tx.Milestone(id); err != nil {
			return nil // already gone, perhaps on the other computer
		}
		return tx.Delete("milestones", id)
	})
}

// ReachMilestone marks a milestone reached on day, with how it is celebrated.
func (s *Service) ReachMilestone(ctx context.Context, id string, day model.Date, celebration string) error {
	return s.update(ctx, func(tx *storage.Tx) error {
		old, err := tx.Milestone(id)
		if err != nil {
			return errors.New("that milestone no longer exists; it may have been deleted on the other computer")
		}
		m := old
		m.Reached, m.ReachedOn, m.Celebration = true, day, strings.TrimSpace(celebration)
		partners, err := tx.Partners()
		if err != nil {
			return err
		}
		if err := m.Validate(partners); err != nil {
			return err
		}
		return tx.PutMilestone(&old, m)
	})
}

// MilestonesReached lists the public milestones reached between from and
// to.
func (s *Service) MilestonesReached(ctx context.Context, from, to model.Date) ([]model.Milestone, error) {
	ms, err := s.store.Milestones(ctx)
	if err != nil {
		return nil, err
	}
	var out []model.Milestone
	for _, m := range ms {
		if m.Reached && !m.Private && !m.ReachedOn.Before(from) && !to.Before(m.ReachedOn) {
			out = append(out, m)
		}
	}
	return out, nil
}

// Session returns the session planning quarter q: the saved one, or a new
// one dated today (not saved until SaveSession).
func (s *Service) Session(ctx context.Context, q model.Quarter) (model.Session, bool, error) {
	ss, err := s.store.Sessions(ctx)
	if err != nil {
		return model.Session{}, false, err
	}
	for _, x := range ss {
		if x.Quarter == q {
			return x, true, nil
		}
	}
	return model.Session{ID: storage.SessionID(q), Quarter: q, Day: s.today()}, false, nil
}

// Sessions lists the saved sessions, newest quarter first.
func (s *Service) Sessions(ctx context.Context) ([]model.Session, error) {
	return s.store.Sessions(ctx)
}

// SaveSession saves a session's step, notes and decisions.
func (s *Service) SaveSession(ctx context.Context, x model.Session) (model.Session, error) {
	x.ID = storage.SessionID(x.Quarter)
	x.Notes, x.Decisions = strings.TrimSpace(x.Notes), strings.TrimSpace(x.Decisions)
	if err := x.Validate(); err != nil {
		return x, err
	}
	err := s.update(ctx, func(tx *storage.Tx) error {
		old, found, err := tx.Session(x.ID)
		if err != nil {
			return err
		}
		if found {
			return tx.PutSession(&old, x)
		}
		return tx.PutSession(nil, x)
	})
	return x, err
}
