package app

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage/replica"
	"github.com/vennplanner/venn/storage/vault"
)

// plainCopies lists the files under dirs that hold a photo unencrypted: a
// JPEG or PNG from their first byte (but the photos named in allowed, and
// their thumbnails), or a piece of secret's bytes anywhere.
func plainCopies(t *testing.T, secret []byte, allowed []string, dirs ...string) []string {
	t.Helper()
	piece := secret[len(secret)/2 : len(secret)/2+256]
	var hits []string
	for _, dir := range dirs {
		filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return nil
			}
			data, _ := os.ReadFile(path)
			data = replica.Uncompressed(data)
			image := bytes.HasPrefix(data, []byte{0xff, 0xd8, 0xff}) || bytes.HasPrefix(data, []byte("\x89PNG"))
			known := false
			for _, id := range allowed {
				known = known || strings.HasPrefix(filepath.Base(path), id)
			}
			if (image && !known) || bytes.Contains(data, piece) {
				hits = append(hits, path)
			}
			return nil
		})
	}
	return hits
}

// dataDir is the data folder of a computer.
func dataDir(s *Service) string { return filepath.Dir(s.store.Path()) }

// TestALockedSpacesPhotosAreSealedOnBothComputersAndTheSharedFolder: Zoë
// keeps a private memory with a photo and locks her space. The photo and
// its thumbnail are then sealed: no plain copy in her data folder, none in
// the shared folder (not even one another computer or an intruder put
// there), none on Łukasz's computer, through passes with and without the
// household's passphrase. Unlocking brings it back byte for byte; a file
// among the sealed photos that Venn did not seal is removed, never
// shown; removing the lock leaves the photo readable and nothing sealed.
func TestALockedSpacesPhotosAreSealedOnBothComputersAndTheSharedFolder(t *testing.T) {
	for _, pass := range []string{"", "ключ — 鍵 — مفتاح 🔑"} {
		t.Run("passphrase="+pass, func(t *testing.T) {
			ctx := context.Background()
			h := newPhotoHousehold(t, pass)
			h.must(t, h.zoe.SetLock(ctx, h.a.ID, liamPassword))
			shared := h.memory(t, "Picnic at Łazienki 🧺", false, 3)
			secret := h.memory(t, "Only mine — 自分だけ", true, 9)
			plain, _ := h.zoe.PhotoBytes(secret.Photo)
			if _, err := h.zoe.PhotoThumbnail(secret.Photo); err != nil {
				t.Fatal(err)
			}
			h.join(t)
			h.must(t, h.zoe.Lock(ctx, h.a.ID))
			// A copy in the shared folder, as an intruder or a broken
			// computer would leave it, is taken back and never fetched.
			dir := replica.PhotoDir(h.shared)
			_ = os.WriteFile(filepath.Join(dir, secret.Photo+".jpg"), plain, 0o644)
			_ = os.WriteFile(filepath.Join(dir, secret.Photo+".jpg.age"), plain, 0o644)
			h.sync(t, h.zoe, h.lukasz, h.zoe)
			if hits := plainCopies(t, plain, []string{shared.Photo}, dataDir(h.zoe), dataDir(h.lukasz), h.shared); len(hits) > 0 {
				t.Fatalf("plain copies of a locked space's photo: %v", hits)
			}
			if h.zoe.HasPhoto(secret.Photo) || h.lukasz.HasPhoto(secret.Photo) || !h.lukasz.HasPhoto(shared.Photo) {
				t.Fatal("the photos are not where they belong")
			}
			checkUnlockBringsItBack(t, h, secret, plain)
			h.must(t, h.zoe.Lock(ctx, h.a.ID))
			h.must(t, h.zoe.RemoveLock(ctx, h.a.ID, liamPassword))
			if got, _ := h.zoe.PhotoBytes(secret.Photo); !bytes.Equal(got, plain) {
				t.Fatal("removing the lock lost the photo")
			}
			if left, _ := os.ReadDir(h.zoe.sealedPhotoRoot()); len(left) != 0 {
				t.Fatalf("sealed photos left after the lock went: %v", left)
			}
		})
	}
}

