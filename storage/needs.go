package storage

import (
	"context"
	"database/sql"

	"github.com/vennplanner/venn/model"
)

const needColumns = "id, month, partner_id, need, score, private"

// NeedRatings returns the need ratings that stand (one per partner, need
// and month, see Standing), oldest month first.
func (s *Store) NeedRatings(ctx context.Context) ([]model.NeedRating, error) {
	all, err := queryRows(ctx, s.db, "need ratings", "SELECT "+needColumns+" FROM need_ratings WHERE deleted = 0 ORDER BY month, partner_id, need, id", scanNeedRating)
	if err != nil {
		return nil, err
	}
	versions, err := s.personalVersions(ctx, s.db, "need_ratings")
	if err != nil {
		return nil, err
	}
	return standing(all, func(r model.NeedRating) string { return r.ID },
		func(r model.NeedRating) string { return r.Month.String() + "/" + r.PartnerID + "/" + string(r.Need) }, versions), nil
}

func scanNeedRating(r *sql.Rows) (model.NeedRating, error) {
	var n model.NeedRating
	var month, need string
	err := r.Scan(&n.ID, &month, &n.PartnerID, &need, &n.Score, &n.Private)
	n.Month, _ = model.ParseDate(month)
	n.Need = model.Need(need)
	return n, err
}

func needFields(n model.NeedRating) []Field {
	return []Field{{"month", n.Month.String()}, {"partner_id", n.PartnerID}, {"need", string(n.Need)},
		{"score", int64(n.Score)}, {"private", n.Private}}
}

// PutNeedRating writes a need rating's fields that differ from what is
// stored.
func (tx *Tx) PutNeedRating(n model.NeedRating) error {
	old, err := queryRows(tx.ctx, tx.tx, "need rating", "SELECT "+needColumns+" FROM need_ratings WHERE deleted = 0 AND id = ?", scanNeedRating, n.ID)
	if err != nil {
		return err
	}
	var prev []Field
	if len(old) > 0 {
		prev = needFields(old[0])
	}
	return tx.putRow("need_ratings", n.ID, prev, needFields(n))
}

// NeedRatingID is this computer's id for a partner's rating of a need in
// a month.
func (s *Store) NeedRatingID(month model.Date, partnerID string, need model.Need) string {
	return s.personalID("need", month.String(), partnerID, string(need))
}

// NeedRatingID is NeedRatingID of the transaction's store.
func (tx *Tx) NeedRatingID(month model.Date, partnerID string, need model.Need) string {
	return tx.store.NeedRatingID(month, partnerID, need)
}
