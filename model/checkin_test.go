package model

import (
	"testing"
	"time"
)

func TestAutonomyTrendReadsChoicesNeverWords(t *testing.T) {
	prompts := []Prompt{{ID: "p1"}, {ID: "auto", Kind: PromptAutonomy}}
	w1, w2, w3, w4, w5 := Date{2026, 11, 2}, Date{2026, 11, 9}, Date{2026, 11, 16}, Date{2026, 11, 23}, Date{2026, 11, 30}
	answers := []Answer{
		{Week: w1, PartnerID: "a", PromptID: "auto", Text: "Nein", Felt: FeltNo},
		{Week: w1, PartnerID: "b", PromptID: "auto", Text: "Nothing this week.", Felt: FeltALittle},
		{Week: w2, PartnerID: "a", PromptID: "auto", Text: "a bit", Felt: FeltALittle},
		{Week: w2, PartnerID: "b", PromptID: "auto", Text: "yes, the car", Felt: FeltYes},
		{Week: w3, PartnerID: "a", PromptID: "auto", Text: "Yes — the budget talk"},                    // written before the choice: unknown
		{Week: w3, PartnerID: "b", PromptID: "p1", Text: "my autonomy was compromised", Felt: FeltYes}, // not the autonomy prompt
		{Week: w4, PartnerID: "a", PromptID: "auto", Text: "", Felt: FeltRatherNot},
		{Week: w5, PartnerID: "b", PromptID: "auto", Text: "None at all", Felt: FeltNo},
	}
	got := AutonomyTrend(answers, prompts, w1, w5)
	want := []AutonomyWeek{{w1, FeltALittle}, {w2, FeltYes}, {w3, FeltUnknown}, {w4, FeltUnknown}, {w5, FeltUnknown}}
	if len(got) != len(want) {
		t.Fatalf("got %d weeks, want %d", len(got), len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("week %d = %+v, want %+v", i, got[i], want[i])
		}
	}
	concerns := 0
	for _, w := range got {
		if w.Concern() {
			concerns++
		}
	}
	if concerns != 2 {
		t.Errorf("%d weeks of concern, want 2", concerns)
	}
}

func TestFeltChoices(t *testing.T) {
	for _, f := range FeltChoices {
		if !f.Valid() || f.Label() == "Not chosen" {
			t.Errorf("%q", f)
		}
	}
	if Felt("maybe").Valid() || FeltRatherNot.Concern() || FeltNo.Concern() || FeltUnknown.Concern() || !FeltALittle.Concern() {
		t.Error("choices misread")
	}
	a := Answer{Week: Date{2026, 11, 2}, PartnerID: "a", PromptID: "p", Visibility: VisibleNow, Felt: "maybe"}
	if err := a.Validate(); !IsValidation(err) {
		t.Errorf("an unknown choice validated: %v", err)
	}
}

func TestAnswerHeldBackAndShown(t *testing.T) {
	for _, tc := range []struct {
		vis             Visibility
		both            bool
		held, toPartner bool
	}{
		{VisibleUntilBoth, false, true, false},
		{VisibleUntilBoth, true, false, true},
		{VisibleNow, false, false, true},
		{VisiblePrivate, true, true, false},
	} {
		a := Answer{PartnerID: "a", Visibility: tc.vis}
		if got := a.HeldBack(tc.both); got != tc.held {
			t.Errorf("%s both=%v: held back %v, want %v", tc.vis, tc.both, got, tc.held)
		}
		if got := a.ShowTo("b", tc.both); got != tc.toPartner {
			t.Errorf("%s both=%v: shown to partner %v, want %v", tc.vis, tc.both, got, tc.toPartner)
		}
		if !a.ShowTo("a", tc.both) {
			t.Errorf("%s: the author must always see their answer", tc.vis)
		}
	}
}

func TestBreathPhase(t *testing.T) {
	in, out := 4*time.Second, 6*time.Second
	for _, tc := range []struct {
		elapsed time.Duration
		in      bool
		frac    float64
	}{
		{0, true, 0},
		{2 * time.Second, true, 0.5},
		{4 * time.Second, false, 0},
		{7 * time.Second, false, 0.5},
		{10 * time.Second, true, 0},
		{31 * time.Second, true, 0.25},
	} {
		gotIn, gotFrac := BreathPhase(tc.elapsed, in, out)
		if gotIn != tc.in || gotFrac != tc.frac {
			t.Errorf("BreathPhase(%v) = %v, %v; want %v, %v", tc.elapsed, gotIn, gotFrac, tc.in, tc.frac)
		}
	}
	if in, _ := BreathPhase(time.Second, 0, 0); !in {
		t.Error("a zero cycle must not divide by zero")
	}
}

