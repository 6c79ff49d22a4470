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
	return queryRows(ctx, s.db, "self-assessments", "SELECT id, month, partner_id, sign_id, score, private FROM assessments WHERE deleted = 0 ORDER BY month, partner_id, sign_id",
		func(r *sql.Rows) (model.Rating, error) {
			var rt model.Rating
			var month string
			err := r.Scan(&rt.ID, &month, &rt.PartnerID, &rt.SignID, &rt.Score, &rt.Private)
			rt.Month, _ = model.ParseDate(month)
			return rt, err
		})
}

// PutRating writes a rating's fields that differ from what is stored.
func (tx *Tx) PutRating(rt model.Rating) error {
	fields := []Field{
		{"month", rt.Month.String()}, {"partner_id", rt.PartnerID}, {"sign_id", rt.SignID},
		{"score", int64(rt.Score)}, {"private", rt.Private},
	}
	var old []Field
	err := tx.tx.QueryRowContext(tx.ctx, "SELECT month, partner_id, sign_id, score, private FROM assessments WHERE deleted = 0 AND id = ?", rt.ID).
		Scan(scanInto(&old, "month", "partner_id", "sign_id", "score", "private")...)
	switch {
	case err == sql.ErrNoRows:
	case err != nil:
		return err
	default:
		fields = changedFields(old, fields)
		if len(fields) == 0 {
			return nil
		}
	}
	return tx.SetFields("assessments", rt.ID, fields...)
}

// scanInto makes *out a list of fields named names and returns pointers to
// their values for Scan. Values compare with changedFields by their printed
// form, so booleans are read as booleans.
func scanInto(out *[]Field, names ...string) []any {
	*out = make([]Field, len(names))
	ptrs := make([]any, len(names))
	for i, n := range names {
		(*out)[i].Name = n
		switch n {
		case "private", "retired", "archived":
			ptrs[i] = &boolField{&(*out)[i]}
		default:
			ptrs[i] = &anyField{&(*out)[i]}
		}
	}
	return ptrs
}

type anyField struct{ f *Field }

func (a *anyField) Scan(v any) error {
	if b, ok := v.([]byte); ok {
		v = string(b)
	}
	a.f.Value = v
	return nil
}

type boolField struct{ f *Field }

func (b *boolField) Scan(v any) error {
	b.f.Value = truthy(v)
	return nil
}
