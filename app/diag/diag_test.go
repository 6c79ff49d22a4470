package diag

import (
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// crashHelper is set in the environment of a child process that starts a
// session and then panics, as a crashing window would.
const crashHelper = "VENN_DIAG_CRASH_HELPER"

func TestMain(m *testing.M) {
	if dir := os.Getenv(crashHelper); dir != "" {
		if _, err := Start(dir, Options{Level: slog.LevelInfo}); err != nil {
			os.Exit(3)
		}
		slog.Info("about to fall over")
		panic("a widget had two parents")
	}
	os.Exit(m.Run())
}

func TestACrashIsReportedOnceAtTheNextStart(t *testing.T) {
	dir := t.TempDir()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), crashHelper+"="+dir)
	if err := cmd.Run(); err == nil {
		t.Fatal("the crashing helper exited cleanly")
	}

	s, err := Start(dir, Options{Level: slog.LevelInfo})
	if err != nil {
		t.Fatal(err)
	}
	if s.PreviousCrash == "" {
		t.Fatal("the crash of the last run was not found")
	}
	report, err := os.ReadFile(s.PreviousCrash)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(report), "a widget had two parents") || !strings.Contains(string(report), "goroutine") {
		t.Errorf("the report does not hold the panic and its stack:\n%s", report)
	}
	logged, err := os.ReadFile(filepath.Join(dir, LogDir, LogFile))
	if err != nil || !strings.Contains(string(logged), "about to fall over") {
		t.Errorf("the crashed run's log line is not in the log file (%v):\n%s", err, logged)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	again, err := Start(dir, Options{Level: slog.LevelInfo})
	if err != nil {
		t.Fatal(err)
	}
	defer again.Close()
	if again.PreviousCrash != "" {
		t.Errorf("the same crash was reported twice: %s", again.PreviousCrash)
	}
}

func TestACleanRunLeavesNoReport(t *testing.T) {
	dir := t.TempDir()
	s, err := Start(dir, Options{Level: slog.LevelInfo})
	if err != nil {
		t.Fatal(err)
	}
	if s.PreviousCrash != "" {
		t.Errorf("a new folder reported a crash: %s", s.PreviousCrash)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	entries, err := os.ReadDir(filepath.Join(dir, CrashDir))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		t.Errorf("a clean run left %s behind", e.Name())
	}
}

func TestOnlyTheNewestReportsAreKept(t *testing.T) {
	dir := t.TempDir()
	crashes := filepath.Join(dir, CrashDir)
	if err := os.MkdirAll(crashes, 0o700); err != nil {
		t.Fatal(err)
	}
	base := time.Date(2026, 11, 1, 20, 0, 0, 0, time.UTC)
	for i := range keepCrashes + 3 {
		name := crashPrefix + base.Add(time.Duration(i)*time.Hour).Format(crashStampFmt) + crashSuffix
		if err := os.WriteFile(filepath.Join(crashes, name), []byte("panic: "+name), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	s, err := Start(dir, Options{Level: slog.LevelInfo, Now: base.Add(24 * time.Hour)})
	if err != nil {
		t.Fatal(err)
	}
	want := crashPrefix + base.Add(time.Duration(keepCrashes+2)*time.Hour).Format(crashStampFmt) + crashSuffix
	if filepath.Base(s.PreviousCrash) != want {
		t.Errorf("reported %q, want the newest, %q", filepath.Base(s.PreviousCrash), want)
	}
	s.Close()
	entries, _ := os.ReadDir(crashes)
	n := 0
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), crashPrefix) {
			n++
		}
	}
	if n != keepCrashes {
		t.Errorf("%d reports kept, want %d", n, keepCrashes)
	}
}
