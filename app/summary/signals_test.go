package summary

import (
	"slices"
	"strings"
	"testing"

	"github.com/vennplanner/venn/i18n"
	"github.com/vennplanner/venn/model"
)

// signalHousehold is a quarter in which every kind of signal shows.
func signalHousehold() ([]model.Signal, model.Date) {
	today := model.Date{Year: 2026, Month: 11, Day: 25}
	ago := func(n int) model.Date { return today.AddDays(-n) }
	d := model.SignalData{Partners: []model.Partner{{ID: "a", Name: "Zoë", Slot: model.SlotA}, {ID: "b", Name: "Łukasz", Slot: model.SlotB}},
		Goals: []model.Goal{{ID: "ga", Owner: "a"}, {ID: "gs", Owner: model.Shared, Column: model.ColumnDone, Due: ago(5)},
			{ID: "gb1", Owner: "b", Due: ago(20)}, {ID: "gb2", Owner: "b", Due: ago(15), Archived: true}},
		Rituals: []model.Ritual{{ID: "ra", Who: "a"}},
		Events: []model.LifeEvent{{ID: "e1", Day: ago(10), Changes: []model.Change{{Kind: model.ChangePostpone, GoalID: "ga"},
			{Kind: model.ChangePause, RitualID: "ra"}, {Kind: model.ChangeMove, FromGoal: "ga", ToGoal: "gs"}}}},
		RatingsHigh: map[string]bool{"b": true},
		People:      []model.Person{{ID: "p1", PartnerID: "a", Name: "Oma Ilse 👵", EveryWeeks: 2, Added: ago(300), LastMet: ago(120)}},
	}
	for i, score := range []int{4, 3, 2, 1} {
		d.Health = append(d.Health, model.HealthCheck{ID: string(rune('h' + i)), PartnerID: "b", Week: ago(28 - 7*i), Physical: score, Mental: score, Emotional: score})
	}
	for i := range 4 {
		d.Requests = append(d.Requests, model.Request{ID: string(rune('r' + i)), Day: ago(30 + i), Reply: model.ReplyTalk})
	}
	return model.WorthTalkingAbout(d, today), today
}

// TestSignalsSayTheSameInTheCatalogue: every kind of signal, said through
// the catalogue in English, is word for word what model says (so the two
// never drift), and in German it keeps the couple's names and numbers.
func TestSignalsSayTheSameInTheCatalogue(t *testing.T) {
	signals, _ := signalHousehold()
	var kinds []string
	for _, sg := range signals {
		kinds = append(kinds, sg.Key)
		title, seen, suggest := signalWords(i18n.English(), sg)
		if title != sg.Title || seen != sg.Seen || suggest != sg.Suggest {
			t.Errorf("%s in English:\n%q\n%q\n%q\nmodel says:\n%q\n%q\n%q", sg.Key, title, seen, suggest, sg.Title, sg.Seen, sg.Suggest)
		}
		title, seen, _ = signalWords(i18n.For("de"), sg)
		if title == sg.Title || seen == sg.Seen {
			t.Errorf("%s is not German: %q %q", sg.Key, title, seen)
		}
		if name := sg.Names["Name"]; name != "" && !strings.Contains(title+seen, name) {
			t.Errorf("%s in German lost %q: %q %q", sg.Key, name, title, seen)
		}
	}
	for _, want := range []string{"flexibility", "ratings", "isolation", "slipping", "health", "talk"} {
		if !slices.Contains(kinds, want) {
			t.Errorf("the household shows no %s signal (it shows %v)", want, kinds)
		}
	}
	if got := i18n.English().T("summary.signal.help"); got != model.HelpNoteIn(nil) {
		t.Errorf("the help note drifted: %q", got)
	}
}

// TestValueChecksAndColumnsInTheLanguage: a decision's value checks say in
// English what model says, and in German "Dient … · belastet …"; a column
// the couple never renamed takes the language's name, a renamed one keeps
// theirs.
func TestValueChecksAndColumnsInTheLanguage(t *testing.T) {
	values := []model.Value{{ID: "v1", Text: "Abenteuer 🏔"}, {ID: "v2", Text: "Sparen"}, {ID: "v3", Text: "Familie"}}
	checks := []model.ValueCheck{{ValueID: "v1", Verdict: model.VerdictServes}, {ValueID: "v3", Verdict: model.VerdictServes}, {ValueID: "v2", Verdict: model.VerdictStrains}}
	if got, want := checkWords(i18n.English(), checks, values), model.CheckWords(checks, values); got != want {
		t.Errorf("English: %q, model says %q", got, want)
	}
	if got := checkWords(i18n.For("de"), checks, values); got != "Dient Abenteuer 🏔, Familie · belastet Sparen" {
		t.Errorf("German: %q", got)
	}
	de := i18n.For("de")
	if got := columnName(de, model.ColumnSettings{Column: model.ColumnDoing, Name: "In progress"}); got != "In Arbeit" {
		t.Errorf("the default column in German: %q", got)
	}
	if got := columnName(de, model.ColumnSettings{Column: model.ColumnDoing, Name: "Läuft 🏃"}); got != "Läuft 🏃" {
		t.Errorf("a renamed column: %q", got)
	}
}
