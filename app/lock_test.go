package app

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage/replica"
)

// The private things Liam keeps on the shared laptop, in the words real
// people use.
const (
	liamGoal     = "Ask for a room of my own 🫖 — ёлка, 自分の部屋"
	liamRitual   = "Night pages ✍️ in the notebook"
	liamAnswer   = "Some evenings I want the flat to myself and don't know how to say it."
	liamPassword = "correct horse — battery staple"
)

// openLocking opens a service that logs into logs, with cheap scrypt.
func openLocking(t *testing.T, dir string, logs *bytes.Buffer) *Service {
	t.Helper()
	s, err := Open(context.Background(), dir, Options{LockWorkFactor: 10, Now: testNow,
		Logger: slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func testNow() time.Time { return time.Date(2026, 11, 18, 10, 30, 0, 0, time.UTC) }

// filesHolding lists the files under dir whose bytes (unpacked when they
// are replicas) contain any of the words.
func filesHolding(t *testing.T, dir string, words ...string) []string {
	t.Helper()
	var hits []string
	filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		data, _ := os.ReadFile(path)
		data = replica.Uncompressed(data)
		for _, w := range words {
			if bytes.Contains(data, []byte(w)) {
				hits = append(hits, filepath.Base(path)+" holds "+w)
			}
		}
		return nil
	})
	return hits
}

func TestALockedSpaceIsSealedOnDiskInBackupsAndEveryView(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	var logs bytes.Buffer
	s := openLocking(t, dir, &logs)
	if err := s.Demo(ctx, 1); err != nil {
		t.Fatal(err)
	}
	_, partners, _ := s.Household(ctx)
	maya, liam := partners[0], partners[1]
	goal, err := s.CreateGoal(ctx, model.GoalPatch{Title: model.Ptr(liamGoal), Owner: model.Ptr(model.Owner(liam.ID)), Private: model.Ptr(true),
		Checklist: &[]model.ChecklistStep{{Text: "Say it on Sunday 🙂"}}, Labels: &[]string{"mein-raum"}})
	if err != nil {
		t.Fatal(err)
	}
	ritual, err := s.SaveRitual(ctx, model.Ritual{Title: liamRitual, Who: model.Owner(liam.ID), Cadence: model.Cadence{Times: 1, Per: model.PerDay}, Private: true})
	if err != nil {
		t.Fatal(err)
	}
	// What belongs to them: time spent with a note, a skipped evening's reason.
	if _, err := s.LogActual(ctx, model.Actual{GoalID: goal.ID, PartnerID: liam.ID, Resource: model.Time, Amount: 90, Day: s.today(), Note: "looked at flats nearby"}); err != nil {
		t.Fatal(err)
	}
	if err := s.LogEntry(ctx, model.RitualEntry{RitualID: ritual.ID, Day: s.today(), Status: model.Skipped, Reason: "too tired to write 🌙"}, false); err != nil {
		t.Fatal(err)
	}
	// The demo's journal page and private health note of Liam's are his too.
	secrets := []string{liamGoal, "Say it on Sunday", "mein-raum", liamRitual, liamAnswer, "looked at flats nearby", "too tired to write",
		"sent the orange route", "Cold. Stayed in."}
	shared := t.TempDir()
	if err := s.SetSyncFolder(ctx, shared); err != nil {
		t.Fatal(err)
	}
	if err := s.ChooseNoPassphrase(ctx); err != nil {
		t.Fatal(err)
	}
	if err := s.SetLock(ctx, liam.ID, "12345"); !model.IsValidation(err) {
		t.Fatalf("a five-digit PIN was accepted: %v", err)
	}
	if err := s.SetLock(ctx, liam.ID, liamPassword); err != nil {
		t.Fatal(err)
	}
	// Just set, the space is open: Liam still sees his things.
	if s.IsLocked(liam.ID) || !strings.Contains(exportString(t, s), liamGoal) {
		t.Fatal("setting the lock closed the space at once")
	}
	if _, err := s.SyncNow(ctx); err != nil {
		t.Fatal(err)
	}
	if hits := filesHolding(t, dir, liamGoal, liamAnswer); len(hits) < 2 {
		t.Fatalf("before locking, the data folder should hold the open text: %v", hits)
	}
	if err := s.Lock(ctx, liam.ID); err != nil {
		t.Fatal(err)
	}
	if !s.IsLocked(liam.ID) || s.IsLocked(maya.ID) {
		t.Fatal("lock states")
	}
	// Every view: the board, rituals, check-ins, search, balance, export.
	board, _ := s.Board(ctx, model.BoardFilter{})
	for _, lane := range board.Lanes {
		for _, cell := range lane.Cells {
			for _, g := range cell {
				if g.ID == goal.ID {
					t.Error("the locked goal is on the board")
				}
			}
		}
	}
	if text := exportString(t, s); containsAny(text, secrets...) {
		t.Error("the export holds a locked item")
	}
	if _, err := s.Journal(ctx, liam.ID, ""); !errors.Is(err, ErrJournalLocked) {
		t.Errorf("the locked journal opened: %v", err)
	}
	if _, err := s.SaveJournalEntry(ctx, model.JournalEntry{PartnerID: liam.ID, Text: "sneaking in"}); !errors.Is(err, ErrJournalLocked) {
		t.Errorf("a page was written into a locked journal: %v", err)
	}
	if hv, _ := s.Health(ctx, s.today(), liam.ID); len(hv.Checks) == 0 || slices.ContainsFunc(hv.Checks, func(h model.HealthCheck) bool { return h.PartnerID == liam.ID }) {
		t.Errorf("with Liam's space locked, his private health checks show (and Maya's shared ones should): %d", len(hv.Checks))
	}
	for _, reader := range []string{maya.ID, liam.ID} {
		if h, _ := s.CheckinHistory(ctx, reader, "flat to myself"); len(h) != 0 {
			t.Error("search finds the locked answer")
		}
	}
	if names := s.LockedNames(ctx); len(names) != 1 || names[0] != liam.Name {
		t.Errorf("locked names %v", names)
	}
	// On disk: the database, its log and a backup hold none of it, nor
	// the passphrase; the shared folder neither.
	backup, err := s.AutoBackup(ctx)
	if err != nil || backup == "" {
		t.Fatalf("backup %q: %v", backup, err)
	}
	if hits := filesHolding(t, dir, append(secrets, liamPassword)...); len(hits) > 0 {
		t.Errorf("locked text on disk: %v", hits)
	}
	if hits := filesHolding(t, shared, append(secrets, liamPassword)...); len(hits) > 0 {
		t.Errorf("private text in the shared folder: %v", hits)
	}
	// A wrong passphrase opens nothing; the right one brings all back.
	if err := s.Unlock(ctx, liam.ID, "correct horse — battery stable"); !errors.Is(err, ErrWrongPassphrase) {
		t.Fatalf("a wrong passphrase: %v", err)
	}
	if err := s.Unlock(ctx, liam.ID, liamPassword); err != nil {
		t.Fatal(err)
	}
	if text := exportString(t, s); !containsAll(text, secrets...) {
		t.Fatal("unlocking did not bring every item back")
	}
	// While unlocked, a backup still seals his space.
	os.Remove(backup)
	if _, err := s.AutoBackup(ctx); err != nil {
		t.Fatal(err)
	}
	if hits := filesHolding(t, filepath.Join(dir, "backups"), secrets...); len(hits) > 0 {
		t.Errorf("a backup made while unlocked holds: %v", hits)
	}
	// Venn stops without locking (a crash): the next start seals again.
	s.Close()
	s = openLocking(t, dir, &logs)
	defer s.Close()
	if !s.IsLocked(liam.ID) {
		t.Fatal("a fresh start is unlocked")
	}
	if hits := filesHolding(t, dir, secrets...); len(hits) > 0 {
		t.Errorf("after a crash and a start, on disk: %v", hits)
	}
	// Idle: an open space closes after LockAfter without use.
	if err := s.Unlock(ctx, liam.ID, liamPassword); err != nil {
		t.Fatal(err)
	}
	if locked, _ := s.LockIfIdle(ctx); locked {
		t.Fatal("locked while in use")
	}
	s.now = func() time.Time { return testNow().Add(LockAfter + time.Second) }
	if locked, err := s.LockIfIdle(ctx); !locked || err != nil || !s.IsLocked(liam.ID) {
		t.Fatalf("idle lock: %v %v", locked, err)
	}
	// Forgotten passphrase (or the wrong person pressing the button): the
	// reset empties the space but keeps what was sealed, sealed, for 30
	// days; the owner's passphrase brings it back.
	n, err := s.ResetLock(ctx, liam.ID)
	if err != nil || n < len(secrets) {
		t.Fatalf("reset kept %d items: %v", n, err)
	}
	if s.IsLocked(liam.ID) || containsAny(exportString(t, s), secrets...) {
		t.Error("after a reset the items must be out of sight and the space open")
	}
	if hits := filesHolding(t, dir, secrets...); len(hits) > 0 {
		t.Errorf("after a reset, readable on disk: %v", hits)
	}
	if st, _ := s.LockStatuses(ctx); st[1].ResetItems != n || !st[1].ResetUntil.Equal(s.now().Add(30*24*time.Hour)) {
		t.Fatalf("the reset's kept items are not shown: %+v", st[1])
	}
	if _, _, err := s.RestoreReset(ctx, liam.ID, "not it at all"); !errors.Is(err, ErrWrongPassphrase) {
		t.Fatalf("a wrong passphrase brought the items back: %v", err)
	}
	restored, _, err := s.RestoreReset(ctx, liam.ID, liamPassword)
	if err != nil || restored != n || !containsAny(exportString(t, s), secrets[0]) {
		t.Fatalf("the owner's passphrase brought back %d of %d: %v", restored, n, err)
	}
	// Reset again and wait past the 30 days: gone for good at the next start.
	if err := s.SetLock(ctx, liam.ID, liamPassword); err != nil {
		t.Fatal(err)
	}
	if err := s.LockAll(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := s.ResetLock(ctx, liam.ID); err != nil {
		t.Fatal(err)
	}
	s.Close()
	later := testNow().Add(LockAfter + 31*24*time.Hour)
	s = openLocking(t, dir, &logs)
	defer s.Close()
	s.now = func() time.Time { return later }
	if err := s.purgeResets(ctx); err != nil {
		t.Fatal(err)
	}
	if _, _, err := s.RestoreReset(ctx, liam.ID, liamPassword); !errors.Is(err, ErrNoReset) {
		t.Fatalf("after 30 days the kept items are still there: %v", err)
	}
	if strings.Contains(logs.String(), liamPassword) {
		t.Error("the passphrase is in the log")
	}
	if hits := filesHolding(t, dir, liamPassword); len(hits) > 0 {
		t.Errorf("the passphrase on disk: %v", hits)
	}
}

func TestRemovingALockNeedsThePassphraseAndKeepsTheItems(t *testing.T) {
	ctx := context.Background()
	var logs bytes.Buffer
	s := openLocking(t, t.TempDir(), &logs)
	defer s.Close()
	_, b := setUp(t, s)
	if _, err := s.CreateGoal(ctx, model.GoalPatch{Title: model.Ptr("Sabbatical plan"), Owner: model.Ptr(model.Owner(b.ID)), Private: model.Ptr(true)}); err != nil {
		t.Fatal(err)
	}
	// A six-digit PIN is guessed in days from a copy of the file; ten
	// random digits take years.
	if err := s.SetLock(ctx, b.ID, "314159"); !model.IsValidation(err) || !strings.Contains(err.Error(), "at least a year") {
		t.Fatalf("a six-digit PIN: %v", err)
	}
	if err := s.SetLock(ctx, b.ID, "8347291046"); err != nil {
		t.Fatal(err)
	}
	if err := s.SetLock(ctx, b.ID, "another passphrase"); !model.IsValidation(err) {
		t.Fatalf("a second lock: %v", err)
	}
	st, _ := s.LockStatuses(ctx)
	if !st[1].HasLock || !st[1].Unlocked || st[0].HasLock {
		t.Fatalf("statuses %+v", st)
	}
	if err := s.LockAll(ctx); err != nil {
		t.Fatal(err)
	}
	if st, _ := s.LockStatuses(ctx); st[1].Sealed != 1 || st[1].Unlocked {
		t.Fatalf("after locking: %+v", st[1])
	}
	if err := s.RemoveLock(ctx, b.ID, "8347291064"); !errors.Is(err, ErrWrongPassphrase) {
		t.Fatalf("removed with a wrong PIN: %v", err)
	}
	if err := s.RemoveLock(ctx, b.ID, "8347291046"); err != nil {
		t.Fatal(err)
	}
	if s.IsLocked(b.ID) || !strings.Contains(exportString(t, s), "Sabbatical plan") {
		t.Fatal("removing the lock lost the goal")
	}
}

func containsAny(s string, words ...string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

func containsAll(s string, words ...string) bool {
	for _, w := range words {
		if !strings.Contains(s, w) {
			return false
		}
	}
	return true
}
