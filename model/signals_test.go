package model

import (
	"strings"
	"testing"
)

// signalWorld is a small household for the signal tests: today is
// 2026-11-25, Maya is "a", Liam is "b".
func signalWorld() (SignalData, Date) {
	return SignalData{Partners: []Partner{{ID: "a", Name: "Maya", Slot: SlotA}, {ID: "b", Name: "Liam", Slot: SlotB}}}, day("2026-11-25")
}

func keys(signals []Signal) string {
	var out []string
	for _, s := range signals {
		k := s.Key + "/" + s.PartnerID
		if s.Persists {
			k += "!"
		}
		out = append(out, k)
	}
	return strings.Join(out, " ")
}

// postpone is a life event that day, postponing the goals given.
func postpone(on Date, goalIDs ...string) LifeEvent {
	e := LifeEvent{ID: "e" + on.String(), Day: on, Kind: EventOther, Title: "life"}
	for _, id := range goalIDs {
		e.Changes = append(e.Changes, Change{Kind: ChangePostpone, GoalID: id})
	}
	return e
}

func TestFlexibilitySignal(t *testing.T) {
	base, today := signalWorld()
	base.Goals = []Goal{{ID: "ga", Owner: "a"}, {ID: "gb", Owner: "b"}, {ID: "gs", Owner: Shared}}
	base.Rituals = []Ritual{{ID: "ra", Who: "a"}, {ID: "rb", Who: "b"}}
	pause := func(on Date, ritual string) LifeEvent {
		return LifeEvent{ID: "p" + on.String(), Day: on, Changes: []Change{{Kind: ChangePause, RitualID: ritual}}}
	}
	move := func(on Date, from string) LifeEvent {
		return LifeEvent{ID: "m" + on.String(), Day: on, Changes: []Change{{Kind: ChangeMove, FromGoal: from, ToGoal: "gs"}}}
	}
	recent := today.AddDays(-10)
	for _, c := range []struct {
		name   string
		events []LifeEvent
		want   string
	}{
		{"nothing happened", nil, ""},
		{"three on Maya", []LifeEvent{postpone(recent, "ga"), pause(recent.AddDays(1), "ra"), move(recent.AddDays(2), "ga")}, "flexibility/a"},
		{"only two changes", []LifeEvent{postpone(recent, "ga"), pause(recent.AddDays(1), "ra")}, ""},
		{"three of four on Liam", []LifeEvent{postpone(recent, "gb", "gb", "ga"), pause(recent.AddDays(1), "rb")}, "flexibility/b"},
		{"two and two", []LifeEvent{postpone(recent, "gb", "gb", "ga", "ga")}, ""},
		{"shared goals fall on both", []LifeEvent{postpone(recent, "gs", "gs", "gs")}, ""},
		{"undone decisions do not count", []LifeEvent{func() LifeEvent { e := postpone(recent, "ga", "ga", "ga"); e.Undone = true; return e }()}, ""},
		{"too long ago", []LifeEvent{postpone(today.AddDays(-100), "ga", "ga", "ga")}, ""},
		{"this quarter and the one before", []LifeEvent{postpone(recent, "ga", "ga", "ga"), postpone(today.AddDays(-120), "ga", "ga", "ga")}, "flexibility/a!"},
	} {
		d := base
		d.Events = c.events
		if got := keys(WorthTalkingAbout(d, today)); got != c.want {
			t.Errorf("%s: %q, want %q", c.name, got, c.want)
		}
	}
	d := base
	d.Events = []LifeEvent{postpone(recent, "ga"), pause(recent.AddDays(1), "ra"), move(recent.AddDays(2), "ga")}
	s := WorthTalkingAbout(d, today)[0]
	if !strings.Contains(s.Seen, "3 of 3 times") || !strings.Contains(s.Seen, "Liam's did not give way at all") || !strings.Contains(s.Seen, "1 goal postponed, 1 ritual paused, 1 allocation moved away") {
		t.Errorf("seen: %s", s.Seen)
	}
}

