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

// runReminders sends a system notification when a ritual's reminder time
// comes while Venn is open (once per ritual and day, and not when the ritual
// is already done, skipped or paused today). It returns when ctx ends.
func (ui *UI) runReminders(ctx context.Context) {
	tick := time.NewTicker(reminderInterval)
	defer tick.Stop()
	last := ui.now()
	for {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
			now := ui.now()
			due, err := ui.svc.DueReminders(ctx, last, now)
			last = now
			if err != nil {
				slog.Warn("reminders", "err", err)
				continue
			}
			for _, r := range due {
				n := fyne.NewNotification("Venn: "+r.Title, "It's time for “"+r.Title+"”. Mark it in Venn when it's done.")
				fyne.Do(func() { ui.app.SendNotification(n) })
			}
		}
	}
}
