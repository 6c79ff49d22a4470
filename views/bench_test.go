package views

import (
	"context"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/vennplanner/venn/app"
)

const boardBenchScale = 67 // × 30 goals ≈ 2,000

func benchUI(b *testing.B) (*UI, fyne.Window) {
	b.Helper()
	a := test.NewApp()
	b.Cleanup(func() { a.Quit() })
	svc, err := app.Open(context.Background(), b.TempDir(), app.Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { svc.Close() })
	if err := svc.Demo(context.Background(), boardBenchScale); err != nil {
		b.Fatal(err)
	}
	w := test.NewWindow(nil)
	w.Resize(fyne.NewSize(1280, 800))
	b.Cleanup(w.Close)
	ui := NewUI(context.Background(), svc, a, w, false)
	b.Cleanup(ui.Close)
	return ui, w
}

// BenchmarkBoardBuild builds the board screen for ~2,000 goals and lays it
// out in a 1280×800 window: the board appearing on the Board tab.
func BenchmarkBoardBuild(b *testing.B) {
	ui, w := benchUI(b)
	for b.Loop() {
		board := newBoardScreen(ui)
		board.reload()
		w.SetContent(board)
		if board.view.Shown < boardBenchScale*app.DemoGoalCount/2 {
			b.Fatalf("only %d goals shown", board.view.Shown)
		}
	}
}

// BenchmarkBoardRefresh reloads and redraws the built board, as after an
// edit, a move or a merge.
func BenchmarkBoardRefresh(b *testing.B) {
	ui, _ := benchUI(b)
	for b.Loop() {
		ui.board.reload()
	}
}

// BenchmarkBoardSearch types a search and redraws the filtered board.
func BenchmarkBoardSearch(b *testing.B) {
	ui, _ := benchUI(b)
	terms := []string{"marathon", "italy", "", "money"}
	i := 0
	for b.Loop() {
		ui.board.search.SetText(terms[i%len(terms)])
		i++
	}
}
