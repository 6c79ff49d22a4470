package app

import (
	"context"
	"errors"
	"slices"
	"strings"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage"
)

// ErrAppreciationGone is returned for an appreciation deleted meanwhile.
var ErrAppreciationGone = errors.New("that appreciation no longer exists; it may have been deleted on the other computer")

// partnerIn reports whether id is one of partners.
func partnerIn(partners []model.Partner, id string) bool {
	return slices.ContainsFunc(partners, func(p model.Partner) bool { return p.ID == id })
}

// otherPartner is the partner who is not id ("" when there is none).
func otherPartner(partners []model.Partner, id string) string {
	for _, p := range partners {
		if p.ID != id {
			return p.ID
		}
	}
	return ""
}

// SendAppreciation writes a note of appreciation from fromID to the other
// partner, dated today.
func (s *Service) SendAppreciation(ctx context.Context, fromID, text string, printable bool) (model.Appreciation, error) {
	a := model.Appreciation{ID: storage.NewID(), FromID: fromID, Day: s.today(), Text: strings.TrimSpace(text), Printable: printable}
	err := s.update(ctx, func(tx *storage.Tx) error {
		partners, err := tx.Partners()
		if err != nil {
			return err
		}
		if !partnerIn(partners, fromID) {
			return model.Invalid("partner", "ui.model.whoWrites")
		}
		a.ToID = otherPartner(partners, fromID)
		if err := a.Validate(); err != nil {
			return err
		}
		return tx.PutAppreciation(nil, a)
	})
	return a, err
}

// Appreciations returns every appreciation between the household's
// partners, newest first.
func (s *Service) Appreciations(ctx context.Context) ([]model.Appreciation, error) {
	_, partners, err := s.Household(ctx)
	if err != nil {
		return nil, err
	}
	return s.appreciationsBetween(ctx, partners)
}

// appreciationsBetween reads the appreciations between the partners given.
func (s *Service) appreciationsBetween(ctx context.Context, partners []model.Partner) ([]model.Appreciation, error) {
	all, err := s.store.Appreciations(ctx)
	if err != nil {
		return nil, err
	}
	return slices.DeleteFunc(all, func(a model.Appreciation) bool {
		return !partnerIn(partners, a.FromID) || !partnerIn(partners, a.ToID) // a stray row from the folder
	}), nil
}

// AppreciationsFor returns the appreciations toID received since the day
// given, newest first.
func (s *Service) AppreciationsFor(ctx context.Context, toID string, since model.Date) ([]model.Appreciation, error) {
	all, err := s.Appreciations(ctx)
	return slices.DeleteFunc(all, func(a model.Appreciation) bool { return a.ToID != toID || a.Day.Before(since) }), err
}

// SetAppreciationPrintable says whether an appreciation may be printed in
// the summary.
func (s *Service) SetAppreciationPrintable(ctx context.Context, id string, printable bool) error {
	return s.update(ctx, func(tx *storage.Tx) error {
		old, err := tx.Appreciation(id)
		if err != nil {
			return goneAs(err, ErrAppreciationGone)
		}
		a := old
		a.Printable = printable
		return tx.PutAppreciation(&old, a)
	})
}

// DeleteAppreciation deletes an appreciation: on the computer it was
// written on, as they are the writer's words.
func (s *Service) DeleteAppreciation(ctx context.Context, id string) error {
	return s.update(ctx, func(tx *storage.Tx) error {
		if err := s.mayChangeWords(tx, "appreciations", id, "appreciation"); err != nil {
			return err
		}
		return tx.Delete("appreciations", id)
	})
}

// mayChangeWords refuses, in plain words, a change to one person's words
// written on another computer: that computer alone changes them, so the two
// computers never disagree about what someone wrote.
func (s *Service) mayChangeWords(tx *storage.Tx, table, id, noun string) error {
	elsewhere, err := tx.WrittenElsewhere(table, id)
	if err != nil || !elsewhere {
		return err
	}
	if noun == "request" {
		return model.Invalid(table, "ui.model.requestWrittenElsewhere")
	}
	return model.Invalid(table, "ui.model.appreciationWrittenElsewhere")
}

// goneAs turns a not-found error into the plain words given.
func goneAs(err, gone error) error {
	if storage.ErrIsNotFound(err) {
		return gone
	}
	return err
}
