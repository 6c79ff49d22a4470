package app

import (
	"context"
	"errors"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"

	"github.com/vennplanner/venn/i18n"
	"github.com/vennplanner/venn/storage"
)

// Service is the one entry point to Venn's use cases for the GUI, the
// command line and tests. Its clock (Options.Now) is the one every screen
// and every stamp asks.
type Service struct {
	store *storage.Store
	log   *slog.Logger
	now   func() time.Time

	mu        sync.Mutex
	listeners map[int]func()
	nextID    int
	history   history // this session's edits to undo and redo (under mu)

	sync  syncState
	locks locks

	secrets     Secrets
	lang        string // --lang, see Translator
	sessionPass string // the household passphrase, when there is no keychain (under mu)

	// defaultsSeeded is set once the default prompts and signs are known to
	// be in the data, so screens do not check again on every load.
	defaultsSeeded atomic.Bool

	// generation counts the changes to the data, so a view read ahead
	// knows whether it is still true.
	generation atomic.Uint64
	ahead      *todayAhead // a Today view being read ahead (under mu)
}

// Options tune Open; the zero value is fine.
type Options struct {
	Now    func() time.Time // wall clock; nil means time.Now
	Logger *slog.Logger     // nil means slog.Default()
	// LockWorkFactor is scrypt's work factor for new private-space locks;
	// 0 means vault.DefaultWorkFactor (tests use a small one).
	LockWorkFactor int
	// Secrets is where the household passphrase is kept; nil means the
	// operating system's keychain.
	Secrets Secrets
	// Lang is the language asked for on the command line (--lang), which
	// wins over the setting; "" for none.
	Lang string
}

// Open opens the data folder dir.
func Open(ctx context.Context, dir string, opts Options) (*Service, error) {
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.Logger == nil {
		opts.Logger = slog.Default()
	}
	st, err := storage.Open(ctx, dir, storage.Options{Now: opts.Now, Logger: opts.Logger})
	if err != nil {
		return nil, err
	}
	s := &Service{store: st, log: opts.Logger, now: opts.Now, listeners: map[int]func(){}, secrets: opts.Secrets, lang: opts.Lang}
	if s.secrets == nil {
		s.secrets = OSKeychain{}
	}
	s.locks.workFactor = opts.LockWorkFactor
	if err := s.loadLocks(ctx); err != nil {
		st.Close()
		return nil, err
	}
	if err := s.movePassphraseToKeychain(ctx); err != nil {
		st.Close()
		return nil, err
	}
	return s, nil
}

// Close stops background sync (writing this computer's replica a last
// time) and closes the data folder.
func (s *Service) Close() error {
	s.StopSync()
	// Every open private space locks when Venn closes.
	if err := s.LockAll(context.Background()); err != nil {
		s.log.Error("lock private spaces on close", "err", err)
	}
	return s.store.Close()
}

// Store gives benchmarks and checks access to the storage layer.
func (s *Service) Store() *storage.Store { return s.store }

// OnChange registers fn to be called after every change to the data. It
// returns a function that unregisters it. fn may run on any goroutine.
func (s *Service) OnChange(fn func()) (cancel func()) {
	s.mu.Lock()
	defer s.mu.Unlock()
	id := s.nextID
	s.nextID++
	s.listeners[id] = fn
	return func() {
		s.mu.Lock()
		defer s.mu.Unlock()
		delete(s.listeners, id)
	}
}

func (s *Service) changed() {
	s.generation.Add(1)
	s.mu.Lock()
	fns := make([]func(), 0, len(s.listeners))
	for _, fn := range s.listeners {
		fns = append(fns, fn)
	}
	s.mu.Unlock()
	for _, fn := range fns {
		fn()
	}
}

// update runs fn in one transaction and notifies listeners when it
// succeeded. It is an edit of the person at the window: Undo can reverse it.
func (s *Service) update(ctx context.Context, fn func(tx *storage.Tx) error) error {
	changes, err := s.write(ctx, fn, true)
	if err != nil {
		return err
	}
	s.record(changes)
	return nil
}

// writeUnrecorded is update for writes that are not edits to undo: the
// private spaces' locks, sealing and unsealing.
func (s *Service) writeUnrecorded(ctx context.Context, fn func(tx *storage.Tx) error) error {
	_, err := s.write(ctx, fn, false)
	return err
}

// write runs fn in one transaction, seals what a locked partner's space
// needs sealed and notifies listeners; recorded, it returns what undoes it.
func (s *Service) write(ctx context.Context, fn func(tx *storage.Tx) error, recorded bool) ([]storage.Change, error) {
	sealed := 0
	withSeal := func(tx *storage.Tx) (err error) {
		if err = fn(tx); err != nil {
			return err
		}
		// A locked partner's new private item is sealed in the same write.
		sealed, err = s.sealLocked(tx)
		return err
	}
	var changes []storage.Change
	var err error
	if recorded {
		changes, err = s.store.UpdateRecorded(ctx, withSeal)
	} else {
		err = s.store.Update(ctx, withSeal)
	}
	if err != nil {
		return nil, err
	}
	s.Touch()
	if sealed > 0 {
		if err := s.store.Checkpoint(ctx); err != nil {
			s.log.Warn("checkpoint after sealing", "err", err)
		}
	}
	s.changed()
	return changes, nil
}

// ErrNoHousehold means set-up has not been done yet.
var ErrNoHousehold = errors.New("no household yet: run set-up first")

// ErrGoalGone means the goal was deleted (perhaps on the partner's computer).
var ErrGoalGone = errors.New("that goal no longer exists; it may have been deleted on the other computer")

// ErrStepGone is a checklist step that is no longer in its goal.
var ErrStepGone = errors.New("that step is no longer in the goal's checklist; it may have been removed on the other computer")

func goalErr(err error) error {
	if storage.ErrIsNotFound(err) {
		return ErrGoalGone
	}
	return err
}

// UserMessageIn turns an error into words for a dialog or the terminal, in
// tr's language (nil: English): the plain sentence of a known problem,
// without the technical detail (which goes to the log).
func UserMessageIn(tr *i18n.Tr, err error) string {
	var said interface{ In(*i18n.Tr) string } // a refusal, or an error of a layer above that knows its words
	if errors.As(err, &said) {
		return said.In(tr)
	}
	switch {
	case errors.Is(err, storage.ErrDiskFull):
		slog.Warn("storage", "err", err)
		return tr.T("ui.model.diskFull")
	case errors.Is(err, storage.ErrReadOnly):
		slog.Warn("storage", "err", err)
		return tr.T("ui.model.readOnly")
	case errors.Is(err, storage.ErrBusy):
		slog.Warn("storage", "err", err)
		return tr.T("ui.model.busy")
	}
	return err.Error()
}
