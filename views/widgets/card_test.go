package widgets

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

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
	if chips[0].Fill != overdueFill {
		t.Error("an overdue goal's chip is not red")
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

// TestACardCutsALongTitleToItsWidthAndRecutsWhenItChanges: a title that
// does not fit ends in an ellipsis within the card; one that fits shows
// whole; a wider card shows more of it.
func TestACardCutsALongTitleToItsWidthAndRecutsWhenItChanges(t *testing.T) {
	test.NewTempApp(t)
	long := "Переехать в квартиру с балконом до весны — and paint it 🎨 together, 一起"
	c := NewGoalCard()
	c.Set(model.Goal{ID: "g1", Title: long}, HexColor("#3b82f6"), false)
	c.Resize(fyne.NewSize(220, CardHeight))
	r := test.TempWidgetRenderer(t, c).(*cardRenderer)
	shown := test.TempWidgetRenderer(t, r.title).(*fitLabelRenderer).text
	narrow := shown.Text
	if narrow == long || !strings.HasSuffix(narrow, "…") || !strings.HasPrefix(long, strings.TrimSuffix(narrow, "…")) {
		t.Fatalf("a 220 px card shows %q", narrow)
	}
	if right := r.title.Position().X + shown.Position().X + shown.MinSize().Width; right > 220 {
		t.Errorf("the title reaches %.0f px on a 220 px card", right)
	}
	c.Resize(fyne.NewSize(420, CardHeight))
	if wider := shown.Text; len(wider) <= len(narrow) {
		t.Errorf("a 420 px card shows %q, no more than the 220 px one's %q", wider, narrow)
	}
	c.Set(model.Goal{ID: "g2", Title: "Pottery 🏺"}, HexColor("#3b82f6"), false)
	if shown.Text != "Pottery 🏺" {
		t.Errorf("a short title shows as %q", shown.Text)
	}
}
