package model

import (
	"strings"
	"testing"
)

func TestPracticesValidate(t *testing.T) {
	today := day("2026-11-25")
	long := strings.Repeat("é", 501)
	for _, c := range []struct {
		name string
		err  error
		ok   bool
	}{
		{"appreciation", Appreciation{FromID: "a", ToID: "b", Day: today, Text: "Merci pour le café ☕"}.Validate(), true},
		{"appreciation to oneself", Appreciation{FromID: "a", ToID: "a", Day: today, Text: "me"}.Validate(), false},
		{"empty appreciation", Appreciation{FromID: "a", ToID: "b", Day: today, Text: "  "}.Validate(), false},
		{"long appreciation", Appreciation{FromID: "a", ToID: "b", Day: today, Text: long}.Validate(), false},
		{"request", Request{FromID: "a", Day: today, Need: "Время для себя"}.Validate(), true},
		{"counter without words", Request{FromID: "a", Day: today, Need: "x", Reply: ReplyCounter}.Validate(), false},
		{"unknown reply", Request{FromID: "a", Day: today, Need: "x", Reply: "maybe"}.Validate(), false},
		{"unknown outcome", Request{FromID: "a", Day: today, Need: "x", Became: "poem"}.Validate(), false},
		{"agreement", Agreement{Text: "我们互相请求…", Agreed: today, Revisit: today.AddDays(90)}.Validate(), true},
		{"revisit before agreed", Agreement{Text: "x", Agreed: today, Revisit: today.AddDays(-1)}.Validate(), false},
		{"health", HealthCheck{PartnerID: "a", Week: today, Physical: 1, Mental: 5, Emotional: 3}.Validate(), true},
		{"health out of scale", HealthCheck{PartnerID: "a", Week: today, Physical: 0, Mental: 5, Emotional: 3}.Validate(), false},
		{"journal", JournalEntry{PartnerID: "a", Day: today, Text: "🙂"}.Validate(), true},
		{"empty journal", JournalEntry{PartnerID: "a", Day: today, Text: "\n"}.Validate(), false},
	} {
		if (c.err == nil) != c.ok {
			t.Errorf("%s: %v", c.name, c.err)
		}
		if c.err != nil && !IsValidation(c.err) {
			t.Errorf("%s: %v is not a validation error", c.name, c.err)
		}
	}
}

func TestRequestAgreedIsTheCounterWhenThereIsOne(t *testing.T) {
	r := Request{Need: "quiet", Proposal: "two hours"}
	if r.Agreed() != "two hours" {
		t.Errorf("agreed %q", r.Agreed())
	}
	r.Counter = "one hour, then a walk"
	if r.Agreed() != "one hour, then a walk" {
		t.Errorf("agreed %q", r.Agreed())
	}
	if (Request{Need: "quiet"}).Agreed() != "quiet" {
		t.Error("a request without a proposal agrees to its need")
	}
}

func TestHealthDue(t *testing.T) {
	week := day("2026-11-23")
	checks := []HealthCheck{{PartnerID: "a", Week: week.AddDays(-14)}, {PartnerID: "b", Week: week.AddDays(-7)}}
	for _, c := range []struct {
		plan HealthPlan
		due  bool
	}{
		{HealthPlan{PartnerID: "a", EveryWeeks: 2}, true},
		{HealthPlan{PartnerID: "a", EveryWeeks: 3}, false},
		{HealthPlan{PartnerID: "b", EveryWeeks: 1}, true},
		{HealthPlan{PartnerID: "b", EveryWeeks: 2}, false},
		{HealthPlan{PartnerID: "b"}, false}, // the default: every two weeks
		{HealthPlan{PartnerID: "c", EveryWeeks: 4}, true},
	} {
		if got := HealthDue(c.plan, checks, week); got != c.due {
			t.Errorf("%+v: due %v, want %v", c.plan, got, c.due)
		}
	}
}

