package app

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"filippo.io/age"

	"github.com/vennplanner/venn/internal/atomicfile"
	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage"
	"github.com/vennplanner/venn/storage/vault"
)

// A private memory's photo is locked away with its memory. While its
// author's space is locked the photo lives only sealed to the lock's public
// key, in photos/sealed/<public key>/<id>.jpg.age; its plain file is
// overwritten and removed, and so is its thumbnail (made again when it is
// next drawn). Sealing needs no passphrase, so a photo is sealed in the
// same write that seals its memory, just before the row: a crash never
// leaves a sealed memory beside a plain photo. Unlocking puts the photos
// back. A private photo never goes to the shared folder, and a sync pass
// takes back any copy found there (syncPhotos).

// sealedPhotoExt ends the name of a sealed photo.
const sealedPhotoExt = ".jpg.age"

// sealedPhotoRoot holds one folder of sealed photos per lock key.
func (s *Service) sealedPhotoRoot() string { return filepath.Join(s.photoDir(), "sealed") }

// sealedPhotoDir is where the photos sealed to one lock's key are kept.
func (s *Service) sealedPhotoDir(recipient string) string {
	return filepath.Join(s.sealedPhotoRoot(), recipient)
}

// thumbPath is where a photo's thumbnail is cached.
func (s *Service) thumbPath(id string) string { return filepath.Join(s.thumbDir(), id+".jpg") }

// sealPhotos seals, inside the write that seals a partner's rows, the
// photos of their private memories to the lock's public key.
func (s *Service) sealPhotos(tx *storage.Tx, partnerID, recipient string) error {
	ids, err := tx.PrivateMemoryPhotos(partnerID)
	if err != nil {
		return err
	}
	for _, id := range ids {
		if err := s.sealPhoto(recipient, id); err != nil {
			return fmt.Errorf("seal photo %s: %w", model.Shorten(id, 8), err)
		}
	}
	return nil
}

// sealPhoto seals one photo: the sealed copy is written whole before the
// plain file and the thumbnail are overwritten and removed.
func (s *Service) sealPhoto(recipient, id string) error {
	if !storage.ValidID(id) {
		return nil
	}
	data, err := os.ReadFile(s.photoPath(id))
	if errors.Is(err, os.ErrNotExist) {
		// Sealed already, or not on this computer.
		return shred(s.thumbPath(id))
	}
	if err != nil {
		return err
	}
	blob, err := vault.Seal(data, recipient)
	if err != nil {
		return err
	}
	dir := s.sealedPhotoDir(recipient)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	if err := atomicfile.WriteBytes(filepath.Join(dir, id+sealedPhotoExt), 0o600, blob); err != nil {
		return err
	}
	return errors.Join(shred(s.photoPath(id)), shred(s.thumbPath(id)))
}

// shred overwrites a file with zeros and removes it, as the database
// overwrites what sealing removes (secure_delete). It is a best effort:
// some disks keep old blocks elsewhere.
func shred(path string) error {
	info, err := os.Lstat(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	if info.Mode().IsRegular() && info.Size() <= model.MaxPhotoStored {
		if err := zeroFile(path, info.Size()); err != nil {
			return err
		}
	}
	if err := os.Remove(path); err != nil && !errors.Is(err, os.ErrNotExist) {
		return err
	}
	return nil
}

func zeroFile(path string, size int64) error {
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		return err
	}
	_, werr := f.Write(make([]byte, size))
	return errors.Join(werr, f.Sync(), f.Close())
}

// unsealPhotos puts back, once a lock's key is open, the photos sealed to
// it: each is opened, checked as a photo Venn keeps and written plain. A
// file there that does not open with the key, or is not such a photo, is
// not one Venn sealed, and is removed; one that could not be read or
// written stays sealed for the next unlock. It returns the photos put back
// and how many stayed.
func (s *Service) unsealPhotos(recipient string, key *age.X25519Identity) (back []string, stayed int) {
	dir := s.sealedPhotoDir(recipient)
	entries, err := os.ReadDir(dir)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, 0
		}
		s.log.Warn("read the sealed photos", "err", err)
		return nil, 1
	}
	for _, e := range entries {
		id, err := s.unsealPhoto(dir, e.Name(), key)
		switch {
		case err != nil:
			s.log.Warn("a sealed photo stays sealed", "file", e.Name(), "err", err)
			stayed++
		case id != "":
			back = append(back, id)
		}
	}
	if stayed == 0 {
		_ = os.Remove(dir)
	}
	return back, stayed
}

// errNotSealedHere marks a file in a sealed photos' folder that Venn did
// not seal there.
var errNotSealedHere = errors.New("not a photo Venn sealed")

