package storage

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/vennplanner/venn/model"
)

// A partner's journal lives only in this computer's database: the journal
// table is local (never in a replica), and a partner's lock seals it with
// the rest of their private space.

const journalColumns = "id, partner_id, day, text, updated"

// Journal returns a partner's journal entries, newest day first.
func (s *Store) Journal(ctx context.Context, partnerID string) ([]model.JournalEntry, error) {
	return queryRows(ctx, s.db, "journal", "SELECT "+journalColumns+" FROM journal WHERE partner_id = ? ORDER BY day DESC, updated DESC", scanJournal, partnerID)
}

// AllJournals returns every partner's entries on this computer (for an export).
func (s *Store) AllJournals(ctx context.Context) ([]model.JournalEntry, error) {
	return queryRows(ctx, s.db, "journal", "SELECT "+journalColumns+" FROM journal ORDER BY partner_id, day, id", scanJournal)
}

func scanJournal(r *sql.Rows) (model.JournalEntry, error) {
	var j model.JournalEntry
	var day, updated string
	err := r.Scan(&j.ID, &j.PartnerID, &day, &j.Text, &updated)
	j.Day, _ = model.ParseDate(day)
	j.Updated, _ = time.Parse(time.RFC3339, updated)
	return j, err
}

// PutJournalEntry writes a journal entry. It is not stamped: it never syncs.
func (tx *Tx) PutJournalEntry(j model.JournalEntry) error {
	_, err := tx.tx.ExecContext(tx.ctx, `INSERT INTO journal(id, partner_id, day, text, updated) VALUES(?, ?, ?, ?, ?)
		ON CONFLICT(id) DO UPDATE SET partner_id = excluded.partner_id, day = excluded.day, text = excluded.text, updated = excluded.updated`,
		j.ID, j.PartnerID, j.Day.String(), j.Text, j.Updated.UTC().Format(time.RFC3339))
	if err != nil {
		return fmt.Errorf("save the journal entry: %w", err)
	}
	return nil
}

// DeleteJournalEntry removes a partner's journal entry for good.
func (tx *Tx) DeleteJournalEntry(partnerID, id string) error {
	return tx.deleteOwn("journal", "delete the journal entry", partnerID, id)
}

// deleteOwn removes for good one of a partner's rows of a table kept on
// this computer only (the journal, people of one's own): secure delete
// overwrites it, and a row of the other partner's is left alone.
func (tx *Tx) deleteOwn(table, what, partnerID, id string) error {
	if _, err := tx.tx.ExecContext(tx.ctx, "DELETE FROM "+table+" WHERE id = ? AND partner_id = ?", id, partnerID); err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	return nil
}
