package replica

import (
	"context"
	"log/slog"
	"path/filepath"
	"strings"
	"time"

	"github.com/fsnotify/fsnotify"
)

// Loop timing.
const (
	PollInterval  = 30 * time.Second
	writeDebounce = 3 * time.Second
	watchDebounce = time.Second
	finalWriteMax = 30 * time.Second
)

// LoopWork is what a Loop runs: it decides when, the caller decides what.
type LoopWork struct {
	// Pass merges the other computers' replicas and, with write set or
	// when the merge changed something, writes this computer's.
	Pass func(ctx context.Context, write bool)
	// FinalWrite writes this computer's replica once more as the loop
	// stops after an edit it has not written yet.
	FinalWrite func(ctx context.Context)
	Log        *slog.Logger
}

// Loop keeps a folder in sync while Venn is open: a pass at once, this
// computer's replica written a few seconds after the last of a burst of
// edits, the others merged a second after the folder changes (when the
// platform can watch it) and every 30 seconds in any case.
type Loop struct {
	work    LoopWork
	folder  string
	own     string // this computer's file name, whose changes are our own
	cancel  context.CancelFunc
	done    chan struct{}
	edited  chan struct{}
	dirty   bool
	writeAt *time.Timer
	watchAt *time.Timer
}

// StartLoop starts a loop over folder; own is this computer's replica file
// name. Stop ends it.
func StartLoop(ctx context.Context, folder, own string, work LoopWork) *Loop {
	if work.Log == nil {
		work.Log = slog.Default()
	}
	ctx, cancel := context.WithCancel(ctx)
	l := &Loop{work: work, folder: folder, own: own, cancel: cancel, done: make(chan struct{}), edited: make(chan struct{}, 1),
		writeAt: stoppedTimer(), watchAt: stoppedTimer()}
	go l.run(ctx)
	return l
}

// NoteEdit tells the loop the data changed (a merge's changes too: the
// replica then holds what was merged).
func (l *Loop) NoteEdit() {
	select {
	case l.edited <- struct{}{}:
	default:
	}
}

// Stop ends the loop, writing this computer's replica one last time if an
// edit is still unwritten, and waits for it.
func (l *Loop) Stop() {
	l.cancel()
	<-l.done
}

func (l *Loop) run(ctx context.Context) {
	defer close(l.done)
	l.work.Pass(ctx, true)
	events, closeWatch := l.watch()
	defer closeWatch()
	poll := time.NewTicker(PollInterval)
	defer poll.Stop()
	for {
		select {
		case <-ctx.Done():
			l.finish()
			return
		case <-l.edited:
			l.dirty = true
			l.writeAt.Reset(writeDebounce)
		case <-l.writeAt.C:
			l.work.Pass(ctx, true)
			l.dirty = false
		case ev, ok := <-events:
			if !ok {
				events = nil
			} else if l.othersChanged(ev) {
				l.watchAt.Reset(watchDebounce)
			}
		case <-l.watchAt.C:
			l.work.Pass(ctx, false)
		case <-poll.C:
			l.work.Pass(ctx, l.dirty)
			l.dirty = false
		}
	}
}

// watch watches the replica folder; with no watcher the loop polls only.
func (l *Loop) watch() (<-chan fsnotify.Event, func()) {
	w, err := fsnotify.NewWatcher()
	if err != nil {
		l.work.Log.Info("watching the sync folder failed; polling only", "err", err)
		return nil, func() {}
	}
	if err := w.Add(Dir(l.folder)); err != nil {
		l.work.Log.Info("watching the sync folder failed; polling only", "err", err)
		w.Close()
		return nil, func() {}
	}
	return w.Events, func() { w.Close() }
}

// othersChanged reports an event on another computer's file (our own
// writes and hidden temporary files are not news).
func (l *Loop) othersChanged(ev fsnotify.Event) bool {
	base := filepath.Base(ev.Name)
	return base != l.own && !strings.HasPrefix(base, ".")
}

// finish writes an edit not written yet; the cancel that stopped the loop
// must not cut that write short.
func (l *Loop) finish() {
	select {
	case <-l.edited: // an edit that came with the stop
		l.dirty = true
	default:
	}
	if !l.dirty {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), finalWriteMax)
	defer cancel()
	l.work.FinalWrite(ctx)
}

func stoppedTimer() *time.Timer {
	t := time.NewTimer(time.Hour)
	t.Stop()
	return t
}
