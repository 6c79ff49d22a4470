package views

import (
	"context"
	"os"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/vennplanner/venn/app"
)

// memoriesBenchCount is the size of the benchmarked timeline.
const memoriesBenchCount = 500

func memoriesBenchUI(b *testing.B) (*UI, fyne.Window) {
	b.Helper()
	a := test.NewApp()
	b.Cleanup(func() { a.Quit() })
	dir := b.TempDir()
	svc, err := app.Open(context.Background(), dir, app.Options{Now: testClock})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { svc.Close() })
	if err := svc.Demo(context.Background(), 1); err != nil {
		b.Fatal(err)
	}
	if err := svc.DemoMemories(context.Background(), memoriesBenchCount, 1024); err != nil {
		b.Fatal(err)
	}
	w := test.NewWindow(nil)
	w.Resize(fyne.NewSize(1024, 640))
	b.Cleanup(w.Close)
	ui := NewUI(context.Background(), svc, a, w, false)
	b.Cleanup(ui.Close)
	return ui, w
}

// BenchmarkMemoriesOpen opens the memories timeline of 500 entries with
// 1024×768 photos in a 1024×640 window: the timeline read, the list laid
// out and the thumbnails of the rows in view (and the entry shown) decoded
// from the cache on disk, with an empty memory cache each time.
func BenchmarkMemoriesOpen(b *testing.B) {
	ui, w := memoriesBenchUI(b)
	warm := newMemoriesScreen(ui) // make the thumbnails on disk once
	w.SetContent(warm.content)
	warm.reload()
	for b.Loop() {
		s := newMemoriesScreen(ui)
		w.SetContent(s.content)
		s.reload()
		if len(s.timeline) < memoriesBenchCount {
			b.Fatalf("only %d memories", len(s.timeline))
		}
	}
}

// BenchmarkMemoriesOpenCold is the same with no thumbnails on disk yet:
// the first time the screen is opened after the photos arrived.
func BenchmarkMemoriesOpenCold(b *testing.B) {
	ui, w := memoriesBenchUI(b)
	for b.Loop() {
		b.StopTimer()
		if err := os.RemoveAll(ui.svc.ThumbnailDir()); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		s := newMemoriesScreen(ui)
		w.SetContent(s.content)
		s.reload()
	}
}
