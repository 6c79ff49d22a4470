package model

import (
	"strings"
	"testing"
	"time"
)

func TestAPersonOfOnesOwnValidates(t *testing.T) {
	day := Date{Year: 2026, Month: 5, Day: 4}
	ok := Person{PartnerID: "p", Name: strings.Repeat("王", MaxNameLen), How: "大学の友達 🎓", EveryWeeks: 8, Added: day}
	if err := ok.Validate(); err != nil {
		t.Fatalf("a name of %d characters: %v", MaxNameLen, err)
	}
	for _, bad := range []Person{
		{PartnerID: "p", Name: " ", EveryWeeks: 4, Added: day},
		{PartnerID: "p", Name: strings.Repeat("Ж", MaxNameLen+1), EveryWeeks: 4, Added: day},
		{PartnerID: "p", Name: "Inès", EveryWeeks: 3, Added: day},
		{PartnerID: "p", Name: "Inès", How: strings.Repeat("é", MaxHowLen+1), EveryWeeks: 4, Added: day},
		{Name: "Inès", EveryWeeks: 4, Added: day},
		{PartnerID: "p", Name: "Inès", EveryWeeks: 4},
	} {
		if err := bad.Validate(); !IsValidation(err) {
			t.Errorf("%+v: %v", bad, err)
		}
	}
}

func TestSomeoneIsDueOnceItHasBeenLongerThanWished(t *testing.T) {
	added := Date{Year: 2026, Month: 3, Day: 1}
	p := Person{ID: "x", PartnerID: "p", Name: "Тётя Наташа", EveryWeeks: 2, Added: added}
	if p.Due(added.AddDays(14)) || !p.Due(added.AddDays(15)) {
		t.Errorf("never met: due from %v", p.NextMeeting())
	}
	p.LastMet = added.AddDays(20)
	if p.Due(added.AddDays(34)) || !p.Due(added.AddDays(35)) {
		t.Errorf("met on the 21st: due from %v", p.NextMeeting())
	}
	at := added.AddDays(35).Time().Add(19 * time.Hour)
	s := DefaultNudgeSettings()
	facts := NudgeFacts{CheckinAnswered: true, BalanceRated: true, SessionExists: true, ReviewExists: true, People: []Person{p}}
	got := DueNudges(facts, s, at, nil, 0)
	if len(got) != 1 || !strings.Contains(got[0].Body, "Тётя Наташа") {
		t.Fatalf("nudges %+v", got)
	}
	sent := map[string]bool{got[0].Nudges[0].Key: true}
	if again := DueNudges(facts, s, at.Add(24*time.Hour), sent, 0); len(again) != 0 {
		t.Errorf("nudged twice for one stretch: %+v", again)
	}
	p.LastMet = added.AddDays(35)
	if DueNudges(NudgeFacts{CheckinAnswered: true, BalanceRated: true, SessionExists: true, ReviewExists: true, People: []Person{p}}, s, at.Add(60*24*time.Hour), sent, 0) == nil {
		t.Error("a new stretch after a meeting brought no nudge")
	}
}

func TestIsolationIsWorthTalkingAboutOnlyWithPeopleListed(t *testing.T) {
	today := Date{Year: 2026, Month: 6, Day: 30}
	maya, liam := testPartners[0], testPartners[1]
	people := []Person{
		{PartnerID: maya.ID, Name: "Inès", EveryWeeks: 4, Added: today.AddDays(-200), LastMet: today.AddDays(-60)},
		{PartnerID: maya.ID, Name: "王小明", EveryWeeks: 8, Added: today.AddDays(-200), LastMet: today.AddDays(-57)},
		{PartnerID: liam.ID, Name: "Tom", EveryWeeks: 4, Added: today.AddDays(-200), LastMet: today.AddDays(-3)},
	}
	d := SignalData{Partners: testPartners, People: people}
	var found []Signal
	for _, s := range WorthTalkingAbout(d, today) {
		if s.Key == "isolation" {
			found = append(found, s)
		}
	}
	if len(found) != 1 || found[0].PartnerID != maya.ID || !strings.Contains(found[0].Seen, "8 weeks") || !strings.Contains(found[0].Seen, "王小明") {
		t.Fatalf("isolation signals %+v", found)
	}
	if weeks, isolated := Isolated(people, maya.ID, today.AddDays(-2)); isolated {
		t.Errorf("seven weeks and six days (%d) already isolated", weeks)
	}
	fresh := []Person{{PartnerID: liam.ID, Name: "Ólafur", EveryWeeks: 12, Added: today.AddDays(-2)}}
	if _, isolated := Isolated(fresh, liam.ID, today); isolated {
		t.Error("a list begun two days ago is isolation")
	}
	if _, isolated := Isolated(nil, liam.ID, today); isolated {
		t.Error("nobody listed is isolation")
	}
}
