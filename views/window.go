package views

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"runtime/debug"
	"time"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	fynestorage "fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/app"
)

// AppID is Venn's application id (also in FyneApp.toml).
const AppID = "app.venn.planner"

// Version is shown in About when the build carries no metadata.
var Version = "dev"

const (
	prefWidth  = "window.width"
	prefHeight = "window.height"
)

// Run opens the window on the data folder and returns when it closes.
func Run(ctx context.Context, dataDir string, icon fyne.Resource) error {
	began := time.Now()
	if os.Getenv("GOGC") == "" {
		// A desktop app that stays open all evening: collect garbage a little
		// more eagerly to keep its memory small (about 30 MB less with 10,000 goals).
		debug.SetGCPercent(50)
	}
	a := fyneapp.NewWithID(AppID)
	a.Lifecycle().SetOnStarted(func() { slog.Debug("startup", "phase", "window shown", "elapsed", time.Since(began)) })
	if icon != nil {
		a.SetIcon(icon)
	}
	a.Settings().SetTheme(vennTheme{appearance: a.Preferences().StringWithFallback(prefAppearance, AppearanceSystem)})
	win := a.NewWindow("Venn")
	win.Resize(fyne.NewSize(
		float32(a.Preferences().FloatWithFallback(prefWidth, 1280)),
		float32(a.Preferences().FloatWithFallback(prefHeight, 800))))

	svc, err := app.Open(ctx, dataDir, app.Options{})
	if err != nil {
		showStartupError(win, err)
		win.ShowAndRun()
		return err
	}
	slog.Debug("startup", "phase", "data opened", "elapsed", time.Since(began))
	ui := NewUI(ctx, svc, a, win, true)
	slog.Debug("startup", "phase", "screens built", "elapsed", time.Since(began))
	go func() {
		// One backup a day, at start; it must never hold up the window.
		if path, err := svc.AutoBackup(ctx); err != nil {
			slog.Warn("daily backup", "err", err)
		} else if path != "" {
			slog.Info("daily backup", "path", path)
		}
	}()
	remindCtx, stopReminders := context.WithCancel(ctx)
	defer stopReminders()
	go ui.runReminders(remindCtx)
	win.SetCloseIntercept(func() {
		size := win.Canvas().Size()
		a.Preferences().SetFloat(prefWidth, float64(size.Width))
		a.Preferences().SetFloat(prefHeight, float64(size.Height))
		win.Close()
	})
	win.ShowAndRun()
	ui.Close()
	return svc.Close()
}

