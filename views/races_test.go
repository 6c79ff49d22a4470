package views

import (
	"strings"
	"testing"

	"github.com/vennplanner/venn/i18n"
	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage"
)

// liamsLaptop is the partner's computer in these tests: its edits arrive
// as a merge would bring them.
func liamsLaptop(t *testing.T, ui *UI) string {
	t.Helper()
	laptop := storage.NewID()
	if err := ui.svc.Store().RememberDevicePartner(ui.ctx, laptop, ui.partners[1].ID); err != nil {
		t.Fatal(err)
	}
	return laptop
}

// arrive merges fields from another computer, made without seeing this
// computer's last edits (no base), and tells the window, as sync does.
func arrive(t *testing.T, ui *UI, device string, fields ...storage.SyncField) {
	t.Helper()
	at := model.Stamp{WallMS: testClock().UnixMilli() + 60_000, Device: device}
	for i := range fields {
		fields[i].Stamp = at
	}
	if _, err := ui.svc.Store().ApplyFields(ui.ctx, fields); err != nil {
		t.Fatal(err)
	}
	ui.dataChanged()
}

func TestATitleChangedOnBothComputersAtOnceIsToldAndOneClickAway(t *testing.T) {
	ui, w := newTestUI(t, false)
	g, _ := titleRace(t, ui, "Two weeks in Puglia", "Three weeks in Sicily 🍋")
	want := "Liam changed a goal's title to “Three weeks in Sicily 🍋” while you wrote “Two weeks in Puglia”."
	if !strings.HasPrefix(ui.notice.text.Text, want) || !ui.notice.box.Visible() {
		t.Fatalf("the foot of the window says %q, want something like %q", ui.notice.text.Text, want)
	}
	ui.showTab(tabToday)
	if !strings.Contains(windowText(w), "while you wrote “Two weeks in Puglia”") {
		t.Fatalf("Today does not list the race:\n%s", windowText(w))
	}
	tapButtonLabelled(t, w, "Use the other words")
	if got, _ := ui.svc.Goal(ui.ctx, g.ID); got.Title != "Two weeks in Puglia" {
		t.Fatalf("“Use the other words” left the title %q", got.Title)
	}
	if strings.Contains(windowText(w), "while you wrote") {
		t.Fatal("the race is still listed on Today after its words were used")
	}
}

func TestAnOpenGoalFormSaysThePartnerSavedMeanwhile(t *testing.T) {
	ui, w := newTestUI(t, false)
	setUpHousehold(t, ui)
	g, err := ui.svc.CreateGoal(ui.ctx, model.GoalPatch{Title: model.Ptr("Learn pottery"), Notes: model.Ptr("Tuesdays")})
	if err != nil {
		t.Fatal(err)
	}
	ui.board.openGoal(g.ID)
	if ui.goalForm == nil {
		t.Fatal("the goal form did not open")
	}
	title, notes := goalFormField[*entry](t, w, "Title"), goalFormField[*entry](t, w, "Notes")
	// Maya is rewriting the notes when Liam's title and notes arrive.
	notes.SetText("Tuesdays and Thursdays")
	laptop := liamsLaptop(t, ui)
	at := model.Stamp{WallMS: testClock().UnixMilli() + 60_000, Device: laptop}
	// Liam made his edits after seeing the goal as it was saved.
	seenTitle := stampOf(t, ui, g.ID, "title")
	seenNotes := stampOf(t, ui, g.ID, "notes")
	if _, err := ui.svc.Store().ApplyFields(ui.ctx, []storage.SyncField{
		{Table: "goals", RowID: g.ID, Column: "title", Value: "Learn pottery with Ana", Stamp: at, Base: seenTitle.String()},
		{Table: "goals", RowID: g.ID, Column: "notes", Value: "Wednesdays now", Stamp: at, Base: seenNotes.String()},
	}); err != nil {
		t.Fatal(err)
	}
	ui.dataChanged()
	if title.Text != "Learn pottery with Ana" {
		t.Fatalf("the untouched title did not take Liam's words: %q", title.Text)
	}
	if notes.Text != "Tuesdays and Thursdays" {
		t.Fatalf("what Maya typed was replaced: %q", notes.Text)
	}
	if !strings.Contains(windowText(w), "saved on the other computer while you were editing") {
		t.Fatalf("the form does not say Liam saved meanwhile:\n%s", windowText(w))
	}
	tapButtonLabelled(t, w, "Save")
	got, _ := ui.svc.Goal(ui.ctx, g.ID)
	if got.Title != "Learn pottery with Ana" || got.Notes != "Tuesdays and Thursdays" {
		t.Fatalf("after saving: %q / %q", got.Title, got.Notes)
	}
	races, err := ui.svc.GoalRaces(ui.ctx, g.ID)
	if err != nil || len(races) != 1 || races[0].Lost != "Wednesdays now" {
		t.Fatalf("Liam's notes were not kept: %+v %v", races, err)
	}
	// His words are one click away in the goal's activity.
	ui.board.openGoal(g.ID)
	tapButtonLabelled(t, w, "Use “Wednesdays now”")
	if got, _ := ui.svc.Goal(ui.ctx, g.ID); got.Notes != "Wednesdays now" || goalFormField[*entry](t, w, "Notes").Text != "Wednesdays now" {
		t.Fatalf("using Liam's notes gave %q (form %q)", got.Notes, goalFormField[*entry](t, w, "Notes").Text)
	}
}

