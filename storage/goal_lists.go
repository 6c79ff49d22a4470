package storage

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/vennplanner/venn/model"
)

// A goal's checklist steps and labels are rows of their own (goal_steps,
// goal_labels), each synced field by field: two computers ticking
// different steps, or adding different labels, both keep their edit.

// StepID is the id of a step that has none yet in an import or in data
// moved from the old list field: the goal and the step's place, so two
// computers moving the same list make the same rows.
func StepID(goalID string, index int) string {
	return DerivedID("goal-step", goalID, strconv.Itoa(index))
}

// LabelID is the id of a label on a goal: the same label (in any case)
// added on two computers is one row.
func LabelID(goalID, label string) string {
	return DerivedID("goal-label", goalID, strings.ToLower(label))
}

// attachLists fills the steps and labels of goals read from q.
func attachLists(ctx context.Context, q querier, goals []model.Goal) error {
	if len(goals) == 0 {
		return nil
	}
	index := make(map[string]int, len(goals))
	for i, g := range goals {
		index[g.ID] = i
	}
	where, args := "", []any(nil)
	if len(goals) <= 64 {
		marks := make([]string, len(goals))
		for i, g := range goals {
			marks[i], args = "?", append(args, g.ID)
		}
		where = " AND goal_id IN (" + strings.Join(marks, ", ") + ")"
	}
	rows, err := q.QueryContext(ctx, "SELECT goal_id, id, text, done, doer FROM goal_steps WHERE deleted = 0"+where+" ORDER BY goal_id, rank, id", args...)
	if err != nil {
		return fmt.Errorf("load checklists: %w", err)
	}
	for rows.Next() {
		var goalID string
		var s model.ChecklistStep
		if err := rows.Scan(&goalID, &s.ID, &s.Text, &s.Done, &s.Doer); err != nil {
			rows.Close()
			return fmt.Errorf("load checklists: %w", err)
		}
		if i, ok := index[goalID]; ok {
			goals[i].Checklist = append(goals[i].Checklist, s)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("load checklists: %w", err)
	}
	rows, err = q.QueryContext(ctx, "SELECT goal_id, label FROM goal_labels WHERE deleted = 0"+where, args...)
	if err != nil {
		return fmt.Errorf("load labels: %w", err)
	}
	defer rows.Close()
	same := interner{} // a household uses a few labels on many goals
	for rows.Next() {
		var goalID, label string
		if err := rows.Scan(&goalID, &label); err != nil {
			return fmt.Errorf("load labels: %w", err)
		}
		if i, ok := index[goalID]; ok {
			goals[i].Labels = append(goals[i].Labels, same.of(label))
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("load labels: %w", err)
	}
	for i := range goals {
		sort.Slice(goals[i].Labels, func(a, b int) bool {
			return strings.ToLower(goals[i].Labels[a]) < strings.ToLower(goals[i].Labels[b])
		})
	}
	return nil
}

// storedStep is a step row as it is in the database.
type storedStep struct {
	id, text, rank, doer string
	done                 bool
}

// putChecklist makes the goal's live steps the given list: steps with an
// id this goal has are updated where they changed, steps without one are
// added, and steps no longer in the list are deleted. Order is kept with
// ranks, rewritten only for steps that moved.
func (tx *Tx) putChecklist(goalID string, steps []model.ChecklistStep, private bool) ([]model.ChecklistStep, error) {
	have, err := tx.liveSteps(goalID)
	if err != nil {
		return nil, err
	}
	out := make([]model.ChecklistStep, len(steps))
	keep := map[string]bool{}
	prevRank := ""
	for i, s := range steps {
		if !ValidID(s.ID) || keep[s.ID] {
			s.ID = NewID() // a new step (an id from an import is kept)
		}
		keep[s.ID] = true
		old, existed := have[s.ID]
		rank := stepRank(old, existed, prevRank, steps[i+1:], have)
		fields := []Field{{"goal_id", goalID}, {"text", s.Text}, {"done", s.Done}, {"doer", string(s.Doer)}, {"rank", rank}, {"private", private}, {"deleted", false}}
		if existed {
			fields = old.changes(s, rank)
		}
		if err := tx.SetFields("goal_steps", s.ID, fields...); err != nil {
			return nil, fmt.Errorf("save a checklist step: %w", err)
		}
		prevRank = rank
		out[i] = s
	}
	for id := range have {
		if !keep[id] {
			if err := tx.Delete("goal_steps", id); err != nil {
				return nil, fmt.Errorf("remove a checklist step: %w", err)
			}
		}
	}
	return out, nil
}

// liveSteps reads the goal's live steps by id.
func (tx *Tx) liveSteps(goalID string) (map[string]storedStep, error) {
	rows, err := tx.tx.QueryContext(tx.ctx, "SELECT id, text, done, rank, doer FROM goal_steps WHERE deleted = 0 AND goal_id = ? ORDER BY rank, id", goalID)
	if err != nil {
		return nil, fmt.Errorf("load the checklist: %w", err)
	}
	defer rows.Close()
	have := map[string]storedStep{}
	for rows.Next() {
		var s storedStep
		if err := rows.Scan(&s.id, &s.text, &s.done, &s.rank, &s.doer); err != nil {
			return nil, fmt.Errorf("load the checklist: %w", err)
		}
		have[s.id] = s
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("load the checklist: %w", err)
	}
	return have, nil
}

// stepRank is the rank of a step that follows the rank prevRank: its own,
// unless it is new or moved (its rank no longer after prevRank); then one
// between prevRank and the next of the later steps that keeps its own.
func stepRank(old storedStep, existed bool, prevRank string, later []model.ChecklistStep, have map[string]storedStep) string {
	if existed && old.rank != "" && old.rank > prevRank {
		return old.rank
	}
	next := ""
	for _, s := range later {
		if o, ok := have[s.ID]; ok && o.rank > prevRank {
			next = o.rank
			break
		}
	}
	return model.RankBetween(prevRank, next)
}

// changes lists the fields of a stored step that the step s, at rank,
// changes.
func (old storedStep) changes(s model.ChecklistStep, rank string) []Field {
	var fields []Field
	if s.Text != old.text {
		fields = append(fields, Field{"text", s.Text})
	}
	if s.Done != old.done {
		fields = append(fields, Field{"done", s.Done})
	}
	if string(s.Doer) != old.doer {
		fields = append(fields, Field{"doer", string(s.Doer)})
	}
	if rank != old.rank {
		fields = append(fields, Field{"rank", rank})
	}
	return fields
}

// putLabels makes the goal's live labels the given set: labels added are
// written (or brought back), labels gone are deleted, the rest untouched.
func (tx *Tx) putLabels(goalID string, labels []string, private bool) error {
	rows, err := tx.tx.QueryContext(tx.ctx, "SELECT id, label, deleted FROM goal_labels WHERE goal_id = ?", goalID)
	if err != nil {
		return fmt.Errorf("load labels: %w", err)
	}
	type stored struct {
		label   string
		deleted bool
	}
	have := map[string]stored{}
	for rows.Next() {
		var id string
		var s stored
		if err := rows.Scan(&id, &s.label, &s.deleted); err != nil {
			rows.Close()
			return fmt.Errorf("load labels: %w", err)
		}
		have[id] = s
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("load labels: %w", err)
	}
	want := map[string]bool{}
	for _, l := range labels {
		id := LabelID(goalID, l)
		want[id] = true
		old, existed := have[id]
		var fields []Field
		switch {
		case !existed:
			fields = []Field{{"goal_id", goalID}, {"label", l}, {"private", private}, {"deleted", false}}
		case old.deleted:
			fields = []Field{{"label", l}, {"private", private}, {"deleted", false}}
		case old.label != l:
			fields = []Field{{"label", l}} // the same label, another case
		}
		if err := tx.SetFields("goal_labels", id, fields...); err != nil {
			return fmt.Errorf("save a label: %w", err)
		}
	}
	for id, s := range have {
		if !want[id] && !s.deleted {
			if err := tx.Delete("goal_labels", id); err != nil {
				return fmt.Errorf("remove a label: %w", err)
			}
		}
	}
	return nil
}

// moveGoalListsToRows is the data half of migration 8: each goal's
// checklist and labels, kept until then as JSON in one field each, become
// rows. Every field of a new row is stamped with the stamp of the list it
// came from, so two computers that had the same list make the same rows
// with the same stamps and have nothing to reconcile afterwards.
func moveGoalListsToRows(ctx context.Context, tx *sql.Tx) error {
	type goalLists struct {
		id, labels, checklist, labelsAt, checklistAt string
		private                                      bool
	}
	rows, err := tx.QueryContext(ctx, `SELECT g.id, g.labels, g.checklist, g.private,
		coalesce((SELECT hlc FROM clocks WHERE tbl = 'goals' AND row_id = g.id AND col = 'labels'), ''),
		coalesce((SELECT hlc FROM clocks WHERE tbl = 'goals' AND row_id = g.id AND col = 'checklist'), '')
		FROM goals g`)
	if err != nil {
		return fmt.Errorf("read the old lists: %w", err)
	}
	var all []goalLists
	for rows.Next() {
		var g goalLists
		if err := rows.Scan(&g.id, &g.labels, &g.checklist, &g.private, &g.labelsAt, &g.checklistAt); err != nil {
			rows.Close()
			return fmt.Errorf("read the old lists: %w", err)
		}
		all = append(all, g)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("read the old lists: %w", err)
	}
	put := func(table, id string, stamp string, fields ...Field) error {
		cols := []string{"id"}
		marks := []string{"?"}
		args := []any{id}
		for _, f := range fields {
			cols, marks, args = append(cols, f.Name), append(marks, "?"), append(args, f.Value)
		}
		if _, err := tx.ExecContext(ctx, "INSERT OR REPLACE INTO "+table+" ("+strings.Join(cols, ", ")+") VALUES ("+strings.Join(marks, ", ")+")", args...); err != nil {
			return err
		}
		for _, f := range fields {
			if _, err := tx.ExecContext(ctx, "INSERT OR REPLACE INTO clocks(tbl, row_id, col, hlc) VALUES(?, ?, ?, ?)", table, id, f.Name, stamp); err != nil {
				return err
			}
		}
		return nil
	}
	for _, g := range all {
		var labels []string
		var steps []model.ChecklistStep
		// A list that does not read (written by hand?) is left behind.
		_ = json.Unmarshal([]byte(g.labels), &labels)
		_ = json.Unmarshal([]byte(g.checklist), &steps)
		if len(steps) > 0 && g.checklistAt != "" {
			rank := ""
			for i, s := range steps {
				rank = model.RankBetween(rank, "")
				if err := put("goal_steps", StepID(g.id, i), g.checklistAt,
					Field{"goal_id", g.id}, Field{"text", s.Text}, Field{"done", s.Done}, Field{"rank", rank},
					Field{"private", g.private}, Field{"deleted", false}); err != nil {
					return fmt.Errorf("move a checklist: %w", err)
				}
			}
		}
		if g.labelsAt != "" {
			for _, l := range model.NormalizeLabels(labels) {
				if err := put("goal_labels", LabelID(g.id, l), g.labelsAt,
					Field{"goal_id", g.id}, Field{"label", l}, Field{"private", g.private}, Field{"deleted", false}); err != nil {
					return fmt.Errorf("move labels: %w", err)
				}
			}
		}
	}
	for _, stmt := range []string{
		"DELETE FROM clocks WHERE tbl = 'goals' AND col IN ('labels', 'checklist')",
		"ALTER TABLE goals DROP COLUMN labels",
		"ALTER TABLE goals DROP COLUMN checklist",
	} {
		if _, err := tx.ExecContext(ctx, stmt); err != nil {
			return fmt.Errorf("drop the old list fields: %w", err)
		}
	}
	return nil
}
