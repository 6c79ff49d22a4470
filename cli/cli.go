// Package cli runs Venn's command line (demo, export, import, doctor, sync,
// summary, calendar, backup, restore, version) on the same app service the
// window uses. It never imports Fyne: opening the window is handed in by
// main.
package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"

	"github.com/vennplanner/venn/app"
	"github.com/vennplanner/venn/app/summary"
	"github.com/vennplanner/venn/internal/atomicfile"
	"github.com/vennplanner/venn/storage"
	"github.com/vennplanner/venn/storage/replica"
)

// OpenWindow starts the GUI on the data folder; main supplies it.
type OpenWindow func(ctx context.Context, dataDir string, trayOnly bool) error

const usage = `Venn: a planner for two partners who stay two whole people.

Usage:
  venn [--data DIR] [--tray]                open the window (--tray: start in the tray only)
  venn [--data DIR] demo [--scale N] [--memories N]
                                            fill an empty database with a realistic household
  venn [--data DIR] export [--out FILE]     everything as JSON (stdout by default)
  venn [--data DIR] import FILE             merge a JSON export (by id, as local edits)
  venn [--data DIR] sync [--folder DIR] [--as NAME]
                                            one sync pass through a shared folder; --as joins
                                            the household found there as the partner NAME
  venn [--data DIR] doctor                  check the database and the sync folder
  venn [--data DIR] summary --quarter 2026-Q4 --out F.pdf [--paper A4|Letter]
                                            a printable summary (also --year 2026)
  venn [--data DIR] calendar --out DIR      write the .ics calendars (one per partner, one joint)
  venn [--data DIR] backup                  make today's backup now (the window makes one daily)
  venn [--data DIR] restore FILE            replace the data with a backup (a copy of the current data is kept)
  venn version                              print the version

The data folder is --data, else $VENN_DATA, else your per-user data folder.
The household passphrase for sync is $VENN_PASSPHRASE, else the one kept in the system keychain.
`

// Version is set by main from the build's FyneApp.toml metadata ("dev"
// when run with go run).
var Version = "dev"

// commands are the command line's commands by name.
var commands = map[string]func(context.Context, string, []string, io.Writer) error{
	"demo": demo, "export": export, "import": importCmd, "doctor": doctor, "sync": syncCmd,
	"calendar": calendarCmd, "backup": backupCmd, "summary": summaryCmd, "restore": restoreCmd,
}

// Main runs one command line and returns the process exit code.
func Main(ctx context.Context, args []string, stdout, stderr io.Writer, open OpenWindow) int {
	global := flag.NewFlagSet("venn", flag.ContinueOnError)
	global.SetOutput(io.Discard)
	dataFlag := global.String("data", "", "data folder")
	verbose := global.Bool("verbose", false, "log more")
	tray := global.Bool("tray", false, "start in the tray, without the window (as at login)")
	if err := global.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprint(stdout, usage)
			return 0
		}
		fmt.Fprintf(stderr, "venn: %v\n\n%s", err, usage)
		return 2
	}
	setUpLogging(stderr, *verbose)
	defer startProfiles(ctx, stderr)()
	rest := global.Args()
	dir, err := app.ResolveDataDir(*dataFlag)
	if err != nil {
		fmt.Fprintf(stderr, "venn: %v\n", err)
		return 1
	}
	if len(rest) == 0 {
		if err := open(ctx, dir, *tray); err != nil {
			fmt.Fprintf(stderr, "venn: %s\n", app.UserMessage(err))
			return 1
		}
		return 0
	}
	cmd, cmdArgs := rest[0], rest[1:]
	switch cmd {
	case "version":
		fmt.Fprintf(stdout, "venn %s\n", Version)
		return 0
	case "help":
		fmt.Fprint(stdout, usage)
		return 0
	}
	run, ok := commands[cmd]
	if !ok {
		fmt.Fprintf(stderr, "venn: unknown command %q\n\n%s", cmd, usage)
		return 2
	}
	return exitCode(cmd, run(ctx, dir, cmdArgs, stdout), stdout, stderr)
}

