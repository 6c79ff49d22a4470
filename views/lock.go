package views

import (
	"context"
	"errors"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/app"
	"github.com/vennplanner/venn/i18n"
	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/views/widgets"
)

// lockMinutes is how long an open space waits without use before it locks.
func lockMinutes() int { return int(app.LockAfter / time.Minute) }

// lockPanel is Settings › Private spaces: each partner's lock.
type lockPanel struct {
	ui      *UI
	rows    *fyne.Container
	content fyne.CanvasObject
}

func newLockPanel(ui *UI) *lockPanel {
	p := &lockPanel{ui: ui, rows: container.NewVBox()}
	p.content = p.rows
	return p
}

// reload shows each partner's lock and what can be done with it.
func (p *lockPanel) reload() {
	statuses, err := p.ui.svc.LockStatuses(p.ui.ctx)
	p.rows.Objects = nil
	if err != nil {
		p.rows.Add(wrapped(sayError(err)))
		p.rows.Refresh()
		return
	}
	for _, st := range statuses {
		p.rows.Add(p.row(st))
	}
	p.rows.Add(wrapped(sayN("ui.settings.lockNote", lockMinutes())))
	p.rows.Refresh()
}

func (p *lockPanel) row(st app.LockStatus) fyne.CanvasObject {
	name := st.Partner.Short()
	var status string
	var buttons []fyne.CanvasObject
	switch {
	case !st.HasLock:
		status = say("ui.settings.noLock", "Name", name)
		buttons = append(buttons, widget.NewButtonWithIcon(say("ui.settings.setLockFor", "Name", name), theme.LoginIcon(), func() { p.ui.setLockDialog(st.Partner) }))
	case st.Unlocked:
		status = say("ui.settings.spaceOpen", "Name", name)
		lock := widget.NewButtonWithIcon(say("ui.settings.lockNow"), theme.LogoutIcon(), func() {
			if err := p.ui.svc.Lock(p.ui.ctx, st.Partner.ID); err != nil {
				p.ui.showError(err)
				return
			}
			p.ui.toast(say("ui.settings.spaceLockedNow", "Name", name))
		})
		remove := widget.NewButton(say("ui.settings.removeLockButton"), func() { p.ui.removeLockDialog(st.Partner) })
		remove.Importance = widget.LowImportance
		buttons = append(buttons, lock, remove)
	default:
		status = sayN("ui.settings.spaceLockedSealed", st.Sealed, "Name", name)
		unlock := widget.NewButtonWithIcon(say("ui.settings.unlockAsButton", "Name", name), theme.LoginIcon(), func() { p.ui.unlockDialog(st.Partner, nil) })
		forgot := widget.NewButton(say("ui.settings.forgotButton"), func() { p.ui.forgotLockDialog(st) })
		forgot.Importance = widget.LowImportance
		buttons = append(buttons, unlock, forgot)
	}
	box := container.NewVBox(wrapped(status), container.NewHBox(buttons...))
	if st.ResetItems > 0 {
		kept := quietLabel(sayN("ui.settings.resetKept", st.ResetItems, "Name", name, "Day", i18n.Screen().DayMonthLong(st.ResetUntil.Local())))
		back := widget.NewButton(say("ui.settings.bringBackButton"), func() { p.ui.restoreResetDialog(st.Partner) })
		back.Importance = widget.LowImportance
		box.Add(container.NewBorder(nil, nil, nil, back, kept))
	}
	return box
}

// lockedBanner stands where a locked partner's own items would be: a
// sentence and the way in.
func (ui *UI) lockedBanner(p model.Partner, what string) fyne.CanvasObject {
	text := wrapped(say("ui.settings.lockedBanner", "Name", p.Short(), "What", what))
	open := widget.NewButtonWithIcon(say("ui.settings.unlockAsButton", "Name", p.Short()), theme.LoginIcon(), func() { ui.unlockDialog(p, nil) })
	open.Importance = widget.HighImportance
	return widget.NewCard("", "", container.NewVBox(text, container.NewHBox(open)))
}

