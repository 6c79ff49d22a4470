package app

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/vennplanner/venn/i18n"
	"github.com/vennplanner/venn/model"
)

// TestGermanHouseholdGetsGermanCalendars: with German chosen on this
// computer, the calendar files' names, descriptions, summaries and alarms
// are German; the couple's own titles stay as they wrote them.
func TestGermanHouseholdGetsGermanCalendars(t *testing.T) {
	ctx := context.Background()
	s := newService(t)
	if err := s.Demo(ctx, 1); err != nil {
		t.Fatal(err)
	}
	if err := s.SetLanguage(ctx, "de"); err != nil {
		t.Fatal(err)
	}
	if got := s.Language(ctx); got != "de" {
		t.Fatalf("the setting reads back as %q", got)
	}
	due := model.Date{Year: 2027, Month: 2, Day: 14}
	if _, err := s.CreateGoal(ctx, model.GoalPatch{Title: model.Ptr("Flüge nach Italien buchen ✈️"), Due: &due}); err != nil {
		t.Fatal(err)
	}
	files, err := s.CalendarFiles(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var all strings.Builder
	for _, f := range files {
		if err := s.WriteICS(ctx, &all, f); err != nil {
			t.Fatal(err)
		}
	}
	text := strings.ReplaceAll(all.String(), "\r\n ", "") // unfolded
	for _, want := range []string{"Zeit für sich: Maya", "gemeinsame Zeit", "Venn schreibt diese Datei neu",
		"SUMMARY:Fällig: Flüge nach Italien buchen ✈️", "Flüge nach Italien buchen ✈️ ist morgen fällig", "Zeit für Morning coffee together"} {
		if !strings.Contains(text, want) {
			t.Errorf("the German calendar lacks %q", want)
		}
	}
	for _, english := range []string{"solo time", "Due:", "is due tomorrow", "Time for ", "Venn rewrites"} {
		if strings.Contains(text, english) {
			t.Errorf("the German calendar still says %q", english)
		}
	}
}

// TestTheSettingFollowsTheSystemUntilChosen: without a choice the
// system's language counts (German here), the window's too now that its
// words are translated; a choice wins.
func TestTheSettingFollowsTheSystemUntilChosen(t *testing.T) {
	ctx := context.Background()
	s := newService(t)
	t.Setenv("LC_ALL", "de_DE.UTF-8")
	if got := s.Translator(ctx, i18n.Calendar).Lang().Tag; got != "de" {
		t.Errorf("a German system's calendar speaks %s", got)
	}
	if got := s.Translator(ctx, i18n.Window).Lang().Tag; got != "de" {
		t.Errorf("a German system's window speaks %s", got)
	}
	if err := s.SetLanguage(ctx, "fr"); err != nil {
		t.Fatal(err)
	}
	if got := s.Translator(ctx, i18n.Summary).Lang().Tag; got != "fr" {
		t.Errorf("the setting fr gives a summary in %s", got)
	}
	if err := s.SetLanguage(ctx, "xx"); err == nil || !model.IsValidation(err) {
		t.Errorf("an unknown language was kept: %v", err)
	}
}

// everyNudge is a day on which every kind of nudge is due, with words
// people really write.
func everyNudge() []model.Notification {
	today := model.Date{Year: 2026, Month: 12, Day: 20}
	facts := model.NudgeFacts{WeekStart: time.Monday,
		Rituals:        []model.Ritual{{ID: "r1", Title: "Café du matin ☕", ReminderTime: "07:30"}},
		ContractsDue:   []model.ContractNudge{{ID: "c1", GoalTitle: "学习中文", Due: today}},
		GoalsComingDue: []model.Goal{{ID: "g1", Title: "رحلة إلى القاهرة", Due: today.AddDays(3)}},
		Requests: []model.RequestNudge{{From: "Zoë", Request: model.Request{ID: "q1", Need: "Cisza w niedzielę", Day: today}},
			{From: "Łukasz", Request: model.Request{ID: "q2", Counter: "Przed 10", Reply: model.ReplyCounter, Day: today}}},
		Agreements: []model.Agreement{{ID: "a1", Text: "No phones at dinner 📵", Revisit: today}},
		HealthDue:  true,
		People:     []model.Person{{ID: "p1", Name: "Grandma Ilse", EveryWeeks: 2, Added: today.AddDays(-60)}},
	}
	settings := model.DefaultNudgeSettings()
	return model.DueNudges(facts, settings, time.Date(2026, 12, 20, 23, 0, 0, 0, time.UTC), nil, 0)
}

// TestRemindersSpeakTheLanguage: the catalogue's English is exactly the
// words model writes (so the two never drift), and in German every nudge
// and the bundle's title are German with the couple's own words kept.
func TestRemindersSpeakTheLanguage(t *testing.T) {
	notes := everyNudge()
	if len(notes) != 1 || len(notes[0].Nudges) < 11 {
		t.Fatalf("not every kind is due: %+v", notes)
	}
	en := i18n.English()
	for _, n := range notes[0].Nudges {
		if n.Msg == "" {
			t.Errorf("%s has no message", n.Key)
			continue
		}
		if got := en.T(n.Msg, nudgeArgs(en, n)...); got != n.Text {
			t.Errorf("%s: the catalogue says %q, model %q", n.Key, got, n.Text)
		}
	}
	ctx := context.Background()
	s := newService(t)
	if err := s.SetLanguage(ctx, "de"); err != nil {
		t.Fatal(err)
	}
	de := s.sayNudges(ctx, everyNudge())[0]
	if !strings.HasPrefix(de.Title, "Venn: ") || !strings.Contains(de.Title, "Dinge für heute") {
		t.Errorf("the bundle's title: %q", de.Title)
	}
	for _, want := range []string{"Zeit für „Café du matin ☕“", "„رحلة إلى القاهرة“ ist am Mittwoch, 23. Dezember fällig", "学习中文",
		"Zoë bittet: „Cisza w niedzielę“", "Grandma Ilse", "Gesundheits-Check"} {
		if !strings.Contains(de.Body, want) {
			t.Errorf("the German reminders lack %q:\n%s", want, de.Body)
		}
	}
}
