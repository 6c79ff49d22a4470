package app

import (
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"filippo.io/age"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage"
	"github.com/vennplanner/venn/storage/vault"
)

// LockAfter is how long an unlocked private space stays open without use.
const LockAfter = 5 * time.Minute

// locks is the service's knowledge of the partners' locks: each lock's
// public key (so rows can be sealed at any time) and the private keys of
// the partners who unlocked in this session (held in memory only).
type locks struct {
	mu         sync.Mutex
	recipients map[string]string // partner id → public key, for partners with a lock
	open       map[string]*age.X25519Identity
	lastUse    time.Time
	workFactor int
}

// LockStatus is one partner's lock as the window shows it.
type LockStatus struct {
	Partner  model.Partner
	HasLock  bool
	Unlocked bool // this session holds the key
	Sealed   int  // items sealed away now
	// ResetItems are the items a reset kept sealed behind the old
	// passphrase, until ResetUntil: the owner brings them back with it.
	ResetItems int
	ResetUntil time.Time
}

// loadLocks reads the locks and seals every locked partner's private rows:
// on start nobody is unlocked, and a crash while a space was open must not
// leave it open on disk.
func (s *Service) loadLocks(ctx context.Context) error {
	if err := s.purgeResets(ctx); err != nil {
		return err
	}
	if err := s.sweepSealedPhotos(ctx); err != nil {
		return err
	}
	all, err := s.store.Locks(ctx)
	if err != nil {
		return err
	}
	s.locks.mu.Lock()
	s.locks.recipients = map[string]string{}
	s.locks.open = map[string]*age.X25519Identity{}
	for _, l := range all {
		s.locks.recipients[l.PartnerID] = l.Key.Recipient
	}
	s.locks.mu.Unlock()
	if len(all) == 0 {
		return nil
	}
	return s.sealNow(ctx)
}

// sealNow seals the rows of every locked partner and truncates the log.
func (s *Service) sealNow(ctx context.Context) error {
	sealed := 0
	err := s.store.Update(ctx, func(tx *storage.Tx) (err error) {
		sealed, err = s.sealLocked(tx)
		return err
	})
	if err != nil {
		return fmt.Errorf("lock private spaces: %w", err)
	}
	if sealed > 0 {
		return s.store.Checkpoint(ctx)
	}
	return nil
}

// sealLocked seals, inside a write, the private rows of every partner with
// a lock who is not unlocked now; it reports how many rows it sealed.
func (s *Service) sealLocked(tx *storage.Tx) (int, error) {
	s.locks.mu.Lock()
	todo := map[string]string{}
	for id, r := range s.locks.recipients {
		if s.locks.open[id] == nil {
			todo[id] = r
		}
	}
	s.locks.mu.Unlock()
	n := 0
	for id, r := range todo {
		// The photos first: a sealed memory never has a plain photo.
		if err := s.sealPhotos(tx, id, r); err != nil {
			return n, err
		}
		k, err := tx.Seal(id, r)
		if err != nil {
			return n, err
		}
		n += k
	}
	return n, nil
}

// IsLocked reports whether a partner has a lock and has not unlocked it in
// this session: their private items are sealed away.
func (s *Service) IsLocked(partnerID string) bool {
	s.locks.mu.Lock()
	defer s.locks.mu.Unlock()
	_, has := s.locks.recipients[partnerID]
	return has && s.locks.open[partnerID] == nil
}

// anyLocked reports whether some partner's space is locked now.
func (s *Service) anyLocked() bool {
	s.locks.mu.Lock()
	defer s.locks.mu.Unlock()
	for id := range s.locks.recipients {
		if s.locks.open[id] == nil {
			return true
		}
	}
	return false
}

// LockedNames are the names of the partners whose spaces are locked now.
func (s *Service) LockedNames(ctx context.Context) []string {
	_, partners, err := s.Household(ctx)
	if err != nil {
		return nil
	}
	var out []string
	for _, p := range partners {
		if s.IsLocked(p.ID) {
			out = append(out, p.Name)
		}
	}
	return out
}