// titleRace sets up Maya at this computer with a goal titled mine, then
// Liam's title for it arriving from his laptop, written without seeing
// hers: a race Liam's words win. It returns the goal and Liam's laptop.
func titleRace(t *testing.T, ui *UI, mine, liams string) (model.Goal, string) {
	t.Helper()
	setUpHousehold(t, ui)
	if err := ui.svc.SetThisPartner(ui.ctx, ui.partners[0].ID); err != nil {
		t.Fatal(err)
	}
	g, err := ui.svc.CreateGoal(ui.ctx, model.GoalPatch{Title: model.Ptr(mine)})
	if err != nil {
		t.Fatal(err)
	}
	laptop := liamsLaptop(t, ui)
	arrive(t, ui, laptop, storage.SyncField{Table: "goals", RowID: g.ID, Column: "title", Value: liams})
	return g, laptop
}

func stampOf(t *testing.T, ui *UI, id, col string) model.Stamp {
	t.Helper()
	var hlc string
	if err := ui.svc.Store().DB().QueryRowContext(ui.ctx, "SELECT hlc FROM clocks WHERE tbl = 'goals' AND row_id = ? AND col = ?", id, col).Scan(&hlc); err != nil {
		t.Fatal(err)
	}
	st, err := model.ParseStamp(hlc)
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// Using the words that lost a title race from the goal's own form puts
// them in the form's title too, not only in the saved goal.
func TestUsingTheLostTitleFromTheGoalFormShowsItThere(t *testing.T) {
	ui, w := newTestUI(t, false)
	g, _ := titleRace(t, ui, "Two weeks in Puglia", "Three weeks in Sicily 🍋")
	ui.board.openGoal(g.ID)
	if ui.goalForm == nil {
		t.Fatal("the goal form did not open")
	}
	tapButtonLabelled(t, w, "Use “Two weeks in Puglia”")
	if got, _ := ui.svc.Goal(ui.ctx, g.ID); got.Title != "Two weeks in Puglia" {
		t.Fatalf("the goal's title is %q", got.Title)
	}
	if title := goalFormField[*entry](t, w, "Title").Text; title != "Two weeks in Puglia" {
		t.Fatalf("the form's title still says %q", title)
	}
}

// A race's notice names what raced in the window's language: the field,
// and the item by its title or its kind.
func TestARaceNoticeNamesTheFieldInTheWindowsLanguage(t *testing.T) {
	ui, _ := newTestUI(t, false)
	i18n.SetScreen(i18n.For("de"))
	t.Cleanup(func() { i18n.SetScreen(nil) })
	g, laptop := titleRace(t, ui, "Zwei Wochen in Apulien", "Drei Wochen auf Sizilien")
	want := "Gleichzeitig zweimal geändert – der Titel eines Ziels: „Drei Wochen auf Sizilien“ (Liam) bleibt, „Zwei Wochen in Apulien“ (du) ist einen Klick entfernt."
	if got := ui.notice.text.Text; got != want {
		t.Errorf("the title's notice in German:\n%q\nwant\n%q", got, want)
	}
	if _, err := ui.svc.UpdateGoal(ui.ctx, g.ID, model.GoalPatch{Notes: model.Ptr("Dienstags")}); err != nil {
		t.Fatal(err)
	}
	arrive(t, ui, laptop, storage.SyncField{Table: "goals", RowID: g.ID, Column: "notes", Value: "Mittwochs"})
	races, err := ui.svc.GoalRaces(ui.ctx, g.ID)
	if err != nil || len(races) != 2 {
		t.Fatalf("races: %+v, %v", races, err)
	}
	de := i18n.For("de")
	inEnglish := map[string]string{"title": "a goal's title", "notes": "the notes of “Drei Wochen auf Sizilien”"}
	for _, r := range races {
		what := r.WhatIn(de)
		if r.Field == "notes" && what != "die Notizen von „Drei Wochen auf Sizilien“" {
			t.Errorf("the notes' race is about %q in German", what)
		}
		if strings.Contains(r.SentenceIn(de), "Text") || r.WhatIn(nil) != inEnglish[r.Field] {
			t.Errorf("%q / %q", r.SentenceIn(de), r.WhatIn(nil))
		}
	}
}
