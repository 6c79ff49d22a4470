package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/google/uuid"

	"github.com/vennplanner/venn/model"
)

const ritualColumns = "id, title, who, times, per, start_date, reminder_time, reminder_days, notes, archived, private"

// Rituals returns every live ritual, archived ones included.
func (s *Store) Rituals(ctx context.Context) ([]model.Ritual, error) {
	return queryRituals(ctx, s.db, "SELECT "+ritualColumns+" FROM rituals WHERE deleted = 0 ORDER BY title, id")
}

// Ritual reads one live ritual inside the transaction.
func (tx *Tx) Ritual(id string) (model.Ritual, error) {
	rs, err := queryRituals(tx.ctx, tx.tx, "SELECT "+ritualColumns+" FROM rituals WHERE deleted = 0 AND id = ?", id)
	if err != nil {
		return model.Ritual{}, err
	}
	if len(rs) == 0 {
		return model.Ritual{}, fmt.Errorf("ritual %s: %w", id, ErrNotFound)
	}
	return rs[0], nil
}

// RitualExists reports whether a ritual with this id was ever written.
func (tx *Tx) RitualExists(id string) (bool, error) {
	var n int
	if err := tx.tx.QueryRowContext(tx.ctx, "SELECT count(*) FROM rituals WHERE id = ?", id).Scan(&n); err != nil {
		return false, fmt.Errorf("look up ritual: %w", err)
	}
	return n > 0, nil
}

func queryRituals(ctx context.Context, q querier, query string, args ...any) ([]model.Ritual, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("load rituals: %w", err)
	}
	defer rows.Close()
	var out []model.Ritual
	for rows.Next() {
		var r model.Ritual
		var who, per, start, days string
		if err := rows.Scan(&r.ID, &r.Title, &who, &r.Cadence.Times, &per, &start, &r.ReminderTime, &days, &r.Notes, &r.Archived, &r.Private); err != nil {
			return nil, fmt.Errorf("load rituals: %w", err)
		}
		r.Who, r.Cadence.Per = model.Owner(who), model.Period(per)
		r.Start, _ = model.ParseDate(start)
		r.ReminderDays = parseWeekdays(days)
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("load rituals: %w", err)
	}
	return out, nil
}

func formatWeekdays(days []time.Weekday) string {
	parts := make([]string, len(days))
	for i, d := range days {
		parts[i] = strconv.Itoa(int(d))
	}
	return strings.Join(parts, ",")
}

func parseWeekdays(s string) []time.Weekday {
	var out []time.Weekday
	for _, p := range strings.Split(s, ",") {
		if n, err := strconv.Atoi(p); err == nil && n >= 0 && n <= 6 {
			out = append(out, time.Weekday(n))
		}
	}
	return out
}

func ritualFields(r model.Ritual) []Field {
	return []Field{
		{"title", r.Title}, {"who", string(r.Who)}, {"times", int64(r.Cadence.Times)}, {"per", string(r.Cadence.Per)},
		{"start_date", r.Start.String()}, {"reminder_time", r.ReminderTime}, {"reminder_days", formatWeekdays(r.ReminderDays)},
		{"notes", r.Notes}, {"archived", r.Archived}, {"private", r.Private},
	}
}

// PutRitual writes a ritual: every field when old is nil (a new ritual),
// else only the fields that differ from old, so a concurrent edit of another
// field on the partner's computer survives. A change of the private flag is
// carried to the ritual's entries and adaptations.
func (tx *Tx) PutRitual(old *model.Ritual, r model.Ritual) error {
	var prev []Field
	if old != nil {
		prev = ritualFields(*old)
	}
	if err := tx.putRow("rituals", r.ID, prev, ritualFields(r)); err != nil {
		return err
	}
	if old != nil && old.Private != r.Private {
		for _, table := range []string{"ritual_entries", "ritual_adaptations"} {
			if err := tx.SetPrivateWhere(table, "ritual_id", r.ID, r.Private); err != nil {
				return err
			}
		}
	}
	return nil
}

