package storage

import (
	"context"
	"fmt"

	"github.com/vennplanner/venn/model"
)

// ColumnSettings returns the four board columns with the couple's names and
// limits; columns never renamed keep their default names.
func (s *Store) ColumnSettings(ctx context.Context) ([]model.ColumnSettings, error) {
	out := model.DefaultColumnSettings()
	rows, err := s.db.QueryContext(ctx, "SELECT id, name, wip_limit FROM board_columns WHERE deleted = 0")
	if err != nil {
		return nil, fmt.Errorf("load board columns: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var key, name string
		var limit int
		if err := rows.Scan(&key, &name, &limit); err != nil {
			return nil, fmt.Errorf("load board columns: %w", err)
		}
		if i := model.Column(key).Index(); i >= 0 {
			if name != "" {
				out[i].Name = name
			}
			out[i].WIPLimit = limit
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("load board columns: %w", err)
	}
	return out, nil
}

// PutColumnSettings writes a column's name and work-in-progress limit.
func (tx *Tx) PutColumnSettings(c model.ColumnSettings) error {
	return tx.SetFields("board_columns", string(c.Column),
		Field{"name", c.Name},
		Field{"wip_limit", int64(c.WIPLimit)},
	)
}