// LockStatuses returns each partner's lock.
func (s *Service) LockStatuses(ctx context.Context) ([]LockStatus, error) {
	_, partners, err := s.Household(ctx)
	if err != nil {
		return nil, err
	}
	all, err := s.store.Locks(ctx)
	if err != nil {
		return nil, err
	}
	var out []LockStatus
	for _, p := range partners {
		st := LockStatus{Partner: p}
		if i := slices.IndexFunc(all, func(l storage.Lock) bool { return l.PartnerID == p.ID }); i >= 0 {
			st.HasLock = true
			st.Unlocked = !s.IsLocked(p.ID)
			if st.Sealed, err = s.store.SealedCount(ctx, p.ID); err != nil {
				return nil, err
			}
		}
		resets, err := s.store.ResetLocks(ctx, p.ID)
		if err != nil {
			return nil, err
		}
		for _, r := range resets {
			st.ResetItems += r.Items
			if until := r.At.Add(storage.ResetKeptFor); until.After(st.ResetUntil) {
				st.ResetUntil = until
			}
		}
		out = append(out, st)
	}
	return out, nil
}

func (s *Service) partnerNamed(ctx context.Context, partnerID string) (model.Partner, error) {
	_, partners, err := s.Household(ctx)
	if err != nil {
		return model.Partner{}, err
	}
	i := slices.IndexFunc(partners, func(p model.Partner) bool { return p.ID == partnerID })
	if i < 0 {
		return model.Partner{}, model.Invalid("partner", "ui.model.lockWhoseSpace")
	}
	return partners[i], nil
}

// LockStrength is how hard a lock's passphrase would be to guess from a copy
// of Venn's file, as the lock form shows it while it is typed.
type LockStrength struct {
	// Fraction is how far along the way to strong enough it is (0 to 1,
	// on a scale of orders of magnitude of guesses).
	Fraction float64
	OK       bool   // strong enough for a lock
	Words    string // "about 3 days to guess on one computer — too easy…"
}

// PrepareLockStrength readies the strength estimate in the background when
// a lock form opens, so its first keystroke is answered at once.
func (s *Service) PrepareLockStrength() { vault.PrepareStrength() }

// LockStrength says how strong a passphrase is for a lock: the household's
// names are among the first things a guesser tries.
func (s *Service) LockStrength(ctx context.Context, passphrase string) LockStrength {
	st := vault.StrengthOf(passphrase, s.guessHints(ctx)...)
	return LockStrength{Fraction: min(1, math.Log10(max(1, st.Guesses))/math.Log10(vault.MinGuesses)), OK: st.OK, Words: st.Words}
}

// guessHints are the words of this household a guesser would try first.
func (s *Service) guessHints(ctx context.Context) []string {
	h, partners, err := s.Household(ctx)
	if err != nil {
		return nil
	}
	hints := []string{h.Name, "venn"}
	for _, p := range partners {
		hints = append(hints, p.Name)
	}
	return hints
}

// SetLock gives a partner a lock with a passphrase that takes at least a
// year of one computer's guessing to find (a PIN only when it is long and
// random enough to). The space stays unlocked for this session; it locks
// when Venn closes, when it is not used for LockAfter, or with Lock.
func (s *Service) SetLock(ctx context.Context, partnerID, passphrase string) error {
	p, err := s.partnerNamed(ctx, partnerID)
	if err != nil {
		return err
	}
	if err := vault.CheckPassphrase(passphrase, s.guessHints(ctx)...); err != nil {
		return &model.ValidationError{Field: "passphrase", Message: upperFirst(err.Error()) + "."}
	}
	s.locks.mu.Lock()
	_, has := s.locks.recipients[partnerID]
	s.locks.mu.Unlock()
	if has {
		return model.Invalid("passphrase", "ui.model.lockExists", "Name", p.Name)
	}
	key, id, err := vault.NewKey(passphrase, s.locks.workFactor)
	if err != nil {
		return err
	}
	// Known (and open) before the lock is stored, so that whoever sees the
	// stored lock sees an open space.
	s.locks.mu.Lock()
	s.locks.recipients[partnerID] = key.Recipient
	s.locks.open[partnerID] = id
	s.locks.lastUse = s.now()
	s.locks.mu.Unlock()
	err = s.writeUnrecorded(ctx, func(tx *storage.Tx) error {
		return tx.PutLock(storage.Lock{PartnerID: partnerID, Key: key, Created: s.now()})
	})
	if err != nil {
		s.locks.mu.Lock()
		delete(s.locks.recipients, partnerID)
		delete(s.locks.open, partnerID)
		s.locks.mu.Unlock()
		return err
	}
	s.log.Info("private space lock set", "partner", partnerID)
	return nil
}