// exitCode reports a command's outcome: 0 done (or help shown), 2 a usage
// mistake, 1 anything else, said in plain words.
func exitCode(cmd string, err error, stdout, stderr io.Writer) int {
	if err == nil {
		return 0
	}
	var help helpRequested
	if errors.As(err, &help) {
		fmt.Fprintf(stdout, "%s\nOptions of venn %s:\n%s", usage, cmd, help.flags)
		return 0
	}
	var ue usageError
	if errors.As(err, &ue) {
		fmt.Fprintf(stderr, "venn %s: %s\n\n%s", cmd, ue.msg, usage)
		return 2
	}
	fmt.Fprintf(stderr, "venn %s: %s\n", cmd, app.UserMessage(err))
	return 1
}

func setUpLogging(stderr io.Writer, verbose bool) {
	level := slog.LevelWarn
	if verbose {
		level = slog.LevelDebug
	}
	slog.SetDefault(slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: level})))
}

type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

// helpRequested is returned by parse for "venn CMD --help": the command's
// flags, to print before exiting successfully.
type helpRequested struct{ flags string }

func (h helpRequested) Error() string { return "help requested" }

// parse reads a command's flags; a command takes at most maxArgs other
// arguments ("venn export file.json" is a mistake, not a file name).
func parse(fs *flag.FlagSet, args []string, maxArgs int) error {
	fs.SetOutput(io.Discard)
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			var b strings.Builder
			fs.SetOutput(&b)
			fs.PrintDefaults()
			return helpRequested{b.String()}
		}
		return usageError{err.Error()}
	}
	if fs.NArg() > maxArgs {
		extra := fs.Args()[maxArgs:]
		return usageError{fmt.Sprintf("%s does not take %q (options are written --name value)", fs.Name(), strings.Join(extra, " "))}
	}
	return nil
}

// ErrNoData means a command that only reads found no Venn data where it
// looked: it says so instead of making an empty database there.
var ErrNoData = errors.New("there is no Venn data there yet")

// withExistingService is withService for commands that only read: a data
// folder without a database is not created, it is reported.
func withExistingService(ctx context.Context, dir string, fn func(*app.Service) error) error {
	if _, err := os.Stat(filepath.Join(dir, storage.FileName)); errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("%w: %s holds no Venn data (open Venn there, or run `venn --data %s demo`)", ErrNoData, dir, dir)
	}
	return withService(ctx, dir, fn)
}

// withNewService is withService for the commands that may start a data
// folder (a demo, an import, a restore, joining a household): when the
// folder held no Venn data and the command fails, what opening it made is
// taken away again, so a mistyped --data or a refused file leaves nothing.
func withNewService(ctx context.Context, dir string, fn func(*app.Service) error) error {
	_, dirErr := os.Stat(dir)
	_, dbErr := os.Stat(filepath.Join(dir, storage.FileName))
	if !errors.Is(dbErr, os.ErrNotExist) {
		return withService(ctx, dir, fn)
	}
	err := withService(ctx, dir, fn)
	if err != nil {
		unmake(dir, errors.Is(dirErr, os.ErrNotExist))
	}
	return err
}

// unmake removes the files opening an empty data folder made, and the
// folder itself when it was made too (and is empty then).
func unmake(dir string, folderWasMade bool) {
	for _, name := range []string{storage.FileName, storage.FileName + "-wal", storage.FileName + "-shm", "venn.lock"} {
		os.Remove(filepath.Join(dir, name)) //nolint:errcheck // best effort: it may not exist
	}
	if folderWasMade {
		os.Remove(dir) //nolint:errcheck // only when empty
	}
}

func withService(ctx context.Context, dir string, fn func(*app.Service) error) error {
	svc, err := app.Open(ctx, dir, app.Options{})
	if err != nil {
		return err
	}
	runErr := fn(svc)
	if err := svc.Close(); err != nil && runErr == nil {
		runErr = err
	}
	return runErr
}

