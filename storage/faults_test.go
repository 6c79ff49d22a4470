package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/vennplanner/venn/model"
)

func newGoal(title string) model.Goal {
	return model.Goal{ID: NewID(), Title: title, Owner: model.Shared, Column: model.ColumnIdeas, Rank: "i"}
}

func countGoals(t *testing.T, s *Store) int {
	t.Helper()
	goals, err := s.Goals(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return len(goals)
}

// A database file that may not grow stands in for a full disk: writes fail
// with ErrDiskFull, nothing is half-written, and the file stays sound.
func TestDiskFull(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	db := s.DB()
	db.SetMaxOpenConns(1)
	var pages int
	db.QueryRow("PRAGMA page_count").Scan(&pages)
	if _, err := db.Exec(fmt.Sprintf("PRAGMA max_page_count = %d", pages+3)); err != nil {
		t.Fatal(err)
	}
	var err error
	written := 0
	for i := 0; i < 10000 && err == nil; i++ {
		err = s.Update(ctx, func(tx *Tx) error {
			g := newGoal(fmt.Sprintf("Goal %d", i))
			g.Notes = strings.Repeat("Ω", 2000)
			return tx.CreateGoal(g)
		})
		if err == nil {
			written++
		}
	}
	if !errors.Is(err, ErrDiskFull) {
		t.Fatalf("writing past the limit: %v, want ErrDiskFull", err)
	}
	if got := countGoals(t, s); got != written {
		t.Fatalf("%d goals stored, %d writes succeeded: a failed write left something", got, written)
	}
	if check, _ := s.IntegrityCheck(ctx); check[0] != "ok" {
		t.Fatalf("integrity after disk full: %v", check)
	}
}

// A data folder that cannot be written is refused with ErrReadOnly.
func TestReadOnlyDataFolder(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data")
	s, err := Open(context.Background(), dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	os.Remove(filepath.Join(dir, "venn.lock"))
	if os.Getuid() == 0 {
		// Permission bits do not stop root; the immutable attribute does.
		if err := exec.Command("chattr", "+i", dir).Run(); err != nil {
			t.Skipf("cannot make a read-only folder here: %v", err)
		}
		t.Cleanup(func() { exec.Command("chattr", "-i", dir).Run() })
	} else {
		os.Chmod(dir, 0o500)
		t.Cleanup(func() { os.Chmod(dir, 0o700) })
	}
	_, err = Open(context.Background(), dir, Options{})
	if !errors.Is(err, ErrReadOnly) {
		t.Fatalf("opening a read-only folder: %v, want ErrReadOnly", err)
	}
}

// A database another program keeps locked gives ErrBusy after the busy
// timeout, and changes nothing.
func TestLockedDatabase(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	s, err := Open(ctx, dir, Options{BusyTimeout: 200 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	other, err := sql.Open("sqlite3", filepath.Join(dir, FileName))
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	conn, err := other.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := conn.ExecContext(ctx, "BEGIN EXCLUSIVE"); err != nil {
		t.Fatal(err)
	}
	err = s.Update(ctx, func(tx *Tx) error { return tx.CreateGoal(newGoal("Blocked")) })
	if !errors.Is(err, ErrBusy) {
		t.Fatalf("write while locked: %v, want ErrBusy", err)
	}
	conn.ExecContext(ctx, "ROLLBACK")
	conn.Close()
	if got := countGoals(t, s); got != 0 {
		t.Fatal("a refused write was stored")
	}
	if err := s.Update(ctx, func(tx *Tx) error { return tx.CreateGoal(newGoal("Later")) }); err != nil {
		t.Fatalf("write after the lock is released: %v", err)
	}
}