func TestSlippingSignal(t *testing.T) {
	base, today := signalWorld()
	past := today.AddDays(-20)
	own := func(id string, due Date, col Column, archived bool) Goal {
		return Goal{ID: id, Owner: "a", Due: due, Column: col, Archived: archived}
	}
	sharedDone := Goal{ID: "s1", Owner: Shared, Due: past, Column: ColumnDone}
	for _, c := range []struct {
		name  string
		goals []Goal
		want  string
		slips Slips
	}{
		{"two overdue while shared advance", []Goal{own("1", past, ColumnDoing, false), own("2", past, ColumnPlanned, false), sharedDone}, "slipping/a", Slips{Overdue: 2}},
		{"one overdue, one set aside", []Goal{own("1", past, ColumnDoing, false), own("2", past, ColumnPlanned, true), sharedDone}, "slipping/a", Slips{Overdue: 1, SetAside: 1}},
		{"nothing shared done", []Goal{own("1", past, ColumnDoing, false), own("2", past, ColumnPlanned, false)}, "", Slips{Overdue: 2}},
		{"own goals done", []Goal{own("1", past, ColumnDone, false), own("2", past, ColumnDone, false), sharedDone}, "", Slips{}},
		{"due today has not slipped", []Goal{own("1", today, ColumnDoing, false), own("2", today, ColumnDoing, false), sharedDone}, "", Slips{}},
		{"due later", []Goal{own("1", today.AddDays(5), ColumnDoing, false), own("2", today.AddDays(9), ColumnDoing, false), sharedDone}, "", Slips{}},
		{"target quarter ended", []Goal{{ID: "1", Owner: "a", TargetQuarter: Quarter{2026, 3}}, {ID: "2", Owner: "a", TargetQuarter: Quarter{2026, 3}}, sharedDone}, "slipping/a", Slips{Overdue: 2}},
	} {
		d := base
		d.Goals = c.goals
		if got := keys(WorthTalkingAbout(d, today)); got != c.want {
			t.Errorf("%s: %q, want %q", c.name, got, c.want)
		}
		if got := d.SlipsOf("a", today.AddDays(-SignalWindow), today); got != c.slips {
			t.Errorf("%s: slips %+v, want %+v", c.name, got, c.slips)
		}
	}
	d := base
	d.Goals = []Goal{own("1", past, ColumnDoing, false), {ID: "3", Owner: "a"}}
	d.Events = []LifeEvent{postpone(past, "3")}
	d.Goals = append(d.Goals, sharedDone)
	if got := d.SlipsOf("a", today.AddDays(-SignalWindow), today); got != (Slips{Overdue: 1, Postponed: 1}) {
		t.Errorf("postponed for a life event counts: %+v", got)
	}
	if s := WorthTalkingAbout(d, today); len(s) != 1 || !strings.Contains(s[0].Seen, "2 of Maya's own goals slipped (1 overdue, 1 postponed) while 1 shared goal was done") {
		t.Errorf("%+v", s)
	}
}

func TestHealthAndRatingsAndTalkSignals(t *testing.T) {
	base, today := signalWorld()
	week := day("2026-11-23")
	h := func(weeksAgo, total int, who string) HealthCheck {
		return HealthCheck{PartnerID: who, Week: week.AddDays(-7 * weeksAgo), Physical: total - 2, Mental: 1, Emotional: 1}
	}
	req := func(daysAgo int, r Reply) Request {
		return Request{FromID: "a", Day: today.AddDays(-daysAgo), Need: "n", Reply: r}
	}
	for _, c := range []struct {
		name string
		mod  func(d *SignalData)
		want string
	}{
		{"falling over four weeks", func(d *SignalData) { d.Health = []HealthCheck{h(4, 12, "a"), h(2, 10, "a"), h(0, 8, "a")} }, "health/a"},
		{"falling, but within two weeks", func(d *SignalData) { d.Health = []HealthCheck{h(2, 12, "a"), h(1, 10, "a"), h(0, 8, "a")} }, ""},
		{"falling then up", func(d *SignalData) {
			d.Health = []HealthCheck{h(6, 12, "a"), h(4, 10, "a"), h(2, 8, "a"), h(0, 9, "a")}
		}, ""},
		{"Liam's own", func(d *SignalData) { d.Health = []HealthCheck{h(6, 12, "b"), h(4, 10, "b"), h(2, 8, "b")} }, "health/b"},
		{"ratings high", func(d *SignalData) { d.RatingsHigh = map[string]bool{"b": true} }, "ratings/b!"},
		{"three talks, one agreed", func(d *SignalData) {
			d.Requests = []Request{req(5, ReplyTalk), req(20, ReplyTalk), req(60, ReplyTalk), req(30, ReplyAgree)}
		}, "talk/"},
		{"three talks, three agreed", func(d *SignalData) {
			d.Requests = []Request{req(5, ReplyTalk), req(20, ReplyTalk), req(60, ReplyTalk), req(1, ReplyAgree), req(2, ReplyAgree), req(3, ReplyAgree)}
		}, ""},
		{"old talks", func(d *SignalData) {
			d.Requests = []Request{req(5, ReplyTalk), req(200, ReplyTalk), req(160, ReplyTalk)}
		}, ""},
	} {
		d := base
		c.mod(&d)
		if got := keys(WorthTalkingAbout(d, today)); got != c.want {
			t.Errorf("%s: %q, want %q", c.name, got, c.want)
		}
	}
}
