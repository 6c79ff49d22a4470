package views

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"time"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/app"
	"github.com/vennplanner/venn/app/diag"
	"github.com/vennplanner/venn/internal/atomicfile"
	"github.com/vennplanner/venn/model"
)

// AppID is Venn's application id (also in FyneApp.toml).
const AppID = "app.venn.planner"

// Version is shown in About when the build carries no metadata.
var Version = "dev"

const (
	prefWidth  = "window.width"
	prefHeight = "window.height"
)

// Run opens the window on the data folder and returns when it closes. The
// run's log goes to a file in the data folder, and a crash leaves a report
// there that the next start mentions.
func Run(ctx context.Context, dataDir string, icon fyne.Resource, start StartOptions) error {
	if err := findDesktop(); err != nil {
		return err // before anything is opened or written
	}
	start.onShown = tuneMemory(ctx)
	verbose := slog.Default().Enabled(ctx, slog.LevelDebug)
	opts := diag.Options{Level: slog.LevelInfo, Console: os.Stderr, ConsoleLevel: slog.LevelWarn}
	if verbose {
		opts.Level, opts.ConsoleLevel = slog.LevelDebug, slog.LevelDebug
	}
	logs, err := diag.Start(dataDir, opts)
	if err != nil {
		slog.Warn("logs and crash reports", "err", err)
	}
	defer logs.Close()

	a := fyneapp.NewWithID(AppID)
	if icon != nil {
		a.SetIcon(icon)
	}
	s, err := OpenWith(ctx, a, dataDir, start)
	if errors.Is(err, ErrWindowFailed) {
		return err // there is no window to explain it in
	}
	if err != nil {
		a.Run() // the window explains what went wrong
		return err
	}
	if logs != nil && logs.PreviousCrash != "" {
		s.ui.noteCrash(logs.PreviousCrash)
	}
	// The system's signal to end (logging out, shutting down) asks Venn to
	// quit as Ctrl+Q does; Fyne quits on it too.
	signals := make(chan os.Signal, 1)
	signal.Notify(signals, os.Interrupt, syscall.SIGTERM)
	defer signal.Stop(signals)
	go func() {
		select {
		case <-signals:
		case <-ctx.Done(): // the command line's interrupt
		}
		s.ui.quitting.begin()
	}()
	finished := make(chan struct{})
	go exitIfStuck(s.ui.quitting.c, finished, quitGrace, func() {
		code := 0
		if err := s.Close(); err != nil {
			slog.Error("close the data", "err", err)
			code = 1
		}
		logs.Close()
		os.Exit(code)
	})
	a.Run()
	close(finished)
	return s.Close()
}

// Session is Venn's main window open on one data folder: what Run shows,
// and what the real-window walk drives.
type Session struct {
	Window  fyne.Window
	Service *app.Service
	ui      *UI
	stop    context.CancelFunc

	closeOnce sync.Once
	closeErr  error
}

// Open builds the main window on the data folder and shows it; the caller
// runs the app, then calls Close. When the data cannot be opened the window
// says why, and the error is returned.
func Open(ctx context.Context, a fyne.App, dataDir string) (*Session, error) {
	return OpenWith(ctx, a, dataDir, StartOptions{})
}

// StartOptions say how the window starts.
type StartOptions struct {
	// TrayOnly starts Venn in the tray without showing the window (at
	// login); Open Venn in the tray's menu shows it.
	TrayOnly bool

	onShown func() // once the window's run loop has started
}

// OpenWith is Open with start options.
func OpenWith(ctx context.Context, a fyne.App, dataDir string, start StartOptions) (*Session, error) {
	began := time.Now()
	a.Lifecycle().SetOnStarted(func() {
		slog.Debug("startup", "phase", "window shown", "elapsed", time.Since(began))
		if start.onShown != nil {
			start.onShown()
		}
	})
	applyTextSize(a.Preferences())
	a.Settings().SetTheme(vennTheme{appearance: a.Preferences().StringWithFallback(prefAppearance, AppearanceSystem)})
	// The window is created titled just "Venn": the desktop driver takes
	// its X11 class from the first title, and the launcher's StartupWMClass
	// is "Venn". The household's name follows once it is shown.
	win := a.NewWindow("Venn")
	win.Resize(fyne.NewSize(
		float32(a.Preferences().FloatWithFallback(prefWidth, 1280)),
		float32(a.Preferences().FloatWithFallback(prefHeight, 800))))

	svc, err := app.Open(ctx, dataDir, app.Options{})
	if err != nil {
		showStartupError(win, err)
		if shown := showWindow(win); shown != nil {
			return nil, errors.Join(err, shown)
		}
		return nil, err
	}
	slog.Debug("startup", "phase", "data opened", "elapsed", time.Since(began))
	// Today is read while the window creates itself.
	svc.ReadTodayAhead(ctx)
	// A start in the tray shows no window, but needs the graphics too.
	show := func() error { return showWindow(win) }
	if start.TrayOnly {
		show = graphicsStarted
	}
	if err := show(); err != nil {
		if closeErr := svc.Close(); closeErr != nil {
			slog.Error("close the data", "err", closeErr)
		}
		return nil, err
	}
	ctx, stop := context.WithCancel(ctx)
	ui := NewUI(ctx, svc, a, win, true)
	ui.setUpTray()
	if os.Getenv("VENN_BENCH_SCREEN") == "memories" {
		// scripts/window-bench measures the memories timeline's peak.
		ui.openCheckins(checkinsMemories)
	}
	slog.Debug("startup", "phase", "screens built", "elapsed", time.Since(began))
	go func() {
		// One backup a day, at start; it must never hold up the window.
		if path, err := svc.AutoBackup(ctx); err != nil {
			slog.Warn("daily backup", "err", err)
		} else if path != "" {
			slog.Info("daily backup", "path", path)
		}
	}()
	go ui.runReminders(ctx)
	go ui.watchIdle(ctx)
	win.SetCloseIntercept(ui.closeWindow)
	return &Session{Window: win, Service: svc, ui: ui, stop: stop}, nil
}

