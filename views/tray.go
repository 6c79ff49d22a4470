package views

import (
	"log/slog"
	"os"
	"runtime"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"

	"github.com/vennplanner/venn/app"
	"github.com/vennplanner/venn/i18n"
	"github.com/vennplanner/venn/internal/autostart"
	"github.com/vennplanner/venn/model"
)

// prefCloseToTray remembers what closing the window does: "yes" keeps Venn
// running in the tray, "no" quits, "" asks (once).
const prefCloseToTray = "close_to_tray"

// setUpTray puts Venn in the system tray (menu bar) where the desktop has
// one: today's rituals to tick, the week's check-in, Open Venn and Quit.
func (ui *UI) setUpTray() {
	desk, ok := ui.app.(desktop.App)
	if !ok || !trayAvailable() {
		slog.Info("no system tray on this desktop: closing the window quits Venn")
		return
	}
	ui.desk = desk
	if icon := ui.app.Icon(); icon != nil {
		desk.SetSystemTrayIcon(icon)
	}
	desk.SetSystemTrayWindow(ui.win)
	ui.refreshTray()
}

// refreshTray rebuilds the tray menu from today's data.
func (ui *UI) refreshTray() {
	if ui.desk != nil {
		ui.desk.SetSystemTrayMenu(ui.trayMenu())
	}
}

// dueToday is what is due today for the tray: the Today screen's own view when
// it is the screen in view (refreshTray runs right after it reloaded, on
// the same change), else the service's.
func (ui *UI) dueToday() (app.TodayView, error) {
	if ui.todayTab != nil && ui.tabs != nil && tab(ui.tabs.SelectedIndex()) == tabToday && !ui.todayTab.view.Day.IsZero() {
		return ui.todayTab.view, nil
	}
	return ui.svc.Today(ui.ctx)
}

// trayMenu is the tray's menu: the rituals due today for the partner this
// computer belongs to (and shared ones, ticked as their part), with a tick
// for those done; the week's check-in while unanswered; Open Venn; Quit.
func (ui *UI) trayMenu() *fyne.Menu {
	var items []*fyne.MenuItem
	tr := ui.svc.Translator(ui.ctx, i18n.Tray)
	me := ui.thisPartnerID()
	var mine model.Partner
	for _, p := range ui.partners {
		if p.ID == me {
			mine = p
		}
	}
	if v, err := ui.dueToday(); err == nil {
		for _, owner := range []model.Owner{model.Owner(me), model.Shared} {
			for _, r := range v.Rituals[owner] {
				if r.Today.Marked == model.Skipped || r.Today.Marked == model.Paused {
					continue
				}
				item := fyne.NewMenuItem(r.Ritual.Title, func() { ui.trayTick(r, mine) })
				item.Checked = r.Today.Marked == model.Done && (owner != model.Shared || partDone(r, mine))
				items = append(items, item)
			}
		}
		if len(items) > 0 {
			items = append(items, fyne.NewMenuItemSeparator())
		}
		for _, p := range v.Unanswered {
			if p.ID == me {
				items = append(items, fyne.NewMenuItem(tr.T("tray.checkin"), func() {
					ui.showWindow()
					ui.showTab(tabCheckins)
					ui.checkinsTab().tabs.SelectIndex(0)
				}))
			}
		}
	}
	items = append(items, fyne.NewMenuItem(tr.T("tray.open"), ui.showWindow))
	quit := fyne.NewMenuItem(tr.T("tray.quit"), ui.quit)
	quit.IsQuit = true
	return fyne.NewMenu("Venn", append(items, fyne.NewMenuItemSeparator(), quit)...)
}

func partDone(r app.TodayRitual, p model.Partner) bool {
	if r.Entry == nil {
		return false
	}
	if p.Slot == model.SlotA {
		return r.Entry.ConfirmA
	}
	return r.Entry.ConfirmB
}

