package storage

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/vennplanner/venn/model"
)

// Field is one column value of a row.
type Field struct {
	Name  string
	Value any // string, int64, bool or nil
}

// Tx is a write transaction. Its SetFields is the one path by which every
// user-visible field is written.
type Tx struct {
	ctx     context.Context
	tx      *sql.Tx
	store   *Store
	stmts   map[string]*sql.Stmt
	stamped bool
	// deleted holds, during a merge, the rows of the merged tables that are
	// tombstones ("table\x00id"); nil otherwise.
	deleted map[string]bool
	// rec, during UpdateRecorded, gathers what undoes the write.
	rec *recorder
}

// Update runs fn in one write transaction: all of fn's writes land, or none.
func (s *Store) Update(ctx context.Context, fn func(tx *Tx) error) (err error) {
	sqlTx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin: %w", classify(err))
	}
	tx := &Tx{ctx: ctx, tx: sqlTx, store: s, stmts: map[string]*sql.Stmt{}}
	defer func() {
		for _, st := range tx.stmts {
			st.Close()
		}
		if err != nil {
			_ = sqlTx.Rollback()
		}
	}()
	if err = fn(tx); err != nil {
		return classify(err)
	}
	if tx.stamped {
		if _, err = sqlTx.ExecContext(ctx,
			"INSERT INTO local_meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
			metaClock, s.clock.Last().String()); err != nil {
			return fmt.Errorf("save clock: %w", err)
		}
	}
	if err = sqlTx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", classify(err))
	}
	return nil
}

// Context returns the transaction's context.
func (tx *Tx) Context() context.Context { return tx.ctx }

func (tx *Tx) exec(query string, args ...any) error {
	st, ok := tx.stmts[query]
	if !ok {
		var err error
		if st, err = tx.tx.PrepareContext(tx.ctx, query); err != nil {
			return err
		}
		tx.stmts[query] = st
	}
	_, err := st.ExecContext(tx.ctx, args...)
	return err
}

// SetFields writes fields of the row id in table (creating the row when it
// is new) and stamps each field with one fresh clock reading. This is the
// single write path for user data; sync merges use SetFieldsAt.
func (tx *Tx) SetFields(table, id string, fields ...Field) error {
	if tx.rec != nil {
		if err := tx.rec.remember(tx, table, id, fields); err != nil {
			return err
		}
	}
	stamp := tx.store.clock.Now()
	tx.stamped = true
	return tx.SetFieldsAt(table, id, stamp, fields...)
}

// SetFieldsAt writes fields with a given stamp, unconditionally. Callers that
// merge remote changes compare stamps first (see ApplyFields).
//
// Every value passes the same check a field from another computer does
// (ValidateField): what one computer writes, the other accepts.
func (tx *Tx) SetFieldsAt(table, id string, stamp model.Stamp, fields ...Field) error {
	if len(fields) == 0 {
		return nil
	}
	if err := tx.store.cat.checkLocal(table, id, fields); err != nil {
		return err
	}
	cols := make([]string, len(fields))
	values := make([]any, len(fields))
	stamps := make([]string, len(fields))
	hlc := stamp.String()
	for i, f := range fields {
		cols[i], values[i], stamps[i] = f.Name, f.Value, hlc
	}
	return tx.upsertStamped(table, id, cols, values, stamps, nil)
}

// upsertStamped is the one place rows of synced tables are written: the
// row's columns (creating the row when it is new), then each column's
// stamp and base. A local write (bases nil) replaces the value it finds,
// so its base is that value's stamp; a merged field keeps the base it
// arrived with.
func (tx *Tx) upsertStamped(table, id string, cols []string, values []any, stamps, bases []string) error {
	if !isIdent(table) {
		return fmt.Errorf("write %s: bad table name", table)
	}
	names := make([]string, 0, len(cols)+1)
	marks := make([]string, 0, len(cols)+1)
	sets := make([]string, 0, len(cols))
	args := make([]any, 0, len(cols)+1)
	names, marks, args = append(names, "id"), append(marks, "?"), append(args, id)
	for i, c := range cols {
		if !isIdent(c) || c == "id" {
			return fmt.Errorf("write %s: bad column name %q", table, c)
		}
		names = append(names, c)
		marks = append(marks, "?")
		sets = append(sets, c+" = excluded."+c)
		args = append(args, values[i])
	}
	query := "INSERT INTO " + table + " (" + strings.Join(names, ", ") + ") VALUES (" + strings.Join(marks, ", ") +
		") ON CONFLICT(id) DO UPDATE SET " + strings.Join(sets, ", ")
	if err := tx.exec(query, args...); err != nil {
		return fmt.Errorf("write %s %s: %w", table, id, err)
	}
	for i, c := range cols {
		var err error
		switch {
		case bases == nil:
			err = tx.exec("INSERT INTO clocks(tbl, row_id, col, hlc) VALUES(?, ?, ?, ?) ON CONFLICT(tbl, row_id, col) DO UPDATE SET base = clocks.hlc, hlc = excluded.hlc",
				table, id, c, stamps[i])
		case bases[i] == "":
			// Most merged fields carry no base: the shorter statement.
			err = tx.exec("INSERT INTO clocks(tbl, row_id, col, hlc) VALUES(?, ?, ?, ?) ON CONFLICT(tbl, row_id, col) DO UPDATE SET hlc = excluded.hlc, base = ''",
				table, id, c, stamps[i])
		default:
			err = tx.exec("INSERT INTO clocks(tbl, row_id, col, hlc, base) VALUES(?, ?, ?, ?, ?) ON CONFLICT(tbl, row_id, col) DO UPDATE SET hlc = excluded.hlc, base = excluded.base",
				table, id, c, stamps[i], bases[i])
		}
		if err != nil {
			return fmt.Errorf("stamp %s.%s: %w", table, c, err)
		}
	}
	if !tx.mayBeDeleted(table, id, cols, values) {
		return nil
	}
	return tx.reviveIfEditedAfterDelete(table, id)
}

