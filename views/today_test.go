package views

import (
	"fmt"
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

// TestTodayListsTheMostUrgentGoalsAndLeadsToTheRest: a lane with many goals
// coming due names the most overdue few and offers the rest on the board,
// so a big household's Today stays a page to read (and opens fast).
func TestTodayListsTheMostUrgentGoalsAndLeadsToTheRest(t *testing.T) {
	ui, w := newTestUI(t, true)
	zoe := model.Owner(ui.partners[0].ID)
	day := ui.today()
	for i := range 20 {
		title := fmt.Sprintf("Ждать %02d — très long titre de Zoë 🌱 %s", i, strings.Repeat("x", i*8))
		if _, err := ui.svc.CreateGoal(ui.ctx, model.GoalPatch{Title: &title, Owner: &zoe, Due: model.Ptr(day.AddDays(i - 10))}); err != nil {
			t.Fatal(err)
		}
	}
	ui.showTab(tabToday)
	due := len(ui.todayTab.view.GoalsDue[zoe])
	if due < 18 { // the last two are due beyond the week ahead
		t.Fatalf("Today counts %d goals coming due for the first partner, want at least 18", due)
	}
	text := windowText(w)
	if !strings.Contains(text, "Ждать 00") || strings.Contains(text, "Ждать 10") {
		t.Errorf("the lane should name the most overdue goals first and not all of them:\n%s", text)
	}
	var more *widget.Button
	for _, o := range test.LaidOutObjects(ui.todayTab.lanes) {
		if b, ok := o.(*widget.Button); ok && strings.HasSuffix(b.Text, "more on the board") {
			more = b
		}
	}
	if more == nil || more.Text != fmt.Sprintf("%d more on the board", due-todayDueShown) {
		t.Fatalf("no button for the %d goals not listed", due-todayDueShown)
	}
	test.Tap(more)
	if ui.tabs.SelectedIndex() != int(tabBoard) {
		t.Error("the button did not open the board")
	}
}
