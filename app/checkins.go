package app

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage"
)

// CheckinAnswer is one answer as the check-in screen shows it to a reader.
type CheckinAnswer struct {
	model.Answer
	Shown bool // false: held back from this reader (not both answered yet, or private)
	// WrittenBy is the partner whose computer the answer was written on
	// ("" when that computer belongs to nobody known); WrittenHere says it
	// was this computer.
	WrittenBy   string
	WrittenHere bool
}

// CheckinWeekView is one week's check-in as one partner (the reader) sees it.
type CheckinWeekView struct {
	Week     model.Date
	Prompts  []model.Prompt // the prompts in use, in order
	Partners []model.Partner
	Marks    model.CheckinWeek
	// Answers by partner id, then prompt id: the answer that stands (the one
	// written on the partner's own computer, when there are two).
	Answers map[string]map[string]CheckinAnswer
	// Others holds, by partner and prompt, the answers written for the same
	// partner and prompt on another computer ("answering as" the partner on
	// one laptop after she answered on her own): kept, never overwritten,
	// for the partner to take into her own if she wants.
	Others map[string]map[string][]CheckinAnswer
}

// Answer returns a partner's answer to a prompt, if any.
func (v CheckinWeekView) Answer(partnerID, promptID string) (CheckinAnswer, bool) {
	a, ok := v.Answers[partnerID][promptID]
	return a, ok
}

// WeekOf returns the first day of the week containing d, by the household's
// week start.
func (s *Service) WeekOf(ctx context.Context, d model.Date) model.Date {
	h, _, err := s.Household(ctx)
	if err != nil {
		return model.WeekOf(d, 1)
	}
	return model.WeekOf(d, h.WeekStart)
}

// Checkin loads one week's check-in as reader (a partner's id) sees it:
// the reader's own answers, and the other's once they are shared.
func (s *Service) Checkin(ctx context.Context, week model.Date, readerID string) (CheckinWeekView, error) {
	h, partners, err := s.Household(ctx)
	if err != nil {
		return CheckinWeekView{}, err
	}
	prompts, err := s.Prompts(ctx)
	if err != nil {
		return CheckinWeekView{}, err
	}
	week = model.WeekOf(week, h.WeekStart)
	v := CheckinWeekView{Week: week, Partners: partners, Marks: model.CheckinWeek{Week: week}, Answers: map[string]map[string]CheckinAnswer{},
		Others: map[string]map[string][]CheckinAnswer{}}
	weeks, err := s.store.CheckinWeeks(ctx)
	if err != nil {
		return v, err
	}
	for _, w := range weeks {
		if w.Week == week {
			v.Marks = w
		}
	}
	answers, err := s.store.AllAnswers(ctx)
	if err != nil {
		return v, err
	}
	owners, err := s.store.DevicePartners(ctx)
	if err != nil {
		return v, err
	}
	answered := map[string]bool{}
	for _, versions := range answerVersions(answers, week) {
		for i, a := range versions {
			ca := CheckinAnswer{Answer: a.Answer, Shown: a.ShowTo(readerID, v.Marks.Both()),
				WrittenBy: owners[a.Version.Device], WrittenHere: a.Version.Device == s.store.Device()}
			if ca.WrittenHere {
				ca.WrittenBy = s.thisPartner(ctx)
			}
			if i == 0 {
				if v.Answers[a.PartnerID] == nil {
					v.Answers[a.PartnerID] = map[string]CheckinAnswer{}
				}
				v.Answers[a.PartnerID][a.PromptID] = ca
				answered[a.PromptID] = true
				continue
			}
			if !ca.Shown || (a.Text == versions[0].Text && a.Felt == versions[0].Felt) {
				continue // held where it was written, as any answer; or the same words
			}
			if v.Others[a.PartnerID] == nil {
				v.Others[a.PartnerID] = map[string][]CheckinAnswer{}
			}
			v.Others[a.PartnerID][a.PromptID] = append(v.Others[a.PartnerID][a.PromptID], ca)
		}
	}
	for _, p := range prompts {
		if !p.Retired || answered[p.ID] {
			v.Prompts = append(v.Prompts, p)
		}
	}
	return v, nil
}

