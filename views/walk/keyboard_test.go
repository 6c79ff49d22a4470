package walk

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/views/widgets"
)

// The keyboard alone: every screen's main action is reached with Ctrl and
// a digit, Tab, the arrow keys, Space, Enter and Escape — X key events
// only, not one pointer event — and done or opened.

// keyboardStep is one screen's main action from the keyboard.
type keyboardStep struct {
	screen string // the main tab, selected with Ctrl and its digit
	digit  string
	page   string // the screen's page, turned to with Ctrl+PageDown ("": none)
	// target says whether the focused object is the control to act on;
	// Tab is pressed until it is.
	target func(o fyne.Focusable) bool
	keys   []string // pressed on it
	// done checks the action happened; nil: a dialog must open, which
	// Escape then closes.
	done func(t *testing.T, o fyne.Focusable, before string)
}

func buttonNamed(text string) func(fyne.Focusable) bool {
	return func(o fyne.Focusable) bool {
		b, ok := o.(*widget.Button)
		return ok && b.Text == text
	}
}

func isA[T any](o fyne.Focusable) bool { _, ok := o.(T); return ok }

// theBoard is the board itself, which takes the arrow keys.
func theBoard(o fyne.Focusable) bool { return fmt.Sprintf("%T", o) == "*views.boardScreen" }

// sessionStep is the step the session shows ("Step 3 of 8: …").
func sessionStep() string {
	var step string
	onUI(func() {
		for _, s := range textsIn(h.win.Content()) {
			if strings.HasPrefix(s, "Step ") {
				step = s
			}
		}
	})
	return step
}

// stepTaken is the step shown when Tab reached Next or Back.
var stepTaken string

// nextOrBack is the session's Next button, or Back on the last step (where
// Next is off); it notes the step shown.
func nextOrBack(o fyne.Focusable) bool {
	b, ok := o.(*widget.Button)
	if ok && (b.Text == "Next" || b.Text == "Back") {
		stepTaken = sessionStep()
		return true
	}
	return false
}

// stepChanges checks that the session went to another step.
func stepChanges(t *testing.T, _ fyne.Focusable, said string) {
	t.Helper()
	if now := sessionStep(); now == stepTaken {
		t.Errorf("Space on %s left the session at %q", said, now)
	}
}

// spokenBy is what a focusable object says to a screen reader, or its text.
func spokenBy(o fyne.Focusable) string {
	if c, ok := o.(*widget.Check); ok {
		return fmt.Sprintf("%s, ticked %v", c.Text, c.Checked)
	}
	if a, ok := o.(fyne.Accessible); ok {
		return a.AccessibilityLabel()
	}
	for _, field := range []string{"Text", "Label"} {
		if v := reflect.ValueOf(o).Elem().FieldByName(field); v.IsValid() && v.Kind() == reflect.String {
			return v.String()
		}
	}
	return fmt.Sprintf("%T", o)
}

// changes checks that the focused object says something else now, then
// presses keys to take the change back.
func changes(undo ...string) func(t *testing.T, o fyne.Focusable, before string) {
	return func(t *testing.T, o fyne.Focusable, before string) {
		var after string
		onUI(func() { after = spokenBy(o) })
		if after == before {
			t.Errorf("the keys changed nothing: %q", before)
		}
		key(t, undo...)
	}
}

var keyboardSteps = []keyboardStep{
	{"Today", "0", "", isA[*widget.Check], []string{"space"}, changes("space")},
	{"Board", "1", "", buttonNamed("New goal"), []string{"space"}, nil},
	{"Board", "1", "", theBoard, []string{"Down", "Return"}, nil},
	{"Calendar", "2", "", isA[*widgets.WeekGrid], []string{"Right", "Down", "Return"}, nil},
	{"Rituals", "3", "", isA[*widgets.DayMarks], []string{"space"}, changes("space")},
	{"Resources", "4", "", buttonNamed("Log what was spent…"), []string{"space"}, nil},
	{"Check-ins", "5", "This week", buttonNamed("Prompts…"), []string{"space"}, nil},
	{"Sessions", "6", "Session", nextOrBack, []string{"space"}, stepChanges},
	{"Settings", "7", "Household", buttonNamed("Save household"), []string{"space"}, func(t *testing.T, _ fyne.Focusable, _ string) {
		var notice string
		onUI(func() { notice = strings.Join(textsIn(h.win.Content()), " ") })
		if !strings.Contains(notice, "Household saved.") {
			t.Error("Space on Save household did not save it")
		}
	}},
}

// tabTo presses Tab until the focused object is what want says, and
// returns it.
func tabTo(t *testing.T, where string, want func(fyne.Focusable) bool) fyne.Focusable {
	t.Helper()
	var seen []string
	for range 80 {
		var got fyne.Focusable
		onUI(func() { got = h.win.Canvas().Focused() })
		if got != nil && want(got) {
			return got
		}
		if got != nil {
			seen = append(seen, fmt.Sprintf("%T", got))
		}
		key(t, "Tab")
	}
	t.Fatalf("%s: Tab never reached the control (met %s)", where, strings.Join(seen, ", "))
	return nil
}

