package widgets

import (
	"image/color"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/vennplanner/venn/model"
)

func TestChipsSayWhereAGoalStandsAndColourItsLabels(t *testing.T) {
	today, _ := model.ParseDate("2026-11-29")
	chosen := map[string]string{"travel": "#f4a8b0"}
	g := model.Goal{Title: "Two weeks in Italy 🇮🇹", Column: model.ColumnDoing, Due: today.AddDays(-2),
		Labels:    []string{"Travel", "été", "家", "здоровье", "extra"},
		Checklist: []model.ChecklistStep{{Text: "Book", Done: true}, {Text: "Pack"}}}
	chips := Chips(g, today, chosen)
	want := []string{"Overdue · 27 Nov", "Travel", "été", "家", "+2", "1/2 steps"}
	if len(chips) != len(want) {
		t.Fatalf("chips %+v, want %q", chips, want)
	}
	for i, w := range want {
		if chips[i].Text != w {
			t.Errorf("chip %d is %q, want %q", i, chips[i].Text, w)
		}
	}
	if red, ink := model.ReadableFill(overdueFill); chips[0].Fill != red || chips[0].Ink != ink {
		t.Errorf("an overdue goal's chip is %v on %v, not the red that reads", chips[0].Ink, chips[0].Fill)
	}
	for _, ch := range chips {
		if ch.Fill != nil && model.Contrast(ch.Ink.(color.NRGBA), ch.Fill.(color.NRGBA)) < model.ContrastText {
			t.Errorf("the chip %q does not read at 4.5:1", ch.Text)
		}
	}
	if chips[1].Fill != HexColor("#f4a8b0") || chips[2].Fill != HexColor(model.LabelColour("été", nil)) {
		t.Error("labels are not in their chosen or default colours")
	}
	if chips[4].Fill != nil || chips[5].Fill != nil {
		t.Error("the count of more labels and the steps are plain text")
	}
	for due, want := range map[int]string{0: "Due today", 1: "Due tomorrow", 5: "Due Fri 4 Dec", 30: "due 29 Dec 2026"} {
		g := model.Goal{Due: today.AddDays(due), Column: model.ColumnPlanned}
		if got := Chips(g, today, nil)[0].Text; got != want {
			t.Errorf("due in %d days: %q, want %q", due, got, want)
		}
	}
	done := Chips(model.Goal{Due: today.AddDays(-40), Column: model.ColumnDone}, today, nil)[0]
	if done.Fill != doneFill || done.Text != "Done · 20 Oct" {
		t.Errorf("a done goal's chip is %+v", done)
	}
}

// TestACardShowsTheChipsThatFitWhole: on a narrow card the chips that
// would be cut are hidden rather than drawn over the edge.
func TestACardShowsTheChipsThatFitWhole(t *testing.T) {
	test.NewTempApp(t)
	today, _ := model.ParseDate("2026-11-29")
	c := NewGoalCard()
	c.Today = func() model.Date { return today }
	c.Set(model.Goal{ID: "g", Title: "Learn to sail", Due: today.AddDays(3), Labels: []string{"adventure", "sea", "summer"}}, HexColor("#3b82f6"), false)
	w := test.NewTempWindow(t, c)
	for _, width := range []float32{140, 420} {
		w.Resize(fyne.NewSize(width, CardHeight+8))
		r := test.TempWidgetRenderer(t, c).(*cardRenderer)
		shown := 0
		for _, sh := range r.shapes {
			if sh.text.Visible() {
				shown++
				if right := sh.fill.Position().X + sh.fill.Size().Width; right > c.Size().Width {
					t.Errorf("at %v px the chip %q ends at %v, past the card", width, sh.text.Text, right)
				}
			}
		}
		if width == 420 && shown != 4 {
			t.Errorf("a wide card shows %d of 4 chips", shown)
		}
		if width == 140 && shown >= 4 {
			t.Errorf("a narrow card shows all %d chips", shown)
		}
	}
}

