package app

import (
	"context"
	"errors"
	"time"

	"github.com/vennplanner/venn/app/demo"
	"github.com/vennplanner/venn/storage"
)

// DemoGoalCount is how many goals one demo set holds.
var DemoGoalCount = demo.GoalCount

// MaxDemoScale is the largest scale of the demo household.
const MaxDemoScale = demo.MaxScale

// DemoRitualCount is how many rituals the demo household keeps.
var DemoRitualCount = demo.RitualCount

// ErrNotEmpty means the demo was asked to fill a database that has goals.
var ErrNotEmpty = errors.New("this Venn already has goals; the demo only fills an empty one (use --data with a new folder)")

// Demo fills an empty database with a realistic household (package demo):
// Maya and Liam, scale × 30 goals, eight rituals with a year of history,
// resources, check-ins, a calendar, sessions and a life event.
func (s *Service) Demo(ctx context.Context, scale int) error {
	goals, err := s.store.Goals(ctx)
	if err != nil {
		return err
	}
	if len(goals) > 0 {
		return ErrNotEmpty
	}
	if _, _, err := s.Household(ctx); errors.Is(err, ErrNoHousehold) {
		p := demo.Household.Partners
		err = s.SaveHousehold(ctx, HouseholdSetup{Name: demo.Household.Name, Currency: "EUR", WeekStart: time.Monday,
			A: PartnerSetup{Name: p[0][0], Color: p[0][1]}, B: PartnerSetup{Name: p[1][0], Color: p[1][1]}})
		if err != nil {
			return err
		}
	} else if err != nil {
		return err
	}
	if err := demo.Fill(ctx, s, scale); err != nil {
		return err
	}
	// The demo is where the couple starts, not edits of theirs to undo.
	s.mu.Lock()
	s.history = history{}
	s.mu.Unlock()
	return nil
}

// Update runs fn in one transaction and tells the screens the data changed.
// It is for bulk writers (the demo) that write rows the use cases would
// accept; everything else goes through a use case.
// Such writes are not edits to undo.
func (s *Service) Update(ctx context.Context, fn func(tx *storage.Tx) error) error {
	return s.writeUnrecorded(ctx, fn)
}
