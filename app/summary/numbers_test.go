package summary

import (
	"bytes"
	"context"
	"slices"
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

func lineOf(lines []report.ResourceLine, partner, resource string) (report.ResourceLine, bool) {
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
		l, ok := lineOf(lines, "Zoë", "time")
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

// The printed quarter says when a partner spent more than the quarter's
// capacity, in words beside the amount (and in colour on paper).
func TestThePrintedQuarterSaysWhenSpendingWentPastTheCapacity(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2026, 11, 18, 10, 0, 0, 0, time.Local)
	s := openAt(t, now)
	zoe, lukasz := setUp(t, s)
	for _, p := range []model.Partner{zoe, lukasz} {
		if err := s.SetCapacity(ctx, p.ID, model.Money, 700_00, model.Date{Year: 2026, Month: 10, Day: 1}); err != nil {
			t.Fatal(err)
		}
	}
	g := goalOf(t, s, model.Shared, model.ColumnDoing, "Maison à Québec 🏡")
	for _, a := range []model.Actual{
		{PartnerID: zoe.ID, Amount: 2500_00, Day: model.Date{Year: 2026, Month: 11, Day: 3}},
		{PartnerID: lukasz.ID, Amount: 983_50, Day: model.Date{Year: 2026, Month: 11, Day: 3}},
	} {
		a.GoalID, a.Resource = g.ID, model.Money
		if _, err := s.LogActual(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	q4 := model.Quarter{Year: 2026, Q: 4}
	sum, err := newBuilder(s).summary(ctx, Period{Quarter: q4, Year: 2026})
	if err != nil {
		t.Fatal(err)
	}
	// The quarter holds € 2,100 each: Zoë's € 2,500 is € 400 past it, Łukasz's € 983.50 is not.
	z, _ := lineOf(sum.Resources, "Zoë", "money")
	if z.Used != "€ 2,500.00" || z.UsedPast != "€ 400.00" {
		t.Errorf("Zoë's money: %+v", z)
	}
	if l, _ := lineOf(sum.Resources, "Łukasz", "money"); l.UsedPast != "" || l.Used != "€ 983.50" {
		t.Errorf("Łukasz's money: %+v", l)
	}
	var buf bytes.Buffer
	if err := report.WritePDF(&buf, sum, "A4"); err != nil {
		t.Fatal(err)
	}
	if text, _ := pdfText(t, buf.Bytes()); !strings.Contains(text, "€ 400.00 over") {
		t.Errorf("the PDF does not say it:\n%s", text)
	}
}

// movableClock is a service's clock that a test moves on.
type movableClock struct{ now time.Time }

func (c *movableClock) Now() time.Time { return c.now }

func openWith(t testing.TB, c *movableClock) *app.Service {
	t.Helper()
	s, err := app.Open(context.Background(), t.TempDir(), app.Options{Now: c.Now})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// logDone marks a ritual done on every given weekday from..to.
func logDone(t testing.TB, s *app.Service, ritualID string, wd time.Weekday, from, to model.Date) {
	t.Helper()
	for d := from; !to.Before(d); d = d.AddDays(1) {
		if d.Time().Weekday() != wd {
			continue
		}
		if err := s.LogEntry(context.Background(), model.RitualEntry{RitualID: ritualID, Day: d, Status: model.Done}, true); err != nil {
			t.Fatal(err)
		}
	}
}

func keptOf(t testing.TB, s *app.Service, p Period, title string) (int, bool) {
	t.Helper()
	sum, err := newBuilder(s).summary(context.Background(), p)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range sum.Rituals {
		if r.Title == title {
			return int(r.Consistency*100 + 0.5), true
		}
	}
	return 0, false
}

// Each period is judged on its own: a monthly date night kept every week
// until September and never after is 0% kept in the fourth quarter and 75%
// (nine months of twelve) over the year, not 100%. A ritual retired in
// June is still in the summaries of the periods it lived in.
func TestKeptIsJudgedPeriodByPeriodAndRetiredRitualsStayInTheirPast(t *testing.T) {
	ctx := context.Background()
	clock := &movableClock{now: time.Date(2026, 1, 1, 9, 0, 0, 0, time.Local)}
	s := openWith(t, clock)
	setUp(t, s)
	jan1 := model.Date{Year: 2026, Month: 1, Day: 1}
	dateNight, err := s.SaveRitual(ctx, model.Ritual{Title: "Date night 🍷 — soirée en amoureux", Who: model.Shared, Cadence: model.Cadence{Times: 1, Per: model.PerMonth}, Start: jan1})
	if err != nil {
		t.Fatal(err)
	}
	brunch, err := s.SaveRitual(ctx, model.Ritual{Title: "Sunday brunch with 奶奶", Who: model.Shared, Cadence: model.Cadence{Times: 1, Per: model.PerWeek}, Start: jan1})
	if err != nil {
		t.Fatal(err)
	}
	clock.now = time.Date(2026, 6, 30, 20, 0, 0, 0, time.Local)
	logDone(t, s, brunch.ID, time.Sunday, jan1, model.Date{Year: 2026, Month: 6, Day: 28})
	if err := s.ArchiveRitual(ctx, brunch.ID, true); err != nil {
		t.Fatal(err)
	}
	clock.now = time.Date(2027, 1, 5, 9, 0, 0, 0, time.Local)
	logDone(t, s, dateNight.ID, time.Saturday, jan1, model.Date{Year: 2026, Month: 9, Day: 30})

	q := func(n int) Period { return Period{Quarter: model.Quarter{Year: 2026, Q: n}, Year: 2026} }
	for _, c := range []struct {
		p     Period
		title string
		kept  int
		shown bool
	}{
		{q(3), dateNight.Title, 100, true},
		{q(4), dateNight.Title, 0, true},
		{Period{Year: 2026}, dateNight.Title, 75, true},
		{q(2), brunch.Title, 100, true},
		{Period{Year: 2026}, brunch.Title, 100, true},
		{q(3), brunch.Title, 0, false}, // retired before the quarter began
	} {
		kept, shown := keptOf(t, s, c.p, c.title)
		if shown != c.shown || (shown && kept != c.kept) {
			t.Errorf("%s, %q: shown %v, kept %d%%; want shown %v, kept %d%%", c.p, c.title, shown, kept, c.shown, c.kept)
		}
	}
	// The session's look-back on the second quarter has the retired brunch.
	lb, err := LookBackOn(ctx, s, model.Quarter{Year: 2026, Q: 2})
	if err != nil {
		t.Fatal(err)
	}
	var found bool
	for _, rv := range lb.Rituals {
		found = found || rv.Ritual.ID == brunch.ID
	}
	if !found {
		t.Error("the look-back on 2026-Q2 lacks the brunch retired in June")
	}
}

func laneTitles(sum report.Summary) []string {
	var out []string
	for _, l := range sum.Lanes {
		for _, g := range l.Goals {
			out = append(out, g.Title)
		}
	}
	return out
}

// A quarter's summary holds the goals planned, in progress or finished in
// it, not only those given its quarter: nine goals on the board with no
// target quarter are not "no goals".
func TestTheQuarterHoldsTheGoalsActiveInItWithoutATargetQuarter(t *testing.T) {
	ctx := context.Background()
	clock := &movableClock{now: time.Date(2026, 8, 3, 9, 0, 0, 0, time.Local)}
	s := openWith(t, clock)
	zoe, lukasz := setUp(t, s)
	summer := goalOf(t, s, model.Owner(zoe.ID), model.ColumnDoing, "Swim across the lake 🏊‍♀️")
	clock.now = time.Date(2026, 9, 20, 18, 0, 0, 0, time.Local)
	if _, err := s.MoveGoal(ctx, summer.ID, app.Placement{Owner: summer.Owner, Column: model.ColumnDone, After: app.End}); err != nil {
		t.Fatal(err)
	}
	clock.now = time.Date(2026, 11, 18, 10, 0, 0, 0, time.Local)
	var want []string
	for i, c := range []model.Column{model.ColumnDoing, model.ColumnPlanned, model.ColumnDone} {
		for j, o := range []model.Owner{model.Owner(zoe.ID), model.Shared, model.Owner(lukasz.ID)} {
			title := []string{"Nähen lernen", "Réparer le vélo 🚲", "学做饺子"}[j] + " — " + string(c) + " " + string(rune('A'+i))
			goalOf(t, s, o, c, title)
			want = append(want, title)
		}
	}
	goalOf(t, s, model.Shared, model.ColumnIdeas, "Someday: Patagonia")

	q4 := Period{Quarter: model.Quarter{Year: 2026, Q: 4}, Year: 2026}
	sum, err := newBuilder(s).summary(ctx, q4)
	if err != nil {
		t.Fatal(err)
	}
	got := laneTitles(sum)
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("2026-Q4 lacks %q", w)
		}
	}
	if slices.Contains(got, "Someday: Patagonia") || slices.Contains(got, summer.Title) {
		t.Errorf("2026-Q4 holds an unaimed idea or a goal finished in September: %q", got)
	}
	var buf bytes.Buffer
	if err := report.WritePDF(&buf, sum, "A4"); err != nil {
		t.Fatal(err)
	}
	if text, _ := pdfText(t, buf.Bytes()); strings.Contains(text, "No goals were") {
		t.Error("the printed quarter says there were no goals")
	}
	// The goal finished in September belongs to the third quarter: its
	// summary, the year's list of what each quarter finished, and the
	// session's look-back on it.
	q3, err := newBuilder(s).summary(ctx, Period{Quarter: model.Quarter{Year: 2026, Q: 3}, Year: 2026})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(laneTitles(q3), summer.Title) {
		t.Errorf("2026-Q3 lacks the goal finished in it: %q", laneTitles(q3))
	}
	year, err := newBuilder(s).summary(ctx, Period{Year: 2026})
	if err != nil {
		t.Fatal(err)
	}
	if len(year.Quarters) != 4 || !slices.Contains(year.Quarters[2].Done, summer.Title) || len(year.Quarters[3].Done) != 3 {
		t.Errorf("the year's quarters: %+v", year.Quarters)
	}
	lb, err := LookBackOn(ctx, s, model.Quarter{Year: 2026, Q: 3})
	if err != nil {
		t.Fatal(err)
	}
	if len(lb.Done) != 1 || lb.Done[0].ID != summer.ID {
		t.Errorf("the look-back on 2026-Q3 finished %+v", lb.Done)
	}
}
