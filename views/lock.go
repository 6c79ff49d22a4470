package views

import (
	"context"
	"errors"
	"fmt"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/app"
	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/views/widgets"
)

// lockWords says what a lock protects, in plain words, wherever a partner
// decides about one.
const lockWords = "A lock keeps %s's private space to %s on this shared computer: private goals and rituals, " +
	"check-in answers that are private or still waiting, balance ratings, pictures and health checks kept on this computer, the journal, " +
	"and private memories with their photos. " +
	"When the space is locked they are encrypted in Venn's file and in its backups, and no screen, search, print or export shows them. " +
	"It locks after %d minutes without use, when Venn closes, and with File › Lock private spaces (Ctrl+L)."

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
		p.rows.Add(wrapped(app.UserMessage(err)))
		p.rows.Refresh()
		return
	}
	for _, st := range statuses {
		p.rows.Add(p.row(st))
	}
	p.rows.Add(wrapped(fmt.Sprintf("Without the passphrase nothing behind a lock can be opened — not by the other partner, not by Venn. "+
		"Choose one you will remember. Locked spaces lock again after %d minutes without use.", int(app.LockAfter/time.Minute))))
	p.rows.Refresh()
}

func (p *lockPanel) row(st app.LockStatus) fyne.CanvasObject {
	name := st.Partner.Short()
	var status string
	var buttons []fyne.CanvasObject
	switch {
	case !st.HasLock:
		status = name + ": no lock. " + name + "'s private items are hidden from the shared folder, not from this screen."
		buttons = append(buttons, widget.NewButtonWithIcon("Set a lock for "+name+"…", theme.LoginIcon(), func() { p.ui.setLockDialog(st.Partner) }))
	case st.Unlocked:
		status = name + "'s space is open now."
		lock := widget.NewButtonWithIcon("Lock now", theme.LogoutIcon(), func() {
			if err := p.ui.svc.Lock(p.ui.ctx, st.Partner.ID); err != nil {
				p.ui.showError(err)
				return
			}
			p.ui.toast(name + "'s space is locked.")
		})
		remove := widget.NewButton("Remove the lock…", func() { p.ui.removeLockDialog(st.Partner) })
		remove.Importance = widget.LowImportance
		buttons = append(buttons, lock, remove)
	default:
		status = fmt.Sprintf("%s's space is locked (%d %s sealed).", name, st.Sealed, plural(st.Sealed, "item", "items"))
		unlock := widget.NewButtonWithIcon("Unlock as "+name+"…", theme.LoginIcon(), func() { p.ui.unlockDialog(st.Partner, nil) })
		forgot := widget.NewButton("Forgot the passphrase…", func() { p.ui.forgotLockDialog(st) })
		forgot.Importance = widget.LowImportance
		buttons = append(buttons, unlock, forgot)
	}
	box := container.NewVBox(wrapped(status), container.NewHBox(buttons...))
	if st.ResetItems > 0 {
		kept := quietLabel(fmt.Sprintf("%d %s sealed behind %s's earlier lock %s kept until %s: the old passphrase brings them back.",
			st.ResetItems, plural(st.ResetItems, "item", "items"), name, plural(st.ResetItems, "is", "are"), st.ResetUntil.Local().Format("2 January")))
		back := widget.NewButton("Bring them back…", func() { p.ui.restoreResetDialog(st.Partner) })
		back.Importance = widget.LowImportance
		box.Add(container.NewBorder(nil, nil, nil, back, kept))
	}
	return box
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// lockedBanner stands where a locked partner's own items would be: a
// sentence and the way in.
func (ui *UI) lockedBanner(p model.Partner, what string) fyne.CanvasObject {
	text := wrapped(p.Short() + "'s space is locked: " + what + " Only " + p.Short() + " can open it.")
	open := widget.NewButtonWithIcon("Unlock as "+p.Short()+"…", theme.LoginIcon(), func() { ui.unlockDialog(p, nil) })
	open.Importance = widget.HighImportance
	return widget.NewCard("", "", container.NewVBox(text, container.NewHBox(open)))
}

// setLockDialog asks a partner for a new passphrase, twice.
func (ui *UI) setLockDialog(p model.Partner) {
	ui.svc.PrepareLockStrength()
	pass, again := newPasswordEntry(), newPasswordEntry()
	pass.SetPlaceHolder("three or four words you will remember")
	again.SetPlaceHolder("the same again")
	// How long a copy of Venn's file would take to give the passphrase up,
	// said while it is typed.
	strength := widgets.NewMeter()
	strengthWords := quietLabel("type a passphrase")
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
	about := wrapped(fmt.Sprintf(lockWords, p.Short(), p.Short(), int(app.LockAfter/time.Minute)))
	warn := wrapped("If " + p.Short() + " forgets it, those items cannot be recovered. Venn keeps no copy of the passphrase and has no back door. " +
		"A short PIN would be guessed in days from a copy of Venn's file, so the lock asks for one that takes at least a year.")
	warn.Importance = widget.WarningImportance
	items := []*widget.FormItem{
		widget.NewFormItem("", about), widget.NewFormItem("Passphrase", pass), widget.NewFormItem("Strength", container.NewVBox(strength, strengthWords)),
		widget.NewFormItem("Again", again), widget.NewFormItem("", warn),
	}
	ui.showForm("A lock for "+p.Short(), "Set the lock", "Cancel", items, func(ok bool) {
		if !ok {
			return
		}
		if pass.Text != again.Text {
			ui.showError(&model.ValidationError{Field: "passphrase", Message: "The two passphrases differ. Please type the same one twice."})
			return
		}
		ui.slowly("Setting the lock…", func(ctx context.Context) error { return ui.svc.SetLock(ctx, p.ID, pass.Text) }, func() {
			ui.toast(p.Short() + "'s lock is set. The space stays open until it locks.")
			ui.reloadSelected()
		})
	}).Resize(fyne.NewSize(620, 500))
	ui.win.Canvas().Focus(pass)
}

// unlockDialog asks for a partner's passphrase and opens their space; a
// wrong one is said in the dialog, which stays open. then runs once open.
func (ui *UI) unlockDialog(p model.Partner, then func()) {
	pass := newPasswordEntry()
	pass.SetPlaceHolder(p.Short() + "'s passphrase or PIN")
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
					problem.SetText(app.UserMessage(err))
					problem.Show()
					pass.SetText("")
					ui.win.Canvas().Focus(pass)
					return
				}
				d.Hide()
				ui.toast(p.Short() + "'s space is open. It locks again after a few minutes without use.")
				if then != nil {
					then()
				}
			})
		})
	}
	unlock = widget.NewButtonWithIcon("Unlock", theme.LoginIcon(), try)
	unlock.Importance = widget.HighImportance
	pass.OnSubmitted = func(string) { try() }
	cancel := widget.NewButton("Cancel", func() { d.Hide() })
	body := container.NewVBox(wrapped("Only "+p.Short()+" should type here."), pass, problem, progress)
	d = dialog.NewCustomWithoutButtons("Unlock as "+p.Short(), body, ui.win)
	d.SetButtons([]fyne.CanvasObject{cancel, unlock})
	ui.showDialog(d, fyne.NewSize(460, 240))
	ui.win.Canvas().Focus(pass)
}

