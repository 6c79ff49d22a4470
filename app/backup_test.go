package app

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage"
)

func TestAutoBackupOncePerDayAndPrunes(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2026, 11, 22, 9, 0, 0, 0, time.UTC)
	s, err := Open(ctx, t.TempDir(), Options{Now: func() time.Time { return now }})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	setUp(t, s)
	// Forty old daily backups already there.
	dir := s.BackupDir()
	os.MkdirAll(dir, 0o700)
	for i := 1; i <= 40; i++ {
		d := model.DateOf(now.AddDate(0, 0, -i))
		os.WriteFile(filepath.Join(dir, "venn-"+d.String()+".db"), []byte("old"), 0o600)
	}
	os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("mine"), 0o600)
	path, err := s.AutoBackup(ctx)
	if err != nil || path == "" {
		t.Fatalf("first backup of the day: %q, %v", path, err)
	}
	if err := storage.CheckVennFile(ctx, path); err != nil {
		t.Fatalf("the backup is not a sound Venn file: %v", err)
	}
	if again, err := s.AutoBackup(ctx); err != nil || again != "" {
		t.Fatalf("second backup the same day: %q, %v", again, err)
	}
	entries, _ := os.ReadDir(dir)
	n := 0
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), "venn-") {
			n++
		}
	}
	if n != model.KeepDailyBackups+model.KeepWeeklyBackups {
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Fatalf("%d backups kept, want %d: %v", n, model.KeepDailyBackups+model.KeepWeeklyBackups, names)
	}
	if _, err := os.Stat(filepath.Join(dir, "notes.txt")); err != nil {
		t.Fatal("pruning removed a file that is not a backup")
	}
}

func TestRestoreBringsBackDataAndKeepsACopy(t *testing.T) {
	ctx := context.Background()
	s := newService(t)
	if err := s.Demo(ctx, 1); err != nil {
		t.Fatal(err)
	}
	snapshot := filepath.Join(t.TempDir(), "snap.db")
	if err := s.Store().BackupTo(ctx, snapshot); err != nil {
		t.Fatal(err)
	}
	want := exportString(t, s)
	view, _ := s.Board(ctx, model.BoardFilter{})
	doomed := view.Lanes[1].Cells[0][0]
	if err := s.DeleteGoal(ctx, doomed.ID); err != nil {
		t.Fatal(err)
	}
	set, _ := s.SyncSettings(ctx)
	before, err := s.Restore(ctx, snapshot)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Goal(ctx, doomed.ID); err != nil {
		t.Fatal("the deleted goal did not come back")
	}
	if got := exportString(t, s); got != want {
		t.Fatalf("restored data differs:\n%s", firstDiff(want, got))
	}
	if err := storage.CheckVennFile(ctx, before); err != nil {
		t.Fatalf("no sound copy of the data before the restore: %v", err)
	}
	after, _ := s.SyncSettings(ctx)
	if after != set {
		t.Fatal("restoring changed this computer's own settings")
	}
	// Refusals change nothing.
	junk := filepath.Join(t.TempDir(), "junk.db")
	os.WriteFile(junk, []byte(strings.Repeat("not a database ", 100)), 0o600)
	if _, err := s.Restore(ctx, junk); !errors.Is(err, storage.ErrNotVenn) {
		t.Fatalf("restoring junk: %v", err)
	}
	if got := exportString(t, s); got != want {
		t.Fatal("a refused restore changed the data")
	}
}
