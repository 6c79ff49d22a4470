package app

import (
	"context"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage"
)

// benchDir holds a data folder with about 10,000 demo goals, made once per
// test binary run.
var (
	benchOnce sync.Once
	benchDir  string
	benchErr  error
)

const benchScale = 334 // × 30 goals ≈ 10,000

func largeDataDir(b *testing.B) string {
	b.Helper()
	benchOnce.Do(func() {
		benchDir, benchErr = os.MkdirTemp("", "venn-bench-*")
		if benchErr != nil {
			return
		}
		var s *Service
		if s, benchErr = Open(context.Background(), benchDir, Options{}); benchErr != nil {
			return
		}
		benchErr = s.Demo(context.Background(), benchScale)
		if err := s.Close(); benchErr == nil {
			benchErr = err
		}
	})
	if benchErr != nil {
		b.Fatal(benchErr)
	}
	return benchDir
}

// BenchmarkOpenAndLoadBoard opens the data folder and loads the board model
// with ~10,000 goals: what happens between double-clicking Venn and the
// board being ready to draw.
func BenchmarkOpenAndLoadBoard(b *testing.B) {
	dir := largeDataDir(b)
	ctx := context.Background()
	for b.Loop() {
		s, err := Open(ctx, dir, Options{})
		if err != nil {
			b.Fatal(err)
		}
		view, err := s.Board(ctx, model.BoardFilter{})
		if err != nil {
			b.Fatal(err)
		}
		if view.Total < benchScale*DemoGoalCount*9/10 {
			b.Fatalf("only %d goals", view.Total)
		}
		s.Close()
	}
}

