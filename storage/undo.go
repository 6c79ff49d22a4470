package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
)

// Change is one field of one row as a recorded write found it: the value
// that gives the field back (Value) and the value the write left (Wrote).
// A list of them, restored in reverse order, undoes the write.
type Change struct {
	Table, ID, Col string
	Value          any
	Wrote          any
	sealed         bool // its row was sealed in the same write
}

// Created reports whether the change undoes the making of a row: the row
// did not exist before the write, so giving it back means deleting it.
func (c Change) Created() bool { return c.Col == "deleted" && truthy(c.Value) }

// Deleted reports whether the change undoes a delete.
func (c Change) Deleted() bool { return c.Col == "deleted" && !truthy(c.Value) && truthy(c.Wrote) }

// notUndoable are tables whose writes are bookkeeping or kept apart, never
// part of an edit to undo: which reminders were sent, the private spaces'
// locks and sealed rows, the journal (its page is saved as it is typed
// and has an undo of its own in the text field) and the people of one's
// own (local, and a removal asks first).
var notUndoable = map[string]bool{
	"nudges_sent": true, "withdrawn": true, "partner_locks": true, "sealed": true, "journal": true, "own_people": true, "conflicts_seen": true,
	"reset_locks": true, "reset_sealed": true,
}

// recorder gathers, during a recorded write, each field's value before its
// first write in the transaction.
type recorder struct {
	changes []Change
	seen    map[string]bool // table\x00id\x00col, and table\x00id\x00* for a new row
}

// UpdateRecorded is Update that also returns the changes that undo what fn
// wrote through SetFields: each field's value before, and after. Writes to
// bookkeeping tables are not recorded.
func (s *Store) UpdateRecorded(ctx context.Context, fn func(tx *Tx) error) ([]Change, error) {
	var changes []Change
	err := s.Update(ctx, func(tx *Tx) error {
		tx.rec = &recorder{seen: map[string]bool{}}
		if err := fn(tx); err != nil {
			return err
		}
		var err error
		changes, err = tx.rec.finish(tx)
		tx.rec = nil
		return err
	})
	if err != nil {
		return nil, err
	}
	return changes, nil
}

// remember reads, before fields of table's row id are written, the values
// the transaction has not seen yet.
func (r *recorder) remember(tx *Tx, table, id string, fields []Field) error {
	if notUndoable[table] || r.seen[table+"\x00"+id+"\x00*"] {
		return nil
	}
	var cols []string
	for _, f := range fields {
		if k := table + "\x00" + id + "\x00" + f.Name; !r.seen[k] {
			cols = append(cols, f.Name)
		}
	}
	if len(cols) == 0 {
		return nil
	}
	values, err := tx.readFields(table, id, cols)
	if errors.Is(err, sql.ErrNoRows) {
		// A new row: undoing its making is deleting it.
		r.seen[table+"\x00"+id+"\x00*"] = true
		r.changes = append(r.changes, Change{Table: table, ID: id, Col: "deleted", Value: int64(1)})
		return nil
	}
	if err != nil {
		return fmt.Errorf("remember %s before the edit: %w", table, err)
	}
	for i, c := range cols {
		r.seen[table+"\x00"+id+"\x00"+c] = true
		r.changes = append(r.changes, Change{Table: table, ID: id, Col: c, Value: values[i]})
	}
	return nil
}

// finish reads what the write left in each recorded field, one read per
// row.
func (r *recorder) finish(tx *Tx) ([]Change, error) {
	rows := map[string][]int{} // table\x00id → indexes of its changes
	var order []string
	for i, c := range r.changes {
		k := c.Table + "\x00" + c.ID
		if rows[k] == nil {
			order = append(order, k)
		}
		rows[k] = append(rows[k], i)
	}
	for _, k := range order {
		idx := rows[k]
		first := r.changes[idx[0]]
		cols := make([]string, len(idx))
		for j, i := range idx {
			cols[j] = r.changes[i].Col
		}
		values, err := tx.readFields(first.Table, first.ID, cols)
		if errors.Is(err, sql.ErrNoRows) {
			// Sealed in the same write (a locked partner's new private
			// item): out of sight, and not an edit to undo from here.
			for _, i := range idx {
				r.changes[i].sealed = true
			}
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("read %s after the edit: %w", first.Table, err)
		}
		for j, i := range idx {
			r.changes[i].Wrote = values[j]
		}
	}
	// A field written back to the value it had is no change.
	out := r.changes[:0]
	for _, c := range r.changes {
		if !c.sealed && !sameValue(c.Value, c.Wrote) {
			out = append(out, c)
		}
	}
	return out, nil
}

// readFields reads columns of one row; sql.ErrNoRows when there is none.
func (tx *Tx) readFields(table, id string, cols []string) ([]any, error) {
	if !isIdent(table) {
		return nil, fmt.Errorf("read %s: bad table name", table)
	}
	for _, c := range cols {
		if !isIdent(c) {
			return nil, fmt.Errorf("read %s: bad column name %q", table, c)
		}
	}
	values := make([]any, len(cols))
	ptrs := make([]any, len(cols))
	for i := range values {
		ptrs[i] = &values[i]
	}
	err := tx.tx.QueryRowContext(tx.ctx, "SELECT "+strings.Join(cols, ", ")+" FROM "+table+" WHERE id = ?", id).Scan(ptrs...)
	if err != nil {
		return nil, err
	}
	for i, v := range values {
		if b, ok := v.([]byte); ok {
			values[i] = string(b)
		}
	}
	return values, nil
}

// Restore gives each field its recorded value, last change first, with a
// fresh stamp (so the partner's computer takes it like any edit). A field
// whose value is no longer what the recorded write left — changed since, on
// this computer or the partner's — is left as it is: an undo never loses a
// later edit. It returns how many fields it left.
func (tx *Tx) Restore(changes []Change) (left int, err error) {
	for i := len(changes) - 1; i >= 0; i-- {
		c := changes[i]
		now, err := tx.readFields(c.Table, c.ID, []string{c.Col})
		if errors.Is(err, sql.ErrNoRows) {
			left++
			continue
		}
		if err != nil {
			return left, fmt.Errorf("undo %s: %w", c.Table, err)
		}
		if !sameValue(now[0], c.Wrote) {
			left++
			continue
		}
		if err := tx.SetFields(c.Table, c.ID, Field{Name: c.Col, Value: c.Value}); err != nil {
			return left, err
		}
	}
	return left, nil
}

// sameValue compares two column values as SQLite stores them: a bool
// written is an integer read.
func sameValue(a, b any) bool {
	norm := func(v any) any {
		switch x := v.(type) {
		case bool:
			if x {
				return int64(1)
			}
			return int64(0)
		case int:
			return int64(x)
		case []byte:
			return string(x)
		}
		return v
	}
	return norm(a) == norm(b)
}
