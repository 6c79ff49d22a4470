package storage

import (
	"context"
	"database/sql"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/vennplanner/venn/model"
)

// SyncField is one stamped field as it travels between devices.
type SyncField struct {
	Table  string
	RowID  string
	Column string
	Value  any // nil, int64, float64, string or []byte, as SQLite stores it
	Stamp  model.Stamp
	// Base is, for a text field whose lost words are kept, the encoded
	// stamp of the value this one replaced where it was written ("" for a
	// first write, and for other fields): see conflicts.go.
	Base string
}

// localTables are this computer's own bookkeeping: never synced, never
// exported, and no entity of Entities.
var localTables = map[string]bool{"local_meta": true, "clocks": true, "withdrawn": true, "partner_locks": true, "sealed": true, "nudges_sent": true,
	"conflicts_seen": true, "reset_locks": true, "reset_sealed": true}

// SchemaVersion returns the schema version this Venn writes.
func SchemaVersion() int { return len(migrationNames()) }

// tableColumns returns a table's columns as they are in the database.
func tableColumns(ctx context.Context, q querier, table string) ([]string, error) {
	rows, err := q.QueryContext(ctx, "SELECT name FROM pragma_table_info(?)", table)
	if err != nil {
		return nil, fmt.Errorf("columns of %s: %w", table, err)
	}
	defer rows.Close()
	var cols []string
	for rows.Next() {
		var c string
		if err := rows.Scan(&c); err != nil {
			return nil, fmt.Errorf("columns of %s: %w", table, err)
		}
		cols = append(cols, c)
	}
	return cols, rows.Err()
}