// Close ends the session after the app stopped: reminders stop, sync
// writes this computer's file a last time, and the data is closed.
// Closing again returns the first close's result.
func (s *Session) Close() error {
	s.closeOnce.Do(func() {
		s.stop()
		s.ui.Close()
		s.closeErr = s.Service.Close()
	})
	return s.closeErr
}

// noteCrash says, calmly, that the last run ended in a crash and where its
// report is.
func (ui *UI) noteCrash(report string) {
	msg := widget.NewLabel(say("ui.settings.crashNote", "Report", report))
	msg.Wrapping = fyne.TextWrapBreak
	d := dialog.NewCustom(say("ui.settings.crashTitle"), say("ui.common.close"), msg, ui.win)
	ui.showDialog(d, fyne.NewSize(560, 220))
}

// showStartupError explains, in the window, why Venn could not open its data.
func showStartupError(win fyne.Window, err error) {
	msg := widget.NewLabel(sayError(err))
	msg.Wrapping = fyne.TextWrapWord
	title := widget.NewLabelWithStyle(say("ui.settings.startupFailed"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	quit := widget.NewButton(say("ui.settings.quit"), func() { win.Close() })
	win.SetContent(container.NewCenter(container.NewGridWrap(fyne.NewSize(520, 200),
		container.NewVBox(title, msg, container.NewHBox(quit)))))
	win.Resize(fyne.NewSize(600, 260))
}

func shortcut(key fyne.KeyName, mod fyne.KeyModifier) fyne.Shortcut {
	return &desktop.CustomShortcut{KeyName: key, Modifier: mod}
}

// notUnderADialog wraps a menu action so that its shortcut does nothing
// while a dialog (or a pop-up) is open: Ctrl+2 must not change the tab
// behind a form someone is filling in.
func (ui *UI) notUnderADialog(action func()) func() {
	return func() {
		if ui.win.Canvas().Overlays().Top() != nil {
			return
		}
		action()
	}
}

func (ui *UI) mainMenu() *fyne.MainMenu {
	ctrl := fyne.KeyModifierShortcutDefault
	newGoal := fyne.NewMenuItem(say("ui.settings.menuNewGoal"), ui.notUnderADialog(func() { ui.showTab(tabBoard); ui.board.newGoal() }))
	newGoal.Shortcut = shortcut(fyne.KeyN, ctrl)
	find := fyne.NewMenuItem(say("ui.settings.menuFind"), ui.notUnderADialog(func() { ui.showTab(tabBoard); ui.win.Canvas().Focus(ui.board.search) }))
	find.Shortcut = shortcut(fyne.KeyF, ctrl)
	var tabItems []*fyne.MenuItem
	for t, sc := range screens {
		item := fyne.NewMenuItem(sc.title(), ui.notUnderADialog(func() { ui.showTab(tab(t)) }))
		item.Shortcut = shortcut(sc.key, ctrl)
		tabItems = append(tabItems, item)
	}
	nextPage := fyne.NewMenuItem(say("ui.settings.menuNextPage"), ui.notUnderADialog(func() { ui.turnPage(1) }))
	nextPage.Shortcut = shortcut(fyne.KeyPageDown, ctrl)
	prevPage := fyne.NewMenuItem(say("ui.settings.menuPrevPage"), ui.notUnderADialog(func() { ui.turnPage(-1) }))
	prevPage.Shortcut = shortcut(fyne.KeyPageUp, ctrl)
	printItem := fyne.NewMenuItem(say("ui.settings.menuPrint"), ui.notUnderADialog(func() { ui.showPrintDialog() }))
	printItem.Shortcut = shortcut(fyne.KeyP, ctrl)
	// F1 has no modifier, so it is caught as a typed key (see keys.go); the
	// menu only shows it.
	keys := fyne.NewMenuItem(say("ui.settings.keyboardShortcuts"), ui.showShortcuts)
	keys.Shortcut = shortcut(fyne.KeyF1, 0)
	lock := fyne.NewMenuItem(say("ui.settings.menuLock"), ui.lockAll)
	lock.Shortcut = shortcut(fyne.KeyL, ctrl)
	// The desktop driver offers these keys to the menu before the focused
	// widget; undoKey gives a focused text field its own undo.
	undo := fyne.NewMenuItem(say("ui.settings.undo"), ui.undoKey)
	undo.Shortcut = &fyne.ShortcutUndo{}
	redo := fyne.NewMenuItem(say("ui.settings.redo"), ui.redoKey)
	redo.Shortcut = redoShortcut
	quit := fyne.NewMenuItem(say("ui.settings.quit"), ui.quit)
	quit.Shortcut = shortcut(fyne.KeyQ, ctrl)
	quit.IsQuit = true
	return fyne.NewMainMenu(
		fyne.NewMenu(say("ui.settings.menuFile"), newGoal, printItem, fyne.NewMenuItemSeparator(),
			fyne.NewMenuItem(say("ui.settings.exportEverything"), ui.exportDialog),
			fyne.NewMenuItem(say("ui.settings.import"), ui.importDialog), fyne.NewMenuItemSeparator(), lock, fyne.NewMenuItemSeparator(), quit),
		fyne.NewMenu(say("ui.settings.menuEdit"), undo, redo),
		fyne.NewMenu(say("ui.settings.menuView"), append(append([]*fyne.MenuItem{find, fyne.NewMenuItemSeparator()}, tabItems...),
			fyne.NewMenuItemSeparator(), nextPage, prevPage)...),
		fyne.NewMenu(say("ui.settings.menuHelp"), fyne.NewMenuItem(say("ui.settings.menuMethod"), func() { ui.showMethod(model.MethodHeart) }),
			fyne.NewMenuItem(say("ui.settings.menuFirstWeeks"), ui.showFirstSteps),
			fyne.NewMenuItem(say("ui.settings.menuGettingHelp"), func() { ui.showGettingHelp() }), fyne.NewMenuItemSeparator(),
			keys, fyne.NewMenuItem(say("ui.settings.aboutVenn"), ui.showAbout)),
	)
}

// exportDialog asks where to save everything as JSON, then writes it
// there in the background.
func (ui *UI) exportDialog() {
	field := newPathField(ui, pathToSave, "", fmt.Sprintf("venn-%s.json", ui.now().Format("2006-01-02")))
	ui.pathDialog(say("ui.settings.exportTitle"), say("ui.settings.export"), say("ui.settings.saveTo"), field, nil, func(path string) {
		ui.slowly(say("ui.settings.exporting"), func(ctx context.Context) error {
			if err := atomicfile.Write(path, 0o644, func(w io.Writer) error { return ui.svc.Export(ctx, w) }); err != nil {
				return fmt.Errorf("export failed: %w", err)
			}
			return nil
		}, func() {
			msg := say("ui.settings.exported", "Path", path)
			if locked := ui.svc.LockedNames(ui.ctx); len(locked) > 0 {
				msg += " " + say("ui.settings.exportedLocked", "Names", joinNames(locked))
			}
			ui.toast(msg)
		})
	})
}

// importDialog asks which export to import, then merges it in the background.
func (ui *UI) importDialog() {
	field := newPathField(ui, pathToOpen, "", "")
	ui.pathDialog(say("ui.settings.importTitle"), say("ui.settings.importButton"), say("ui.settings.file"), field, nil, func(path string) {
		var res app.ImportResult
		ui.slowly(say("ui.settings.importing", "File", filepath.Base(path)), func(ctx context.Context) error {
			f, err := os.Open(path)
			if err != nil {
				return fmt.Errorf("open %s: %w", filepath.Base(path), err)
			}
			defer f.Close()
			res, err = ui.svc.Import(ctx, f)
			return err
		}, func() {
			ui.showInformation(say("ui.settings.importFinished"), say("ui.settings.imported", "File", filepath.Base(path), "Result", res.String()))
		})
	})
}

// toast says something short at the foot of the window for a moment.
func (ui *UI) toast(message string) {
	ui.notice.show(message, "", nil)
}

// restoreDialog picks a backup, asks for confirmation, and restores it.
func (ui *UI) restoreDialog() {
	field := newPathField(ui, pathToOpen, ui.svc.BackupDir()+string(filepath.Separator), "")
	ui.pathDialog(say("ui.settings.restoreTitle"), say("ui.settings.restoreButton"), say("ui.settings.backup"), field, nil, func(path string) {
		ui.showConfirm(say("ui.settings.restoreQuestion"),
			say("ui.settings.restoreText", "File", filepath.Base(path)),
			func(yes bool) {
				if !yes {
					return
				}
				ui.slowly(say("ui.settings.restoring"), func(ctx context.Context) error {
					before, err := ui.svc.Restore(ctx, path)
					if err == nil {
						slog.Info("restored", "from", path, "kept", before)
					}
					return err
				}, func() {
					ui.toast(say("ui.settings.restored"))
				})
			})
	})
}

// joinNames is one or two partners' names as a sentence names them: "Maya",
// "Maya and Liam".
func joinNames(names []string) string {
	if len(names) == 2 {
		return say("ui.settings.twoNames", "First", names[0], "Second", names[1])
	}
	return strings.Join(names, ", ")
}
