package storage

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/vennplanner/venn/model"
)

// PromptExists reports whether a live prompt has this id.
func (tx *Tx) PromptExists(id string) (bool, error) {
	var n int
	err := tx.tx.QueryRowContext(tx.ctx, "SELECT count(*) FROM prompts WHERE deleted = 0 AND id = ?", id).Scan(&n)
	if err != nil {
		return false, fmt.Errorf("look up prompt: %w", err)
	}
	return n > 0, nil
}

// CheckinWeekID is the derived id of a week's answered marks.
func CheckinWeekID(week model.Date) string { return DerivedID("checkin-week", week.String()) }

// CheckinWeeks returns every week's answered marks.
func (s *Store) CheckinWeeks(ctx context.Context) ([]model.CheckinWeek, error) {
	return checkinWeeks(ctx, s.db, "")
}

// CheckinWeek reads one week's marks inside the transaction (zero marks
// when nobody has answered yet).
func (tx *Tx) CheckinWeek(week model.Date) (model.CheckinWeek, error) {
	ws, err := checkinWeeks(tx.ctx, tx.tx, week.String())
	if err != nil || len(ws) == 0 {
		return model.CheckinWeek{Week: week}, err
	}
	return ws[0], nil
}

func checkinWeeks(ctx context.Context, q querier, week string) ([]model.CheckinWeek, error) {
	query := "SELECT week, answered_a, answered_b FROM checkin_weeks WHERE deleted = 0"
	var args []any
	if week != "" {
		query += " AND week = ?"
		args = append(args, week)
	}
	return queryRows(ctx, q, "check-in weeks", query+" ORDER BY week", func(r *sql.Rows) (model.CheckinWeek, error) {
		var w model.CheckinWeek
		var s string
		err := r.Scan(&s, &w.AnsweredA, &w.AnsweredB)
		w.Week, _ = model.ParseDate(s)
		return w, err
	}, args...)
}

// MarkAnswered records that the partner in slot answered the week's check-in.
func (tx *Tx) MarkAnswered(week model.Date, slot model.Slot) error {
	col := "answered_b"
	if slot == model.SlotA {
		col = "answered_a"
	}
	return tx.SetFields("checkin_weeks", CheckinWeekID(week), Field{"week", week.String()}, Field{col, true})
}

const answerColumns = "id, week, partner_id, prompt_id, answer, visibility, private, felt"

// StoredAnswer is an answer with whether it is held on this computer, and
// who wrote it where.
type StoredAnswer struct {
	model.Answer
	Private bool
	Version Version
}

func scanAnswer(r *sql.Rows) (StoredAnswer, error) {
	var a StoredAnswer
	var week, vis, felt string
	err := r.Scan(&a.ID, &week, &a.PartnerID, &a.PromptID, &a.Text, &vis, &a.Private, &felt)
	a.Week, _ = model.ParseDate(week)
	a.Visibility, a.Felt = model.Visibility(vis), model.Felt(felt)
	return a, err
}

// Answers returns the check-in answers that stand, by week: of two
// computers' answers for one person, prompt and week, the one written on
// the person's own computer (see Standing).
func (s *Store) Answers(ctx context.Context) ([]StoredAnswer, error) {
	all, err := s.AllAnswers(ctx)
	if err != nil {
		return nil, err
	}
	return standing(all, func(a StoredAnswer) string { return a.ID }, answerKey, versionsOf(all)), nil
}

func answerKey(a StoredAnswer) string { return a.Week.String() + "/" + a.PartnerID + "/" + a.PromptID }

func versionsOf(all []StoredAnswer) map[string]Version {
	out := make(map[string]Version, len(all))
	for _, a := range all {
		out[a.ID] = a.Version
	}
	return out
}

// AllAnswers returns every live check-in answer on this computer, by week,
// with who wrote it where: also the versions that do not stand.
func (s *Store) AllAnswers(ctx context.Context) ([]StoredAnswer, error) {
	all, err := queryRows(ctx, s.db, "check-in answers", "SELECT "+answerColumns+" FROM checkins WHERE deleted = 0 ORDER BY week, partner_id, prompt_id, id", scanAnswer)
	if err != nil {
		return nil, err
	}
	versions, err := s.personalVersions(ctx, s.db, "checkins")
	if err != nil {
		return nil, err
	}
	for i := range all {
		all[i].Version = versions[all[i].ID]
		all[i].Version.ID = all[i].ID
	}
	return all, nil
}

// Answer reads one live answer; found is false when there is none.
func (tx *Tx) Answer(id string) (a StoredAnswer, found bool, err error) {
	as, err := queryRows(tx.ctx, tx.tx, "check-in answer", "SELECT "+answerColumns+" FROM checkins WHERE deleted = 0 AND id = ?", scanAnswer, id)
	if err != nil || len(as) == 0 {
		return StoredAnswer{}, false, err
	}
	return as[0], true, nil
}

// AnswersFor returns every live answer of one partner to one prompt in one
// week, whichever computer wrote it.
func (tx *Tx) AnswersFor(week model.Date, partnerID, promptID string) ([]StoredAnswer, error) {
	return queryRows(tx.ctx, tx.tx, "check-in answers", "SELECT "+answerColumns+" FROM checkins WHERE deleted = 0 AND week = ? AND partner_id = ? AND prompt_id = ?",
		scanAnswer, week.String(), partnerID, promptID)
}

// HeldAnswers returns the answers kept on this computer until both partners
// have answered their week.
func (tx *Tx) HeldAnswers() ([]StoredAnswer, error) {
	return queryRows(tx.ctx, tx.tx, "held answers", "SELECT "+answerColumns+" FROM checkins WHERE deleted = 0 AND private = 1 AND visibility = ?",
		scanAnswer, string(model.VisibleUntilBoth))
}

func answerFields(a StoredAnswer) []Field {
	return []Field{
		{"week", a.Week.String()}, {"partner_id", a.PartnerID}, {"prompt_id", a.PromptID},
		{"answer", a.Text}, {"visibility", string(a.Visibility)}, {"private", a.Private}, {"felt", string(a.Felt)},
	}
}

// PutAnswer writes an answer: every field when old is nil, else only the
// fields that changed (so an answer that never left this computer is not
// announced as withdrawn by a rewrite of its private flag).
func (tx *Tx) PutAnswer(old *StoredAnswer, a StoredAnswer) error {
	var prev []Field
	if old != nil {
		prev = answerFields(*old)
	}
	return tx.putRow("checkins", a.ID, prev, answerFields(a))
}
