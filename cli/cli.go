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
	"strconv"
	"strings"

	"github.com/vennplanner/venn/app"
	"github.com/vennplanner/venn/app/summary"
	"github.com/vennplanner/venn/i18n"
	"github.com/vennplanner/venn/internal/atomicfile"
	"github.com/vennplanner/venn/storage"
	"github.com/vennplanner/venn/storage/replica"
)

// OpenWindow starts the GUI on the data folder; main supplies it.
type OpenWindow func(ctx context.Context, dataDir string, trayOnly bool) error

// usage is the command line's help, in the language it speaks.
func usage(tr *i18n.Tr) string { return tr.T("cli.usage") }

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
	langFlag := global.String("lang", "", "the language of Venn's words: en, de, fr, es or ar")
	if err := global.Parse(args); err != nil {
		tr := i18n.Choose(i18n.CLI, "", "")
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprint(stdout, usage(tr))
			return 0
		}
		fmt.Fprintf(stderr, "venn: %v\n\n%s", err, usage(tr))
		return 2
	}
	sp := &speaker{lang: *langFlag, tr: i18n.Choose(i18n.CLI, *langFlag, "")}
	ctx = context.WithValue(ctx, speakerKey{}, sp)
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
			fmt.Fprintf(stderr, "venn: %s\n", app.UserMessageIn(sp.tr, err))
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
		fmt.Fprint(stdout, usage(sp.tr))
		return 0
	}
	run, ok := commands[cmd]
	if !ok {
		fmt.Fprintf(stderr, "venn: %s\n\n%s", sp.tr.T("cli.err.unknownCommand", "Command", strconv.Quote(cmd)), usage(sp.tr))
		return 2
	}
	err = run(ctx, dir, cmdArgs, stdout)
	return exitCode(cmd, err, stdout, stderr, sp.tr)
}

// speaker is the language of the command line's words: --lang, else
// $VENN_LANG or the system's, and once the data is open the setting too.
type speaker struct {
	lang string // --lang
	tr   *i18n.Tr
}

type speakerKey struct{}

// say is the language the command line speaks in ctx.
func say(ctx context.Context) *i18n.Tr {
	if sp, ok := ctx.Value(speakerKey{}).(*speaker); ok {
		return sp.tr
	}
	return i18n.Choose(i18n.CLI, "", "")
}

// exitCode reports a command's outcome: 0 done (or help shown), 2 a usage
// mistake, 1 anything else, said in plain words.
func exitCode(cmd string, err error, stdout, stderr io.Writer, tr *i18n.Tr) int {
	if err == nil {
		return 0
	}
	var help helpRequested
	if errors.As(err, &help) {
		fmt.Fprintf(stdout, "%s\n%s\n%s", usage(tr), tr.T("cli.help.options", "Command", cmd), help.flags)
		return 0
	}
	var ue usageError
	if errors.As(err, &ue) {
		fmt.Fprintf(stderr, "venn %s: %s\n\n%s", cmd, ue.msg, usage(tr))
		return 2
	}
	fmt.Fprintf(stderr, "venn %s: %s\n", cmd, app.UserMessageIn(tr, err))
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
func parse(ctx context.Context, fs *flag.FlagSet, args []string, maxArgs int) error {
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
		return usageError{say(ctx).T("cli.err.extraArgs", "Command", fs.Name(), "Extra", strconv.Quote(strings.Join(extra, " ")))}
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
		return noData{say(ctx).T("cli.err.noData", "Dir", dir)}
	}
	return withService(ctx, dir, fn)
}

// noData is ErrNoData said in the command line's language.
type noData struct{ msg string }

func (e noData) Error() string { return e.msg }
func (e noData) Unwrap() error { return ErrNoData }

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
	sp, _ := ctx.Value(speakerKey{}).(*speaker)
	if sp == nil {
		sp = &speaker{}
	}
	svc, err := app.Open(ctx, dir, app.Options{Lang: sp.lang})
	if err != nil {
		return err
	}
	sp.tr = svc.Translator(ctx, i18n.CLI) // the setting counts now
	runErr := fn(svc)
	if err := svc.Close(); err != nil && runErr == nil {
		runErr = err
	}
	return runErr
}

