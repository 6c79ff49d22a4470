package app

import (
	"context"
	"strings"
	"testing"

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
// system's language counts (German here); a choice wins; the window stays
// English until its own words are translated.
func TestTheSettingFollowsTheSystemUntilChosen(t *testing.T) {
	ctx := context.Background()
	s := newService(t)
	t.Setenv("LC_ALL", "de_DE.UTF-8")
	if got := s.Translator(ctx, i18n.Calendar).Lang().Tag; got != "de" {
		t.Errorf("a German system's calendar speaks %s", got)
	}
	if got := s.Translator(ctx, i18n.Window).Lang().Tag; got != "en" {
		t.Errorf("the window speaks %s before its words are translated", got)
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
