package views

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/model"
)

func TestTodayShowsWhatIsDueAndTicks(t *testing.T) {
	ui, w := newTestUI(t, true)
	maya := ui.partners[0]
	if _, err := ui.svc.SaveRitual(ui.ctx, model.Ritual{Title: "Ten minutes of Duolingo 🇮🇹", Who: model.Owner(maya.ID),
		Cadence: model.Cadence{Times: 1, Per: model.PerDay}, Start: model.Date{Year: 2026, Month: 11, Day: 1}}); err != nil {
		t.Fatal(err)
	}
	ui.showTab(tabToday)
	s := ui.todayTab
	text := windowText(w)
	for _, want := range []string{"Today, Wednesday 18 November", "Phone-free walk after dinner (3 more this week)",
		"This week's check-in: Liam not answered yet."} {
		if !strings.Contains(text, want) {
			t.Errorf("Today lacks %q:\n%s", want, text)
		}
	}
	// Tick a solo ritual that is due: it is done today in the service.
	var ticked *widget.Check
	var ritual model.Ritual
	for owner, rs := range s.view.Rituals {
		for _, r := range rs {
			if owner != model.Shared && r.Today.Due && ticked == nil {
				ritual = r.Ritual
				for _, o := range test.LaidOutObjects(s.lanes) {
					if c, ok := o.(*widget.Check); ok && strings.HasPrefix(c.Text, r.Ritual.Title) {
						ticked = c
					}
				}
			}
		}
	}
	if ticked == nil {
		t.Fatal("no solo ritual due today in the demo")
	}
	test.Tap(ticked)
	view, _ := ui.svc.Today(ui.ctx)
	found := false
	for _, r := range view.Rituals[ritual.Who] {
		if r.Ritual.ID == ritual.ID {
			found = r.Today.Marked == model.Done
		}
	}
	if !found {
		t.Fatalf("ticking %q did not mark it done today", ritual.Title)
	}
	// The check-in row leads to the check-in.
	for _, o := range test.LaidOutObjects(s.rhythm) {
		if b, ok := o.(*widget.Button); ok && b.Text == "Answer this week's check-in" {
			test.Tap(b)
		}
	}
	if ui.tabs.SelectedIndex() != int(tabCheckins) {
		t.Error("the check-in button did not open the check-in")
	}
}

func TestReminderSettingsAreSaved(t *testing.T) {
	ui, _ := newTestUI(t, true)
	ui.showTab(tabSettings)
	p := ui.settingsTab().reminders
	if !p.on[model.NudgeCheckin].Checked || p.at[model.NudgeCheckin].Text != "19:00" || p.day.Selected != "Sunday" {
		t.Fatalf("defaults: %v %q %q", p.on[model.NudgeCheckin].Checked, p.at[model.NudgeCheckin].Text, p.day.Selected)
	}
	p.on[model.NudgeGoal].SetChecked(false)
	p.at[model.NudgeCheckin].SetText("20:30")
	p.day.SetSelected("Thursday")
	p.save()
	s, _ := ui.svc.NudgeSettings(ui.ctx)
	if !s.Off[model.NudgeGoal] || s.At[model.NudgeCheckin] != "20:30" || s.CheckinDay.String() != "Thursday" {
		t.Fatalf("saved %+v", s)
	}
	p.at[model.NudgeBalance].SetText("half past seven")
	p.save()
	if s, _ := ui.svc.NudgeSettings(ui.ctx); s.At[model.NudgeBalance] != "19:00" {
		t.Error("a time in words was saved")
	}
}
