package storage

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/google/uuid"
)

// queryRows runs query and scans each row with scan; what names the rows
// in errors ("load prompts: …").
func queryRows[T any](ctx context.Context, q querier, what, query string, scan func(*sql.Rows) (T, error), args ...any) ([]T, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("load %s: %w", what, err)
	}
	defer rows.Close()
	var out []T
	for rows.Next() {
		v, err := scan(rows)
		if err != nil {
			return nil, fmt.Errorf("load %s: %w", what, err)
		}
		out = append(out, v)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("load %s: %w", what, err)
	}
	return out, nil
}

// DerivedID is the id of a row that both computers could create for the
// same thing (a default prompt, one partner's answer to one prompt in one
// week): the same name gives the same id everywhere, so the two rows merge
// instead of doubling. Names are spelled "kind/part/part…".
func DerivedID(parts ...string) string {
	name := ""
	for i, p := range parts {
		if i > 0 {
			name += "/"
		}
		name += p
	}
	return uuid.NewSHA1(uuid.NameSpaceOID, []byte(name)).String()
}

// RowEverWritten reports whether a row with id was ever written to table,
// deleted or not.
func (tx *Tx) RowEverWritten(table, id string) (bool, error) {
	var n int
	if err := tx.tx.QueryRowContext(tx.ctx, "SELECT count(*) FROM "+table+" WHERE id = ?", id).Scan(&n); err != nil {
		return false, fmt.Errorf("look up %s: %w", table, err)
	}
	return n > 0, nil
}

// LastRank returns the highest rank of table's live rows, or "".
func (tx *Tx) LastRank(table string) (string, error) {
	var r sql.NullString
	if err := tx.tx.QueryRowContext(tx.ctx, "SELECT max(rank) FROM "+table+" WHERE deleted = 0").Scan(&r); err != nil {
		return "", fmt.Errorf("read ranks of %s: %w", table, err)
	}
	return r.String, nil
}

// count returns how many rows of table were ever written, deleted ones too.
func (tx *Tx) count(table string) (int, error) {
	var n int
	if err := tx.tx.QueryRowContext(tx.ctx, "SELECT count(*) FROM "+table).Scan(&n); err != nil {
		return 0, fmt.Errorf("count %s: %w", table, err)
	}
	return n, nil
}

// Exists reports whether table, one the store describes, has a row id
// that is not deleted.
func (tx *Tx) Exists(table, id string) (bool, error) {
	en := tx.store.cat.entity(table)
	if en == nil {
		return false, fmt.Errorf("look up %s: it is not a table Venn keeps", table)
	}
	query := "SELECT count(*) FROM " + table + " WHERE id = ?"
	if en.Has("deleted") {
		query += " AND deleted = 0"
	}
	var n int
	if err := tx.tx.QueryRowContext(tx.ctx, query, id).Scan(&n); err != nil {
		return false, fmt.Errorf("look up %s: %w", table, err)
	}
	return n > 0, nil
}
