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

// overlayEntryWith reports whether a dialog still holds a text field with text.
func overlayEntryWith(w fyne.Window, text string) bool {
	for _, e := range overlayWidgets[*entry](w) {
		if e.Text == text {
			return true
		}
	}
	return false
}

// overlayLabelWith finds the label of a dialog whose text holds words.
func overlayLabelWith(w fyne.Window, words string) *widget.Label {
	for _, l := range overlayWidgets[*widget.Label](w) {
		if l.Visible() && strings.Contains(l.Text, words) {
			return l
		}
	}
	return nil
}

// saysNextTo checks that a refused form is still open with what was typed
// and says why under the field at fault (within two lines of it).
func saysNextTo(t *testing.T, w fyne.Window, what, words string, field fyne.CanvasObject, kept string) {
	t.Helper()
	if len(w.Canvas().Overlays().List()) != 1 {
		t.Fatalf("%s: %d dialogs open, want the form alone (no error pop-up over it)", what, len(w.Canvas().Overlays().List()))
	}
	if kept != "" && !overlayEntryWith(w, kept) {
		t.Fatalf("%s: the form closed, or lost %q", what, kept)
	}
	l := overlayLabelWith(w, words)
	if l == nil {
		t.Fatalf("%s: the form does not say %q:\n%s", what, words, windowText(w))
	}
	d := fyne.CurrentApp().Driver()
	fieldAt, labelAt := d.AbsolutePositionForObject(field), d.AbsolutePositionForObject(l)
	if labelAt.Y < fieldAt.Y || labelAt.Y > fieldAt.Y+field.Size().Height+60 {
		t.Errorf("%s: the words are at y=%.0f, the field at %.0f–%.0f: not next to it", what, labelAt.Y, fieldAt.Y, fieldAt.Y+field.Size().Height)
	}
}

func TestTheRitualFormKeepsWhatWasTypedWhenRefused(t *testing.T) {
	ui, w := openRituals(t, true)
	s := ui.ritualsTab()
	before := len(s.view.Rituals)
	s.editRitual(nil)
	f := ui.ritualForm
	if w.Canvas().Focused() != f.title {
		t.Error("the name is not focused when the form opens")
	}
	name := "Kaffee am Morgen ☕ 朝のコーヒー — on the balcony, whatever the weather"
	test.Type(f.title, name)
	f.times.SetText("9")
	f.per.SetSelected("times a week")
	tapButtonLabelled(t, w, "Save")
	saysNextTo(t, w, "nine times a week", "more than the 7 days a week has", f.times, name)

	f.times.SetText("1")
	f.reminder.SetText("7h30")
	tapButtonLabelled(t, w, "Save")
	saysNextTo(t, w, "a reminder that is not a time", "is not a time like 07:30", f.reminder, name)
	if overlayLabelWith(w, "more than the 7 days") != nil {
		t.Error("the earlier problem is still shown")
	}

	f.reminder.SetText("07:30")
	tapButtonLabelled(t, w, "Save")
	if len(w.Canvas().Overlays().List()) != 0 {
		t.Fatalf("a good save left the form open:\n%s", windowText(w))
	}
	if len(s.view.Rituals) != before+1 {
		t.Fatalf("%d rituals after saving, want %d", len(s.view.Rituals), before+1)
	}
}

func TestTheRitualsOtherFormsStayOpenWhenRefused(t *testing.T) {
	ui, w := openRituals(t, true)
	s := ui.ritualsTab()
	rv := *s.find(s.selected)
	today := s.view.Today.Time()

	// A pause that ends before it starts.
	s.pauseDialog(rv.Ritual)
	dates := overlayWidgets[*dateField](w)
	reason := overlayWidgets[*entry](w)[0]
	back := today.AddDate(0, 0, -3)
	dates[1].SetDate(&back)
	test.Type(reason, "Grippe — 发烧")
	tapButtonLabelled(t, w, "Pause")
	saysNextTo(t, w, "a backwards pause", "before it starts", dates[1], "Grippe — 发烧")
	ui.dismissTop()

	// A cadence of no times at all.
	s.adaptDialog(rv)
	times := overlayWidgets[*entry](w)[0]
	times.SetText("0")
	note := overlayWidgets[*entry](w)[1]
	test.Type(note, "Weekly dinner becomes a monthly adventure 🎈")
	tapButtonLabelled(t, w, "Change")
	saysNextTo(t, w, "no times at all", "at least once", times, "Weekly dinner becomes a monthly adventure 🎈")
	ui.dismissTop()

	// Done on a day still to come.
	s.logDayDialog(rv.Ritual)
	day := overlayWidgets[*dateField](w)[0]
	later := today.AddDate(0, 0, 5)
	day.SetDate(&later)
	tapButtonLabelled(t, w, "Save")
	saysNextTo(t, w, "a day to come", "in the future", day, "")
	ui.dismissTop()

	// A skip with a reason longer than a reason may be.
	if e := todayEntry(t, ui, rv.Ritual.Title); e != nil && e.Status == model.Skipped {
		t.Fatal("the demo skipped today already")
	}
	s.skipDay(rv.Ritual.ID, s.view.Today)
	long := strings.Repeat("Zu müde nach der Nachtschicht. ", 8)
	why := overlayWidgets[*entry](w)[0]
	test.Type(why, long)
	tapButtonLabelled(t, w, "OK")
	saysNextTo(t, w, "a long reason", "keep the reason to", why, long)
	ui.dismissTop()
	if e := todayEntry(t, ui, rv.Ritual.Title); e != nil && e.Status == model.Skipped {
		t.Error("a refused skip was saved")
	}
}

