package storage

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/vennplanner/venn/model"
)

// schema7 makes a database as Venn wrote it before checklists and labels
// had rows of their own, holding one goal with both.
func schema7(t *testing.T, dir, goalID string) {
	t.Helper()
	ctx := context.Background()
	db, err := sql.Open("sqlite3", "file:"+filepath.Join(dir, FileName))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	names := migrationNames()[:7]
	for _, n := range names {
		body, err := migrationFiles.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := db.ExecContext(ctx, string(body)); err != nil {
			t.Fatal(err)
		}
	}
	stamp := "001795000000000-0000000003-01970000-0000-7000-8000-0000000000aa"
	for _, q := range []string{
		fmt.Sprintf("PRAGMA user_version = 7; PRAGMA application_id = %d", ApplicationID),
		fmt.Sprintf(`INSERT INTO goals (id, title, labels, checklist) VALUES ('%s', 'Two weeks in Italy', '["travel","Adventure"]', '[{"text":"Book flights","done":true},{"text":"Book the hut","done":false}]')`, goalID),
		fmt.Sprintf(`INSERT INTO clocks VALUES ('goals', '%s', 'title', '%s'), ('goals', '%s', 'labels', '%s'), ('goals', '%s', 'checklist', '%s')`,
			goalID, stamp, goalID, stamp, goalID, stamp),
	} {
		if _, err := db.ExecContext(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
}

func TestOldListsMoveToRowsTheSameOnEveryComputer(t *testing.T) {
	ctx := context.Background()
	goalID := NewID()
	var replicas [2][]SyncField
	for i := range replicas {
		dir := t.TempDir()
		schema7(t, dir, goalID)
		s, err := Open(ctx, dir, Options{})
		if err != nil {
			t.Fatal(err)
		}
		g, err := s.Goal(ctx, goalID)
		if err != nil {
			t.Fatal(err)
		}
		if len(g.Checklist) != 2 || g.Checklist[0].Text != "Book flights" || !g.Checklist[0].Done || g.Checklist[1].Done {
			t.Fatalf("the checklist after the move: %+v", g.Checklist)
		}
		if len(g.Labels) != 2 || g.Labels[0] != "Adventure" || g.Labels[1] != "travel" {
			t.Fatalf("the labels after the move: %q", g.Labels)
		}
		if replicas[i], err = s.SyncedFields(ctx); err != nil {
			t.Fatal(err)
		}
		var cols int
		s.DB().QueryRow("SELECT count(*) FROM pragma_table_info('goals') WHERE name IN ('labels', 'checklist')").Scan(&cols)
		if cols != 0 {
			t.Error("the old list columns are still there")
		}
		s.Close()
	}
	// Two computers that had the same lists made the same rows with the
	// same stamps: after the upgrade they have nothing to reconcile.
	if fmt.Sprint(replicas[0]) != fmt.Sprint(replicas[1]) {
		t.Fatalf("two computers moved the same lists differently:\n%v\n%v", replicas[0], replicas[1])
	}
}

func TestChecklistKeepsIdsOrderAndOnlyWritesWhatChanged(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	g := model.Goal{ID: NewID(), Title: "Paint", Owner: model.Shared, Column: model.ColumnIdeas, Rank: "i",
		Checklist: []model.ChecklistStep{{Text: "Choose colours"}, {Text: "Buy paint"}, {Text: "Paint"}}}
	if err := s.Update(ctx, func(tx *Tx) error { return tx.CreateGoal(g) }); err != nil {
		t.Fatal(err)
	}
	got, _ := s.Goal(ctx, g.ID)
	steps := got.Checklist
	stampOf := func(id, col string) string {
		var h string
		s.DB().QueryRow("SELECT hlc FROM clocks WHERE tbl = 'goal_steps' AND row_id = ? AND col = ?", id, col).Scan(&h)
		return h
	}
	before := stampOf(steps[2].ID, "text")
	// Tick the first, move the last to the front, drop the middle one, add one.
	steps[0].Done = true
	next := []model.ChecklistStep{steps[2], steps[0], {Text: "Open the windows"}}
	if err := s.Update(ctx, func(tx *Tx) error { _, err := tx.putChecklist(g.ID, next, false); return err }); err != nil {
		t.Fatal(err)
	}
	got, _ = s.Goal(ctx, g.ID)
	var texts []string
	for _, st := range got.Checklist {
		texts = append(texts, st.Text)
	}
	if fmt.Sprint(texts) != "[Paint Choose colours Open the windows]" || !got.Checklist[1].Done {
		t.Fatalf("after the edit: %+v", got.Checklist)
	}
	if got.Checklist[0].ID != steps[2].ID || got.Checklist[1].ID != steps[0].ID {
		t.Fatal("steps lost their ids")
	}
	if stampOf(steps[2].ID, "text") != before {
		t.Error("a step whose text did not change was written again")
	}
}
