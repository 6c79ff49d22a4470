package storage

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"

	"github.com/vennplanner/venn/model"
)

// ReviewID is the derived id of a year's review: one per household and year.
func ReviewID(year int) string { return DerivedID("review", strconv.Itoa(year)) }

// reviewRitualID is the derived id of one ritual's decision in a review.
func reviewRitualID(reviewID, ritualID string) string {
	return DerivedID("review-ritual", reviewID, ritualID)
}

const reviewColumns = "id, year, principles, celebrations, answer_a, answer_b, notes, private"

// Reviews returns every live annual review with its ritual decisions, by year.
func (s *Store) Reviews(ctx context.Context) ([]model.Review, error) {
	return reviews(ctx, s.db, "")
}

// Review reads one live review; found is false when the year has none.
func (tx *Tx) Review(id string) (r model.Review, found bool, err error) {
	rs, err := reviews(tx.ctx, tx.tx, id)
	if err != nil || len(rs) == 0 {
		return model.Review{}, false, err
	}
	return rs[0], true, nil
}

func reviews(ctx context.Context, q querier, id string) ([]model.Review, error) {
	where, args := "", []any{}
	if id != "" {
		where, args = " AND id = ?", append(args, id)
	}
	out, err := queryRows(ctx, q, "reviews", "SELECT "+reviewColumns+" FROM reviews WHERE deleted = 0"+where+" ORDER BY year",
		func(r *sql.Rows) (model.Review, error) {
			var v model.Review
			err := r.Scan(&v.ID, &v.Year, &v.Principles, &v.Celebrations, &v.AnswerA, &v.AnswerB, &v.Notes, &v.Private)
			return v, err
		}, args...)
	if err != nil || len(out) == 0 {
		return out, err
	}
	where = ""
	if id != "" {
		where = " AND review_id = ?"
	}
	type decision struct {
		review string
		model.ReviewRitual
	}
	ds, err := queryRows(ctx, q, "review decisions", "SELECT review_id, ritual_id, decision, note FROM review_rituals WHERE deleted = 0"+where+" ORDER BY ritual_id",
		func(r *sql.Rows) (decision, error) {
			var d decision
			var dec string
			err := r.Scan(&d.review, &d.RitualID, &dec, &d.Note)
			d.Decision = model.RitualDecision(dec)
			return d, err
		}, args...)
	if err != nil {
		return nil, err
	}
	index := map[string]int{}
	for i, r := range out {
		index[r.ID] = i
	}
	for _, d := range ds {
		if i, ok := index[d.review]; ok {
			out[i].Rituals = append(out[i].Rituals, d.ReviewRitual)
		}
	}
	return out, nil
}

func reviewFields(r model.Review) []Field {
	return []Field{
		{"year", int64(r.Year)}, {"principles", r.Principles}, {"celebrations", r.Celebrations},
		{"answer_a", r.AnswerA}, {"answer_b", r.AnswerB}, {"notes", r.Notes}, {"private", r.Private},
	}
}

// PutReview writes a review and its ritual decisions: every field when old
// is nil, else only what changed, so each partner's answer written on their
// own computer survives the other's edit of the notes.
func (tx *Tx) PutReview(old *model.Review, r model.Review) error {
	var prev []Field
	var before map[string]model.ReviewRitual
	if old != nil {
		prev = reviewFields(*old)
		before = map[string]model.ReviewRitual{}
		for _, d := range old.Rituals {
			before[d.RitualID] = d
		}
	}
	if err := tx.putRow("reviews", r.ID, prev, reviewFields(r)); err != nil {
		return err
	}
	for _, d := range r.Rituals {
		prev, had := before[d.RitualID]
		if had && prev == d {
			continue
		}
		if err := tx.SetFields("review_rituals", reviewRitualID(r.ID, d.RitualID),
			Field{"review_id", r.ID}, Field{"ritual_id", d.RitualID}, Field{"decision", string(d.Decision)},
			Field{"note", d.Note}, Field{"private", r.Private}); err != nil {
			return fmt.Errorf("save the review: %w", err)
		}
	}
	if old != nil && old.Private != r.Private {
		return tx.SetPrivateWhere("review_rituals", "review_id", r.ID, r.Private)
	}
	return nil
}