func demo(ctx context.Context, dir string, args []string, out io.Writer) error {
	fs := flag.NewFlagSet("demo", flag.ContinueOnError)
	tr := say(ctx)
	scale := fs.Int("scale", 1, tr.T("cli.flag.scale"))
	memories := fs.Int("memories", 0, tr.T("cli.flag.memories"))
	if err := parse(ctx, fs, args, 0); err != nil {
		return err
	}
	if *scale < 1 || *scale > app.MaxDemoScale {
		return errors.New(tr.T("cli.err.demoScale", "Max", app.MaxDemoScale))
	}
	if *memories < 0 || *memories > app.MaxDemoMemories {
		return errors.New(tr.T("cli.err.demoMemories", "Max", app.MaxDemoMemories))
	}
	return withNewService(ctx, dir, func(svc *app.Service) error {
		if err := svc.Demo(ctx, *scale); err != nil {
			return err
		}
		if err := svc.DemoMemories(ctx, *memories, 1024); err != nil {
			return err
		}
		fmt.Fprintln(out, say(ctx).N("cli.demo.done", *scale*app.DemoGoalCount, "Dir", dir, "Rituals", app.DemoRitualCount))
		return nil
	})
}

func export(ctx context.Context, dir string, args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	outPath := fs.String("out", "", say(ctx).T("cli.flag.exportOut"))
	if err := parse(ctx, fs, args, 0); err != nil {
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
			fmt.Fprintln(stdout, say(ctx).T("cli.export.locked", "Names", strings.Join(locked, say(ctx).T("cli.and")), "File", filepath.Base(*outPath)))
		}
		return nil
	})
}

func importCmd(ctx context.Context, dir string, args []string, out io.Writer) error {
	fs := flag.NewFlagSet("import", flag.ContinueOnError)
	if err := parse(ctx, fs, args, 1); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usageError{say(ctx).T("cli.err.importOne")}
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
		fmt.Fprintln(out, say(ctx).T("cli.import.done", "File", filepath.Base(fs.Arg(0)), "Result", res.String()))
		return nil
	})
}

func doctor(ctx context.Context, dir string, args []string, out io.Writer) error {
	fs := flag.NewFlagSet("doctor", flag.ContinueOnError)
	if err := parse(ctx, fs, args, 0); err != nil {
		return err
	}
	return withExistingService(ctx, dir, func(svc *app.Service) error {
		tr := say(ctx)
		problems, err := checkDatabase(ctx, svc, out, tr)
		if err != nil {
			return err
		}
		n, err := checkReplicas(ctx, svc, out, tr)
		if err != nil {
			return err
		}
		if problems += n; problems > 0 {
			return errors.New(tr.N("cli.doctor.problems", problems))
		}
		return nil
	})
}

// checkDatabase prints the database's integrity check and counts its
// problems (0 or 1).
func checkDatabase(ctx context.Context, svc *app.Service, out io.Writer, tr *i18n.Tr) (int, error) {
	lines, err := svc.Store().IntegrityCheck(ctx)
	if err != nil {
		return 0, err
	}
	if len(lines) == 1 && lines[0] == "ok" {
		fmt.Fprintln(out, tr.T("cli.doctor.dbOk", "Path", svc.Store().Path()))
		return 0, nil
	}
	fmt.Fprintf(out, "%s\n  %s\n", tr.T("cli.doctor.dbProblems", "Path", svc.Store().Path()), strings.Join(lines, "\n  "))
	return 1, nil
}

// checkReplicas prints each replica in the sync folder and counts those
// with a problem.
func checkReplicas(ctx context.Context, svc *app.Service, out io.Writer, tr *i18n.Tr) (int, error) {
	checks, err := svc.CheckReplicas(ctx)
	switch {
	case errors.Is(err, app.ErrNoSyncFolder):
		fmt.Fprintln(out, tr.T("cli.doctor.noFolder"))
		return 0, nil
	case err != nil:
		return 0, err
	}
	problems := 0
	for _, c := range checks {
		if c.Problem == "" {
			fmt.Fprintln(out, tr.N("cli.doctor.replicaOk", c.Fields, "File", c.File, "Device", c.Device))
		} else {
			problems++
			fmt.Fprintln(out, tr.T("cli.doctor.replicaProblem", "File", c.File, "Problem", c.Problem))
		}
	}
	return problems, nil
}

