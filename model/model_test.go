package model

import (
	"slices"
	"strings"
	"testing"
)

var testPartners = []Partner{
	{ID: "pa", Slot: SlotA, Name: "Maya", Color: "#3b82f6"},
	{ID: "pb", Slot: SlotB, Name: "Liam", Color: "#e07a5f"},
}

func TestParseQuarter(t *testing.T) {
	cases := []struct {
		in   string
		want Quarter
		ok   bool
	}{
		{"2026-Q4", Quarter{2026, 4}, true},
		{"2026q1", Quarter{2026, 1}, true},
		{" 2030-Q2 ", Quarter{2030, 2}, true},
		{"", Quarter{}, true},
		{"2026-Q5", Quarter{}, false},
		{"2026-Q0", Quarter{}, false},
		{"26-Q1", Quarter{}, false},
		{"Q1-2026", Quarter{}, false},
		{"2026", Quarter{}, false},
	}
	for _, c := range cases {
		got, err := ParseQuarter(c.in)
		if (err == nil) != c.ok || got != c.want {
			t.Errorf("ParseQuarter(%q) = %v, %v; want %v ok=%v", c.in, got, err, c.want, c.ok)
		}
	}
}

func TestQuarterBounds(t *testing.T) {
	q := Quarter{2026, 4}
	if q.First().String() != "2026-10-01" || q.Last().String() != "2026-12-31" {
		t.Fatalf("Q4 bounds %s..%s", q.First(), q.Last())
	}
	if (Quarter{2024, 1}).Last().String() != "2024-03-31" {
		t.Fatal("Q1 2024 ends on 31 March")
	}
	if q.Next() != (Quarter{2027, 1}) || (Quarter{2027, 1}).Prev() != q {
		t.Fatal("Next/Prev do not wrap the year")
	}
	d, _ := ParseDate("2026-02-14")
	if d.Quarter() != (Quarter{2026, 1}) {
		t.Fatalf("14 Feb is in %v", d.Quarter())
	}
}

func validGoal() Goal {
	return Goal{ID: "g", Title: "Run a half marathon", Owner: "pa", Column: ColumnPlanned, Rank: "i"}
}

func TestGoalValidate(t *testing.T) {
	d := func(s string) Date { v, _ := ParseDate(s); return v }
	cases := []struct {
		name  string
		edit  func(*Goal)
		field string
	}{
		{"valid", func(*Goal) {}, ""},
		{"shared owner", func(g *Goal) { g.Owner = Shared }, ""},
		{"empty title", func(g *Goal) { g.Title = "" }, "title"},
		{"whitespace title", func(g *Goal) { g.Title = " \t\n" }, "title"},
		{"200 chars ok", func(g *Goal) { g.Title = strings.Repeat("é", 200) }, ""},
		{"201 chars", func(g *Goal) { g.Title = strings.Repeat("a", 201) }, "title"},
		{"notes too long", func(g *Goal) { g.Notes = strings.Repeat("n", 20001) }, "notes"},
		{"unknown owner", func(g *Goal) { g.Owner = "stranger" }, "owner"},
		{"unknown column", func(g *Goal) { g.Column = "later" }, "column"},
		{"date before 2000", func(g *Goal) { g.Due = d("1999-12-31") }, "target date"},
		{"date after 2100", func(g *Goal) { g.Start = d("2101-01-01") }, "start date"},
		{"due before start", func(g *Goal) { g.Start, g.Due = d("2026-05-01"), d("2026-04-01") }, "target date"},
		{"quarter out of range", func(g *Goal) { g.TargetQuarter = Quarter{1999, 4} }, "target quarter"},
		{"blank step", func(g *Goal) { g.Checklist = []ChecklistStep{{Text: " "}} }, "checklist"},
		{"bad rank", func(g *Goal) { g.Rank = "A!" }, "rank"},
	}
	for _, c := range cases {
		g := validGoal()
		c.edit(&g)
		err := g.Validate(testPartners)
		if c.field == "" {
			if err != nil {
				t.Errorf("%s: unexpected error %v", c.name, err)
			}
			continue
		}
		ve, ok := err.(*ValidationError)
		if !ok || ve.Field != c.field {
			t.Errorf("%s: got %v, want a validation error on %s", c.name, err, c.field)
		}
	}
}