// testKeyboardOnly does each screen's main action from the keyboard, and
// turns the pages of a screen with Ctrl+PageDown.
func testKeyboardOnly(t *testing.T) {
	resize(t, fyne.NewSize(1280, 800))
	for _, step := range keyboardSteps {
		t.Run(step.screen, func(t *testing.T) {
			onUI(func() { h.win.Canvas().Unfocus() })
			key(t, "ctrl+"+step.digit)
			if step.page != "" {
				turnTo(t, step.page)
			}
			var before fyne.CanvasObject
			onUI(func() { before = topOverlay(h.win.Canvas()) })
			o := tabTo(t, step.screen, step.target)
			var said string
			onUI(func() { said = spokenBy(o) })
			progress("keyboard only › %s › on %T %q", step.screen, o, said)
			key(t, step.keys...)
			if step.done != nil {
				step.done(t, o, said)
			} else {
				if !opened(before) {
					t.Fatalf("%s: %v on %q opened no dialog", step.screen, step.keys, said)
				}
				key(t, "Escape")
				if opened(before) {
					t.Fatalf("%s: Escape did not close the dialog", step.screen)
				}
			}
			// Whatever the step left open is closed with Escape.
			for range 3 {
				if !opened(before) {
					break
				}
				key(t, "Escape")
			}
			checkFyneErrors(t, "keyboard only › "+step.screen)
		})
	}
}

// checkPageKeys turns Settings' pages with Ctrl+PageDown and back with
// Ctrl+PageUp.
func checkPageKeys(t *testing.T) {
	key(t, "ctrl+7")
	pages := innerTabs(mainTabs())
	if pages == nil {
		t.Fatal("Settings has no pages")
	}
	var first, next int
	onUI(func() { first = pages.SelectedIndex() })
	key(t, "ctrl+Next")
	onUI(func() { next = pages.SelectedIndex() })
	if next != (first+1)%len(tabTitles(pages)) {
		t.Errorf("Ctrl+PageDown went from page %d to %d", first, next)
	}
	key(t, "ctrl+Prior")
	onUI(func() { next = pages.SelectedIndex() })
	if next != first {
		t.Errorf("Ctrl+PageUp went back to page %d, want %d", next, first)
	}
	key(t, "ctrl+1")
}

// testLargeText chooses 150 % in Settings › Appearance from the keyboard,
// then visits every page in a window of 1280×800 pixels (each must keep
// the window's size: what does not fit scrolls), and goes back to 100 %.
func testLargeText(t *testing.T) {
	resize(t, fyne.NewSize(1280, 800))
	chooseTextSize(t, "150 %")
	defer func() {
		var radio *widget.RadioGroup
		onUI(func() { radio = textSizeChoice() })
		if radio != nil {
			onUI(func() { radio.SetSelected("100 %") })
			settle()
		}
	}()
	var scale float32
	onUI(func() { scale = h.win.Canvas().Scale() })
	if scale < 1.45 {
		t.Fatalf("at 150 %% the window's scale is %.2f", scale)
	}
	// Fyne sizes windows in its units: 1280×800 pixels at this scale.
	walkScreens(t, combo{"Light", fyne.NewSize(1280/scale, 800/scale), false})
}

// chooseTextSize goes to Settings › Appearance with Ctrl+7 and
// Ctrl+PageDown, tabs to the text size and presses the size wanted.
func chooseTextSize(t *testing.T, size string) {
	t.Helper()
	onUI(func() { h.win.Canvas().Unfocus() })
	key(t, "ctrl+7")
	turnTo(t, "Appearance")
	tabTo(t, "Settings › Appearance", func(o fyne.Focusable) bool {
		return strings.Contains(fmt.Sprintf("%T", o), "radioItem") && spokenBy(o) == size
	})
	key(t, "space")
	var chosen string
	onUI(func() {
		if r := textSizeChoice(); r != nil {
			chosen = r.Selected
		}
	})
	if chosen != size {
		t.Fatalf("Space on %q chose %q", size, chosen)
	}
}

// turnTo turns the shown screen's pages with Ctrl+PageDown to the page
// titled title.
func turnTo(t *testing.T, title string) {
	t.Helper()
	pages := innerTabs(mainTabs())
	if pages == nil {
		t.Fatalf("no pages to turn to %q", title)
	}
	for range len(tabTitles(pages)) {
		var shown string
		onUI(func() { shown = pages.Selected().Text })
		if shown == title {
			return
		}
		key(t, "ctrl+Next")
	}
	t.Fatalf("Ctrl+PageDown never showed the page %q", title)
}

// textSizeChoice is the Text size radio group in Settings.
func textSizeChoice() *widget.RadioGroup {
	var radio *widget.RadioGroup
	visit(h.win.Content(), func(o fyne.CanvasObject, _ []fyne.CanvasObject) bool {
		if r, ok := o.(*widget.RadioGroup); ok && slices.Contains(r.Options, "150 %") {
			radio = r
		}
		return radio == nil
	})
	return radio
}