// setLockDialog asks a partner for a new passphrase, twice.
func (ui *UI) setLockDialog(p model.Partner) {
	ui.svc.PrepareLockStrength()
	pass, again := newPasswordEntry(), newPasswordEntry()
	pass.SetPlaceHolder(say("ui.settings.passHint"))
	again.SetPlaceHolder(say("ui.settings.againHint"))
	// How long a copy of Venn's file would take to give the passphrase up,
	// said while it is typed.
	strength := widgets.NewMeter()
	strengthWords := quietLabel(say("ui.settings.typePassphrase"))
	pass.OnChanged = func(text string) {
		st := ui.svc.LockStrength(ui.ctx, text)
		strength.Set(st.Fraction, st.OK)
		strengthWords.SetText(st.Words)
		strengthWords.Importance = widget.LowImportance
		if text != "" && !st.OK {
			strengthWords.Importance = widget.DangerImportance
		}
		strengthWords.Refresh()
	}
	about := wrapped(sayN("ui.settings.lockAbout", lockMinutes(), "Name", p.Short()))
	warn := wrapped(say("ui.settings.lockWarn", "Name", p.Short()))
	warn.Importance = widget.WarningImportance
	items := []*widget.FormItem{
		widget.NewFormItem("", about), widget.NewFormItem(say("ui.settings.passphrase"), pass),
		widget.NewFormItem(say("ui.settings.strength"), container.NewVBox(strength, strengthWords)),
		widget.NewFormItem(say("ui.settings.again"), again), widget.NewFormItem("", warn),
	}
	ui.showForm(say("ui.settings.lockFor", "Name", p.Short()), say("ui.settings.setLock"), say("ui.common.cancel"), items, func(ok bool) {
		if !ok {
			return
		}
		if pass.Text != again.Text {
			ui.showError(&model.ValidationError{Field: "passphrase", Message: say("ui.settings.passphrasesDiffer")})
			return
		}
		ui.slowly(say("ui.settings.settingLock"), func(ctx context.Context) error { return ui.svc.SetLock(ctx, p.ID, pass.Text) }, func() {
			ui.toast(say("ui.settings.lockSet", "Name", p.Short()))
			ui.reloadSelected()
		})
	}).Resize(fyne.NewSize(620, 500))
	ui.win.Canvas().Focus(pass)
}

// unlockDialog asks for a partner's passphrase and opens their space; a
// wrong one is said in the dialog, which stays open. then runs once open.
func (ui *UI) unlockDialog(p model.Partner, then func()) {
	pass := newPasswordEntry()
	pass.SetPlaceHolder(say("ui.settings.passOrPin", "Name", p.Short()))
	problem := widget.NewLabel("")
	problem.Importance = widget.DangerImportance
	problem.Wrapping = fyne.TextWrapWord
	problem.Hide()
	progress := widget.NewProgressBarInfinite()
	progress.Stop()
	progress.Hide()
	var d *dialog.CustomDialog
	var unlock *widget.Button
	try := func() {
		unlock.Disable()
		progress.Show()
		progress.Start()
		problem.Hide()
		typed := pass.Text
		ui.offUI(func() {
			err := ui.svc.Unlock(ui.ctx, p.ID, typed)
			fyne.Do(func() {
				progress.Stop()
				progress.Hide()
				unlock.Enable()
				if err != nil {
					problem.SetText(sayError(err))
					problem.Show()
					pass.SetText("")
					ui.win.Canvas().Focus(pass)
					return
				}
				d.Hide()
				ui.toast(say("ui.settings.spaceOpened", "Name", p.Short()))
				if then != nil {
					then()
				}
			})
		})
	}
	unlock = widget.NewButtonWithIcon(say("ui.settings.unlock"), theme.LoginIcon(), try)
	unlock.Importance = widget.HighImportance
	pass.OnSubmitted = func(string) { try() }
	cancel := widget.NewButton(say("ui.common.cancel"), func() { d.Hide() })
	body := container.NewVBox(wrapped(say("ui.settings.onlyTypes", "Name", p.Short())), pass, problem, progress)
	d = dialog.NewCustomWithoutButtons(say("ui.settings.unlockAs", "Name", p.Short()), body, ui.win)
	d.SetButtons([]fyne.CanvasObject{cancel, unlock})
	ui.showDialog(d, fyne.NewSize(460, 240))
	ui.win.Canvas().Focus(pass)
}

// removeLockDialog takes a lock away with its passphrase; the items stay.
func (ui *UI) removeLockDialog(p model.Partner) {
	pass := newPasswordEntry()
	pass.SetPlaceHolder(say("ui.settings.passOrPin", "Name", p.Short()))
	items := []*widget.FormItem{
		widget.NewFormItem("", wrapped(say("ui.settings.removeLockText", "Name", p.Short()))),
		widget.NewFormItem(say("ui.settings.passphrase"), pass),
	}
	ui.showForm(say("ui.settings.removeLockTitle", "Name", p.Short()), say("ui.settings.removeLock"), say("ui.common.cancel"), items, func(ok bool) {
		if !ok {
			return
		}
		ui.slowly(say("ui.settings.removingLock"), func(ctx context.Context) error { return ui.svc.RemoveLock(ctx, p.ID, pass.Text) }, func() {
			ui.toast(say("ui.settings.lockRemoved", "Name", p.Short()))
			ui.reloadSelected()
		})
	}).Resize(fyne.NewSize(560, 280))
	ui.win.Canvas().Focus(pass)
}

