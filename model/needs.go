package model

import "math"

// The three basic needs of each person in a couple: autonomy, competence
// and relatedness. Autonomy is asked weekly (the check-in's autonomy
// prompt); competence and relatedness are rated once a month beside the
// signs of imbalance, on the same 0–3 scale.

// Need is one of the needs rated monthly.
type Need string

// The needs rated monthly.
const (
	NeedCompetence  Need = "competence"
	NeedRelatedness Need = "relatedness"
)

// MonthlyNeeds are the needs rated monthly, in the order asked.
var MonthlyNeeds = []Need{NeedCompetence, NeedRelatedness}

// Valid reports whether n is a need rated monthly.
func (n Need) Valid() bool { return n == NeedCompetence || n == NeedRelatedness }

// Statement is what a partner rates how often they felt.
func (n Need) Statement() string {
	switch n {
	case NeedCompetence:
		return "I felt capable and growing in what matters to me"
	case NeedRelatedness:
		return "I felt close and connected — to you and to people of my own"
	}
	return ""
}

// Title names the need.
func (n Need) Title() string {
	switch n {
	case NeedCompetence:
		return "Competence"
	case NeedRelatedness:
		return "Relatedness"
	}
	return ""
}

// NeedRating is one partner's score for one need in one month: how often
// they felt it met, 0 never – 3 often.
type NeedRating struct {
	ID        string
	Month     Date // first day of the month
	PartnerID string
	Need      Need
	Score     int
	// Private ratings stay on this computer, like the signs' ratings.
	Private bool
}

// Validate checks a need rating.
func (r NeedRating) Validate() error {
	if r.Month.IsZero() || r.Month.Day != 1 {
		return invalid("month", "ui.model.ratingMonth")
	}
	if r.PartnerID == "" {
		return invalid("partner", "ui.model.ratingWhose")
	}
	if !r.Need.Valid() {
		return invalid("need", "ui.model.needUnknown", "Need", quoted(r.Need))
	}
	if r.Score < 0 || r.Score > MaxScore {
		return invalid("score", "ui.model.scoreRange")
	}
	return nil
}

// NeedsPoint is one month of a partner's three needs, each as how far it
// felt met, 0..1, or NaN when the month says nothing of it.
type NeedsPoint struct {
	Month                             Date
	Autonomy, Competence, Relatedness float64
}

// Of returns the point's value for a need ("autonomy" is the weekly one).
func (p NeedsPoint) Of(n Need) float64 {
	switch n {
	case NeedCompetence:
		return p.Competence
	case NeedRelatedness:
		return p.Relatedness
	}
	return p.Autonomy
}

// NeedAutonomy names the weekly need in a trend (NeedsPoint.Of).
const NeedAutonomy Need = "autonomy"

// Rated reports whether any of the three needs has a value.
func (p NeedsPoint) Rated() bool {
	return !math.IsNaN(p.Autonomy) || !math.IsNaN(p.Competence) || !math.IsNaN(p.Relatedness)
}

// autonomyMet is how far a week's autonomy choice says the need was met:
// not compromised 1, a little 0.5, yes 0; no choice (or rather not say)
// says nothing.
func autonomyMet(f Felt) (float64, bool) {
	switch f {
	case FeltNo:
		return 1, true
	case FeltALittle:
		return 0.5, true
	case FeltYes:
		return 0, true
	}
	return 0, false
}

// NeedsTrend returns a partner's three needs month by month from first to
// last (first days of months), oldest first: competence and relatedness
// from their monthly ratings (score / 3), autonomy from their choices on
// the weekly autonomy prompt in the weeks starting in the month (the mean
// of how far each said it was met). Only the ratings and answers passed in
// count: the caller leaves out what the viewer may not see.
func NeedsTrend(partnerID string, ratings []NeedRating, answers []Answer, prompts []Prompt, first, last Date) []NeedsPoint {
	scores := map[Date]map[Need]int{}
	for _, r := range ratings {
		if r.PartnerID != partnerID || !r.Need.Valid() {
			continue
		}
		if scores[r.Month] == nil {
			scores[r.Month] = map[Need]int{}
		}
		scores[r.Month][r.Need] = r.Score
	}
	autonomy := AutonomyPrompts(prompts)
	type sum struct {
		met float64
		n   int
	}
	weeks := map[Date]sum{}
	for _, a := range answers {
		met, ok := autonomyMet(a.Felt)
		if a.PartnerID != partnerID || !autonomy[a.PromptID] || !ok {
			continue
		}
		m := Date{Year: a.Week.Year, Month: a.Week.Month, Day: 1}
		s := weeks[m]
		weeks[m] = sum{s.met + met, s.n + 1}
	}
	var out []NeedsPoint
	for m := first; !last.Before(m); m = DateOf(m.Time().AddDate(0, 1, 0)) {
		p := NeedsPoint{Month: m, Autonomy: math.NaN(), Competence: math.NaN(), Relatedness: math.NaN()}
		if s, ok := scores[m][NeedCompetence]; ok {
			p.Competence = float64(s) / MaxScore
		}
		if s, ok := scores[m][NeedRelatedness]; ok {
			p.Relatedness = float64(s) / MaxScore
		}
		if w := weeks[m]; w.n > 0 {
			p.Autonomy = w.met / float64(w.n)
		}
		out = append(out, p)
	}
	return out
}