// answerVersions groups a week's answers by partner and prompt, the one
// that stands first in each group (see storage.Standing).
func answerVersions(all []storage.StoredAnswer, week model.Date) [][]storage.StoredAnswer {
	groups := map[string][]storage.StoredAnswer{}
	var order []string
	for _, a := range all {
		if a.Week != week {
			continue
		}
		k := a.PartnerID + "/" + a.PromptID
		if groups[k] == nil {
			order = append(order, k)
		}
		groups[k] = append(groups[k], a)
	}
	out := make([][]storage.StoredAnswer, 0, len(order))
	for _, k := range order {
		g := groups[k]
		vs := make([]storage.Version, len(g))
		for i, a := range g {
			vs[i] = a.Version
		}
		storage.Standing(vs)
		sorted := make([]storage.StoredAnswer, 0, len(g))
		for _, v := range vs {
			for _, a := range g {
				if a.ID == v.ID {
					sorted = append(sorted, a)
				}
			}
		}
		out = append(out, sorted)
	}
	return out
}

// thisPartner is the partner this computer belongs to ("" when none).
func (s *Service) thisPartner(ctx context.Context) string {
	p, err := s.store.Meta(ctx, metaPartner)
	if err != nil {
		return ""
	}
	return p
}

// AnswerInput is one answer typed into the check-in form.
type AnswerInput struct {
	PromptID   string
	Text       string
	Visibility model.Visibility
	Felt       model.Felt // the autonomy prompt's choice, beside the words
}

// SaveCheckin saves a partner's answers for a week, marks the week answered
// by them (when any answer has words) and lets held answers go if both have
// now answered. Answers that are held back stay on this computer.
func (s *Service) SaveCheckin(ctx context.Context, week model.Date, partnerID string, inputs []AnswerInput) error {
	week = s.WeekOf(ctx, week)
	return s.update(ctx, func(tx *storage.Tx) error {
		partners, err := tx.Partners()
		if err != nil {
			return err
		}
		i := slices.IndexFunc(partners, func(p model.Partner) bool { return p.ID == partnerID })
		if i < 0 {
			return model.Invalid("partner", "ui.model.whoAnswers")
		}
		marks, err := tx.CheckinWeek(week)
		if err != nil {
			return err
		}
		me := partners[i].Slot
		anyWords := slices.ContainsFunc(inputs, func(in AnswerInput) bool { return strings.TrimSpace(in.Text) != "" || in.Felt != "" })
		answeredByMe := marks.Answered(me) || anyWords
		both := answeredByMe && marks.Answered(otherSlot(me))
		for _, in := range inputs {
			if err := saveAnswer(tx, week, partnerID, in, both); err != nil {
				return err
			}
		}
		if answeredByMe && !marks.Answered(me) {
			if err := tx.MarkAnswered(week, me); err != nil {
				return err
			}
		}
		_, err = releaseHeld(tx)
		return err
	})
}

// saveAnswer saves one answer of a partner's check-in; both says whether
// both partners have now answered the week. An empty answer that was never
// saved is not written.
func saveAnswer(tx *storage.Tx, week model.Date, partnerID string, in AnswerInput, both bool) error {
	if in.Visibility == "" {
		in.Visibility = model.VisibleUntilBoth
	}
	a := storage.StoredAnswer{Answer: model.Answer{
		ID: tx.AnswerID(week, partnerID, in.PromptID), Week: week, PartnerID: partnerID,
		PromptID: in.PromptID, Text: strings.TrimSpace(in.Text), Visibility: in.Visibility, Felt: in.Felt,
	}}
	if err := a.Validate(); err != nil {
		return err
	}
	if ok, err := tx.PromptExists(in.PromptID); err != nil {
		return err
	} else if !ok {
		return errors.New("a prompt of this check-in was removed on the other computer; please look again")
	}
	old, found, err := tx.Answer(a.ID)
	if err != nil {
		return err
	}
	if !found && a.Text == "" && a.Felt == "" {
		return nil
	}
	if !found {
		// Words shown from another computer's answer and left as they were
		// are not written again here: that would be a second copy.
		others, err := tx.AnswersFor(week, partnerID, in.PromptID)
		if err != nil {
			return err
		}
		if slices.ContainsFunc(others, func(o storage.StoredAnswer) bool { return o.Text == a.Text && o.Felt == a.Felt }) {
			return nil
		}
	}
	a.Private = a.HeldBack(both)
	prev := &old
	if !found {
		prev = nil
	}
	if err := tx.PutAnswer(prev, a); err != nil {
		return fmt.Errorf("save the check-in: %w", err)
	}
	return nil
}

func otherSlot(s model.Slot) model.Slot {
	if s == model.SlotA {
		return model.SlotB
	}
	return model.SlotA
}