func (tx *Tx) idsWhere(table, where string, args ...any) ([]string, error) {
	rows, err := tx.tx.QueryContext(tx.ctx, "SELECT id FROM "+table+" WHERE deleted = 0 AND "+where, args...)
	if err != nil {
		return nil, fmt.Errorf("list %s: %w", table, err)
	}
	defer rows.Close()
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("list %s: %w", table, err)
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

// DeleteRitual writes the tombstones of a ritual, its entries and adaptations.
func (tx *Tx) DeleteRitual(id string) error {
	if _, err := tx.Ritual(id); err != nil {
		return err
	}
	for _, table := range []string{"ritual_entries", "ritual_adaptations"} {
		ids, err := tx.idsWhere(table, "ritual_id = ?", id)
		if err != nil {
			return err
		}
		for _, eid := range ids {
			if err := tx.Delete(table, eid); err != nil {
				return err
			}
		}
	}
	return tx.Delete("rituals", id)
}

// EntryID is the id of a ritual's entry for a day. It is derived from the
// ritual and the day, so two computers logging the same day write the same
// row and never create two entries for one day.
func EntryID(ritualID string, d model.Date) string {
	if ns, err := uuid.Parse(ritualID); err == nil {
		return uuid.NewSHA1(ns, []byte(d.String())).String()
	}
	return uuid.NewSHA1(uuid.NameSpaceOID, []byte(ritualID+"/"+d.String())).String()
}

const entryColumns = "id, ritual_id, day, status, reason, confirm_a, confirm_b, by_id"

// RitualEntries returns every live entry, ordered by ritual and day.
func (s *Store) RitualEntries(ctx context.Context) ([]model.RitualEntry, error) {
	var n int
	if err := s.db.QueryRowContext(ctx, "SELECT count(*) FROM ritual_entries").Scan(&n); err != nil {
		return nil, fmt.Errorf("count ritual entries: %w", err)
	}
	return appendEntries(ctx, make([]model.RitualEntry, 0, n), s.db,
		"SELECT "+entryColumns+" FROM ritual_entries WHERE deleted = 0 ORDER BY ritual_id, day")
}

// PausedEntries returns every live entry of a paused day, ordered by ritual
// and day: what the calendar leaves out.
func (s *Store) PausedEntries(ctx context.Context) ([]model.RitualEntry, error) {
	return queryEntries(ctx, s.db, "SELECT "+entryColumns+" FROM ritual_entries WHERE deleted = 0 AND status = ? ORDER BY ritual_id, day", string(model.Paused))
}

// RitualAdaptations reads a ritual's live cadence changes inside the transaction.
func (tx *Tx) RitualAdaptations(ritualID string) ([]model.Adaptation, error) {
	return queryAdaptations(tx.ctx, tx.tx, "SELECT "+adaptationColumns+" FROM ritual_adaptations WHERE deleted = 0 AND ritual_id = ? ORDER BY from_date", ritualID)
}

// Entry reads a ritual's live entry for a day inside the transaction.
func (tx *Tx) Entry(ritualID string, d model.Date) (model.RitualEntry, bool, error) {
	es, err := queryEntries(tx.ctx, tx.tx, "SELECT "+entryColumns+" FROM ritual_entries WHERE deleted = 0 AND id = ?", EntryID(ritualID, d))
	if err != nil || len(es) == 0 {
		return model.RitualEntry{}, false, err
	}
	return es[0], true, nil
}

func queryEntries(ctx context.Context, q querier, query string, args ...any) ([]model.RitualEntry, error) {
	return appendEntries(ctx, nil, q, query, args...)
}

func appendEntries(ctx context.Context, out []model.RitualEntry, q querier, query string, args ...any) ([]model.RitualEntry, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("load ritual entries: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var e model.RitualEntry
		var d, status string
		if err := rows.Scan(&e.ID, &e.RitualID, &d, &status, &e.Reason, &e.ConfirmA, &e.ConfirmB, &e.By); err != nil {
			return nil, fmt.Errorf("load ritual entries: %w", err)
		}
		e.Day, _ = model.ParseDate(d)
		e.Status = model.EntryStatus(status)
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("load ritual entries: %w", err)
	}
	return out, nil
}

// PutEntry writes a ritual's entry for a day (the row id follows from the
// ritual and the day). private follows the ritual's flag.
func (tx *Tx) PutEntry(e model.RitualEntry, private bool) error {
	return tx.SetFields("ritual_entries", EntryID(e.RitualID, e.Day),
		Field{"ritual_id", e.RitualID}, Field{"day", e.Day.String()}, Field{"status", string(e.Status)},
		Field{"reason", e.Reason}, Field{"confirm_a", e.ConfirmA}, Field{"confirm_b", e.ConfirmB},
		Field{"by_id", e.By}, Field{"private", private}, Field{"deleted", false},
	)
}

// ClearEntry deletes a ritual's entry for a day, saying who took the mark
// away ("" when not known).
func (tx *Tx) ClearEntry(ritualID string, d model.Date, by string) error {
	return tx.SetFields("ritual_entries", EntryID(ritualID, d), Field{"by_id", by}, Field{"deleted", true})
}

// ClearedBy returns who took away a ritual's mark of a day, when its entry
// is deleted ("" when it is not, or nobody is known).
func (s *Store) ClearedBy(ctx context.Context, ritualID string, d model.Date) (string, error) {
	var by string
	err := s.db.QueryRowContext(ctx, "SELECT by_id FROM ritual_entries WHERE id = ? AND deleted <> 0", EntryID(ritualID, d)).Scan(&by)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("look up a ritual's day: %w", err)
	}
	return by, nil
}

