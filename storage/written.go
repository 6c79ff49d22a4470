package storage

import (
	"context"
	"database/sql"
	"time"

	"github.com/vennplanner/venn/model"
)

// FieldsWritten returns when each row of a table last had one of its
// fields written, by the field's stamp: when a ritual was archived, when a
// goal last moved column. Rows whose field was never written are left out.
// A stamp is what a computer said, so the time is a good guide, not proof.
func (s *Store) FieldsWritten(ctx context.Context, table, col string) (map[string]time.Time, error) {
	type written struct {
		id string
		at time.Time
	}
	rows, err := queryRows(ctx, s.db, "when "+table+"."+col+" was written", "SELECT row_id, hlc FROM clocks WHERE tbl = ? AND col = ?",
		func(r *sql.Rows) (written, error) {
			var w written
			var hlc string
			if err := r.Scan(&w.id, &hlc); err != nil {
				return w, err
			}
			st, err := model.ParseStamp(hlc)
			w.at = time.UnixMilli(st.WallMS)
			return w, err
		}, table, col)
	if err != nil {
		return nil, err
	}
	out := make(map[string]time.Time, len(rows))
	for _, w := range rows {
		out[w.id] = w.at
	}
	return out, nil
}
