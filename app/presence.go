package app

import (
	"context"
	"fmt"
	"slices"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage"
)

// RatePresence saves how present an occasion of time together felt to a
// partner (1 to model.PresenceScale). The rating stays on this computer
// until both partners rated the occasion; then both see both.
func (s *Service) RatePresence(ctx context.Context, occ model.Occasion, partnerID string, rating int) error {
	if err := model.ValidatePresence(rating); err != nil {
		return err
	}
	today := s.today()
	here := s.thisPartner(ctx)
	return s.update(ctx, func(tx *storage.Tx) error {
		partners, err := tx.Partners()
		if err != nil {
			return err
		}
		i := slices.IndexFunc(partners, func(p model.Partner) bool { return p.ID == partnerID })
		if i < 0 {
			return model.Invalid("partner", "ui.model.whoRates")
		}
		if here != "" && here != partnerID {
			// Another computer's rating of this person would never be
			// merged there (see storage.Entity.OwnComputer).
			return model.Invalid("partner", "ui.model.rateOnOwnComputer", "Owner", model.Shorten(model.OwnerName(model.Owner(here), partners), model.ShortNameLen), "Rater", partners[i].Short())
		}
		if err := checkOccasion(tx, occ, today); err != nil {
			return err
		}
		key := occ.Key()
		marks, err := tx.PresenceMarksOf(key)
		if err != nil {
			return err
		}
		me := partners[i].Slot
		r := model.PresenceRating{ID: tx.PresenceID(key, partnerID), Occasion: key, Day: occ.Day, PartnerID: partnerID,
			Rating: rating, Private: !marks.Rated(otherSlot(me))}
		old, found, err := tx.OwnPresence(key, partnerID)
		if err != nil {
			return err
		}
		prev := &old
		if !found {
			prev = nil
		}
		if err := tx.PutPresence(prev, r); err != nil {
			return err
		}
		if !marks.Rated(me) {
			if err := tx.MarkRated(key, occ.Day, me); err != nil {
				return err
			}
		}
		_, err = releaseHeldPresence(tx)
		return err
	})
}

// checkOccasion refuses an occasion that is not time together that has
// happened: a shared ritual's day or a joint block's, today or before.
func checkOccasion(tx *storage.Tx, occ model.Occasion, today model.Date) error {
	if occ.Day.IsZero() || today.Before(occ.Day) {
		return model.Invalid("presence", "ui.model.rateAfter")
	}
	switch occ.Kind {
	case model.OccasionRitual:
		r, err := tx.Ritual(occ.RefID)
		if err != nil {
			return fmt.Errorf("rate a ritual: %w", err)
		}
		if r.Who != model.Shared {
			return model.Invalid("presence", "ui.model.rateSharedRituals")
		}
	case model.OccasionBlock:
		b, err := tx.Block(occ.RefID)
		if err != nil {
			return fmt.Errorf("rate a block: %w", err)
		}
		if b.Kind != model.KindJoint {
			return model.Invalid("presence", "ui.model.rateJointTime")
		}
	default:
		return model.Invalid("presence", "ui.model.rateWhat")
	}
	return nil
}

// releaseHeldPresence lets go the ratings whose occasion both partners
// have now rated; it reports how many.
func releaseHeldPresence(tx *storage.Tx) (int, error) {
	held, err := tx.HeldPresence()
	if err != nil {
		return 0, err
	}
	return releaseWhenBoth(held,
		func(r model.PresenceRating) string { return r.Occasion },
		func(occasion string) (bool, error) {
			m, err := tx.PresenceMarksOf(occasion)
			return m.Both(), err
		},
		func(r model.PresenceRating) error {
			next := r
			next.Private = false
			if err := tx.PutPresence(&r, next); err != nil {
				return fmt.Errorf("share a presence rating: %w", err)
			}
			return nil
		})
}

// OccasionPresence is one occasion's ratings as a reader may see them: their
// own, and the partner's once both rated (0: not rated, or not yet shown).
type OccasionPresence struct {
	Mine, Theirs int
	Both         bool
	// TheyRated says the other partner rated (their rating shows once
	// the reader rated too).
	TheyRated bool
}

// Presence reads an occasion's ratings as readerID may see them.
func (s *Service) Presence(ctx context.Context, occ model.Occasion, readerID string) (OccasionPresence, error) {
	ratings, marks, err := s.presenceData(ctx)
	if err != nil {
		return OccasionPresence{}, err
	}
	_, partners, err := s.Household(ctx)
	if err != nil {
		return OccasionPresence{}, err
	}
	key := occ.Key()
	m := marks[key]
	out := OccasionPresence{Both: m.Both()}
	for _, p := range partners {
		if p.ID != readerID && m.Rated(p.Slot) {
			out.TheyRated = true
		}
	}
	for _, r := range ratings {
		if r.Occasion != key || !model.ShowPresenceTo(r, readerID, out.Both) {
			continue
		}
		if r.PartnerID == readerID {
			out.Mine = r.Rating
		} else {
			out.Theirs = r.Rating
		}
	}
	return out, nil
}

// presenceData reads the ratings that stand and each occasion's marks.
func (s *Service) presenceData(ctx context.Context) ([]model.PresenceRating, map[string]model.PresenceMarks, error) {
	ratings, err := s.store.PresenceRatings(ctx)
	if err != nil {
		return nil, nil, err
	}
	ms, err := s.store.PresenceMarks(ctx)
	if err != nil {
		return nil, nil, err
	}
	marks := make(map[string]model.PresenceMarks, len(ms))
	for _, m := range ms {
		marks[m.Occasion] = m
	}
	return ratings, marks, nil
}

// bothRated says, per occasion, whether both partners rated it.
func bothRated(marks map[string]model.PresenceMarks) map[string]bool {
	both := make(map[string]bool, len(marks))
	for k, m := range marks {
		both[k] = m.Both()
	}
	return both
}

// PresenceTrend buckets by week or month the ratings of the occasions both
// partners rated, from from to to.
func (s *Service) PresenceTrend(ctx context.Context, from, to model.Date, per model.Period) ([]model.PresenceBucket, error) {
	ratings, marks, err := s.presenceData(ctx)
	if err != nil {
		return nil, err
	}
	h, _, err := s.Household(ctx)
	if err != nil {
		return nil, err
	}
	return model.PresenceTrend(ratings, bothRated(marks), from, to, per, h.WeekStart), nil
}

// PresenceMonths is each partner's presence month by month (in the
// partners' order), the months from from's to to's, from released ratings
// only (both rated): what the couple sees beside their hours together.
func (s *Service) PresenceMonths(ctx context.Context, from, to model.Date) ([][]model.PresenceBucket, error) {
	ratings, err := s.store.PresenceRatings(ctx)
	if err != nil {
		return nil, err
	}
	marks, err := s.store.PresenceMarks(ctx)
	if err != nil {
		return nil, err
	}
	h, partners, err := s.Household(ctx)
	if err != nil {
		return nil, err
	}
	return model.PresenceByPartner(ratings, marks, partners, from, to, model.PerMonth, h.WeekStart), nil
}
