package app

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage"
)

// PreviewDecision works out every change the decision would make, in plain
// words, without changing anything.
func (s *Service) PreviewDecision(ctx context.Context, d model.Decision) ([]model.Change, error) {
	var changes []model.Change
	err := s.store.Update(ctx, func(tx *storage.Tx) error {
		var err error
		if changes, err = planChanges(tx, d); err != nil {
			return err
		}
		return errPreviewOnly // roll back: a preview writes nothing
	})
	if errors.Is(err, errPreviewOnly) {
		err = nil
	}
	return changes, err
}

var errPreviewOnly = errors.New("preview only")

// planChanges turns a decision into changes against the data as it is.
func planChanges(tx *storage.Tx, d model.Decision) ([]model.Change, error) {
	h, err := tx.Household()
	if err != nil {
		return nil, err
	}
	var out []model.Change
	for _, p := range d.Postpone {
		g, err := liveGoal(tx, p.GoalID)
		if err != nil {
			return nil, err
		}
		c, err := model.Postpone(g, p.Weeks, p.Quarter)
		if err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	for _, p := range d.Pause {
		r, err := tx.Ritual(p.RitualID)
		if err != nil {
			return nil, ritualErr(err)
		}
		logged := map[model.Date]bool{}
		for day := p.From; !p.To.Before(day) && len(logged) < 400; day = day.AddDays(1) {
			if _, ok, err := tx.Entry(r.ID, day); err != nil {
				return nil, err
			} else if ok {
				logged[day] = true
			}
		}
		c, err := model.PauseRitual(r, p.From, p.To, logged)
		if err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	for _, m := range d.Move {
		from, err := liveGoal(tx, m.FromGoal)
		if err != nil {
			return nil, err
		}
		to, err := liveGoal(tx, m.ToGoal)
		if err != nil {
			return nil, err
		}
		fa, _, err := tx.Allocation(from.ID, m.Resource)
		if err != nil {
			return nil, err
		}
		ta, _, err := tx.Allocation(to.ID, m.Resource)
		if err != nil {
			return nil, err
		}
		c, err := model.MoveAllocation(m.Resource, from, to, m.Amount, fa.Amount, ta.Amount, h.Currency)
		if err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, nil
}

func liveGoal(tx *storage.Tx, id string) (model.Goal, error) {
	g, err := tx.Goal(id)
	if err != nil {
		return g, goalErr(err)
	}
	return g, nil
}

// LogLifeEvent records a life event and applies the decision taken because
// of it — every change in one transaction — keeping the list of changes
// with the event so it can be shown and undone.
func (s *Service) LogLifeEvent(ctx context.Context, e model.LifeEvent, d model.Decision) (model.LifeEvent, error) {
	e.Title, e.Notes = strings.TrimSpace(e.Title), strings.TrimSpace(e.Notes)
	if err := e.Validate(); err != nil {
		return e, err
	}
	err := s.update(ctx, func(tx *storage.Tx) error {
		changes, err := planChanges(tx, d)
		if err != nil {
			return err
		}
		for _, c := range changes {
			if err := s.applyChange(tx, c, false); err != nil {
				return err
			}
		}
		e.ID, e.Changes, e.Undone = storage.NewID(), changes, false
		return tx.PutLifeEvent(nil, e)
	})
	return e, err
}

// applyChange makes a change, or with undo sets back what it changed.
func (s *Service) applyChange(tx *storage.Tx, c model.Change, undo bool) error {
	switch c.Kind {
	case model.ChangePostpone:
		start, due, q := c.AfterStart, c.AfterDue, c.AfterQuarter
		if undo {
			start, due, q = c.BeforeStart, c.BeforeDue, c.BeforeQuarter
		}
		_, err := s.updateGoal(tx, c.GoalID, model.GoalPatch{Start: &start, Due: &due, TargetQuarter: &q})
		return err
	case model.ChangePause:
		r, err := tx.Ritual(c.RitualID)
		if err != nil {
			return ritualErr(err)
		}
		for _, day := range c.PausedDays {
			if undo {
				if err := tx.ClearEntry(r.ID, day, actorOf(tx, r.Who)); err != nil {
					return err
				}
				continue
			}
			if err := tx.PutEntry(model.RitualEntry{RitualID: r.ID, Day: day, Status: model.Paused, Reason: "life event", By: actorOf(tx, r.Who)}, r.Private); err != nil {
				return err
			}
		}
		return nil
	case model.ChangeMove:
		from, to := c.AfterFrom, c.AfterTo
		if undo {
			from, to = c.BeforeFrom, c.BeforeTo
		}
		for _, side := range []struct {
			goal   string
			amount model.Amount
		}{{c.FromGoal, from}, {c.ToGoal, to}} {
			g, err := liveGoal(tx, side.goal)
			if err != nil {
				return err
			}
			a, _, err := tx.Allocation(g.ID, c.Resource)
			if err != nil {
				return err
			}
			a.Amount = side.amount
			if err := s.putAllocation(tx, a, g.Private); err != nil {
				return err
			}
		}
		return nil
	}
	return fmt.Errorf("unknown change %q", c.Kind)
}

// UndoReport says what an undo set back and what it left, and why.
type UndoReport struct {
	Undone []string
	Kept   []string
}

// UndoLifeEvent undoes the decision of a life event in one step: each
// change whose items are still as the decision left them is set back; a
// change whose items were edited since is left alone and explained.
func (s *Service) UndoLifeEvent(ctx context.Context, id string) (UndoReport, error) {
	var rep UndoReport
	err := s.update(ctx, func(tx *storage.Tx) error {
		rep = UndoReport{}
		e, err := tx.LifeEvent(id)
		if err != nil {
			if storage.ErrIsNotFound(err) {
				return errors.New("that life event no longer exists; it may have been deleted on the other computer")
			}
			return err
		}
		if e.Undone {
			return model.Invalid("undo", "ui.model.alreadyUndone")
		}
		for _, c := range e.Changes {
			why, err := s.undoOne(tx, c)
			if err != nil {
				return err
			}
			if why != "" {
				rep.Kept = append(rep.Kept, c.Summary+": "+why)
			} else {
				rep.Undone = append(rep.Undone, c.Summary)
			}
		}
		next := e
		next.Undone = true
		return tx.PutLifeEvent(&e, next)
	})
	return rep, err
}

// undoOne sets back one change, or says why it cannot.
func (s *Service) undoOne(tx *storage.Tx, c model.Change) (string, error) {
	switch c.Kind {
	case model.ChangePostpone:
		g, err := tx.Goal(c.GoalID)
		if err != nil {
			return "the goal was deleted since", nil
		}
		if g.Start != c.AfterStart || g.Due != c.AfterDue || g.TargetQuarter != c.AfterQuarter {
			return "its dates were changed since, so they stay as they are now", nil
		}
	case model.ChangePause:
		if _, err := tx.Ritual(c.RitualID); err != nil {
			return "the ritual was deleted since", nil
		}
		var changed []model.Date
		var still []model.Date
		for _, day := range c.PausedDays {
			e, ok, err := tx.Entry(c.RitualID, day)
			if err != nil {
				return "", err
			}
			if ok && e.Status == model.Paused {
				still = append(still, day)
			} else {
				changed = append(changed, day)
			}
		}
		c.PausedDays = still
		if err := s.applyChange(tx, c, true); err != nil {
			return "", err
		}
		if len(changed) > 0 {
			return fmt.Sprintf("%d day(s) were logged since and stay as logged; the other paused days are cleared", len(changed)), nil
		}
		return "", nil
	case model.ChangeMove:
		for _, side := range []struct {
			goal string
			want model.Amount
		}{{c.FromGoal, c.AfterFrom}, {c.ToGoal, c.AfterTo}} {
			g, err := tx.Goal(side.goal)
			if err != nil {
				return "one of the goals was deleted since", nil
			}
			a, _, err := tx.Allocation(g.ID, c.Resource)
			if err != nil {
				return "", err
			}
			if a.Amount != side.want {
				return fmt.Sprintf("the allocation of “%s” was changed since", g.Title), nil
			}
		}
	default:
		return "this version of Venn cannot undo it", nil
	}
	return "", s.applyChange(tx, c, true)
}

// LifeEvents lists the life events, newest first.
func (s *Service) LifeEvents(ctx context.Context) ([]model.LifeEvent, error) {
	return s.store.LifeEvents(ctx)
}
