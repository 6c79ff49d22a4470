package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/vennplanner/venn/model"
)

// Household returns the household, or ErrNotFound before set-up.
func (s *Store) Household(ctx context.Context) (model.Household, error) {
	return household(ctx, s.db)
}

func household(ctx context.Context, q querier) (model.Household, error) {
	var h model.Household
	var week int
	err := q.QueryRowContext(ctx,
		"SELECT id, name, currency, week_start FROM household WHERE deleted = 0 ORDER BY id LIMIT 1").
		Scan(&h.ID, &h.Name, &h.Currency, &week)
	if errors.Is(err, sql.ErrNoRows) {
		return model.Household{}, ErrNotFound
	}
	if err != nil {
		return model.Household{}, fmt.Errorf("load household: %w", err)
	}
	h.WeekStart = time.Weekday(week)
	return h, nil
}

// Household reads the household inside the transaction.
func (tx *Tx) Household() (model.Household, error) { return household(tx.ctx, tx.tx) }

// PutHousehold writes every household setting.
func (tx *Tx) PutHousehold(h model.Household) error {
	return tx.SetFields("household", h.ID,
		Field{"name", h.Name},
		Field{"currency", h.Currency},
		Field{"week_start", int64(h.WeekStart)},
	)
}

// Partners returns the household's partners, partner A first.
func (s *Store) Partners(ctx context.Context) ([]model.Partner, error) {
	return partners(ctx, s.db)
}

// Partners reads the partners inside the transaction.
func (tx *Tx) Partners() ([]model.Partner, error) { return partners(tx.ctx, tx.tx) }

func partners(ctx context.Context, q querier) ([]model.Partner, error) {
	rows, err := q.QueryContext(ctx, "SELECT id, slot, name, color FROM partners WHERE deleted = 0 ORDER BY slot, id")
	if err != nil {
		return nil, fmt.Errorf("load partners: %w", err)
	}
	defer rows.Close()
	var out []model.Partner
	for rows.Next() {
		var p model.Partner
		if err := rows.Scan(&p.ID, &p.Slot, &p.Name, &p.Color); err != nil {
			return nil, fmt.Errorf("load partners: %w", err)
		}
		out = append(out, p)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("load partners: %w", err)
	}
	return out, nil
}

// PutPartner writes every field of a partner.
func (tx *Tx) PutPartner(p model.Partner) error {
	return tx.SetFields("partners", p.ID,
		Field{"slot", string(p.Slot)},
		Field{"name", p.Name},
		Field{"color", p.Color},
	)
}
