package storage

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/vennplanner/venn/model"
)

// Edits made at the same time. Last writer wins keeps the data consistent,
// but when both partners change the same text before either has seen the
// other's, the earlier words would vanish from both computers. So every
// write of a text field remembers the stamp of the value it replaced (its
// base, in clocks.base, carried in the replica): an edit whose base is
// older than the other computer's value was made without seeing it. When a
// merge meets such a pair, it keeps the losing words in conflicts — both
// computers derive the same row for the same race — and, for notes, keeps
// both versions' lines in the field itself.

// KeepsLostWords reports whether a field's lost words are kept when two
// computers change it at once (Column.Lost).
func KeepsLostWords(table, column string) bool { return venn.keepsLostWords(table, column) }

// Conflict is a race between two edits of one text field: the words kept
// in the field, and the words that lost, with who wrote each when.
type Conflict struct {
	ID         string
	Table, Row string
	Column     string
	Lost       string
	LostStamp  model.Stamp
	Kept       string
	KeptStamp  model.Stamp
	// Combined says the field holds both versions' lines (notes).
	Combined bool
	// Seen says the notice was dismissed on this computer.
	Seen bool
}

// ConflictID is the id both computers give one race: the field and the
// losing edit's stamp.
func ConflictID(table, row, column string, lost model.Stamp) string {
	return DerivedID("conflict", table, row, column, lost.String())
}

// raced says whether two edits of a field were made without either seeing
// the other: the winner's base (the value its author replaced) is older
// than the loser.
func raced(winnerBase, loserStamp string) bool { return winnerBase < loserStamp }

// combineLines keeps the winner's text and adds, at its end, the loser's
// lines it does not have, in order: two people adding lines to the same
// notes at once keep both. Both computers combine the same pair alike.
func combineLines(winner, loser string) string {
	have := map[string]bool{}
	for _, l := range strings.Split(winner, "\n") {
		have[strings.TrimSpace(l)] = true
	}
	var add []string
	for _, l := range strings.Split(loser, "\n") {
		if t := strings.TrimSpace(l); t != "" && !have[t] {
			add = append(add, l)
			have[t] = true
		}
	}
	if len(add) == 0 {
		return winner
	}
	if strings.TrimSpace(winner) == "" {
		return strings.Join(add, "\n")
	}
	return strings.TrimRight(winner, "\n") + "\n" + strings.Join(add, "\n")
}

// race is one race a merge found: the field, both values and stamps.
type race struct {
	table, row, column string
	winner, loser      any
	winnerStamp        model.Stamp
	loserStamp         model.Stamp
}

// settleStamp is the stamp of what a merge writes of a race — the conflict
// row, and notes holding both versions' lines: just after the winner's,
// from a device id derived from the race. Every computer that meets the
// race writes the same values with the same stamps, so the merge stays a
// function of what it merges (any order, any repetition, the same result),
// and any edit made later, having seen it, wins over it.
func settleStamp(r race) model.Stamp {
	return model.Stamp{WallMS: r.winnerStamp.WallMS, Counter: r.winnerStamp.Counter + 1,
		Device: DerivedID("race", r.winnerStamp.String(), r.loserStamp.String())}
}

// keepLostWords records a race in conflicts and, for notes, writes both
// versions' lines into the field. It runs inside the merge, after the
// winner is in place.
func (tx *Tx) keepLostWords(r race) error {
	winner, loser := textOf(r.winner), textOf(r.loser)
	at := settleStamp(r)
	id := ConflictID(r.table, r.row, r.column, r.loserStamp)
	if known, err := tx.FieldStamp("conflicts", id, "kept"); err != nil || known.Compare(at) >= 0 {
		return err // met before (here, or on the computer that sent it)
	}
	combined := false
	if tx.store.cat.lost[r.table][r.column] {
		if both := combineLines(winner, loser); both != winner && tx.store.cat.validateField(r.table, r.row, r.column, both) == nil {
			if err := tx.SetFieldsAt(r.table, r.row, at, Field{r.column, both}); err != nil {
				return err
			}
			combined = true
		}
	}
	tx.store.clock.Observe(at)
	tx.stamped = true
	return tx.SetFieldsAt("conflicts", id, at,
		Field{"tbl", r.table}, Field{"row_id", r.row}, Field{"col", r.column},
		Field{"lost", loser}, Field{"lost_stamp", r.loserStamp.String()},
		Field{"kept", winner}, Field{"kept_stamp", r.winnerStamp.String()}, Field{"combined", combined})
}

// textOf is a text field's value as read or received.
func textOf(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case []byte:
		return string(x)
	}
	return ""
}

const conflictColumns = "c.id, c.tbl, c.row_id, c.col, c.lost, c.lost_stamp, c.kept, c.kept_stamp, c.combined, s.id IS NOT NULL"

