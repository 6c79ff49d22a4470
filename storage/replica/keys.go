package replica

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
)

// FolderKeys is what the other computers' files in a shared folder say of
// its encryption, as checked with one passphrase.
type FolderKeys struct {
	Encrypted int // files of other computers that are encrypted
	Opened    int // of those, the ones the passphrase opens
	Plain     int // replicas of other computers that are not encrypted
}

// Keys looks at the other computers' files in folder (this device's own,
// and a sync service's copies of it, are left out) and tries passphrase on
// each encrypted one: one scrypt each, a fraction of a second. A file that
// cannot be read at all is not counted.
func Keys(ctx context.Context, folder, ownDevice, passphrase string) (FolderKeys, error) {
	var k FolderKeys
	dir := Dir(folder)
	entries, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return k, nil
	}
	if err != nil {
		return k, err
	}
	for _, e := range entries {
		if err := ctx.Err(); err != nil {
			return k, err
		}
		if e.IsDir() || classify(e.Name()) != kindReplica || strings.HasPrefix(e.Name(), ownDevice) {
			continue
		}
		data, err := readRegular(filepath.Join(dir, e.Name()), MaxFileSize)
		if err != nil {
			continue
		}
		switch {
		case bytes.HasPrefix(data, ageMagic):
			k.Encrypted++
			if passphrase != "" {
				if _, err := decrypt(data, passphrase); err == nil {
					k.Opened++
				}
			}
		case bytes.HasPrefix(data, sqliteMagic) || bytes.HasPrefix(data, gzipMagic):
			k.Plain++
		}
	}
	return k, nil
}

// IsEncrypted reports whether a replica file's bytes are encrypted.
func IsEncrypted(data []byte) bool { return bytes.HasPrefix(data, ageMagic) }
