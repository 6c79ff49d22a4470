package views

import (
	"context"
	"log/slog"
	"time"

	"fyne.io/fyne/v2"
)

// reminderInterval is how often Venn looks for rituals whose reminder time
// has come.
const reminderInterval = 30 * time.Second

// runReminders sends the nudges whose time has come as system
// notifications — ritual reminders, the weekly check-in, the month's
// balance, a new quarter's session, the annual review, contract reviews
// and goals coming due — each once, bundled, a few a day at most. It
// returns when ctx ends.
func (ui *UI) runReminders(ctx context.Context) {
	tick := time.NewTicker(reminderInterval)
	defer tick.Stop()
	for {
		ui.sendNudges(ctx)
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
	}
}

// sendNudges sends what is due now and records it as sent. Where the
// desktop cannot show notifications (Linux without a D-Bus session, where
// the tray is missing too) nothing is sent, so nothing is lost: what is
// due is sent once it can be.
func (ui *UI) sendNudges(ctx context.Context) {
	if !trayAvailable() {
		return
	}
	due, err := ui.svc.DueNudges(ctx)
	if err != nil {
		if ctx.Err() == nil {
			slog.Warn("nudges", "err", err)
		}
		return
	}
	for _, n := range due {
		note := fyne.NewNotification(n.Title, n.Body)
		fyne.Do(func() { ui.app.SendNotification(note) })
		if err := ui.svc.MarkNudgesSent(ctx, n); err != nil {
			slog.Warn("nudges", "err", err)
		}
	}
}
