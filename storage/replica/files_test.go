package replica_test

import (
	"context"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage/replica"
)

func TestTruncatedReplicaIsSkippedThenAppliedWhenComplete(t *testing.T) {
	w, shared := newWorld(), t.TempDir()
	maya := newDevice(t, w, shared, "maya", 0, "")
	maya.setUp()
	for _, title := range titles {
		maya.create(title, model.GoalPatch{Notes: model.Ptr(strings.Repeat("notes ", 40))})
	}
	maya.sync()
	path := filepath.Join(replica.Dir(shared), replica.FileName(maya.svc.Store().Device()))
	full, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	step := 1
	if testing.Short() {
		step = 37
	}
	for cut := 0; cut < len(full); cut += step {
		_, err := replica.Decode(ctx, full[:cut], "")
		var se *replica.SkipError
		if !errors.As(err, &se) {
			t.Fatalf("truncated at %d of %d bytes: %v, want a skip", cut, len(full), err)
		}
	}
	// A half-copied file in the folder is skipped whole; once complete it is merged.
	liam := newDevice(t, w, shared, "liam", 0, "")
	os.WriteFile(path, full[:len(full)/2], 0o644)
	rep := liam.sync()
	if !skippedBecause(rep, filepath.Base(path), "") || len(rep.Merged) != 0 {
		t.Fatalf("half file: merged %+v skipped %+v", rep.Merged, rep.Skipped)
	}
	if _, _, err := liam.svc.Household(ctx); err == nil {
		t.Fatal("part of a half-copied replica was applied")
	}
	os.WriteFile(path, full, 0o644)
	rep = liam.sync()
	if len(rep.Merged) != 1 {
		t.Fatalf("complete file not merged: %+v", rep.Skipped)
	}
	maya.sync()
	requireSame(t, maya, liam)
}

func TestForeignFilesAndConflictedCopies(t *testing.T) {
	w, shared := newWorld(), t.TempDir()
	maya := newDevice(t, w, shared, "maya", 0, "")
	liam := newDevice(t, w, shared, "liam", 0, "")
	maya.setUp()
	g := maya.create("Weekly five-a-side", model.GoalPatch{})
	maya.sync()
	liam.sync()
	// An older state of Liam's file survives as a conflicted copy with an
	// edit the current file lacks (it was overwritten by the sync service).
	liam.update(g.ID, model.GoalPatch{Notes: model.Ptr("Thursdays")})
	liam.sync()
	dir := replica.Dir(shared)
	liamFile := filepath.Join(dir, replica.FileName(liam.svc.Store().Device()))
	copyData, _ := os.ReadFile(liamFile)
	liam.update(g.ID, model.GoalPatch{Notes: model.Ptr("")})
	liam.sync()
	base := strings.TrimSuffix(filepath.Base(liamFile), ".venn")
	conflicted := []string{
		base + " (Liam's conflicted copy 2026-11-22).venn",
		base + ".sync-conflict-20261122-101010-ABCDEFG.venn",
		base + "-LIAMS-LAPTOP.venn",
		base + " 2.venn",
	}
	for _, name := range conflicted {
		os.WriteFile(filepath.Join(dir, name), copyData, 0o644)
	}
	junk := map[string]string{
		"desktop.ini":           "[.ShellClassInfo]",
		".syncthing.x.venn.tmp": "partial",
		"~syncthing~y.venn.tmp": "partial",
		".abc.venn.icloud":      "placeholder",
		".dropbox.cache":        "x",
		"notes.txt":             "shopping list",
		"garbage.venn":          "not sqlite at all",
		"other-app.venn":        "",
	}
	for name, body := range junk {
		os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644)
	}
	db, _ := sql.Open("sqlite3", filepath.Join(dir, "other-app.venn"))
	db.Exec("CREATE TABLE t(x)")
	db.Close()

	rep := maya.sync()
	skipped := map[string]string{}
	for _, s := range rep.Skipped {
		skipped[s.File] = s.Reason
	}
	for _, name := range []string{"notes.txt", "garbage.venn", "other-app.venn"} {
		if skipped[name] == "" {
			t.Errorf("%s was not reported as skipped", name)
		}
	}
	for _, name := range []string{"desktop.ini", ".syncthing.x.venn.tmp", "~syncthing~y.venn.tmp", ".abc.venn.icloud", ".dropbox.cache"} {
		if _, ok := skipped[name]; ok {
			t.Errorf("%s should be ignored silently, was reported: %s", name, skipped[name])
		}
	}
	merged := map[string]bool{}
	for _, m := range rep.Merged {
		merged[m.File] = true
	}
	for _, name := range conflicted {
		if !merged[name] {
			t.Errorf("conflicted copy %q was not merged (skipped: %q)", name, skipped[name])
		}
	}
	// The conflicted copies are older than Liam's file: merging them changes nothing.
	if got, _ := maya.goal(g.ID); got.Notes != "" {
		t.Fatalf("an older conflicted copy overrode a newer edit: %q", got.Notes)
	}
	liam.sync()
	requireSame(t, maya, liam)
}