func TestPatchApplyTrimsAndNormalises(t *testing.T) {
	g := GoalPatch{Title: Ptr("  Learn Spanish  "), Labels: &[]string{"health", " Health", "", "travel"}}.Apply(validGoal())
	if g.Title != "Learn Spanish" {
		t.Errorf("title %q not trimmed", g.Title)
	}
	if strings.Join(g.Labels, ",") != "health,travel" {
		t.Errorf("labels %v not normalised", g.Labels)
	}
	if g.Column != ColumnPlanned {
		t.Error("a patch without Column changed the column")
	}
}

func TestBuildBoard(t *testing.T) {
	q4 := Quarter{2026, 4}
	goals := []Goal{
		{ID: "1", Title: "Shared trip", Owner: Shared, Column: ColumnPlanned, Rank: "m", Labels: []string{"travel"}, TargetQuarter: q4},
		{ID: "2", Title: "Shared budget", Owner: Shared, Column: ColumnPlanned, Rank: "c", Notes: "spreadsheet"},
		{ID: "3", Title: "Maya's marathon", Owner: "pa", Column: ColumnDoing, Rank: "i", Labels: []string{"Health"}},
		{ID: "4", Title: "Liam's band", Owner: "pb", Column: ColumnDone, Rank: "i", Archived: true},
		{ID: "5", Title: "Stray", Owner: "gone", Column: ColumnIdeas, Rank: "i"},
	}
	b := BuildBoard(goals, testPartners, BoardFilter{})
	if len(b.Lanes) != 3 || b.Lanes[0].Owner != "pa" || b.Lanes[1].Owner != Shared || b.Lanes[2].Owner != "pb" {
		t.Fatalf("lanes in wrong order: %+v", b.Lanes)
	}
	planned := b.Lanes[1].Cells[ColumnPlanned.Index()]
	if len(planned) != 2 || planned[0].ID != "2" || planned[1].ID != "1" {
		t.Fatalf("shared planned cell not sorted by rank: %+v", planned)
	}
	if b.Shown != 3 || b.Total != 4 {
		t.Fatalf("shown %d of %d, want 3 of 4 (archived and ownerless goals hidden)", b.Shown, b.Total)
	}
	if b.InColumn[ColumnPlanned.Index()] != 2 || b.InColumn[ColumnDone.Index()] != 0 {
		t.Errorf("column counts %v: want 2 planned and no archived done", b.InColumn)
	}
	if got := BuildBoard(goals, testPartners, BoardFilter{Label: "health"}); got.Shown != 1 || got.InColumn[ColumnPlanned.Index()] != 2 {
		t.Errorf("label filter shows %d goals (want 1) and counts %v (want the unfiltered counts)", got.Shown, got.InColumn)
	}
	if got := BuildBoard(goals, testPartners, BoardFilter{Search: "SPREAD shared"}); got.Shown != 1 {
		t.Errorf("search shows %d goals, want 1", got.Shown)
	}
	if got := BuildBoard(goals, testPartners, BoardFilter{Quarter: q4}); got.Shown != 1 {
		t.Errorf("quarter filter shows %d goals, want 1", got.Shown)
	}
	got := BuildBoard(goals, testPartners, BoardFilter{Owner: "pb", Archived: true})
	if len(got.Lanes) != 1 || got.Shown != 1 || got.Lanes[0].Cells[ColumnDone.Index()][0].ID != "4" {
		t.Errorf("archive of partner B shows %+v", got)
	}
}

