package app

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/vennplanner/venn/model"
)

func TestCheckinOnOneLaptopRevealsWhenBothAnswered(t *testing.T) {
	ctx := context.Background()
	s := newService(t)
	a, b := setUp(t, s)
	prompts, err := s.Prompts(ctx)
	if err != nil || len(prompts) != len(model.DefaultPrompts) {
		t.Fatalf("default prompts: %v %v", prompts, err)
	}
	week := model.Date{Year: 2026, Month: 11, Day: 18} // a Wednesday: the week starts on the 16th
	if err := s.SaveCheckin(ctx, week, a.ID, []AnswerInput{{PromptID: prompts[0].ID, Text: "  The long run  "}}); err != nil {
		t.Fatal(err)
	}
	v, err := s.Checkin(ctx, week, b.ID)
	if err != nil {
		t.Fatal(err)
	}
	if v.Week != (model.Date{Year: 2026, Month: 11, Day: 16}) {
		t.Fatalf("week starts %s, want the Monday", v.Week)
	}
	got, ok := v.Answer(a.ID, prompts[0].ID)
	if !ok || got.Shown {
		t.Fatalf("Łukasz must not see Zoë's answer before answering: %+v", got)
	}
	if own, _ := s.Checkin(ctx, week, a.ID); !own.Answers[a.ID][prompts[0].ID].Shown || own.Answers[a.ID][prompts[0].ID].Text != "The long run" {
		t.Fatal("Zoë must see her own (trimmed) answer")
	}
	if err := s.SaveCheckin(ctx, week, b.ID, []AnswerInput{
		{PromptID: prompts[0].ID, Text: "Band practice"},
		{PromptID: prompts[2].ID, Text: "Yes, a little", Visibility: model.VisiblePrivate, Felt: model.FeltALittle},
	}); err != nil {
		t.Fatal(err)
	}
	v, _ = s.Checkin(ctx, week, b.ID)
	if got, _ := v.Answer(a.ID, prompts[0].ID); !got.Shown {
		t.Fatal("after both answered, Zoë's answer should show")
	}
	v, _ = s.Checkin(ctx, week, a.ID)
	if got, _ := v.Answer(b.ID, prompts[2].ID); got.Shown {
		t.Fatal("a private answer showed to the other partner")
	}
	// The private answer counts for its author's trend only.
	s.now = func() time.Time { return time.Date(2026, 11, 20, 12, 0, 0, 0, time.UTC) }
	trend, err := s.AutonomyTrend(ctx, a.ID, 4)
	if err != nil || len(trend) != 4 || trend[3].Week != v.Week {
		t.Fatalf("trend %+v %v", trend, err)
	}
	if trend[3].Concern() {
		t.Error("Łukasz's private answer leaked into Zoë's trend")
	}
	if trend, _ := s.AutonomyTrend(ctx, b.ID, 4); trend[3].Felt != model.FeltALittle {
		t.Error("Łukasz's own trend should count his answer")
	}
	// History search finds only what the reader may read.
	h, err := s.CheckinHistory(ctx, a.ID, "yes, a little")
	if err != nil || len(h) != 0 {
		t.Fatalf("search found a private answer: %+v", h)
	}
	if h, _ := s.CheckinHistory(ctx, a.ID, "band"); len(h) != 1 || len(h[0].Matches) != 1 {
		t.Fatalf("search for band: %+v", h)
	}
}

