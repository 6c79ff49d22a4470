package storage

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strconv"

	"github.com/vennplanner/venn/model"
)

const eventColumns = "id, kind, title, day, notes, undone, private"

func scanEvent(r *sql.Rows) (model.LifeEvent, error) {
	var e model.LifeEvent
	var kind, day string
	err := r.Scan(&e.ID, &kind, &e.Title, &day, &e.Notes, &e.Undone, &e.Private)
	e.Kind = model.LifeEventKind(kind)
	e.Day, _ = model.ParseDate(day)
	return e, err
}

// LifeEvents returns every live life event with its changes, newest first.
func (s *Store) LifeEvents(ctx context.Context) ([]model.LifeEvent, error) {
	return lifeEvents(ctx, s.db, "")
}

// LifeEvent reads one live life event with its changes.
func (tx *Tx) LifeEvent(id string) (model.LifeEvent, error) {
	es, err := lifeEvents(tx.ctx, tx.tx, id)
	if err != nil {
		return model.LifeEvent{}, err
	}
	if len(es) == 0 {
		return model.LifeEvent{}, fmt.Errorf("life event %s: %w", id, ErrNotFound)
	}
	return es[0], nil
}

func lifeEvents(ctx context.Context, q querier, id string) ([]model.LifeEvent, error) {
	where, args := "", []any{}
	if id != "" {
		where, args = " AND id = ?", []any{id}
	}
	events, err := queryRows(ctx, q, "life events", "SELECT "+eventColumns+" FROM life_events WHERE deleted = 0"+where+" ORDER BY day DESC, id DESC", scanEvent, args...)
	if err != nil || len(events) == 0 {
		return events, err
	}
	if id != "" {
		where = " AND event_id = ?"
	}
	type row struct {
		event string
		c     model.Change
	}
	rows, err := queryRows(ctx, q, "life event changes", "SELECT event_id, details FROM life_event_changes WHERE deleted = 0"+where+" ORDER BY event_id, seq",
		func(r *sql.Rows) (row, error) {
			var v row
			var details string
			if err := r.Scan(&v.event, &details); err != nil {
				return v, err
			}
			if err := json.Unmarshal([]byte(details), &v.c); err != nil {
				v.c = model.Change{Summary: "(a change this version of Venn cannot read)"}
			}
			return v, nil
		}, args...)
	if err != nil {
		return nil, err
	}
	index := map[string]int{}
	for i, e := range events {
		index[e.ID] = i
	}
	for _, r := range rows {
		if i, ok := index[r.event]; ok {
			events[i].Changes = append(events[i].Changes, r.c)
		}
	}
	return events, nil
}

// changeID is the derived id of a life event's n-th change.
func changeID(eventID string, n int) string {
	return DerivedID("life-event-change", eventID, strconv.Itoa(n))
}

func eventFields(e model.LifeEvent) []Field {
	return []Field{{"kind", string(e.Kind)}, {"title", e.Title}, {"day", e.Day.String()}, {"notes", e.Notes}, {"undone", e.Undone}, {"private", e.Private}}
}

// PutLifeEvent writes a life event and its changes (all of them when old
// is nil; else the event's changed fields, and the privacy of its changes).
func (tx *Tx) PutLifeEvent(old *model.LifeEvent, e model.LifeEvent) error {
	var prev []Field
	if old != nil {
		prev = eventFields(*old)
	}
	if err := tx.putRow("life_events", e.ID, prev, eventFields(e)); err != nil {
		return err
	}
	if old != nil {
		if old.Private != e.Private {
			if err := tx.SetPrivateWhere("life_event_changes", "event_id", e.ID, e.Private); err != nil {
				return err
			}
			return tx.SettleValueCheckPrivacy()
		}
		return nil
	}
	for i, c := range e.Changes {
		details, err := json.Marshal(c)
		if err != nil {
			return fmt.Errorf("save a change: %w", err)
		}
		if err := tx.SetFields("life_event_changes", changeID(e.ID, i), Field{"event_id", e.ID}, Field{"seq", int64(i)},
			Field{"details", string(details)}, Field{"private", e.Private}); err != nil {
			return fmt.Errorf("save a change: %w", err)
		}
	}
	return nil
}