// TestACardWrapsItsTitleToTwoLinesAndCutsTheRest: a title too long for one
// line continues on a second, broken at a space; what does not fit on two
// ends in an ellipsis within the card; a wider card shows more of it; a
// short title is one line, the chips right under it.
func TestACardWrapsItsTitleToTwoLinesAndCutsTheRest(t *testing.T) {
	test.NewTempApp(t)
	long := "Переехать в квартиру с балконом до весны — and paint it 🎨 together, 一起 before the summer holidays start"
	c := NewGoalCard()
	c.Set(model.Goal{ID: "g1", Title: long, TargetQuarter: model.Quarter{Year: 2027, Q: 1}}, HexColor("#3b82f6"), false)
	c.Resize(fyne.NewSize(220, CardHeight))
	r := test.TempWidgetRenderer(t, c).(*cardRenderer)
	first, second := r.title[0], r.title[1]
	if first.Text == "" || second.Text == "" {
		t.Fatalf("a long title on a 220 px card shows as %q / %q", first.Text, second.Text)
	}
	if !strings.HasPrefix(long, first.Text+" ") {
		t.Errorf("the first line %q does not end at a space of %q", first.Text, long)
	}
	if !strings.HasSuffix(second.Text, "…") || !strings.Contains(long, strings.TrimSuffix(second.Text, "…")) {
		t.Errorf("the second line %q is not the title's continuation, cut", second.Text)
	}
	for _, line := range r.title {
		if right := line.Position().X + line.MinSize().Width; right > 220 {
			t.Errorf("the line %q reaches %.0f px on a 220 px card", line.Text, right)
		}
	}
	if bottom := second.Position().Y + second.MinSize().Height; bottom > r.shapes[0].fill.Position().Y {
		t.Errorf("the second line (to %.0f) runs into the chips (at %.0f)", bottom, r.shapes[0].fill.Position().Y)
	}
	narrow := first.Text + " " + second.Text
	c.Resize(fyne.NewSize(420, CardHeight))
	if wider := first.Text + " " + second.Text; len(wider) <= len(narrow) {
		t.Errorf("a 420 px card shows %q, no more than the 220 px one's %q", wider, narrow)
	}
	c.Set(model.Goal{ID: "g2", Title: "Pottery 🏺", TargetQuarter: model.Quarter{Year: 2027, Q: 1}}, HexColor("#3b82f6"), false)
	if first.Text != "Pottery 🏺" || second.Text != "" {
		t.Errorf("a short title shows as %q / %q", first.Text, second.Text)
	}
	if gap := r.shapes[0].fill.Position().Y - (first.Position().Y + first.MinSize().Height); gap > 8 {
		t.Errorf("a one-line title leaves %.0f px above its chips", gap)
	}
}

// bigCaptions is a theme whose captions are large: a widget drawn under it
// (a theme override) must read its sizes from it, not from the app's.
type bigCaptions struct{ fyne.Theme }

func (b bigCaptions) Size(n fyne.ThemeSizeName) float32 {
	if n == theme.SizeNameCaptionText {
		return 21
	}
	return b.Theme.Size(n)
}

// TestWidgetsDrawInTheThemeTheyAreGiven: under a theme override a card's
// chips and a mini month's day numbers take the override's caption size.
func TestWidgetsDrawInTheThemeTheyAreGiven(t *testing.T) {
	test.NewTempApp(t)
	card := NewGoalCard()
	card.Set(model.Goal{ID: "g", Title: "Pottery", Labels: []string{"creative"}}, HexColor("#3b82f6"), false)
	w := test.NewTempWindow(t, container.NewThemeOverride(card, bigCaptions{theme.DefaultTheme()}))
	w.Resize(fyne.NewSize(300, 120))
	r := test.TempWidgetRenderer(t, card).(*cardRenderer)
	if got := r.shapes[0].text.TextSize; got != 21 {
		t.Errorf("a card's chip is drawn at %v under a theme whose captions are 21", got)
	}
	month := NewMiniMonth(model.Date{Year: 2026, Month: 12, Day: 6}, time.Monday)
	w.SetContent(container.NewThemeOverride(month, bigCaptions{theme.DefaultTheme()}))
	m := test.TempWidgetRenderer(t, month).(*miniRenderer)
	if got := m.days[0].TextSize; got != 21 {
		t.Errorf("a mini month's day is drawn at %v under a theme whose captions are 21", got)
	}
}
