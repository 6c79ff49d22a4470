package model

import (
	"math"
	"testing"
)

func TestNeedsTrendReadsRatingsAndWeeklyAutonomy(t *testing.T) {
	jan, mar := Date{Year: 2026, Month: 1, Day: 1}, Date{Year: 2026, Month: 3, Day: 1}
	prompts := []Prompt{{ID: "auto", Kind: PromptAutonomy}, {ID: "plain"}}
	ratings := []NeedRating{
		{Month: jan, PartnerID: "zoë", Need: NeedCompetence, Score: 3},
		{Month: jan, PartnerID: "zoë", Need: NeedRelatedness, Score: 1},
		{Month: mar, PartnerID: "zoë", Need: NeedRelatedness, Score: 0},
		{Month: jan, PartnerID: "other", Need: NeedCompetence, Score: 0},
	}
	answers := []Answer{
		{Week: Date{Year: 2026, Month: 1, Day: 5}, PartnerID: "zoë", PromptID: "auto", Felt: FeltNo},
		{Week: Date{Year: 2026, Month: 1, Day: 12}, PartnerID: "zoë", PromptID: "auto", Felt: FeltALittle},
		{Week: Date{Year: 2026, Month: 1, Day: 19}, PartnerID: "zoë", PromptID: "auto", Felt: FeltRatherNot},
		{Week: Date{Year: 2026, Month: 1, Day: 26}, PartnerID: "zoë", PromptID: "plain", Felt: FeltYes},
		{Week: Date{Year: 2026, Month: 2, Day: 2}, PartnerID: "zoë", PromptID: "auto", Felt: FeltYes},
		{Week: Date{Year: 2026, Month: 2, Day: 9}, PartnerID: "other", PromptID: "auto", Felt: FeltNo},
	}
	trend := NeedsTrend("zoë", ratings, answers, prompts, jan, mar)
	if len(trend) != 3 {
		t.Fatalf("%d months, want 3", len(trend))
	}
	want := []struct{ auto, comp, rel float64 }{{0.75, 1, 1.0 / 3}, {0, math.NaN(), math.NaN()}, {math.NaN(), math.NaN(), 0}}
	same := func(a, b float64) bool { return (math.IsNaN(a) && math.IsNaN(b)) || math.Abs(a-b) < 1e-9 }
	for i, w := range want {
		p := trend[i]
		if !same(p.Autonomy, w.auto) || !same(p.Competence, w.comp) || !same(p.Relatedness, w.rel) {
			t.Errorf("%s: %+v, want %+v", p.Month, p, w)
		}
		if !p.Rated() {
			t.Errorf("%s reads as unrated", p.Month)
		}
	}
	if empty := NeedsTrend("nobody", ratings, answers, prompts, jan, jan); empty[0].Rated() {
		t.Errorf("a partner without ratings has a rated month: %+v", empty[0])
	}
}

func TestNeedRatingValidates(t *testing.T) {
	ok := NeedRating{Month: Date{Year: 2026, Month: 4, Day: 1}, PartnerID: "p", Need: NeedRelatedness, Score: 2}
	if err := ok.Validate(); err != nil {
		t.Fatal(err)
	}
	for _, bad := range []NeedRating{
		{Month: Date{Year: 2026, Month: 4, Day: 2}, PartnerID: "p", Need: NeedCompetence},
		{Month: ok.Month, Need: NeedCompetence},
		{Month: ok.Month, PartnerID: "p", Need: "autonomy"},
		{Month: ok.Month, PartnerID: "p", Need: NeedCompetence, Score: 4},
		{Month: ok.Month, PartnerID: "p", Need: NeedCompetence, Score: -1},
	} {
		if err := bad.Validate(); !IsValidation(err) {
			t.Errorf("%+v: %v", bad, err)
		}
	}
}
