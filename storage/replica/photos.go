package replica

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"filippo.io/age"
	"github.com/vennplanner/venn/internal/atomicfile"
	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage"
)

// A memory's photo travels through the shared folder as a file of its own,
// beside the replicas: Venn/photos/<id>.jpg, or <id>.jpg.age encrypted
// with the household's passphrase when there is one (then never a plain
// photo). Like a replica it is untrusted when read: only a name Venn made,
// a regular file of bounded size, which the caller checks is a photo Venn
// could have written (model.CheckStoredPhoto).

// PhotoDir is where photos are kept in a shared folder.
func PhotoDir(folder string) string { return filepath.Join(folder, "Venn", "photos") }

// photoName is a photo's file name in the shared folder.
func photoName(id string, encrypted bool) string {
	if encrypted {
		return id + ".jpg.age"
	}
	return id + ".jpg"
}

// ErrPhotoMissing is returned by ReadPhoto when the folder does not hold
// the photo (yet: a sync service may still be copying it).
var ErrPhotoMissing = errors.New("the photo is not in the shared folder yet")

// WritePhoto writes a photo to the shared folder, encrypted when there is
// a passphrase.
func WritePhoto(ctx context.Context, folder, id string, data []byte, passphrase string) error {
	if !storage.ValidID(id) {
		return fmt.Errorf("write photo: %q is not a photo id", id)
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	var err error
	if passphrase != "" {
		if data, err = encrypt(data, passphrase); err != nil {
			return fmt.Errorf("encrypt photo: %w", err)
		}
	}
	dir := PhotoDir(folder)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("write photo: %w", err)
	}
	if err := atomicfile.WriteBytes(filepath.Join(dir, photoName(id, passphrase != "")), 0o644, data); err != nil {
		return fmt.Errorf("write photo: %w", err)
	}
	if passphrase != "" {
		// From a time before the household chose a passphrase.
		if err := os.Remove(filepath.Join(dir, photoName(id, false))); err != nil && !errors.Is(err, os.ErrNotExist) {
			return fmt.Errorf("remove the plain photo: %w", err)
		}
	}
	return nil
}

// HasPhoto reports whether the shared folder holds the photo as this
// computer would write it (encrypted when there is a passphrase).
func HasPhoto(folder, id, passphrase string) bool {
	if !storage.ValidID(id) {
		return false
	}
	info, err := os.Lstat(filepath.Join(PhotoDir(folder), photoName(id, passphrase != "")))
	return err == nil && info.Mode().IsRegular()
}

// ReadPhoto reads a photo from the shared folder: with a passphrase only
// its encrypted file, which must decrypt; without one only the plain file.
// The bytes still need model.CheckStoredPhoto.
func ReadPhoto(folder, id, passphrase string) ([]byte, error) {
	if !storage.ValidID(id) {
		return nil, fmt.Errorf("read photo: %q is not a photo id Venn makes", id)
	}
	path := filepath.Join(PhotoDir(folder), photoName(id, passphrase != ""))
	if _, err := os.Lstat(path); errors.Is(err, os.ErrNotExist) {
		return nil, ErrPhotoMissing
	}
	limit := int64(model.MaxPhotoStored)
	if passphrase != "" {
		limit = model.MaxSealedPhoto
	}
	data, err := readRegular(path, limit)
	if err != nil {
		return nil, fmt.Errorf("read photo %s: %w", id, err)
	}
	if passphrase == "" {
		if IsEncrypted(data) {
			return nil, fmt.Errorf("read photo %s: it is encrypted, and this computer has no passphrase", id)
		}
		return data, nil
	}
	return openPhoto(data, passphrase)
}

// openPhoto decrypts an encrypted photo, reading at most a photo's bound.
func openPhoto(data []byte, passphrase string) ([]byte, error) {
	if !IsEncrypted(data) {
		return nil, errors.New("read photo: a plain file where the household's photos are encrypted")
	}
	ident, err := age.NewScryptIdentity(passphrase)
	if err != nil {
		return nil, fmt.Errorf("read photo: %w", err)
	}
	ident.SetMaxWorkFactor(maxWorkFactor)
	rd, err := age.Decrypt(bytes.NewReader(data), ident)
	if err != nil {
		return nil, fmt.Errorf("read photo: it does not decrypt with the household's passphrase: %w", err)
	}
	plain, err := io.ReadAll(io.LimitReader(rd, model.MaxPhotoStored+1))
	if err != nil {
		return nil, fmt.Errorf("read photo: damaged or still being copied: %w", err)
	}
	if len(plain) > model.MaxPhotoStored {
		return nil, errors.New("read photo: larger than any photo Venn keeps")
	}
	return plain, nil
}

// RemovePhoto removes a photo from the shared folder, in either form.
func RemovePhoto(folder, id string) error {
	if !storage.ValidID(id) {
		return nil
	}
	var errs []error
	for _, enc := range []bool{false, true} {
		if err := os.Remove(filepath.Join(PhotoDir(folder), photoName(id, enc))); err != nil && !errors.Is(err, os.ErrNotExist) {
			errs = append(errs, err)
		}
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("remove photo: %w", err)
	}
	return nil
}
