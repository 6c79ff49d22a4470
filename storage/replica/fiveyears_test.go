package replica_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/vennplanner/venn/app"
	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage"
	"github.com/vennplanner/venn/storage/replica"
)

// fiveYears writes five years of a busy household, a little busier than
// the demo's year: 8 rituals kept on most days (some days logged and then
// cleared), 80 new goals a year with steps and labels (a third deleted by
// the year's end), time and money logged most days, weekly check-ins,
// monthly self-assessments. It returns the number of rows deleted.
func fiveYears(b *testing.B, s *app.Service, start model.Date) int {
	ctx := context.Background()
	if err := s.SaveHousehold(ctx, app.HouseholdSetup{Name: "Maya & Liam", Currency: "EUR", WeekStart: time.Monday,
		A: app.PartnerSetup{Name: "Maya", Color: "#3b82f6"}, B: app.PartnerSetup{Name: "Liam", Color: "#e07a5f"}}); err != nil {
		b.Fatal(err)
	}
	_, partners, _ := s.Household(ctx)
	prompts, _ := s.Prompts(ctx)
	signs, _ := s.Signs(ctx)
	var rituals []model.Ritual
	for i := range 8 {
		r, err := s.SaveRitual(ctx, model.Ritual{Title: fmt.Sprintf("Ritual %d", i), Who: model.Shared,
			Cadence: model.Cadence{Times: 1, Per: model.PerDay}, Start: start})
		if err != nil {
			b.Fatal(err)
		}
		rituals = append(rituals, r)
	}
	rng := rand.New(rand.NewPCG(5, 5))
	deleted := 0
	for year := range 5 {
		err := s.Store().Update(ctx, func(tx *storage.Tx) error {
			first := start.AddDays(365 * year)
			var goals []string
			for i := range 80 {
				g := model.Goal{ID: storage.NewID(), Title: fmt.Sprintf("Goal %d of year %d", i, year+1), Owner: model.Shared,
					Column: model.ColumnPlanned, Rank: fmt.Sprintf("%d", i+1), Labels: []string{"home", fmt.Sprintf("y%d", year)},
					Created: first.Time(), TargetQuarter: first.Quarter()}
				for k := range 4 {
					g.Checklist = append(g.Checklist, model.ChecklistStep{ID: storage.StepID(g.ID, k), Text: fmt.Sprintf("Step %d", k+1)})
				}
				if err := tx.CreateGoal(g); err != nil {
					return err
				}
				goals = append(goals, g.ID)
			}
			for d := first; d.Before(first.AddDays(365)); d = d.AddDays(1) {
				for _, r := range rituals {
					if rng.IntN(10) < 6 {
						if err := tx.PutEntry(model.RitualEntry{RitualID: r.ID, Day: d, Status: model.Done}, false); err != nil {
							return err
						}
						if rng.IntN(20) == 0 { // logged by mistake, taken back
							if err := tx.ClearEntry(r.ID, d, ""); err != nil {
								return err
							}
							deleted++
						}
					}
				}
				for _, p := range partners {
					if rng.IntN(10) < 7 {
						a := model.Actual{ID: storage.NewID(), GoalID: goals[rng.IntN(len(goals))], PartnerID: p.ID, Resource: model.Time,
							Amount: model.Amount(30 + rng.IntN(90)), Day: d}
						if err := tx.PutActual(a, false); err != nil {
							return err
						}
					}
				}
				if d.Time().Weekday() == time.Sunday {
					for i, p := range partners {
						for _, pr := range prompts {
							a := storage.StoredAnswer{Answer: model.Answer{ID: tx.AnswerID(d, p.ID, pr.ID), Week: d, PartnerID: p.ID,
								PromptID: pr.ID, Text: "A walk by the river and a long talk about the house.", Visibility: model.VisibleNow}}
							if err := tx.PutAnswer(nil, a); err != nil {
								return err
							}
						}
						if err := tx.MarkAnswered(d, partners[i].Slot); err != nil {
							return err
						}
					}
				}
				if d.Day == 1 {
					for _, p := range partners {
						for _, sg := range signs {
							r := model.Rating{ID: tx.RatingID(d, p.ID, sg.ID), Month: d, PartnerID: p.ID, SignID: sg.ID, Score: rng.IntN(4)}
							if err := tx.PutRating(r); err != nil {
								return err
							}
						}
					}
				}
			}
			for _, id := range goals[:len(goals)/3] {
				if err := tx.DeleteGoal(id); err != nil {
					return err
				}
				deleted++
			}
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
	}
	return deleted
}

// BenchmarkFiveYearsOfABusyHousehold measures what five years cost on
// disk: the database, and the replica before and after forgetting the
// tombstones every computer has heard of. The figures are the metrics;
// the time is writing and reading the replica once.
func BenchmarkFiveYearsOfABusyHousehold(b *testing.B) {
	ctx := context.Background()
	start := model.Date{Year: 2022, Month: 1, Day: 3}
	now := start.AddDays(5 * 365).Time()
	dir := b.TempDir()
	s, err := app.Open(ctx, dir, app.Options{Now: func() time.Time { return now }})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	deleted := fiveYears(b, s, start)
	size := func() (fields int, replicaBytes int64) {
		fs, err := s.Store().SyncedFields(ctx)
		if err != nil {
			b.Fatal(err)
		}
		path := filepath.Join(b.TempDir(), "r.venn")
		if err := replica.Write(ctx, path, replica.Replica{Meta: replica.Meta{DeviceID: s.Store().Device(), HouseholdID: storage.NewID(),
			SchemaVersion: storage.SchemaVersion(), WrittenAt: now}, Fields: fs}, ""); err != nil {
			b.Fatal(err)
		}
		fi, _ := os.Stat(path)
		return len(fs), fi.Size()
	}
	fieldsBefore, before := size()
	dropped, err := s.Store().DropTombstones(ctx, func(storage.Tombstone) bool { return true })
	if err != nil {
		b.Fatal(err)
	}
	fieldsAfter, after := size()
	backup := filepath.Join(b.TempDir(), "copy.db") // the database alone, as a backup holds it
	if err := s.Store().BackupTo(ctx, backup); err != nil {
		b.Fatal(err)
	}
	fi, _ := os.Stat(backup)
	b.Logf("five years: %d rows deleted, %d dropped; %d fields → %d; replica %.2f MB → %.2f MB; database %.1f MB",
		deleted, dropped, fieldsBefore, fieldsAfter, float64(before)/1e6, float64(after)/1e6, float64(fi.Size())/1e6)
	for b.Loop() {
		size()
	}
	b.ReportMetric(float64(before), "replica-bytes-before")
	b.ReportMetric(float64(after), "replica-bytes-after")
	b.ReportMetric(float64(fieldsAfter), "fields")
}
