package views

import (
	"context"
	"maps"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/vennplanner/venn/app"
	"github.com/vennplanner/venn/model"
)

// redrawsOf runs an edit made through a screen and returns how many times
// each screen redrew because of it.
func redrawsOf(ui *UI, edit func()) map[string]int {
	before := map[string]int{}
	for k, v := range ui.redraws {
		before[k] = v
	}
	edit()
	out := map[string]int{}
	for k, v := range ui.redraws {
		if d := v - before[k]; d != 0 {
			out[k] = d
		}
	}
	return out
}

func TestAnEditRedrawsItsScreenOnce(t *testing.T) {
	ui, w := newTestUI(t, true)
	once := func(name, screen string, edit func()) {
		t.Helper()
		if got := redrawsOf(ui, edit); got[screen] != 1 || len(got) != 1 {
			t.Errorf("%s: redraws %v, want %s once", name, got, screen)
		}
	}
	// The board: a card moved with the keyboard.
	ui.showTab(tabBoard)
	b := ui.board
	g := b.view.Lanes[0].Cells[1][0]
	once("moving a card", "board", func() { b.move(g.ID, app.Placement{Owner: g.Owner, Column: model.ColumnDoing, After: app.End}) })
	if b.selected != g.ID {
		t.Error("the moved card is not selected")
	}
	// The calendar: a block saved from the form, then dragged.
	ui.showTab(tabCalendar)
	c := ui.calendarTab()
	day := c.week.AddDays(5)
	c.showBlockForm(model.Block{Kind: model.KindFlexible, Start: model.WallTime{Date: day, Minute: 6 * 60}, End: model.WallTime{Date: day, Minute: 7 * 60}}, model.Date{})
	typeInFocused(t, w, "Early coffee ☕")
	once("saving a block", "calendar", func() { tapButtonLabelled(t, w, "Save") })
	if c.blockForm != nil {
		t.Fatalf("the block was not saved:\n%s", windowText(w))
	}
	// Rituals: today marked done.
	ui.showTab(tabRituals)
	r := ui.ritualsTab()
	once("ticking a ritual", "rituals", func() { r.toggleDone(r.view.Rituals[0].Ritual.ID, r.view.Today) })
	// Check-ins: answers saved.
	ui.openCheckins(checkinsWeek)
	k := ui.checkinsTab()
	for _, e := range k.entries {
		e.SetText("A long walk by the river 🌊")
		break
	}
	once("saving answers", "checkin", k.saveAnswers)
	// Today: a ritual ticked.
	ui.showTab(tabToday)
	td := ui.todayTab
	for owner, rs := range td.view.Rituals {
		if owner != model.Shared && len(rs) > 0 {
			once("ticking on Today", "today", func() { td.tick(rs[0], true) })
			break
		}
	}
}

// TestOpeningDrawsOnlyToday proves Venn opens by reading and drawing the
// Today screen alone: the board (10,020 goals in a big household) loads the
// first time it is shown, and once.
func TestOpeningDrawsOnlyToday(t *testing.T) {
	a := test.NewTempApp(t)
	svc, err := app.Open(context.Background(), t.TempDir(), app.Options{Now: testClock, LockWorkFactor: 10, Secrets: noKeychain{}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { svc.Close() })
	if err := svc.Demo(context.Background(), 1); err != nil {
		t.Fatal(err)
	}
	ui := NewUI(context.Background(), svc, a, test.NewTempWindow(t, nil), false)
	t.Cleanup(ui.Close)
	if want := map[string]int{"today": 1}; !maps.Equal(ui.redraws, want) {
		t.Fatalf("opening drew %v, want %v", ui.redraws, want)
	}
	ui.showTab(tabBoard)
	if ui.redraws["board"] != 1 || len(ui.board.view.Lanes) != 3 {
		t.Fatalf("showing the board drew it %d times with %d lanes, want once with 3", ui.redraws["board"], len(ui.board.view.Lanes))
	}
}