const adaptationColumns = "id, ritual_id, from_date, times, per, note"

// Adaptations returns every live cadence change, ordered by ritual and day.
func (s *Store) Adaptations(ctx context.Context) ([]model.Adaptation, error) {
	return queryAdaptations(ctx, s.db, "SELECT "+adaptationColumns+" FROM ritual_adaptations WHERE deleted = 0 ORDER BY ritual_id, from_date")
}

func queryAdaptations(ctx context.Context, q querier, query string, args ...any) ([]model.Adaptation, error) {
	return queryRows(ctx, q, "adaptations", query, func(rows *sql.Rows) (model.Adaptation, error) {
		var a model.Adaptation
		var from, per string
		if err := rows.Scan(&a.ID, &a.RitualID, &from, &a.Cadence.Times, &per, &a.Note); err != nil {
			return a, err
		}
		a.From, _ = model.ParseDate(from)
		a.Cadence.Per = model.Period(per)
		return a, nil
	}, args...)
}

// LastWrites returns when each calendar block, goal, session and ritual
// was last written, by id: the latest stamp of its fields, and for a
// ritual of its cadence changes' and days' fields too (a calendar file's
// event changes with them). A row whose delete was forgotten by compaction
// no longer counts; any later write has a later stamp still.
func (s *Store) LastWrites(ctx context.Context) (map[string]model.Stamp, error) {
	rows, err := queryRows(ctx, s.db, "last writes", `SELECT row_id, MAX(hlc) FROM clocks WHERE tbl IN ('blocks', 'goals', 'sessions', 'rituals') GROUP BY row_id
		UNION ALL SELECT t.ritual_id, MAX(c.hlc) FROM ritual_entries t JOIN clocks c ON c.tbl = 'ritual_entries' AND c.row_id = t.id GROUP BY t.ritual_id
		UNION ALL SELECT t.ritual_id, MAX(c.hlc) FROM ritual_adaptations t JOIN clocks c ON c.tbl = 'ritual_adaptations' AND c.row_id = t.id GROUP BY t.ritual_id`,
		func(r *sql.Rows) (FieldWrite, error) {
			var w FieldWrite
			var hlc string
			if err := r.Scan(&w.RowID, &hlc); err != nil {
				return w, err
			}
			w.Stamp, _ = model.ParseStamp(hlc)
			return w, nil
		})
	if err != nil {
		return nil, err
	}
	out := make(map[string]model.Stamp, len(rows))
	for _, w := range rows {
		if was, ok := out[w.RowID]; !ok || was.Compare(w.Stamp) < 0 {
			out[w.RowID] = w.Stamp
		}
	}
	return out, nil
}

// PutAdaptation writes a cadence change.
func (tx *Tx) PutAdaptation(a model.Adaptation, private bool) error {
	return tx.SetFields("ritual_adaptations", a.ID,
		Field{"ritual_id", a.RitualID}, Field{"from_date", a.From.String()}, Field{"times", int64(a.Cadence.Times)},
		Field{"per", string(a.Cadence.Per)}, Field{"note", a.Note}, Field{"private", private},
	)
}

// Rituals reads every live ritual inside the transaction.
func (tx *Tx) Rituals() ([]model.Ritual, error) {
	return queryRituals(tx.ctx, tx.tx, "SELECT "+ritualColumns+" FROM rituals WHERE deleted = 0 ORDER BY title, id")
}
