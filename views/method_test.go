package views

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/model"
)

// The guide opens at the section a "why" belongs to, and its list goes to
// every other section.
func TestWhyOpensTheGuideAtItsSection(t *testing.T) {
	ui, w := newTestUI(t, true)
	ui.showTab(tabRituals)
	r := ui.ritualsTab()
	r.list.Select(0) // the detail of a ritual says what strength is, and why rituals
	why := findButton(t, w, "Why rituals?")
	test.Tap(why)
	if len(ui.dialogs) != 1 {
		t.Fatalf("Why rituals? opened %d dialogs", len(ui.dialogs))
	}
	text := windowText(w)
	if !strings.Contains(text, "Rituals of connection") || !strings.Contains(text, "A ritual is something you do on purpose") {
		t.Fatalf("the guide does not show the rituals' section:\n%s", text)
	}
	ui.dismissTop()
	g := ui.showMethod(model.MethodHeart)
	for i, s := range model.MethodIn(nil) {
		g.list.Select(i)
		if g.shown != s.Key || !strings.Contains(windowText(w), s.Paragraphs[0][:40]) {
			t.Fatalf("choosing %q in the list shows %q", s.Title, g.shown)
		}
	}
}

// A couple starting out sees their first steps on Today, ticked as they
// go, until they hide them; Help › Your first weeks shows them anyway.
func TestTodayShowsTheFirstStepsUntilHidden(t *testing.T) {
	ui, w := newTestUI(t, false)
	setUpHousehold(t, ui)
	ui.showTab(tabToday)
	ui.todayTab.reload()
	waitFor(t, func() bool { return strings.Contains(windowText(w), "Each of you adds a goal of your own") })
	open := findButton(t, w, "Open") // the first step's: the board
	test.Tap(open)
	if ui.tabs.SelectedIndex() != int(tabBoard) {
		t.Fatalf("Open on the first step shows tab %d, not the board", ui.tabs.SelectedIndex())
	}
	ui.showTab(tabToday)
	test.Tap(findButton(t, w, "Hide this"))
	if strings.Contains(windowText(w), "Each of you adds a goal of your own") {
		t.Fatal("Hide this left the first steps on Today")
	}
	ui.showFirstSteps()
	if !strings.Contains(windowText(w), "Say how many hours a week each of you has for goals") {
		t.Fatal("Help › Your first weeks does not list the steps")
	}
}

// The demo household has done them all: no card on Today.
func TestTodayHasNoFirstStepsWhenAllAreDone(t *testing.T) {
	ui, w := newTestUI(t, true)
	ui.showTab(tabToday)
	ui.todayTab.reload()
	waitFor(t, func() bool { return ui.app.Preferences().Bool(firstStepsDone) })
	if strings.Contains(windowText(w), "Map the next quarter in a guided session") {
		t.Fatal("the demo household, its first steps all done, still sees them on Today")
	}
}

// findButton is the first shown button in the window or its dialogs whose
// text is text.
func findButton(t *testing.T, w fyne.Window, text string) *widget.Button {
	t.Helper()
	roots := append([]fyne.CanvasObject{w.Canvas().Content()}, w.Canvas().Overlays().List()...)
	for i := len(roots) - 1; i >= 0; i-- {
		for _, o := range test.LaidOutObjects(roots[i]) {
			if b, ok := o.(*widget.Button); ok && b.Text == text && b.Visible() {
				return b
			}
		}
	}
	t.Fatalf("no button %q in the window", text)
	return nil
}
