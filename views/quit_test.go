package views

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
)

func TestAQuitThatDoesNotFinishEndsVennAfterTheGrace(t *testing.T) {
	const grace = 20 * time.Millisecond
	run := func(ask, finish bool) bool {
		q := newQuitting()
		finished := make(chan struct{})
		exited := make(chan struct{})
		returned := make(chan struct{})
		go func() {
			exitIfStuck(q.c, finished, grace, func() { close(exited) })
			close(returned)
		}()
		// A run that finishes has finished before the grace could run out
		// however slow the machine: it is closed before the quit is asked.
		if finish {
			close(finished)
		}
		if ask {
			q.begin()
			q.begin() // asking twice is asking once
		}
		// Without a quit asked nothing may happen however long we wait:
		// a while, then Run returns. With one asked, exitIfStuck must end
		// by itself, however slow the machine (a hang is the test timeout's).
		var quiet <-chan time.Time
		if !ask {
			quiet = time.After(50 * grace)
		}
		select {
		case <-exited:
			<-returned
			return true
		case <-returned:
			return false
		case <-quiet:
			close(finished) // Run returned without a quit asked, much later
			<-returned
			return false
		}
	}
	if !run(true, false) {
		t.Error("a quit whose window never finished closing did not end Venn")
	}
	if run(true, true) {
		t.Error("a quit that finished was ended again")
	}
	if run(false, false) {
		t.Error("Venn was ended without being asked to quit")
	}
	if run(false, true) {
		t.Error("Venn was ended when the window closed on its own")
	}
}

// TestClosingFromTheQuitWatchIsSafeBesideTheKeys: when the window is stuck,
// the quit watch closes the UI from its own goroutine while the UI
// goroutine may still be handing keys to a field; the two meet in the map
// of window key handlers, which the race detector (the README's test
// command runs with it) checks here.
func TestClosingFromTheQuitWatchIsSafeBesideTheKeys(t *testing.T) {
	ui, w := newTestUI(t, true)
	field := newEntry()
	w.SetContent(field)
	closed := make(chan struct{})
	go func() {
		ui.Close()
		close(closed)
	}()
	for done := false; !done; {
		field.TypedKey(&fyne.KeyEvent{Name: fyne.KeyF2})
		select {
		case <-closed:
			done = true
		default:
		}
	}
	// Handled, F1 would open the shortcut list over the window.
	field.TypedKey(&fyne.KeyEvent{Name: fyne.KeyF1})
	if w.Canvas().Overlays().Top() != nil {
		t.Error("the closed window's keys are still handled")
	}
}
