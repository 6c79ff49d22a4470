package storage

import (
	"context"
	"database/sql"

	"github.com/vennplanner/venn/model"
)

// Signs returns every live sign of imbalance, retired ones too, in order.
func (s *Store) Signs(ctx context.Context) ([]model.Sign, error) {
	return queryRows(ctx, s.db, "signs", "SELECT id, text, lean, rank, retired FROM balance_signs WHERE deleted = 0 ORDER BY rank, id",
		func(r *sql.Rows) (model.Sign, error) {
			var sg model.Sign
			var lean string
			err := r.Scan(&sg.ID, &sg.Text, &lean, &sg.Rank, &sg.Retired)
			sg.Lean = model.Lean(lean)
			return sg, err
		})
}

// SignsEverWritten reports how many signs this household ever had.
func (tx *Tx) SignsEverWritten() (int, error) { return tx.count("balance_signs") }

// PutSign writes every field of a sign.
func (tx *Tx) PutSign(sg model.Sign) error {
	return tx.SetFields("balance_signs", sg.ID,
		Field{"text", sg.Text}, Field{"lean", string(sg.Lean)}, Field{"rank", sg.Rank}, Field{"retired", sg.Retired})
}

// RatingID is the derived id of a partner's score for a sign in a month.
func RatingID(month model.Date, partnerID, signID string) string {
	return DerivedID("rating", month.String(), partnerID, signID)
}

// Ratings returns every live self-assessment rating.
func (s *Store) Ratings(ctx context.Context) ([]model.Rating, error) {
	return queryRows(ctx, s.db, "self-assessments", "SELECT id, month, partner_id, sign_id, score, private FROM assessments WHERE deleted = 0 ORDER BY month, partner_id, sign_id", scanRating)
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
