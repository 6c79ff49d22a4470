package summary

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/vennplanner/venn/app"
	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/report"
)

// goalOf makes a goal of owner's in a column.
func goalOf(t testing.TB, s *app.Service, owner model.Owner, column model.Column, title string) model.Goal {
	t.Helper()
	g, err := s.CreateGoal(context.Background(), model.GoalPatch{Title: &title, Owner: &owner, Column: &column})
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func resourceLine(lines []report.ResourceLine, partner, resource string) (report.ResourceLine, bool) {
	for _, l := range lines {
		if l.Partner == partner && l.Resource == resource {
			return l, true
		}
	}
	return report.ResourceLine{}, false
}

// A capacity set on a Sunday is the whole week's: the session's look-back
// (step 1), the printed quarter and the next quarter's resources (step 6)
// all say 12 h, and none says "over".
func TestTheLookBackAndThePrintedQuarterTakeACapacityForTheWholeWeek(t *testing.T) {
	ctx := context.Background()
	sunday := time.Date(2026, 11, 22, 20, 0, 0, 0, time.Local)
	s := openAt(t, sunday)
	zoe, _ := setUp(t, s)
	today := model.DateOf(sunday)
	if err := s.SetCapacity(ctx, zoe.ID, model.Time, 12*60, today); err != nil {
		t.Fatal(err)
	}
	g := goalOf(t, s, model.Owner(zoe.ID), model.ColumnDoing, "Écrire un roman — ✍️ chapter by chapter")
	if err := s.SetAllocation(ctx, g.ID, model.Time, 5*60, 50, 50); err != nil {
		t.Fatal(err)
	}
	q4 := model.Quarter{Year: 2026, Q: 4}
	lb, err := LookBackOn(ctx, s, q4)
	if err != nil {
		t.Fatal(err)
	}
	sum, err := newBuilder(s).summary(ctx, Period{Quarter: q4, Year: 2026})
	if err != nil {
		t.Fatal(err)
	}
	for name, lines := range map[string][]report.ResourceLine{"look-back": lb.Resources, "printed": sum.Resources} {
		l, ok := resourceLine(lines, "Zoë", "time")
		if !ok || l.Capacity != "12 h a week" || l.Allocated != "5 h a week" || l.Free != "7 h a week" || l.Over {
			t.Errorf("%s: Zoë's time %+v; want 12 h with 7 h free", name, l)
		}
	}
	var buf bytes.Buffer
	if err := report.WritePDF(&buf, sum, "A4"); err != nil {
		t.Fatal(err)
	}
	text, _ := pdfText(t, buf.Bytes())
	if strings.Contains(text, "over by") || !strings.Contains(text, "12 h a week") {
		t.Errorf("the printed quarter's resources:\n%s", text)
	}
}