// forgotLockDialog resets a lock whose passphrase is forgotten, after
// saying plainly what happens to what it sealed.
func (ui *UI) forgotLockDialog(st app.LockStatus) {
	p := st.Partner
	msg := sayN("ui.settings.forgotText", st.Sealed, "Name", p.Short())
	d := dialog.NewConfirm(say("ui.settings.forgotTitle", "Name", p.Short()), msg, func(ok bool) {
		if !ok {
			return
		}
		n, err := ui.svc.ResetLock(ui.ctx, p.ID)
		if err != nil {
			ui.showError(err)
			return
		}
		ui.toast(sayN("ui.settings.lockReset", n, "Name", p.Short()))
		ui.reloadSelected()
	}, ui.win)
	d.SetConfirmText(say("ui.settings.resetLock"))
	d.SetConfirmImportance(widget.DangerImportance)
	d.SetDismissText(say("ui.settings.keepTrying"))
	ui.showDialog(d, fyne.NewSize(540, 260))
}

// restoreResetDialog brings back, with the old passphrase, what a reset
// kept sealed.
func (ui *UI) restoreResetDialog(p model.Partner) {
	pass := newPasswordEntry()
	pass.SetPlaceHolder(say("ui.settings.earlierPass", "Name", p.Short()))
	items := []*widget.FormItem{
		widget.NewFormItem("", wrapped(say("ui.settings.bringBackText", "Name", p.Short()))),
		widget.NewFormItem(say("ui.settings.passphrase"), pass),
	}
	ui.showForm(say("ui.settings.bringBackTitle", "Name", p.Short()), say("ui.settings.bringBack"), say("ui.common.cancel"), items, func(ok bool) {
		if !ok {
			return
		}
		var restored, kept int
		ui.slowly(say("ui.settings.opening"), func(ctx context.Context) (err error) {
			restored, kept, err = ui.svc.RestoreReset(ctx, p.ID, pass.Text)
			return err
		}, func() {
			msg := sayN("ui.settings.restoredItems", restored, "Name", p.Short())
			if kept > 0 {
				msg += " " + sayN("ui.settings.keptNewer", kept)
			}
			ui.toast(msg)
			ui.reloadSelected()
		})
	}).Resize(fyne.NewSize(560, 280))
	ui.win.Canvas().Focus(pass)
}

// lockAll is File › Lock private spaces (Ctrl+L).
func (ui *UI) lockAll() {
	if err := ui.svc.LockAll(ui.ctx); err != nil {
		ui.showError(err)
		return
	}
	if names := ui.svc.LockedNames(ui.ctx); len(names) > 0 {
		ui.toast(say("ui.settings.spacesLocked"))
	} else {
		ui.toast(say("ui.settings.noLocksYet"))
	}
}

// slowly runs work that takes a moment (a scrypt) off the UI goroutine
// behind a progress bar, then done on the UI goroutine, or shows the error.
func (ui *UI) slowly(title string, work func(ctx context.Context) error, done func()) {
	bar := widget.NewProgressBarInfinite()
	d := dialog.NewCustomWithoutButtons(title, bar, ui.win)
	ui.showDialog(d, fyne.NewSize(360, 120))
	ui.offUI(func() {
		err := work(ui.ctx)
		fyne.Do(func() {
			bar.Stop()
			d.Hide()
			if err != nil {
				ui.showError(err)
				return
			}
			done()
		})
	})
}

// offUI runs work off the UI goroutine in the real window; headless (see
// UI.background) it runs in line, as Fyne's test driver runs fyne.Do on
// the calling goroutine.
func (ui *UI) offUI(work func()) {
	if !ui.background {
		work()
		return
	}
	go work()
}

// watchIdle locks open spaces after app.LockAfter without use.
func (ui *UI) watchIdle(ctx context.Context) {
	tick := time.NewTicker(30 * time.Second)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
			locked, err := ui.svc.LockIfIdle(ctx)
			if errors.Is(err, context.Canceled) {
				return
			}
			if locked || err != nil {
				fyne.Do(func() {
					if err != nil {
						ui.showError(err)
						return
					}
					ui.toast(say("ui.settings.idleLocked"))
				})
			}
		}
	}
}
