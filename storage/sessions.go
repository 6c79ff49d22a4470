package storage

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/vennplanner/venn/model"
)

// GoalValueID is the derived id of a link between a goal and a value.
func GoalValueID(goalID, valueID string) string { return DerivedID("goal-value", goalID, valueID) }

func valueFields(v model.Value) []Field {
	return []Field{{"owner", string(v.Owner)}, {"kind", string(v.Kind)}, {"text", v.Text}, {"rank", v.Rank}, {"private", v.Private}}
}

// Values returns every live value entry with its linked goals, in order.
func (s *Store) Values(ctx context.Context) ([]model.Value, error) { return values(ctx, s.db) }

// Values reads the value entries inside the transaction.
func (tx *Tx) Values() ([]model.Value, error) { return values(tx.ctx, tx.tx) }

func values(ctx context.Context, q querier) ([]model.Value, error) {
	vs, err := queryRows(ctx, q, "values", "SELECT id, owner, kind, text, rank, private FROM value_entries WHERE deleted = 0 ORDER BY owner, kind, rank, id",
		func(r *sql.Rows) (model.Value, error) {
			var v model.Value
			var owner, kind string
			err := r.Scan(&v.ID, &owner, &kind, &v.Text, &v.Rank, &v.Private)
			v.Owner, v.Kind = model.Owner(owner), model.ValueKind(kind)
			return v, err
		})
	if err != nil || len(vs) == 0 {
		return vs, err
	}
	type link struct{ goal, value string }
	links, err := queryRows(ctx, q, "value links", "SELECT goal_id, value_id FROM goal_values WHERE deleted = 0 ORDER BY goal_id",
		func(r *sql.Rows) (link, error) {
			var l link
			return l, r.Scan(&l.goal, &l.value)
		})
	if err != nil {
		return nil, err
	}
	index := map[string]int{}
	for i, v := range vs {
		index[v.ID] = i
	}
	for _, l := range links {
		if i, ok := index[l.value]; ok {
			vs[i].Goals = append(vs[i].Goals, l.goal)
		}
	}
	return vs, nil
}

// PutValue writes a value entry and its goal links (adding and removing
// links so they match v.Goals).
func (tx *Tx) PutValue(old *model.Value, v model.Value) error {
	var prev []Field
	if old != nil {
		prev = valueFields(*old)
	}
	if err := tx.putRow("value_entries", v.ID, prev, valueFields(v)); err != nil {
		return err
	}
	had := map[string]bool{}
	if old != nil {
		for _, g := range old.Goals {
			had[g] = true
		}
	}
	keep := map[string]bool{}
	for _, g := range v.Goals {
		keep[g] = true
		if !had[g] {
			if err := tx.SetFields("goal_values", GoalValueID(g, v.ID), Field{"goal_id", g}, Field{"value_id", v.ID},
				Field{"private", v.Private}, Field{"deleted", false}); err != nil {
				return err
			}
		}
	}
	for g := range had {
		if !keep[g] {
			if err := tx.Delete("goal_values", GoalValueID(g, v.ID)); err != nil {
				return err
			}
		}
	}
	if old != nil && old.Private != v.Private {
		if err := tx.SetPrivateWhere("goal_values", "value_id", v.ID, v.Private); err != nil {
			return err
		}
		return tx.SettleValueCheckPrivacy()
	}
	return nil
}

func contractFields(c model.Contract) []Field {
	return []Field{{"goal_id", c.GoalID}, {"commitment", c.Commitment}, {"support", c.Support},
		{"every_weeks", int64(c.EveryWeeks)}, {"started", c.Started.String()}, {"private", c.Private}}
}

// Contracts returns every live contract with its reviews.
func (s *Store) Contracts(ctx context.Context) ([]model.Contract, error) {
	return contracts(ctx, s.db, "")
}

// Contract reads one live contract with its reviews.
func (tx *Tx) Contract(id string) (model.Contract, error) {
	cs, err := contracts(tx.ctx, tx.tx, id)
	if err != nil {
		return model.Contract{}, err
	}
	if len(cs) == 0 {
		return model.Contract{}, fmt.Errorf("contract %s: %w", id, ErrNotFound)
	}
	return cs[0], nil
}

func contracts(ctx context.Context, q querier, id string) ([]model.Contract, error) {
	where, args := "", []any{}
	if id != "" {
		where, args = " AND id = ?", []any{id}
	}
	cs, err := queryRows(ctx, q, "contracts", "SELECT id, goal_id, commitment, support, every_weeks, started, private FROM contracts WHERE deleted = 0"+where+" ORDER BY goal_id, id",
		func(r *sql.Rows) (model.Contract, error) {
			var c model.Contract
			var started string
			err := r.Scan(&c.ID, &c.GoalID, &c.Commitment, &c.Support, &c.EveryWeeks, &started, &c.Private)
			c.Started, _ = model.ParseDate(started)
			return c, err
		}, args...)
	if err != nil || len(cs) == 0 {
		return cs, err
	}
	if id != "" {
		where = " AND contract_id = ?"
	}
	type rev struct {
		contract string
		model.ContractReview
	}
	revs, err := queryRows(ctx, q, "contract reviews", "SELECT contract_id, id, day, note, rating FROM contract_reviews WHERE deleted = 0"+where+" ORDER BY day, id",
		func(r *sql.Rows) (rev, error) {
			var v rev
			var day string
			err := r.Scan(&v.contract, &v.ID, &day, &v.Note, &v.Rating)
			v.Day, _ = model.ParseDate(day)
			return v, err
		}, args...)
	if err != nil {
		return nil, err
	}
	index := map[string]int{}
	for i, c := range cs {
		index[c.ID] = i
	}
	for _, r := range revs {
		if i, ok := index[r.contract]; ok {
			cs[i].Reviews = append(cs[i].Reviews, r.ContractReview)
		}
	}
	return cs, nil
}

