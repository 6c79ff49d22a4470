package storage

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/vennplanner/venn/model"
)

// PresenceMarksID is the derived id of an occasion's marks.
func PresenceMarksID(occasion string) string { return DerivedID("presence-marks", occasion) }

// PresenceID is this computer's id for a partner's rating of an occasion.
func (tx *Tx) PresenceID(occasion, partnerID string) string {
	return tx.store.personalID("presence", occasion, partnerID)
}

func scanMarks(r *sql.Rows) (model.PresenceMarks, error) {
	var m model.PresenceMarks
	var day string
	err := r.Scan(&m.Occasion, &day, &m.RatedA, &m.RatedB)
	m.Day, _ = model.ParseDate(day)
	return m, err
}

// PresenceMarks returns every occasion's marks.
func (s *Store) PresenceMarks(ctx context.Context) ([]model.PresenceMarks, error) {
	return queryRows(ctx, s.db, "presence marks", "SELECT occasion, day, rated_a, rated_b FROM presence_marks WHERE deleted = 0 ORDER BY day, occasion", scanMarks)
}

// PresenceMarksOf reads one occasion's marks (none rated when absent).
func (tx *Tx) PresenceMarksOf(occasion string) (model.PresenceMarks, error) {
	ms, err := queryRows(tx.ctx, tx.tx, "presence marks", "SELECT occasion, day, rated_a, rated_b FROM presence_marks WHERE deleted = 0 AND id = ?", scanMarks, PresenceMarksID(occasion))
	if err != nil || len(ms) == 0 {
		return model.PresenceMarks{Occasion: occasion}, err
	}
	return ms[0], nil
}

// MarkRated records that the partner in slot rated the occasion.
func (tx *Tx) MarkRated(occasion string, day model.Date, slot model.Slot) error {
	col := "rated_b"
	if slot == model.SlotA {
		col = "rated_a"
	}
	return tx.SetFields("presence_marks", PresenceMarksID(occasion), Field{"occasion", occasion}, Field{"day", day.String()}, Field{col, true})
}

const presenceColumns = "id, occasion, day, partner_id, rating, private"

func scanPresence(r *sql.Rows) (model.PresenceRating, error) {
	var p model.PresenceRating
	var day string
	err := r.Scan(&p.ID, &p.Occasion, &day, &p.PartnerID, &p.Rating, &p.Private)
	p.Day, _ = model.ParseDate(day)
	return p, err
}

// PresenceRatings returns the ratings that stand: of two computers'
// ratings of one person for one occasion, the one written on the person's
// own computer (see Standing).
func (s *Store) PresenceRatings(ctx context.Context) ([]model.PresenceRating, error) {
	all, err := queryRows(ctx, s.db, "presence", "SELECT "+presenceColumns+" FROM presence WHERE deleted = 0 ORDER BY day, occasion, partner_id, id", scanPresence)
	if err != nil {
		return nil, err
	}
	versions, err := s.personalVersions(ctx, s.db, "presence")
	if err != nil {
		return nil, err
	}
	return standing(all, func(p model.PresenceRating) string { return p.ID },
		func(p model.PresenceRating) string { return p.Occasion + "/" + p.PartnerID }, versions), nil
}

// HeldPresence returns the ratings this computer holds back.
func (tx *Tx) HeldPresence() ([]model.PresenceRating, error) {
	return queryRows(tx.ctx, tx.tx, "held presence", "SELECT "+presenceColumns+" FROM presence WHERE deleted = 0 AND private = 1", scanPresence)
}

// OwnPresence reads this computer's rating of a partner for an occasion.
func (tx *Tx) OwnPresence(occasion, partnerID string) (model.PresenceRating, bool, error) {
	ps, err := queryRows(tx.ctx, tx.tx, "presence", "SELECT "+presenceColumns+" FROM presence WHERE deleted = 0 AND id = ?", scanPresence, tx.PresenceID(occasion, partnerID))
	if err != nil || len(ps) == 0 {
		return model.PresenceRating{}, false, err
	}
	return ps[0], true, nil
}

func presenceFields(p model.PresenceRating) []Field {
	return []Field{{"occasion", p.Occasion}, {"partner_id", p.PartnerID}, {"day", p.Day.String()},
		{"rating", int64(p.Rating)}, {"private", p.Private}}
}

// PutPresence writes a rating: every field when old is nil, else only the
// fields that changed.
func (tx *Tx) PutPresence(old *model.PresenceRating, p model.PresenceRating) error {
	var prev []Field
	if old != nil {
		prev = presenceFields(*old)
	}
	if err := tx.putRow("presence", p.ID, prev, presenceFields(p)); err != nil {
		return fmt.Errorf("save how present it felt: %w", err)
	}
	return nil
}