func scanConflict(r *sql.Rows) (Conflict, error) {
	var c Conflict
	var lost, kept string
	err := r.Scan(&c.ID, &c.Table, &c.Row, &c.Column, &c.Lost, &lost, &c.Kept, &kept, &c.Combined, &c.Seen)
	c.LostStamp, _ = model.ParseStamp(lost)
	c.KeptStamp, _ = model.ParseStamp(kept)
	return c, err
}

// Conflicts returns the races kept on this computer, newest first, each
// whose field's row still exists and is not private here (a row made
// private since keeps its races to itself).
func (s *Store) Conflicts(ctx context.Context) ([]Conflict, error) {
	all, err := queryRows(ctx, s.db, "edits made at the same time", "SELECT "+conflictColumns+
		" FROM conflicts c LEFT JOIN conflicts_seen s ON s.id = c.id WHERE c.deleted = 0 ORDER BY c.lost_stamp DESC", scanConflict)
	if err != nil {
		return nil, err
	}
	out := all[:0]
	for _, c := range all {
		live, err := rowLiveAndShared(ctx, s.db, s.cat, c.Table, c.Row)
		if err != nil {
			return nil, err
		}
		if live {
			out = append(out, c)
		}
	}
	return out, nil
}

// RowLiveAndShared reports whether a row exists, is not deleted and is
// not private.
func (tx *Tx) RowLiveAndShared(table, id string) (bool, error) {
	return rowLiveAndShared(tx.ctx, tx.tx, tx.store.cat, table, id)
}

// TitleOf reads the title of a row of a table that has one.
func (s *Store) TitleOf(ctx context.Context, table, id string) (string, error) {
	if en := s.cat.entity(table); en == nil || !en.Has("title") {
		return "", fmt.Errorf("%s has no titles", table)
	}
	var title string
	if err := s.db.QueryRowContext(ctx, "SELECT title FROM "+table+" WHERE id = ?", id).Scan(&title); err != nil {
		return "", fmt.Errorf("read the title: %w", err)
	}
	return title, nil
}

func rowLiveAndShared(ctx context.Context, q querier, cat *catalog, table, id string) (bool, error) {
	en := cat.entity(table)
	if en == nil || en.Local {
		return false, nil
	}
	where := "deleted = 0"
	if en.Has("private") {
		where += " AND private = 0"
	}
	var n int
	if err := q.QueryRowContext(ctx, "SELECT count(*) FROM "+table+" WHERE id = ? AND "+where, id).Scan(&n); err != nil {
		return false, fmt.Errorf("look up %s: %w", table, err)
	}
	return n > 0, nil
}

// ConflictsOf returns the races kept for one row's fields, newest first.
func (s *Store) ConflictsOf(ctx context.Context, table, id string) ([]Conflict, error) {
	return queryRows(ctx, s.db, "edits made at the same time", "SELECT "+conflictColumns+
		" FROM conflicts c LEFT JOIN conflicts_seen s ON s.id = c.id WHERE c.deleted = 0 AND c.tbl = ? AND c.row_id = ? ORDER BY c.lost_stamp DESC",
		scanConflict, table, id)
}

// Conflict reads one race.
func (tx *Tx) Conflict(id string) (Conflict, error) {
	cs, err := queryRows(tx.ctx, tx.tx, "edit made at the same time", "SELECT "+conflictColumns+
		" FROM conflicts c LEFT JOIN conflicts_seen s ON s.id = c.id WHERE c.deleted = 0 AND c.id = ?", scanConflict, id)
	if err != nil {
		return Conflict{}, err
	}
	if len(cs) == 0 {
		return Conflict{}, ErrNotFound
	}
	return cs[0], nil
}

// SeeConflict dismisses a race's notice on this computer (the partner's
// computer keeps showing it until dismissed there).
func (s *Store) SeeConflict(ctx context.Context, id string) error {
	if _, err := s.db.ExecContext(ctx, "INSERT OR IGNORE INTO conflicts_seen(id) VALUES(?)", id); err != nil {
		return fmt.Errorf("dismiss the notice: %w", err)
	}
	return nil
}

// KeepOverwritten keeps, as a race, the words a local edit is about to
// replace when they are not the words its author saw (the partner saved the
// same field while a form was open here): written before the edit, with
// the words there now as lost and next as kept. It reports whether it kept
// anything.
func (tx *Tx) KeepOverwritten(table, id, column string, seen, next string) (bool, error) {
	if !tx.store.cat.keepsLostWords(table, column) {
		return false, nil
	}
	row, err := tx.rowValues(table, id)
	if err != nil {
		return false, err
	}
	now := textOf(row[column])
	if now == seen || now == next {
		return false, nil
	}
	lost, err := tx.FieldStamp(table, id, column)
	if err != nil || lost.IsZero() {
		return false, err
	}
	kept := tx.store.clock.Now()
	tx.stamped = true
	return true, tx.SetFieldsAt("conflicts", ConflictID(table, id, column, lost), kept,
		Field{"tbl", table}, Field{"row_id", id}, Field{"col", column},
		Field{"lost", now}, Field{"lost_stamp", lost.String()},
		Field{"kept", next}, Field{"kept_stamp", kept.String()}, Field{"combined", false})
}
