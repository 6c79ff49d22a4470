package views

import (
	"bytes"
	"image"
	"image/color"
	"image/jpeg"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/vennplanner/venn/model"
)

// Memories: one is added through the form with a photo picked by its
// path, shown on the timeline with its thumbnail, edited, and removed only
// once confirmed, with its photo.
func TestMemoriesAddsEditsAndRemovesAfterAsking(t *testing.T) {
	ui, w := newTestUI(t, false)
	setUpHousehold(t, ui)
	img := image.NewRGBA(image.Rect(0, 0, 300, 200))
	for x := range 300 {
		img.Set(x, x%200, color.RGBA{200, 40, 40, 255})
	}
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, img, nil); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "lake.jpg")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	m := openInner(ui, checkinsMemories).memories
	tapButtonLabelled(t, w, "Add memory…")
	entries := overlayWidgets[*entry](w)
	if len(entries) < 3 {
		t.Fatalf("the form has %d text fields", len(entries))
	}
	test.Type(entries[0], "Swimming at night 🌙")
	last := entries[len(entries)-1] // the photo's path
	test.Type(last, path)
	tapButtonLabelled(t, w, "Save")
	var own model.Remembered
	waitFor(t, func() bool {
		tl, _ := ui.svc.MemoryTimeline(ui.ctx)
		if len(tl) == 1 {
			own = tl[0]
		}
		return len(tl) == 1 && ui.svc.HasPhoto(tl[0].Photo)
	})
	m.reload()
	if own.Title != "Swimming at night 🌙" || own.Who != model.Owner(ui.partners[0].ID) || m.title.Text != own.Title {
		t.Fatalf("the timeline shows %+v, titled %q", own, m.title.Text)
	}
	waitFor(t, func() bool { return m.thumbs.has(own.Photo) })
	tapButtonLabelled(t, w, "Edit…")
	entries = overlayWidgets[*entry](w)
	entries[0].SetText("Swimming in the lake at night")
	tapButtonLabelled(t, w, "Save")
	waitFor(t, func() bool {
		got, _ := ui.svc.Memory(ui.ctx, own.ID)
		return got.Title == "Swimming in the lake at night" && got.Photo == own.Photo
	})
	m.reload()
	tapButtonLabelled(t, w, "Remove…")
	if _, err := ui.svc.Memory(ui.ctx, own.ID); err != nil {
		t.Fatal("Remove… removed before asking")
	}
	tapButtonLabelled(t, w, "Yes")
	if _, err := ui.svc.Memory(ui.ctx, own.ID); err == nil || ui.svc.HasPhoto(own.Photo) {
		t.Errorf("confirmed, the memory or its photo is still there: %v", err)
	}
}
