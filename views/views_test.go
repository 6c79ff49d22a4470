package views

import (
	"context"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/app"
	"github.com/vennplanner/venn/internal/autostart"
	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/views/widgets"
)

// testNow is when the screens' tests start: a Wednesday in the demo's
// busiest quarter, whatever the real date.
var testNow = time.Date(2026, 11, 18, 10, 30, 0, 0, time.Local)

// testClock is the services' clock in the screens' tests: it starts at
// testNow and ticks with real time, so stamps still move forward.
var testClock = func() func() time.Time {
	start := time.Now()
	return func() time.Time { return testNow.Add(time.Since(start)) }
}()

// newTestUI opens a service on a temp folder (optionally with demo data)
// and builds the UI in a headless window.
func newTestUI(t *testing.T, demo bool) (*UI, fyne.Window) {
	t.Helper()
	a := test.NewTempApp(t)
	dir := t.TempDir()
	if demo {
		copyDemo(t, dir)
	}
	svc, err := app.Open(context.Background(), dir, app.Options{Now: testClock, LockWorkFactor: 10, Secrets: noKeychain{}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { svc.Close() })
	w := test.NewTempWindow(t, nil)
	w.Resize(fyne.NewSize(1280, 800))
	ui := NewUI(context.Background(), svc, a, w, false)
	// The test driver runs fyne.Do on the goroutine that calls it, so a
	// notice's timer would hide it from its own goroutine while the test
	// drives the window from another: in the screens' tests a notice stays
	// until the next replaces it.
	ui.notice.after = func(time.Duration, func()) {}
	t.Cleanup(ui.Close)
	if ui.tabs != nil {
		// Venn opens on Today; most screens' tests start from the Board.
		ui.showTab(tabBoard)
	}
	return ui, w
}

// shownCards returns the cards currently drawn in the window.
func shownCards(w fyne.Window) []*widgets.GoalCard {
	var out []*widgets.GoalCard
	for _, o := range test.LaidOutObjects(w.Canvas().Content()) {
		if c, ok := o.(*widgets.GoalCard); ok && c.Visible() && c.Goal.ID != "" {
			out = append(out, c)
		}
	}
	return out
}

func cardTitled(t *testing.T, w fyne.Window, title string) *widgets.GoalCard {
	t.Helper()
	for _, c := range shownCards(w) {
		if c.Goal.Title == title {
			return c
		}
	}
	t.Fatalf("no card titled %q is shown", title)
	return nil
}

func hasCard(w fyne.Window, title string) bool {
	for _, c := range shownCards(w) {
		if c.Goal.Title == title {
			return true
		}
	}
	return false
}

func ctrl(key fyne.KeyName) fyne.Shortcut {
	return &desktop.CustomShortcut{KeyName: key, Modifier: fyne.KeyModifierShortcutDefault}
}

// typeSetUpNames types the two partners' names into the set-up screen.
func typeSetUpNames(t *testing.T, w fyne.Window, first, second string) {
	t.Helper()
	fields := map[string]*entry{}
	for _, o := range test.LaidOutObjects(w.Canvas().Content()) {
		if e, ok := o.(*entry); ok {
			fields[e.PlaceHolder] = e
		}
	}
	a, b := fields["e.g. Maya"], fields["e.g. Liam"]
	if a == nil || b == nil {
		t.Fatal("the set-up screen has no fields for the two names")
	}
	test.Type(a, first)
	test.Type(b, second)
}

func TestFirstRunSetUpThenBoard(t *testing.T) {
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	ui, w := newTestUI(t, false)
	if ui.setupForm == nil {
		t.Fatal("a new database does not show the set-up screen")
	}
	typeSetUpNames(t, w, "Zoë", "Łukasz")
	var start *widget.Button
	for _, o := range test.LaidOutObjects(w.Canvas().Content()) {
		if b, ok := o.(*widget.Button); ok && b.Text == "Start planning" {
			start = b
		}
	}
	test.Tap(start)
	if ui.board == nil {
		t.Fatal("saving set-up did not open the board")
	}
	_, partners, err := ui.svc.Household(ui.ctx)
	if err != nil || partners[0].Name != "Zoë" || partners[1].Name != "Łukasz" {
		t.Fatalf("household after set-up: %+v %v", partners, err)
	}
	ui.showTab(tabBoard) // the board loads when first shown
	if len(ui.board.view.Lanes) != 3 || ownerLabel(ui.board.view.Lanes[2].Owner, partners) != "Łukasz" {
		t.Fatal("board lanes do not follow the partners")
	}
	// The end of set-up offers to start Venn at login.
	top := w.Canvas().Overlays().Top()
	if top == nil || !strings.Contains(windowText(w), "start quietly in the tray when you log in") {
		t.Fatal("set-up did not offer to start at login")
	}
	for _, o := range test.LaidOutObjects(top) {
		if b, ok := o.(*widget.Button); ok && b.Text == "Start at login" {
			test.Tap(b)
		}
	}
	if !autostart.Enabled() {
		t.Error("accepting did not add the autostart entry")
	}
}

func TestSetUpRefusesBlankNames(t *testing.T) {
	ui, w := newTestUI(t, false)
	typeSetUpNames(t, w, "Ana", "")
	if err := ui.svc.SaveHousehold(ui.ctx, ui.setupForm.Values()); err == nil {
		t.Fatal("a household with a blank partner name was saved")
	}
	if ui.board != nil {
		t.Fatal("board opened without a household")
	}
}

func TestBoardShowsDemoGoalsInLanesAndColumns(t *testing.T) {
	ui, w := newTestUI(t, true)
	if got := len(shownCards(w)); got == 0 {
		t.Fatal("no cards drawn")
	}
	c := cardTitled(t, w, "Run a half marathon")
	if meta := widgets.MetaLine(c.Goal, ui.today(), nil); c.Goal.Column != model.ColumnDoing || !strings.Contains(meta, "3/5 steps") {
		t.Fatalf("card shows %q", meta)
	}
	if ui.board.view.Shown != app.DemoGoalCount {
		t.Fatalf("board shows %d goals", ui.board.view.Shown)
	}
}

func TestAddGoalThroughForm(t *testing.T) {
	ui, w := newTestUI(t, true)
	ui.board.newGoal()
	if ui.goalForm == nil {
		t.Fatal("New goal did not open the form")
	}
	test.Type(goalFormField[*entry](t, w, "Title"), "Learn to sail")
	goalFormField[*widget.Select](t, w, "Whose").SetSelected("Liam")
	goalFormField[*widget.Select](t, w, "Column").SetSelected("Planned")
	goalFormField[*widget.Select](t, w, "Quarter").SetSelected("2027-Q2")
	test.Type(goalFormField[*entry](t, w, "Labels"), "adventure, water")
	goalFormNewStep(t, w).SetText("Find a sailing school")
	tapButtonLabelled(t, w, "Save")
	if ui.goalForm != nil {
		t.Fatal("form still open after a good save")
	}
	c := cardTitled(t, w, "Learn to sail")
	liam := ui.partners[1]
	if c.Goal.Owner != model.Owner(liam.ID) || c.Goal.Column != model.ColumnPlanned || c.Goal.TargetQuarter.String() != "2027-Q2" ||
		len(c.Goal.Labels) != 2 || len(c.Goal.Checklist) != 1 {
		t.Fatalf("saved goal %+v", c.Goal)
	}
	if ui.board.selected != c.Goal.ID || !c.Selected {
		t.Fatal("the new card is not selected")
	}
}

func TestKeyboardSelectsAndMovesCards(t *testing.T) {
	ui, w := newTestUI(t, true)
	b := ui.board
	card := cardTitled(t, w, "Run a half marathon")
	test.Tap(card)
	if b.selected != card.Goal.ID {
		t.Fatal("tapping a card does not select it")
	}
	if w.Canvas().Focused() != b {
		t.Fatal("the board does not take the keyboard focus")
	}
	id := card.Goal.ID

	b.TypedShortcut(ctrl(fyne.KeyRight))
	if g, _ := ui.svc.Goal(ui.ctx, id); g.Column != model.ColumnDone {
		t.Fatalf("Ctrl+Right left the goal in %s", g.Column)
	}
	b.TypedShortcut(ctrl(fyne.KeyRight)) // already in the last column: nothing happens
	b.TypedShortcut(ctrl(fyne.KeyLeft))
	b.TypedShortcut(ctrl(fyne.KeyLeft))
	if g, _ := ui.svc.Goal(ui.ctx, id); g.Column != model.ColumnPlanned {
		t.Fatalf("two Ctrl+Left from Done left the goal in %s", g.Column)
	}
	// In Planned it was appended at the bottom; Ctrl+Up moves it above its neighbour.
	cell := b.cellGoals(0, model.ColumnPlanned.Index())
	if cell[len(cell)-1].ID != id {
		t.Fatal("a card moved to a column does not land at its bottom")
	}
	b.TypedShortcut(ctrl(fyne.KeyUp))
	cell = b.cellGoals(0, model.ColumnPlanned.Index())
	if cell[len(cell)-2].ID != id {
		t.Fatal("Ctrl+Up did not move the card up")
	}
	b.TypedShortcut(ctrl(fyne.KeyDown))
	cell = b.cellGoals(0, model.ColumnPlanned.Index())
	if cell[len(cell)-1].ID != id {
		t.Fatal("Ctrl+Down did not move the card back down")
	}
	// Ctrl+Shift+Down moves it from Maya's lane to the shared lane.
	b.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyDown, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift})
	if g, _ := ui.svc.Goal(ui.ctx, id); g.Owner != model.Shared {
		t.Fatalf("Ctrl+Shift+Down left the goal owned by %s", g.Owner)
	}
	// Arrow keys move the selection.
	b.TypedKey(&fyne.KeyEvent{Name: fyne.KeyUp})
	if b.selected == id || b.selected == "" {
		t.Fatal("Up did not select the card above")
	}
	b.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if b.selected != "" {
		t.Fatal("Escape did not clear the selection")
	}
}