// checkUnlockBringsItBack: a file an intruder put among the sealed photos
// is removed on unlock, and the photo comes back byte for byte, over a
// photo and a thumbnail put in its place while the space was locked.
func checkUnlockBringsItBack(t *testing.T, h *photoHousehold, secret model.Memory, plain []byte) {
	t.Helper()
	ctx := context.Background()
	keys, _ := os.ReadDir(h.zoe.sealedPhotoRoot())
	if len(keys) != 1 {
		t.Fatalf("sealed to %d keys", len(keys))
	}
	planted := filepath.Join(h.zoe.sealedPhotoRoot(), keys[0].Name(), "0190a0b0-0000-7000-8000-000000000001.jpg.age")
	_ = os.WriteFile(planted, []byte("age-encryption.org/v1\nnot a photo"), 0o600)
	// Sealed to her key, but not a photo.
	notPhoto, err := vault.Seal([]byte("<svg onload=alert(1)>"), keys[0].Name())
	h.must(t, err)
	planted2 := filepath.Join(filepath.Dir(planted), "0190a0b0-0000-7000-8000-000000000002.jpg.age")
	_ = os.WriteFile(planted2, notPhoto, 0o600)
	// And a photo and a thumbnail put where the sealed one goes back.
	other, _ := os.ReadFile(writeTestPhoto(t, t.TempDir(), 40, 30, 200))
	_ = os.WriteFile(h.zoe.photoPath(secret.Photo), other, 0o644)
	_ = os.MkdirAll(h.zoe.thumbDir(), 0o755)
	_ = os.WriteFile(h.zoe.thumbPath(secret.Photo), other, 0o644)
	h.must(t, h.zoe.Unlock(ctx, h.a.ID, liamPassword))
	if got, err := h.zoe.PhotoBytes(secret.Photo); err != nil || !bytes.Equal(got, plain) {
		t.Fatalf("unlocked photo: %d bytes, %v", len(got), err)
	}
	for _, p := range []string{planted, planted2} {
		if _, err := os.Stat(p); !os.IsNotExist(err) {
			t.Fatalf("a planted file stayed: %v", err)
		}
	}
	if th, err := h.zoe.PhotoThumbnail(secret.Photo); err != nil || len(th) == 0 || bytes.Equal(th, other) {
		t.Fatalf("thumbnail after unlock: %d bytes, %v", len(th), err)
	}
}

// TestAPhotoSavedIntoALockedSpaceIsSealedAtOnce: a memory saved private
// while its author's space is locked has its photo sealed in the same
// write, and a sync pass while locked neither loses nor unseals it.
func TestAPhotoSavedIntoALockedSpaceIsSealedAtOnce(t *testing.T) {
	ctx := context.Background()
	h := newPhotoHousehold(t, "")
	h.must(t, h.zoe.SetLock(ctx, h.a.ID, liamPassword))
	h.must(t, h.zoe.Lock(ctx, h.a.ID))
	secret := h.memory(t, "Written while locked ✍️", true, 5)
	if h.zoe.HasPhoto(secret.Photo) {
		t.Fatal("a photo saved into a locked space stayed plain")
	}
	h.sync(t, h.zoe, h.zoe)
	if ids := h.zoe.sealedPhotoIDs(); len(ids) != 1 || ids[0] != secret.Photo {
		t.Fatalf("sealed photos after a pass: %v", ids)
	}
	h.must(t, h.zoe.Unlock(ctx, h.a.ID, liamPassword))
	if !h.zoe.HasPhoto(secret.Photo) {
		t.Fatal("the photo did not come back")
	}
	h.must(t, h.zoe.DeleteMemory(ctx, secret.ID))
	if h.zoe.HasPhoto(secret.Photo) || len(h.zoe.sealedPhotoIDs()) != 0 {
		t.Fatal("a removed memory's photo stayed")
	}
}

