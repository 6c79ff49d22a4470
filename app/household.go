package app

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage"
)

// HouseholdSetup is what the set-up screen and Settings ask for.
type HouseholdSetup struct {
	Name      string // optional, e.g. "Maya & Liam"
	Currency  string
	WeekStart time.Weekday
	A, B      PartnerSetup
}

// PartnerSetup is a partner's name and colour.
type PartnerSetup struct {
	Name  string
	Color string
}

// Household returns the household and its partners (partner A first), or
// ErrNoHousehold before set-up.
func (s *Service) Household(ctx context.Context) (model.Household, []model.Partner, error) {
	h, err := s.store.Household(ctx)
	if errors.Is(err, storage.ErrNotFound) {
		return model.Household{}, nil, ErrNoHousehold
	}
	if err != nil {
		return model.Household{}, nil, err
	}
	partners, err := s.store.Partners(ctx)
	if err != nil {
		return model.Household{}, nil, err
	}
	if len(partners) < 2 {
		return model.Household{}, nil, ErrNoHousehold
	}
	return h, partners, nil
}

// HouseholdSettings returns the current settings in set-up form.
func (s *Service) HouseholdSettings(ctx context.Context) (HouseholdSetup, error) {
	h, partners, err := s.Household(ctx)
	if err != nil {
		return HouseholdSetup{}, err
	}
	return HouseholdSetup{
		Name: h.Name, Currency: h.Currency, WeekStart: h.WeekStart,
		A: PartnerSetup{partners[0].Name, partners[0].Color},
		B: PartnerSetup{partners[1].Name, partners[1].Color},
	}, nil
}

// SaveHousehold creates the household on first run, or updates its settings.
func (s *Service) SaveHousehold(ctx context.Context, in HouseholdSetup) error {
	in.Currency = strings.ToUpper(strings.TrimSpace(in.Currency))
	h := model.Household{Name: strings.TrimSpace(in.Name), Currency: in.Currency, WeekStart: in.WeekStart}
	a := model.Partner{Slot: model.SlotA, Name: strings.TrimSpace(in.A.Name), Color: strings.ToLower(in.A.Color)}
	b := model.Partner{Slot: model.SlotB, Name: strings.TrimSpace(in.B.Name), Color: strings.ToLower(in.B.Color)}
	if err := model.ValidatePartners(a, b); err != nil {
		return err
	}
	if err := h.Validate(); err != nil {
		return err
	}
	return s.update(ctx, func(tx *storage.Tx) error {
		old, err := tx.Household()
		switch {
		case errors.Is(err, storage.ErrNotFound):
			h.ID = storage.NewID()
		case err != nil:
			return err
		default:
			h.ID = old.ID
		}
		partners, err := tx.Partners()
		if err != nil {
			return err
		}
		a.ID, b.ID = storage.NewID(), storage.NewID()
		for _, p := range partners {
			switch p.Slot {
			case model.SlotA:
				a.ID = p.ID
			case model.SlotB:
				b.ID = p.ID
			}
		}
		if err := tx.PutHousehold(h); err != nil {
			return fmt.Errorf("save household: %w", err)
		}
		if err := tx.PutPartner(a); err != nil {
			return fmt.Errorf("save partner: %w", err)
		}
		return tx.PutPartner(b)
	})
}

// Columns returns the board's column settings.
func (s *Service) Columns(ctx context.Context) ([]model.ColumnSettings, error) {
	return s.store.ColumnSettings(ctx)
}

// SaveColumns renames columns or changes their work-in-progress limits, all
// or none: one invalid column leaves every column as it was.
func (s *Service) SaveColumns(ctx context.Context, cols ...model.ColumnSettings) error {
	for i := range cols {
		cols[i].Name = strings.TrimSpace(cols[i].Name)
		if err := cols[i].Validate(); err != nil {
			return err
		}
	}
	return s.update(ctx, func(tx *storage.Tx) error {
		for _, c := range cols {
			if err := tx.PutColumnSettings(c); err != nil {
				return fmt.Errorf("save column %s: %w", c.Column, err)
			}
		}
		return nil
	})
}