func TestFiltersAndSearch(t *testing.T) {
	ui, w := newTestUI(t, true)
	b := ui.board
	test.Type(b.search, "marathon")
	if b.view.Shown != 1 || !hasCard(w, "Run a half marathon") || hasCard(w, "Adopt a dog") {
		t.Fatalf("search shows %d goals", b.view.Shown)
	}
	b.search.SetText("")
	b.label.SetSelected("money")
	for _, c := range shownCards(w) {
		if !c.Goal.HasLabel("money") {
			t.Fatalf("label filter shows %q", c.Goal.Title)
		}
	}
	if len(shownCards(w)) != 4 {
		t.Fatalf("%d cards carry #money, want 4", len(shownCards(w)))
	}
	b.label.SetSelectedIndex(0)
	b.owner.SetSelected("Shared")
	if len(b.view.Lanes) != 1 || b.view.Lanes[0].Owner != model.Shared || hasCard(w, "Run a half marathon") {
		t.Fatal("owner filter does not show just the shared lane")
	}
	b.owner.SetSelectedIndex(0)
	b.quarter.SetSelected(ui.today().Quarter().String() + " (now)")
	for _, c := range shownCards(w) {
		if !c.Goal.InQuarter(ui.today().Quarter()) {
			t.Fatalf("quarter filter shows %q (%s)", c.Goal.Title, c.Goal.TargetQuarter)
		}
	}
	if len(shownCards(w)) == 0 {
		t.Fatal("the current quarter shows nothing")
	}
}

