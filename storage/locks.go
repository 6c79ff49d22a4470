package storage

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"filippo.io/age"

	"github.com/vennplanner/venn/storage/vault"
)

// A partner's lock: while a partner is locked, each of their private rows
// lives only sealed (encrypted to the partner's public key) in the sealed
// table and is gone from its own table, so every read — screens, search,
// summary, export, sync — simply does not see it. Unsealing puts the rows
// back. The database runs with secure_delete, so a sealed row's plaintext
// is overwritten, and the write-ahead log is truncated after sealing.

// Lock is a partner's lock as stored. (It does not say whether its secret
// is a PIN: that would tell a thief how few guesses to try.)
type Lock struct {
	PartnerID string
	Key       vault.Key
	Created   time.Time
}

// Locks returns every partner's lock on this computer.
func (s *Store) Locks(ctx context.Context) ([]Lock, error) {
	return queryRows(ctx, s.db, "locks", "SELECT partner_id, recipient, wrapped, created FROM partner_locks ORDER BY partner_id", scanLock)
}

func scanLock(r *sql.Rows) (Lock, error) {
	var l Lock
	var created string
	err := r.Scan(&l.PartnerID, &l.Key.Recipient, &l.Key.Wrapped, &created)
	l.Created, _ = time.Parse(time.RFC3339, created)
	return l, err
}

// PutLock sets (or replaces) a partner's lock.
func (tx *Tx) PutLock(l Lock) error {
	_, err := tx.tx.ExecContext(tx.ctx, `INSERT INTO partner_locks(partner_id, recipient, wrapped, pin, created) VALUES(?, ?, ?, 0, ?)
		ON CONFLICT(partner_id) DO UPDATE SET recipient = excluded.recipient, wrapped = excluded.wrapped, pin = 0, created = excluded.created`,
		l.PartnerID, l.Key.Recipient, l.Key.Wrapped, l.Created.UTC().Format(time.RFC3339))
	if err != nil {
		return fmt.Errorf("save the lock: %w", err)
	}
	return nil
}

// DeleteLock removes a partner's lock and, with its key gone, whatever is
// still sealed for them: it reports how many sealed items were dropped.
func (tx *Tx) DeleteLock(partnerID string) (int, error) {
	res, err := tx.tx.ExecContext(tx.ctx, "DELETE FROM sealed WHERE partner_id = ?", partnerID)
	if err != nil {
		return 0, fmt.Errorf("drop sealed items: %w", err)
	}
	n, _ := res.RowsAffected()
	if _, err := tx.tx.ExecContext(tx.ctx, "DELETE FROM partner_locks WHERE partner_id = ?", partnerID); err != nil {
		return 0, fmt.Errorf("remove the lock: %w", err)
	}
	return int(n), nil
}

// SealedCount returns how many of a partner's items are sealed.
func (s *Store) SealedCount(ctx context.Context, partnerID string) (int, error) {
	var n int
	if err := s.db.QueryRowContext(ctx, "SELECT count(*) FROM sealed WHERE partner_id = ?", partnerID).Scan(&n); err != nil {
		return 0, fmt.Errorf("count sealed items: %w", err)
	}
	return n, nil
}

// sealedRow is one row as sealed: its table, and each column's value.
type sealedRow struct {
	Table   string         `json:"t"`
	Columns map[string]any `json:"c"`
}

// Seal moves every private row of the partner out of its table into the
// sealed table, encrypted to recipient; it reports how many it sealed.
func (tx *Tx) Seal(partnerID, recipient string) (int, error) {
	return sealRows(tx.ctx, tx.tx, tx.store.cat, partnerID, recipient)
}

type execQuerier interface {
	querier
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
}

// sealRows seals the partner's rows that cat's entities say their lock
// seals (Entity.Seal).
func sealRows(ctx context.Context, q execQuerier, cat *catalog, partnerID, recipient string) (int, error) {
	n := 0
	for _, p := range cat.sealed {
		args := make([]any, strings.Count(p.where, "?"))
		for i := range args {
			args[i] = partnerID
		}
		rows, err := readRows(ctx, q, p.table, p.where, args...)
		if err != nil {
			return n, err
		}
		for _, row := range rows {
			id, _ := row["id"].(string)
			data, err := json.Marshal(sealedRow{Table: p.table, Columns: row})
			if err != nil {
				return n, fmt.Errorf("seal %s: %w", p.table, err)
			}
			blob, err := vault.Seal(data, recipient)
			if err != nil {
				return n, err
			}
			if _, err := q.ExecContext(ctx, "INSERT OR REPLACE INTO sealed(tbl, row_id, partner_id, blob) VALUES(?, ?, ?, ?)", p.table, id, partnerID, blob); err != nil {
				return n, fmt.Errorf("seal %s: %w", p.table, err)
			}
			if _, err := q.ExecContext(ctx, "DELETE FROM "+p.table+" WHERE id = ?", id); err != nil {
				return n, fmt.Errorf("seal %s: %w", p.table, err)
			}
			n++
		}
	}
	return n, nil
}

