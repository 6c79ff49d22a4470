package summary

import (
	"bytes"
	"context"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/vennplanner/venn/app"
	"github.com/vennplanner/venn/model"
)

// pdfText extracts a PDF's text with poppler's pdftotext (CI installs it).
func pdfText(t *testing.T, pdf []byte) (text string, pages int) {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Fatal("pdftotext is needed (apt-get install poppler-utils)")
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "s.pdf")
	os.WriteFile(path, pdf, 0o600)
	out, err := exec.Command("pdftotext", "-layout", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	info, err := exec.Command("pdfinfo", path).Output()
	if err != nil {
		t.Fatalf("pdfinfo: %v", err)
	}
	for _, l := range strings.Split(string(info), "\n") {
		if strings.HasPrefix(l, "Pages:") {
			pages, _ = strconv.Atoi(strings.TrimSpace(strings.TrimPrefix(l, "Pages:")))
		}
	}
	return string(out), pages
}

func TestQuarterSummaryHasItsContentAndNoPrivateItems(t *testing.T) {
	ctx := context.Background()
	s := demoAt(t, time.Date(2026, 11, 22, 12, 0, 0, 0, time.UTC))
	if err := s.SaveHousehold(ctx, app.HouseholdSetup{Name: "Zoë & Łukasz", Currency: "EUR", WeekStart: time.Monday,
		A: app.PartnerSetup{Name: "Zoë", Color: "#3b82f6"}, B: app.PartnerSetup{Name: "Łukasz", Color: "#e07a5f"}}); err != nil {
		t.Fatal(err)
	}
	q4 := model.Quarter{Year: 2026, Q: 4}
	if _, err := s.CreateGoal(ctx, model.GoalPatch{Title: model.Ptr("Secret anniversary surprise"), TargetQuarter: &q4, Private: model.Ptr(true)}); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := Write(ctx, s, &buf, Period{Quarter: q4, Year: 2026}, "A4"); err != nil {
		t.Fatal(err)
	}
	text, pages := pdfText(t, buf.Bytes())
	for _, want := range []string{
		"Zoë", "Łukasz", "Zoë & Łukasz · 2026-Q4", "Our quarter: 2026-Q4",
		"Goals", "Run a half marathon", "Save for a house deposit", "Time, money and energy", "Rituals",
		"Morning coffee together", "Band practice", "Calendar balance", "Check-in highlights",
		"solo time", "a week on average", "Liam's knee injury", "We decided: Postpone",
		"Life events and decisions", "Session notes", "Aimed at the next quarter", "Finish the UX certificate",
		"Page 1 of",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the summary lacks %q", want)
		}
	}
	if strings.Contains(text, "Secret anniversary surprise") {
		t.Error("a private goal is in the printable summary")
	}
	// Shared check-ins and the balance are printed; answers still waiting
	// for the partner, and private ones, are not.
	answers, _ := s.Store().Answers(ctx)
	var shown, held int
	for _, a := range answers {
		if a.Text == "" || len(a.Text) > 40 || !q4.Contains(a.Week) {
			continue
		}
		in := strings.Contains(text, a.Text)
		switch {
		case a.Private && in:
			t.Errorf("a held or private check-in answer is printed: %q", a.Text)
		case a.Private:
			held++
		case in:
			shown++
		}
	}
	if shown == 0 || held == 0 || !strings.Contains(text, "leaning together in November") {
		t.Errorf("check-ins: %d shared answers printed, %d held ones checked; balance printed: %v", shown, held, strings.Contains(text, "leaning together"))
	}
	if pages < 2 || buf.Len() > 2<<20 {
		t.Errorf("%d pages, %d bytes", pages, buf.Len())
	}
}