func TestCheckinBadInputChangesNothing(t *testing.T) {
	ctx := context.Background()
	s := newService(t)
	a, _ := setUp(t, s)
	prompts, _ := s.Prompts(ctx)
	before := exportString(t, s)
	week := model.Date{Year: 2026, Month: 11, Day: 16}
	for name, try := range map[string]func() error{
		"unknown partner": func() error {
			return s.SaveCheckin(ctx, week, "nobody", []AnswerInput{{PromptID: prompts[0].ID, Text: "x"}})
		},
		"unknown prompt": func() error { return s.SaveCheckin(ctx, week, a.ID, []AnswerInput{{PromptID: "gone", Text: "x"}}) },
		"too long": func() error {
			return s.SaveCheckin(ctx, week, a.ID, []AnswerInput{{PromptID: prompts[0].ID, Text: "ok"}, {PromptID: prompts[1].ID, Text: strings.Repeat("x", model.MaxAnswerLen+1)}})
		},
		"bad visibility": func() error {
			return s.SaveCheckin(ctx, week, a.ID, []AnswerInput{{PromptID: prompts[0].ID, Text: "x", Visibility: "everyone"}})
		},
		"empty prompt": func() error { _, err := s.SavePrompt(ctx, model.Prompt{Text: "   "}); return err },
		"bad score":    func() error { return s.SaveRatings(ctx, week, a.ID, map[string]int{"s": 4}, false) },
		"bad year":     func() error { _, err := s.SaveReview(ctx, model.Review{Year: 1999}); return err },
	} {
		if err := try(); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	if after := exportString(t, s); after != before {
		t.Fatalf("bad input changed the data: %s", firstDiff(before, after))
	}
}

func TestPromptsAddReorderRetire(t *testing.T) {
	ctx := context.Background()
	s := newService(t)
	setUp(t, s)
	p, err := s.SavePrompt(ctx, model.Prompt{Text: "What do you want more of next week?"})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.MovePrompt(ctx, p.ID, -1); err != nil {
		t.Fatal(err)
	}
	prompts, _ := s.Prompts(ctx)
	if len(prompts) != 4 || prompts[2].ID != p.ID {
		t.Fatalf("moved up one place: %v", prompts)
	}
	if err := s.RetirePrompt(ctx, p.ID, true); err != nil {
		t.Fatal(err)
	}
	v, _ := s.Checkin(ctx, model.Date{Year: 2026, Month: 11, Day: 16}, "")
	for _, q := range v.Prompts {
		if q.ID == p.ID {
			t.Fatal("a retired prompt is still asked")
		}
	}
	// Seeding again (a second computer, or a restart) does not double the defaults.
	if err := s.ensureDefaults(ctx); err != nil {
		t.Fatal(err)
	}
	if again, _ := s.Prompts(ctx); len(again) != 4 {
		t.Fatalf("prompts after a second seeding: %d", len(again))
	}
}

func TestBalanceGaugeStrategiesAndTherapistNote(t *testing.T) {
	ctx := context.Background()
	s := newService(t)
	a, b := setUp(t, s)
	signs, _ := s.Signs(ctx)
	together := map[string]int{}
	for _, sg := range signs {
		if sg.Kind == model.LeanTogether {
			together[sg.ID] = 3
		} else {
			together[sg.ID] = 0
		}
	}
	for _, m := range []model.Date{{Year: 2026, Month: 9, Day: 5}, {Year: 2026, Month: 10, Day: 5}, {Year: 2026, Month: 11, Day: 5}} {
		if err := s.SaveRatings(ctx, m, b.ID, together, false); err != nil {
			t.Fatal(err)
		}
	}
	v, err := s.Balance(ctx, model.Date{Year: 2026, Month: 11, Day: 22})
	if err != nil {
		t.Fatal(err)
	}
	if len(v.Signs) != len(model.DefaultSigns) || len(v.Partners) != 2 {
		t.Fatalf("view %+v", v)
	}
	za, lb := v.Partners[0], v.Partners[1]
	if za.Partner.ID != a.ID || za.Gauge.Rated != 0 || model.Strategies(za.Gauge.Lean()) != nil || za.StaysHigh {
		t.Fatalf("Zoë has not rated anything: %+v", za)
	}
	if lb.Gauge.Lean() != model.LeanTogether || len(model.Strategies(lb.Gauge.Lean())) == 0 || !lb.StaysHigh || len(lb.Trend) != BalanceMonths {
		t.Fatalf("Łukasz leans together three months running: %+v", lb)
	}
	if lb.Scores[signs[3].ID] != 3 {
		t.Fatalf("scores of the month: %v", lb.Scores)
	}
}

func TestReviewSavesAndRetiresRituals(t *testing.T) {
	ctx := context.Background()
	s := newService(t)
	a, _ := setUp(t, s)
	r, err := s.SaveRitual(ctx, model.Ritual{Title: "Friday pizza", Who: model.Shared, Cadence: model.Cadence{Times: 1, Per: model.PerWeek}})
	if err != nil {
		t.Fatal(err)
	}
	keep, _ := s.SaveRitual(ctx, model.Ritual{Title: "Sunday walk", Who: model.Owner(a.ID), Cadence: model.Cadence{Times: 1, Per: model.PerWeek}})
	rv := model.Review{Year: 2026, Principles: "Adventure", AnswerA: "Yes", Rituals: []model.ReviewRitual{
		{RitualID: r.ID, Decision: model.DecideRetire, Note: "we never have time on Fridays"},
		{RitualID: keep.ID, Decision: model.DecideKeep},
	}}
	if _, err := s.SaveReview(ctx, rv); err != nil {
		t.Fatal(err)
	}
	v, err := s.Review(ctx, 2026)
	if err != nil || !v.Saved || v.Review.AnswerA != "Yes" || len(v.Review.Rituals) != 2 {
		t.Fatalf("review %+v %v", v, err)
	}
	for _, rit := range v.Rituals {
		if rit.Ritual.ID == r.ID && !rit.Ritual.Archived {
			t.Error("a retired ritual was not archived")
		}
		if rit.Ritual.ID == keep.ID && rit.Ritual.Archived {
			t.Error("a kept ritual was archived")
		}
	}
	// Saving again with a changed answer keeps the rest.
	rv.AnswerB = "Mostly"
	if _, err := s.SaveReview(ctx, rv); err != nil {
		t.Fatal(err)
	}
	if v, _ := s.Review(ctx, 2026); v.Review.AnswerA != "Yes" || v.Review.AnswerB != "Mostly" || v.Review.Rituals[0].Note == "" && v.Review.Rituals[1].Note == "" {
		t.Fatalf("after a second save: %+v", v.Review)
	}
}

// Prompts and signs are one concept: a sign is reordered and retired the
// way a prompt is.
func TestSignsMoveAndRetireLikePrompts(t *testing.T) {
	ctx := context.Background()
	s := newService(t)
	setUp(t, s)
	signs, err := s.Signs(ctx)
	if err != nil || len(signs) < 3 {
		t.Fatalf("signs %d, %v", len(signs), err)
	}
	second := signs[1].ID
	if err := s.MoveSign(ctx, second, -1); err != nil {
		t.Fatal(err)
	}
	if err := s.RetireSign(ctx, second, true); err != nil {
		t.Fatal(err)
	}
	after, _ := s.Signs(ctx)
	if after[0].ID != second || !after[0].Retired {
		t.Errorf("the second sign did not move up and retire: %+v", after[0])
	}
	if _, err := s.SaveSign(ctx, model.Sign{Text: "  ", Kind: model.LeanTogether}); !model.IsValidation(err) {
		t.Errorf("an empty sign was saved: %v", err)
	}
	if _, err := s.SaveSign(ctx, model.Sign{Text: "We never argue any more", Kind: "sideways"}); !model.IsValidation(err) {
		t.Errorf("a sign of an unknown lean was saved: %v", err)
	}
}

func TestAutonomyTrendCountsTheChoiceNotTheWords(t *testing.T) {
	ctx := context.Background()
	s := newService(t)
	a, b := setUp(t, s)
	s.now = func() time.Time { return time.Date(2026, 11, 20, 12, 0, 0, 0, time.UTC) }
	prompts, _ := s.Prompts(ctx)
	autonomy := prompts[2].ID
	if prompts[2].Kind != model.PromptAutonomy {
		t.Fatal("the third default prompt should be the autonomy prompt")
	}
	monday := model.Date{Year: 2026, Month: 11, Day: 16}
	weeks := []struct {
		a, b   AnswerInput
		expect model.Felt
	}{
		// Words that once read as a concern, with the partners' own "No".
		{AnswerInput{PromptID: autonomy, Text: "Nothing this week.", Felt: model.FeltNo}, AnswerInput{PromptID: autonomy, Text: "Nein", Felt: model.FeltNo}, model.FeltUnknown},
		// Words alone (as before the choice existed) are never a concern.
		{AnswerInput{PromptID: autonomy, Text: "Yes — the budget talk"}, AnswerInput{PromptID: autonomy, Text: "Not really, no."}, model.FeltUnknown},
		{AnswerInput{PromptID: autonomy, Text: "", Felt: model.FeltALittle}, AnswerInput{PromptID: autonomy, Felt: model.FeltRatherNot}, model.FeltALittle},
		{AnswerInput{PromptID: autonomy, Text: "nope, all good", Felt: model.FeltYes}, AnswerInput{PromptID: autonomy, Felt: model.FeltALittle}, model.FeltYes},
	}
	for i, w := range weeks {
		week := monday.AddDays(-7 * (len(weeks) - 1 - i))
		for _, in := range []struct {
			who string
			in  AnswerInput
		}{{a.ID, w.a}, {b.ID, w.b}} {
			in.in.Visibility = model.VisibleNow
			if err := s.SaveCheckin(ctx, week, in.who, []AnswerInput{in.in}); err != nil {
				t.Fatal(err)
			}
		}
	}
	trend, err := s.AutonomyTrend(ctx, a.ID, len(weeks))
	if err != nil {
		t.Fatal(err)
	}
	for i, w := range weeks {
		if trend[i].Felt != w.expect {
			t.Errorf("week %d: %q, want %q", i, trend[i].Felt, w.expect)
		}
	}
	// The balance view counts the month's choices per partner.
	bal, err := s.Balance(ctx, monday)
	if err != nil {
		t.Fatal(err)
	}
	if got := bal.Partners[0].Autonomy; got != (AutonomyMonth{Chosen: 2, ALittle: 1, Yes: 1}) {
		t.Errorf("%s's November: %+v", a.Name, got)
	}
	if got := bal.Partners[1].Autonomy; got != (AutonomyMonth{Chosen: 2, ALittle: 1}) {
		t.Errorf("%s's November: %+v", b.Name, got)
	}
	// A choice alone answers the week.
	v, _ := s.Checkin(ctx, monday.AddDays(-7), b.ID)
	if !v.Marks.Both() {
		t.Error("choosing without words did not count as answering")
	}
	if err := s.SaveCheckin(ctx, monday, a.ID, []AnswerInput{{PromptID: autonomy, Felt: "perhaps"}}); !model.IsValidation(err) {
		t.Errorf("an unknown choice was saved: %v", err)
	}
}

// Competence and relatedness are rated with the month's signs: the view
// reads them back and charts them, a private rating never leaves this
// computer, and what the scale does not hold is refused.
func TestNeedsAreRatedMonthlyBesideTheSigns(t *testing.T) {
	s := newService(t)
	ctx := context.Background()
	zoe, lukasz := setUp(t, s)
	month := MonthOf(s.today())
	if err := s.SaveNeeds(ctx, month, zoe.ID, map[model.Need]int{model.NeedCompetence: 3, model.NeedRelatedness: 1}, false); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveNeeds(ctx, month, lukasz.ID, map[model.Need]int{model.NeedRelatedness: 2}, true); err != nil {
		t.Fatal(err)
	}
	v, err := s.Balance(ctx, month)
	if err != nil {
		t.Fatal(err)
	}
	z, l := v.Partners[0], v.Partners[1]
	if z.Needs[model.NeedCompetence] != 3 || z.Needs[model.NeedRelatedness] != 1 || z.Private {
		t.Errorf("Zoë's needs read back as %+v (private %v)", z.Needs, z.Private)
	}
	if _, ok := l.Needs[model.NeedCompetence]; ok || l.Needs[model.NeedRelatedness] != 2 || !l.Private {
		t.Errorf("Łukasz's needs read back as %+v (private %v)", l.Needs, l.Private)
	}
	last := z.NeedsTrend[len(z.NeedsTrend)-1]
	if len(z.NeedsTrend) != BalanceMonths || last.Competence != 1 || last.Month != month {
		t.Errorf("Zoë's trend ends %+v", last)
	}
	fields, err := s.store.SyncedFields(ctx)
	if err != nil {
		t.Fatal(err)
	}
	rows := map[string]bool{}
	for _, f := range fields {
		if f.Table == "need_ratings" {
			rows[f.RowID] = true
		}
	}
	if len(rows) != 2 {
		t.Errorf("%d need ratings would travel, want Zoë's two (Łukasz kept his here)", len(rows))
	}
	for _, bad := range []map[model.Need]int{{model.NeedCompetence: 4}, {"autonomy": 1}} {
		if err := s.SaveNeeds(ctx, month, zoe.ID, bad, false); !model.IsValidation(err) {
			t.Errorf("%v was saved: %v", bad, err)
		}
	}
	if err := s.SaveNeeds(ctx, month, "someone else", map[model.Need]int{model.NeedCompetence: 1}, false); !model.IsValidation(err) {
		t.Errorf("a rating for someone outside the household: %v", err)
	}
}
