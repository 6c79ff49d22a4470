package summary

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/vennplanner/venn/app"
	"github.com/vennplanner/venn/model"
)

// summaryFlat prints the quarter's summary and returns its words on one line.
func summaryFlat(t *testing.T, s *app.Service) string {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(context.Background(), s, &buf, Period{Quarter: q4, Year: 2026}, "A4"); err != nil {
		t.Fatal(err)
	}
	text, _ := pdfText(t, buf.Bytes())
	return strings.Join(strings.Fields(text), " ")
}

func TestTheSummaryShowsWhoDoesTheStepsOfASharedGoal(t *testing.T) {
	s := newService(t)
	a, b := setUp(t, s)
	mustGoal(t, s, "Renovate the kitchen", model.Shared, model.ColumnDoing,
		model.ChecklistStep{Text: "Tiles", Doer: model.Owner(a.ID)},
		model.ChecklistStep{Text: "Paint", Doer: model.Owner(a.ID)},
		model.ChecklistStep{Text: "Lights", Doer: model.Owner(a.ID)},
		model.ChecklistStep{Text: "Sink", Doer: model.Owner(b.ID)},
		model.ChecklistStep{Text: "Floor", Doer: model.Owner(b.ID)},
		model.ChecklistStep{Text: "Choose colours", Doer: model.Shared})
	mustGoal(t, s, "Run a marathon", model.Owner(b.ID), model.ColumnDoing, model.ChecklistStep{Text: "Shoes"})
	flat := summaryFlat(t, s)
	if want := "Zoë 3 steps, Łukasz 2, both 1"; !strings.Contains(flat, want) {
		t.Errorf("the summary lacks %q:\n%s", want, flat)
	}
	if strings.Count(flat, "steps,") != 1 {
		t.Error("a goal whose steps name nobody shows a split")
	}
}

func TestTheSummaryPrintsDecisionsAgainstValuesButNoPrivateValue(t *testing.T) {
	ctx := context.Background()
	s := newService(t)
	a, _ := setUp(t, s)
	shared, err := s.SaveValue(ctx, model.Value{Owner: model.Shared, Kind: model.ValueCore, Text: "Adventure"})
	if err != nil {
		t.Fatal(err)
	}
	family, err := s.SaveValue(ctx, model.Value{Owner: model.Owner(a.ID), Kind: model.ValueCore, Text: "Famille d'abord"})
	if err != nil {
		t.Fatal(err)
	}
	private, err := s.SaveValue(ctx, model.Value{Owner: model.Owner(a.ID), Kind: model.ValueCore, Text: "Quiet mornings", Private: true})
	if err != nil {
		t.Fatal(err)
	}
	e, err := s.LogLifeEvent(ctx, model.LifeEvent{Kind: model.EventMove, Title: "Move to Porto", Day: model.Date{Year: 2026, Month: 11, Day: 2}}, model.Decision{})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.SaveDecisionChecks(ctx, app.DecisionRef{EventID: e.ID}, map[string]model.Verdict{
		shared.ID: model.VerdictServes, family.ID: model.VerdictStrains, private.ID: model.VerdictStrains}); err != nil {
		t.Fatal(err)
	}
	x, _, err := s.Session(ctx, q4)
	if err != nil {
		t.Fatal(err)
	}
	x.Decisions = "Both work four days a week"
	if x, err = s.SaveSession(ctx, x); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveDecisionChecks(ctx, app.DecisionRef{SessionID: x.ID}, map[string]model.Verdict{family.ID: model.VerdictServes}); err != nil {
		t.Fatal(err)
	}
	flat := summaryFlat(t, s)
	for _, want := range []string{"Against our values: Serves Adventure · strains Famille d'abord.", "against our values Serves Famille d'abord."} {
		if !strings.Contains(flat, want) {
			t.Errorf("the summary lacks %q:\n%s", want, flat)
		}
	}
	if strings.Contains(flat, "Quiet mornings") {
		t.Error("a private value is printed through a decision's check")
	}
}

// The summary prints how present time together felt, beside the hours,
// from the occasions both rated: a rating held until the other rated is
// not counted, nor is its word printed.
func TestTheSummaryPrintsPresenceFromWhatBothRated(t *testing.T) {
	ctx := context.Background()
	s := newService(t)
	a, b := setUp(t, s)
	r, err := s.SaveRitual(ctx, model.Ritual{Title: "Walk by the river", Who: model.Shared,
		Cadence: model.Cadence{Times: 1, Per: model.PerWeek}, Start: model.Date{Year: 2026, Month: 10, Day: 1}})
	if err != nil {
		t.Fatal(err)
	}
	rate := func(day model.Date, p model.Partner, n int) {
		t.Helper()
		if err := s.RatePresence(ctx, model.Occasion{Kind: model.OccasionRitual, RefID: r.ID, Day: day}, p.ID, n); err != nil {
			t.Fatal(err)
		}
	}
	oct, nov, held := model.Date{Year: 2026, Month: 10, Day: 14}, model.Date{Year: 2026, Month: 11, Day: 4}, model.Date{Year: 2026, Month: 11, Day: 11}
	rate(oct, a, 2)
	rate(oct, b, 3)
	rate(nov, a, 4)
	rate(nov, b, 3)
	rate(held, a, 1) // Łukasz has not rated: it stays out
	flat := summaryFlat(t, s)
	for _, want := range []string{"How present time together felt", "Zoë 4.0 of 4 in November (Really together), up from 2.0", "Łukasz 3.0 of 4 in November (Present), steady"} {
		if !strings.Contains(flat, want) {
			t.Errorf("the summary lacks %q:\n%s", want, flat)
		}
	}
}