// TestAPhotoMadePrivateLeavesTheOtherComputerAtOnce: a shared memory's
// photo that Łukasz's computer holds is removed there in the pass that
// learns the memory became private, not an hour later.
func TestAPhotoMadePrivateLeavesTheOtherComputerAtOnce(t *testing.T) {
	ctx := context.Background()
	h := newPhotoHousehold(t, "")
	m := h.memory(t, "First snow ❄️", false, 7)
	h.join(t)
	if !h.lukasz.HasPhoto(m.Photo) {
		t.Fatal("the shared photo did not arrive")
	}
	m.Private = true
	if _, err := h.zoe.SaveMemory(ctx, m, PhotoChange{}); err != nil {
		t.Fatal(err)
	}
	h.sync(t, h.zoe, h.lukasz)
	if h.lukasz.HasPhoto(m.Photo) || replica.HasPhoto(h.shared, m.Photo, "") {
		t.Fatal("a photo made private stayed on the other computer or in the shared folder")
	}
	if !h.zoe.HasPhoto(m.Photo) {
		t.Fatal("her own photo went")
	}
}

// TestAResetKeepsThePhotosSealedUntilTheOldPassphraseBringsThemBack: a
// reset keeps the photo sealed to the old key; brought back while a new
// lock is closed, it is sealed again to the new key, and opens with the
// new passphrase.
func TestAResetKeepsThePhotosSealedUntilTheOldPassphraseBringsThemBack(t *testing.T) {
	ctx := context.Background()
	h := newPhotoHousehold(t, "")
	h.must(t, h.zoe.SetLock(ctx, h.a.ID, liamPassword))
	secret := h.memory(t, "Kept through a reset 🗝️", true, 11)
	plain, _ := h.zoe.PhotoBytes(secret.Photo)
	h.must(t, h.zoe.Lock(ctx, h.a.ID))
	if _, err := h.zoe.ResetLock(ctx, h.a.ID); err != nil {
		t.Fatal(err)
	}
	if h.zoe.HasPhoto(secret.Photo) || len(h.zoe.sealedPhotoIDs()) != 1 {
		t.Fatal("the reset did not keep the photo sealed")
	}
	const newPassword = "a new passphrase — nouvelle clé 🌱"
	h.must(t, h.zoe.SetLock(ctx, h.a.ID, newPassword))
	h.must(t, h.zoe.Lock(ctx, h.a.ID))
	if _, _, err := h.zoe.RestoreReset(ctx, h.a.ID, liamPassword); err != nil {
		t.Fatal(err)
	}
	if h.zoe.HasPhoto(secret.Photo) || len(h.zoe.sealedPhotoIDs()) != 1 {
		t.Fatal("brought back into a locked space, the photo is not sealed")
	}
	h.must(t, h.zoe.Unlock(ctx, h.a.ID, newPassword))
	if got, _ := h.zoe.PhotoBytes(secret.Photo); !bytes.Equal(got, plain) {
		t.Fatal("the photo did not come back with the new passphrase")
	}
}

// BenchmarkLockAndUnlockWithPhotos locks and unlocks a space whose owner
// keeps 50 private memories with photos 1024 pixels wide (of 500
// memories): what the photos add to a lock and an unlock, scrypt being
// made cheap here.
func BenchmarkLockAndUnlockWithPhotos(b *testing.B) {
	ctx := context.Background()
	s, err := Open(ctx, b.TempDir(), Options{Now: steadyClock, LockWorkFactor: 10, Secrets: &fakeKeychain{secrets: map[string]string{}}})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	_, liam := setUp(b, s)
	if err := s.DemoMemories(ctx, 500, 1024); err != nil {
		b.Fatal(err)
	}
	if err := s.SetLock(ctx, liam.ID, liamPassword); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if err := s.Lock(ctx, liam.ID); err != nil {
			b.Fatal(err)
		}
		if n := len(s.sealedPhotoIDs()); n != 50 {
			b.Fatalf("%d photos sealed, want 50", n)
		}
		if err := s.Unlock(ctx, liam.ID, liamPassword); err != nil {
			b.Fatal(err)
		}
	}
}