func summaryCmd(ctx context.Context, dir string, args []string, out io.Writer) error {
	fs := flag.NewFlagSet("summary", flag.ContinueOnError)
	tr := say(ctx)
	quarter := fs.String("quarter", "", tr.T("cli.flag.quarter"))
	year := fs.String("year", "", tr.T("cli.flag.year"))
	outPath := fs.String("out", "", tr.T("cli.flag.pdfOut"))
	paper := fs.String("paper", summary.DefaultPaper(), tr.T("cli.flag.paper"))
	if err := parse(ctx, fs, args, 0); err != nil {
		return err
	}
	if (*quarter == "") == (*year == "") {
		return usageError{tr.T("cli.err.summaryPeriod")}
	}
	if *outPath == "" {
		return usageError{tr.T("cli.err.summaryOut")}
	}
	if !strings.EqualFold(*paper, "A4") && !strings.EqualFold(*paper, "Letter") {
		return usageError{tr.T("cli.err.paper", "Paper", strconv.Quote(*paper))}
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
		fmt.Fprintln(out, say(ctx).T("cli.summary.done", "Period", p.String(), "File", *outPath))
		return nil
	})
}

func calendarCmd(ctx context.Context, dir string, args []string, out io.Writer) error {
	fs := flag.NewFlagSet("calendar", flag.ContinueOnError)
	outDir := fs.String("out", "", say(ctx).T("cli.flag.icsOut"))
	if err := parse(ctx, fs, args, 0); err != nil {
		return err
	}
	if *outDir == "" {
		return usageError{say(ctx).T("cli.err.calendarOut")}
	}
	if st, err := os.Stat(*outDir); err != nil || !st.IsDir() {
		return errors.New(say(ctx).T("cli.err.notFolder", "Path", *outDir))
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
			fmt.Fprintln(out, say(ctx).T("cli.calendar.wrote", "Path", path, "Title", f.Title))
		}
		return nil
	})
}

func backupCmd(ctx context.Context, dir string, args []string, out io.Writer) error {
	fs := flag.NewFlagSet("backup", flag.ContinueOnError)
	if err := parse(ctx, fs, args, 0); err != nil {
		return err
	}
	return withExistingService(ctx, dir, func(svc *app.Service) error {
		path, err := svc.AutoBackup(ctx)
		if err != nil {
			return err
		}
		if path == "" {
			fmt.Fprintln(out, say(ctx).T("cli.backup.exists", "Dir", svc.BackupDir()))
		} else {
			fmt.Fprintln(out, say(ctx).T("cli.backup.done", "Path", path))
		}
		return nil
	})
}

func restoreCmd(ctx context.Context, dir string, args []string, out io.Writer) error {
	fs := flag.NewFlagSet("restore", flag.ContinueOnError)
	if err := parse(ctx, fs, args, 1); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usageError{say(ctx).T("cli.err.restoreOne")}
	}
	return withNewService(ctx, dir, func(svc *app.Service) error {
		before, err := svc.Restore(ctx, fs.Arg(0))
		if err != nil {
			return err
		}
		fmt.Fprintln(out, say(ctx).T("cli.restore.done", "File", filepath.Base(fs.Arg(0)), "Path", before))
		return nil
	})
}

