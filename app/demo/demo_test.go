package demo_test

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/vennplanner/venn/app"
	"github.com/vennplanner/venn/app/demo"
	"github.com/vennplanner/venn/internal/testdisk"
)

func TestMain(m *testing.M) { os.Exit(testdisk.Main(m)) }

func TestFillWritesAWholeHousehold(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2026, 11, 18, 10, 0, 0, 0, time.UTC)
	s, err := app.Open(ctx, t.TempDir(), app.Options{Now: func() time.Time { return now }})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.Demo(ctx, 2); err != nil {
		t.Fatal(err)
	}
	st := s.Store()
	goals, _ := st.Goals(ctx)
	rituals, _ := st.Rituals(ctx)
	blocks, _ := st.Blocks(ctx)
	answers, _ := st.Answers(ctx)
	events, _ := st.LifeEvents(ctx)
	contracts, _ := st.Contracts(ctx)
	if len(goals) != 2*demo.GoalCount || len(rituals) != demo.RitualCount {
		t.Errorf("%d goals and %d rituals, want %d and %d", len(goals), len(rituals), 2*demo.GoalCount, demo.RitualCount)
	}
	if len(blocks) == 0 || len(answers) < demo.CheckinWeeks || len(events) == 0 || len(contracts) == 0 {
		t.Errorf("blocks %d, answers %d, life events %d, contracts %d", len(blocks), len(answers), len(events), len(contracts))
	}
	// Fill refuses a scale it cannot mean.
	if err := demo.Fill(ctx, s, 0); err == nil {
		t.Error("scale 0 accepted")
	}
}
