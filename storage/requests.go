package storage

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/vennplanner/venn/model"
)

const requestColumns = "id, from_id, day, need, proposal, reply, counter, answered_on, became"

// Requests returns every live request, newest first.
func (s *Store) Requests(ctx context.Context) ([]model.Request, error) {
	return queryRows(ctx, s.db, "requests", "SELECT "+requestColumns+" FROM requests WHERE deleted = 0 ORDER BY day DESC, id", scanRequest)
}

// Request reads one live request.
func (tx *Tx) Request(id string) (model.Request, error) {
	rs, err := queryRows(tx.ctx, tx.tx, "request", "SELECT "+requestColumns+" FROM requests WHERE deleted = 0 AND id = ?", scanRequest, id)
	if err != nil {
		return model.Request{}, err
	}
	if len(rs) == 0 {
		return model.Request{}, fmt.Errorf("request %s: %w", id, ErrNotFound)
	}
	return rs[0], nil
}

func scanRequest(r *sql.Rows) (model.Request, error) {
	var q model.Request
	var day, reply, answered, became string
	err := r.Scan(&q.ID, &q.FromID, &day, &q.Need, &q.Proposal, &reply, &q.Counter, &answered, &became)
	q.Day, _ = model.ParseDate(day)
	q.AnsweredOn, _ = model.ParseDate(answered)
	q.Reply, q.Became = model.Reply(reply), model.Outcome(became)
	return q, err
}

// PutRequest writes a request (the changed fields when old is given).
func (tx *Tx) PutRequest(old *model.Request, q model.Request) error {
	var prev []Field
	if old != nil {
		prev = requestFields(*old)
	}
	return tx.putRow("requests", q.ID, prev, requestFields(q))
}

func requestFields(q model.Request) []Field {
	return []Field{{"from_id", q.FromID}, {"day", q.Day.String()}, {"need", q.Need}, {"proposal", q.Proposal},
		{"reply", string(q.Reply)}, {"counter", q.Counter}, {"answered_on", q.AnsweredOn.String()}, {"became", string(q.Became)}}
}