func TestEmptyHouseholdGivesAOnePageSummary(t *testing.T) {
	s := newService(t)
	var buf bytes.Buffer
	if err := Write(context.Background(), s, &buf, Period{Year: 2026}, "Letter"); err != nil {
		t.Fatal(err)
	}
	text, pages := pdfText(t, buf.Bytes())
	if pages != 1 {
		t.Fatalf("an empty household's summary has %d pages", pages)
	}
	for _, want := range []string{"Our year: 2026", "No goals were planned, in progress or finished in this year, and none was aimed at it.", "No rituals yet."} {
		if !strings.Contains(text, want) {
			t.Errorf("the empty summary lacks %q:\n%s", want, text)
		}
	}
}

func TestPeriods(t *testing.T) {
	for _, bad := range []string{"", "2026-Q5", "26", "Q4", "2026-13"} {
		if _, err := ParsePeriod(bad); !model.IsValidation(err) {
			t.Errorf("%q accepted", bad)
		}
	}
	if p, err := ParsePeriod("2026-q4"); err != nil || p.String() != "2026-Q4" {
		t.Errorf("2026-q4: %v %v", p, err)
	}
	if p, err := ParsePeriod("2027"); err != nil || p.String() != "2027" || p.next().String() != "2028" {
		t.Errorf("2027: %v %v", p, err)
	}
}

func TestYearSummaryPrintsTheReviewUnlessPrivate(t *testing.T) {
	ctx := context.Background()
	s := demoAt(t, time.Date(2026, 11, 22, 12, 0, 0, 0, time.UTC))
	year := func() string {
		var buf bytes.Buffer
		if err := Write(ctx, s, &buf, Period{Year: 2025}, "A4"); err != nil {
			t.Fatal(err)
		}
		text, _ := pdfText(t, buf.Bytes())
		return text
	}
	if text := year(); !strings.Contains(text, "protect each other's solo time") || !strings.Contains(text, "Rituals to adapt") {
		t.Fatalf("the 2025 review is not printed:\n%s", text)
	}
	v, _ := s.Review(ctx, 2025)
	v.Review.Private = true
	if _, err := s.SaveReview(ctx, v.Review); err != nil {
		t.Fatal(err)
	}
	if text := year(); strings.Contains(text, "protect each other's solo time") {
		t.Fatal("a private review is printed")
	}
}

func TestCalendarBalanceCountsFromTheFirstWeekInUse(t *testing.T) {
	ctx := context.Background()
	s, err := app.Open(ctx, t.TempDir(), app.Options{Now: func() time.Time { return galleryNow }})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	a, _ := setUp(t, s)
	// A weekly solo evening from Monday 16 Nov: the year had 46 weeks before
	// the calendar was used at all.
	start := model.Date{Year: 2026, Month: 11, Day: 16}
	if _, err := s.SaveBlock(ctx, model.Block{Title: "Pottery", Kind: model.KindSolo, Owner: a.ID,
		Start: model.WallTime{Date: start, Minute: 18 * 60}, End: model.WallTime{Date: start, Minute: 20 * 60},
		Days: []time.Weekday{time.Monday}}); err != nil {
		t.Fatal(err)
	}
	if err := s.SetCalendarTargets(ctx, model.BalanceTargets{SoloEach: 4 * 60, Joint: 6 * 60}); err != nil {
		t.Fatal(err)
	}
	sum, err := newBuilder(s).summary(ctx, Period{Year: 2026})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Calendar == nil {
		t.Fatal("no calendar balance")
	}
	// Weeks of 16, 23, 30 Nov and 7, 14, 21, 28 Dec: all seven fall short
	// of 6 h together; none of the 46 unplanned weeks is counted.
	if !strings.Contains(sum.Calendar.Note, "7 of 7 weeks fell short") || !strings.Contains(sum.Calendar.Note, "week of 16 Nov") {
		t.Errorf("note: %q", sum.Calendar.Note)
	}
	// Two hours a week (a little more: the last week is cut short by the
	// year's end), averaged over the days in use, not over the year.
	if got := sum.Calendar.Lines[0].Text; !strings.HasPrefix(got, "2 h ") {
		t.Errorf("Zoë's solo time: %q, want about 2 h a week", got)
	}
}