func TestArchiveAndRestore(t *testing.T) {
	ui, w := newTestUI(t, true)
	b := ui.board
	card := cardTitled(t, w, "Adopt a dog")
	id := card.Goal.ID
	ui.board.openGoal(id)
	var archive *widget.Button
	for _, o := range test.LaidOutObjects(w.Canvas().Overlays().Top()) {
		if btn, ok := o.(*widget.Button); ok && btn.Text == "Archive" {
			archive = btn
		}
	}
	if archive == nil {
		t.Fatal("the goal form has no Archive button")
	}
	test.Tap(archive)
	if hasCard(w, "Adopt a dog") {
		t.Fatal("archived card still on the board")
	}
	test.Tap(b.archive)
	if !hasCard(w, "Adopt a dog") || b.view.Shown != 1 {
		t.Fatalf("the archive shows %d goals", b.view.Shown)
	}
	b.setArchived(id, false)
	test.Tap(b.archive)
	if !hasCard(w, "Adopt a dog") {
		t.Fatal("restored card not back on the board")
	}
}

func TestDeleteAsksFirst(t *testing.T) {
	ui, w := newTestUI(t, true)
	card := cardTitled(t, w, "Adopt a dog")
	test.Tap(card)
	ui.board.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDelete})
	if !hasCard(w, "Adopt a dog") {
		t.Fatal("Delete removed the card without asking")
	}
	var yes *widget.Button
	for _, o := range test.LaidOutObjects(w.Canvas().Overlays().Top()) {
		if btn, ok := o.(*widget.Button); ok && btn.Text == "Yes" {
			yes = btn
		}
	}
	if yes == nil {
		t.Fatal("no confirmation dialog")
	}
	test.Tap(yes)
	if hasCard(w, "Adopt a dog") {
		t.Fatal("confirmed delete left the card")
	}
}