// readRows reads whole rows of a table as column → value.
func readRows(ctx context.Context, q querier, table, where string, args ...any) ([]map[string]any, error) {
	rows, err := q.QueryContext(ctx, "SELECT * FROM "+table+" WHERE "+where, args...)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", table, err)
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", table, err)
	}
	var out []map[string]any
	for rows.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			return nil, fmt.Errorf("read %s: %w", table, err)
		}
		row := map[string]any{}
		for i, c := range cols {
			if b, ok := vals[i].([]byte); ok {
				vals[i] = string(b)
			}
			row[c] = vals[i]
		}
		out = append(out, row)
	}
	return out, rows.Err()
}

// Unseal opens every sealed item of the partner with their key and puts
// the rows back in their tables. The sealed copy is the partner's own and
// wins over anything found under its id meanwhile (no other computer may
// write a sealed row: the merge leaves them alone). It reports how many it
// restored.
func (tx *Tx) Unseal(partnerID string, id *age.X25519Identity) (int, error) {
	items, err := queryRows(tx.ctx, tx.tx, "sealed items", "SELECT tbl, row_id, blob FROM sealed WHERE partner_id = ?",
		func(r *sql.Rows) (sealedItem, error) {
			var it sealedItem
			err := r.Scan(&it.table, &it.rowID, &it.blob)
			return it, err
		}, partnerID)
	if err != nil {
		return 0, err
	}
	tables := map[string][]string{}
	n := 0
	for _, it := range items {
		row, err := openSealed(it, id)
		if err != nil {
			return n, err
		}
		cols, err := tx.columnsOf(tables, it.table)
		if err != nil {
			return n, err
		}
		if err := tx.restoreRow(it.table, cols, row.Columns); err != nil {
			return n, err
		}
		if _, err := tx.tx.ExecContext(tx.ctx, "DELETE FROM sealed WHERE tbl = ? AND row_id = ?", it.table, it.rowID); err != nil {
			return n, fmt.Errorf("unseal: %w", err)
		}
		if err := tx.moveUnsealedPersonal(it.table, row.Columns); err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}

// restoreRow puts a sealed row back, replacing whatever holds its id.
func (tx *Tx) restoreRow(table string, known []string, cols map[string]any) error {
	id, _ := cols["id"].(string)
	if _, err := tx.tx.ExecContext(tx.ctx, "DELETE FROM "+table+" WHERE id = ?", id); err != nil {
		return fmt.Errorf("unseal %s: %w", table, err)
	}
	return tx.insertRow(table, known, cols)
}

// moveUnsealedPersonal gives an unsealed personal row written here before
// personal ids this computer's own id (see movePersonalIDs).
func (tx *Tx) moveUnsealedPersonal(table string, cols map[string]any) error {
	legacy, ok := tx.store.cat.legacyPersonalID(table, cols)
	id, _ := cols["id"].(string)
	if !ok || id != legacy {
		return nil
	}
	owner := tx.store.cat.personal(table).Key[1]
	made, err := tx.FieldStamp(table, id, owner)
	if err != nil || made.Device != tx.store.device {
		return err
	}
	return tx.rekeyPersonal(table, cols, true)
}

// insertRow puts a row back with the columns the table has now (a column
// added since the row was sealed takes its default).
func (tx *Tx) insertRow(table string, known []string, cols map[string]any) error {
	if known == nil {
		return fmt.Errorf("unseal: no table %q", table)
	}
	var names, marks []string
	var args []any
	for _, c := range known {
		v, ok := cols[c]
		if !ok {
			continue
		}
		if f, isFloat := v.(float64); isFloat && f == float64(int64(f)) {
			v = int64(f) // JSON numbers come back as floats
		}
		names = append(names, c)
		marks = append(marks, "?")
		args = append(args, v)
	}
	query := "INSERT INTO " + table + "(" + strings.Join(names, ", ") + ") VALUES(" + strings.Join(marks, ", ") + ") ON CONFLICT(id) DO NOTHING"
	if _, err := tx.tx.ExecContext(tx.ctx, query, args...); err != nil {
		return fmt.Errorf("unseal %s: %w", table, err)
	}
	return nil
}

// Checkpoint folds the write-ahead log into the database and truncates it,
// so that what sealing removed is not left in the log.
func (s *Store) Checkpoint(ctx context.Context) error {
	if _, err := s.db.ExecContext(ctx, "PRAGMA wal_checkpoint(TRUNCATE)"); err != nil {
		return fmt.Errorf("checkpoint: %w", err)
	}
	return nil
}
