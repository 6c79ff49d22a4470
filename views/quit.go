package views

import (
	"log/slog"
	"sync"
	"time"
)

// quitGrace is how long the window may take to finish closing after a
// quit before Venn closes its data and exits on its own.
const quitGrace = 5 * time.Second

// quitting is closed once, when Venn is asked to end: Ctrl+Q, File ›
// Quit, the tray's Quit, closing the window without the tray.
type quitting struct {
	once sync.Once
	c    chan struct{}
}

func newQuitting() *quitting { return &quitting{c: make(chan struct{})} }

// begin says Venn is ending.
func (q *quitting) begin() { q.once.Do(func() { close(q.c) }) }

// exitIfStuck waits until Run has returned (finished). If Venn was asked to
// end (asked) and Run has not returned grace later, it calls exit — which
// closes the data and ends the process. Fyne 2.8's desktop driver can
// leave Run waiting forever at a quit: its shutdown empties the queue of
// work for the window's thread while an input event is still on its way
// into it, and the event then waits for a thread that has stopped. Every
// edit is saved as it is made, so nothing is lost by exiting.
func exitIfStuck(asked, finished <-chan struct{}, grace time.Duration, exit func()) {
	select {
	case <-finished:
		return
	case <-asked:
	}
	select {
	case <-finished:
	case <-time.After(grace):
		slog.Warn("the window did not finish closing; closing the data and ending Venn", "waited", grace)
		exit()
	}
}
