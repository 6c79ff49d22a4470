package storage

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/vennplanner/venn/model"
)

const appreciationColumns = "id, from_id, to_id, day, text, printable"

// Appreciations returns every live appreciation, newest first.
func (s *Store) Appreciations(ctx context.Context) ([]model.Appreciation, error) {
	return queryRows(ctx, s.db, "appreciations", "SELECT "+appreciationColumns+" FROM appreciations WHERE deleted = 0 ORDER BY day DESC, id", scanAppreciation)
}

// Appreciation reads one live appreciation.
func (tx *Tx) Appreciation(id string) (model.Appreciation, error) {
	as, err := queryRows(tx.ctx, tx.tx, "appreciation", "SELECT "+appreciationColumns+" FROM appreciations WHERE deleted = 0 AND id = ?", scanAppreciation, id)
	if err != nil {
		return model.Appreciation{}, err
	}
	if len(as) == 0 {
		return model.Appreciation{}, fmt.Errorf("appreciation %s: %w", id, ErrNotFound)
	}
	return as[0], nil
}

func scanAppreciation(r *sql.Rows) (model.Appreciation, error) {
	var a model.Appreciation
	var day string
	err := r.Scan(&a.ID, &a.FromID, &a.ToID, &day, &a.Text, &a.Printable)
	a.Day, _ = model.ParseDate(day)
	return a, err
}

// PutAppreciation writes an appreciation (the changed fields when old is given).
func (tx *Tx) PutAppreciation(old *model.Appreciation, a model.Appreciation) error {
	var prev []Field
	if old != nil {
		prev = appreciationFields(*old)
	}
	return tx.putRow("appreciations", a.ID, prev, appreciationFields(a))
}

func appreciationFields(a model.Appreciation) []Field {
	return []Field{{"from_id", a.FromID}, {"to_id", a.ToID}, {"day", a.Day.String()}, {"text", a.Text}, {"printable", a.Printable}}
}