func TestNewerReplicaFormatIsSkipped(t *testing.T) {
	w, shared := newWorld(), t.TempDir()
	maya := newDevice(t, w, shared, "maya", 0, "")
	maya.setUp()
	maya.sync()
	path := filepath.Join(replica.Dir(shared), replica.FileName(maya.svc.Store().Device()))
	editAsDatabase(t, path, "PRAGMA user_version = 99")
	liam := newDevice(t, w, shared, "liam", 0, "")
	rep := liam.sync()
	if !skippedBecause(rep, filepath.Base(path), "newer Venn") {
		t.Fatalf("skipped: %+v", rep.Skipped)
	}
}

func TestClonedDeviceIsReportedNotMixed(t *testing.T) {
	w, shared := newWorld(), t.TempDir()
	maya := newDevice(t, w, shared, "maya", 0, "")
	maya.setUp()
	g := maya.create("Learn pottery", model.GoalPatch{})
	maya.sync()
	// Copy Maya's data folder to a second computer: same device id.
	clone := cloneDevice(t, w, shared, maya)
	clone.update(g.ID, model.GoalPatch{Title: model.Ptr("Written by the clone")})
	if err := clone.syncer.WriteOwn(context.Background()); err != nil {
		t.Fatal(err)
	}
	rep := maya.sync()
	found := false
	for _, w := range rep.Warnings {
		if strings.Contains(w, "identity") {
			found = true
		}
	}
	if !found {
		t.Fatalf("no warning about a cloned device: %v", rep.Warnings)
	}
	if got, _ := maya.goal(g.ID); got.Title != "Learn pottery" {
		t.Fatal("the clone's edit was silently mixed in")
	}
}

func cloneDevice(t *testing.T, w *world, shared string, d *device) *device {
	t.Helper()
	dir := t.TempDir()
	if _, err := d.svc.Store().DB().Exec("VACUUM INTO ?", filepath.Join(dir, "venn.db")); err != nil {
		t.Fatal(err)
	}
	return openDevice(t, w, shared, dir, "clone")
}

// editAsDatabase runs statements on a replica file's database, which it
// leaves uncompressed (readers take both).
func editAsDatabase(t *testing.T, path string, statements ...string) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	tmp := filepath.Join(t.TempDir(), "replica.db")
	if err := os.WriteFile(tmp, replica.Uncompressed(data), 0o600); err != nil {
		t.Fatal(err)
	}
	db, err := sql.Open("sqlite3", tmp)
	if err != nil {
		t.Fatal(err)
	}
	for _, st := range statements {
		if _, err := db.Exec(st); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()
	edited, err := os.ReadFile(tmp)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, edited, 0o644); err != nil {
		t.Fatal(err)
	}
}
