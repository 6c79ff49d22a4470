package storage

import (
	"context"
	"database/sql"
	"strings"

	"github.com/vennplanner/venn/model"
)

// FieldWrite is when a field of a row was last written, and by which
// computer: what a row's field stamps tell.
type FieldWrite struct {
	Table, RowID, Col string
	Stamp             model.Stamp
}

// GoalWrites returns the stamps of a goal's fields and of its checklist
// steps' and labels' fields: the goal's activity as Venn knows it (the last
// write of each field; earlier values are not kept).
func (s *Store) GoalWrites(ctx context.Context, goalID string) ([]FieldWrite, error) {
	return queryRows(ctx, s.db, "goal activity", `SELECT tbl, row_id, col, hlc FROM clocks
		WHERE (tbl = 'goals' AND row_id = ?1)
		   OR (tbl = 'goal_steps' AND row_id IN (SELECT id FROM goal_steps WHERE goal_id = ?1))
		   OR (tbl = 'goal_labels' AND row_id IN (SELECT id FROM goal_labels WHERE goal_id = ?1))`,
		func(r *sql.Rows) (FieldWrite, error) {
			var w FieldWrite
			var hlc string
			if err := r.Scan(&w.Table, &w.RowID, &w.Col, &hlc); err != nil {
				return w, err
			}
			st, err := model.ParseStamp(hlc)
			w.Stamp = st
			return w, err
		}, goalID)
}

// devicePartnerKey is the local setting naming the partner a computer
// belongs to, as its replica files say.
func devicePartnerKey(device string) string { return "device-partner:" + device }

// RememberDevicePartner keeps which partner a computer belongs to, so an
// edit's stamp can be put down to a person after that computer's files are
// gone.
func (s *Store) RememberDevicePartner(ctx context.Context, device, partnerID string) error {
	if !ValidID(device) || !ValidID(partnerID) {
		return nil
	}
	if was, err := s.Meta(ctx, devicePartnerKey(device)); err != nil || was == partnerID {
		return err
	}
	return s.SetMeta(ctx, devicePartnerKey(device), partnerID)
}

// DevicePartners returns the partner each known computer belongs to.
func (s *Store) DevicePartners(ctx context.Context) (map[string]string, error) {
	return stringMap(ctx, s.db, "device partners", "SELECT key, value FROM local_meta WHERE key LIKE 'device-partner:%'",
		func(key string) string { return strings.TrimPrefix(key, "device-partner:") })
}

// stringMap runs a query of two text columns and returns the second by
// the first, each key passed through key.
func stringMap(ctx context.Context, q querier, what, query string, key func(string) string) (map[string]string, error) {
	type pair struct{ key, value string }
	rows, err := queryRows(ctx, q, what, query, func(r *sql.Rows) (pair, error) {
		var p pair
		err := r.Scan(&p.key, &p.value)
		return p, err
	})
	if err != nil {
		return nil, err
	}
	out := make(map[string]string, len(rows))
	for _, p := range rows {
		out[key(p.key)] = p.value
	}
	return out, nil
}
