package storage

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/vennplanner/venn/model"
)

// A partner's people of their own live only in this computer's database,
// like the journal: own_people is local (never in a replica), and a
// partner's lock seals it with the rest of their private space.

const peopleColumns = "id, partner_id, name, how, every_weeks, last_met, added"

// People returns a partner's people of their own, by name.
func (s *Store) People(ctx context.Context, partnerID string) ([]model.Person, error) {
	return queryRows(ctx, s.db, "people", "SELECT "+peopleColumns+" FROM own_people WHERE partner_id = ? ORDER BY name COLLATE NOCASE, id", scanPerson, partnerID)
}

// AllPeople returns every partner's people on this computer (for an
// export and the signals).
func (s *Store) AllPeople(ctx context.Context) ([]model.Person, error) {
	return queryRows(ctx, s.db, "people", "SELECT "+peopleColumns+" FROM own_people ORDER BY partner_id, name, id", scanPerson)
}

func scanPerson(r *sql.Rows) (model.Person, error) {
	var p model.Person
	var lastMet, added string
	err := r.Scan(&p.ID, &p.PartnerID, &p.Name, &p.How, &p.EveryWeeks, &lastMet, &added)
	if lastMet != "" {
		p.LastMet, _ = model.ParseDate(lastMet)
	}
	p.Added, _ = model.ParseDate(added)
	return p, err
}

// CountPeople counts a partner's people.
func (tx *Tx) CountPeople(partnerID string) (int, error) {
	var n int
	if err := tx.tx.QueryRowContext(tx.ctx, "SELECT count(*) FROM own_people WHERE partner_id = ?", partnerID).Scan(&n); err != nil {
		return 0, fmt.Errorf("count people: %w", err)
	}
	return n, nil
}

// PutPerson writes a person. It is not stamped: it never syncs.
func (tx *Tx) PutPerson(p model.Person) error {
	lastMet := ""
	if !p.LastMet.IsZero() {
		lastMet = p.LastMet.String()
	}
	_, err := tx.tx.ExecContext(tx.ctx, `INSERT INTO own_people(id, partner_id, name, how, every_weeks, last_met, added) VALUES(?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT(id) DO UPDATE SET name = excluded.name, how = excluded.how, every_weeks = excluded.every_weeks,
		last_met = excluded.last_met WHERE own_people.partner_id = excluded.partner_id`,
		p.ID, p.PartnerID, p.Name, p.How, p.EveryWeeks, lastMet, p.Added.String())
	if err != nil {
		return fmt.Errorf("save the person: %w", err)
	}
	return nil
}

// DeletePerson removes one of a partner's people for good.
func (tx *Tx) DeletePerson(partnerID, id string) error {
	return tx.deleteOwn("own_people", "remove the person", partnerID, id)
}
