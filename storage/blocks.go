package storage

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"github.com/vennplanner/venn/model"
)

const blockColumns = "id, title, kind, owner, start_at, end_at, repeat, days, until_date, skip, notes, private, cycle, goal_id, ritual_id"

func scanBlock(r *sql.Rows) (model.Block, error) {
	var b model.Block
	var kind, start, end, days, until, skip, cycle string
	var repeat bool
	if err := r.Scan(&b.ID, &b.Title, &kind, &b.Owner, &start, &end, &repeat, &days, &until, &skip, &b.Notes, &b.Private,
		&cycle, &b.GoalID, &b.RitualID); err != nil {
		return b, err
	}
	b.Kind = model.BlockKind(kind)
	b.Start, _ = model.ParseWallTime(start)
	b.End, _ = model.ParseWallTime(end)
	switch {
	case repeat && cycle != "":
		// Monthly or yearly. Fields merge one by one, so weekdays another
		// computer set meanwhile are let go: the cycle names the repeat.
		b.Cycle = model.Cycle(cycle)
	case repeat:
		b.Days = parseWeekdays(days)
		if b.Days == nil {
			b.Days = []time.Weekday{}
		}
	}
	b.Until, _ = model.ParseDate(until)
	for _, s := range strings.Split(skip, ",") {
		if d, err := model.ParseDate(s); err == nil && !d.IsZero() {
			b.Skip = append(b.Skip, d)
		}
	}
	return b, nil
}

// Blocks returns every live calendar block.
func (s *Store) Blocks(ctx context.Context) ([]model.Block, error) {
	return queryRows(ctx, s.db, "calendar", "SELECT "+blockColumns+" FROM blocks WHERE deleted = 0 ORDER BY start_at, id", scanBlock)
}

// RitualBlocks reads the live blocks that are time for a ritual.
func (tx *Tx) RitualBlocks(ritualID string) ([]model.Block, error) {
	return queryRows(tx.ctx, tx.tx, "calendar", "SELECT "+blockColumns+" FROM blocks WHERE deleted = 0 AND ritual_id = ? ORDER BY start_at, id", scanBlock, ritualID)
}

// Block reads one live block.
func (tx *Tx) Block(id string) (model.Block, error) {
	bs, err := queryRows(tx.ctx, tx.tx, "calendar block", "SELECT "+blockColumns+" FROM blocks WHERE deleted = 0 AND id = ?", scanBlock, id)
	if err != nil {
		return model.Block{}, err
	}
	if len(bs) == 0 {
		return model.Block{}, fmt.Errorf("block %s: %w", id, ErrNotFound)
	}
	return bs[0], nil
}

func blockFields(b model.Block) []Field {
	skip := make([]string, len(b.Skip))
	for i, d := range b.Skip {
		skip[i] = d.String()
	}
	return []Field{
		{"title", b.Title}, {"kind", string(b.Kind)}, {"owner", b.Owner}, {"start_at", b.Start.String()}, {"end_at", b.End.String()},
		{"repeat", b.Repeats()}, {"days", formatWeekdays(b.Days)}, {"until_date", b.Until.String()}, {"skip", strings.Join(skip, ",")},
		{"notes", b.Notes}, {"private", b.Private}, {"cycle", string(b.Cycle)}, {"goal_id", b.GoalID}, {"ritual_id", b.RitualID},
	}
}

// PutBlock writes a block: every field when old is nil, else the changed ones.
func (tx *Tx) PutBlock(old *model.Block, b model.Block) error {
	var prev []Field
	if old != nil {
		prev = blockFields(*old)
	}
	return tx.putRow("blocks", b.ID, prev, blockFields(b))
}

// CalendarTargetsID is the derived id of the household's calendar aims.
var CalendarTargetsID = DerivedID("calendar-targets")

// CalendarTargets returns the couple's weekly aims (zero when not set).
func (s *Store) CalendarTargets(ctx context.Context) (model.BalanceTargets, error) {
	var t model.BalanceTargets
	err := s.db.QueryRowContext(ctx, "SELECT solo_each, joint, solo_a, solo_b FROM calendar_targets WHERE deleted = 0 AND id = ?", CalendarTargetsID).
		Scan(&t.SoloEach, &t.Joint, &t.SoloA, &t.SoloB)
	if err == sql.ErrNoRows {
		return t, nil
	}
	if err != nil {
		return t, fmt.Errorf("load calendar aims: %w", err)
	}
	return t, nil
}

// PutCalendarTargets writes the couple's weekly aims.
func (tx *Tx) PutCalendarTargets(t model.BalanceTargets) error {
	return tx.SetFields("calendar_targets", CalendarTargetsID, Field{"solo_each", int64(t.SoloEach)}, Field{"joint", int64(t.Joint)},
		Field{"solo_a", int64(t.SoloA)}, Field{"solo_b", int64(t.SoloB)})
}
