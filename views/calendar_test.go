package views

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/views/widgets"
)

// dragGrid drags on the week grid from one position to another.
func dragGrid(g *widgets.WeekGrid, from, to fyne.Position) {
	g.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: from.AddXY(0, 1)}, Dragged: fyne.NewDelta(0, 1)})
	g.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: to}, Dragged: fyne.NewDelta(to.X-from.X, to.Y-from.Y-1)})
	g.DragEnd()
}

// gridPos is where a day column and minute are drawn on the grid.
func gridPos(g *widgets.WeekGrid, day, minute int) fyne.Position {
	colW := (g.Size().Width - 48) / 7
	return fyne.NewPos(48+colW*(float32(day)+0.5), float32(minute)/60*g.HourPx()+2)
}

func TestCalendarCreateByDraggingThenMoveAndResize(t *testing.T) {
	ui, w := newTestUI(t, true)
	ui.showTab(tabCalendar)
	s := ui.calendarTab()
	g := s.grid
	if g.Size().Width < 400 {
		t.Fatalf("the grid is not laid out: %v", g.Size())
	}
	before := len(s.view.Occurrence)
	// Drag over empty time on the first day, 05:00–06:30 (nothing is there in the demo).
	dragGrid(g, gridPos(g, 0, 5*60), gridPos(g, 0, 6*60+30))
	if s.blockForm == nil {
		t.Fatal("dragging over empty time did not open the block form")
	}
	if entries := overlayWidgets[*entry](w); len(entries) < 3 || entries[1].Text != "05:00" || entries[2].Text != "06:30" {
		t.Fatalf("the form has not 05:00–06:30 from and to: %d fields", len(entries))
	}
	typeInFocused(t, w, "Early swim")
	overlayWidgets[*widget.Select](w)[0].SetSelectedIndex(0) // the kind: Maya's solo time
	tapButtonLabelled(t, w, "Save")
	if w.Canvas().Overlays().Top() != nil || s.blockForm != nil {
		t.Fatalf("the block form stayed open:\n%s", windowText(w))
	}
	s.reload()
	if len(s.view.Occurrence) != before+1 {
		t.Fatalf("%d occurrences after creating one, want %d", len(s.view.Occurrence), before+1)
	}
	var swim model.Occurrence
	for _, o := range s.view.Occurrence {
		if o.Block.Title == "Early swim" {
			swim = o
		}
	}
	if swim.Block == nil || swim.Block.Kind != model.KindSolo || swim.Block.Owner != ui.partners[0].ID {
		t.Fatalf("the new block: %+v", swim)
	}
	// Drag it to the third day at 06:00.
	dragGrid(g, gridPos(g, 0, 5*60+30), gridPos(g, 2, 6*60+30))
	var moved model.Occurrence
	for _, o := range s.view.Occurrence {
		if o.Block.Title == "Early swim" {
			moved = o
		}
	}
	if moved.Start.Date != s.view.From.AddDays(2) || moved.Start.Minute != 6*60 || moved.End.MinutesSince(moved.Start) != 90 {
		t.Fatalf("moved to %v–%v", moved.Start, moved.End)
	}
	// Drag its lower edge down to 08:00.
	bottom := gridPos(g, 2, 7*60+30)
	bottom.Y -= 4
	dragGrid(g, bottom, gridPos(g, 2, 8*60))
	for _, o := range s.view.Occurrence {
		if o.Block.Title == "Early swim" && o.End.Minute != 8*60 {
			t.Fatalf("resized to end at %s", model.FormatClock(o.End.Minute))
		}
	}
	// The month overview: weekday names, six whole weeks that fit a small
	// window, the block on its day; tapping the day opens its week.
	week := s.week
	s.mode.SetSelected("Month")
	m := s.monthGrid
	if len(m.Days) != 42 {
		t.Fatalf("the month shows %d days", len(m.Days))
	}
	if m.Weekdays[0] != s.view.From.Time().Format("Mon") || m.Weekdays[6] == "" {
		t.Errorf("weekday names %q", m.Weekdays)
	}
	if min := m.MinSize(); min.Height > 400 {
		t.Errorf("the month needs %v: six weeks must fit a 1024×640 window", min)
	}
	day := -1
	for i, d := range m.Days {
		for _, e := range d.Entries {
			if e.Text == "06:00 Early swim" {
				day = i
			}
		}
	}
	if day < 0 {
		t.Fatal("the moved block is not in the month")
	}
	m.OnTap(day)
	if s.month || s.week != week {
		t.Errorf("tapping its day showed month=%v week %v, want the week of %v", s.month, s.week, week)
	}
}

