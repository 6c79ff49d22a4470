package storage

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"

	"github.com/vennplanner/venn/model"
)

// Capacities returns every live capacity, oldest first.
func (s *Store) Capacities(ctx context.Context) ([]model.Capacity, error) {
	rows, err := s.db.QueryContext(ctx, "SELECT id, partner_id, resource, amount, from_date FROM capacities WHERE deleted = 0 ORDER BY from_date, id")
	if err != nil {
		return nil, fmt.Errorf("load capacities: %w", err)
	}
	defer rows.Close()
	var out []model.Capacity
	for rows.Next() {
		var c model.Capacity
		var res, from string
		if err := rows.Scan(&c.ID, &c.PartnerID, &res, &c.Amount, &from); err != nil {
			return nil, fmt.Errorf("load capacities: %w", err)
		}
		c.Resource = model.Resource(res)
		c.From, _ = model.ParseDate(from)
		out = append(out, c)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("load capacities: %w", err)
	}
	return out, nil
}

// CapacityID is the id of a partner's capacity of a resource from a day: one
// row per partner, resource and day, whichever computer sets it.
func CapacityID(partnerID string, r model.Resource, from model.Date) string {
	return DerivedID("capacity", partnerID, string(r), from.String())
}

// PutCapacity writes a capacity.
func (tx *Tx) PutCapacity(c model.Capacity) error {
	return tx.SetFields("capacities", c.ID,
		Field{"partner_id", c.PartnerID}, Field{"resource", string(c.Resource)}, Field{"amount", int64(c.Amount)},
		Field{"from_date", c.From.String()}, Field{"deleted", false})
}

// AllocationID is the id of a goal's allocation of a resource: one per goal
// and resource, whichever computer sets it.
func AllocationID(goalID string, r model.Resource) string {
	return DerivedID("allocation", goalID, string(r))
}

// Allocations returns every live allocation.
func (s *Store) Allocations(ctx context.Context) ([]model.Allocation, error) {
	rows, err := s.db.QueryContext(ctx, "SELECT id, goal_id, resource, amount, split_a, since FROM allocations WHERE deleted = 0 ORDER BY goal_id, resource")
	if err != nil {
		return nil, fmt.Errorf("load allocations: %w", err)
	}
	defer rows.Close()
	var out []model.Allocation
	for rows.Next() {
		var a model.Allocation
		var res, since string
		if err := rows.Scan(&a.ID, &a.GoalID, &res, &a.Amount, &a.SplitA, &since); err != nil {
			return nil, fmt.Errorf("load allocations: %w", err)
		}
		a.Resource = model.Resource(res)
		a.Since, _ = model.ParseDate(since)
		out = append(out, a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("load allocations: %w", err)
	}
	return out, nil
}

// PutAllocation writes a goal's allocation of a resource; an amount of zero
// removes it. The day it was made (a.Since) is written when it is known;
// a zero Since leaves the stored day as it is.
func (tx *Tx) PutAllocation(a model.Allocation, private bool) error {
	id := AllocationID(a.GoalID, a.Resource)
	if a.Amount == 0 {
		var n int
		if err := tx.tx.QueryRowContext(tx.ctx, "SELECT count(*) FROM allocations WHERE id = ? AND deleted = 0", id).Scan(&n); err != nil {
			return fmt.Errorf("look up allocation: %w", err)
		}
		if n == 0 {
			return nil
		}
		return tx.Delete("allocations", id)
	}
	fields := []Field{{"goal_id", a.GoalID}, {"resource", string(a.Resource)}, {"amount", int64(a.Amount)},
		{"split_a", int64(a.SplitA)}, {"private", private}, {"deleted", false}}
	if !a.Since.IsZero() {
		fields = append(fields, Field{"since", a.Since.String()})
	}
	return tx.SetFields("allocations", id, fields...)
}

// Actuals returns every live actual, by day.
func (s *Store) Actuals(ctx context.Context) ([]model.Actual, error) {
	return s.ActualsAnd(ctx, nil)
}

// ActualsAnd returns every live actual together with extra ones (time that
// is not stored, such as linked calendar blocks), all by day: one slice,
// sized once, however many years of actuals there are.
func (s *Store) ActualsAnd(ctx context.Context, extra []model.Actual) ([]model.Actual, error) {
	var n int
	if err := s.db.QueryRowContext(ctx, "SELECT count(*) FROM actuals").Scan(&n); err != nil {
		return nil, fmt.Errorf("count actuals: %w", err)
	}
	// A plain table scan, sorted here: ordering by the day index would read
	// the table in random order, several times slower on years of actuals.
	rows, err := s.db.QueryContext(ctx, "SELECT id, goal_id, partner_id, resource, amount, day, note FROM actuals WHERE deleted = 0")
	if err != nil {
		return nil, fmt.Errorf("load actuals: %w", err)
	}
	defer rows.Close()
	out := make([]model.Actual, 0, n+len(extra))
	out = append(out, extra...)
	for rows.Next() {
		var a model.Actual
		var res, d string
		if err := rows.Scan(&a.ID, &a.GoalID, &a.PartnerID, &res, &a.Amount, &d, &a.Note); err != nil {
			return nil, fmt.Errorf("load actuals: %w", err)
		}
		a.Resource = model.Resource(res)
		a.Day, _ = model.ParseDate(d)
		out = append(out, a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("load actuals: %w", err)
	}
	slices.SortFunc(out, func(a, b model.Actual) int {
		if c := a.Day.Compare(b.Day); c != 0 {
			return c
		}
		return strings.Compare(a.ID, b.ID)
	})
	return out, nil
}

// PutActual writes an actual.
func (tx *Tx) PutActual(a model.Actual, private bool) error {
	return tx.SetFields("actuals", a.ID,
		Field{"goal_id", a.GoalID}, Field{"partner_id", a.PartnerID}, Field{"resource", string(a.Resource)},
		Field{"amount", int64(a.Amount)}, Field{"day", a.Day.String()}, Field{"note", a.Note}, Field{"private", private})
}

// DeleteActual writes an actual's tombstone.
func (tx *Tx) DeleteActual(id string) error { return tx.Delete("actuals", id) }

// SetPrivateWhere carries an item's private flag to the rows that belong to
// it (a ritual's entries, a goal's allocations), so none of them reach the
// shared folder when the item is private.
func (tx *Tx) SetPrivateWhere(table, column, id string, private bool) error {
	if !isIdent(column) {
		return fmt.Errorf("bad column %q", column)
	}
	ids, err := tx.idsWhere(table, column+" = ?", id)
	if err != nil {
		return err
	}
	for _, rid := range ids {
		if err := tx.SetFields(table, rid, Field{"private", private}); err != nil {
			return err
		}
	}
	return nil
}

// Allocation reads a goal's live allocation of a resource, if any.
func (tx *Tx) Allocation(goalID string, r model.Resource) (model.Allocation, bool, error) {
	a := model.Allocation{ID: AllocationID(goalID, r), GoalID: goalID, Resource: r, SplitA: 50}
	var since string
	err := tx.tx.QueryRowContext(tx.ctx, "SELECT amount, split_a, since FROM allocations WHERE id = ? AND deleted = 0", a.ID).Scan(&a.Amount, &a.SplitA, &since)
	if err == sql.ErrNoRows {
		return a, false, nil
	}
	if err != nil {
		return a, false, fmt.Errorf("look up allocation: %w", err)
	}
	a.Since, _ = model.ParseDate(since)
	return a, true, nil
}
