package app

import (
	"context"
	"fmt"
	"slices"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage"
)

// BalanceMonths is how many months the balance trend shows.
const BalanceMonths = 12

// PartnerBalance is one partner's self-assessment for the month shown.
type PartnerBalance struct {
	Partner   model.Partner
	Scores    map[string]int // sign id → score, for the month shown
	Private   bool           // this month's ratings stay on this computer
	Gauge     model.Gauge
	Trend     []model.Gauge // the last BalanceMonths months, oldest first
	StaysHigh bool          // three high months running: suggest a therapist
	// Autonomy counts the partner's own choices on the autonomy prompt in
	// the weeks starting in the month, from the answers both may read.
	Autonomy AutonomyMonth
	// Needs are the partner's ratings of competence and relatedness for
	// the month shown (need → 0..3; a need not rated is absent), and
	// NeedsTrend the three needs over the last BalanceMonths months.
	Needs      map[model.Need]int
	NeedsTrend []model.NeedsPoint
}

// AutonomyMonth counts a partner's choices on the autonomy prompt over a
// month: how many weeks they answered with a choice, and how many of those
// said "a little" or "yes". Answers without a choice are not counted.
type AutonomyMonth struct {
	Chosen, ALittle, Yes int
}

// autonomyMonths counts each partner's shared autonomy choices in month.
func autonomyMonths(answers []storage.StoredAnswer, prompts []model.Prompt, month model.Date) map[string]AutonomyMonth {
	autonomy := model.AutonomyPrompts(prompts)
	out := map[string]AutonomyMonth{}
	for _, a := range answers {
		if a.Private || !autonomy[a.PromptID] || a.Felt == model.FeltUnknown || MonthOf(a.Week) != month {
			continue
		}
		m := out[a.PartnerID]
		m.Chosen++
		switch a.Felt {
		case model.FeltALittle:
			m.ALittle++
		case model.FeltYes:
			m.Yes++
		}
		out[a.PartnerID] = m
	}
	return out
}

// BalanceView is the balance screen's data for one month.
type BalanceView struct {
	Month    model.Date
	Signs    []model.Sign // the signs in use, in order
	Partners []PartnerBalance
	// MeasuredSign is the id of the sign Venn also measures from the board
	// ("personal goals are consistently postponed or abandoned"), and Slips
	// what it measured for each partner over the three months to Month's end.
	MeasuredSign string
	Slips        map[string]model.Slips
}

// MonthOf returns the first day of d's month.
func MonthOf(d model.Date) model.Date { return model.Date{Year: d.Year, Month: d.Month, Day: 1} }

// Balance loads the self-assessment of month (any day in it) for both partners.
func (s *Service) Balance(ctx context.Context, month model.Date) (BalanceView, error) {
	month = MonthOf(month)
	_, partners, err := s.Household(ctx)
	if err != nil {
		return BalanceView{}, err
	}
	signs, err := s.Signs(ctx)
	if err != nil {
		return BalanceView{}, err
	}
	ratings, err := s.store.Ratings(ctx)
	if err != nil {
		return BalanceView{}, err
	}
	answers, err := s.store.Answers(ctx)
	if err != nil {
		return BalanceView{}, err
	}
	prompts, err := s.store.Prompts(ctx)
	if err != nil {
		return BalanceView{}, err
	}
	needs, err := s.store.NeedRatings(ctx)
	if err != nil {
		return BalanceView{}, err
	}
	slips, err := s.MeasuredSlips(ctx, month)
	if err != nil {
		return BalanceView{}, err
	}
	v := BalanceView{Month: month, MeasuredSign: storage.DerivedID(signList.prefix, model.MeasuredSign), Slips: slips}
	rated := map[string]bool{}
	for _, r := range ratings {
		if r.Month == month {
			rated[r.SignID] = true
		}
	}
	for _, sg := range signs {
		if !sg.Retired || rated[sg.ID] {
			v.Signs = append(v.Signs, sg)
		}
	}
	in := balanceData{month: month, signs: signs, ratings: ratings, needs: needs, shared: sharedAnswers(answers), prompts: prompts,
		felt: autonomyMonths(answers, prompts, month)}
	for _, p := range partners {
		v.Partners = append(v.Partners, in.partner(p))
	}
	return v, nil
}

