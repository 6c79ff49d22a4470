package storage

import (
	"context"
	"slices"
	"testing"

	"github.com/vennplanner/venn/model"
)

// TestNarrowGoalReadsPickTheGoalsTheirScreensNeed proves the two reads the
// opening screens use instead of every goal: Today's (open goals due by a
// day, overdue ones included, and goals under review) and the living
// Venn's (goals that plan something).
func TestNarrowGoalReadsPickTheGoalsTheirScreensNeed(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	day, _ := model.ParseDate("2026-11-29")
	idOf, nameOf := map[string]string{}, map[string]string{}
	goal := func(name string, column model.Column, due model.Date, archived bool) model.Goal {
		idOf[name] = NewID()
		nameOf[idOf[name]] = name
		return model.Goal{ID: idOf[name], Title: "Zoë's 🌱 " + name, Owner: model.Shared, Column: column, Rank: "i", Due: due, Archived: archived}
	}
	goals := []model.Goal{
		goal("due-soon", model.ColumnDoing, day.AddDays(3), false),
		goal("due-on-the-day", model.ColumnPlanned, day, false),
		goal("overdue", model.ColumnIdeas, day.AddDays(-40), false),
		goal("later", model.ColumnDoing, day.AddDays(30), false),
		goal("no-date", model.ColumnDoing, model.Date{}, false),
		goal("done", model.ColumnDone, day.AddDays(1), false),
		goal("archived", model.ColumnDoing, day.AddDays(1), true),
		goal("reviewed-and-done", model.ColumnDone, model.Date{}, false),
		goal("deleted", model.ColumnDoing, day.AddDays(1), false),
	}
	err := s.Update(ctx, func(tx *Tx) error {
		for _, g := range goals {
			if err := tx.CreateGoal(g); err != nil {
				return err
			}
		}
		if err := tx.PutContract(nil, model.Contract{ID: NewID(), GoalID: idOf["reviewed-and-done"], Commitment: "Weekly", EveryWeeks: 2, Started: day}); err != nil {
			return err
		}
		for _, name := range []string{"later", "archived"} {
			if err := tx.PutAllocation(model.Allocation{ID: NewID(), GoalID: idOf[name], Resource: model.Time, Amount: 60, SplitA: 50}, false); err != nil {
				return err
			}
		}
		return tx.DeleteGoal(idOf["deleted"])
	})
	if err != nil {
		t.Fatal(err)
	}
	ids := func(gs []model.Goal, err error) []string {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, g := range gs {
			out = append(out, nameOf[g.ID])
		}
		slices.Sort(out)
		return out
	}
	got := ids(s.GoalsForToday(ctx, day.AddDays(7)))
	want := []string{"due-on-the-day", "due-soon", "overdue", "reviewed-and-done"}
	if !slices.Equal(got, want) {
		t.Errorf("goals for today %v, want %v", got, want)
	}
	got = ids(s.GoalPlansWithAllocations(ctx))
	if want := []string{"archived", "later"}; !slices.Equal(got, want) {
		t.Errorf("goals with allocations %v, want %v", got, want)
	}
}
