package app

import (
	"context"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/vennplanner/venn/model"
)

func newRitualService(t *testing.T) (*Service, model.Ritual) {
	t.Helper()
	now := time.Date(2026, 11, 22, 12, 0, 0, 0, time.UTC)
	s, err := Open(context.Background(), t.TempDir(), Options{Now: func() time.Time { return now }})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	setUp(t, s)
	r, err := s.SaveRitual(context.Background(), model.Ritual{Title: "Morning coffee", Who: model.Shared,
		Cadence: model.Cadence{Times: 1, Per: model.PerDay}, Start: model.Date{Year: 2026, Month: 11, Day: 1}})
	if err != nil {
		t.Fatal(err)
	}
	return s, r
}

func TestRitualBadInputChangesNothing(t *testing.T) {
	s, r := newRitualService(t)
	ctx := context.Background()
	d := func(v string) model.Date { x, _ := model.ParseDate(v); return x }
	before := exportString(t, s)
	bad := []error{
		s.LogEntry(ctx, model.RitualEntry{RitualID: r.ID, Day: d("2026-10-31"), Status: model.Done}, false),
		s.LogEntry(ctx, model.RitualEntry{RitualID: r.ID, Day: d("2026-11-23"), Status: model.Done}, false),
		s.LogEntry(ctx, model.RitualEntry{RitualID: r.ID, Day: d("2026-11-20"), Status: "sort of"}, false),
		func() error {
			_, err := s.SaveRitual(ctx, model.Ritual{Title: "x", Who: model.Shared, Cadence: model.Cadence{Times: 0, Per: model.PerWeek}})
			return err
		}(),
		func() error {
			_, err := s.SaveRitual(ctx, model.Ritual{Title: "x", Who: model.Shared, Cadence: model.Cadence{Times: 8, Per: model.PerWeek}})
			return err
		}(),
		func() error {
			_, err := s.SaveRitual(ctx, model.Ritual{Title: "x", Who: "stranger", Cadence: model.Cadence{Times: 1, Per: model.PerWeek}})
			return err
		}(),
		func() error {
			_, err := s.SaveRitual(ctx, model.Ritual{Title: "x", Who: model.Shared, Cadence: model.Cadence{Times: 1, Per: model.PerWeek}, ReminderTime: "25:00"})
			return err
		}(),
		s.Adapt(ctx, r.ID, d("2026-10-01"), model.Cadence{Times: 1, Per: model.PerWeek}, ""),
	}
	for i, err := range bad {
		if !model.IsValidation(err) {
			t.Errorf("case %d: %v, want a validation error", i, err)
		}
	}
	if after := exportString(t, s); after != before {
		t.Fatal("refused input changed data")
	}
	// A duplicate entry for one day.
	if err := s.LogEntry(ctx, model.RitualEntry{RitualID: r.ID, Day: d("2026-11-20"), Status: model.Done}, false); err != nil {
		t.Fatal(err)
	}
	err := s.LogEntry(ctx, model.RitualEntry{RitualID: r.ID, Day: d("2026-11-20"), Status: model.Skipped}, false)
	if !model.IsValidation(err) || !strings.Contains(err.Error(), "already marked done") {
		t.Fatalf("duplicate day: %v", err)
	}
}

