package views

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/model"
)

// openSmallCalendar shows the calendar in a 1024×640 window.
func openSmallCalendar(t *testing.T) (*UI, fyne.Window, *calendarScreen) {
	t.Helper()
	ui, w := newTestUI(t, true)
	w.Resize(fyne.NewSize(1024, 640))
	ui.showTab(tabCalendar)
	return ui, w, ui.calendarTab()
}

// buttonIn finds the visible button with text under root, and the objects
// above it.
func buttonIn(root fyne.CanvasObject, text string) (*widget.Button, []fyne.CanvasObject) {
	var found *widget.Button
	var above []fyne.CanvasObject
	var walk func(o fyne.CanvasObject, parents []fyne.CanvasObject)
	walk = func(o fyne.CanvasObject, parents []fyne.CanvasObject) {
		if found != nil || !o.Visible() {
			return
		}
		if b, ok := o.(*widget.Button); ok && b.Text == text {
			found, above = b, parents
			return
		}
		var children []fyne.CanvasObject
		switch x := o.(type) {
		case *fyne.Container:
			children = x.Objects
		case *container.Scroll:
			children = []fyne.CanvasObject{x.Content}
		case fyne.Widget:
			children = test.WidgetRenderer(x).Objects()
		}
		for _, c := range children {
			walk(c, append(parents[:len(parents):len(parents)], o))
		}
	}
	walk(root, nil)
	return found, above
}

func TestCalendarExportIsInItsToolbar(t *testing.T) {
	ui, w, s := openSmallCalendar(t)
	export, above := buttonIn(s.content, "Export .ics…")
	if export == nil {
		t.Fatal("no Export .ics… button on the calendar")
	}
	for _, o := range above {
		if _, ok := o.(*container.Scroll); ok {
			t.Fatal("Export .ics… is inside a scrolled panel: it is found only by scrolling")
		}
	}
	at := fyne.CurrentApp().Driver().AbsolutePositionForObject(export)
	if at.Y > 120 || at.X+export.Size().Width > w.Canvas().Size().Width {
		t.Errorf("Export .ics… is at %v in a %v window, not in the toolbar", at, w.Canvas().Size())
	}
	before := len(w.Canvas().Overlays().List())
	test.Tap(export)
	if len(w.Canvas().Overlays().List()) != before+1 {
		t.Error("Export .ics… opened no dialog")
	}
	ui.dismissTop()
}

func TestCalendarSidePanelIsNarrowAndFolds(t *testing.T) {
	ui, w, s := openSmallCalendar(t)
	window := w.Canvas().Size().Width
	if got := s.grid.Size().Width; got < 0.68*window {
		t.Errorf("the week gets %.0f of a %.0f-px window: the side panel takes too much", got, window)
	}
	// Nothing in the narrow panel is cut off: long words wrap (in the week
	// and in the month, whose balance is a sentence).
	for _, mode := range []string{"Month", "Week"} {
		s.mode.SetSelected(mode)
		for _, o := range test.LaidOutObjects(s.side) {
			if l, ok := o.(*widget.Label); ok && l.Visible() && l.Wrapping == fyne.TextWrapOff && l.Truncation == fyne.TextTruncateOff &&
				l.MinSize().Width > sidePanelWidth-20 {
				t.Errorf("%s: %q is wider than the side panel", mode, l.Text)
			}
		}
	}
	hide, _ := buttonIn(s.content, "Hide panel")
	if hide == nil {
		t.Fatal("no way to fold the side panel")
	}
	test.Tap(hide)
	if got := s.grid.Size().Width; got < 0.9*window {
		t.Errorf("with the side panel folded the week gets %.0f of %.0f", got, window)
	}
	if s.side.Visible() {
		t.Error("the side panel still shows when folded")
	}
	// The choice holds for the session, also when the screens are built again.
	ui.showMain()
	ui.showTab(tabCalendar)
	s = ui.calendarTab()
	if got := s.grid.Size().Width; got < 0.9*window {
		t.Errorf("the side panel came back after the screens were built again (the week gets %.0f)", got)
	}
	// The toggle is reached with Tab and pressed with Space.
	var show *widget.Button
	for range 200 {
		w.Canvas().FocusNext()
		if b, ok := w.Canvas().Focused().(*widget.Button); ok && b.Text == "Show panel" {
			show = b
			break
		}
	}
	if show == nil {
		t.Fatal("Tab never reaches the side panel's toggle")
	}
	show.TypedKey(&fyne.KeyEvent{Name: fyne.KeySpace})
	if got := s.grid.Size().Width; got > 0.8*window {
		t.Errorf("Space on the toggle did not bring the side panel back (the week gets %.0f)", got)
	}
}

func TestCalendarWeekOpensInTheMorning(t *testing.T) {
	ui, w := newTestUI(t, true)
	w.Resize(fyne.NewSize(1024, 640))
	week := ui.svc.WeekOf(ui.ctx, ui.today())
	at := func(d model.Date, minute int) model.WallTime { return model.WallTime{Date: d, Minute: minute} }
	// An airport run at 03:30 and a night shift into Saturday morning.
	for _, b := range []model.Block{
		{Title: "Airport run ✈️", Kind: model.KindJoint, Start: at(week.AddDays(1), 3*60+30), End: at(week.AddDays(1), 4*60+30)},
		{Title: "Nachtschicht", Kind: model.KindSolo, Owner: ui.partners[1].ID, Start: at(week.AddDays(4), 22*60), End: at(week.AddDays(5), 2*60)},
		{Title: "早泳", Kind: model.KindSolo, Owner: ui.partners[0].ID, Start: at(week.AddDays(9), 5*60+30), End: at(week.AddDays(9), 6*60+30)},
	} {
		if _, err := ui.svc.SaveBlock(ui.ctx, b); err != nil {
			t.Fatal(err)
		}
	}
	ui.showTab(tabCalendar)
	s := ui.calendarTab()
	hour := func() float32 { return s.scroll.Offset.Y / s.grid.HourPx() }
	if h := hour(); h < 5 || h > 7 {
		t.Errorf("the week opens at %.1f h: the middle of the night", h)
	}
	// Next week's first block is at 05:30: it opens half an hour before.
	s.step(1)
	if h := hour(); h != 5 {
		t.Errorf("a week whose first block is at 05:30 opens at %.1f h, want 5", h)
	}
	// A tall window shows the day from the morning, not the night before it.
	s.step(-1)
	w.Resize(fyne.NewSize(1600, 1000))
	s.step(1)
	s.step(-1)
	if h := hour(); h < 5 || h > 7 {
		t.Errorf("in a 1600×1000 window the week opens at %.1f h", h)
	}
	if bottom := (s.scroll.Offset.Y + s.scroll.Size().Height) / s.grid.HourPx(); bottom < 23.9 {
		t.Errorf("in a 1600×1000 window the day shown ends at %.1f h", bottom)
	}
}
