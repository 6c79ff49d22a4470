package views

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/vennplanner/venn/app"
	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/views/widgets"
)

func TestTodayHeadsWithTheLivingVenn(t *testing.T) {
	ui, w := newTestUI(t, true)
	ui.showTab(tabToday)
	p := ui.todayTab.venn
	p.span = app.SpanMonth
	p.reload()
	if p.picture.Shape.Empty() || !strings.HasPrefix(p.words.Text, "This month Maya's own time: ") {
		t.Fatalf("board's Venn: %+v, %q", p.picture.Shape, p.words.Text)
	}
	want, err := ui.svc.LivingVenn(ui.ctx, app.SpanMonth, ui.today(), model.Time, nil)
	if err != nil {
		t.Fatal(err)
	}
	if p.picture.Shape != want.Shape {
		t.Errorf("the picture is not the service's: %+v, want %+v", p.picture.Shape, want.Shape)
	}
	if !strings.Contains(windowText(w), "together: ") {
		t.Error("the numbers are not in words beside the picture")
	}
	// Switching to money for the quarter redraws picture and words.
	resources := 0
	for _, o := range test.LaidOutObjects(p.content) {
		if s, ok := o.(interface{ SetSelectedIndex(int) }); ok {
			if resources == 0 {
				s.SetSelectedIndex(2) // the quarter
			} else {
				s.SetSelectedIndex(1) // money
			}
			resources++
		}
	}
	if resources != 2 || p.span != app.SpanQuarter || p.resource != model.Money {
		t.Fatalf("%d choices found; span %q, resource %q", resources, p.span, p.resource)
	}
	if !strings.HasPrefix(p.words.Text, "This quarter Maya's own money: ") || !strings.Contains(p.words.Text, "€") {
		t.Errorf("words after switching: %q", p.words.Text)
	}
	// Pointing at the overlap says what is shared.
	p.picture.Resize(fyne.NewSize(180, 100))
	for x := float32(0); x < 180; x++ {
		if p.picture.RegionAt(fyne.NewPos(x, 45)) == widgets.VennTogether {
			p.picture.Tapped(&fyne.PointEvent{Position: fyne.NewPos(x, 45)})
			break
		}
	}
	if got := p.picture.Caption(); !strings.HasPrefix(got, "Together: €") {
		t.Errorf("tapping the overlap says %q", got)
	}
}

func TestWhereDoWeStandIsPrivateUntilShown(t *testing.T) {
	ui, w := newTestUI(t, true)
	ui.showTab(tabCheckins)
	s := ui.checkinsTab()
	s.tabs.SelectIndex(2)
	b := s.balance
	c := b.closeness
	maya, liam := ui.partners[0], ui.partners[1]
	month := app.MonthOf(ui.today())
	if b.raterID != maya.ID || c.now.Selected != 5 || c.wished.Selected != 5 || !c.share.Checked {
		t.Fatalf("Maya's demo pictures: rater %q, now %d, wished %d, shown %v", b.raterID, c.now.Selected, c.wished.Selected, c.share.Checked)
	}
	text := windowText(w)
	for _, want := range []string{"As it feels now: much overlap (picture 5 of 7)", "Maya: much overlap now, just as wished for.",
		"Liam has not shared November's pictures.", "This month Maya's own time: "} {
		if !strings.Contains(text, want) {
			t.Errorf("the Balance tab lacks %q", want)
		}
	}
	if words := c.chart.Description().Words(); !strings.Contains(words, "Maya now:") || !strings.Contains(words, "Liam wished for:") {
		t.Errorf("the closeness trend does not hold both partners' now and wished for: %q", words)
	}
	// Maya picks "just touching", keeps it to herself and saves.
	c.now.Resize(fyne.NewSize(350, 40))
	test.TapAt(c.now, fyne.NewPos(75, 20))
	if c.now.Selected != 2 || !strings.Contains(c.nowWords.Text, "just touching") {
		t.Fatalf("tapped picture 2: %d, %q", c.now.Selected, c.nowWords.Text)
	}
	c.share.SetChecked(false)
	b.save()
	seenByLiam, err := ui.svc.Closeness(ui.ctx, month, liam.ID)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := seenByLiam.Choices[maya.ID]; ok {
		t.Error("Liam sees the pictures Maya kept to herself")
	}
	own, _ := ui.svc.Closeness(ui.ctx, month, maya.ID)
	if got := own.Choices[maya.ID]; got.Now != 2 || got.Wished != 5 || !got.Private {
		t.Fatalf("saved %+v", got)
	}
	// Rating as Liam: his own private pictures, and Maya's are hidden now.
	b.rater.SetSelectedIndex(1)
	if b.raterID != liam.ID || c.now.Selected != 6 || c.wished.Selected != 4 || c.share.Checked {
		t.Fatalf("Liam's demo pictures: now %d, wished %d, shown %v", c.now.Selected, c.wished.Selected, c.share.Checked)
	}
	text = windowText(w)
	if !strings.Contains(text, "Maya has not shared November's pictures.") || !strings.Contains(text, "(Only on this computer.)") {
		t.Errorf("as Liam:\n%s", text)
	}
	// Liam shows his; Maya then sees both side by side.
	c.share.SetChecked(true)
	b.save()
	b.rater.SetSelectedIndex(0)
	if !strings.Contains(windowText(w), "Liam: mostly one now, some overlap wished for.") {
		t.Error("Maya does not see the pictures Liam showed her")
	}
	// One picture without the other is not saved.
	b.month = app.MonthOf(month.AddDays(32))
	b.reload()
	if w := b.venn.words.Text; !strings.Contains(w, "December 2026") {
		t.Errorf("the Venn beside December's ratings says %q", w)
	}
	c.now.TypedRune('3')
	b.save()
	next, _ := ui.svc.Closeness(ui.ctx, b.month, maya.ID)
	if _, ok := next.Choices[maya.ID]; ok {
		t.Error("a half-made choice was saved")
	}
}
