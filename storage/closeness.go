package storage

import (
	"context"
	"database/sql"

	"github.com/vennplanner/venn/model"
)

// Closeness returns the closeness choices that stand (one per partner and
// month, see Standing), oldest month first. A private choice never leaves
// this computer.
func (s *Store) Closeness(ctx context.Context) ([]model.Closeness, error) {
	all, err := s.AllCloseness(ctx)
	if err != nil {
		return nil, err
	}
	versions, err := s.personalVersions(ctx, s.db, "closeness")
	if err != nil {
		return nil, err
	}
	return standing(all, func(c model.Closeness) string { return c.ID },
		func(c model.Closeness) string { return c.Month.String() + "/" + c.PartnerID }, versions), nil
}

// AllCloseness returns every live closeness choice, also those made for
// the same month on two computers.
func (s *Store) AllCloseness(ctx context.Context) ([]model.Closeness, error) {
	return queryRows(ctx, s.db, "closeness", "SELECT "+closenessColumns+" FROM closeness WHERE deleted = 0 ORDER BY month, partner_id, id", scanCloseness)
}

const closenessColumns = "id, month, partner_id, now, wished, private"

func scanCloseness(r *sql.Rows) (model.Closeness, error) {
	var c model.Closeness
	var month string
	err := r.Scan(&c.ID, &month, &c.PartnerID, &c.Now, &c.Wished, &c.Private)
	if err == nil {
		c.Month, err = model.ParseDate(month)
	}
	return c, err
}

// PutCloseness writes a closeness choice.
func (tx *Tx) PutCloseness(c model.Closeness) error {
	old, err := queryRows(tx.ctx, tx.tx, "closeness", "SELECT "+closenessColumns+" FROM closeness WHERE deleted = 0 AND id = ?", scanCloseness, c.ID)
	if err != nil {
		return err
	}
	var prev []Field
	if len(old) > 0 {
		prev = closenessFields(old[0])
	}
	return tx.putRow("closeness", c.ID, prev, closenessFields(c))
}

func closenessFields(c model.Closeness) []Field {
	return []Field{{"month", c.Month.String()}, {"partner_id", c.PartnerID}, {"now", int64(c.Now)}, {"wished", int64(c.Wished)}, {"private", c.Private}}
}
