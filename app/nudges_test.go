package app

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/vennplanner/venn/model"
)

func TestNudgesAreSentOnceEvenAcrossARestart(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	clock := time.Date(2026, 11, 22, 7, 0, 0, 0, time.Local) // a Sunday
	open := func() *Service {
		s, err := Open(ctx, dir, Options{Now: func() time.Time { return clock }, Secrets: &fakeKeychain{secrets: map[string]string{}}})
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	s := open()
	a, _ := setUp(t, s)
	if err := s.SetThisPartner(ctx, a.ID); err != nil {
		t.Fatal(err)
	}
	r, err := s.SaveRitual(ctx, model.Ritual{Title: "Morning pages ☕", Who: model.Owner(a.ID), Cadence: model.Cadence{Times: 1, Per: model.PerDay},
		ReminderTime: "07:30", Start: model.Date{Year: 2026, Month: 11, Day: 1}})
	if err != nil {
		t.Fatal(err)
	}
	// Everything else of the rhythm is in place, so only the ritual and the check-in speak.
	ns := model.DefaultNudgeSettings()
	ns.Off[model.NudgeBalance], ns.Off[model.NudgeSession], ns.Off[model.NudgeReview] = true, true, true
	ns.Off[model.NudgeBetween] = true
	if err := s.SaveNudgeSettings(ctx, ns); err != nil {
		t.Fatal(err)
	}
	if due, _ := s.DueNudges(ctx); len(due) != 0 {
		t.Fatalf("at 07:00: %+v", due)
	}
	clock = clock.Add(31 * time.Minute)
	due, err := s.DueNudges(ctx)
	if err != nil || len(due) != 1 || !strings.Contains(due[0].Body, "Morning pages") {
		t.Fatalf("at 07:31: %+v %v", due, err)
	}
	if err := s.MarkNudgesSent(ctx, due[0]); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s = open()
	defer s.Close()
	if due, _ := s.DueNudges(ctx); len(due) != 0 {
		t.Fatalf("after a restart the nudge came again: %+v", due)
	}
	// At 19:00 the check-in (Sunday) is due; Maya ticked the ritual meanwhile.
	if err := s.LogEntry(ctx, model.RitualEntry{RitualID: r.ID, Day: model.DateOf(clock), Status: model.Done}, false); err != nil {
		t.Fatal(err)
	}
	clock = time.Date(2026, 11, 22, 19, 1, 0, 0, time.Local)
	due, _ = s.DueNudges(ctx)
	if len(due) != 1 || len(due[0].Nudges) != 1 || due[0].Nudges[0].Kind != model.NudgeCheckin {
		t.Fatalf("at 19:01: %+v", due)
	}
	// Turned off, it stays quiet.
	ns.Off[model.NudgeCheckin] = true
	if err := s.SaveNudgeSettings(ctx, ns); err != nil {
		t.Fatal(err)
	}
	if due, _ := s.DueNudges(ctx); len(due) != 0 {
		t.Fatalf("a nudge that is off: %+v", due)
	}
}

func TestARequestNudgesThePartnerItWaitsFor(t *testing.T) {
	ctx := context.Background()
	clock := time.Date(2026, 11, 24, 17, 0, 0, 0, time.Local) // a Tuesday
	dir := t.TempDir()
	s, err := Open(ctx, dir, Options{Now: func() time.Time { return clock }, Secrets: &fakeKeychain{secrets: map[string]string{}}})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	zoe, lukasz := setUp(t, s)
	ns := model.DefaultNudgeSettings()
	for _, k := range model.NudgeKinds {
		ns.Off[k] = k != model.NudgeBetween
	}
	if err := s.SaveNudgeSettings(ctx, ns); err != nil {
		t.Fatal(err)
	}
	r, err := s.MakeRequest(ctx, zoe.ID, "Cisza w niedzielę rano", "Nie planujemy nic przed 11")
	if err != nil {
		t.Fatal(err)
	}
	// On Zoë's computer nothing waits for her; on Łukasz's it does, at 18:00.
	for _, c := range []struct {
		who  model.Partner
		at   int
		want string
	}{{zoe, 19, ""}, {lukasz, 17, ""}, {lukasz, 19, "Zoë asks: “Cisza w niedzielę rano”"}} {
		if err := s.SetThisPartner(ctx, c.who.ID); err != nil {
			t.Fatal(err)
		}
		clock = time.Date(2026, 11, 24, c.at, 0, 0, 0, time.Local)
		due, err := s.DueNudges(ctx)
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		if len(due) > 0 {
			got = due[0].Body
		}
		if (c.want == "") != (got == "") || !strings.Contains(got, c.want) {
			t.Errorf("%s at %d:00: %q, want %q", c.who.Name, c.at, got, c.want)
		}
	}
	// A counter-proposal waits for Zoë.
	if _, err := s.AnswerRequest(ctx, r.ID, lukasz.ID, model.ReplyCounter, "Przed 10, z kawą"); err != nil {
		t.Fatal(err)
	}
	if err := s.SetThisPartner(ctx, zoe.ID); err != nil {
		t.Fatal(err)
	}
	if due, _ := s.DueNudges(ctx); len(due) != 1 || !strings.Contains(due[0].Body, "Przed 10, z kawą") {
		t.Errorf("the counter-proposal: %+v", due)
	}
	// A health check, once one was ever made, is nudged when due again.
	if _, err := s.SaveHealthCheck(ctx, model.HealthCheck{PartnerID: zoe.ID, Week: s.today().AddDays(-14), Physical: 3, Mental: 3, Emotional: 3}); err != nil {
		t.Fatal(err)
	}
	if due, _ := s.DueNudges(ctx); len(due) != 1 || !strings.Contains(due[0].Body, "health check-in is due") {
		t.Errorf("health: %+v", due)
	}
}