// removeLockDialog takes a lock away with its passphrase; the items stay.
func (ui *UI) removeLockDialog(p model.Partner) {
	pass := newPasswordEntry()
	pass.SetPlaceHolder(p.Short() + "'s passphrase or PIN")
	items := []*widget.FormItem{
		widget.NewFormItem("", wrapped("Without a lock, "+p.Short()+"'s private items stay on this computer unencrypted and show on this screen, as before.")),
		widget.NewFormItem("Passphrase", pass),
	}
	ui.showForm("Remove "+p.Short()+"'s lock", "Remove the lock", "Cancel", items, func(ok bool) {
		if !ok {
			return
		}
		ui.slowly("Removing the lock…", func(ctx context.Context) error { return ui.svc.RemoveLock(ctx, p.ID, pass.Text) }, func() {
			ui.toast(p.Short() + "'s lock is removed.")
			ui.reloadSelected()
		})
	}).Resize(fyne.NewSize(560, 280))
	ui.win.Canvas().Focus(pass)
}

// forgotLockDialog resets a lock whose passphrase is forgotten, after
// saying plainly what happens to what it sealed.
func (ui *UI) forgotLockDialog(st app.LockStatus) {
	p := st.Partner
	msg := fmt.Sprintf("Without the passphrase, the %d %s sealed in %s's space cannot be opened — by anyone, Venn included. "+
		"Resetting the lock lets %s start a new space. What was sealed stays sealed, out of sight, for 30 days: "+
		"if the passphrase turns up, %s brings it all back with it; after that it is deleted for good.",
		st.Sealed, plural(st.Sealed, "item", "items"), p.Short(), p.Short(), p.Short())
	d := dialog.NewConfirm("Forgot "+p.Short()+"'s passphrase?", msg, func(ok bool) {
		if !ok {
			return
		}
		n, err := ui.svc.ResetLock(ui.ctx, p.ID)
		if err != nil {
			ui.showError(err)
			return
		}
		ui.toast(fmt.Sprintf("%s's lock is reset; %d sealed %s kept for 30 days.", p.Short(), n, plural(n, "item is", "items are")))
		ui.reloadSelected()
	}, ui.win)
	d.SetConfirmText("Reset the lock")
	d.SetConfirmImportance(widget.DangerImportance)
	d.SetDismissText("Keep trying")
	ui.showDialog(d, fyne.NewSize(540, 260))
}

// restoreResetDialog brings back, with the old passphrase, what a reset
// kept sealed.
func (ui *UI) restoreResetDialog(p model.Partner) {
	pass := newPasswordEntry()
	pass.SetPlaceHolder(p.Short() + "'s earlier passphrase")
	items := []*widget.FormItem{
		widget.NewFormItem("", wrapped("The items sealed behind "+p.Short()+"'s earlier lock come back to "+p.Short()+"'s space. Only "+p.Short()+" should type here.")),
		widget.NewFormItem("Passphrase", pass),
	}
	ui.showForm("Bring back "+p.Short()+"'s sealed items", "Bring them back", "Cancel", items, func(ok bool) {
		if !ok {
			return
		}
		var restored, kept int
		ui.slowly("Opening…", func(ctx context.Context) (err error) {
			restored, kept, err = ui.svc.RestoreReset(ctx, p.ID, pass.Text)
			return err
		}, func() {
			msg := fmt.Sprintf("%d %s back in %s's space.", restored, plural(restored, "item is", "items are"), p.Short())
			if kept > 0 {
				msg += fmt.Sprintf(" %d written again since %s kept as %s now.", kept, plural(kept, "was", "were"), plural(kept, "it is", "they are"))
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
		ui.toast("Private spaces locked.")
	} else {
		ui.toast("No one has a lock yet: set one in Settings › Private spaces.")
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
					ui.toast("Private spaces locked after a few minutes without use.")
				})
			}
		}
	}
}
