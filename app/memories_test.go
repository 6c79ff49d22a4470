package app

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/jpeg"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage/replica"
)

// writeTestPhoto writes a generated w×h JPEG into dir and returns its path.
func writeTestPhoto(t testing.TB, dir string, w, h int, seed uint8) string {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			img.Set(x, y, color.RGBA{uint8(x) + seed, uint8(y), seed, 255})
		}
	}
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, img, &jpeg.Options{Quality: 90}); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "picked.jpg")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestAMemoryKeepsItsPhotoBesideTheData(t *testing.T) {
	ctx := context.Background()
	s := newService(t)
	a, _ := setUp(t, s)
	m, err := s.SaveMemory(ctx, model.Memory{AuthorID: a.ID, Title: "Sunrise at the lake", Day: s.today()},
		PhotoChange{Path: writeTestPhoto(t, t.TempDir(), 2600, 1300, 1)})
	if err != nil {
		t.Fatal(err)
	}
	if !s.HasPhoto(m.Photo) {
		t.Fatal("the photo is not in the data folder")
	}
	data, _ := s.PhotoBytes(m.Photo)
	if cfg, err := jpeg.DecodeConfig(bytes.NewReader(data)); err != nil || cfg.Width != model.PhotoSide {
		t.Fatalf("kept photo %+v, %v", cfg, err)
	}
	if th, err := s.PhotoThumbnail(m.Photo); err != nil || len(th) == 0 || len(th) > len(data) {
		t.Fatalf("thumbnail: %d bytes, %v", len(th), err)
	}
	// A new photo replaces the old one, which is removed.
	old := m.Photo
	if m, err = s.SaveMemory(ctx, m, PhotoChange{Path: writeTestPhoto(t, t.TempDir(), 30, 20, 2)}); err != nil {
		t.Fatal(err)
	}
	if m.Photo == old || s.HasPhoto(old) || !s.HasPhoto(m.Photo) {
		t.Fatal("the replaced photo stayed")
	}
	heic := filepath.Join(t.TempDir(), "IMG_0001.HEIC")
	_ = os.WriteFile(heic, []byte("\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic"), 0o644)
	if _, err := s.SaveMemory(ctx, model.Memory{AuthorID: a.ID, Title: "HEIC", Day: s.today()}, PhotoChange{Path: heic}); !errors.Is(err, model.ErrPhotoHEIC) {
		t.Fatalf("a HEIC photo: %v", err)
	}
	if msg := UserMessageIn(nil, model.ErrPhotoHEIC); !strings.Contains(msg, "export it as JPEG") {
		t.Fatalf("said as %q", msg)
	}
	if err := s.DeleteMemory(ctx, m.ID); err != nil || s.HasPhoto(m.Photo) {
		t.Fatalf("removed memory's photo stayed: %v", err)
	}
	tl, _ := s.MemoryTimeline(ctx)
	for _, r := range tl {
		if r.Kind == model.MemoryOwn {
			t.Fatalf("still in the timeline: %+v", r)
		}
	}
}

// TestAPhotoSurvivesSync: two data folders sharing one folder, with and
// without the household's passphrase, with and without a lock on Zoë's
// space. The photo arrives intact; encrypted households' folders hold no
// plain photo; a private memory's photo never leaves (and is sealed while
// her space is locked); a removed memory's photo is removed on both
// computers.
func TestAPhotoSurvivesSync(t *testing.T) {
	for _, c := range []struct {
		pass string
		lock bool
	}{{"", false}, {"correct horse battery staple", false}, {"", true}, {"correct horse battery staple", true}} {
		t.Run(fmt.Sprintf("passphrase=%q,lock=%v", c.pass, c.lock), func(t *testing.T) {
			ctx := context.Background()
			h := newPhotoHousehold(t, c.pass)
			if c.lock {
				h.must(t, h.zoe.SetLock(ctx, h.a.ID, liamPassword))
			}
			m := h.memory(t, "Our first flat 🏠", false, 3)
			secret := h.memory(t, "Only mine — رسالة", true, 9)
			if c.lock {
				h.must(t, h.zoe.Lock(ctx, h.a.ID))
			}
			h.join(t)
			want, _ := h.zoe.PhotoBytes(m.Photo)
			got, err := h.lukasz.PhotoBytes(m.Photo)
			if err != nil || !bytes.Equal(got, want) {
				t.Fatalf("the photo did not arrive intact: %d bytes, %v", len(got), err)
			}
			if h.lukasz.HasPhoto(secret.Photo) {
				t.Fatal("a private memory's photo reached the other computer")
			}
			checkSharedPhotos(t, h.shared, c.pass, m.Photo, secret.Photo)
			checkOnlyHerComputerWrites(t, h, m)
			h.must(t, h.zoe.DeleteMemory(ctx, m.ID))
			h.sync(t, h.zoe, h.lukasz)
			if h.zoe.HasPhoto(m.Photo) || h.lukasz.HasPhoto(m.Photo) || replica.HasPhoto(h.shared, m.Photo, c.pass) {
				t.Fatal("a removed memory's photo stayed somewhere")
			}
			if c.lock {
				if h.zoe.HasPhoto(secret.Photo) {
					t.Fatal("a locked space's photo is readable")
				}
				h.must(t, h.zoe.Unlock(ctx, h.a.ID, liamPassword))
			}
			if !h.zoe.HasPhoto(secret.Photo) {
				t.Fatal("the private photo left its own computer")
			}
		})
	}
}