// ErrWrongPassphrase is a passphrase that does not open a space.
var ErrWrongPassphrase = model.Invalid("passphrase", "ui.model.wrongPassphrase")

// Unlock opens a partner's space with their passphrase: one scrypt, then
// the sealed items go back where they were, and answers that waited for
// both partners are shared if their week is now answered by both.
func (s *Service) Unlock(ctx context.Context, partnerID, passphrase string) error {
	all, err := s.store.Locks(ctx)
	if err != nil {
		return err
	}
	i := slices.IndexFunc(all, func(l storage.Lock) bool { return l.PartnerID == partnerID })
	if i < 0 {
		return model.Invalid("partner", "ui.model.noLock")
	}
	id, err := vault.Unwrap(all[i].Key, passphrase)
	if errors.Is(err, vault.ErrWrongPassphrase) {
		s.log.Info("private space: a wrong passphrase", "partner", partnerID)
		return ErrWrongPassphrase
	}
	if err != nil {
		return err
	}
	s.locks.mu.Lock()
	s.locks.open[partnerID] = id
	s.locks.lastUse = s.now()
	s.locks.mu.Unlock()
	err = s.writeUnrecorded(ctx, func(tx *storage.Tx) error {
		if _, err := tx.Unseal(partnerID, id); err != nil {
			return err
		}
		_, err := releaseHeld(tx)
		return err
	})
	if err != nil {
		s.forget(partnerID)
		return fmt.Errorf("unlock: %w", err)
	}
	s.unsealPhotos(all[i].Key.Recipient, id)
	return nil
}

func (s *Service) forget(partnerID string) {
	s.locks.mu.Lock()
	delete(s.locks.open, partnerID)
	s.locks.mu.Unlock()
}

// Lock closes a partner's space now: their private items are sealed and the
// key is forgotten.
func (s *Service) Lock(ctx context.Context, partnerID string) error {
	s.forget(partnerID)
	if err := s.sealNow(ctx); err != nil {
		return err
	}
	s.changed()
	return nil
}

// LockAll closes every open space (when the window closes).
func (s *Service) LockAll(ctx context.Context) error {
	s.locks.mu.Lock()
	n := len(s.locks.open)
	clear(s.locks.open)
	s.locks.mu.Unlock()
	if n == 0 {
		return nil
	}
	if err := s.sealNow(ctx); err != nil {
		return err
	}
	s.changed()
	return nil
}

// Touch notes that someone is using Venn, which keeps open spaces open.
func (s *Service) Touch() {
	s.locks.mu.Lock()
	s.locks.lastUse = s.now()
	s.locks.mu.Unlock()
}

// LockIfIdle closes every open space when Venn was not used for LockAfter;
// it reports whether it locked anything.
func (s *Service) LockIfIdle(ctx context.Context) (bool, error) {
	s.locks.mu.Lock()
	idle := len(s.locks.open) > 0 && s.now().Sub(s.locks.lastUse) >= LockAfter
	s.locks.mu.Unlock()
	if !idle {
		return false, nil
	}
	return true, s.LockAll(ctx)
}