func TestGauge(t *testing.T) {
	signs := []Sign{
		{ID: "i1", Kind: LeanIndependent}, {ID: "i2", Kind: LeanIndependent},
		{ID: "t1", Kind: LeanTogether}, {ID: "t2", Kind: LeanTogether},
	}
	nov, dec := Date{2026, 11, 1}, Date{2026, 12, 1}
	r := func(m Date, p, s string, score int) Rating {
		return Rating{Month: m, PartnerID: p, SignID: s, Score: score}
	}
	for _, tc := range []struct {
		name    string
		ratings []Rating
		pos     float64
		lean    Lean
		high    bool
		rated   int
	}{
		{"nothing rated", nil, 0, LeanBalanced, false, 0},
		{"all never", []Rating{r(nov, "a", "i1", 0), r(nov, "a", "t1", 0)}, 0, LeanBalanced, false, 2},
		{"leans independent", []Rating{r(nov, "a", "i1", 3), r(nov, "a", "i2", 1), r(nov, "a", "t1", 0)}, -2.0 / 3, LeanIndependent, true, 3},
		{"leans together", []Rating{r(nov, "a", "t1", 2), r(nov, "a", "t2", 1), r(nov, "a", "i1", 0)}, 0.5, LeanTogether, false, 3},
		{"a third of the scale is a lean", []Rating{r(nov, "a", "t1", 1), r(nov, "a", "i1", 0)}, 1.0 / 3, LeanTogether, false, 2},
		{"both sides high", []Rating{r(nov, "a", "t1", 3), r(nov, "a", "i1", 3)}, 0, LeanBalanced, true, 2},
		{"others and other months ignored", []Rating{r(nov, "b", "t1", 3), r(dec, "a", "t1", 3), r(nov, "a", "gone", 3)}, 0, LeanBalanced, false, 0},
	} {
		g := GaugeFor(nov, "a", tc.ratings, signs)
		if d := g.Position() - tc.pos; d > 1e-9 || d < -1e-9 {
			t.Errorf("%s: position %v, want %v", tc.name, g.Position(), tc.pos)
		}
		if g.Lean() != tc.lean || g.High() != tc.high || g.Rated != tc.rated {
			t.Errorf("%s: lean %q high %v rated %d, want %q %v %d", tc.name, g.Lean(), g.High(), g.Rated, tc.lean, tc.high, tc.rated)
		}
	}
}

func TestStaysHighNeedsThreeRatedMonthsRunning(t *testing.T) {
	signs := []Sign{{ID: "t", Kind: LeanTogether}}
	var ratings []Rating
	add := func(m Date, score int) {
		ratings = append(ratings, Rating{Month: m, PartnerID: "a", SignID: "t", Score: score})
	}
	add(Date{2026, 9, 1}, 3)
	add(Date{2026, 10, 1}, 2)
	add(Date{2026, 12, 1}, 3)
	trend := GaugeTrend("a", ratings, signs, Date{2026, 9, 1}, Date{2026, 12, 1})
	if len(trend) != 4 {
		t.Fatalf("trend has %d months, want 4", len(trend))
	}
	if StaysHigh(trend) {
		t.Error("a month without ratings breaks the run")
	}
	add(Date{2026, 11, 1}, 2)
	if !StaysHigh(GaugeTrend("a", ratings, signs, Date{2026, 9, 1}, Date{2026, 12, 1})) {
		t.Error("three high months running should bring up the note")
	}
	if got := GaugeTrend("a", nil, signs, Date{2026, 11, 1}, Date{2027, 2, 1}); len(got) != 4 || got[3].Month != (Date{2027, 2, 1}) {
		t.Errorf("trend across the new year = %+v", got)
	}
	if len(Strategies(LeanIndependent)) < 2 || len(Strategies(LeanTogether)) < 2 || Strategies(LeanBalanced) != nil {
		t.Error("strategies: two or three for each lean, none when balanced")
	}
}
