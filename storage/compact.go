package storage

import (
	"context"
	"fmt"

	"github.com/vennplanner/venn/model"
)

// Tombstone is a deleted row: what is left of it is its fields' stamps and
// its "deleted" mark, kept so that a computer that has not yet heard of the
// delete cannot bring the row back with its older fields.
type Tombstone struct {
	Table string
	RowID string
	Stamp model.Stamp // when it was deleted
}

// DropTombstones removes, in one transaction, the deleted rows for which
// forget says every computer has heard of the delete, with all their
// stamps. It returns how many rows went. Rows deleted locally are the
// caller's to judge like any other.
func (s *Store) DropTombstones(ctx context.Context, forget func(Tombstone) bool) (int, error) {
	tombs, err := s.tombstones(ctx)
	if err != nil {
		return 0, err
	}
	var gone []Tombstone
	for _, t := range tombs {
		if forget(t) {
			gone = append(gone, t)
		}
	}
	if len(gone) == 0 {
		return 0, nil
	}
	err = s.Update(ctx, func(tx *Tx) error {
		for _, t := range gone {
			if err := tx.exec("DELETE FROM "+t.Table+" WHERE id = ? AND deleted = 1", t.RowID); err != nil {
				return err
			}
			if err := tx.exec("DELETE FROM clocks WHERE tbl = ? AND row_id = ?", t.Table, t.RowID); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("drop deleted rows: %w", err)
	}
	return len(gone), nil
}

// tombstones lists every deleted row of the synced tables with its stamp.
func (s *Store) tombstones(ctx context.Context) ([]Tombstone, error) {
	var out []Tombstone
	for _, en := range s.cat.synced() {
		table := en.Table
		rows, err := s.db.QueryContext(ctx, "SELECT t.id, c.hlc FROM "+table+
			" t JOIN clocks c ON c.tbl = ? AND c.row_id = t.id AND c.col = 'deleted' WHERE t.deleted = 1", table)
		if err != nil {
			return nil, fmt.Errorf("list deleted rows of %s: %w", table, err)
		}
		for rows.Next() {
			var id, hlc string
			if err := rows.Scan(&id, &hlc); err != nil {
				rows.Close()
				return nil, fmt.Errorf("list deleted rows of %s: %w", table, err)
			}
			st, err := model.ParseStamp(hlc)
			if err != nil {
				continue // a stamp this Venn cannot read is kept
			}
			out = append(out, Tombstone{Table: table, RowID: id, Stamp: st})
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
	}
	return out, nil
}
