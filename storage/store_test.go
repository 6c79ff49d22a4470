package storage

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/vennplanner/venn/model"
)

func openTemp(t *testing.T) (*Store, string) {
	t.Helper()
	dir := t.TempDir()
	s, err := Open(context.Background(), dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s, dir
}

func TestOpenSetsPragmasAndSchema(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	var mode string
	var fk, sync, version, appID int
	db := s.DB()
	db.QueryRowContext(ctx, "PRAGMA journal_mode").Scan(&mode)
	db.QueryRowContext(ctx, "PRAGMA foreign_keys").Scan(&fk)
	db.QueryRowContext(ctx, "PRAGMA synchronous").Scan(&sync)
	db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version)
	db.QueryRowContext(ctx, "PRAGMA application_id").Scan(&appID)
	if mode != "wal" || fk != 1 || sync != 2 || version != len(migrationNames()) || appID != ApplicationID {
		t.Fatalf("journal=%s fk=%d sync=%d version=%d app=%x", mode, fk, sync, version, appID)
	}
	if _, err := uuidVersion(s.Device()); err != nil {
		t.Fatal(err)
	}
}

func uuidVersion(id string) (int, error) {
	if len(id) != 36 || id[14] != '7' {
		return 0, errors.New("device id is not a UUID v7: " + id)
	}
	return 7, nil
}

func TestSecondOpenOfFolderIsRefused(t *testing.T) {
	_, dir := openTemp(t)
	_, err := Open(context.Background(), dir, Options{})
	if !errors.Is(err, ErrLocked) {
		t.Fatalf("second open: %v, want ErrLocked", err)
	}
}

func TestReopenKeepsDeviceAndClock(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	s, err := Open(ctx, dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	device := s.Device()
	if err := s.Update(ctx, func(tx *Tx) error { return tx.SetFields("partners", NewID(), Field{"name", "Zoë"}) }); err != nil {
		t.Fatal(err)
	}
	last := s.Clock().Last()
	s.Close()
	// A wall clock far in the past must not make the reopened clock go back.
	s, err = Open(ctx, dir, Options{Now: func() time.Time { return time.Unix(0, 0) }})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if s.Device() != device {
		t.Fatalf("device id changed across reopen: %s → %s", device, s.Device())
	}
	if next := s.Clock().Now(); next.Compare(last) <= 0 {
		t.Fatalf("clock went back across reopen: %v then %v", last, next)
	}
}

func TestNewerSchemaIsRefusedAndUntouched(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	s, err := Open(ctx, dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.DB().ExecContext(ctx, "PRAGMA user_version = 99"); err != nil {
		t.Fatal(err)
	}
	s.Close()
	path := filepath.Join(dir, FileName)
	checkpointAndRemoveWAL(t, path)
	before, _ := os.ReadFile(path)
	_, err = Open(ctx, dir, Options{})
	if !errors.Is(err, ErrNewerSchema) {
		t.Fatalf("open newer schema: %v, want ErrNewerSchema", err)
	}
	after, _ := os.ReadFile(path)
	if !bytes.Equal(before, after) {
		t.Fatal("refusing a newer database still changed the file")
	}
}

func checkpointAndRemoveWAL(t *testing.T, path string) {
	t.Helper()
	db, err := sql.Open("sqlite3", path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec("PRAGMA wal_checkpoint(TRUNCATE)"); err != nil {
		t.Fatal(err)
	}
	db.Close()
}

func TestForeignFilesAreRefusedUntouched(t *testing.T) {
	ctx := context.Background()
	cases := map[string]func(path string){
		"text file": func(path string) {
			os.WriteFile(path, []byte("hello, this is not a database at all, just some words"), 0o600)
		},
		"other sqlite app": func(path string) {
			db, _ := sql.Open("sqlite3", path)
			db.Exec("CREATE TABLE recipes(id INTEGER PRIMARY KEY, name TEXT)")
			db.Close()
		},
		"truncated venn file": func(path string) {
			dir := filepath.Dir(path)
			s, err := Open(ctx, dir, Options{})
			if err != nil {
				t.Fatal(err)
			}
			s.Close()
			checkpointAndRemoveWAL(t, path)
			b, _ := os.ReadFile(path)
			for i := 100; i < len(b); i++ {
				b[i] ^= 0x5a
			}
			os.WriteFile(path, b, 0o600)
		},
	}
	for name, make := range cases {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, FileName)
			make(path)
			os.Remove(path + "-wal")
			os.Remove(path + "-shm")
			before, _ := os.ReadFile(path)
			_, err := Open(ctx, dir, Options{})
			if !errors.Is(err, ErrNotVenn) {
				t.Fatalf("open: %v, want ErrNotVenn", err)
			}
			after, _ := os.ReadFile(path)
			if !bytes.Equal(before, after) {
				t.Fatal("refusing the file still changed it")
			}
		})
	}
}