func TestOverlappingBlocksLayOutSideBySide(t *testing.T) {
	ui, _ := newTestUI(t, true)
	ui.showTab(tabCalendar)
	s := ui.calendarTab()
	// Three blocks on top of each other lay out side by side.
	for range 3 {
		if _, err := ui.svc.SaveBlock(ui.ctx, model.Block{Title: "Clash", Kind: model.KindJoint,
			Start: model.WallTime{Date: s.week, Minute: 3 * 60}, End: model.WallTime{Date: s.week, Minute: 4 * 60}}); err != nil {
			t.Fatal(err)
		}
	}
	s.reload()
	cols := map[int]bool{}
	for _, b := range s.grid.Blocks {
		if b.Title == "Clash" {
			cols[b.Placed.Column] = b.Placed.Columns == 3
		}
	}
	if len(cols) != 3 || !cols[0] || !cols[2] {
		t.Fatalf("overlapping blocks share columns: %v", cols)
	}
}

// TestTheBoardShowsTheLatestLifeEvent: a life event logged shows at the
// board's foot (the flow that logs it is tested in views/forms).
func TestTheBoardShowsTheLatestLifeEvent(t *testing.T) {
	ui, _ := newTestUI(t, true)
	e := model.LifeEvent{Kind: model.LifeEventKinds[0].Kind, Title: "Maya's new job", Day: ui.today()}
	if _, err := ui.svc.LogLifeEvent(ui.ctx, e, model.Decision{}); err != nil {
		t.Fatal(err)
	}
	ui.showTab(tabCalendar)
	ui.showTab(tabBoard)
	if !ui.board.events.Visible() || !strings.Contains(ui.board.events.Text, "Maya's new job") {
		t.Fatalf("the board does not show the life event: %q", ui.board.events.Text)
	}
}

// typeInFocused types text into the text field that has the keyboard.
func typeInFocused(t *testing.T, w fyne.Window, text string) {
	t.Helper()
	e, ok := w.Canvas().Focused().(*entry)
	if !ok {
		t.Fatalf("no text field has the keyboard (%T does)", w.Canvas().Focused())
	}
	test.Type(e, text)
}

// tapButtonLabelled taps the visible button with this text in the window or its dialogs.
func tapButtonLabelled(t *testing.T, w fyne.Window, text string) {
	t.Helper()
	roots := append([]fyne.CanvasObject{w.Canvas().Content()}, w.Canvas().Overlays().List()...)
	for _, root := range roots {
		for _, o := range test.LaidOutObjects(root) {
			if b, ok := o.(*widget.Button); ok && b.Visible() && b.Text == text {
				test.Tap(b)
				return
			}
		}
	}
	t.Fatalf("no button %q", text)
}