// balanceData is what a month's balance reads.
type balanceData struct {
	month   model.Date
	signs   []model.Sign
	ratings []model.Rating
	needs   []model.NeedRating
	shared  []model.Answer // the answers both may read
	prompts []model.Prompt
	felt    map[string]AutonomyMonth
}

// partner is one partner's balance of the month.
func (d balanceData) partner(p model.Partner) PartnerBalance {
	month := d.month
	first := model.DateOf(month.Time().AddDate(0, -(BalanceMonths - 1), 0))
	pb := PartnerBalance{Partner: p, Scores: map[string]int{}, Needs: map[model.Need]int{}, Autonomy: d.felt[p.ID]}
	for _, r := range d.ratings {
		if r.Month == month && r.PartnerID == p.ID {
			pb.Scores[r.SignID] = r.Score
			pb.Private = pb.Private || r.Private
		}
	}
	for _, n := range d.needs {
		if n.Month == month && n.PartnerID == p.ID {
			pb.Needs[n.Need] = n.Score
			pb.Private = pb.Private || n.Private
		}
	}
	pb.NeedsTrend = model.NeedsTrend(p.ID, d.needs, d.shared, d.prompts, first, month)
	pb.Trend = model.GaugeTrend(p.ID, d.ratings, d.signs, first, month)
	pb.Gauge = pb.Trend[len(pb.Trend)-1]
	pb.StaysHigh = model.StaysHigh(pb.Trend)
	return pb
}

// SaveRatings saves a partner's scores for a month (sign id → 0..3); with
// private set they stay on this computer.
func (s *Service) SaveRatings(ctx context.Context, month model.Date, partnerID string, scores map[string]int, private bool) error {
	month = MonthOf(month)
	return s.update(ctx, func(tx *storage.Tx) error {
		partners, err := tx.Partners()
		if err != nil {
			return err
		}
		if !slices.ContainsFunc(partners, func(p model.Partner) bool { return p.ID == partnerID }) {
			return model.Invalid("partner", "ui.model.ratingsWhose")
		}
		ids := make([]string, 0, len(scores))
		for id := range scores {
			ids = append(ids, id)
		}
		slices.Sort(ids)
		for _, signID := range ids {
			r := model.Rating{ID: tx.RatingID(month, partnerID, signID), Month: month, PartnerID: partnerID, SignID: signID, Score: scores[signID], Private: private}
			if err := r.Validate(); err != nil {
				return err
			}
			if err := tx.PutRating(r); err != nil {
				return err
			}
		}
		return nil
	})
}

// sharedAnswers are the answers both partners may read.
func sharedAnswers(answers []storage.StoredAnswer) []model.Answer {
	var out []model.Answer
	for _, a := range answers {
		if !a.Private {
			out = append(out, a.Answer)
		}
	}
	return out
}

// SaveNeeds saves a partner's ratings of the monthly needs for a month
// (need → 0..3, how often they felt it met); with private set they stay on
// this computer, as the month's ratings of the signs do.
func (s *Service) SaveNeeds(ctx context.Context, month model.Date, partnerID string, scores map[model.Need]int, private bool) error {
	month = MonthOf(month)
	return s.update(ctx, func(tx *storage.Tx) error {
		partners, err := tx.Partners()
		if err != nil {
			return err
		}
		if !partnerIn(partners, partnerID) {
			return model.Invalid("partner", "ui.model.ratingsWhose")
		}
		for need := range scores {
			if !need.Valid() {
				return model.Invalid("need", "ui.model.needUnknown", "Need", fmt.Sprintf("%q", need))
			}
		}
		for _, need := range model.MonthlyNeeds {
			score, ok := scores[need]
			if !ok {
				continue
			}
			r := model.NeedRating{ID: tx.NeedRatingID(month, partnerID, need), Month: month, PartnerID: partnerID, Need: need, Score: score, Private: private}
			if err := r.Validate(); err != nil {
				return err
			}
			if err := tx.PutNeedRating(r); err != nil {
				return fmt.Errorf("save need ratings: %w", err)
			}
		}
		return nil
	})
}