// showStartupError explains, in the window, why Venn could not open its data.
func showStartupError(win fyne.Window, err error) {
	msg := widget.NewLabel(app.UserMessage(err))
	msg.Wrapping = fyne.TextWrapWord
	title := widget.NewLabelWithStyle("Venn could not open your data", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	quit := widget.NewButton("Quit", func() { win.Close() })
	win.SetContent(container.NewCenter(container.NewGridWrap(fyne.NewSize(520, 200),
		container.NewVBox(title, msg, container.NewHBox(quit)))))
	win.Resize(fyne.NewSize(600, 260))
}

func shortcut(key fyne.KeyName, mod fyne.KeyModifier) fyne.Shortcut {
	return &desktop.CustomShortcut{KeyName: key, Modifier: mod}
}

func (ui *UI) mainMenu() *fyne.MainMenu {
	ctrl := fyne.KeyModifierShortcutDefault
	newGoal := fyne.NewMenuItem("New goal…", func() { ui.showTab(tabBoard); ui.board.newGoal() })
	newGoal.Shortcut = shortcut(fyne.KeyN, ctrl)
	find := fyne.NewMenuItem("Find…", func() { ui.showTab(tabBoard); ui.win.Canvas().Focus(ui.board.search) })
	find.Shortcut = shortcut(fyne.KeyF, ctrl)
	var tabItems []*fyne.MenuItem
	for t, info := range tabInfo {
		item := fyne.NewMenuItem(info.title, func() { ui.showTab(tab(t)) })
		item.Shortcut = shortcut(fyne.KeyName(fmt.Sprint(t+1)), ctrl)
		tabItems = append(tabItems, item)
	}
	printItem := fyne.NewMenuItem("Print summary…", func() { ui.showPrintDialog() })
	printItem.Shortcut = shortcut(fyne.KeyP, ctrl)
	keys := fyne.NewMenuItem("Keyboard shortcuts", ui.showShortcuts)
	keys.Shortcut = shortcut(fyne.KeyF1, 0)
	ui.win.Canvas().AddShortcut(keys.Shortcut, func(fyne.Shortcut) { ui.showShortcuts() })
	return fyne.NewMainMenu(
		fyne.NewMenu("File", newGoal, printItem, fyne.NewMenuItemSeparator(),
			fyne.NewMenuItem("Export everything…", ui.exportDialog),
			fyne.NewMenuItem("Import…", ui.importDialog)),
		fyne.NewMenu("View", append([]*fyne.MenuItem{find, fyne.NewMenuItemSeparator()}, tabItems...)...),
		fyne.NewMenu("Help", keys, fyne.NewMenuItem("About Venn", ui.showAbout)),
	)
}

func (ui *UI) exportDialog() {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			ui.showError(err)
			return
		}
		if w == nil {
			return // cancelled
		}
		exportErr := ui.svc.Export(ui.ctx, w)
		if cerr := w.Close(); exportErr == nil {
			exportErr = cerr
		}
		if exportErr != nil {
			ui.showError(fmt.Errorf("export failed: %w", exportErr))
			return
		}
		ui.toast("Exported to " + w.URI().Name())
	}, ui.win)
	d.SetFileName(fmt.Sprintf("venn-%s.json", ui.now().Format("2006-01-02")))
	d.Show()
}

func (ui *UI) importDialog() {
	dialog.ShowFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			ui.showError(err)
			return
		}
		if r == nil {
			return
		}
		defer r.Close()
		res, err := ui.svc.Import(ui.ctx, r)
		if err != nil {
			ui.showError(err)
			return
		}
		dialog.ShowInformation("Import finished", "Imported "+r.URI().Name()+": "+res.String()+".", ui.win)
	}, ui.win)
}

// toast shows a short message at the bottom of the window for a moment.
func (ui *UI) toast(message string) {
	label := widget.NewLabel(message)
	pop := widget.NewPopUp(container.NewPadded(label), ui.win.Canvas())
	size := ui.win.Canvas().Size()
	min := pop.MinSize()
	pop.ShowAtPosition(fyne.NewPos((size.Width-min.Width)/2, size.Height-min.Height-48))
	time.AfterFunc(2500*time.Millisecond, func() { fyne.Do(pop.Hide) })
	slog.Debug("toast", "message", message)
}

// restoreDialog picks a backup, asks for confirmation, and restores it.
func (ui *UI) restoreDialog() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			ui.showError(err)
			return
		}
		if r == nil {
			return
		}
		path := r.URI().Path()
		r.Close()
		dialog.ShowConfirm("Restore this backup?",
			"Replace everything in Venn with "+r.URI().Name()+"?\nA copy of your data as it is now is kept in the backups folder first.\nThe restored data then syncs to your partner's computer too.",
			func(yes bool) {
				if !yes {
					return
				}
				before, err := ui.svc.Restore(ui.ctx, path)
				if err != nil {
					ui.showError(err)
					return
				}
				slog.Info("restored", "from", path, "kept", before)
				ui.toast("Backup restored. Your previous data is kept in the backups folder.")
			}, ui.win)
	}, ui.win)
	if dir, err := fynestorage.ListerForURI(fynestorage.NewFileURI(ui.svc.BackupDir())); err == nil {
		d.SetLocation(dir)
	}
	d.Resize(fyne.NewSize(760, 520))
	d.Show()
}