// SyncedFields returns every stamped field this device may share, sorted by
// table, row and column. Rows marked private are left out entirely; a row
// that was made private after it was created is announced by its private
// field alone, so the partner's computer withdraws its copy.
//
// Values and stamps are read in one read transaction: one consistent
// snapshot, so an edit made meanwhile can never pair an old value with its
// new stamp (the partner would keep the old value for good).
func (s *Store) SyncedFields(ctx context.Context) ([]SyncField, error) {
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return nil, fmt.Errorf("read fields: %w", err)
	}
	defer conn.Close()
	// A deferred transaction takes no lock: in WAL mode it reads one snapshot
	// while edits go on beside it.
	if _, err := conn.ExecContext(ctx, "BEGIN DEFERRED"); err != nil {
		return nil, fmt.Errorf("read fields: %w", err)
	}
	defer conn.ExecContext(context.WithoutCancel(ctx), "ROLLBACK") //nolint:errcheck // read only: nothing to keep
	names := make([]string, 0, len(s.cat.entities))
	for _, en := range s.cat.synced() {
		names = append(names, en.Table)
	}
	sort.Strings(names)
	private, err := s.cat.privateParents(ctx, conn)
	if err != nil {
		return nil, err
	}
	var out []SyncField
	for _, t := range names {
		if out, err = s.cat.appendTableFields(ctx, conn, out, t, private); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// privateParents returns, per table that other rows belong to, the ids of
// its private rows (a contract is private when its goal is).
func (c *catalog) privateParents(ctx context.Context, q querier) (map[string]map[string]bool, error) {
	out := map[string]map[string]bool{}
	for _, table := range c.parentTables {
		ids := map[string]bool{}
		out[table] = ids
		if !c.entity(table).Has("private") {
			continue
		}
		rows, err := q.QueryContext(ctx, "SELECT id FROM "+table+" WHERE "+c.privateWhere(table))
		if err != nil {
			return nil, fmt.Errorf("read private items: %w", err)
		}
		for rows.Next() {
			var id string
			if err := rows.Scan(&id); err != nil {
				rows.Close()
				return nil, fmt.Errorf("read private items: %w", err)
			}
			ids[id] = true
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("read private items: %w", err)
		}
	}
	return out, nil
}

// tableSnapshot is one table's rows as SyncedFields reads them: the rows
// that may be shared, by id, each its columns' values.
type tableSnapshot struct {
	table   string
	columns map[string]int // column → its place in a row's values
	private int            // the private flag's place, or -1
	rows    map[string][]any
}

// appendTableFields appends the stamped fields of table's rows that may
// be shared, row by row in the order of their ids.
func (c *catalog) appendTableFields(ctx context.Context, q querier, out []SyncField, table string, private map[string]map[string]bool) ([]SyncField, error) {
	snap, err := c.readShareable(ctx, q, table, private)
	if err != nil {
		return nil, err
	}
	rows, err := q.QueryContext(ctx, "SELECT row_id, col, hlc, base FROM clocks WHERE tbl = ? ORDER BY row_id, col", table)
	if err != nil {
		return nil, fmt.Errorf("read clocks of %s: %w", table, err)
	}
	defer rows.Close()
	var row []SyncField
	for rows.Next() {
		f, ok, err := c.scanStamp(rows, snap)
		if err != nil {
			return nil, fmt.Errorf("read clocks of %s: %w", table, err)
		}
		if !ok {
			continue
		}
		if len(row) > 0 && row[0].RowID != f.RowID {
			out, row = snap.appendShareable(out, row), row[:0]
		}
		row = append(row, f)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read clocks of %s: %w", table, err)
	}
	return snap.appendShareable(out, row), nil
}

// readShareable reads a table's rows but those that belong to a private
// item.
func (c *catalog) readShareable(ctx context.Context, q querier, table string, private map[string]map[string]bool) (tableSnapshot, error) {
	cols := c.columns[table]
	snap := tableSnapshot{table: table, columns: make(map[string]int, len(cols)), private: -1, rows: map[string][]any{}}
	for i, col := range cols {
		snap.columns[col] = i
	}
	if i, ok := snap.columns["private"]; ok {
		snap.private = i
	}
	parent, hasParent := c.parents[table]
	parentCol := snap.columns[parent.Column]
	rows, err := q.QueryContext(ctx, "SELECT "+strings.Join(cols, ", ")+" FROM "+table)
	if err != nil {
		return snap, fmt.Errorf("read %s: %w", table, err)
	}
	defer rows.Close()
	for rows.Next() {
		v, err := scanValues(rows, len(cols))
		if err != nil {
			return snap, fmt.Errorf("read %s: %w", table, err)
		}
		if hasParent && snap.private >= 0 && !truthy(v[snap.private]) {
			// What belongs to a private item is private with it, whatever
			// its own flag says (a flag gone wrong must not leak it).
			if pid, _ := v[parentCol].(string); private[parent.Table][pid] {
				continue
			}
		}
		id, _ := v[0].(string)
		snap.rows[id] = v
	}
	if err := rows.Err(); err != nil {
		return snap, fmt.Errorf("read %s: %w", table, err)
	}
	return snap, nil
}

// scanValues scans a row of n columns as SQLite holds them.
func scanValues(rows *sql.Rows, n int) ([]any, error) {
	v := make([]any, n)
	ptrs := make([]any, n)
	for i := range v {
		ptrs[i] = &v[i]
	}
	return v, rows.Scan(ptrs...)
}

// scanStamp reads one stamp of the clocks as the field it stamps; ok is
// false for a field of a row or column not shared.
func (c *catalog) scanStamp(rows *sql.Rows, snap tableSnapshot) (f SyncField, ok bool, err error) {
	var id, col, hlc, base string
	if err := rows.Scan(&id, &col, &hlc, &base); err != nil {
		return f, false, err
	}
	v, shared := snap.rows[id]
	ci, known := snap.columns[col]
	if !shared || !known {
		return f, false, nil
	}
	stamp, err := model.ParseStamp(hlc)
	if err != nil {
		return f, false, err
	}
	f = SyncField{Table: snap.table, RowID: id, Column: col, Value: v[ci], Stamp: stamp}
	if base != "" && c.keepsLostWords(snap.table, col) {
		f.Base = base
	}
	return f, true, nil
}

// appendShareable appends a row's fields unless the row is private; a
// private row that was made private after it was created contributes only
// its private field, the signal to withdraw it.
func (snap tableSnapshot) appendShareable(out, fields []SyncField) []SyncField {
	if len(fields) == 0 {
		return out
	}
	if snap.private < 0 || !truthy(snap.rows[fields[0].RowID][snap.private]) {
		return append(out, fields...)
	}
	var private *SyncField
	oldest := fields[0].Stamp
	for i := range fields {
		if fields[i].Column == "private" {
			private = &fields[i]
		}
		if fields[i].Stamp.Compare(oldest) < 0 {
			oldest = fields[i].Stamp
		}
	}
	if private != nil && private.Stamp.Compare(oldest) > 0 {
		out = append(out, *private)
	}
	return out
}

func truthy(v any) bool {
	switch x := v.(type) {
	case int64:
		return x != 0
	case bool:
		return x
	case float64:
		return x != 0
	case string:
		return x == "1" || x == "true"
	}
	return false
}

// MaxStampAhead is how far past this computer's clock a received stamp
// may be. A field stamped later is not merged (the computer that wrote it
// has its clock set wrong, or the file is hostile): merged, it would win
// every later edit of that field for as long as the clocks disagree.
const MaxStampAhead = 24 * time.Hour

// maxRefusalsKept bounds the refused fields a merge describes one by one.
const maxRefusalsKept = 20

// Refused is a field a merge did not take, and why.
type Refused struct {
	Table, RowID, Column string
	Reason               string
}

// ApplyResult says what a merge changed, and what it refused.
type ApplyResult struct {
	Fields    int // fields that took the remote value
	Rows      int // rows touched
	Withdrawn int // rows removed because their owner made them private
	// Refused lists the first fields not merged (RefusedCount counts all):
	// values that fail Venn's checks, stamps too far ahead, withdrawals
	// nobody may make.
	Refused      []Refused
	RefusedCount int
	// Ahead is how far ahead of this computer's clock the furthest refused
	// stamp was (zero when none was).
	Ahead time.Duration
	// Cloned is set when fields stamped with this device's id arrived that
	// this device never wrote: another computer uses its identity.
	Cloned bool
	// Kept counts items the other computer made private that stay here:
	// shared ones, and this partner's own.
	Kept int
	// Protected counts the rows another computer's file would have changed
	// but may not: private or sealed here, or one person's words written on
	// another computer (see ownership.go). ProtectedRows lists the first.
	Protected     int
	ProtectedRows []Refused
}

func (r *ApplyResult) protect(table, id, reason string) {
	r.Protected++
	if len(r.ProtectedRows) < maxRefusalsKept {
		r.ProtectedRows = append(r.ProtectedRows, Refused{Table: table, RowID: id, Reason: reason})
	}
}

func (r *ApplyResult) refuse(f SyncField, reason string) {
	r.RefusedCount++
	if len(r.Refused) < maxRefusalsKept {
		r.Refused = append(r.Refused, Refused{Table: f.Table, RowID: f.RowID, Column: f.Column, Reason: reason})
	}
}

// ApplyFields merges remote fields in one transaction: each field takes the
// remote value only when the remote stamp is newer than the local one (last
// writer wins, device id breaking ties, and for the same stamp the greater
// value), so applying the same fields in any order, any number of times,
// converges. A row whose private field wins as true is withdrawn: its
// content is removed from this device.
//
// Remote fields are untrusted. Each must name a table and column Venn
// syncs, an id Venn makes and a value a local edit could write, and carry a
// stamp at most MaxStampAhead past this computer's clock; partners and
// owners must be the household's. A field that fails is refused (listed in
// the result), never merged; the rest of the fields still are.
func (s *Store) ApplyFields(ctx context.Context, fields []SyncField) (ApplyResult, error) {
	return s.ApplyFieldsFrom(ctx, fields, Origin{})
}

// Origin says, for a merge, who this computer belongs to.
type Origin struct {
	// Receiver is the partner this computer belongs to ("" when not chosen):
	// their own items are never withdrawn from it by the other computer.
	Receiver string
}

// ApplyFieldsFrom is ApplyFields with the merge's origin. An item made
// private on the other computer is withdrawn from this one only when it is
// the other partner's own: a shared item, or this partner's, stays here
// ("only an item's owner may make it private").
func (s *Store) ApplyFieldsFrom(ctx context.Context, fields []SyncField, origin Origin) (ApplyResult, error) {
	var res ApplyResult
	if len(fields) == 0 {
		return res, nil
	}
	now := s.now()
	err := s.Update(ctx, func(tx *Tx) error {
		res = ApplyResult{}
		partners, err := tx.arrivingPartners(fields)
		if err != nil {
			return err
		}
		newest, err := tx.mergeRows(s.cat.screen(fields, now, partners, &res), &res, origin)
		if err != nil {
			return err
		}
		if res.Fields > 0 || res.Withdrawn > 0 {
			s.clock.Observe(newest)
			tx.stamped = true
		}
		return nil
	})
	return res, err
}

// arrivingPartners returns the household's partners on this computer and
// those arriving with the merge's fields, up to two in all.
func (tx *Tx) arrivingPartners(fields []SyncField) (map[string]bool, error) {
	partners, err := tx.partnerIDs()
	if err != nil {
		return nil, err
	}
	for _, f := range fields {
		if f.Table == "partners" && !partners[f.RowID] && len(partners) < 2 && ValidID(f.RowID) {
			partners[f.RowID] = true
		}
	}
	return partners, nil
}

// screen refuses, in res, the fields that may not be merged (see
// refusal), and returns the others.
func (c *catalog) screen(fields []SyncField, now time.Time, partners map[string]bool, res *ApplyResult) []SyncField {
	var ok []SyncField
	for _, f := range fields {
		reason := c.refusal(f, now, partners)
		if reason == "" {
			ok = append(ok, f)
			continue
		}
		res.refuse(f, reason)
		if ahead := model.Ahead(f.Stamp, now); ahead > MaxStampAhead && ahead > res.Ahead {
			res.Ahead = ahead
		}
	}
	return ok
}

// mergeRows merges screened fields row by row, leaving alone the rows
// this computer protects (see ownership.go), and returns the newest stamp
// of a row that changed.
func (tx *Tx) mergeRows(fields []SyncField, res *ApplyResult, origin Origin) (model.Stamp, error) {
	var newest model.Stamp
	touched := map[string]bool{}
	for _, f := range fields {
		touched[f.Table] = true
	}
	ls, err := tx.loadStamps(touched)
	if err != nil {
		return newest, err
	}
	if tx.deleted, err = tx.deletedRows(touched); err != nil {
		return newest, err
	}
	g, err := tx.loadGuard(touched)
	if err != nil {
		return newest, err
	}
	w, err := tx.loadWriters(touched)
	if err != nil {
		return newest, err
	}
	for _, group := range groupByRow(fields) {
		if why := g.protection(tx.store.cat, group[0].Table, group[0].RowID, group); why != "" {
			res.protect(group[0].Table, group[0].RowID, why)
			continue
		}
		table, id := group[0].Table, group[0].RowID
		group, why := w.screen(tx.store.cat, group, ls.fields[rowKey(table, id)])
		if why != "" {
			res.protect(table, id, why)
		}
		if len(group) == 0 {
			continue
		}
		changed, withdrawn, err := tx.applyRow(group, ls, res, origin)
		if err != nil {
			return newest, err
		}
		if withdrawn {
			res.Withdrawn++
		}
		if changed == 0 {
			continue
		}
		res.Rows++
		res.Fields += changed
		for _, f := range group {
			if f.Stamp.Compare(newest) > 0 {
				newest = f.Stamp
			}
		}
	}
	return newest, nil
}

// CheckField says why a field from another computer could not be merged
// on its own — its table, column, row id, value or stamp — or nil. (A
// merge also checks it against this computer's data: partners, owners.)
func CheckField(f SyncField, now time.Time) error { return venn.checkField(f, now) }

func (c *catalog) checkField(f SyncField, now time.Time) error {
	if err := c.validateField(f.Table, f.RowID, f.Column, f.Value); err != nil {
		return err
	}
	if !ValidID(f.Stamp.Device) {
		return fmt.Errorf("its clock stamp names no device Venn knows (%q)", clip(f.Stamp.Device))
	}
	if ahead := model.Ahead(f.Stamp, now); ahead > MaxStampAhead {
		return fmt.Errorf("is stamped %s ahead of this computer's clock", model.RoundDuration(ahead))
	}
	if f.Base != "" {
		if _, err := model.ParseStamp(f.Base); err != nil {
			return fmt.Errorf("names the value it replaced with an unreadable stamp")
		}
	}
	return nil
}

// refusal says why a remote field may not be merged, or "".
func (c *catalog) refusal(f SyncField, now time.Time, partners map[string]bool) string {
	if err := c.checkField(f, now); err != nil {
		return err.Error()
	}
	if f.Table == "partners" && !partners[f.RowID] {
		return "would make a third partner"
	}
	if col, isOwner := c.owners[f.Table]; isOwner && col == f.Column {
		id, _ := f.Value.(string)
		if id != "" && id != string(model.Shared) && !partners[id] {
			return fmt.Sprintf("names %q, who is not one of the household's partners", clip(id))
		}
	}
	return ""
}

// partnerIDs returns the ids of the household's partners on this computer.
func (tx *Tx) partnerIDs() (map[string]bool, error) {
	ids, err := tx.idsWhere("partners", "1 = 1")
	if err != nil {
		return nil, err
	}
	out := map[string]bool{}
	for _, id := range ids {
		out[id] = true
	}
	return out, nil
}

// groupByRow groups fields by table and row, each group with its private
// field first, so a row's withdrawal or return is settled before its content.
func groupByRow(fields []SyncField) [][]SyncField {
	sorted := append([]SyncField(nil), fields...)
	sort.SliceStable(sorted, func(i, j int) bool {
		a, b := sorted[i], sorted[j]
		if a.Table != b.Table {
			return a.Table < b.Table
		}
		if a.RowID != b.RowID {
			return a.RowID < b.RowID
		}
		return a.Column == "private" && b.Column != "private"
	})
	var groups [][]SyncField
	for i := 0; i < len(sorted); {
		j := i
		for j < len(sorted) && sorted[j].Table == sorted[i].Table && sorted[j].RowID == sorted[i].RowID {
			j++
		}
		groups = append(groups, sorted[i:j])
		i = j
	}
	return groups
}

// localStamps holds the encoded stamps of every field and withdrawal of the
// tables a merge touches, read once up front, and the bases of the text
// fields whose lost words are kept. Encoded stamps sort as the clocks do,
// so they are compared as strings.
type localStamps struct {
	fields    map[string]map[string]string // "table\x00row" → column → stamp
	bases     map[string]map[string]string // "table\x00row" → column → base, for kept text fields
	withdrawn map[string]string            // "table\x00row" → stamp
}

func rowKey(table, id string) string { return table + "\x00" + id }

func (tx *Tx) loadStamps(tables map[string]bool) (localStamps, error) {
	ls := localStamps{fields: map[string]map[string]string{}, bases: map[string]map[string]string{}, withdrawn: map[string]string{}}
	for t := range tables {
		if err := ls.loadTable(tx, t); err != nil {
			return ls, err
		}
	}
	rows, err := tx.tx.QueryContext(tx.ctx, "SELECT tbl, row_id, hlc FROM withdrawn")
	if err != nil {
		return ls, fmt.Errorf("read withdrawals: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var t, id, hlc string
		if err := rows.Scan(&t, &id, &hlc); err != nil {
			return ls, fmt.Errorf("read withdrawals: %w", err)
		}
		ls.withdrawn[rowKey(t, id)] = hlc
	}
	return ls, rows.Err()
}

// loadTable reads one table's stamps (and kept text fields' bases).
func (ls localStamps) loadTable(tx *Tx, t string) error {
	rows, err := tx.tx.QueryContext(tx.ctx, "SELECT row_id, col, hlc, base FROM clocks WHERE tbl = ?", t)
	if err != nil {
		return fmt.Errorf("read stamps: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id, col, hlc, base string
		if err := rows.Scan(&id, &col, &hlc, &base); err != nil {
			return fmt.Errorf("read stamps: %w", err)
		}
		k := rowKey(t, id)
		if ls.fields[k] == nil {
			ls.fields[k] = map[string]string{}
		}
		ls.fields[k][col] = hlc
		if base != "" && tx.store.cat.keepsLostWords(t, col) {
			if ls.bases[k] == nil {
				ls.bases[k] = map[string]string{}
			}
			ls.bases[k][col] = base
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("read stamps: %w", err)
	}
	return nil
}

// rowMerge is the merge of one row's remote fields into this computer's.
type rowMerge struct {
	tx        *Tx
	table, id string
	local     map[string]string // the row's field stamps here
	bases     map[string]string // its kept text fields' bases here
	gone      string            // when the row was withdrawn here, if it was
	res       *ApplyResult
	origin    Origin
	localRow  map[string]any // read only when needed
	apply     []SyncField
	races     []race
	protected bool // the row was reported as protected already
}

// applyRow merges one row's remote fields.
func (tx *Tx) applyRow(fields []SyncField, ls localStamps, res *ApplyResult, origin Origin) (changed int, withdrawn bool, err error) {
	table, id := fields[0].Table, fields[0].RowID
	key := rowKey(table, id)
	m := &rowMerge{tx: tx, table: table, id: id, local: ls.fields[key], bases: ls.bases[key], gone: ls.withdrawn[key], res: res, origin: origin,
		apply: make([]SyncField, 0, len(fields))}
	// A row withdrawn here lost its stamps; its return may carry fields this
	// computer wrote before, which it no longer knows.
	if len(m.local) == 0 && m.gone == "" && deletedIn(fields) {
		// A deleted row this computer never had, or has already forgotten
		// (compaction): there is nothing to delete, and keeping its
		// tombstone would only bring back what was forgotten.
		return 0, false, nil
	}
	wasWithdrawn := m.gone != ""
	for _, f := range fields {
		withdraw, err := m.field(f, wasWithdrawn)
		if err != nil || withdraw {
			return 0, withdraw, err
		}
	}
	if len(m.apply) > 0 {
		if err := tx.writeRemote(table, id, m.apply); err != nil {
			return 0, false, err
		}
	}
	for _, r := range m.races {
		if err := tx.keepLostWords(r); err != nil {
			return 0, false, err
		}
	}
	return len(m.apply), false, nil
}

// field takes one remote field, or leaves it; it reports whether the row
// is withdrawn (its owner made it private).
func (m *rowMerge) field(f SyncField, wasWithdrawn bool) (withdraw bool, err error) {
	stamp := f.Stamp.String()
	if why := m.tx.store.cat.authorRefusal(f, m.local); why != "" {
		if stamp > m.local[f.Column] && !m.protected {
			m.protected = true
			m.res.protect(m.table, m.id, why)
		}
		return false, nil
	}
	// The tombstone is left out: its stamp may be copied from another
	// field's when an edit brings a deleted row back.
	if f.Stamp.Device == m.tx.store.device && f.Column != "deleted" && stamp > m.local[f.Column] && stamp > m.gone && !wasWithdrawn {
		// Stamped by this computer, but not an edit it made: a copy of
		// its data folder is at work elsewhere. Its edits are not merged.
		m.res.Cloned = true
		m.res.refuse(f, "was stamped with this computer's identity by another computer (a copy of Venn's data folder?)")
		return false, nil
	}
	if f.Column == "private" && stamp > m.local["private"] && stamp > m.gone {
		handled, withdraw, err := m.privacy(f)
		if err != nil || handled {
			return withdraw, err
		}
	}
	return false, m.compare(f, stamp)
}

// privacy settles a newer private field: a row made private by its owner
// on the other computer is withdrawn here (handled, withdraw), one that is
// not theirs to take away stays (handled), and a row made public again
// returns (not handled: its fields are merged as usual).
func (m *rowMerge) privacy(f SyncField) (handled, withdraw bool, err error) {
	if truthy(f.Value) {
		owner, err := m.tx.rowOwner(m.table, m.id)
		if err != nil {
			return true, false, err
		}
		if owner == "" || owner == string(model.Shared) || owner == m.origin.Receiver {
			// Not the other partner's to take away: it stays here.
			m.res.Kept++
			return true, false, nil
		}
		return true, true, m.tx.withdraw(m.table, m.id, f.Stamp)
	}
	if m.gone != "" {
		if _, err := m.tx.tx.ExecContext(m.tx.ctx, "DELETE FROM withdrawn WHERE tbl = ? AND row_id = ?", m.table, m.id); err != nil {
			return true, false, fmt.Errorf("return withdrawn row: %w", err)
		}
		m.gone = ""
	}
	return false, false, nil
}

// compare takes a field whose stamp is newer than this computer's (or, for
// the same stamp, whose value is greater: two computers sharing one
// identity, and every computer keeps the greater value so even then they
// agree), and notes a race when two people changed a text at once.
func (m *rowMerge) compare(f SyncField, stamp string) error {
	here := m.local[f.Column]
	switch {
	case stamp > here && stamp > m.gone:
		m.apply = append(m.apply, f)
		if here != "" && m.tx.store.cat.keepsLostWords(m.table, f.Column) && raced(f.Base, here) {
			return m.race(f, here, true)
		}
	case stamp == here && stamp > m.gone:
		row, err := m.row()
		if err != nil {
			return err
		}
		if valueKey(f.Value) > valueKey(row[f.Column]) {
			m.apply = append(m.apply, f)
		}
	case stamp < here && m.gone == "" && m.tx.store.cat.keepsLostWords(m.table, f.Column) && raced(m.bases[f.Column], stamp):
		return m.race(f, here, false)
	}
	return nil
}

// race notes that the remote field f and this computer's value (stamped
// here) were written without either seeing the other; remoteWins says
// which is the later. Equal words are no race.
func (m *rowMerge) race(f SyncField, here string, remoteWins bool) error {
	row, err := m.row()
	if err != nil {
		return err
	}
	mine := row[f.Column]
	if valueKey(mine) == valueKey(f.Value) {
		return nil
	}
	hereStamp, err := model.ParseStamp(here)
	if err != nil {
		return nil //nolint:nilerr // an unreadable stamp here: nothing to compare
	}
	r := race{table: m.table, row: m.id, column: f.Column, winner: f.Value, winnerStamp: f.Stamp, loser: mine, loserStamp: hereStamp}
	if !remoteWins {
		r.winner, r.winnerStamp, r.loser, r.loserStamp = mine, hereStamp, f.Value, f.Stamp
	}
	m.races = append(m.races, r)
	return nil
}

// row reads the row's values here, once.
func (m *rowMerge) row() (map[string]any, error) {
	if m.localRow == nil {
		var err error
		if m.localRow, err = m.tx.rowValues(m.table, m.id); err != nil {
			return nil, err
		}
	}
	return m.localRow, nil
}

// rowValues reads one row's columns.
func (tx *Tx) rowValues(table, id string) (map[string]any, error) {
	rows, err := tx.tx.QueryContext(tx.ctx, "SELECT * FROM "+table+" WHERE id = ?", id)
	if err != nil {
		return nil, fmt.Errorf("read %s %s: %w", table, id, err)
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		return nil, err
	}
	out := map[string]any{}
	if rows.Next() {
		v := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range v {
			ptrs[i] = &v[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			return nil, err
		}
		for i, c := range cols {
			out[c] = v[i]
		}
	}
	return out, rows.Err()
}

// valueKey orders field values of any type, for the tie-break above.
func valueKey(v any) string {
	switch x := v.(type) {
	case nil:
		return "0"
	case int64:
		return fmt.Sprintf("1%+020d", x)
	case bool:
		if x {
			return fmt.Sprintf("1%+020d", 1)
		}
		return fmt.Sprintf("1%+020d", 0)
	case float64:
		return fmt.Sprintf("2%v", x)
	case string:
		return "3" + x
	case []byte:
		return "3" + string(x)
	}
	return fmt.Sprintf("9%v", v)
}

// writeRemote writes remote fields, each with its own stamp and base.
func (tx *Tx) writeRemote(table, id string, fields []SyncField) error {
	cols := make([]string, len(fields))
	values := make([]any, len(fields))
	stamps := make([]string, len(fields))
	bases := make([]string, len(fields))
	for i, f := range fields {
		cols[i], values[i], stamps[i], bases[i] = f.Column, f.Value, f.Stamp.String(), f.Base
	}
	return tx.upsertStamped(table, id, cols, values, stamps, bases)
}

// withdraw removes a row its owner made private, remembering when, so older
// copies from other devices do not bring it back.
func (tx *Tx) withdraw(table, id string, at model.Stamp) error {
	if _, err := tx.tx.ExecContext(tx.ctx, "DELETE FROM "+table+" WHERE id = ?", id); err != nil {
		return fmt.Errorf("withdraw %s %s: %w", table, id, err)
	}
	if _, err := tx.tx.ExecContext(tx.ctx, "DELETE FROM clocks WHERE tbl = ? AND row_id = ?", table, id); err != nil {
		return fmt.Errorf("withdraw %s %s: %w", table, id, err)
	}
	if _, err := tx.tx.ExecContext(tx.ctx,
		"INSERT INTO withdrawn(tbl, row_id, hlc) VALUES(?, ?, ?) ON CONFLICT(tbl, row_id) DO UPDATE SET hlc = excluded.hlc",
		table, id, at.String()); err != nil {
		return fmt.Errorf("withdraw %s %s: %w", table, id, err)
	}
	return nil
}

// HasUnknownOwnStamps reports whether any field is stamped by this device
// with a stamp newer than this device holds for it: an edit this device
// never made, so another computer is using its identity.
func (s *Store) HasUnknownOwnStamps(ctx context.Context, fields []SyncField) (bool, error) {
	stmt, err := s.db.PrepareContext(ctx, "SELECT hlc FROM clocks WHERE tbl = ? AND row_id = ? AND col = ?")
	if err != nil {
		return false, fmt.Errorf("check stamps: %w", err)
	}
	defer stmt.Close()
	for _, f := range fields {
		if f.Stamp.Device != s.device {
			continue
		}
		var hlc string
		err := stmt.QueryRowContext(ctx, f.Table, f.RowID, f.Column).Scan(&hlc)
		if err == sql.ErrNoRows {
			return true, nil
		}
		if err != nil {
			return false, fmt.Errorf("check stamps: %w", err)
		}
		if hlc < f.Stamp.String() {
			return true, nil
		}
	}
	return false, nil
}

// rowOwner says whose a row is: a partner's id, "shared", or "" for the
// household's own rows (sessions, reviews, life events, joint blocks). A
// row of a row (a goal's step, a ritual's day) is its parent's.
func (tx *Tx) rowOwner(table, id string) (string, error) {
	for range 3 {
		if col, ok := tx.store.cat.owners[table]; ok {
			var owner string
			err := tx.tx.QueryRowContext(tx.ctx, "SELECT "+col+" FROM "+table+" WHERE id = ?", id).Scan(&owner)
			if err == sql.ErrNoRows {
				return "", nil
			}
			if err != nil {
				return "", fmt.Errorf("look up who owns %s %s: %w", table, id, err)
			}
			return owner, nil
		}
		p, ok := tx.store.cat.parents[table]
		if !ok {
			return "", nil
		}
		var parent string
		err := tx.tx.QueryRowContext(tx.ctx, "SELECT "+p.Column+" FROM "+table+" WHERE id = ?", id).Scan(&parent)
		if err == sql.ErrNoRows {
			return "", nil
		}
		if err != nil {
			return "", fmt.Errorf("look up who owns %s %s: %w", table, id, err)
		}
		table, id = p.Table, parent
	}
	return "", nil
}

// RepairPrivacy marks private whatever belongs to a private item but was
// not marked so (an import of a milestone on a private goal once left it
// shared). Written with fresh stamps, the marks withdraw any copy that did
// reach the partner. It returns how many rows it marked.
func (s *Store) RepairPrivacy(ctx context.Context) (int, error) {
	n := 0
	err := s.Update(ctx, func(tx *Tx) error {
		n = 0
		private, err := tx.store.cat.privateParents(tx.ctx, tx.tx)
		if err != nil {
			return err
		}
		for table, p := range tx.store.cat.parents {
			rows, err := tx.tx.QueryContext(tx.ctx, "SELECT id, "+p.Column+" FROM "+table+" WHERE private = 0 AND deleted = 0")
			if err != nil {
				return fmt.Errorf("check privacy of %s: %w", table, err)
			}
			var leak []string
			for rows.Next() {
				var id, parent string
				if err := rows.Scan(&id, &parent); err != nil {
					rows.Close()
					return fmt.Errorf("check privacy of %s: %w", table, err)
				}
				if private[p.Table][parent] {
					leak = append(leak, id)
				}
			}
			rows.Close()
			if err := rows.Err(); err != nil {
				return fmt.Errorf("check privacy of %s: %w", table, err)
			}
			for _, id := range leak {
				if err := tx.SetFields(table, id, Field{"private", true}); err != nil {
					return err
				}
				n++
			}
		}
		return nil
	})
	if n > 0 {
		s.log.Warn("marked private what belongs to private items", "rows", n)
	}
	return n, err
}

// deletedRows returns the tombstones of the tables a merge touches, so the
// merge asks about a deleted row's other fields only where there is one.
func (tx *Tx) deletedRows(tables map[string]bool) (map[string]bool, error) {
	out := map[string]bool{}
	for t := range tables {
		rows, err := tx.tx.QueryContext(tx.ctx, "SELECT id FROM "+t+" WHERE deleted <> 0")
		if err != nil {
			return nil, fmt.Errorf("read tombstones: %w", err)
		}
		for rows.Next() {
			var id string
			if err := rows.Scan(&id); err != nil {
				rows.Close()
				return nil, fmt.Errorf("read tombstones: %w", err)
			}
			out[rowKey(t, id)] = true
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("read tombstones: %w", err)
		}
	}
	return out, nil
}

// deletedIn reports whether a row's incoming fields mark it deleted.
func deletedIn(fields []SyncField) bool {
	for _, f := range fields {
		if f.Column == "deleted" {
			return truthy(f.Value)
		}
	}
	return false
}