func TestWIPLimitTurnsHeaderRed(t *testing.T) {
	ui, _ := newTestUI(t, true)
	s := ui.settingsTab()
	doing := model.ColumnDoing.Index()
	s.colLimits[doing].SetText("3")
	s.saveColumns()
	if !ui.board.headers[doing].OverLimit() {
		t.Fatalf("7 goals in progress with a limit of 3: header not red (%s)", ui.board.headers[doing].count.Text)
	}
	if ui.board.headers[model.ColumnIdeas.Index()].OverLimit() {
		t.Fatal("a column without a limit is red")
	}
	s.colLimits[doing].SetText("many")
	s.saveColumns()
	cols, _ := ui.svc.Columns(ui.ctx)
	if cols[doing].WIPLimit != 3 {
		t.Fatal("a non-numeric limit was stored")
	}
	s.colLimits[doing].SetText("20")
	s.colNames[doing].SetText("Doing now")
	s.saveColumns()
	if ui.board.headers[doing].OverLimit() || ui.board.headers[doing].name.Text != "Doing now" {
		t.Fatal("raising the limit and renaming did not reach the board")
	}
}

// drag sends a card the events the desktop driver sends while the mouse
// moves it from one absolute position to another, then drops it.
func drag(card *widgets.GoalCard, from, to fyne.Position) {
	const steps = 4
	prev := from
	for i := 1; i <= steps; i++ {
		p := fyne.NewPos(from.X+(to.X-from.X)*float32(i)/steps, from.Y+(to.Y-from.Y)*float32(i)/steps)
		card.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{AbsolutePosition: p}, Dragged: fyne.NewDelta(p.X-prev.X, p.Y-prev.Y)})
		prev = p
	}
	card.DragEnd()
}

// rowPosition is the absolute position of a point inside row i of a board
// cell's cards, as the mouse would be over it.
func rowPosition(b *boardScreen, lane, column, row int, dy float32) fyne.Position {
	cards := b.cells[lane][column].cards
	pitch := float32(widgets.CardHeight) + theme.Padding()
	return fyne.CurrentApp().Driver().AbsolutePositionForObject(cards).Add(fyne.NewPos(30, float32(row)*pitch+dy))
}