// checkOnlyHerComputerWrites: the other partner's computer can neither
// write a memory in her name nor remove hers.
func checkOnlyHerComputerWrites(t *testing.T, h *photoHousehold, m model.Memory) {
	t.Helper()
	ctx := context.Background()
	if _, err := h.lukasz.SaveMemory(ctx, model.Memory{AuthorID: h.a.ID, Title: "In her name", Day: h.lukasz.today()}, PhotoChange{}); !model.IsValidation(err) {
		t.Fatalf("writing a memory as the other partner: %v", err)
	}
	if err := h.lukasz.DeleteMemory(ctx, m.ID); !model.IsValidation(err) {
		t.Fatalf("removing the other partner's memory: %v", err)
	}
}

// photoHousehold is Zoë's computer (with cheap locks) and, once joined,
// Łukasz's, sharing one folder.
type photoHousehold struct {
	zoe, lukasz  *Service
	shared, pass string
	a            model.Partner
	picks        string
}

func newPhotoHousehold(t *testing.T, pass string) *photoHousehold {
	t.Helper()
	ctx := context.Background()
	zoe, err := Open(ctx, t.TempDir(), Options{Now: steadyClock, LockWorkFactor: 10, Secrets: &fakeKeychain{secrets: map[string]string{}}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { zoe.Close() })
	h := &photoHousehold{zoe: zoe, shared: t.TempDir(), pass: pass, picks: t.TempDir()}
	h.a, _ = setUp(t, zoe)
	h.must(t, zoe.SetSyncFolder(ctx, h.shared))
	if pass == "" {
		h.must(t, zoe.ChooseNoPassphrase(ctx))
	} else {
		h.must(t, zoe.SetSyncPassphrase(ctx, pass))
	}
	h.must(t, zoe.SetThisPartner(ctx, h.a.ID))
	return h
}

func (h *photoHousehold) must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// memory saves a memory of Zoë's with a generated photo.
func (h *photoHousehold) memory(t *testing.T, title string, private bool, seed uint8) model.Memory {
	t.Helper()
	m, err := h.zoe.SaveMemory(context.Background(), model.Memory{AuthorID: h.a.ID, Title: title, Day: h.zoe.today(), Private: private},
		PhotoChange{Path: writeTestPhoto(t, h.picks, 400, 300, seed)})
	h.must(t, err)
	return m
}

// join syncs Zoë's computer, then makes Łukasz's join the household and
// sync.
func (h *photoHousehold) join(t *testing.T) {
	t.Helper()
	h.sync(t, h.zoe)
	h.lukasz = newService(t)
	h.must(t, h.lukasz.JoinHousehold(context.Background(), h.shared, h.pass, "Łukasz", ""))
	h.sync(t, h.lukasz)
}

func (h *photoHousehold) sync(t *testing.T, computers ...*Service) {
	t.Helper()
	for _, s := range computers {
		_, err := s.SyncNow(context.Background())
		h.must(t, err)
	}
}

// checkSharedPhotos: the shared folder holds the shared photo, in the form
// the household's passphrase asks for, and not the private one.
func checkSharedPhotos(t *testing.T, shared, pass, photo, private string) {
	t.Helper()
	entries, _ := os.ReadDir(replica.PhotoDir(shared))
	if len(entries) != 1 || !strings.HasPrefix(entries[0].Name(), photo) {
		t.Fatalf("photos in the shared folder: %v", entries)
	}
	data, _ := os.ReadFile(filepath.Join(replica.PhotoDir(shared), entries[0].Name()))
	if pass != "" && (!replica.IsEncrypted(data) || bytes.HasPrefix(data, []byte{0xff, 0xd8})) {
		t.Fatal("a plain photo in an encrypted household's folder")
	}
	if pass == "" && model.CheckStoredPhoto(data) != nil {
		t.Fatal("the shared photo is not a photo")
	}
	if strings.Contains(entries[0].Name(), private) {
		t.Fatal("the private photo is in the shared folder")
	}
}

// BenchmarkMemoryTimeline reads the memories timeline of the demo
// household with 500 own entries with photos (the rows only: photos are
// files, read as thumbnails when a row is drawn).
func BenchmarkMemoryTimeline(b *testing.B) {
	ctx := context.Background()
	s := newService(b)
	if err := s.Demo(ctx, 1); err != nil {
		b.Fatal(err)
	}
	if err := s.DemoMemories(ctx, 500, 256); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		tl, err := s.MemoryTimeline(ctx)
		if err != nil || len(tl) < 500 {
			b.Fatalf("%d memories, %v", len(tl), err)
		}
	}
}

// The demo's memory from this month last year is "this month a year ago";
// its private one never counts for the timeline's other partner on paper,
// but is on this computer's timeline.
func TestTheDemoRemembersThisMonthAYearAgo(t *testing.T) {
	ctx := context.Background()
	s := newService(t)
	if err := s.Demo(ctx, 1); err != nil {
		t.Fatal(err)
	}
	ago, err := s.MemoriesYearAgo(ctx)
	if err != nil || len(ago) != 1 || ago[0].Title != "The keys to our first flat" {
		t.Fatalf("a year ago: %+v, %v", ago, err)
	}
	tl, err := s.MemoryTimeline(ctx)
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[model.MemoryKind]int{}
	for _, m := range tl {
		kinds[m.Kind]++
	}
	if kinds[model.MemoryOwn] != 4 || kinds[model.MemoryHighlight] == 0 || kinds[model.MemoryMilestone] == 0 || kinds[model.MemoryGoal] == 0 {
		t.Fatalf("the demo's timeline: %v", kinds)
	}
}