// BenchmarkLoadBoard is the board model alone on an open database: what a
// refresh after an edit or a merge costs.
func BenchmarkLoadBoard(b *testing.B) {
	dir := largeDataDir(b)
	ctx := context.Background()
	s, err := Open(ctx, dir, Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	for b.Loop() {
		if _, err := s.Board(ctx, model.BoardFilter{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBoardRefilter lays the goals read once out again for a picker
// (a lane, no words) and for a search: what a keystroke or a picker costs
// before anything is drawn. The first shares the laid-out cells; the second
// copies only the goals it keeps.
func BenchmarkBoardRefilter(b *testing.B) {
	dir := largeDataDir(b)
	ctx := context.Background()
	s, err := Open(ctx, dir, Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	view, err := s.Board(ctx, model.BoardFilter{})
	if err != nil {
		b.Fatal(err)
	}
	lane := view.Lanes[0].Owner
	for b.Loop() {
		if v := view.WithFilter(model.BoardFilter{Owner: lane}); v.Shown == 0 {
			b.Fatal("the lane shows nothing")
		}
		if v := view.WithFilter(model.BoardFilter{Search: "marathon"}); v.Shown == 0 {
			b.Fatal("the search finds nothing")
		}
	}
}

// BenchmarkBareSQLRead reads the same rows with a bare query and scan, the
// floor the board load is compared against.
func BenchmarkBareSQLRead(b *testing.B) {
	dir := largeDataDir(b)
	ctx := context.Background()
	s, err := Open(ctx, dir, Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	db := s.Store().DB()
	// The goals, then their steps and labels (rows of their own since
	// schema 8), as the board loads them.
	queries := []string{
		"SELECT id, title, notes, owner, board_column, rank, target_quarter, start_date, due_date, archived, private, created_at FROM goals WHERE deleted = 0",
		"SELECT id, goal_id, text, done, rank FROM goal_steps WHERE deleted = 0",
		"SELECT id, goal_id, label FROM goal_labels WHERE deleted = 0",
	}
	for b.Loop() {
		n := 0
		for _, q := range queries {
			rows, err := db.QueryContext(ctx, q)
			if err != nil {
				b.Fatal(err)
			}
			cols, _ := rows.Columns()
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			for rows.Next() {
				if err := rows.Scan(ptrs...); err != nil {
					b.Fatal(err)
				}
				n++
			}
			rows.Close()
		}
		if n == 0 {
			b.Fatal("no rows")
		}
	}
}

// BenchmarkMoveGoal is one card move (a stamped write of three fields) in a
// column of a 10,000-goal board.
func BenchmarkMoveGoal(b *testing.B) {
	src := largeDataDir(b)
	dir := b.TempDir()
	copyDB(b, src, dir)
	ctx := context.Background()
	s, err := Open(ctx, dir, Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	view, err := s.Board(ctx, model.BoardFilter{})
	if err != nil {
		b.Fatal(err)
	}
	g := view.Lanes[1].Cells[0][0]
	cols := []model.Column{model.ColumnPlanned, model.ColumnIdeas}
	i := 0
	for b.Loop() {
		if _, err := s.MoveGoal(ctx, g.ID, Placement{Owner: g.Owner, Column: cols[i%2], After: ""}); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

func copyDB(b *testing.B, from, to string) {
	b.Helper()
	s, err := Open(context.Background(), from, Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Store().DB().Exec("VACUUM INTO ?", filepath.Join(to, "venn.db")); err != nil {
		b.Fatal(err)
	}
}

// ritualBench makes 50 rituals with three years of daily history each.
func ritualBench(b *testing.B) *Service {
	b.Helper()
	now := time.Date(2026, 11, 22, 12, 0, 0, 0, time.UTC)
	s, err := Open(context.Background(), b.TempDir(), Options{Now: func() time.Time { return now }})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	setUp(b, s)
	start := model.DateOf(now.AddDate(-3, 0, 0))
	rng := rand.New(rand.NewPCG(1, 2))
	periods := []model.Cadence{{Times: 1, Per: model.PerDay}, {Times: 3, Per: model.PerWeek}, {Times: 1, Per: model.PerWeek}, {Times: 1, Per: model.PerMonth}}
	err = s.store.Update(context.Background(), func(tx *storage.Tx) error {
		for i := range 50 {
			r := model.Ritual{ID: storage.NewID(), Title: fmt.Sprintf("Ritual %d", i), Who: model.Shared, Cadence: periods[i%4], Start: start}
			if err := tx.PutRitual(nil, r); err != nil {
				return err
			}
			for d := start; d.Before(model.DateOf(now)); d = model.DateOf(d.Time().AddDate(0, 0, 1)) {
				st := model.Done
				switch x := rng.IntN(10); {
				case x < 3:
					continue
				case x == 3:
					st = model.Skipped
				case x == 4:
					st = model.Paused
				}
				if err := tx.PutEntry(model.RitualEntry{RitualID: r.ID, Day: d, Status: st}, false); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	return s
}

// BenchmarkRitualScreen loads 50 rituals × 3 years of entries and computes
// every score and streak, as the ritual screen does.
func BenchmarkRitualScreen(b *testing.B) {
	s := ritualBench(b)
	ctx := context.Background()
	for b.Loop() {
		v, err := s.Rituals(ctx, RitualFilter{})
		if err != nil || len(v.Rituals) != 50 {
			b.Fatal(err)
		}
	}
}

// BenchmarkRitualScores is the pure computation of the same scores and
// streaks, without the database.
func BenchmarkRitualScores(b *testing.B) {
	s := ritualBench(b)
	ctx := context.Background()
	v, err := s.Rituals(ctx, RitualFilter{})
	if err != nil {
		b.Fatal(err)
	}
	today := v.Today
	for b.Loop() {
		for _, rv := range v.Rituals {
			model.Stats(rv.Ritual, rv.Adaptations, rv.Entries, today, time.Monday)
		}
	}
}

// resourceBench makes 510 goals, each with allocations of all three
// resources and two years of weekly actuals (about 53,000).
func resourceBench(b *testing.B) *Service {
	b.Helper()
	now := time.Date(2026, 11, 22, 12, 0, 0, 0, time.UTC)
	s, err := Open(context.Background(), b.TempDir(), Options{Now: func() time.Time { return now }})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	if err := s.Demo(context.Background(), 17); err != nil {
		b.Fatal(err)
	}
	_, partners, _ := s.Household(context.Background())
	goals, _ := s.store.Goals(context.Background())
	rng := rand.New(rand.NewPCG(3, 4))
	start := model.DateOf(now.AddDate(-2, 0, 0))
	err = s.store.Update(context.Background(), func(tx *storage.Tx) error {
		for _, g := range goals {
			for _, r := range model.Resources {
				if err := tx.PutAllocation(model.Allocation{GoalID: g.ID, Resource: r, Amount: model.Amount(30 + rng.IntN(300)), SplitA: 50}, false); err != nil {
					return err
				}
			}
			for d := start; d.Before(model.DateOf(now)); d = model.DateOf(d.Time().AddDate(0, 0, 7)) {
				a := model.Actual{ID: storage.NewID(), GoalID: g.ID, PartnerID: partners[rng.IntN(2)].ID, Resource: model.Resources[rng.IntN(3)], Amount: model.Amount(10 + rng.IntN(200)), Day: d}
				if err := tx.PutActual(a, false); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	return s
}

// BenchmarkResourcePanel computes the resource panel (balances, goal rows,
// the quarter's weeks) from the database: 510 goals, two years of actuals.
func BenchmarkResourcePanel(b *testing.B) {
	s := resourceBench(b)
	ctx := context.Background()
	for b.Loop() {
		if _, err := s.Resources(ctx, SpanMonth, s.today()); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkResourceNumbers is the panel's arithmetic alone, on loaded data.
func BenchmarkResourceNumbers(b *testing.B) {
	s := resourceBench(b)
	ctx := context.Background()
	_, partners, _ := s.Household(ctx)
	goals, _ := s.store.Goals(ctx)
	caps, _ := s.store.Capacities(ctx)
	allocs, _ := s.store.Allocations(ctx)
	actuals, _ := s.store.Actuals(ctx)
	day := s.today()
	from, to := SpanMonth.Range(day, time.Monday)
	for b.Loop() {
		model.Balances(partners, goals, caps, allocs, actuals, day, from, to, time.Monday)
		goalRows(goals, allocs, actuals, from, to, time.Monday)
		quarterWeeks(goals, allocs, actuals, day, time.Monday)
	}
}

// calendarBenchBlocks is a busy household's calendar: 150 weekly series
// over a year (each on one to three weekdays, some with deleted days) and
// 100 one-off blocks.
func calendarBenchBlocks(partners []model.Partner) []model.Block {
	var out []model.Block
	start := model.Date{Year: 2026, Month: 1, Day: 5}
	kinds := []model.BlockKind{model.KindSolo, model.KindJoint, model.KindFlexible, model.KindBuffer}
	for i := range 150 {
		b := model.Block{ID: fmt.Sprint("s", i), Title: fmt.Sprint("Series ", i), Kind: kinds[i%4],
			Start: model.WallTime{Date: start.AddDays(i % 7), Minute: (6*60 + 30*i) % (22 * 60)}}
		b.End = b.Start.AddMinutes(30 + 30*(i%5))
		if b.Kind == model.KindSolo {
			b.Owner = partners[i%2].ID
		}
		b.Days = []time.Weekday{time.Weekday(i % 7)}
		if i%3 == 0 {
			b.Days = append(b.Days, time.Weekday((i+3)%7))
		}
		for k := range i % 10 {
			b.Skip = append(b.Skip, start.AddDays(7*k+i%7))
		}
		out = append(out, b)
	}
	for i := range 100 {
		d := start.AddDays(i * 3)
		out = append(out, model.Block{ID: fmt.Sprint("o", i), Title: "One-off", Kind: model.KindJoint,
			Start: model.WallTime{Date: d, Minute: 600}, End: model.WallTime{Date: d, Minute: 720}})
	}
	return out
}

// BenchmarkExpandWeek expands a year of recurring blocks for one week and
// lays each day out, as the week view does.
func BenchmarkExpandWeek(b *testing.B) {
	partners := []model.Partner{{ID: "a", Slot: model.SlotA}, {ID: "b", Slot: model.SlotB}}
	blocks := calendarBenchBlocks(partners)
	week := model.Date{Year: 2026, Month: 9, Day: 14}
	b.ReportAllocs()
	for b.Loop() {
		occs := model.Expand(blocks, week, week.AddDays(6), time.Local)
		byDay := make([][]model.Occurrence, 7)
		for _, o := range occs {
			i := int(o.Start.Date.Time().Sub(week.Time()).Hours() / 24)
			if i >= 0 && i < 7 {
				byDay[i] = append(byDay[i], o)
			}
		}
		for _, d := range byDay {
			model.LayoutOverlaps(d)
		}
		model.WeekBalance(occs, week.Time(), week.AddDays(7).Time())
	}
}

// BenchmarkCalendarWeek is the week view's data from SQLite: blocks,
// ritual and goal markers, balance.
func BenchmarkCalendarWeek(b *testing.B) {
	ctx := context.Background()
	s := newService(b)
	if err := s.Demo(ctx, 10); err != nil {
		b.Fatal(err)
	}
	_, partners, _ := s.Household(ctx)
	err := s.store.Update(ctx, func(tx *storage.Tx) error {
		for _, bl := range calendarBenchBlocks(partners) {
			bl.ID = storage.NewID()
			if err := tx.PutBlock(nil, bl); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	week := model.Date{Year: 2026, Month: 9, Day: 14}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := s.Calendar(ctx, week, week.AddDays(6)); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLivingVenn works out the Board's picture of the month: the
// resource panel's numbers and the circles (510 goals, two years of
// actuals).
func BenchmarkLivingVenn(b *testing.B) {
	s := resourceBench(b)
	ctx := context.Background()
	for b.Loop() {
		if _, err := s.LivingVenn(ctx, SpanMonth, s.today(), model.Time, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkClosenessYear loads a month's "Where do we stand?" with its
// year of trends from a household that has rated monthly for ten years.
func BenchmarkClosenessYear(b *testing.B) {
	s := resourceBench(b)
	ctx := context.Background()
	_, partners, _ := s.Household(ctx)
	month := MonthOf(s.today())
	err := s.Update(ctx, func(tx *storage.Tx) error {
		for m := range 120 {
			day := model.DateOf(month.Time().AddDate(0, -m, 0))
			for i, p := range partners {
				c := model.Closeness{ID: tx.ClosenessID(day, p.ID), Month: day, PartnerID: p.ID, Now: 1 + (m+i)%7, Wished: 1 + (m+2*i)%7, Private: m%3 == 0}
				if err := tx.PutCloseness(c); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := s.Closeness(ctx, month, partners[0].ID); err != nil {
			b.Fatal(err)
		}
	}
}

// lockBench is a household whose second partner has 500 private goals,
// 100 private rituals and a year of private check-in answers, with a lock
// of the given scrypt work factor.
func lockBench(b *testing.B, workFactor int) (*Service, string) {
	b.Helper()
	ctx := context.Background()
	s, err := Open(ctx, b.TempDir(), Options{LockWorkFactor: workFactor, Secrets: &fakeKeychain{secrets: map[string]string{}}, Logger: quietLog})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	if err := s.Demo(ctx, 1); err != nil {
		b.Fatal(err)
	}
	_, partners, _ := s.Household(ctx)
	liam := partners[1].ID
	for i := range 500 {
		title := fmt.Sprintf("Private plan %d 🫖", i)
		if _, err := s.CreateGoal(ctx, model.GoalPatch{Title: &title, Owner: model.Ptr(model.Owner(liam)), Private: model.Ptr(true),
			Checklist: &[]model.ChecklistStep{{Text: "first step"}, {Text: "second step"}}}); err != nil {
			b.Fatal(err)
		}
	}
	for i := range 100 {
		if _, err := s.SaveRitual(ctx, model.Ritual{Title: fmt.Sprintf("Quiet hour %d", i), Who: model.Owner(liam), Cadence: model.Cadence{Times: 1, Per: model.PerWeek}, Private: true}); err != nil {
			b.Fatal(err)
		}
	}
	if err := s.SetLock(ctx, liam, "a long enough passphrase"); err != nil {
		b.Fatal(err)
	}
	return s, liam
}

// BenchmarkLockAndUnlock seals and opens about 1,700 private rows (500
// goals with two steps each, 100 rituals, the demo's private items) with
// a cheap scrypt, so the figure is the per-row work.
func BenchmarkLockAndUnlock(b *testing.B) {
	s, liam := lockBench(b, 10)
	ctx := context.Background()
	for b.Loop() {
		if err := s.Lock(ctx, liam); err != nil {
			b.Fatal(err)
		}
		if err := s.Unlock(ctx, liam, "a long enough passphrase"); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkUnlockScrypt is one unlock with Venn's real scrypt work factor
// on an empty space: the price of typing the passphrase.
func BenchmarkUnlockScrypt(b *testing.B) {
	ctx := context.Background()
	s, err := Open(ctx, b.TempDir(), Options{Secrets: &fakeKeychain{secrets: map[string]string{}}, Logger: quietLog})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	a, _ := setUp(b, s)
	if err := s.SetLock(ctx, a.ID, "a long enough passphrase"); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if err := s.Unlock(ctx, a.ID, "a long enough passphrase"); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkEditWithALockedSpace is one goal edit while a partner's space
// is locked: each write also looks for private rows to seal.
func BenchmarkEditWithALockedSpace(b *testing.B) {
	s, liam := lockBench(b, 10)
	ctx := context.Background()
	if err := s.Lock(ctx, liam); err != nil {
		b.Fatal(err)
	}
	benchGoalEdits(b, s)
}

// benchGoalEdits measures renaming one shared goal, again and again.
func benchGoalEdits(b *testing.B, s *Service) {
	ctx := context.Background()
	g, err := s.CreateGoal(ctx, model.GoalPatch{Title: model.Ptr("Shared plan")})
	if err != nil {
		b.Fatal(err)
	}
	i := 0
	for b.Loop() {
		i++
		title := fmt.Sprintf("Shared plan %d", i)
		if _, err := s.UpdateGoal(ctx, g.ID, model.GoalPatch{Title: &title}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkEditWithoutLocks is the same edit in a household without locks.
func BenchmarkEditWithoutLocks(b *testing.B) {
	ctx := context.Background()
	s, err := Open(ctx, b.TempDir(), Options{Secrets: &fakeKeychain{secrets: map[string]string{}}})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	if err := s.Demo(ctx, 1); err != nil {
		b.Fatal(err)
	}
	benchGoalEdits(b, s)
}

// quietLog keeps the service's log lines out of the benchmark figures
// (scripts/bench reads them line by line).
var quietLog = slog.New(slog.DiscardHandler)