func demo(ctx context.Context, dir string, args []string, out io.Writer) error {
	fs := flag.NewFlagSet("demo", flag.ContinueOnError)
	scale := fs.Int("scale", 1, "multiply the demo data")
	memories := fs.Int("memories", 0, "add this many memories with generated photos")
	if err := parse(fs, args, 0); err != nil {
		return err
	}
	if *scale < 1 || *scale > app.MaxDemoScale {
		return fmt.Errorf("the demo scale must be between 1 and %d", app.MaxDemoScale)
	}
	if *memories < 0 || *memories > app.MaxDemoMemories {
		return fmt.Errorf("the demo memories must be between 0 and %d", app.MaxDemoMemories)
	}
	return withNewService(ctx, dir, func(svc *app.Service) error {
		if err := svc.Demo(ctx, *scale); err != nil {
			return err
		}
		if err := svc.DemoMemories(ctx, *memories, 1024); err != nil {
			return err
		}
		fmt.Fprintf(out, "Demo household created in %s with %d goals and %d rituals with a year of history.\n", dir, *scale*app.DemoGoalCount, app.DemoRitualCount)
		return nil
	})
}

func export(ctx context.Context, dir string, args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	outPath := fs.String("out", "", "write to this file instead of standard output")
	if err := parse(fs, args, 0); err != nil {
		return err
	}
	return withExistingService(ctx, dir, func(svc *app.Service) error {
		if *outPath == "" {
			return svc.Export(ctx, stdout)
		}
		if err := atomicfile.Write(*outPath, 0o644, func(w io.Writer) error { return svc.Export(ctx, w) }); err != nil {
			return err
		}
		if locked := svc.LockedNames(ctx); len(locked) > 0 {
			fmt.Fprintf(stdout, "The private spaces of %s are locked: their items are not in %s.\n", strings.Join(locked, " and "), filepath.Base(*outPath))
		}
		return nil
	})
}

func importCmd(ctx context.Context, dir string, args []string, out io.Writer) error {
	fs := flag.NewFlagSet("import", flag.ContinueOnError)
	if err := parse(fs, args, 1); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usageError{"import needs exactly one file"}
	}
	f, err := os.Open(fs.Arg(0))
	if err != nil {
		return fmt.Errorf("open %s: %w", fs.Arg(0), err)
	}
	defer f.Close()
	return withNewService(ctx, dir, func(svc *app.Service) error {
		res, err := svc.Import(ctx, f)
		if err != nil {
			return err
		}
		fmt.Fprintf(out, "Imported %s: %s.\n", filepath.Base(fs.Arg(0)), res)
		return nil
	})
}

func doctor(ctx context.Context, dir string, args []string, out io.Writer) error {
	fs := flag.NewFlagSet("doctor", flag.ContinueOnError)
	if err := parse(fs, args, 0); err != nil {
		return err
	}
	return withExistingService(ctx, dir, func(svc *app.Service) error {
		lines, err := svc.Store().IntegrityCheck(ctx)
		if err != nil {
			return err
		}
		problems := 0
		if len(lines) == 1 && lines[0] == "ok" {
			fmt.Fprintf(out, "Database %s: ok\n", svc.Store().Path())
		} else {
			problems++
			fmt.Fprintf(out, "Database %s has problems:\n  %s\n", svc.Store().Path(), strings.Join(lines, "\n  "))
		}
		checks, err := svc.CheckReplicas(ctx)
		switch {
		case errors.Is(err, app.ErrNoSyncFolder):
			fmt.Fprintln(out, "Sync: no folder chosen.")
		case err != nil:
			return err
		default:
			for _, c := range checks {
				if c.Problem == "" {
					fmt.Fprintf(out, "Replica %s (%s): ok, %d fields\n", c.File, c.Device, c.Fields)
				} else {
					problems++
					fmt.Fprintf(out, "Replica %s: %s\n", c.File, c.Problem)
				}
			}
		}
		if problems > 0 {
			return fmt.Errorf("%d problem(s) found", problems)
		}
		return nil
	})
}

