package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/vennplanner/venn/model"
)

const goalColumns = "id, title, notes, owner, board_column, rank, target_quarter, start_date, due_date, archived, private, created_at"

// Goals returns every goal that is not deleted, archived ones included.
func (s *Store) Goals(ctx context.Context) ([]model.Goal, error) {
	var n int
	if err := s.db.QueryRowContext(ctx, "SELECT count(*) FROM goals").Scan(&n); err != nil {
		return nil, fmt.Errorf("count goals: %w", err)
	}
	goals := make([]model.Goal, 0, n)
	return appendGoals(ctx, goals, s.db, "SELECT "+goalColumns+" FROM goals WHERE deleted = 0")
}

// GoalPlans returns every live goal's plan alone — owner, column, target
// quarter, dates, archived and private — without titles, notes,
// checklists or labels: what measures of the plans (the signals worth
// talking about) read, at a fraction of Goals' cost.
func (s *Store) GoalPlans(ctx context.Context) ([]model.Goal, error) {
	return s.goalPlans(ctx, "deleted = 0")
}

// GoalPlansWithAllocations returns the plans (as GoalPlans) of the live
// goals that have a live allocation: all that a picture of what is planned
// needs, without reading the thousands of goals that plan nothing.
func (s *Store) GoalPlansWithAllocations(ctx context.Context) ([]model.Goal, error) {
	return s.goalPlans(ctx, "deleted = 0 AND id IN (SELECT goal_id FROM allocations WHERE deleted = 0)")
}

func (s *Store) goalPlans(ctx context.Context, where string) ([]model.Goal, error) {
	return queryRows(ctx, s.db, "goals",
		"SELECT id, owner, board_column, target_quarter, start_date, due_date, archived, private FROM goals WHERE "+where,
		func(r *sql.Rows) (model.Goal, error) {
			var g model.Goal
			var owner, column, quarter, start, due string
			err := r.Scan(&g.ID, &owner, &column, &quarter, &start, &due, &g.Archived, &g.Private)
			g.Owner, g.Column = model.Owner(owner), model.Column(column)
			g.TargetQuarter, _ = model.ParseQuarter(quarter)
			g.Start, _ = model.ParseDate(start)
			g.Due, _ = model.ParseDate(due)
			return g, err
		})
}

// GoalsDueBetween returns the live, unarchived goals whose target date
// falls in from..to (ISO dates compare as text).
func (s *Store) GoalsDueBetween(ctx context.Context, from, to model.Date) ([]model.Goal, error) {
	return queryGoals(ctx, s.db, "SELECT "+goalColumns+" FROM goals WHERE deleted = 0 AND archived = 0 AND due_date BETWEEN ? AND ?",
		from.String(), to.String())
}

// GoalsForToday returns the live goals the Today view may name: those open
// (neither archived nor done) with a target date on or before by, overdue
// ones included, and those with a live review contract, whatever their
// state. The caller filters further; this only spares reading the rest.
// Checklists and labels are not read: Today names goals and their dates.
func (s *Store) GoalsForToday(ctx context.Context, by model.Date) ([]model.Goal, error) {
	return appendGoalRows(ctx, nil, s.db, "SELECT "+goalColumns+` FROM goals WHERE deleted = 0 AND (
		(archived = 0 AND board_column != ? AND due_date != '' AND due_date <= ?)
		OR id IN (SELECT goal_id FROM contracts WHERE deleted = 0))`,
		string(model.ColumnDone), by.String())
}

// Goal returns one live goal, or ErrNotFound.
func (s *Store) Goal(ctx context.Context, id string) (model.Goal, error) {
	return goal(ctx, s.db, id)
}

// Goal reads one live goal inside the transaction.
func (tx *Tx) Goal(id string) (model.Goal, error) { return goal(tx.ctx, tx.tx, id) }

// GoalExists reports whether a goal with this id was ever written, deleted or not.
func (tx *Tx) GoalExists(id string) (bool, error) {
	var n int
	if err := tx.tx.QueryRowContext(tx.ctx, "SELECT count(*) FROM goals WHERE id = ?", id).Scan(&n); err != nil {
		return false, fmt.Errorf("look up goal: %w", err)
	}
	return n > 0, nil
}

func goal(ctx context.Context, q querier, id string) (model.Goal, error) {
	goals, err := queryGoals(ctx, q, "SELECT "+goalColumns+" FROM goals WHERE deleted = 0 AND id = ?", id)
	if err != nil {
		return model.Goal{}, err
	}
	if len(goals) == 0 {
		return model.Goal{}, fmt.Errorf("goal %s: %w", id, ErrNotFound)
	}
	return goals[0], nil
}

func queryGoals(ctx context.Context, q querier, query string, args ...any) ([]model.Goal, error) {
	return appendGoals(ctx, nil, q, query, args...)
}

// appendGoals runs a goal query and appends the goals it returns to out,
// with their checklists and labels.
func appendGoals(ctx context.Context, out []model.Goal, q querier, query string, args ...any) ([]model.Goal, error) {
	first := len(out)
	out, err := appendGoalRows(ctx, out, q, query, args...)
	if err != nil {
		return nil, err
	}
	if err := attachLists(ctx, q, out[first:]); err != nil {
		return nil, err
	}
	return out, nil
}

