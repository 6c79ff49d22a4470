package views

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/app"
	"github.com/vennplanner/venn/model"
)

func ritualRowTitled(t *testing.T, w fyne.Window, title string) *ritualRow {
	t.Helper()
	for _, o := range test.LaidOutObjects(w.Canvas().Content()) {
		if r, ok := o.(*ritualRow); ok && r.Visible() && r.title.Text == title {
			return r
		}
	}
	t.Fatalf("no ritual row %q shown", title)
	return nil
}

func openRituals(t *testing.T, demo bool) (*UI, fyne.Window) {
	t.Helper()
	ui, w := newTestUI(t, demo)
	if ui.tabs != nil {
		ui.showTab(tabRituals)
	}
	return ui, w
}

func todayEntry(t *testing.T, ui *UI, title string) *model.RitualEntry {
	t.Helper()
	view, err := ui.svc.Rituals(ui.ctx, app.RitualFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, rv := range view.Rituals {
		if rv.Ritual.Title == title {
			return rv.Today
		}
	}
	t.Fatalf("no ritual %q", title)
	return nil
}

func TestAddRitualThroughTheForm(t *testing.T) {
	ui, w := openRituals(t, false)
	typeSetUpNames(t, w, "Maya", "Liam")
	if err := ui.svc.SaveHousehold(ui.ctx, ui.setupForm.Values()); err != nil {
		t.Fatal(err)
	}
	ui.showMain()
	ui.showTab(tabRituals)
	if !strings.Contains(ui.ritualsTab().empty.Text, "No rituals yet") {
		t.Fatalf("empty state says %q", ui.ritualsTab().empty.Text)
	}
	ui.ritualsTab().editRitual(nil)
	f := ui.ritualForm
	test.Type(f.title, "Morning coffee together")
	f.times.SetText("9")
	f.per.SetSelected("times a week")
	f.dialog.Submit()
	if len(ui.ritualsTab().view.Rituals) != 0 {
		t.Fatal("9 times a week was saved")
	}
	ui.ritualsTab().editRitual(nil)
	f = ui.ritualForm
	test.Type(f.title, "Morning coffee together")
	f.times.SetText("1")
	f.per.SetSelected("times a day")
	f.reminder.SetText("07:30")
	f.dialog.Submit()
	if len(ui.ritualsTab().view.Rituals) != 1 {
		t.Fatalf("%d rituals after a good save", len(ui.ritualsTab().view.Rituals))
	}
	row := ritualRowTitled(t, w, "Morning coffee together")
	if !strings.Contains(row.meta.Text, "Shared ritual") || !strings.Contains(row.meta.Text, "daily") {
		t.Fatalf("row says %q", row.meta.Text)
	}
}

func TestMarkDoneAndUndoFromTheList(t *testing.T) {
	ui, w := openRituals(t, true)
	row := ritualRowTitled(t, w, "Book club")
	before := todayEntry(t, ui, "Book club")
	if before != nil {
		t.Skip("demo history already logged today")
	}
	// Today is the rightmost of the five marks.
	today := fyne.NewPos(row.marks.Size().Width-10, row.marks.Size().Height/2)
	test.TapAt(row.marks, today)
	e := todayEntry(t, ui, "Book club")
	if e == nil || e.Status != model.Done {
		t.Fatalf("after tapping today's mark today's entry is %+v", e)
	}
	row = ritualRowTitled(t, w, "Book club")
	if !strings.HasSuffix(row.marks.Words(), "We 18 done") {
		t.Fatalf("the marks say %q", row.marks.Words())
	}
	test.TapAt(row.marks, today) // tapping it again takes it back
	if e := todayEntry(t, ui, "Book club"); e != nil {
		t.Fatalf("second tap left %+v", e)
	}
	// Two days ago, from the same row: a day missed can be marked afterwards.
	test.TapAt(row.marks, fyne.NewPos(row.marks.Size().Width*0.5, row.marks.Size().Height/2))
	rv := ui.ritualsTab().find(row.id)
	found := false
	for _, e := range rv.Entries {
		found = found || (e.Day == ui.today().AddDays(-2) && e.Status == model.Done)
	}
	if !found {
		t.Error("tapping the middle mark did not mark two days ago done")
	}
}

func TestSkipAsksForAReason(t *testing.T) {
	ui, w := openRituals(t, true)
	// Climbing is paused today (the demo's knee injury); the long run is not.
	row := ritualRowTitled(t, w, "Sunday long run")
	if e := todayEntry(t, ui, "Sunday long run"); e != nil {
		t.Fatalf("the demo logged today already: %+v", e)
	}
	test.TapSecondaryAt(row.marks, fyne.NewPos(row.marks.Size().Width-10, row.marks.Size().Height/2))
	if !strings.Contains(windowText(w), "Skip “Sunday long run” today") {
		t.Errorf("the skip dialog does not name the ritual:\n%s", windowText(w))
	}
	var reason *entry
	for _, o := range test.LaidOutObjects(w.Canvas().Overlays().Top()) {
		if e, ok := o.(*entry); ok {
			reason = e
		}
	}
	if reason == nil {
		t.Fatal("no reason asked")
	}
	test.Type(reason, "Sore shoulder")
	tapButton(t, test.LaidOutObjects(w.Canvas().Overlays().Top()), "OK")
	e := todayEntry(t, ui, "Sunday long run")
	if e == nil || e.Status != model.Skipped || e.Reason != "Sore shoulder" {
		t.Fatalf("after skipping: %+v", e)
	}
}

func TestPauseAndAdaptShowInTheDetail(t *testing.T) {
	ui, _ := openRituals(t, true)
	s := ui.ritualsTab()
	var target app.RitualView
	for _, rv := range s.view.Rituals {
		if rv.Ritual.Title == "Phone-free walk after dinner" {
			target = rv
		}
	}
	today := s.view.Today
	from := model.DateOf(today.Time().AddDate(0, 0, 1))
	to := model.DateOf(today.Time().AddDate(0, 0, 10))
	n, err := ui.svc.Pause(ui.ctx, target.Ritual.ID, from, to, "Trip")
	if err != nil || n != 10 {
		t.Fatalf("pause: %d, %v", n, err)
	}
	if _, err := ui.svc.Pause(ui.ctx, target.Ritual.ID, to, from, "backwards"); !model.IsValidation(err) {
		t.Fatalf("a backwards pause: %v", err)
	}
	if err := ui.svc.Adapt(ui.ctx, target.Ritual.ID, today, model.Cadence{Times: 2, Per: model.PerWeek}, "Busy season"); err != nil {
		t.Fatal(err)
	}
	if err := ui.svc.Adapt(ui.ctx, target.Ritual.ID, today, model.Cadence{Times: 0, Per: model.PerWeek}, ""); !model.IsValidation(err) {
		t.Fatalf("zero times: %v", err)
	}
	s.selected = target.Ritual.ID
	s.reload()
	text := ""
	for _, o := range test.LaidOutObjects(s.detail) {
		if l, ok := o.(*widget.Label); ok {
			text += l.Text + "\n"
		}
	}
	for _, want := range []string{"How it adapted", "twice a week. Busy season", "Strength"} {
		if !strings.Contains(text, want) {
			t.Errorf("detail lacks %q:\n%s", want, text)
		}
	}
}

func TestFilterBySoloSlots(t *testing.T) {
	ui, _ := openRituals(t, true)
	s := ui.ritualsTab()
	s.who.SetSelected("Liam's solo slots")
	if len(s.view.Rituals) != 2 {
		t.Fatalf("Liam has %d solo slots shown, want 2", len(s.view.Rituals))
	}
	for _, rv := range s.view.Rituals {
		if rv.Ritual.Who != model.Owner(ui.partners[1].ID) {
			t.Fatalf("%q is not Liam's", rv.Ritual.Title)
		}
	}
	s.who.SetSelected(say("ui.rhythm.sharedRituals"))
	for _, rv := range s.view.Rituals {
		if rv.Ritual.Who != model.Shared {
			t.Fatalf("%q is not shared", rv.Ritual.Title)
		}
	}
}

func TestArchivingTheRitualShownShowsTheNextOne(t *testing.T) {
	ui, _ := openRituals(t, true)
	s := ui.ritualsTab()
	first := s.view.Rituals[0].Ritual
	if s.selected != first.ID {
		t.Fatalf("the detail shows %q, want the first ritual %q", s.selected, first.Title)
	}
	s.archiveRitual(first.ID, true)
	if s.selected == first.ID || s.selected != s.view.Rituals[0].Ritual.ID {
		t.Fatalf("after archiving %q the detail shows ritual %q, want the new first one", first.Title, s.selected)
	}
	if !strings.Contains(windowText(ui.win), s.view.Rituals[0].Ritual.Title) {
		t.Error("the detail does not show the ritual now selected")
	}
	for _, rv := range s.view.Rituals {
		if rv.Ritual.ID == first.ID {
			t.Errorf("%q is still in the list", first.Title)
		}
	}
}
