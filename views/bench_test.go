package views

import (
	"context"
	"fmt"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"

	"github.com/vennplanner/venn/app"
	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/views/widgets"
)

const boardBenchScale = 67 // × 30 goals ≈ 2,000

func benchUI(b *testing.B) (*UI, fyne.Window) {
	b.Helper()
	a := test.NewApp()
	b.Cleanup(func() { a.Quit() })
	svc, err := app.Open(context.Background(), b.TempDir(), app.Options{Now: testClock})
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

// BenchmarkTimelineMap lays out the goal-mapping map of a year with 500
// dated goals (bars stacked per lane, crunch weeks, collisions) and draws
// it in a 1280-wide window.
func BenchmarkTimelineMap(b *testing.B) {
	a := test.NewApp()
	b.Cleanup(func() { a.Quit() })
	partners := []model.Partner{{ID: "a", Slot: model.SlotA, Name: "Maya", Color: "#3b82f6"}, {ID: "b", Slot: model.SlotB, Name: "Liam", Color: "#e07a5f"}}
	owners := []model.Owner{"a", model.Shared, "b"}
	start := model.Date{Year: 2026, Month: 1, Day: 1}
	var goals []model.Goal
	var allocs []model.Allocation
	for i := range 500 {
		from := start.AddDays((i * 7) % 330)
		g := model.Goal{ID: fmt.Sprint("g", i), Title: fmt.Sprint("Goal number ", i), Owner: owners[i%3], Column: model.ColumnDoing,
			Start: from, Due: from.AddDays(14 + i%60)}
		goals = append(goals, g)
		allocs = append(allocs, model.Allocation{GoalID: g.ID, Resource: model.Time, Amount: model.Amount(60 * (1 + i%4)), SplitA: 50})
	}
	caps := []model.Capacity{{PartnerID: "a", Resource: model.Time, Amount: 20 * 60, From: start}, {PartnerID: "b", Resource: model.Time, Amount: 20 * 60, From: start}}
	m := widgets.NewTimelineMap()
	w := test.NewWindow(container.NewVScroll(m))
	w.Resize(fyne.NewSize(1280, 800))
	b.Cleanup(w.Close)
	from, to := start, model.Date{Year: 2026, Month: 12, Day: 31}
	b.ReportAllocs()
	for b.Loop() {
		bars, rows := model.Timeline(goals, partners, from, to)
		crunch := model.CrunchWeeks(goals, allocs, caps, partners, from, to, time.Monday)
		model.Collisions(goals, allocs, partners, crunch)
		m.From, m.To, m.Rows = from, to, rows
		m.Bars = m.Bars[:0]
		for _, bar := range bars {
			m.Bars = append(m.Bars, widgets.MapBar{Bar: bar, Color: widgets.HexColor("#3b82f6")})
		}
		m.Shades = m.Shades[:0]
		for _, c := range crunch {
			m.Shades = append(m.Shades, widgets.MapShade{Week: c.Week, Lane: model.LaneOf(model.Owner(c.PartnerID), partners)})
		}
		m.Refresh()
		if len(m.Bars) != 500 {
			b.Fatalf("%d bars", len(m.Bars))
		}
	}
}