// appendGoalRows runs a goal query and appends the goals it returns to out,
// without their checklists and labels.
func appendGoalRows(ctx context.Context, out []model.Goal, q querier, query string, args ...any) ([]model.Goal, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("load goals: %w", err)
	}
	defer rows.Close()
	// Thousands of goals name a few owners and columns: they share one
	// string each rather than keep a copy apiece.
	same := interner{}
	for rows.Next() {
		var (
			g                      model.Goal
			owner, column, quarter string
			start, due, created    string
		)
		if err := rows.Scan(&g.ID, &g.Title, &g.Notes, &owner, &column, &g.Rank, &quarter,
			&start, &due, &g.Archived, &g.Private, &created); err != nil {
			return nil, fmt.Errorf("load goals: %w", err)
		}
		g.Owner, g.Column = model.Owner(same.of(owner)), model.Column(same.of(column))
		// Values come from this device or a merged replica; a malformed one
		// reads as unset rather than hiding the whole board.
		g.TargetQuarter, _ = model.ParseQuarter(quarter)
		g.Start, _ = model.ParseDate(start)
		g.Due, _ = model.ParseDate(due)
		g.Created, _ = time.Parse(time.RFC3339Nano, created)
		out = append(out, g)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("load goals: %w", err)
	}
	return out, nil
}

// CreateGoal writes every field of a new goal, its checklist and labels.
func (tx *Tx) CreateGoal(g model.Goal) error {
	fields := goalFields(g, model.GoalPatch{
		Title: &g.Title, Notes: &g.Notes, Owner: &g.Owner, Column: &g.Column, Rank: &g.Rank,
		TargetQuarter: &g.TargetQuarter, Start: &g.Start, Due: &g.Due,
		Archived: &g.Archived, Private: &g.Private,
	})
	fields = append(fields, Field{"created_at", g.Created.UTC().Format(time.RFC3339Nano)})
	if err := tx.SetFields("goals", g.ID, fields...); err != nil {
		return err
	}
	if _, err := tx.putChecklist(g.ID, g.Checklist, g.Private); err != nil {
		return err
	}
	return tx.putLabels(g.ID, g.Labels, g.Private)
}

// UpdateGoal writes the fields the patch names, taking their values from g
// (the goal with the patch already applied and validated). A change of the
// private flag is carried to what belongs to the goal: its allocations,
// actuals, value links, milestones, contract and the contract's reviews.
func (tx *Tx) UpdateGoal(g model.Goal, p model.GoalPatch) error {
	if err := tx.SetFields("goals", g.ID, goalFields(g, p)...); err != nil {
		return err
	}
	if p.Checklist != nil {
		if _, err := tx.putChecklist(g.ID, g.Checklist, g.Private); err != nil {
			return err
		}
	}
	if p.Labels != nil {
		if err := tx.putLabels(g.ID, g.Labels, g.Private); err != nil {
			return err
		}
	}
	if p.Private != nil {
		for _, table := range []string{"allocations", "actuals", "goal_values", "milestones", "contracts", "goal_steps", "goal_labels"} {
			if err := tx.SetPrivateWhere(table, "goal_id", g.ID, g.Private); err != nil {
				return err
			}
		}
		contracts, err := tx.idsWhere("contracts", "goal_id = ?", g.ID)
		if err != nil {
			return err
		}
		for _, c := range contracts {
			if err := tx.SetPrivateWhere("contract_reviews", "contract_id", c, g.Private); err != nil {
				return err
			}
		}
	}
	return nil
}

// DeleteGoal writes the goal's tombstone.
func (tx *Tx) DeleteGoal(id string) error {
	if _, err := tx.Goal(id); err != nil {
		return err
	}
	return tx.Delete("goals", id)
}

func goalFields(g model.Goal, p model.GoalPatch) []Field {
	var f []Field
	add := func(present bool, name string, value any) {
		if present {
			f = append(f, Field{name, value})
		}
	}
	add(p.Title != nil, "title", g.Title)
	add(p.Notes != nil, "notes", g.Notes)
	add(p.Owner != nil, "owner", string(g.Owner))
	add(p.Column != nil, "board_column", string(g.Column))
	add(p.Rank != nil, "rank", g.Rank)
	add(p.TargetQuarter != nil, "target_quarter", g.TargetQuarter.String())
	add(p.Start != nil, "start_date", g.Start.String())
	add(p.Due != nil, "due_date", g.Due.String())
	add(p.Archived != nil, "archived", g.Archived)
	add(p.Private != nil, "private", g.Private)
	return f
}

// ErrIsNotFound reports whether err means "no such row".
func ErrIsNotFound(err error) bool {
	return errors.Is(err, ErrNotFound) || errors.Is(err, sql.ErrNoRows)
}

// GoalsInCell returns the live goals of one lane and column (archived or
// not), sorted by rank.
func (tx *Tx) GoalsInCell(owner model.Owner, column model.Column, archived bool) ([]model.Goal, error) {
	return queryGoals(tx.ctx, tx.tx, "SELECT "+goalColumns+
		" FROM goals WHERE deleted = 0 AND owner = ? AND board_column = ? AND archived = ? ORDER BY rank, id",
		string(owner), string(column), archived)
}

// interner hands back one string for all equal ones it is given, so that
// values repeated across thousands of rows (an owner, a column, a label)
// are held once, not once a row.
type interner map[string]string

func (in interner) of(s string) string {
	if kept, ok := in[s]; ok {
		return kept
	}
	in[s] = s
	return s
}
