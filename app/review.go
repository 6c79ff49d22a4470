package app

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage"
)

// ReviewView is the annual review screen's data.
type ReviewView struct {
	Review   model.Review // saved, or a fresh one for the year
	Saved    bool
	Partners []model.Partner
	Rituals  []RitualView // the rituals to keep, adapt or retire
	Done     []model.Goal // goals finished this year (not private)
	Reached  []string     // milestones reached this year, as lines
}

// Review loads the annual review of year, or a fresh one to fill in.
func (s *Service) Review(ctx context.Context, year int) (ReviewView, error) {
	_, partners, err := s.Household(ctx)
	if err != nil {
		return ReviewView{}, err
	}
	v := ReviewView{Partners: partners, Review: model.Review{ID: storage.ReviewID(year), Year: year}}
	reviews, err := s.store.Reviews(ctx)
	if err != nil {
		return v, err
	}
	for _, r := range reviews {
		if r.Year == year {
			v.Review, v.Saved = r, true
		}
	}
	rituals, err := s.Rituals(ctx, RitualFilter{})
	if err != nil {
		return v, err
	}
	v.Rituals = rituals.Rituals
	goals, err := s.store.Goals(ctx)
	if err != nil {
		return v, err
	}
	for _, g := range goals {
		if g.Column == model.ColumnDone && !g.Private && goalInYear(g, year) {
			v.Done = append(v.Done, g)
		}
	}
	v.Reached, err = s.reachedLines(ctx, model.Date{Year: year, Month: 1, Day: 1}, model.Date{Year: year, Month: 12, Day: 31})
	return v, err
}

// reachedLines lists the milestones reached between from and to.
func (s *Service) reachedLines(ctx context.Context, from, to model.Date) ([]string, error) {
	ms, err := s.MilestonesReached(ctx, from, to)
	var out []string
	for _, m := range ms {
		out = append(out, m.Title)
	}
	return out, err
}

// SaveReview saves the annual review. Rituals the couple decided to retire
// are archived in the same step (their history stays).
func (s *Service) SaveReview(ctx context.Context, r model.Review) (model.Review, error) {
	r.ID = storage.ReviewID(r.Year)
	for _, p := range []*string{&r.Principles, &r.Celebrations, &r.AnswerA, &r.AnswerB, &r.Notes} {
		*p = strings.TrimSpace(*p)
	}
	if err := r.Validate(); err != nil {
		return r, err
	}
	err := s.update(ctx, func(tx *storage.Tx) error {
		old, found, err := tx.Review(r.ID)
		if err != nil {
			return err
		}
		if found {
			err = tx.PutReview(&old, r)
		} else {
			err = tx.PutReview(nil, r)
		}
		if err != nil {
			return err
		}
		for _, d := range r.Rituals {
			if d.Decision != model.DecideRetire {
				continue
			}
			rit, err := tx.Ritual(d.RitualID)
			if storage.ErrIsNotFound(err) {
				continue // deleted meanwhile: nothing to retire
			}
			if err != nil {
				return err
			}
			if !rit.Archived {
				next := rit
				next.Archived = true
				if err := tx.PutRitual(&rit, next); err != nil {
					return fmt.Errorf("retire %q: %w", rit.Title, err)
				}
			}
		}
		return nil
	})
	return r, err
}

// goalInYear reports whether a goal was aimed at, or ran in, some quarter of year.
func goalInYear(g model.Goal, year int) bool {
	for q := 1; q <= 4; q++ {
		if g.InQuarter(model.Quarter{Year: year, Q: q}) {
			return true
		}
	}
	return false
}

// AdaptInReview changes a ritual's cadence from a day on (as Adapt does,
// its calendar time and reminders following) and records the decision in
// the annual review of year, in one step: "adapt", with a note that says
// to what and why. A review not saved yet is started with the decision
// alone, private as asked; the rest of it is saved when the couple saves it.
func (s *Service) AdaptInReview(ctx context.Context, year int, private bool, ritualID string, from model.Date, c model.Cadence, note string) error {
	return s.update(ctx, func(tx *storage.Tx) error {
		r, err := tx.Ritual(ritualID)
		if err != nil {
			return ritualErr(err)
		}
		if err := adapt(tx, r, from, c, note); err != nil {
			return err
		}
		id := storage.ReviewID(year)
		old, found, err := tx.Review(id)
		if err != nil {
			return err
		}
		next := model.Review{ID: id, Year: year, Private: private}
		if found {
			next = old
			next.Rituals = slices.Clone(old.Rituals)
		}
		d := model.ReviewRitual{RitualID: ritualID, Decision: model.DecideAdapt, Note: adaptedWords(from, c, note)}
		if i := slices.IndexFunc(next.Rituals, func(x model.ReviewRitual) bool { return x.RitualID == ritualID }); i >= 0 {
			next.Rituals[i] = d
		} else {
			next.Rituals = append(next.Rituals, d)
		}
		if err := next.Validate(); err != nil {
			return err
		}
		if found {
			return tx.PutReview(&old, next)
		}
		return tx.PutReview(nil, next)
	})
}

// adaptedWords says a cadence change in a review's note: "From 1 Dec
// 2026: twice a week. Winter evenings".
func adaptedWords(from model.Date, c model.Cadence, note string) string {
	words := "From " + from.Time().Format("2 Jan 2006") + ": " + c.String() + "."
	if note = strings.TrimSpace(note); note != "" {
		words += " " + note
	}
	return model.Shorten(words, model.MaxReasonLen)
}
