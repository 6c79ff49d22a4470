package storage

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/vennplanner/venn/model"
)

// ValueCheckID is the derived id of one value's check against one decision,
// the same on both computers.
func ValueCheckID(valueID, eventID, sessionID string) string {
	return DerivedID("value-check", valueID, eventID, sessionID)
}

func scanValueCheck(r *sql.Rows) (model.ValueCheck, error) {
	var c model.ValueCheck
	var verdict string
	err := r.Scan(&c.ID, &c.ValueID, &c.EventID, &c.SessionID, &verdict, &c.Private)
	c.Verdict = model.Verdict(verdict)
	return c, err
}

const valueCheckColumns = "id, value_id, event_id, session_id, verdict, private"

// ValueChecks returns every live value check on this computer.
func (s *Store) ValueChecks(ctx context.Context) ([]model.ValueCheck, error) {
	return valueChecks(ctx, s.db)
}

// ValueChecks is ValueChecks inside the transaction.
func (tx *Tx) ValueChecks() ([]model.ValueCheck, error) { return valueChecks(tx.ctx, tx.tx) }

func valueChecks(ctx context.Context, q querier) ([]model.ValueCheck, error) {
	return queryRows(ctx, q, "value checks", "SELECT "+valueCheckColumns+" FROM value_checks WHERE deleted = 0 ORDER BY value_id, id", scanValueCheck)
}

// PutValueCheck writes a check under its derived id (bringing back one
// that was taken away).
func (tx *Tx) PutValueCheck(c model.ValueCheck) error {
	c.ID = ValueCheckID(c.ValueID, c.EventID, c.SessionID)
	err := tx.SetFields("value_checks", c.ID, Field{"value_id", c.ValueID}, Field{"event_id", c.EventID},
		Field{"session_id", c.SessionID}, Field{"verdict", string(c.Verdict)}, Field{"private", c.Private}, Field{"deleted", false})
	if err != nil {
		return fmt.Errorf("save a value check: %w", err)
	}
	return nil
}

// SettleValueCheckPrivacy gives every live check the privacy of its value
// and its decision: private when either is (or is no longer here).
func (tx *Tx) SettleValueCheckPrivacy() error {
	rows, err := queryRows(tx.ctx, tx.tx, "value checks", `
		SELECT c.id, c.private,
		       coalesce((SELECT v.private FROM value_entries v WHERE v.id = c.value_id AND v.deleted = 0), 1)
		    OR coalesce((SELECT e.private FROM life_events e WHERE c.event_id <> '' AND e.id = c.event_id AND e.deleted = 0), c.event_id <> '')
		    OR coalesce((SELECT x.private FROM sessions x WHERE c.session_id <> '' AND x.id = c.session_id AND x.deleted = 0), c.session_id <> '')
		FROM value_checks c WHERE c.deleted = 0`,
		func(r *sql.Rows) (struct {
			id          string
			private, to bool
		}, error) {
			var x struct {
				id          string
				private, to bool
			}
			err := r.Scan(&x.id, &x.private, &x.to)
			return x, err
		})
	if err != nil {
		return err
	}
	for _, x := range rows {
		if x.private != x.to {
			if err := tx.SetFields("value_checks", x.id, Field{"private", x.to}); err != nil {
				return fmt.Errorf("carry a value's privacy to its checks: %w", err)
			}
		}
	}
	return nil
}
