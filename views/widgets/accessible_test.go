package widgets

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/vennplanner/venn/model"
)

var thursday = model.Date{Year: 2026, Month: 11, Day: 26}

// A card says what a sighted person reads on it, its column included.
func TestACardSaysWhatItShows(t *testing.T) {
	test.NewTempApp(t)
	c := NewGoalCard()
	c.Today = func() model.Date { return thursday }
	g := model.Goal{Title: "Run a half marathon", Column: model.ColumnDoing, Due: model.Date{Year: 2026, Month: 12, Day: 3},
		Checklist: []model.ChecklistStep{{Done: true}, {Done: true}, {Done: true}, {}, {}}}
	c.Set(g, HexColor("#3b82f6"), false)
	if got, want := c.AccessibilityLabel(), "Card: Run a half marathon, in progress, due Thu 3 Dec, 3 of 5 steps"; got != want {
		t.Errorf("card says %q, want %q", got, want)
	}
	g.Due, g.Labels, g.Private = thursday.AddDays(-2), []string{"health"}, true
	c.Set(g, HexColor("#3b82f6"), true)
	if got, want := c.AccessibilityLabel(), "Card: Run a half marathon, in progress, overdue since Tue 24 Nov, labels health, 3 of 5 steps, private, selected"; got != want {
		t.Errorf("card says %q, want %q", got, want)
	}
	if c.AccessibilityRole() != fyne.AccessibleRoleButton {
		t.Error("a card is not a button")
	}
}

// The day marks say each day's state, and take the keyboard: the arrow
// keys move the ring, space marks a day done and s skips it.
func TestDayMarksSpeakAndTakeTheKeyboard(t *testing.T) {
	test.NewTempApp(t)
	m := NewDayMarks(3)
	m.Name, m.Today, m.Start = "Date night", thursday, thursday.AddDays(-1)
	m.Marks[thursday.AddDays(-1)] = model.Done
	var done, skipped []model.Date
	m.OnTapped = func(d model.Date) { done = append(done, d) }
	m.OnSecondary = func(d model.Date) { skipped = append(skipped, d) }
	w := test.NewTempWindow(t, m)
	w.Canvas().Focus(m)
	if got, want := m.AccessibilityLabel(), "Date night, last 3 days: Wednesday 25 done, today (Thursday 26) not marked, focused"; got != want {
		t.Errorf("marks say %q, want %q", got, want)
	}
	test.Type(m, " ")
	m.TypedKey(&fyne.KeyEvent{Name: fyne.KeyLeft})
	m.TypedKey(&fyne.KeyEvent{Name: fyne.KeyLeft}) // the day before the ritual began has no mark
	test.Type(m, "s")
	if len(done) != 1 || done[0] != thursday || len(skipped) != 1 || skipped[0] != thursday.AddDays(-1) {
		t.Errorf("space marked %v and s skipped %v; want today done and yesterday skipped", done, skipped)
	}
}

// The week grid takes the keyboard: the ring goes to today's first block,
// moves within a day with up and down and across days with left and
// right, and Enter opens the ringed block.
func TestTheWeekGridMovesItsRingWithTheArrowKeys(t *testing.T) {
	test.NewTempApp(t)
	g := NewWeekGrid()
	g.Today = 2
	g.Blocks = []GridBlock{
		{Day: 0, Top: 600, Bottom: 660, Title: "Monday"},
		{Day: 2, Top: 1080, Bottom: 1140, Title: "Wednesday evening"},
		{Day: 2, Top: 480, Bottom: 540, Title: "Wednesday morning"},
		{Day: 4, Top: 500, Bottom: 560, Title: "Friday"},
	}
	var opened []string
	g.OnTap = func(b GridBlock) { opened = append(opened, b.Title) }
	w := test.NewTempWindow(t, g)
	w.Canvas().Focus(g)
	steps := []struct {
		key  fyne.KeyName
		want string
	}{
		{"", "Wednesday morning"},
		{fyne.KeyDown, "Wednesday evening"},
		{fyne.KeyDown, "Wednesday evening"},
		{fyne.KeyRight, "Friday"},
		{fyne.KeyLeft, "Wednesday morning"},
		{fyne.KeyLeft, "Monday"},
		{fyne.KeyReturn, "Monday"},
	}
	for _, s := range steps {
		if s.key != "" {
			g.TypedKey(&fyne.KeyEvent{Name: s.key})
		}
		if b, ok := g.Ringed(); !ok || b.Title != s.want {
			t.Fatalf("after %q the ring is on %q, want %q", s.key, b.Title, s.want)
		}
	}
	if len(opened) != 1 || opened[0] != "Monday" {
		t.Errorf("Enter opened %v, want Monday", opened)
	}
}

// A palette is chosen from with the arrow keys and says its colour.
func TestAColourChoiceTakesTheArrowKeys(t *testing.T) {
	test.NewTempApp(t)
	var chosen []string
	c := NewColorChoice(model.PartnerColors, model.PartnerColors[0], func(hex string) { chosen = append(chosen, hex) })
	c.Name = "Maya's colour"
	test.NewTempWindow(t, c)
	c.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	c.TypedKey(&fyne.KeyEvent{Name: fyne.KeyLeft})
	c.TypedKey(&fyne.KeyEvent{Name: fyne.KeyLeft})
	c.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEnd})
	want := []string{model.PartnerColors[1], model.PartnerColors[0], model.PartnerColors[len(model.PartnerColors)-1]}
	if len(chosen) != len(want) || chosen[0] != want[0] || chosen[1] != want[1] || chosen[2] != want[2] {
		t.Errorf("chose %v, want %v", chosen, want)
	}
	if got := c.AccessibilityLabel(); got != "Maya's colour: slate chosen, of 8" {
		t.Errorf("palette says %q", got)
	}
}

// Tab never stays in a field, not even one of several lines: the keyboard
// is not caught there.
func TestTabLeavesEveryField(t *testing.T) {
	test.NewTempApp(t)
	for _, e := range []*Entry{NewEntry(), NewMultiLineEntry(), NewPasswordEntry()} {
		if e.AcceptsTab() {
			t.Errorf("a field (multi-line %v) keeps Tab for itself", e.MultiLine)
		}
	}
}
