package app

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/vennplanner/venn/app/export"
	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage"
)

// steadyClock is the clock of the service tests: it starts at testNow (a
// Wednesday morning) and ticks with real time, so stamps move forward but
// the day is the same whenever the tests run (never a midnight between
// two reads of the date).
var steadyClock = func() func() time.Time {
	start := time.Now()
	return func() time.Time { return testNow().Add(time.Since(start)) }
}()

func newService(t testing.TB) *Service {
	t.Helper()
	s, err := Open(context.Background(), t.TempDir(), Options{Now: steadyClock, Secrets: &fakeKeychain{secrets: map[string]string{}}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func setUp(t testing.TB, s *Service) (a, b model.Partner) {
	t.Helper()
	err := s.SaveHousehold(context.Background(), HouseholdSetup{
		Name: "Zoë & Łukasz", Currency: "EUR", WeekStart: time.Monday,
		A: PartnerSetup{"Zoë", "#3b82f6"}, B: PartnerSetup{"Łukasz", "#e07a5f"},
	})
	if err != nil {
		t.Fatal(err)
	}
	_, partners, err := s.Household(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return partners[0], partners[1]
}

func TestHouseholdSetupAndEdit(t *testing.T) {
	s := newService(t)
	ctx := context.Background()
	if _, _, err := s.Household(ctx); !errors.Is(err, ErrNoHousehold) {
		t.Fatalf("fresh database: %v, want ErrNoHousehold", err)
	}
	a, _ := setUp(t, s)
	if a.Name != "Zoë" || a.Slot != model.SlotA {
		t.Fatalf("partner A = %+v", a)
	}
	in, _ := s.HouseholdSettings(ctx)
	in.A.Name = "Zoe"
	in.Currency = "usd"
	if err := s.SaveHousehold(ctx, in); err != nil {
		t.Fatal(err)
	}
	h, partners, _ := s.Household(ctx)
	if partners[0].ID != a.ID || partners[0].Name != "Zoe" || h.Currency != "USD" || len(partners) != 2 {
		t.Fatalf("edit made %+v %+v", h, partners)
	}
	bad := in
	bad.B.Name = "  "
	if err := s.SaveHousehold(ctx, bad); !model.IsValidation(err) {
		t.Fatalf("blank partner name: %v", err)
	}
}

func TestCreateGoalValidatesAndChangesNothingOnError(t *testing.T) {
	s := newService(t)
	ctx := context.Background()
	a, _ := setUp(t, s)
	bad := []model.GoalPatch{
		{Title: model.Ptr("   ")},
		{Title: model.Ptr(strings.Repeat("x", 201))},
		{Title: model.Ptr("ok"), Notes: model.Ptr(strings.Repeat("n", 20001))},
		{Title: model.Ptr("ok"), Owner: model.Ptr(model.Owner("someone-else"))},
		{Title: model.Ptr("ok"), Due: &model.Date{Year: 1999, Month: 1, Day: 1}},
	}
	for _, p := range bad {
		if _, err := s.CreateGoal(ctx, p); !model.IsValidation(err) {
			t.Errorf("CreateGoal(%+v) = %v, want a validation error", p, err)
		}
	}
	view, _ := s.Board(ctx, model.BoardFilter{})
	if view.Total != 0 {
		t.Fatalf("refused goals were stored: %d", view.Total)
	}
	g, err := s.CreateGoal(ctx, model.GoalPatch{Title: model.Ptr(" Learn Polish "), Owner: model.Ptr(model.Owner(a.ID))})
	if err != nil {
		t.Fatal(err)
	}
	if g.Title != "Learn Polish" || g.Column != model.ColumnIdeas || g.Rank == "" {
		t.Fatalf("created %+v", g)
	}
}

func cellTitles(v BoardView, lane int, c model.Column) string {
	var out []string
	for _, g := range v.Lanes[lane].Cells[c.Index()] {
		out = append(out, g.Title)
	}
	return strings.Join(out, ",")
}

func TestMoveGoalWithinAndAcrossColumns(t *testing.T) {
	s := newService(t)
	ctx := context.Background()
	setUp(t, s)
	ids := map[string]string{}
	for _, title := range []string{"one", "two", "three"} {
		g, err := s.CreateGoal(ctx, model.GoalPatch{Title: model.Ptr(title)})
		if err != nil {
			t.Fatal(err)
		}
		ids[title] = g.ID
	}
	view, _ := s.Board(ctx, model.BoardFilter{})
	if got := cellTitles(view, 1, model.ColumnIdeas); got != "one,two,three" {
		t.Fatalf("new goals append: %s", got)
	}
	// Move "three" to the top, then "one" after "three".
	if _, err := s.MoveGoal(ctx, ids["three"], Placement{model.Shared, model.ColumnIdeas, ""}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.MoveGoal(ctx, ids["one"], Placement{model.Shared, model.ColumnIdeas, ids["three"]}); err != nil {
		t.Fatal(err)
	}
	view, _ = s.Board(ctx, model.BoardFilter{})
	if got := cellTitles(view, 1, model.ColumnIdeas); got != "three,one,two" {
		t.Fatalf("after reorder: %s", got)
	}
	// Moving a card down past its neighbour: "three" goes after "one".
	if _, err := s.MoveGoal(ctx, ids["three"], Placement{model.Shared, model.ColumnIdeas, ids["one"]}); err != nil {
		t.Fatal(err)
	}
	view, _ = s.Board(ctx, model.BoardFilter{})
	if got := cellTitles(view, 1, model.ColumnIdeas); got != "one,three,two" {
		t.Fatalf("after moving down: %s", got)
	}
	// Across lanes and columns: "two" goes to partner A's Done column.
	a := view.Partners[0]
	if _, err := s.MoveGoal(ctx, ids["two"], Placement{model.Owner(a.ID), model.ColumnDone, End}); err != nil {
		t.Fatal(err)
	}
	view, _ = s.Board(ctx, model.BoardFilter{})
	if cellTitles(view, 0, model.ColumnDone) != "two" || cellTitles(view, 1, model.ColumnIdeas) != "one,three" {
		t.Fatalf("after cross move: A done=%s, shared ideas=%s", cellTitles(view, 0, model.ColumnDone), cellTitles(view, 1, model.ColumnIdeas))
	}
	if _, err := s.MoveGoal(ctx, ids["two"], Placement{"nobody", model.ColumnDone, End}); !model.IsValidation(err) {
		t.Fatalf("move to unknown lane: %v", err)
	}
}

func TestArchiveRestoreDelete(t *testing.T) {
	s := newService(t)
	ctx := context.Background()
	setUp(t, s)
	g, _ := s.CreateGoal(ctx, model.GoalPatch{Title: model.Ptr("Paint the hallway")})
	changes := 0
	cancel := s.OnChange(func() { changes++ })
	defer cancel()
	if err := s.ArchiveGoal(ctx, g.ID, true); err != nil {
		t.Fatal(err)
	}
	active, _ := s.Board(ctx, model.BoardFilter{})
	archive, _ := s.Board(ctx, model.BoardFilter{Archived: true})
	if active.Shown != 0 || archive.Shown != 1 {
		t.Fatalf("archived goal: active shows %d, archive %d", active.Shown, archive.Shown)
	}
	if err := s.ArchiveGoal(ctx, g.ID, false); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteGoal(ctx, g.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Goal(ctx, g.ID); !errors.Is(err, ErrGoalGone) {
		t.Fatalf("deleted goal: %v", err)
	}
	if err := s.DeleteGoal(ctx, g.ID); !errors.Is(err, ErrGoalGone) {
		t.Fatalf("second delete: %v", err)
	}
	if changes != 3 {
		t.Fatalf("%d change notifications, want 3", changes)
	}
}

func TestColumnRenameAndLimit(t *testing.T) {
	s := newService(t)
	ctx := context.Background()
	if err := s.SaveColumns(ctx, model.ColumnSettings{Column: model.ColumnIdeas, Name: "Someday"}, model.ColumnSettings{Column: model.ColumnDoing, Name: "Now", WIPLimit: -1}); !model.IsValidation(err) {
		t.Fatalf("negative limit: %v", err)
	}
	if err := s.SaveColumns(ctx, model.ColumnSettings{Column: model.ColumnDoing, Name: " Now ", WIPLimit: 3}); err != nil {
		t.Fatal(err)
	}
	cols, _ := s.Columns(ctx)
	if cols[0].Name != "Ideas" {
		t.Fatalf("a refused save renamed column 1 to %q", cols[0].Name)
	}
	if cols[2].Name != "Now" || !cols[2].OverLimit(4) || cols[2].OverLimit(3) {
		t.Fatalf("column %+v", cols[2])
	}
}

var exportedAt = regexp.MustCompile(`"exported_at": "[^"]*"`)

func exportString(t *testing.T, s *Service) string {
	t.Helper()
	var buf bytes.Buffer
	if err := s.Export(context.Background(), &buf); err != nil {
		t.Fatal(err)
	}
	return exportedAt.ReplaceAllString(buf.String(), `"exported_at": ""`)
}

func TestExportImportRoundTrip(t *testing.T) {
	src := newService(t)
	ctx := context.Background()
	if err := src.Demo(ctx, 2); err != nil {
		t.Fatal(err)
	}
	src.SaveColumns(ctx, model.ColumnSettings{Column: model.ColumnDoing, Name: "Doing now", WIPLimit: 4})
	first := exportString(t, src)

	dst := newService(t)
	res, err := dst.Import(ctx, strings.NewReader(first))
	if err != nil {
		t.Fatal(err)
	}
	if res.New["goals"] != 2*DemoGoalCount || res.Saved["partners"] != 2 {
		t.Fatalf("import result %+v", res)
	}
	// Venn's own entities' rules read every field of Venn's own export:
	// none is written past them.
	if res.Unread != 0 {
		t.Fatalf("%d fields of the export were written past their entity's rules", res.Unread)
	}
	if second := exportString(t, dst); second != first {
		t.Fatalf("round trip differs:\n%s", firstDiff(first, second))
	}
}

func firstDiff(a, b string) string {
	la, lb := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := range min(len(la), len(lb)) {
		if la[i] != lb[i] {
			return "line " + la[i] + "\n  vs " + lb[i]
		}
	}
	return "lengths differ"
}

func TestImportChangesOnlyPresentFields(t *testing.T) {
	s := newService(t)
	ctx := context.Background()
	setUp(t, s)
	g, _ := s.CreateGoal(ctx, model.GoalPatch{Title: model.Ptr("Old"), Notes: model.Ptr("keep me"), Labels: &[]string{"home"}})
	doc := `{"goals": [{"id": "` + g.ID + `", "title": "New"}]}`
	res, err := s.Import(ctx, strings.NewReader(doc))
	if err != nil || res.Saved["goals"] != 1 || res.New["goals"] != 0 {
		t.Fatalf("import: %+v, %v", res, err)
	}
	got, _ := s.Goal(ctx, g.ID)
	if got.Title != "New" || got.Notes != "keep me" || got.Labels[0] != "home" || got.Rank != g.Rank {
		t.Fatalf("after partial import: %+v", got)
	}
}

func TestImportBadInputChangesNothing(t *testing.T) {
	s := newService(t)
	ctx := context.Background()
	if err := s.Demo(ctx, 1); err != nil {
		t.Fatal(err)
	}
	before := exportString(t, s)
	cases := map[string]string{
		"not json":           `this is not json`,
		"array":              `[1, 2, 3]`,
		"foreign object":     `{"recipes": [{"name": "soup"}]}`,
		"foreign format":     `{"format": "trello", "goals": []}`,
		"newer version":      `{"format": "venn-export", "version": 9, "goals": []}`,
		"title as number":    `{"goals": [{"title": 42}]}`,
		"empty title":        `{"goals": [{"title": "Fine"}, {"title": "   "}]}`,
		"no title":           `{"goals": [{"notes": "orphan"}]}`,
		"long title":         `{"goals": [{"title": "` + strings.Repeat("a", 201) + `"}]}`,
		"unknown owner":      `{"goals": [{"title": "x", "owner": "bob"}]}`,
		"bad date":           `{"goals": [{"title": "x", "due": "31/12/2026"}]}`,
		"date out of range":  `{"goals": [{"title": "x", "due": "2101-01-01"}]}`,
		"trailing data":      `{"goals": []} {"goals": []}`,
		"foreign partner":    `{"partners": [{"id": "zzz", "name": "Eve", "color": "#000000", "slot": "a"}]}`,
		"goal id not a uuid": `{"goals": [{"id": "goal-1", "title": "x"}]}`,
		"ref not a uuid":     `{"milestones": [{"id": "0197b3a2-5c1e-7d4f-9a10-2b3c4d5e6f70", "title": "x", "day": "2026-12-01", "goal_id": "../etc"}]}`,
		"bad utf-8":          "{\"goals\": [{\"title\": \"Caf\xe9\"}]}",
	}
	for name, doc := range cases {
		_, err := s.Import(ctx, strings.NewReader(doc))
		var ie *ImportError
		if !errors.As(err, &ie) {
			t.Errorf("%s: got %v, want an ImportError", name, err)
			continue
		}
		if !strings.Contains(err.Error(), "nothing was changed") {
			t.Errorf("%s: message %q does not reassure", name, err)
		}
	}
	if after := exportString(t, s); after != before {
		t.Fatalf("a refused import changed data:\n%s", firstDiff(before, after))
	}
}

func TestDemoRefusesNonEmptyDatabase(t *testing.T) {
	s := newService(t)
	ctx := context.Background()
	if err := s.Demo(ctx, 1); err != nil {
		t.Fatal(err)
	}
	view, _ := s.Board(ctx, model.BoardFilter{})
	if view.Total != DemoGoalCount || len(view.Labels) < 5 {
		t.Fatalf("demo made %d goals, %d labels", view.Total, len(view.Labels))
	}
	for _, lane := range view.Lanes {
		for i, cell := range lane.Cells {
			if len(cell) == 0 {
				t.Errorf("demo leaves lane %s column %s empty", lane.Owner, model.Columns[i])
			}
		}
	}
	if err := s.Demo(ctx, 1); !errors.Is(err, ErrNotEmpty) {
		t.Fatalf("second demo: %v", err)
	}
}

func FuzzImport(f *testing.F) {
	f.Add(`{"goals": [{"title": "x"}]}`)
	f.Add(`{"format": "venn-export", "version": 1, "household": {"name": "H", "currency": "EUR", "week_start": "monday"}}`)
	f.Add(`{"partners": [{"id": "p", "name": "A", "color": "#112233", "slot": "a"}], "goals": [{"title": "t", "owner": "p", "checklist": [{"text": "s", "done": true}]}]}`)
	f.Add(`{"goals": [{"id": "1", "title": "a", "labels": ["x", "X"], "target_quarter": "2026-Q4", "start": "2026-01-01", "due": "2025-01-01"}]}`)
	s := newService(f)
	f.Fuzz(func(t *testing.T, doc string) {
		before := exportString(t, s)
		_, err := s.Import(context.Background(), strings.NewReader(doc))
		if err != nil {
			if after := exportString(t, s); after != before {
				t.Fatalf("failed import changed data: %v", err)
			}
		}
	})
}

func TestOnlyAGoalsOwnerMayMakeItPrivate(t *testing.T) {
	s := newService(t)
	ctx := context.Background()
	a, b := setUp(t, s)
	mine, _ := s.CreateGoal(ctx, model.GoalPatch{Title: model.Ptr("Sail solo"), Owner: model.Ptr(model.Owner(a.ID))})
	theirs, _ := s.CreateGoal(ctx, model.GoalPatch{Title: model.Ptr("Record the EP"), Owner: model.Ptr(model.Owner(b.ID))})
	ours, _ := s.CreateGoal(ctx, model.GoalPatch{Title: model.Ptr("Paint the hallway")})
	// On one computer nobody belongs to yet, anything may be kept private.
	if _, err := s.UpdateGoal(ctx, theirs.ID, model.GoalPatch{Private: model.Ptr(true)}); err != nil {
		t.Fatalf("with no partner chosen: %v", err)
	}
	if _, err := s.UpdateGoal(ctx, theirs.ID, model.GoalPatch{Private: model.Ptr(false)}); err != nil {
		t.Fatal(err)
	}
	if err := s.SetThisPartner(ctx, a.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := s.UpdateGoal(ctx, mine.ID, model.GoalPatch{Private: model.Ptr(true)}); err != nil {
		t.Fatalf("Zoë making her own goal private: %v", err)
	}
	for _, g := range []model.Goal{theirs, ours} {
		_, err := s.UpdateGoal(ctx, g.ID, model.GoalPatch{Private: model.Ptr(true)})
		if !model.IsValidation(err) {
			t.Errorf("Zoë's computer made %q private: %v", g.Title, err)
		}
		if got, _ := s.Goal(ctx, g.ID); got.Private {
			t.Errorf("%q is private after all", g.Title)
		}
	}
}

func TestImportTakesWhatWindowsToolsWriteAndReportsWhatItDoesNotKnow(t *testing.T) {
	s := newService(t)
	ctx := context.Background()
	setUp(t, s)
	doc := "\xef\xbb\xbf" + `{"format": "venn-export", "version": 1, "colour_scheme": "blue",
		"goals": [{"title": "Café Zoë 🎉", "colour": "red"}],
		"blocks": [{"title": "Pottery", "kind": "joint", "start": "2026-12-05T10:00", "end": "2026-12-05T12:00"}]}`
	res, err := s.Import(ctx, strings.NewReader(doc))
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(res.Unknown) != "[colour_scheme goals[0].colour]" || !strings.Contains(res.String(), "goals[0].colour") {
		t.Errorf("unknown keys reported as %q (%s)", res.Unknown, res)
	}
	v, err := s.Board(ctx, model.BoardFilter{Search: "Café"})
	if err != nil || v.Shown != 1 {
		t.Fatalf("the goal from a file with a byte-order mark: %d shown, %v", v.Shown, err)
	}
	blocks, err := s.store.Blocks(ctx)
	if err != nil || len(blocks) != 1 || blocks[0].Title != "Pottery" || !storage.ValidID(blocks[0].ID) {
		t.Fatalf("a block without an id: %+v, %v", blocks, err)
	}
}

func TestRanksStayShortWhenCardsAreDroppedInTheSamePlace(t *testing.T) {
	ctx := context.Background()
	s := newService(t)
	setUp(t, s)
	var ids []string
	for _, title := range []string{"anchor", "x", "y", "tail"} {
		g, err := s.CreateGoal(ctx, model.GoalPatch{Title: model.Ptr(title)})
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, g.ID)
	}
	// x and y take turns being dropped right after the anchor: each new
	// rank falls between the anchor and the card dropped before it.
	for i := range 1000 {
		moving := ids[1+i%2]
		if _, err := s.MoveGoal(ctx, moving, Placement{model.Shared, model.ColumnIdeas, ids[0]}); err != nil {
			t.Fatal(err)
		}
	}
	b, err := s.Board(ctx, model.BoardFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var cell []model.Goal
	for _, lane := range b.Lanes {
		if lane.Owner == model.Shared {
			cell = lane.Cells[0]
		}
	}
	var order []string
	for _, g := range cell {
		order = append(order, g.Title)
		if len(g.Rank) > 10 { // a thousand such drops would make it 1,001 without renumbering
			t.Errorf("%q has a rank of %d characters", g.Title, len(g.Rank))
		}
	}
	// The last drop was y (i = 999), right after the anchor.
	if want := []string{"anchor", "y", "x", "tail"}; !slices.Equal(order, want) {
		t.Errorf("order %v, want %v", order, want)
	}
}

// The round trip above covers every entity of the registry only if the
// demo holds rows of each: a new entity must come with demo data.
func TestTheDemoExportHoldsEveryEntity(t *testing.T) {
	s := newService(t)
	if err := s.Demo(context.Background(), 1); err != nil {
		t.Fatal(err)
	}
	var doc map[string]json.RawMessage
	if err := json.Unmarshal([]byte(exportString(t, s)), &doc); err != nil {
		t.Fatal(err)
	}
	for _, key := range export.Keys() {
		if raw := string(doc[key]); raw == "" || raw == "null" || raw == "[]" {
			t.Errorf("the demo export has no %s", key)
		}
	}
}

// TestABoardRefilteredIsTheBoardReadForThatFilter: laying the goals read
// once out for each filter gives what reading them for it gives.
func TestABoardRefilteredIsTheBoardReadForThatFilter(t *testing.T) {
	ctx := context.Background()
	s := newService(t)
	if err := s.Demo(ctx, 1); err != nil {
		t.Fatal(err)
	}
	_, partners, err := s.Household(ctx)
	if err != nil {
		t.Fatal(err)
	}
	q, _ := model.ParseQuarter("2027-Q2")
	filters := []model.BoardFilter{
		{}, {Search: "trip"}, {Search: "ITALY"}, {Owner: model.Shared}, {Owner: model.Owner(partners[0].ID), Label: "career"},
		{Archived: true}, {Quarter: q}, {Search: "no such goal anywhere"},
	}
	read, err := s.Board(ctx, model.BoardFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range filters {
		want, err := s.Board(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		if got := read.WithFilter(f); !reflect.DeepEqual(got, want) {
			t.Errorf("filter %+v: refiltered board shows %d of %d, read board %d of %d", f, got.Shown, got.Total, want.Shown, want.Total)
		}
	}
}

// TestTickingOneStepChangesThatStepOnly: a tick from a card's menu or an
// open goal changes that step's mark, nothing else; an unknown step or goal
// is refused with nothing changed.
func TestTickingOneStepChangesThatStepOnly(t *testing.T) {
	ctx := context.Background()
	s := newService(t)
	setUp(t, s)
	title := "Zoë's pottery 🏺 — гончарство"
	g, err := s.CreateGoal(ctx, model.GoalPatch{Title: &title,
		Checklist: &[]model.ChecklistStep{{Text: "Find a wheel"}, {Text: "书 a class"}}})
	if err == nil {
		g, err = s.Goal(ctx, g.ID) // with its steps' ids
	}
	if err != nil {
		t.Fatal(err)
	}
	if err := s.SetStepDone(ctx, g.ID, g.Checklist[1].ID, true); err != nil {
		t.Fatal(err)
	}
	got, err := s.Goal(ctx, g.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Title != title || len(got.Checklist) != 2 || got.Checklist[0].Done || !got.Checklist[1].Done {
		t.Fatalf("after ticking the second step: %q %+v", got.Title, got.Checklist)
	}
	if err := s.SetStepDone(ctx, g.ID, "no-such-step", true); !errors.Is(err, ErrStepGone) || !strings.HasPrefix(UserMessageIn(nil, err), "that step is no longer") {
		t.Errorf("an unknown step: %v", err)
	}
	if err := s.SetStepDone(ctx, "no-such-goal", g.Checklist[0].ID, true); !errors.Is(err, ErrGoalGone) {
		t.Errorf("an unknown goal: %v", err)
	}
	if after, _ := s.Goal(ctx, g.ID); !reflect.DeepEqual(after, got) {
		t.Errorf("refused ticks changed the goal: %+v", after.Checklist)
	}
}