func summaryCmd(ctx context.Context, dir string, args []string, out io.Writer) error {
	fs := flag.NewFlagSet("summary", flag.ContinueOnError)
	quarter := fs.String("quarter", "", "the quarter, like 2026-Q4")
	year := fs.String("year", "", "the year, like 2026")
	outPath := fs.String("out", "", "the PDF file to write")
	paper := fs.String("paper", summary.DefaultPaper(), "A4 or Letter")
	if err := parse(fs, args, 0); err != nil {
		return err
	}
	if (*quarter == "") == (*year == "") {
		return usageError{"summary needs --quarter 2026-Q4 or --year 2026"}
	}
	if *outPath == "" {
		return usageError{"summary needs --out FILE.pdf"}
	}
	if !strings.EqualFold(*paper, "A4") && !strings.EqualFold(*paper, "Letter") {
		return usageError{fmt.Sprintf("--paper is A4 or Letter, not %q", *paper)}
	}
	p, err := summary.ParsePeriod(*quarter + *year)
	if err != nil {
		return err
	}
	size := "A4"
	if strings.EqualFold(*paper, "Letter") {
		size = "Letter"
	}
	return withExistingService(ctx, dir, func(svc *app.Service) error {
		if err := atomicfile.Write(*outPath, 0o644, func(w io.Writer) error { return summary.Write(ctx, svc, w, p, size) }); err != nil {
			return err
		}
		fmt.Fprintf(out, "Wrote the %s summary to %s.\n", p, *outPath)
		return nil
	})
}

func calendarCmd(ctx context.Context, dir string, args []string, out io.Writer) error {
	fs := flag.NewFlagSet("calendar", flag.ContinueOnError)
	outDir := fs.String("out", "", "the folder to write the .ics files into")
	if err := parse(fs, args, 0); err != nil {
		return err
	}
	if *outDir == "" {
		return usageError{"calendar needs --out DIR"}
	}
	if st, err := os.Stat(*outDir); err != nil || !st.IsDir() {
		return fmt.Errorf("%s is not a folder", *outDir)
	}
	return withExistingService(ctx, dir, func(svc *app.Service) error {
		files, err := svc.CalendarFiles(ctx)
		if err != nil {
			return err
		}
		for _, f := range files {
			path := filepath.Join(*outDir, f.Name)
			if err := svc.WriteICSFile(ctx, path, f); err != nil {
				return err
			}
			fmt.Fprintf(out, "Wrote %s (%s).\n", path, f.Title)
		}
		return nil
	})
}

func backupCmd(ctx context.Context, dir string, args []string, out io.Writer) error {
	fs := flag.NewFlagSet("backup", flag.ContinueOnError)
	if err := parse(fs, args, 0); err != nil {
		return err
	}
	return withExistingService(ctx, dir, func(svc *app.Service) error {
		path, err := svc.AutoBackup(ctx)
		if err != nil {
			return err
		}
		if path == "" {
			fmt.Fprintf(out, "Today's backup already exists in %s.\n", svc.BackupDir())
		} else {
			fmt.Fprintf(out, "Backed up to %s.\n", path)
		}
		return nil
	})
}

func restoreCmd(ctx context.Context, dir string, args []string, out io.Writer) error {
	fs := flag.NewFlagSet("restore", flag.ContinueOnError)
	if err := parse(fs, args, 1); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usageError{"restore needs exactly one file"}
	}
	return withNewService(ctx, dir, func(svc *app.Service) error {
		before, err := svc.Restore(ctx, fs.Arg(0))
		if err != nil {
			return err
		}
		fmt.Fprintf(out, "Restored %s. The data as it was before is kept in %s.\n", filepath.Base(fs.Arg(0)), before)
		return nil
	})
}