// RemoveLock takes a partner's lock away with their passphrase: the items
// are unsealed and stay on this computer unencrypted, as before the lock.
func (s *Service) RemoveLock(ctx context.Context, partnerID, passphrase string) error {
	if err := s.Unlock(ctx, partnerID, passphrase); err != nil {
		return err
	}
	s.locks.mu.Lock()
	recipient := s.locks.recipients[partnerID]
	s.locks.mu.Unlock()
	if n := s.sealedPhotosLeft(recipient); n > 0 {
		return fmt.Errorf("remove the lock: %d photos of private memories could not be unsealed (the log says why), so the lock stays", n)
	}
	err := s.writeUnrecorded(ctx, func(tx *storage.Tx) error {
		_, err := tx.DeleteLock(partnerID)
		return err
	})
	if err != nil {
		return err
	}
	s.locks.mu.Lock()
	delete(s.locks.recipients, partnerID)
	delete(s.locks.open, partnerID)
	s.locks.mu.Unlock()
	return s.sweepSealedPhotos(ctx)
}

// ResetLock is for a forgotten passphrase: the lock goes, and the partner's
// space starts again empty. What was sealed behind it is not destroyed at
// once: it stays sealed (useless without the passphrase) for
// storage.ResetKeptFor, so a reset made by the wrong person is undone by
// the owner with RestoreReset. It reports how many items were kept.
func (s *Service) ResetLock(ctx context.Context, partnerID string) (int, error) {
	if _, err := s.partnerNamed(ctx, partnerID); err != nil {
		return 0, err
	}
	var kept int
	err := s.writeUnrecorded(ctx, func(tx *storage.Tx) (err error) {
		kept, err = tx.ResetLock(partnerID, s.now())
		return err
	})
	if err != nil {
		return 0, err
	}
	s.locks.mu.Lock()
	delete(s.locks.recipients, partnerID)
	delete(s.locks.open, partnerID)
	s.locks.mu.Unlock()
	s.log.Info("private space lock reset; its sealed items are kept", "partner", partnerID, "items", kept)
	return kept, nil
}

// ErrNoReset means a partner has no reset lock whose items are kept.
var ErrNoReset = model.Invalid("passphrase", "ui.model.noReset")

// RestoreReset brings back, with the old passphrase, what a reset kept: the
// items return to the partner's space (a row written since under the same
// id stays as it is now, and is counted in kept). A wrong passphrase is
// ErrWrongPassphrase, and nothing changes.
func (s *Service) RestoreReset(ctx context.Context, partnerID, passphrase string) (restored, kept int, err error) {
	resets, err := s.store.ResetLocks(ctx, partnerID)
	if err != nil {
		return 0, 0, err
	}
	if len(resets) == 0 {
		return 0, 0, ErrNoReset
	}
	for _, r := range resets {
		id, err := vault.Unwrap(r.Key, passphrase)
		if errors.Is(err, vault.ErrWrongPassphrase) {
			continue
		}
		if err != nil {
			return 0, 0, err
		}
		err = s.update(ctx, func(tx *storage.Tx) (err error) {
			restored, kept, err = tx.RestoreReset(r, id)
			if err != nil {
				return err
			}
			_, err = releaseHeld(tx)
			return err
		})
		if err == nil {
			back, _ := s.unsealPhotos(r.Key.Recipient, id)
			err = errors.Join(s.resealPhotos(partnerID, back), s.sweepSealedPhotos(ctx))
			s.log.Info("items kept from a reset lock brought back", "partner", partnerID, "restored", restored, "kept", kept)
		}
		return restored, kept, err
	}
	s.log.Info("reset lock: a wrong passphrase", "partner", partnerID)
	return 0, 0, ErrWrongPassphrase
}

// purgeResets forgets, on start, what resets kept longer than they keep it.
func (s *Service) purgeResets(ctx context.Context) error {
	n, err := s.store.PurgeResets(ctx, s.now().Add(-storage.ResetKeptFor))
	if n > 0 {
		s.log.Info("items kept from reset locks are gone for good", "items", n)
	}
	return err
}

func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}