func TestHealthFalling(t *testing.T) {
	w := day("2026-09-07")
	check := func(weeks, total int) HealthCheck {
		return HealthCheck{PartnerID: "a", Week: w.AddDays(7 * weeks), Physical: total - 2, Mental: 1, Emotional: 1}
	}
	for _, c := range []struct {
		name   string
		checks []HealthCheck
		want   HealthFall
	}{
		{"none", nil, HealthFall{}},
		{"one", []HealthCheck{check(0, 9)}, HealthFall{Checks: 1, From: 9, To: 9}},
		{"falling three", []HealthCheck{check(4, 6), check(0, 9), check(2, 7)}, HealthFall{Checks: 3, Weeks: 4, From: 9, To: 6}},
		{"flat breaks the run", []HealthCheck{check(0, 9), check(1, 8), check(2, 8), check(3, 7)}, HealthFall{Checks: 2, Weeks: 1, From: 8, To: 7}},
		{"rising at the end", []HealthCheck{check(0, 9), check(1, 8), check(2, 9)}, HealthFall{Checks: 1, From: 9, To: 9}},
		{"other partner ignored", []HealthCheck{check(0, 9), {PartnerID: "b", Week: w.AddDays(7), Physical: 1, Mental: 1, Emotional: 1}}, HealthFall{Checks: 1, From: 9, To: 9}},
	} {
		if got := HealthFalling(c.checks, "a"); got != c.want {
			t.Errorf("%s: %+v, want %+v", c.name, got, c.want)
		}
	}
}

func TestDrawQuestion(t *testing.T) {
	deck := []Question{
		{ID: "1", Text: "light one", Kind: DepthLight},
		{ID: "2", Text: "deep one", Kind: DepthDeep},
		{ID: "3", Text: "retired", Kind: DepthLight, Retired: true},
		{ID: "4", Text: "light two", Kind: DepthLight},
	}
	seen := map[string]bool{}
	for n := range 10 {
		q, ok := DrawQuestion(deck, DepthLight, "1", n)
		if !ok || q.Kind != DepthLight || q.Retired || q.ID == "1" {
			t.Fatalf("draw %d: %+v %v", n, q, ok)
		}
		seen[q.ID] = true
	}
	if !seen["4"] || len(seen) != 1 {
		t.Errorf("drew %v; only the other light card may come", seen)
	}
	if q, ok := DrawQuestion(deck, DepthDeep, "2", 3); !ok || q.ID != "2" {
		t.Errorf("the only deep card should come again: %+v %v", q, ok)
	}
	if _, ok := DrawQuestion(deck[2:3], "", "", 0); ok {
		t.Error("a deck of retired cards has nothing to draw")
	}
	if q, ok := DrawQuestion(deck, "", "", -7); !ok || q.Retired {
		t.Errorf("a negative number still draws a live card: %+v", q)
	}
	for _, d := range DefaultQuestions {
		if err := (Question{Text: d.Text, Kind: d.Kind}).Validate(); err != nil {
			t.Errorf("default %s: %v", d.Key, err)
		}
	}
}

func TestMatchesFoldsCaseAndAccents(t *testing.T) {
	for _, c := range []struct {
		text, query string
		want        bool
	}{
		{"Went to the Café on Rue Saint-Étienne", "cafe etienne", true},
		{"ÉTÉ À PARIS", "été à paris", true},
		{"naïve plan", "NAIVE", true},
		{"Москва зимой", "москва", true},
		{"北京的冬天", "冬天", true},
		{"climbing 🧗 on Thursday", "🧗", true},
		{"climbing on Thursday", "thursday swimming", false},
		{"anything", "   ", true},
		{"Straße", "strasse", true},
		{"Spacer nad Wisłą", "wisla", true},
		{"Søren's smørrebrød", "SMORREBROD", true},
	} {
		if got := Matches(c.text, c.query); got != c.want {
			t.Errorf("Matches(%q, %q) = %v, want %v", c.text, c.query, got, c.want)
		}
	}
}

func FuzzMatches(f *testing.F) {
	for _, s := range []string{"Café", "北京", "Москва", "🧗", "", "\xff\xfe"} {
		f.Add(s, s)
	}
	f.Fuzz(func(t *testing.T, text, query string) {
		if !Matches(text, "") {
			t.Error("an empty query must match")
		}
		if strings.TrimSpace(Fold(text)) != "" && !Matches(text, text) && !strings.ContainsRune(text, 0xfffd) {
			t.Errorf("%q does not match itself", text)
		}
	})
}