// trayTick ticks (or unticks) a ritual from the tray: a solo one as done
// today, a shared one as this computer's partner's part.
func (ui *UI) trayTick(r app.TodayRitual, me model.Partner) {
	var err error
	day := model.DateOf(ui.now())
	switch {
	case r.Ritual.Who == model.Shared && me.ID != "":
		err = ui.svc.ConfirmPart(ui.ctx, r.Ritual.ID, day, me.Slot, !partDone(r, me))
	case r.Today.Marked == model.Done:
		err = ui.svc.ClearEntry(ui.ctx, r.Ritual.ID, day)
	default:
		err = ui.svc.LogEntry(ui.ctx, model.RitualEntry{RitualID: r.Ritual.ID, Day: day, Status: model.Done}, true)
	}
	if err != nil {
		ui.showWindow()
		ui.showError(err)
	}
	// The change itself refreshes the tray (dataChanged).
}

// trayAvailable reports whether the desktop can show a tray and
// notifications: macOS and Windows always can; elsewhere both are D-Bus
// services, so without a session bus there are none (and closing the
// window must quit).
func trayAvailable() bool {
	switch runtime.GOOS {
	case "darwin", "windows":
		return true
	}
	return os.Getenv("DBUS_SESSION_BUS_ADDRESS") != ""
}

// hasTray reports whether Venn is in a tray now.
func (ui *UI) hasTray() bool { return ui.desk != nil || ui.fakeTray }

// showWindow brings the window back from the tray.
func (ui *UI) showWindow() {
	ui.win.Show()
	ui.win.RequestFocus()
}

// closeWindow is the window's close button: into the tray, or quit, as
// chosen — asked the first time. Private spaces lock either way.
func (ui *UI) closeWindow() {
	ui.rememberSize()
	if !ui.hasTray() {
		ui.quitting.begin()
		ui.win.Close()
		return
	}
	switch ui.app.Preferences().String(prefCloseToTray) {
	case "yes":
		ui.hideToTray()
	case "no":
		ui.quitting.begin()
		ui.win.Close()
	default:
		// The dialog is the window's: it speaks the window's language.
		tr := ui.svc.Translator(ui.ctx, i18n.Window)
		d := dialog.NewConfirm(tr.T("ui.tray.keepTitle"), tr.T("ui.tray.keepText"),
			func(keep bool) {
				choice := "no"
				if keep {
					choice = "yes"
				}
				ui.app.Preferences().SetString(prefCloseToTray, choice)
				ui.closeWindow()
			}, ui.win)
		d.SetConfirmText(tr.T("ui.tray.keep"))
		d.SetDismissText(tr.T("ui.tray.quitWhenClosed"))
		ui.openDialog(d, nil)
	}
}

// hideToTray hides the window; Venn keeps running in the tray.
func (ui *UI) hideToTray() {
	// The window goes at once; the private spaces lock off the UI
	// goroutine, so a write under way (a sync pass) cannot hold the window.
	ui.win.Hide()
	ui.offUI(func() {
		if err := ui.svc.LockAll(ui.ctx); err != nil {
			fyne.Do(func() { ui.showError(err) })
		}
	})
}

// setStartAtLogin turns starting at login on or off.
func (ui *UI) setStartAtLogin(on bool) error {
	if !on {
		return autostart.Disable()
	}
	exe, err := os.Executable()
	if err != nil {
		return err
	}
	return autostart.Enable(exe)
}

// offerStartAtLogin asks, at the end of the first set-up, whether Venn
// should start (in the tray) when the computer's user logs in.
func (ui *UI) offerStartAtLogin() {
	if autostart.Enabled() {
		return
	}
	tr := ui.svc.Translator(ui.ctx, i18n.Window)
	d := dialog.NewConfirm(tr.T("ui.tray.loginTitle"), tr.T("ui.tray.loginText"), func(yes bool) {
		if !yes {
			return
		}
		if err := ui.setStartAtLogin(true); err != nil {
			ui.showError(err)
			return
		}
		ui.toast(tr.T("ui.tray.loginDone"))
	}, ui.win)
	d.SetConfirmText(tr.T("ui.tray.login"))
	d.SetDismissText(tr.T("ui.tray.notNow"))
	ui.openDialog(d, nil)
}