func TestMovingOneOccurrenceOfASeries(t *testing.T) {
	ui, w := newTestUI(t, true)
	ui.showTab(tabCalendar)
	s := ui.calendarTab()
	var band widgets.GridBlock
	for _, b := range s.grid.Blocks {
		if b.Title == "Band practice" {
			band = b
		}
	}
	if band.Placed.Block == nil {
		t.Fatal("no band practice this week")
	}
	before := len(s.view.Occurrence)
	// Drag Thursday's practice (from its middle) to Friday at 16:00.
	bx, by, bw, _ := s.grid.BlockRect(band)
	from := fyne.NewPos(bx+bw/2, by+float32(30)/60*s.grid.HourPx())
	to := gridPos(s.grid, band.Day+1, 16*60+30)
	dragGrid(s.grid, from, to)
	if s.moveChoice == nil {
		t.Fatal("moving a repeating block did not ask which to move")
	}
	tapButtonLabelled(t, w, "Only this one")
	var moved, series int
	for _, o := range s.view.Occurrence {
		if o.Block.Title != "Band practice" {
			continue
		}
		if o.Block.Repeats() {
			series++
		} else if o.Start.Date == band.Placed.Day.AddDays(1) && o.Start.Minute == 16*60 {
			moved++
		}
	}
	if moved != 1 || series != 0 || len(s.view.Occurrence) != before {
		t.Fatalf("after moving one: %d moved, %d left in the series this week, %d occurrences (was %d)", moved, series, len(s.view.Occurrence), before)
	}
	// Next week the series is where it was.
	s.step(1)
	found := false
	for _, o := range s.view.Occurrence {
		if o.Block.Title == "Band practice" && o.Block.Repeats() && o.Start.Date.Time().Weekday() == band.Placed.Day.Time().Weekday() {
			found = true
		}
	}
	if !found {
		t.Fatal("the series moved too")
	}
}

func TestEachPartnerCanHaveASoloAimOfTheirOwn(t *testing.T) {
	ui, w := newTestUI(t, true)
	ui.showTab(tabCalendar)
	s := ui.calendarTab()
	s.editAims()
	entries := overlayWidgets[*entry](w)
	if len(entries) != 4 {
		t.Fatalf("the aims form has %d fields, want 4", len(entries))
	}
	if entries[3].Text != "8" || entries[2].Text != "" {
		t.Errorf("own aims shown as %q and %q", entries[2].Text, entries[3].Text)
	}
	entries[2].SetText("3,5")
	tapButtonLabelled(t, w, "Save")
	cal, _ := ui.svc.Calendar(ui.ctx, s.week, s.week.AddDays(6))
	if cal.Targets.SoloA != 210 || cal.Targets.SoloB != 8*60 || cal.Targets.SoloEach != 4*60 {
		t.Fatalf("aims %+v", cal.Targets)
	}
	if !strings.Contains(windowText(w), "Maya solo") || !strings.Contains(windowText(w), "(aim 3 h 30 min)") {
		t.Errorf("the side does not show Maya's own aim:\n%s", windowText(w))
	}
	for _, f := range cal.Flags {
		if strings.Contains(f, "less than half") {
			t.Errorf("with aims of their own, the two were compared: %q", f)
		}
	}
}

func TestARitualShowsTheCalendarTimeGivenToIt(t *testing.T) {
	ui, w := newTestUI(t, true)
	ui.showTab(tabRituals)
	s := ui.ritualsTab()
	for _, rv := range s.view.Rituals {
		if rv.Ritual.Title == "Phone-free walk after dinner" {
			s.selected = rv.Ritual.ID
		}
	}
	s.showDetail()
	if !strings.Contains(windowText(w), "Walk after dinner — every week on Mon, Wed, 20:00–20:45 · 6 h in the last four weeks") {
		t.Errorf("the detail lacks the calendar time:\n%s", windowText(w))
	}
}

func TestTheMiniMonthOpensTheWeekOfADay(t *testing.T) {
	ui, _ := newTestUI(t, true)
	ui.showTab(tabCalendar)
	s := ui.calendarTab()
	if s.mini.Shown != s.week || s.miniTitle.Text != "November 2026" {
		t.Fatalf("the mini-month shows %v (%s), the week %v", s.mini.Shown, s.miniTitle.Text, s.week)
	}
	// Next month with the arrow, then a tap on its third row, first column.
	test.Tap(s.miniNext)
	if s.miniTitle.Text != "December 2026" {
		t.Fatalf("after the arrow: %s", s.miniTitle.Text)
	}
	want := s.mini.DayAt(2, 0)
	test.TapAt(s.mini, fyne.NewPos(10, 3*22+8))
	if s.week != want || s.mini.Shown != want {
		t.Errorf("the calendar shows the week of %v, want %v", s.week, want)
	}
}