func TestDragCardToAnotherColumnAndLane(t *testing.T) {
	ui, w := newTestUI(t, true)
	b := ui.board
	card := cardTitled(t, w, "Learn to throw pottery") // Maya's Ideas, first row
	id := card.Goal.ID
	from := rowPosition(b, 0, model.ColumnIdeas.Index(), 0, 20)
	to := rowPosition(b, 1, model.ColumnDone.Index(), 0, 4) // shared lane, Done, top
	drag(card, from, to)
	g, _ := ui.svc.Goal(ui.ctx, id)
	if g.Column != model.ColumnDone || g.Owner != model.Shared {
		t.Fatalf("after the drop the goal is in %s/%s", g.Owner, g.Column)
	}
	if b.cellGoals(1, model.ColumnDone.Index())[0].ID != id {
		t.Fatal("the dropped card is not at the top where it was dropped")
	}
}

func TestDragCardDownWithinColumn(t *testing.T) {
	ui, w := newTestUI(t, true)
	b := ui.board
	ideas := model.ColumnIdeas.Index()
	cell := b.cellGoals(1, ideas)
	first := cardTitled(t, w, cell[0].Title)
	// Drop it over the lower part of the second card: between the second and third.
	drag(first, rowPosition(b, 1, ideas, 0, 10), rowPosition(b, 1, ideas, 1, widgets.CardHeight*0.8))
	after := b.cellGoals(1, ideas)
	if after[0].ID != cell[1].ID || after[1].ID != cell[0].ID || after[2].ID != cell[2].ID {
		t.Fatalf("order after drag: %s, %s, %s", after[0].Title, after[1].Title, after[2].Title)
	}
}

func TestDropOutsideTheBoardChangesNothing(t *testing.T) {
	ui, w := newTestUI(t, true)
	card := cardTitled(t, w, "Adopt a dog")
	before, _ := ui.svc.Goal(ui.ctx, card.Goal.ID)
	drag(card, rowPosition(ui.board, 1, 0, 0, 10), fyne.NewPos(5, 5)) // onto the tab bar
	after, _ := ui.svc.Goal(ui.ctx, card.Goal.ID)
	if after.Rank != before.Rank || after.Column != before.Column || after.Owner != before.Owner {
		t.Fatal("a drop outside the board moved the card")
	}
}

func TestAppearanceChoiceSetsTheme(t *testing.T) {
	ui, _ := newTestUI(t, true)
	ui.settingsTab().appearance.SetSelected(appearanceLabels()[AppearanceDark])
	if got := ui.app.Preferences().String(prefAppearance); got != AppearanceDark {
		t.Fatalf("appearance preference %q", got)
	}
	th := ui.app.Settings().Theme()
	darkBg := th.Color(theme.ColorNameBackground, theme.VariantDark)
	if got := th.Color(theme.ColorNameBackground, theme.VariantLight); got != darkBg {
		t.Fatal("a forced dark theme still draws light backgrounds when the system is light")
	}
	ui.settingsTab().appearance.SetSelected(appearanceLabels()[AppearanceSystem])
	th = ui.app.Settings().Theme()
	if th.Color(theme.ColorNameBackground, theme.VariantLight) == th.Color(theme.ColorNameBackground, theme.VariantDark) {
		t.Fatal("following the system does not follow it")
	}
}

// noKeychain is a computer without a keychain, as CI is: the tests never
// touch the keychain of the computer they run on.
type noKeychain struct{}

func (noKeychain) Get(string) (string, error) { return "", app.ErrNoKeychain }
func (noKeychain) Set(string, string) error   { return app.ErrNoKeychain }
func (noKeychain) Delete(string) error        { return app.ErrNoKeychain }
