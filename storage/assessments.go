package storage

import (
	"context"
	"database/sql"

	"github.com/vennplanner/venn/model"
)

// Ratings returns the self-assessment ratings that stand (one per partner,
// sign and month, see Standing).
func (s *Store) Ratings(ctx context.Context) ([]model.Rating, error) {
	all, err := s.AllRatings(ctx)
	if err != nil {
		return nil, err
	}
	versions, err := s.personalVersions(ctx, s.db, "assessments")
	if err != nil {
		return nil, err
	}
	return standing(all, func(r model.Rating) string { return r.ID },
		func(r model.Rating) string { return r.Month.String() + "/" + r.PartnerID + "/" + r.SignID }, versions), nil
}

// AllRatings returns every live self-assessment rating, also those made for
// the same month on two computers.
func (s *Store) AllRatings(ctx context.Context) ([]model.Rating, error) {
	return queryRows(ctx, s.db, "self-assessments", "SELECT id, month, partner_id, sign_id, score, private FROM assessments WHERE deleted = 0 ORDER BY month, partner_id, sign_id, id", scanRating)
}

func scanRating(r *sql.Rows) (model.Rating, error) {
	var rt model.Rating
	var month string
	err := r.Scan(&rt.ID, &month, &rt.PartnerID, &rt.SignID, &rt.Score, &rt.Private)
	rt.Month, _ = model.ParseDate(month)
	return rt, err
}

func ratingFields(rt model.Rating) []Field {
	return []Field{
		{"month", rt.Month.String()}, {"partner_id", rt.PartnerID}, {"sign_id", rt.SignID},
		{"score", int64(rt.Score)}, {"private", rt.Private},
	}
}

// PutRating writes a rating's fields that differ from what is stored.
func (tx *Tx) PutRating(rt model.Rating) error {
	old, err := queryRows(tx.ctx, tx.tx, "self-assessment", "SELECT id, month, partner_id, sign_id, score, private FROM assessments WHERE deleted = 0 AND id = ?", scanRating, rt.ID)
	if err != nil {
		return err
	}
	var prev []Field
	if len(old) > 0 {
		prev = ratingFields(old[0])
	}
	return tx.putRow("assessments", rt.ID, prev, ratingFields(rt))
}
