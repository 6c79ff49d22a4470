// Package diag keeps what a person can send when something goes wrong: a
// rotating log file and the crash reports of the window, both in the data
// folder. A crash is never silent: the next start finds its report and the
// window says, calmly, where it is.
package diag

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"
	"time"

	"gopkg.in/natefinch/lumberjack.v2"
)

// Where, inside the data folder, logs and crash reports go, and how many
// are kept.
const (
	LogDir        = "logs"
	LogFile       = "venn.log"
	CrashDir      = "crashes"
	keepCrashes   = 5
	logMegabytes  = 1
	keepOldLogs   = 3
	reportedMark  = "reported"
	crashPrefix   = "crash-"
	crashSuffix   = ".txt"
	crashStampFmt = "20060102-150405.000"
)

// Session is one run's log file and crash report.
type Session struct {
	// PreviousCrash is the report of the last run, when it ended in a crash
	// that has not been reported yet; empty otherwise.
	PreviousCrash string
	// LogPath is the current log file.
	LogPath string

	logs      *lumberjack.Logger
	crash     *os.File
	crashPath string
	previous  *slog.Logger
}

// Options say where records go besides the log file.
type Options struct {
	Level        slog.Level // records at this level and above go to the file
	Console      io.Writer  // a terminal, usually standard error; nil for none
	ConsoleLevel slog.Level // records at this level and above go to Console
	Now          time.Time  // names this run's crash report
}

// Start makes the default logger write to a rotating file in the data
// folder (and to the console), and arranges for a crash of this process to
// be written to a report there. Close undoes both.
func Start(dataDir string, opts Options) (*Session, error) {
	s := &Session{previous: slog.Default()}
	logDir := filepath.Join(dataDir, LogDir)
	if err := os.MkdirAll(logDir, 0o700); err != nil {
		return nil, fmt.Errorf("create the log folder: %w", err)
	}
	s.LogPath = filepath.Join(logDir, LogFile)
	s.logs = &lumberjack.Logger{Filename: s.LogPath, MaxSize: logMegabytes, MaxBackups: keepOldLogs}
	handlers := []slog.Handler{slog.NewTextHandler(s.logs, &slog.HandlerOptions{Level: opts.Level})}
	if opts.Console != nil {
		handlers = append(handlers, slog.NewTextHandler(opts.Console, &slog.HandlerOptions{Level: opts.ConsoleLevel}))
	}
	slog.SetDefault(slog.New(slog.NewMultiHandler(handlers...)))
	now := opts.Now
	if now.IsZero() {
		now = time.Now()
	}

	crashDir := filepath.Join(dataDir, CrashDir)
	if err := os.MkdirAll(crashDir, 0o700); err != nil {
		return s, fmt.Errorf("create the crash-report folder: %w", err)
	}
	prev, err := unreportedCrash(crashDir)
	if err != nil {
		slog.Warn("read crash reports", "err", err)
	}
	s.PreviousCrash = prev
	s.crashPath = filepath.Join(crashDir, crashPrefix+now.UTC().Format(crashStampFmt)+crashSuffix)
	f, err := os.OpenFile(s.crashPath, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o600)
	if err != nil {
		return s, fmt.Errorf("create the crash report: %w", err)
	}
	s.crash = f
	if err := debug.SetCrashOutput(f, debug.CrashOptions{}); err != nil {
		return s, fmt.Errorf("set the crash output: %w", err)
	}
	return s, nil
}

// Close ends the session: no crash happened, so its empty report is
// removed, and logging goes back to where it went before Start.
func (s *Session) Close() error {
	if s == nil {
		return nil
	}
	var errs []error
	if s.crash != nil {
		errs = append(errs, debug.SetCrashOutput(nil, debug.CrashOptions{}))
		errs = append(errs, s.crash.Close())
		if info, err := os.Stat(s.crashPath); err == nil && info.Size() == 0 {
			errs = append(errs, os.Remove(s.crashPath))
		}
	}
	slog.SetDefault(s.previous)
	if s.logs != nil {
		errs = append(errs, s.logs.Close())
	}
	return errors.Join(errs...)
}

// unreportedCrash tidies the crash folder — empty reports (runs that were
// killed, or are still running elsewhere) are left alone only when fresh,
// and only the newest few reports are kept — and returns the newest report
// not yet shown, marking it as shown.
func unreportedCrash(dir string) (string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return "", err
	}
	var reports []string
	for _, e := range entries {
		name := e.Name()
		if !e.Type().IsRegular() || !strings.HasPrefix(name, crashPrefix) || !strings.HasSuffix(name, crashSuffix) {
			continue
		}
		info, err := e.Info()
		if err != nil {
			continue
		}
		if info.Size() == 0 {
			// A run that ended without crashing removes its own empty
			// report; one left behind was killed. Another Venn may still be
			// running on this folder, so only stale ones go.
			if time.Since(info.ModTime()) > 24*time.Hour {
				os.Remove(filepath.Join(dir, name))
			}
			continue
		}
		reports = append(reports, name)
	}
	slices.Sort(reports) // the time stamp in the name sorts by time
	for len(reports) > keepCrashes {
		os.Remove(filepath.Join(dir, reports[0]))
		reports = reports[1:]
	}
	if len(reports) == 0 {
		return "", nil
	}
	newest := reports[len(reports)-1]
	mark := filepath.Join(dir, reportedMark)
	last, err := os.ReadFile(mark)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return "", err
	}
	if strings.TrimSpace(string(last)) >= newest {
		return "", nil
	}
	if err := os.WriteFile(mark, []byte(newest+"\n"), 0o600); err != nil {
		return "", err
	}
	return filepath.Join(dir, newest), nil
}