func TestEditingARitualsCadenceInTheFormIsOneChange(t *testing.T) {
	ui, w := openRituals(t, true)
	s := ui.ritualsTab()
	var rv app.RitualView
	for _, x := range s.view.Rituals {
		if x.Ritual.Title == "Date night" {
			rv = x
		}
	}
	if rv.Cadence != (model.Cadence{Times: 1, Per: model.PerMonth}) || rv.Ritual.Cadence.Per != model.PerWeek {
		t.Fatalf("the demo's date night: %v now, %v at first", rv.Cadence, rv.Ritual.Cadence)
	}
	s.editRitual(&rv.Ritual)
	f := ui.ritualForm
	if f.times.Text != "1" || f.per.Selected != "times a month" {
		t.Errorf("the form shows %s %s, not the cadence now (once a month)", f.times.Text, f.per.Selected)
	}
	f.times.SetText("2")
	f.reminder.SetText("half past six")
	tapButtonLabelled(t, w, "Save")
	saysNextTo(t, w, "a reminder that is not a time", "is not a time like 07:30", f.reminder, "2")
	f.reminder.SetText("18:30")
	tapButtonLabelled(t, w, "Save")
	if len(w.Canvas().Overlays().List()) != 0 {
		t.Fatalf("the form stayed open:\n%s", windowText(w))
	}
	got := s.find(rv.Ritual.ID)
	if len(got.Adaptations) != len(rv.Adaptations)+1 || got.Cadence != (model.Cadence{Times: 2, Per: model.PerMonth}) {
		t.Errorf("after a refused save and a good one: %d cadence changes (was %d), twice a month wanted, %v now",
			len(got.Adaptations), len(rv.Adaptations), got.Cadence)
	}
}

// reviewRow is the annual review's line for a ritual.
func reviewRow(t *testing.T, r *reviewScreen, title string) fyne.CanvasObject {
	t.Helper()
	for _, row := range r.rituals.Objects {
		for _, o := range test.LaidOutObjects(row) {
			if l, ok := o.(*widget.Label); ok && strings.HasPrefix(l.Text, title+" — ") {
				return row
			}
		}
	}
	t.Fatalf("the review has no line for %q", title)
	return nil
}

func TestTheAnnualReviewsAdaptOpensTheCadenceDialog(t *testing.T) {
	ui, w := newTestUI(t, true)
	ui.showTab(tabCheckins)
	s := ui.checkinsTab()
	s.tabs.SelectIndex(checkinsReview)
	r := s.review
	r.principles.SetText("Abenteuer, Gemeinschaft 🌍 — and time alone")
	const title = "Phone-free walk after dinner"
	adapt, _ := buttonIn(reviewRow(t, r, title), "Adapt…")
	if adapt == nil {
		t.Fatalf("the review's %q has no Adapt… (it opens no cadence dialog)", title)
	}
	// Cancelled, it changes nothing.
	test.Tap(adapt)
	if overlayLabelWith(w, "The calendar's time for it") == nil {
		t.Fatalf("Adapt… did not open the cadence dialog:\n%s", windowText(w))
	}
	ui.dismissTop()
	v, _ := ui.svc.Review(ui.ctx, ui.today().Year)
	if len(v.Review.Rituals) != 0 {
		t.Fatalf("a cancelled adapt recorded %+v", v.Review.Rituals)
	}
	adapt, _ = buttonIn(reviewRow(t, r, title), "Adapt…")
	test.Tap(adapt)
	entries := overlayWidgets[*entry](w)
	entries[0].SetText("2")
	test.Type(entries[1], "Winter evenings 🌧")
	tapButtonLabelled(t, w, "Change")
	if len(w.Canvas().Overlays().List()) != 0 {
		t.Fatalf("the cadence dialog stayed open:\n%s", windowText(w))
	}
	rituals, _ := ui.svc.Rituals(ui.ctx, app.RitualFilter{})
	for _, rv := range rituals.Rituals {
		if rv.Ritual.Title == title && rv.Cadence != (model.Cadence{Times: 2, Per: model.PerWeek}) {
			t.Errorf("the walk's cadence is %v, want twice a week", rv.Cadence)
		}
	}
	v, _ = ui.svc.Review(ui.ctx, ui.today().Year)
	if len(v.Review.Rituals) != 1 || v.Review.Rituals[0].Decision != model.DecideAdapt || !strings.Contains(v.Review.Rituals[0].Note, "twice a week") ||
		!strings.Contains(v.Review.Rituals[0].Note, "Winter evenings 🌧") {
		t.Errorf("the review recorded %+v", v.Review.Rituals)
	}
	if r.principles.Text != "Abenteuer, Gemeinschaft 🌍 — and time alone" {
		t.Errorf("the words typed in the review were lost: %q", r.principles.Text)
	}
	if !strings.Contains(windowText(w), "Adapted: from") {
		t.Errorf("the review does not show the decision:\n%s", windowText(w))
	}
	// Saving the review keeps the decision.
	r.save()
	v, _ = ui.svc.Review(ui.ctx, ui.today().Year)
	if len(v.Review.Rituals) != 1 || v.Review.Rituals[0].Decision != model.DecideAdapt || v.Review.Principles == "" {
		t.Errorf("after saving the review: %+v", v.Review)
	}
}