func TestYearSummaryChartsTheWholeYear(t *testing.T) {
	weeks := app.PeriodWeeks(nil, nil, nil, model.Date{Year: 2026, Month: 1, Day: 1}, model.Date{Year: 2026, Month: 12, Day: 31}, time.Monday)
	if len(weeks) != 53 {
		t.Fatalf("%d weeks in 2026, want 53", len(weeks))
	}
	if first := weeks[0].Start; first != (model.Date{Year: 2025, Month: 12, Day: 29}) {
		t.Errorf("the first week starts %v, want Monday 29 Dec 2025", first)
	}
	s := demoAt(t, galleryNow)
	sum, err := newBuilder(s).summary(context.Background(), Period{Year: 2026})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Weekly == nil {
		t.Fatal("no weekly chart in the year's summary")
	}
	// The year's chart holds 53 weeks, labelled by month, and its title
	// names the year; the quarter's holds its own weeks.
	q, _ := newBuilder(s).summary(context.Background(), Period{Quarter: q4, Year: 2026})
	if n := len(sum.Weekly.Categories); n != 53 || !strings.Contains(sum.Weekly.Title, "2026") {
		t.Errorf("the year's chart has %d weeks titled %q, want 53 and the year", n, sum.Weekly.Title)
	}
	if q.Weekly == nil || len(q.Weekly.Categories) < 13 || len(q.Weekly.Categories) > 14 {
		t.Error("the quarter's chart does not hold the quarter's weeks")
	}
}