func syncCmd(ctx context.Context, dir string, args []string, out io.Writer) error {
	fs := flag.NewFlagSet("sync", flag.ContinueOnError)
	folder := fs.String("folder", "", "the shared folder (remembered after the first use)")
	as := fs.String("as", "", "join the household in the folder as this partner")
	household := fs.String("household", "", "with --as: which household to join when the folder holds several")
	if err := parse(fs, args, 0); err != nil {
		return err
	}
	open := withExistingService
	if *as != "" {
		open = withNewService // joining may start this computer's data
	} else if _, err := os.Stat(filepath.Join(dir, storage.FileName)); errors.Is(err, os.ErrNotExist) && *folder != "" {
		return fmt.Errorf("this Venn has no household yet: add --as NAME to join the household in %s as one of its partners", *folder)
	}
	return open(ctx, dir, func(svc *app.Service) error {
		_, _, herr := svc.Household(ctx)
		switch {
		case *as != "":
			if *folder == "" {
				return usageError{"--as needs --folder: the folder your partner's Venn syncs to"}
			}
			err := svc.JoinHousehold(ctx, *folder, "", *as, *household)
			if errors.Is(err, app.ErrSeveralHouseholds) {
				found, _, ferr := svc.FolderHouseholds(ctx, *folder, "")
				if ferr != nil {
					return ferr
				}
				msg := "the folder holds more than one household; add --household ID to say which to join:"
				for _, h := range found {
					msg += fmt.Sprintf("\n  %s  %s", h.ID, app.DescribeHousehold(h))
				}
				return usageError{msg}
			}
			if err != nil {
				return err
			}
			fmt.Fprintf(out, "Joined the household in %s as %s.\n", *folder, *as)
		case errors.Is(herr, app.ErrNoHousehold) && *folder != "":
			return fmt.Errorf("this Venn has no household yet: add --as NAME to join the household in %s as one of its partners", *folder)
		case *folder != "":
			if err := svc.SetSyncFolder(ctx, *folder); err != nil {
				return err
			}
		}
		// Syncing from the command line is choosing the passphrase this
		// computer has ($VENN_PASSPHRASE, or none): tried on the folder first.
		if err := svc.UseCurrentPassphrase(ctx); err != nil && !errors.Is(err, app.ErrNoSyncFolder) {
			return err
		}
		rep, err := svc.SyncNow(ctx)
		if err != nil {
			return err
		}
		printReport(out, svc, rep)
		return nil
	})
}

func printReport(out io.Writer, svc *app.Service, rep replica.Report) {
	set, _ := svc.SyncSettings(context.Background())
	fmt.Fprintf(out, "Synced through %s\n", set.Folder)
	for _, m := range rep.Merged {
		what := fmt.Sprintf("%d changes", m.Fields)
		if m.Fields == 0 {
			what = "nothing new"
		}
		if m.Withdrawn > 0 {
			what += fmt.Sprintf(", %d made private by their owner", m.Withdrawn)
		}
		fmt.Fprintf(out, "  merged   %s (from %s): %s\n", m.File, orUnknown(m.Device), what)
	}
	for _, s := range rep.Skipped {
		fmt.Fprintf(out, "  skipped  %s: %s\n", s.File, s.Reason)
	}
	for _, w := range rep.Warnings {
		fmt.Fprintf(out, "  warning  %s\n", w)
	}
	if rep.Compacted > 0 {
		fmt.Fprintf(out, "  tidied   %d deleted items every computer has heard of\n", rep.Compacted)
	}
	for _, m := range rep.Merged {
		if m.Protected > 0 {
			fmt.Fprintf(out, "  left     %d item(s) in %s alone: private here, or words written on another computer\n", m.Protected, m.File)
		}
	}
	if rep.Wrote {
		fmt.Fprintf(out, "  wrote    this computer's replica\n")
	}
	if rep.Held != "" {
		fmt.Fprintf(out, "  waiting  %s\n", rep.Held)
	}
	for _, d := range rep.Devices {
		fmt.Fprintf(out, "  other computer: %s, last wrote %s\n", orUnknown(d.Name), d.LastSeen.Local().Format("2006-01-02 15:04"))
	}
}

func orUnknown(s string) string {
	if s == "" {
		return "an unnamed computer"
	}
	return s
}