// mayBeDeleted says whether a row just written could be a tombstone. A
// merge knows which rows of its tables are (Tx.deleted); a local edit asks.
func (tx *Tx) mayBeDeleted(table, id string, cols []string, values []any) bool {
	if tx.deleted == nil {
		return true
	}
	for i, c := range cols {
		if c == "deleted" {
			return truthy(values[i])
		}
	}
	return tx.deleted[rowKey(table, id)]
}

// reviveIfEditedAfterDelete keeps the rule for a delete and an edit made
// on two computers: the later one wins. A row stays deleted only while its
// tombstone is newer than every other field; an edit stamped after the
// delete (made on a computer that had not seen it yet) brings the row back,
// on every computer alike, because the tombstone is rewritten as "not
// deleted" with that edit's stamp. Whatever order the fields arrive in,
// every computer ends with the same row.
func (tx *Tx) reviveIfEditedAfterDelete(table, id string) error {
	st, ok := tx.stmts["revive:"+table]
	if !ok {
		var err error
		st, err = tx.tx.PrepareContext(tx.ctx,
			"SELECT d.hlc, (SELECT max(o.hlc) FROM clocks o WHERE o.tbl = ?1 AND o.row_id = ?2 AND o.col <> 'deleted') "+
				"FROM "+table+" t JOIN clocks d ON d.tbl = ?1 AND d.row_id = t.id AND d.col = 'deleted' WHERE t.id = ?2 AND t.deleted <> 0")
		if err != nil {
			return fmt.Errorf("check %s %s: %w", table, id, err)
		}
		tx.stmts["revive:"+table] = st
	}
	var deletedAt string
	var editedAt sql.NullString
	err := st.QueryRowContext(tx.ctx, table, id).Scan(&deletedAt, &editedAt)
	if err == sql.ErrNoRows || !editedAt.Valid || editedAt.String <= deletedAt {
		return nil
	}
	if err != nil {
		return fmt.Errorf("check %s %s: %w", table, id, err)
	}
	if err := tx.exec("UPDATE "+table+" SET deleted = 0 WHERE id = ?", id); err != nil {
		return fmt.Errorf("bring back %s %s: %w", table, id, err)
	}
	if err := tx.exec("UPDATE clocks SET hlc = ? WHERE tbl = ? AND row_id = ? AND col = 'deleted'", editedAt.String, table, id); err != nil {
		return fmt.Errorf("bring back %s %s: %w", table, id, err)
	}
	return nil
}

// Delete marks the row deleted: a tombstone field that syncs like any other.
func (tx *Tx) Delete(table, id string) error {
	return tx.SetFields(table, id, Field{Name: "deleted", Value: true})
}

// FieldStamp returns the stamp of one field, or the zero stamp if the field
// was never written.
func (tx *Tx) FieldStamp(table, id, col string) (model.Stamp, error) {
	var v string
	err := tx.tx.QueryRowContext(tx.ctx, "SELECT hlc FROM clocks WHERE tbl = ? AND row_id = ? AND col = ?", table, id, col).Scan(&v)
	if err == sql.ErrNoRows {
		return model.Stamp{}, nil
	}
	if err != nil {
		return model.Stamp{}, fmt.Errorf("read stamp of %s.%s: %w", table, col, err)
	}
	return model.ParseStamp(v)
}

// querier is what read helpers need; both *sql.DB and *sql.Tx have it.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// changedFields returns the fields of next whose values differ from prev
// (both in the same order).
func changedFields(prev, next []Field) []Field {
	var out []Field
	for i, f := range next {
		if fmt.Sprint(prev[i].Value) != fmt.Sprint(f.Value) {
			out = append(out, f)
		}
	}
	return out
}

// putRow writes a row's fields: all of them when prev is nil, else the
// ones that changed.
func (tx *Tx) putRow(table, id string, prev, next []Field) error {
	if prev != nil {
		next = changedFields(prev, next)
		if len(next) == 0 {
			return nil
		}
	}
	if err := tx.SetFields(table, id, next...); err != nil {
		return fmt.Errorf("save %s: %w", table, err)
	}
	return nil
}

// checkLocal checks a local write's values as a merge would check them on
// the partner's computer; a value that fails is a validation error, in
// words, and nothing is written.
func (c *catalog) checkLocal(table, id string, fields []Field) error {
	cols, synced := c.checks[table]
	if !synced {
		return nil // a table of this computer's own
	}
	for _, f := range fields {
		c, ok := cols[f.Name]
		if !ok {
			continue
		}
		v := f.Value
		if b, isBool := v.(bool); isBool {
			v = int64(0)
			if b {
				v = int64(1)
			}
		}
		if i, isInt := v.(int); isInt {
			v = int64(i)
		}
		if err := c(v); err != nil {
			return &model.ValidationError{Field: f.Name, Message: fmt.Sprintf("The %s %s; please change it.", fieldWords(f.Name), err)}
		}
	}
	if !c.validRowID(table, id) {
		return fmt.Errorf("write %s: %q is not an id Venn makes", table, id)
	}
	return nil
}

// fieldWords names a column for people: "due_date" → "due date".
func fieldWords(col string) string { return strings.ReplaceAll(col, "_", " ") }