func TestValuesAndContractsArePrintedUnlessPrivate(t *testing.T) {
	ctx := context.Background()
	s := demoAt(t, galleryNow)
	_, partners, _ := s.Household(ctx)
	if _, err := s.SaveValue(ctx, model.Value{Owner: model.Owner(partners[0].ID), Kind: model.ValueCore, Text: "Quiet mornings", Private: true}); err != nil {
		t.Fatal(err)
	}
	secret := mustGoal(t, s, "Secret surprise", model.Owner(partners[0].ID), model.ColumnDoing)
	if _, err := s.UpdateGoal(ctx, secret.ID, model.GoalPatch{Private: model.Ptr(true)}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.SaveContract(ctx, model.Contract{GoalID: secret.ID, Commitment: "Hide the receipts", EveryWeeks: 1}); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := Write(ctx, s, &buf, Period{Quarter: q4, Year: 2026}, "A4"); err != nil {
		t.Fatal(err)
	}
	text, _ := pdfText(t, buf.Bytes())
	flat := strings.Join(strings.Fields(text), " ")
	for _, want := range []string{"What we value", "Growth · Health", "Together Adventure", "Development contracts",
		"Commitment I study Tuesday and Thursday evenings", "Two good weeks; module 4 done."} {
		if !strings.Contains(flat, want) {
			t.Errorf("the summary lacks %q", want)
		}
	}
	for _, hidden := range []string{"Quiet mornings", "Hide the receipts", "Secret surprise"} {
		if strings.Contains(flat, hidden) {
			t.Errorf("private %q is printed", hidden)
		}
	}
}

func TestSummaryDrawsTheVennAndOnlySharedClosenessPictures(t *testing.T) {
	ctx := context.Background()
	s := demoAt(t, time.Date(2026, 11, 22, 12, 0, 0, 0, time.UTC))
	q4 := model.Quarter{Year: 2026, Q: 4}
	sum, err := newBuilder(s).summary(ctx, Period{Quarter: q4, Year: 2026})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Venn == nil || sum.Venn.Shape.Empty() || sum.Venn.Shape.Nested || sum.Venn.Shape.Distance >= sum.Venn.Shape.RadiusA+sum.Venn.Shape.RadiusB {
		t.Fatalf("the cover's Venn should show two overlapping circles: %+v", sum.Venn)
	}
	if !strings.HasPrefix(sum.Venn.Parts[0], "Maya's own · ") || !strings.HasPrefix(sum.Venn.Parts[1], "together · ") {
		t.Errorf("parts %q", sum.Venn.Parts)
	}
	// A private goal with time on it changes the picture on screen, not on paper.
	_, partners, _ := s.Household(ctx)
	g, err := s.CreateGoal(ctx, model.GoalPatch{Title: model.Ptr("Secret anniversary surprise"), Owner: model.Ptr(model.Owner(partners[0].ID)), Private: model.Ptr(true)})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.SetAllocation(ctx, g.ID, model.Time, 600, 0, 0); err != nil {
		t.Fatal(err)
	}
	again, err := newBuilder(s).summary(ctx, Period{Quarter: q4, Year: 2026})
	if err != nil {
		t.Fatal(err)
	}
	if again.Venn.Shape != sum.Venn.Shape {
		t.Errorf("a private goal changed the printed Venn: %+v → %+v", sum.Venn.Shape, again.Venn.Shape)
	}
	// Maya shared November's pictures; Liam keeps November's to himself, so
	// his line is October's.
	if sum.Closeness == nil || len(sum.Closeness.Lines) != 2 || sum.Closeness.Chart == nil {
		t.Fatalf("closeness section %+v", sum.Closeness)
	}
	if got := sum.Closeness.Lines[0].Text; got != "In November: much overlap now, just as wished for." {
		t.Errorf("Maya's line %q", got)
	}
	if got := sum.Closeness.Lines[1].Text; got != "In October: mostly one now, some overlap wished for." {
		t.Errorf("Liam's line %q", got)
	}
	var buf bytes.Buffer
	if err := Write(ctx, s, &buf, Period{Quarter: q4, Year: 2026}, "A4"); err != nil {
		t.Fatal(err)
	}
	text, _ := pdfText(t, buf.Bytes())
	for _, want := range []string{"Maya's own · ", "together · ", "Where do we stand?", "In October: mostly one now"} {
		if !strings.Contains(text, want) {
			t.Errorf("the PDF lacks %q", want)
		}
	}
}

func TestSummaryCountsAutonomyChoicesNotWords(t *testing.T) {
	ctx := context.Background()
	s := openAt(t, time.Date(2026, 11, 20, 12, 0, 0, 0, time.UTC))
	a, b := setUp(t, s)
	prompts, _ := s.Prompts(ctx)
	var autonomy, rewarding string
	for _, p := range prompts {
		if p.Kind == model.PromptAutonomy {
			autonomy = p.ID
		} else if rewarding == "" {
			rewarding = p.ID
		}
	}
	weeks := []struct{ a, b app.AnswerInput }{
		{app.AnswerInput{PromptID: autonomy, Text: "Nein", Felt: model.FeltNo}, app.AnswerInput{PromptID: autonomy, Text: "None at all", Felt: model.FeltNo}},
		{app.AnswerInput{PromptID: autonomy, Text: "Yes, the budget"}, app.AnswerInput{PromptID: rewarding, Text: "The walk"}},
		{app.AnswerInput{PromptID: autonomy, Text: "nope, all good", Felt: model.FeltALittle}, app.AnswerInput{PromptID: autonomy, Felt: model.FeltRatherNot}},
	}
	monday := model.Date{Year: 2026, Month: 11, Day: 16}
	for i, w := range weeks {
		week := monday.AddDays(-7 * i)
		for who, in := range map[string]app.AnswerInput{a.ID: w.a, b.ID: w.b} {
			in.Visibility = model.VisibleNow
			if err := s.SaveCheckin(ctx, week, who, []app.AnswerInput{in}); err != nil {
				t.Fatal(err)
			}
		}
	}
	sum, err := newBuilder(s).summary(ctx, Period{Quarter: model.Quarter{Year: 2026, Q: 4}, Year: 2026})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Checkins == nil {
		t.Fatal("no check-in section")
	}
	for _, want := range []string{"3 weeks of check-ins shared; in 1 of them one of you said you felt your autonomy compromised",
		"1 week from before the No / A little / Yes choice is not counted."} {
		if !strings.Contains(sum.Checkins.Note, want) {
			t.Errorf("the note %q lacks %q", sum.Checkins.Note, want)
		}
	}
}

func TestSummaryPrintsOnlyPrintableAppreciationsAndNoHealthOrJournal(t *testing.T) {
	ctx := context.Background()
	s := demoAt(t, time.Date(2026, 11, 22, 12, 0, 0, 0, time.UTC))
	_, partners, _ := s.Household(ctx)
	maya, liam := partners[0], partners[1]
	if _, err := s.SendAppreciation(ctx, liam.ID, "Thank you for the quiet Sunday — 谢谢", true); err != nil {
		t.Fatal(err)
	}
	if _, err := s.SendAppreciation(ctx, liam.ID, "Only for your eyes: the letter", false); err != nil {
		t.Fatal(err)
	}
	if _, err := s.SaveJournalEntry(ctx, model.JournalEntry{PartnerID: maya.ID, Text: "Dear diary, never print this"}); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := Write(ctx, s, &buf, Period{Quarter: model.Quarter{Year: 2026, Q: 4}, Year: 2026}, "A4"); err != nil {
		t.Fatal(err)
	}
	text, _ := pdfText(t, buf.Bytes())
	flat := strings.Join(strings.Fields(text), " ")
	for _, want := range []string{"Thank you for the quiet Sunday", "Appreciations", "Maya wrote 4, Liam wrote 6", "Worth talking about",
		"Agreements and requests", "Maya's health check-ins are falling"} {
		if !strings.Contains(flat, want) {
			t.Errorf("the summary lacks %q", want)
		}
	}
	for _, secret := range []string{"Only for your eyes", "Dear diary", "Cold. Stayed in.", "Tired. Need a slow weekend.", "Sleeping badly"} {
		if strings.Contains(flat, secret) {
			t.Errorf("the summary prints %q", secret)
		}
	}
}

// The needs print with their chart as each partner shared them: a rating
// kept on its computer is not on paper, nor in the chart.
func TestTheNeedsPrintAsShared(t *testing.T) {
	ctx := context.Background()
	s := newService(t)
	zoe, lukasz := setUp(t, s)
	q := model.DateOf(summaryNow).Quarter()
	month := app.MonthOf(model.DateOf(summaryNow))
	if err := s.SaveNeeds(ctx, month, zoe.ID, map[model.Need]int{model.NeedCompetence: 3, model.NeedRelatedness: 2}, false); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveNeeds(ctx, month, lukasz.ID, map[model.Need]int{model.NeedCompetence: 0, model.NeedRelatedness: 0}, true); err != nil {
		t.Fatal(err)
	}
	sum, err := newBuilder(s).summary(ctx, Period{Quarter: q, Year: q.Year})
	if err != nil {
		t.Fatal(err)
	}
	sec := sum.Needs
	if sec == nil || len(sec.Lines) != 1 || sec.Chart == nil {
		t.Fatalf("needs section %+v, want Zoë's line and the chart", sec)
	}
	if want := "competence often, relatedness sometimes"; sec.Lines[0].Lead != zoe.Name || !strings.Contains(sec.Lines[0].Text, want) {
		t.Errorf("Zoë's line %+v, want %q", sec.Lines[0], want)
	}
	for _, ser := range sec.Chart.Series {
		if strings.HasPrefix(ser.Name, lukasz.Name) {
			for _, v := range ser.Values {
				if !math.IsNaN(v) {
					t.Errorf("%s charts %v: Łukasz kept his needs on his computer", ser.Name, ser.Values)
				}
			}
		}
	}
}
