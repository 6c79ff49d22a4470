package app

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage"
)

// ErrPeopleLocked is returned when a locked partner's people are asked for.
var ErrPeopleLocked = errors.New("this list is locked: unlock your private space to read or change it")

// People returns a partner's people of their own, by name. The list never
// leaves this computer; while the partner's space is locked it is sealed,
// and this says so.
func (s *Service) People(ctx context.Context, partnerID string) ([]model.Person, error) {
	if s.IsLocked(partnerID) {
		return nil, ErrPeopleLocked
	}
	people, err := s.store.People(ctx, partnerID)
	if err != nil {
		return nil, fmt.Errorf("load people: %w", err)
	}
	return people, nil
}

// SavePerson adds someone to a partner's list (empty ID) or saves their
// details; a new person is added today.
func (s *Service) SavePerson(ctx context.Context, p model.Person) (model.Person, error) {
	if s.IsLocked(p.PartnerID) {
		return p, ErrPeopleLocked
	}
	p.Name, p.How = strings.TrimSpace(p.Name), strings.TrimSpace(p.How)
	if p.Added.IsZero() {
		p.Added = s.today()
	}
	if err := p.Validate(); err != nil {
		return p, err
	}
	if s.today().Before(p.LastMet) {
		return p, model.Invalid("last met", "ui.model.lastMetFuture")
	}
	err := s.update(ctx, func(tx *storage.Tx) error {
		partners, err := tx.Partners()
		if err != nil {
			return err
		}
		if !partnerIn(partners, p.PartnerID) {
			return model.Invalid("partner", "ui.model.personWhose")
		}
		if p.ID != "" {
			return tx.PutPerson(p)
		}
		n, err := tx.CountPeople(p.PartnerID)
		if err != nil {
			return err
		}
		if n >= model.MaxPeople {
			return model.Invalid("name", "ui.model.peopleMax", "Max", model.MaxPeople)
		}
		p.ID = storage.NewID()
		return tx.PutPerson(p)
	})
	return p, err
}

// MetToday notes that a partner met one of their people today.
func (s *Service) MetToday(ctx context.Context, partnerID, id string) error {
	people, err := s.People(ctx, partnerID)
	if err != nil {
		return err
	}
	i := slices.IndexFunc(people, func(p model.Person) bool { return p.ID == id })
	if i < 0 {
		return errors.New("that person is no longer on the list")
	}
	p := people[i]
	p.LastMet = s.today()
	_, err = s.SavePerson(ctx, p)
	return err
}

// DeletePerson takes someone off a partner's list for good.
func (s *Service) DeletePerson(ctx context.Context, partnerID, id string) error {
	if s.IsLocked(partnerID) {
		return ErrPeopleLocked
	}
	return s.update(ctx, func(tx *storage.Tx) error { return tx.DeletePerson(partnerID, id) })
}