func TestPauseKeepsTheScoreAndStreak(t *testing.T) {
	s, r := newRitualService(t)
	ctx := context.Background()
	d := func(v string) model.Date { x, _ := model.ParseDate(v); return x }
	for day := d("2026-11-01"); day.Before(d("2026-11-11")); day = model.DateOf(day.Time().AddDate(0, 0, 1)) {
		if err := s.LogEntry(ctx, model.RitualEntry{RitualID: r.ID, Day: day, Status: model.Done}, false); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := s.Pause(ctx, r.ID, d("2026-11-11"), d("2026-11-22"), "holiday"); err != nil {
		t.Fatal(err)
	}
	view, _ := s.Rituals(ctx, RitualFilter{})
	st := view.Rituals[0].Stats
	ten := st.Scores[9]
	if st.Score != ten || st.CurrentStreak != 10 {
		t.Fatalf("after a pause: score %.4f (was %.4f), streak %d", st.Score, ten, st.CurrentStreak)
	}
}

func TestSharedRitualConfirmations(t *testing.T) {
	s, r := newRitualService(t)
	ctx := context.Background()
	today := model.Date{Year: 2026, Month: 11, Day: 22}
	if err := s.ConfirmPart(ctx, r.ID, today, model.SlotB, true); err != nil {
		t.Fatal(err)
	}
	view, _ := s.Rituals(ctx, RitualFilter{})
	e := view.Rituals[0].Today
	if e == nil || e.Status != model.Done || !e.ConfirmB || e.ConfirmA {
		t.Fatalf("after Liam's tick: %+v", e)
	}
	if err := s.ConfirmPart(ctx, r.ID, today, model.SlotA, true); err != nil {
		t.Fatal(err)
	}
	view, _ = s.Rituals(ctx, RitualFilter{})
	if e := view.Rituals[0].Today; !e.ConfirmA || !e.ConfirmB {
		t.Fatalf("both ticks: %+v", e)
	}
}

func TestRitualsRoundTripThroughExport(t *testing.T) {
	src := newService(t)
	ctx := context.Background()
	if err := src.Demo(ctx, 1); err != nil {
		t.Fatal(err)
	}
	first := exportString(t, src)
	if !strings.Contains(first, `"ritual_entries"`) || !strings.Contains(first, `"status": "paused"`) || !strings.Contains(first, `"ritual_adaptations"`) {
		t.Fatal("the export lacks rituals, pauses or adaptations")
	}
	dst := newService(t)
	if _, err := dst.Import(ctx, strings.NewReader(first)); err != nil {
		t.Fatal(err)
	}
	if second := exportString(t, dst); second != first {
		t.Fatalf("round trip differs:\n%s", firstDiff(first, second))
	}
}

func TestImportRefusesTwoEntriesForOneDay(t *testing.T) {
	s, r := newRitualService(t)
	doc := `{"ritual_entries": [{"ritual_id": "` + r.ID + `", "day": "2026-11-20", "status": "done"},
		{"ritual_id": "` + r.ID + `", "day": "2026-11-20", "status": "skipped"}]}`
	if _, err := s.Import(context.Background(), strings.NewReader(doc)); err == nil || !strings.Contains(err.Error(), "two entries") {
		t.Fatalf("duplicate day on import: %v", err)
	}
}

func TestRitualStrengthWeekByWeek(t *testing.T) {
	today := model.Date{Year: 2026, Month: 11, Day: 18}
	start := today.AddDays(-70)
	r := model.Ritual{ID: "r", Title: "Tea", Who: model.Shared, Cadence: model.Cadence{Times: 1, Per: model.PerDay}, Start: start}
	var entries []model.RitualEntry
	for d := start; !today.Before(d); d = d.AddDays(1) {
		entries = append(entries, model.RitualEntry{RitualID: "r", Day: d, Status: model.Done})
	}
	c := StrengthChart(RitualView{Ritual: r, Entries: entries}, today, model.RGBA("#3b82f6"))
	labels, values := c.Categories, c.Series[0].Values
	if len(labels) != StrengthWeeks || len(values) != StrengthWeeks {
		t.Fatalf("%d labels, %d values", len(labels), len(values))
	}
	// Weeks before the ritual began have no value; kept every day, it grows.
	if !math.IsNaN(values[0]) || !math.IsNaN(values[StrengthWeeks-12]) {
		t.Errorf("values before the start: %v %v", values[0], values[StrengthWeeks-12])
	}
	last, earlier := values[StrengthWeeks-1], values[StrengthWeeks-9]
	if !(last > earlier && earlier > 0 && last <= 100) {
		t.Errorf("strength %.2f then %.2f: it should grow", earlier, last)
	}
	months := 0
	for _, l := range labels {
		if l != "" {
			months++
		}
	}
	if months < 11 || months > 12 || labels[StrengthWeeks-1] != "" && labels[StrengthWeeks-1] != "Nov" {
		t.Errorf("month labels %q", labels)
	}
	// A click on the chart says the week's strength in words.
	if got := c.Describe(StrengthWeeks - 1); !strings.HasPrefix(got, "Week to 18 Nov: ") || !strings.HasSuffix(got, " %") {
		t.Errorf("the last week in words: %q", got)
	}
}
