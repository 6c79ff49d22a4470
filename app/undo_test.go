package app

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage"
)

// liveRows is every live row of the tables a person edits, as text: what
// undo must give back exactly. A row made and then undone is a tombstone,
// so it is not live.
func liveRows(t *testing.T, s *Service) string {
	t.Helper()
	var out strings.Builder
	for _, table := range []string{"goals", "goal_steps", "goal_labels", "blocks", "rituals", "ritual_entries", "allocations", "actuals", "household", "partners"} {
		rows, err := s.store.DB().Query("SELECT * FROM " + table + " WHERE deleted = 0 ORDER BY id")
		if err != nil {
			t.Fatal(err)
		}
		cols, _ := rows.Columns()
		for rows.Next() {
			values := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range values {
				ptrs[i] = &values[i]
			}
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			fmt.Fprintf(&out, "%s %q\n", table, values)
		}
		rows.Close()
	}
	return out.String()
}

// randomEdit makes one edit a person could make at the window, chosen by r
// from what exists.
func randomEdit(t *testing.T, s *Service, r *rand.Rand, a, b model.Partner) {
	t.Helper()
	ctx := context.Background()
	board, err := s.Board(ctx, model.BoardFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var goals []model.Goal
	for _, lane := range board.Lanes {
		for _, cell := range lane.Cells {
			goals = append(goals, cell...)
		}
	}
	owners := []model.Owner{model.Shared, model.Owner(a.ID), model.Owner(b.ID)}
	titles := []string{"Learn to sail ⛵", "Café in Kraków with Zoë", "学习中文", "Научиться готовить борщ", strings.Repeat("Très long nom ", 12)}
	pick := r.IntN(7)
	if len(goals) == 0 {
		pick = 0
	}
	var g model.Goal
	if len(goals) > 0 {
		g = goals[r.IntN(len(goals))]
	}
	switch pick {
	case 0:
		_, err = s.CreateGoal(ctx, model.GoalPatch{Title: &titles[r.IntN(len(titles))], Owner: &owners[r.IntN(3)],
			Labels: &[]string{"travel", "home"}, Checklist: &[]model.ChecklistStep{{Text: "Book 🎫"}, {Text: "Pack"}}})
	case 1:
		_, err = s.MoveGoal(ctx, g.ID, Placement{Owner: owners[r.IntN(3)], Column: model.Columns[r.IntN(len(model.Columns))], After: End})
	case 2:
		_, err = s.UpdateGoal(ctx, g.ID, model.GoalPatch{Title: &titles[r.IntN(len(titles))], Labels: &[]string{"études"}})
	case 3:
		err = s.DeleteGoal(ctx, g.ID)
	case 4:
		err = s.ArchiveGoal(ctx, g.ID, !g.Archived)
	case 5:
		day := s.today().AddDays(r.IntN(7))
		_, err = s.SaveBlock(ctx, model.Block{Title: "Walk 🌳", Kind: model.KindJoint,
			Start: model.WallTime{Date: day, Minute: 18 * 60}, End: model.WallTime{Date: day, Minute: 19 * 60}})
	case 6:
		steps := g.Checklist
		if len(steps) > 0 {
			steps[0].Done = !steps[0].Done
		}
		_, err = s.UpdateGoal(ctx, g.ID, model.GoalPatch{Checklist: &steps})
	}
	if err != nil {
		t.Fatalf("edit %d: %v", pick, err)
	}
}

// TestUndoingEveryEditGivesBackTheStartAndRedoingGivesBackTheEnd is the
// property: after any sequence of edits, undoing them all leaves every live
// row as it was before, and redoing them all leaves every live row as it
// was after.
func TestUndoingEveryEditGivesBackTheStartAndRedoingGivesBackTheEnd(t *testing.T) {
	for seed := range uint64(12) {
		t.Run(fmt.Sprint("seed ", seed), func(t *testing.T) {
			s := newService(t)
			a, b := setUp(t, s)
			r := rand.New(rand.NewPCG(seed, 7))
			for range 3 {
				randomEdit(t, s, r, a, b)
			}
			s.history = history{} // the starting point is not this session's
			start := liveRows(t, s)
			n := 5 + r.IntN(20)
			for range n {
				randomEdit(t, s, r, a, b)
			}
			end := liveRows(t, s)
			// Some random edits change nothing (a goal moved where it
			// was): those are not in the history.
			undone := 0
			for {
				_, err := s.Undo(context.Background())
				if errors.Is(err, ErrNothingToUndo) {
					break
				}
				if err != nil {
					t.Fatalf("undo %d: %v", undone+1, err)
				}
				undone++
			}
			if undone == 0 || undone > n {
				t.Fatalf("%d edits undone after %d made", undone, n)
			}
			if got := liveRows(t, s); got != start {
				t.Fatalf("after undoing %d edits:\n%s\nwant\n%s", n, got, start)
			}
			for i := range undone {
				if _, err := s.Redo(context.Background()); err != nil {
					t.Fatalf("redo %d of %d: %v", i+1, undone, err)
				}
			}
			if _, err := s.Redo(context.Background()); !errors.Is(err, ErrNothingToRedo) {
				t.Fatalf("a redo past the last edit: %v", err)
			}
			if got := liveRows(t, s); got != end {
				t.Fatalf("after redoing %d edits:\n%s\nwant\n%s", n, got, end)
			}
		})
	}
}

func TestUndoNamesTheEditAndANewEditEndsRedo(t *testing.T) {
	s := newService(t)
	ctx := context.Background()
	setUp(t, s)
	g, err := s.CreateGoal(ctx, model.GoalPatch{Title: model.Ptr("Learn to sail ⛵")})
	if err != nil {
		t.Fatal(err)
	}
	if what, ok := s.NextUndo(); !ok || what != "goal added" {
		t.Fatalf("next undo %q %v, want goal added", what, ok)
	}
	if _, err := s.MoveGoal(ctx, g.ID, Placement{Owner: model.Shared, Column: model.ColumnDoing, After: End}); err != nil {
		t.Fatal(err)
	}
	if what, _ := s.NextUndo(); what != "goal moved" {
		t.Fatalf("next undo %q, want goal moved", what)
	}
	if what, err := s.Undo(ctx); err != nil || what != "goal moved" {
		t.Fatalf("undo: %q %v", what, err)
	}
	if got, _ := s.Goal(ctx, g.ID); got.Column != model.ColumnIdeas {
		t.Fatalf("after undoing the move the goal is in %s", got.Column)
	}
	if what, ok := s.NextRedo(); !ok || what != "goal moved" {
		t.Fatalf("next redo %q %v", what, ok)
	}
	if err := s.DeleteGoal(ctx, g.ID); err != nil {
		t.Fatal(err)
	}
	if _, ok := s.NextRedo(); ok {
		t.Fatal("a new edit should end what could be redone")
	}
	if what, err := s.Undo(ctx); err != nil || what != "goal deleted" {
		t.Fatalf("undo: %q %v", what, err)
	}
	if got, err := s.Goal(ctx, g.ID); err != nil || got.Title != "Learn to sail ⛵" {
		t.Fatalf("the deleted goal is not back: %+v %v", got, err)
	}
	if what, err := s.Undo(ctx); err != nil || what != "goal added" {
		t.Fatalf("undo: %q %v", what, err)
	}
	if _, err := s.Goal(ctx, g.ID); err == nil {
		t.Fatal("undoing the making of a goal should take it away")
	}
}

// TestUndoLeavesWhatThePartnerChangedSince: an undo never overwrites an
// edit that came after the one undone, from this computer or the partner's.
func TestUndoLeavesWhatThePartnerChangedSince(t *testing.T) {
	s := newService(t)
	ctx := context.Background()
	setUp(t, s)
	g, err := s.CreateGoal(ctx, model.GoalPatch{Title: model.Ptr("Sail")})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.UpdateGoal(ctx, g.ID, model.GoalPatch{Title: model.Ptr("Sail to Bornholm"), Notes: model.Ptr("In June")}); err != nil {
		t.Fatal(err)
	}
	// The partner's later title arrives as a merge would write it: not an
	// edit of this session.
	err = s.store.Update(ctx, func(tx *storage.Tx) error {
		return tx.SetFields("goals", g.ID, storage.Field{Name: "title", Value: "Sail to Gotland — Łukasz"})
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Undo(ctx); err != nil {
		t.Fatal(err)
	}
	got, _ := s.Goal(ctx, g.ID)
	if got.Title != "Sail to Gotland — Łukasz" || got.Notes != "" {
		t.Fatalf("after the undo: title %q notes %q; want the partner's title kept and the notes undone", got.Title, got.Notes)
	}
	// An undo whose every field was changed since says so and changes nothing.
	if _, err := s.UpdateGoal(ctx, g.ID, model.GoalPatch{Notes: model.Ptr("July")}); err != nil {
		t.Fatal(err)
	}
	err = s.store.Update(ctx, func(tx *storage.Tx) error {
		return tx.SetFields("goals", g.ID, storage.Field{Name: "notes", Value: "August, says Łukasz"})
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Undo(ctx); !errors.Is(err, ErrChangedSince) {
		t.Fatalf("undo of a field changed since: %v", err)
	}
	if got, _ := s.Goal(ctx, g.ID); got.Notes != "August, says Łukasz" {
		t.Fatalf("notes %q", got.Notes)
	}
}

// TestBulkWritesAreNotEditsToUndo: the demo, an import (and the
// private-space locks) write without filling the undo history.
func TestBulkWritesAreNotEditsToUndo(t *testing.T) {
	s := newService(t)
	if err := s.Demo(context.Background(), 1); err != nil {
		t.Fatal(err)
	}
	if what, ok := s.NextUndo(); ok {
		t.Fatalf("after the demo there is %q to undo", what)
	}
	file := exportString(t, s)
	other := newService(t)
	if _, err := other.Import(context.Background(), strings.NewReader(file)); err != nil {
		t.Fatal(err)
	}
	if what, ok := other.NextUndo(); ok {
		t.Fatalf("after an import there is %q to undo", what)
	}
}