// TestANarrowedBoardSharesTheCellsItKeepsWhole: the board a filter without
// words, label or quarter shows is the laid-out board's cells themselves,
// not a copy of the goals; appending to one never writes into the next
// cell; and a filter that keeps some goals copies only those, leaving the
// laid-out board as it was.
func TestANarrowedBoardSharesTheCellsItKeepsWhole(t *testing.T) {
	goals := []Goal{
		{ID: "1", Title: "Shared trip", Owner: Shared, Column: ColumnPlanned, Rank: "m"},
		{ID: "2", Title: "Shared budget", Owner: Shared, Column: ColumnPlanned, Rank: "c"},
		{ID: "3", Title: "Shared garden", Owner: Shared, Column: ColumnDoing, Rank: "c"},
		{ID: "4", Title: "Maya's marathon", Owner: "pa", Column: ColumnDoing, Rank: "i"},
	}
	laidOut := LayOutBoard(goals, testPartners, false)
	whole := laidOut.Narrow(BoardFilter{Owner: Shared})
	if len(whole.Lanes) != 1 || whole.Shown != 3 || whole.Total != 4 {
		t.Fatalf("the shared lane shows %d of %d in %d lanes, want 3 of 4 in 1", whole.Shown, whole.Total, len(whole.Lanes))
	}
	planned, doing := ColumnPlanned.Index(), ColumnDoing.Index()
	cell := whole.Lanes[0].Cells[planned]
	if &cell[0] != &laidOut.Lanes[1].Cells[planned][0] {
		t.Error("a cell kept whole was copied")
	}
	_ = append(cell, Goal{ID: "intruder"})
	if next := laidOut.Lanes[1].Cells[doing]; len(next) != 1 || next[0].ID != "3" {
		t.Errorf("appending to a shared cell wrote into the next one: %+v", next)
	}
	found := laidOut.Narrow(BoardFilter{Search: "trip"})
	if got := found.Lanes[1].Cells[planned]; len(got) != 1 || got[0].ID != "1" || &got[0] == &laidOut.Lanes[1].Cells[planned][1] {
		t.Errorf("a search shows %+v, want a copy of goal 1 alone", got)
	}
	if got := laidOut.Lanes[1].Cells[planned]; len(got) != 2 || got[0].ID != "2" || got[1].ID != "1" {
		t.Errorf("narrowing changed the laid-out cell: %+v", got)
	}
}

func TestInQuarterByDates(t *testing.T) {
	d := func(s string) Date { v, _ := ParseDate(s); return v }
	q := Quarter{2026, 2}
	cases := []struct {
		start, due string
		want       bool
	}{
		{"", "", false},
		{"", "2026-05-01", true},
		{"2026-03-01", "", false},
		{"2026-01-01", "2026-12-31", true},
		{"2026-07-01", "2026-08-01", false},
		{"2026-03-31", "2026-04-01", true},
	}
	for _, c := range cases {
		g := Goal{Start: d(c.start), Due: d(c.due)}
		if got := g.InQuarter(q); got != c.want {
			t.Errorf("InQuarter(%s..%s) = %v, want %v", c.start, c.due, got, c.want)
		}
	}
}

func TestRankAtPlacesCard(t *testing.T) {
	cell := []Goal{{ID: "a", Rank: "c"}, {ID: "b", Rank: "i"}, {ID: "c", Rank: "r"}}
	cases := []struct {
		index  int
		moving string
		lo, hi string
	}{
		{0, "x", "", "c"},
		{1, "x", "c", "i"},
		{3, "x", "r", ""},
		{99, "x", "r", ""},
		{-5, "x", "", "c"},
		{2, "a", "r", ""}, // a leaves its own place: index 2 of [b, c] is the end
	}
	for _, c := range cases {
		r := RankAt(cell, c.index, c.moving)
		if r <= c.lo || (c.hi != "" && r >= c.hi) {
			t.Errorf("RankAt(%d, %s) = %q, want between %q and %q", c.index, c.moving, r, c.lo, c.hi)
		}
	}
}

