package storage

import (
	"context"
	"database/sql"
	"fmt"
	"time"
)

// SentNudges returns the keys of the nudges sent since, and how many
// notifications went out on the day of now (a bundle counts once: the
// nudges of one notification share its time).
func (s *Store) SentNudges(ctx context.Context, since, now time.Time) (map[string]bool, int, error) {
	rows, err := queryRows(ctx, s.db, "sent nudges", "SELECT key, sent FROM nudges_sent WHERE sent >= ?", func(r *sql.Rows) ([2]string, error) {
		var kv [2]string
		err := r.Scan(&kv[0], &kv[1])
		return kv, err
	}, since.UTC().Format(time.RFC3339))
	if err != nil {
		return nil, 0, err
	}
	keys := map[string]bool{}
	times := map[string]bool{}
	y, m, d := now.Date()
	for _, kv := range rows {
		keys[kv[0]] = true
		if t, err := time.Parse(time.RFC3339, kv[1]); err == nil {
			if ty, tm, td := t.In(now.Location()).Date(); ty == y && tm == m && td == d {
				times[kv[1]] = true
			}
		}
	}
	return keys, len(times), nil
}

// MarkNudgesSent records nudges as sent at the time given, and forgets
// those sent more than 400 days ago.
func (s *Store) MarkNudgesSent(ctx context.Context, keys []string, at time.Time) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("record nudges: %w", err)
	}
	defer tx.Rollback()
	stamp := at.UTC().Format(time.RFC3339)
	for _, k := range keys {
		if _, err := tx.ExecContext(ctx, "INSERT OR REPLACE INTO nudges_sent(key, sent) VALUES(?, ?)", k, stamp); err != nil {
			return fmt.Errorf("record nudges: %w", err)
		}
	}
	if _, err := tx.ExecContext(ctx, "DELETE FROM nudges_sent WHERE sent < ?", at.AddDate(0, 0, -400).UTC().Format(time.RFC3339)); err != nil {
		return fmt.Errorf("record nudges: %w", err)
	}
	return tx.Commit()
}