func TestSetFieldsStampsEveryField(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	g := model.Goal{ID: NewID(), Title: "Learn to sail", Owner: model.Shared, Column: model.ColumnIdeas, Rank: "i", Labels: []string{"adventure"}}
	if err := s.Update(ctx, func(tx *Tx) error { return tx.CreateGoal(g) }); err != nil {
		t.Fatal(err)
	}
	var n int
	s.DB().QueryRow("SELECT count(*) FROM clocks WHERE tbl = 'goals' AND row_id = ?", g.ID).Scan(&n)
	if n != 11 {
		t.Fatalf("%d stamped fields after create, want 11", n)
	}
	s.DB().QueryRow("SELECT count(*) FROM clocks WHERE tbl = 'goal_labels' AND row_id = ?", LabelID(g.ID, "adventure")).Scan(&n)
	if n != 4 {
		t.Fatalf("%d stamped fields of the label after create, want 4", n)
	}
	var firstTitle string
	s.DB().QueryRow("SELECT hlc FROM clocks WHERE row_id = ? AND col = 'title'", g.ID).Scan(&firstTitle)
	err := s.Update(ctx, func(tx *Tx) error {
		g.Title = "Learn to sail a dinghy"
		return tx.UpdateGoal(g, model.GoalPatch{Title: &g.Title})
	})
	if err != nil {
		t.Fatal(err)
	}
	var title, notes string
	s.DB().QueryRow("SELECT hlc FROM clocks WHERE row_id = ? AND col = 'title'", g.ID).Scan(&title)
	s.DB().QueryRow("SELECT hlc FROM clocks WHERE row_id = ? AND col = 'notes'", g.ID).Scan(&notes)
	if title <= firstTitle || notes != firstTitle {
		t.Fatalf("only the edited field's stamp should move: title %s→%s, notes %s", firstTitle, title, notes)
	}
	got, err := s.Goal(ctx, g.ID)
	if err != nil || got.Title != "Learn to sail a dinghy" || got.Labels[0] != "adventure" {
		t.Fatalf("read back %+v, %v", got, err)
	}
}

func TestDeleteIsATombstone(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	id := NewID()
	s.Update(ctx, func(tx *Tx) error {
		return tx.CreateGoal(model.Goal{ID: id, Title: "x", Owner: model.Shared, Column: model.ColumnIdeas, Rank: "i"})
	})
	if err := s.Update(ctx, func(tx *Tx) error { return tx.DeleteGoal(id) }); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Goal(ctx, id); !ErrIsNotFound(err) {
		t.Fatalf("deleted goal still readable: %v", err)
	}
	var deleted int
	var hlc string
	s.DB().QueryRow("SELECT deleted FROM goals WHERE id = ?", id).Scan(&deleted)
	s.DB().QueryRow("SELECT hlc FROM clocks WHERE row_id = ? AND col = 'deleted'", id).Scan(&hlc)
	if deleted != 1 || hlc == "" {
		t.Fatalf("tombstone missing: deleted=%d stamp=%q", deleted, hlc)
	}
}

func TestFailedUpdateChangesNothing(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	boom := errors.New("boom")
	err := s.Update(ctx, func(tx *Tx) error {
		if err := tx.SetFields("partners", NewID(), Field{"name", "Ana"}); err != nil {
			return err
		}
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatal(err)
	}
	var n int
	s.DB().QueryRow("SELECT (SELECT count(*) FROM partners) + (SELECT count(*) FROM clocks)").Scan(&n)
	if n != 0 {
		t.Fatalf("%d rows left behind by a failed transaction", n)
	}
}

func TestSetFieldsRejectsBadNames(t *testing.T) {
	s, _ := openTemp(t)
	err := s.Update(context.Background(), func(tx *Tx) error {
		return tx.SetFields("goals; DROP TABLE goals", "x", Field{"title", "t"})
	})
	if err == nil {
		t.Fatal("bad table name accepted")
	}
	err = s.Update(context.Background(), func(tx *Tx) error {
		return tx.SetFields("goals", "x", Field{"title = 'x', notes", "t"})
	})
	if err == nil {
		t.Fatal("bad column name accepted")
	}
}

func TestColumnSettingsDefaultsAndRename(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	cols, err := s.ColumnSettings(ctx)
	if err != nil || cols[2].Name != "In progress" || cols[2].WIPLimit != 0 {
		t.Fatalf("defaults: %+v, %v", cols, err)
	}
	s.Update(ctx, func(tx *Tx) error {
		return tx.PutColumnSettings(model.ColumnSettings{Column: model.ColumnDoing, Name: "Doing now", WIPLimit: 3})
	})
	cols, _ = s.ColumnSettings(ctx)
	if cols[2].Name != "Doing now" || cols[2].WIPLimit != 3 {
		t.Fatalf("after rename: %+v", cols[2])
	}
}