// unsealPhoto puts one sealed photo back and returns its id ("" for a
// file removed as not Venn's).
func (s *Service) unsealPhoto(dir, name string, key *age.X25519Identity) (string, error) {
	path := filepath.Join(dir, name)
	plain, id, err := openSealedPhoto(path, name, key)
	if errors.Is(err, errNotSealedHere) {
		s.log.Warn("removed a file from the sealed photos", "file", name, "err", err)
		return "", os.RemoveAll(path)
	}
	if err != nil {
		return "", err
	}
	// The sealed copy wins over whatever took its place meanwhile, and its
	// thumbnail is made again from it.
	if err := s.keepPhoto(id, plain); err != nil {
		return "", err
	}
	if err := os.Remove(s.thumbPath(id)); err != nil && !errors.Is(err, os.ErrNotExist) {
		return "", err
	}
	return id, os.Remove(path)
}

// openSealedPhoto reads and opens one sealed photo, refusing (with
// errNotSealedHere) what Venn could not have sealed there.
func openSealedPhoto(path, name string, key *age.X25519Identity) ([]byte, string, error) {
	id, ok := strings.CutSuffix(name, sealedPhotoExt)
	info, err := os.Lstat(path)
	if err != nil {
		return nil, id, err
	}
	if !ok || !storage.ValidID(id) || !info.Mode().IsRegular() || info.Size() > model.MaxSealedPhoto {
		return nil, id, errNotSealedHere
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, id, err
	}
	plain, err := vault.Open(data, key)
	if err == nil {
		err = model.CheckStoredPhoto(plain)
	}
	if err != nil {
		return nil, id, fmt.Errorf("%w: %w", errNotSealedHere, err)
	}
	return plain, id, nil
}

// resealPhotos seals again photos put back from a reset while their
// owner's new lock is closed (the rows went back sealed to the new key).
func (s *Service) resealPhotos(partnerID string, ids []string) error {
	s.locks.mu.Lock()
	recipient, has := s.locks.recipients[partnerID]
	open := s.locks.open[partnerID] != nil
	s.locks.mu.Unlock()
	if !has || open {
		return nil
	}
	for _, id := range ids {
		if err := s.sealPhoto(recipient, id); err != nil {
			return fmt.Errorf("seal photo %s: %w", model.Shorten(id, 8), err)
		}
	}
	return nil
}

// sealedPhotosLeft counts the photos still sealed to a key.
func (s *Service) sealedPhotosLeft(recipient string) int {
	entries, _ := os.ReadDir(s.sealedPhotoDir(recipient))
	return len(entries)
}

// sealedPhotoIDs returns the ids of every photo sealed on this computer.
func (s *Service) sealedPhotoIDs() []string {
	keys, _ := os.ReadDir(s.sealedPhotoRoot())
	var ids []string
	for _, k := range keys {
		entries, _ := os.ReadDir(filepath.Join(s.sealedPhotoRoot(), k.Name()))
		for _, e := range entries {
			if id, ok := strings.CutSuffix(e.Name(), sealedPhotoExt); ok && storage.ValidID(id) {
				ids = append(ids, id)
			}
		}
	}
	return ids
}

// dropSealedPhoto removes a photo's sealed copies (a removed memory's).
func (s *Service) dropSealedPhoto(id string) {
	if !storage.ValidID(id) {
		return
	}
	keys, _ := os.ReadDir(s.sealedPhotoRoot())
	for _, k := range keys {
		err := os.Remove(filepath.Join(s.sealedPhotoRoot(), k.Name(), id+sealedPhotoExt))
		if err != nil && !errors.Is(err, os.ErrNotExist) {
			s.log.Warn("remove a sealed photo", "err", err)
		}
	}
}

// sweepSealedPhotos removes the photos sealed to keys this computer no
// longer has: a lock removed (its photos were put back first) or a reset
// kept no longer.
func (s *Service) sweepSealedPhotos(ctx context.Context) error {
	keep, err := s.store.LockRecipients(ctx)
	if err != nil {
		return err
	}
	keys, err := os.ReadDir(s.sealedPhotoRoot())
	if err != nil {
		return nil
	}
	for _, k := range keys {
		if slices.Contains(keep, k.Name()) {
			continue
		}
		if err := os.RemoveAll(filepath.Join(s.sealedPhotoRoot(), k.Name())); err != nil {
			return fmt.Errorf("remove the photos of a lock that is gone: %w", err)
		}
		s.log.Info("removed the sealed photos of a lock that is gone")
	}
	return nil
}
