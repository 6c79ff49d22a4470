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