// PutContract writes a contract's own fields (not its reviews); a change of
// privacy is carried to its reviews.
func (tx *Tx) PutContract(old *model.Contract, c model.Contract) error {
	var prev []Field
	if old != nil {
		prev = contractFields(*old)
	}
	if err := tx.putRow("contracts", c.ID, prev, contractFields(c)); err != nil {
		return err
	}
	if old != nil && old.Private != c.Private {
		return tx.SetPrivateWhere("contract_reviews", "contract_id", c.ID, c.Private)
	}
	return nil
}

// PutContractReview writes a review of a contract.
func (tx *Tx) PutContractReview(contractID string, r model.ContractReview, private bool) error {
	return tx.SetFields("contract_reviews", r.ID, Field{"contract_id", contractID}, Field{"day", r.Day.String()},
		Field{"note", r.Note}, Field{"rating", int64(r.Rating)}, Field{"private", private})
}

func milestoneFields(m model.Milestone) []Field {
	return []Field{{"title", m.Title}, {"day", m.Day.String()}, {"goal_id", m.GoalID}, {"owner", string(m.Owner)},
		{"reached", m.Reached}, {"reached_on", m.ReachedOn.String()}, {"celebration", m.Celebration}, {"private", m.Private}}
}

// Milestones returns every live milestone, by day.
func (s *Store) Milestones(ctx context.Context) ([]model.Milestone, error) {
	return milestones(ctx, s.db, "")
}

// Milestone reads one live milestone.
func (tx *Tx) Milestone(id string) (model.Milestone, error) {
	ms, err := milestones(tx.ctx, tx.tx, id)
	if err != nil {
		return model.Milestone{}, err
	}
	if len(ms) == 0 {
		return model.Milestone{}, fmt.Errorf("milestone %s: %w", id, ErrNotFound)
	}
	return ms[0], nil
}

func milestones(ctx context.Context, q querier, id string) ([]model.Milestone, error) {
	where, args := "", []any{}
	if id != "" {
		where, args = " AND id = ?", []any{id}
	}
	return queryRows(ctx, q, "milestones", "SELECT id, title, day, goal_id, owner, reached, reached_on, celebration, private FROM milestones WHERE deleted = 0"+where+" ORDER BY day, id",
		func(r *sql.Rows) (model.Milestone, error) {
			var m model.Milestone
			var day, owner, reachedOn string
			err := r.Scan(&m.ID, &m.Title, &day, &m.GoalID, &owner, &m.Reached, &reachedOn, &m.Celebration, &m.Private)
			m.Day, _ = model.ParseDate(day)
			m.ReachedOn, _ = model.ParseDate(reachedOn)
			m.Owner = model.Owner(owner)
			return m, err
		}, args...)
}

// PutMilestone writes a milestone (the changed fields when old is given).
func (tx *Tx) PutMilestone(old *model.Milestone, m model.Milestone) error {
	var prev []Field
	if old != nil {
		prev = milestoneFields(*old)
	}
	return tx.putRow("milestones", m.ID, prev, milestoneFields(m))
}

// SessionID is the derived id of a quarter's session: one per quarter, so
// two computers starting it the same evening share it.
func SessionID(q model.Quarter) string { return DerivedID("session", q.String()) }

func sessionFields(s model.Session) []Field {
	return []Field{{"quarter", s.Quarter.String()}, {"day", s.Day.String()}, {"step", int64(s.Step)},
		{"notes", s.Notes}, {"decisions", s.Decisions}, {"done", s.Done}, {"private", s.Private}}
}

// Sessions returns every live session, newest quarter first.
func (s *Store) Sessions(ctx context.Context) ([]model.Session, error) {
	return sessions(ctx, s.db, "")
}

// Session reads one live session; found is false when there is none.
func (tx *Tx) Session(id string) (model.Session, bool, error) {
	ss, err := sessions(tx.ctx, tx.tx, id)
	if err != nil || len(ss) == 0 {
		return model.Session{}, false, err
	}
	return ss[0], true, nil
}

func sessions(ctx context.Context, q querier, id string) ([]model.Session, error) {
	where, args := "", []any{}
	if id != "" {
		where, args = " AND id = ?", []any{id}
	}
	return queryRows(ctx, q, "sessions", "SELECT id, quarter, day, step, notes, decisions, done, private FROM sessions WHERE deleted = 0"+where+" ORDER BY quarter DESC",
		func(r *sql.Rows) (model.Session, error) {
			var s model.Session
			var quarter, day string
			err := r.Scan(&s.ID, &quarter, &day, &s.Step, &s.Notes, &s.Decisions, &s.Done, &s.Private)
			s.Quarter, _ = model.ParseQuarter(quarter)
			s.Day, _ = model.ParseDate(day)
			return s, err
		}, args...)
}

// PutSession writes a session (the changed fields when old is given).
func (tx *Tx) PutSession(old *model.Session, s model.Session) error {
	var prev []Field
	if old != nil {
		prev = sessionFields(*old)
	}
	if err := tx.putRow("sessions", s.ID, prev, sessionFields(s)); err != nil {
		return err
	}
	if old != nil && old.Private != s.Private {
		return tx.SettleValueCheckPrivacy()
	}
	return nil
}
