package views

import (
	"testing"
	"time"
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
		select {
		case <-exited:
			<-returned
			return true
		case <-returned:
			return false
		case <-time.After(50 * grace):
			if !ask {
				close(finished) // Run returned without a quit asked, much later
				<-returned
				return false
			}
			t.Fatal("exitIfStuck neither exited nor returned")
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