// releaseHeld shares every answer that waited for both partners once its
// week has both marks; it reports how many it let go.
func releaseHeld(tx *storage.Tx) (int, error) {
	held, err := tx.HeldAnswers()
	if err != nil {
		return 0, err
	}
	return releaseWhenBoth(held,
		func(a storage.StoredAnswer) model.Date { return a.Week },
		func(week model.Date) (bool, error) {
			m, err := tx.CheckinWeek(week)
			return m.Both(), err
		},
		func(a storage.StoredAnswer) error {
			next := a
			next.Private = false
			if err := tx.PutAnswer(&a, next); err != nil {
				return fmt.Errorf("share a check-in answer: %w", err)
			}
			return nil
		})
}

// ReleaseHeldAnswers shares the answers whose week both partners have now
// answered; sync runs it after each merge, before writing this computer's
// replica, so the partner receives them in the same pass.
func (s *Service) ReleaseHeldAnswers(ctx context.Context) error {
	n := 0
	err := s.store.Update(ctx, func(tx *storage.Tx) (err error) {
		if n, err = releaseHeld(tx); err != nil {
			return err
		}
		// Presence ratings wait for both partners the same way.
		m, err := releaseHeldPresence(tx)
		n += m
		return err
	})
	if err == nil && n > 0 {
		s.log.Info("check-in answers shared now that both answered", "answers", n)
		s.changed()
	}
	return err
}

// CheckinHistoryWeek is one week in the check-in history.
type CheckinHistoryWeek struct {
	Week    model.Date
	Marks   model.CheckinWeek
	Matches []CheckinAnswer // answers the reader may see (those matching the search, when there is one)
}

// CheckinHistory lists the weeks with check-ins, newest first, with the
// answers the reader may see; a non-empty query keeps only weeks with an
// answer or prompt containing it (case-insensitive).
func (s *Service) CheckinHistory(ctx context.Context, readerID, query string) ([]CheckinHistoryWeek, error) {
	weeks, err := s.store.CheckinWeeks(ctx)
	if err != nil {
		return nil, err
	}
	answers, err := s.store.Answers(ctx)
	if err != nil {
		return nil, err
	}
	prompts, err := s.Prompts(ctx)
	if err != nil {
		return nil, err
	}
	promptText := map[string]string{}
	for _, p := range prompts {
		promptText[p.ID] = strings.ToLower(p.Text)
	}
	query = strings.ToLower(strings.TrimSpace(query))
	byWeek := map[model.Date][]CheckinAnswer{}
	marks := map[model.Date]model.CheckinWeek{}
	for _, w := range weeks {
		marks[w.Week] = w
	}
	for _, a := range answers {
		if !a.ShowTo(readerID, marks[a.Week].Both()) {
			continue
		}
		if query != "" && !strings.Contains(strings.ToLower(a.Text), query) && !strings.Contains(promptText[a.PromptID], query) {
			continue
		}
		byWeek[a.Week] = append(byWeek[a.Week], CheckinAnswer{Answer: a.Answer, Shown: true})
	}
	var out []CheckinHistoryWeek
	for i := len(weeks) - 1; i >= 0; i-- {
		w := weeks[i]
		if query != "" && len(byWeek[w.Week]) == 0 {
			continue
		}
		out = append(out, CheckinHistoryWeek{Week: w.Week, Marks: w, Matches: byWeek[w.Week]})
	}
	return out, nil
}

// AutonomyTrend returns the last n weeks (ending with this one) and whether
// someone's answer to the autonomy prompt voiced a concern in each. Only
// answers this computer may read count; private ones count only for their author.
func (s *Service) AutonomyTrend(ctx context.Context, readerID string, n int) ([]model.AutonomyWeek, error) {
	answers, err := s.store.Answers(ctx)
	if err != nil {
		return nil, err
	}
	weeks, err := s.store.CheckinWeeks(ctx)
	if err != nil {
		return nil, err
	}
	prompts, err := s.Prompts(ctx)
	if err != nil {
		return nil, err
	}
	both := map[model.Date]bool{}
	for _, w := range weeks {
		both[w.Week] = w.Both()
	}
	var visible []model.Answer
	for _, a := range answers {
		if a.ShowTo(readerID, both[a.Week]) {
			visible = append(visible, a.Answer)
		}
	}
	last := s.WeekOf(ctx, s.today())
	return model.AutonomyTrend(visible, prompts, last.AddDays(-7*(n-1)), last), nil
}