func syncCmd(ctx context.Context, dir string, args []string, out io.Writer) error {
	fs := flag.NewFlagSet("sync", flag.ContinueOnError)
	tr := say(ctx)
	folder := fs.String("folder", "", tr.T("cli.flag.folder"))
	as := fs.String("as", "", tr.T("cli.flag.as"))
	household := fs.String("household", "", tr.T("cli.flag.household"))
	if err := parse(ctx, fs, args, 0); err != nil {
		return err
	}
	open := withExistingService
	if *as != "" {
		open = withNewService // joining may start this computer's data
	} else if _, err := os.Stat(filepath.Join(dir, storage.FileName)); errors.Is(err, os.ErrNotExist) && *folder != "" {
		return errors.New(tr.T("cli.err.noHousehold", "Folder", *folder))
	}
	return open(ctx, dir, func(svc *app.Service) error {
		if err := joinOrChoose(ctx, svc, *folder, *as, *household, out); err != nil {
			return err
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
		printReport(out, svc, rep, say(ctx))
		return nil
	})
}

// joinOrChoose joins the household in folder as the partner called as, or
// remembers folder as the sync folder, before a sync pass.
func joinOrChoose(ctx context.Context, svc *app.Service, folder, as, household string, out io.Writer) error {
	tr := say(ctx)
	_, _, herr := svc.Household(ctx)
	switch {
	case as != "":
		if folder == "" {
			return usageError{tr.T("cli.err.asNeedsFolder")}
		}
		err := svc.JoinHousehold(ctx, folder, "", as, household)
		if errors.Is(err, app.ErrSeveralHouseholds) {
			return severalHouseholds(ctx, svc, folder)
		}
		if err != nil {
			return err
		}
		fmt.Fprintln(out, tr.T("cli.sync.joined", "Folder", folder, "Name", as))
	case errors.Is(herr, app.ErrNoHousehold) && folder != "":
		return errors.New(tr.T("cli.err.noHousehold", "Folder", folder))
	case folder != "":
		return svc.SetSyncFolder(ctx, folder)
	}
	return nil
}

// severalHouseholds is the usage mistake of joining a folder that holds
// more than one household without saying which.
func severalHouseholds(ctx context.Context, svc *app.Service, folder string) error {
	found, _, err := svc.FolderHouseholds(ctx, folder, "")
	if err != nil {
		return err
	}
	msg := say(ctx).T("cli.err.severalHouseholds")
	for _, h := range found {
		msg += fmt.Sprintf("\n  %s  %s", h.ID, app.DescribeHousehold(h))
	}
	return usageError{msg}
}

func printReport(out io.Writer, svc *app.Service, rep replica.Report, tr *i18n.Tr) {
	set, _ := svc.SyncSettings(context.Background())
	fmt.Fprintln(out, tr.T("cli.sync.through", "Folder", set.Folder))
	for _, m := range rep.Merged {
		what := tr.N("cli.sync.changes", m.Fields)
		if m.Fields == 0 {
			what = tr.T("cli.sync.nothingNew")
		}
		if m.Withdrawn > 0 {
			what += tr.N("cli.sync.withdrawn", m.Withdrawn)
		}
		fmt.Fprintln(out, tr.T("cli.sync.merged", "File", m.File, "Device", orUnknown(m.Device, tr), "What", what))
	}
	for _, s := range rep.Skipped {
		fmt.Fprintln(out, tr.T("cli.sync.skipped", "File", s.File, "Reason", s.Reason))
	}
	for _, w := range rep.Warnings {
		fmt.Fprintln(out, tr.T("cli.sync.warning", "Warning", w))
	}
	printTidying(out, rep, tr)
	for _, d := range rep.Devices {
		fmt.Fprintln(out, tr.T("cli.sync.device", "Name", orUnknown(d.Name, tr), "When", tr.NumericDate(d.LastSeen.Local())+" "+tr.Clock(d.LastSeen.Local().Hour()*60+d.LastSeen.Local().Minute())))
	}
}

// printTidying prints what a sync pass tidied, left alone, wrote and
// waits for.
func printTidying(out io.Writer, rep replica.Report, tr *i18n.Tr) {
	if rep.Compacted > 0 {
		fmt.Fprintln(out, tr.N("cli.sync.tidied", rep.Compacted))
	}
	for _, m := range rep.Merged {
		if m.Protected > 0 {
			fmt.Fprintln(out, tr.N("cli.sync.left", m.Protected, "File", m.File))
		}
	}
	if rep.Wrote {
		fmt.Fprintln(out, tr.T("cli.sync.wrote"))
	}
	if rep.Held != "" {
		fmt.Fprintln(out, tr.T("cli.sync.waiting", "Held", rep.Held))
	}
}

func orUnknown(s string, tr *i18n.Tr) string {
	if s == "" {
		return tr.T("cli.sync.unnamed")
	}
	return s
}