func TestHouseholdValidation(t *testing.T) {
	a, b := testPartners[0], testPartners[1]
	if err := ValidatePartners(a, b); err != nil {
		t.Fatal(err)
	}
	b.Name = " maya "
	if err := ValidatePartners(a, b); err == nil {
		t.Error("two partners with one name accepted")
	}
	a.Color = "blue"
	if err := a.Validate(); err == nil {
		t.Error("colour name accepted")
	}
	if err := (Household{Currency: "eur", WeekStart: 1}).Validate(); err == nil {
		t.Error("lower-case currency accepted")
	}
	if r, g, bl, err := ParseHexColor("#3b82f6"); err != nil || r != 0x3b || g != 0x82 || bl != 0xf6 {
		t.Errorf("ParseHexColor = %d %d %d %v", r, g, bl, err)
	}
}

func TestQuarterAdd(t *testing.T) {
	q := Quarter{2026, 4}
	cases := map[int]Quarter{0: q, 1: {2027, 1}, 4: {2027, 4}, -1: {2026, 3}, -4: {2025, 4}, -7: {2025, 1}}
	for n, want := range cases {
		if got := q.Add(n); got != want {
			t.Errorf("%v.Add(%d) = %v, want %v", q, n, got, want)
		}
	}
}

func TestLabelColourIsTheChosenOneElseTheSameDefaultEverywhere(t *testing.T) {
	chosen := map[string]string{"travel": "#f4a8b0", "broken": "red"}
	if got := LabelColour("Travel ", chosen); got != "#f4a8b0" {
		t.Errorf("a chosen colour (any case) is %q", got)
	}
	for _, l := range []string{"études", "家", "здоровье", "🏡 home", "broken"} {
		a, b := LabelColour(l, nil), LabelColour(strings.ToUpper(l), chosen)
		if a != b || !slices.Contains(LabelPalette, a) {
			t.Errorf("%q: default %q and %q, want one colour of the palette", l, a, b)
		}
	}
}

func TestDueStatusOfAGoal(t *testing.T) {
	today, _ := ParseDate("2026-11-29")
	cases := []struct {
		due    int // days from today; 999 means no date
		column Column
		want   DueStatus
	}{
		{999, ColumnDoing, DueNone}, {-1, ColumnDoing, DueOverdue}, {0, ColumnIdeas, DueSoon},
		{7, ColumnPlanned, DueSoon}, {8, ColumnPlanned, DueLater}, {-30, ColumnDone, DueDone},
	}
	for _, c := range cases {
		g := Goal{Column: c.column}
		if c.due != 999 {
			g.Due = today.AddDays(c.due)
		}
		if got := DueStatusOf(g, today); got != c.want {
			t.Errorf("due %+d in %s: %v, want %v", c.due, c.column, got, c.want)
		}
	}
}

func TestShortenCutsByCharactersNotBytes(t *testing.T) {
	cases := map[string]string{
		"Zoë": "Zoë",
		"Александр Александрович Пушкин": "Александр Александрович…",
		"王小明王小明王小明王小明王小明王小明王小明王小明王小明":    "王小明王小明王小明王小明王小明王小明王小明王小…",
		"🌸🌸🌸🌸🌸🌸🌸🌸🌸🌸🌸🌸🌸🌸🌸🌸🌸🌸🌸🌸🌸🌸🌸🌸🌸":      "🌸🌸🌸🌸🌸🌸🌸🌸🌸🌸🌸🌸🌸🌸🌸🌸🌸🌸🌸🌸🌸🌸🌸…",
	}
	for in, want := range cases {
		if got := Shorten(in, ShortNameLen); got != want {
			t.Errorf("Shorten(%q) = %q, want %q", in, got, want)
		}
		if n := len([]rune(Shorten(in, ShortNameLen))); n > ShortNameLen {
			t.Errorf("Shorten(%q) has %d characters", in, n)
		}
	}
}
