package model

import (
	"fmt"
	"strings"

	"github.com/vennplanner/venn/i18n"
)

// Signals are gentle "worth talking about" notes drawn from what Venn
// already holds: never a diagnosis, always what was seen in numbers and a
// suggestion to talk. When a pattern holds for two quarters running, the
// note adds that a couples therapist or coach can help.

// SignalWindow is how many days a signal looks back (about a quarter).
const SignalWindow = 91

// Signal is one pattern worth talking about.
type Signal struct {
	Key       string // flexibility, slipping, ratings, health, talk
	PartnerID string // whom it is about, or "" for both
	Title     string
	Seen      string // what was seen, in numbers
	Suggest   string // the conversation it suggests
	// Persists is set when the pattern was also there the quarter before.
	Persists bool
	// Names, Counts and Day are what the words are made of (Name, Other
	// and With; the numbers by Key), so they can be said in another
	// language.
	Names  map[string]string
	Counts map[string]int
	Day    Date
}

// HelpNoteIn is what a persistent signal adds, in tr's language (nil:
// English).
func HelpNoteIn(tr *i18n.Tr) string { return tr.T("ui.model.helpNote") }

// SignalData is what the signals read. Only what the viewer may see
// belongs in it: shared health checks and the viewer's own.
type SignalData struct {
	Partners []Partner
	Goals    []Goal
	Rituals  []Ritual
	Events   []LifeEvent
	Health   []HealthCheck
	Requests []Request
	// RatingsHigh names the partners whose balance ratings stayed high for
	// three months running (model.StaysHigh).
	RatingsHigh map[string]bool
	// People are the viewer's own people of their own, and nobody else's:
	// the list never leaves its owner's computer, nor its signal.
	People []Person
}

// Thresholds of the signals.
const (
	flexMinChanges  = 3    // adjustments in a quarter before the share matters
	flexShare       = 0.75 // the share one partner carries
	slipMin         = 2    // own goals slipping in a quarter
	healthMinChecks = 3    // checks in a falling run
	healthMinWeeks  = 3    // weeks the run spans
	talkMin         = 3    // requests left at "let's talk"
)

// WorthTalkingAbout returns the signals for the quarter up to today, each
// marked Persists when it was there in the quarter before too.
func WorthTalkingAbout(d SignalData, today Date) []Signal {
	from := today.AddDays(-SignalWindow)
	now := d.signalsIn(from, today)
	before := map[string]bool{}
	for _, s := range d.signalsIn(from.AddDays(-SignalWindow), from) {
		before[s.Key+"/"+s.PartnerID] = true
	}
	for i := range now {
		now[i].Persists = before[now[i].Key+"/"+now[i].PartnerID] || now[i].Key == "ratings"
	}
	return now
}

// signalsIn returns the signals seen between from and to.
func (d SignalData) signalsIn(from, to Date) []Signal {
	var out []Signal
	if s, ok := d.flexibility(from, to); ok {
		out = append(out, s)
	}
	for _, p := range d.Partners {
		if s, ok := d.slipping(p, from, to); ok {
			out = append(out, s)
		}
	}
	for _, p := range d.Partners {
		if d.RatingsHigh[p.ID] {
			out = append(out, Signal{Key: "ratings", PartnerID: p.ID, Names: map[string]string{"Name": p.Name},
				Title:   p.Name + "'s signs of imbalance stay frequent",
				Seen:    p.Name + " rated the signs of imbalance as frequent for three months running.",
				Suggest: "Worth a calm conversation about what would help; the strategies beside the gauge are a place to start."})
		}
	}
	for _, p := range d.Partners {
		if s, ok := d.healthFalling(p, from, to); ok {
			out = append(out, s)
		}
	}
	if s, ok := d.talkWithoutAgreement(from, to); ok {
		out = append(out, s)
	}
	for _, p := range d.Partners {
		if s, ok := d.isolation(p, to); ok {
			out = append(out, s)
		}
	}
	return out
}

// isolation notes a partner who has people of their own listed and has met
// none of them for IsolationWeeks: losing one's own people is a sign of
// leaning too far together.
func (d SignalData) isolation(p Partner, day Date) (Signal, bool) {
	weeks, isolated := Isolated(d.People, p.ID, day)
	if !isolated {
		return Signal{}, false
	}
	sig := Signal{Key: "isolation", PartnerID: p.ID, Names: map[string]string{"Name": p.Name}, Counts: map[string]int{"Weeks": weeks}}
	seen := fmt.Sprintf("%s has not met anyone on their list of people of their own for %d weeks", p.Name, weeks)
	if last, with, ok := LastMeeting(d.People, p.ID, day); ok {
		seen += fmt.Sprintf(" (the last was %s, on %s).", with, last.Time().Format("2 January"))
		sig.Names["With"], sig.Day = with, last
	} else {
		seen += ", since the list began."
	}
	return Signal{Key: sig.Key, PartnerID: p.ID, Names: sig.Names, Counts: sig.Counts, Day: sig.Day, Title: "Time with people of " + p.Name + "'s own",
		Seen: seen,
		Suggest: "Friendships outside the two of you keep each of you whole. A message or a coffee with someone on the list " +
			"could be a start — only you see this."}, true
}

// within reports whether day is in [from, to].
func within(day, from, to Date) bool { return !day.IsZero() && !day.Before(from) && !to.Before(day) }

// Flex counts the adjustments a partner's own plans made for life events.
type Flex struct{ Postponed, Paused, Moved int }

// Total is the number of adjustments.
func (f Flex) Total() int { return f.Postponed + f.Paused + f.Moved }

// FlexibilityBy counts, per partner, the life-event adjustments between
// from and to that fell on their own goals and rituals (shared ones fall on
// both and are not counted); undone decisions do not count.
func (d SignalData) FlexibilityBy(from, to Date) map[string]Flex {
	owner := map[string]Owner{}
	for _, g := range d.Goals {
		owner[g.ID] = g.Owner
	}
	who := map[string]Owner{}
	for _, r := range d.Rituals {
		who[r.ID] = r.Who
	}
	out := map[string]Flex{}
	for _, e := range d.Events {
		if e.Undone || !within(e.Day, from, to) {
			continue
		}
		for _, c := range e.Changes {
			switch c.Kind {
			case ChangePostpone:
				if o := owner[c.GoalID]; o != Shared && o != "" {
					f := out[string(o)]
					f.Postponed++
					out[string(o)] = f
				}
			case ChangePause:
				if o := who[c.RitualID]; o != Shared && o != "" {
					f := out[string(o)]
					f.Paused++
					out[string(o)] = f
				}
			case ChangeMove:
				if o := owner[c.FromGoal]; o != Shared && o != "" {
					f := out[string(o)]
					f.Moved++
					out[string(o)] = f
				}
			}
		}
	}
	return out
}

func (d SignalData) flexibility(from, to Date) (Signal, bool) {
	by := d.FlexibilityBy(from, to)
	total := 0
	for _, f := range by {
		total += f.Total()
	}
	if total < flexMinChanges || len(d.Partners) < 2 {
		return Signal{}, false
	}
	for i, p := range d.Partners {
		f := by[p.ID]
		if float64(f.Total()) < flexShare*float64(total) {
			continue
		}
		other := d.Partners[1-i]
		return Signal{Key: "flexibility", PartnerID: p.ID, Names: map[string]string{"Name": p.Name, "Other": other.Name},
			Counts: map[string]int{"Postponed": f.Postponed, "Paused": f.Paused, "Moved": f.Moved, "Total": total, "Other": by[other.ID].Total()},
			Title:  p.Name + " carries most of the flexibility",
			Seen: fmt.Sprintf("When life changed plans in the last three months, %s's own plans gave way %d of %d times (%s); %s.",
				p.Name, f.Total(), total, f.words(), gaveWay(other.Name, by[other.ID].Total())),
			Suggest: "Worth asking each other: is that a choice you both made, or has it just happened?"}, true
	}
	return Signal{}, false
}

func (f Flex) words() string {
	var parts []string
	add := func(n int, one, many string) {
		if n == 1 {
			parts = append(parts, "1 "+one)
		} else if n > 1 {
			parts = append(parts, fmt.Sprintf("%d %s", n, many))
		}
	}
	add(f.Postponed, "goal postponed", "goals postponed")
	add(f.Paused, "ritual paused", "rituals paused")
	add(f.Moved, "allocation moved away", "allocations moved away")
	return strings.Join(parts, ", ")
}

// gaveWay says how often the other partner's plans gave way.
func gaveWay(name string, n int) string {
	if n == 0 {
		return name + "'s did not give way at all"
	}
	return name + "'s gave way " + Times(n)
}

// Times says a count of times: "never", "once", "twice", "3 times".
func Times(n int) string {
	switch n {
	case 0:
		return "never"
	case 1:
		return "once"
	case 2:
		return "twice"
	}
	return fmt.Sprintf("%d times", n)
}

// Slips counts a partner's own goals that slipped between from and to.
type Slips struct {
	Overdue   int // its due date (or target quarter's end) passed, not done
	Postponed int // postponed for a life event
	SetAside  int // archived without being done
}

// Total is the number of slips.
func (s Slips) Total() int { return s.Overdue + s.Postponed + s.SetAside }

// goalDay is when a goal was meant to be done: its due date, or the last
// day of its target quarter.
func goalDay(g Goal) Date {
	if !g.Due.IsZero() {
		return g.Due
	}
	if !g.TargetQuarter.IsZero() {
		return g.TargetQuarter.Last()
	}
	return Date{}
}

// SlipsOf counts partnerID's own goals that slipped between from and to:
// the measured side of the sign "personal goals are consistently postponed
// or abandoned".
func (d SignalData) SlipsOf(partnerID string, from, to Date) Slips {
	var s Slips
	for _, g := range d.Goals {
		if string(g.Owner) != partnerID || g.Column == ColumnDone {
			continue
		}
		day := goalDay(g)
		if !within(day, from, to) || day == to {
			continue
		}
		if g.Archived {
			s.SetAside++
		} else {
			s.Overdue++
		}
	}
	s.Postponed = d.FlexibilityBy(from, to)[partnerID].Postponed
	return s
}

// sharedDone counts shared goals done that were meant for the time between
// from and the end of to's quarter.
func (d SignalData) sharedDone(from, to Date) int {
	n := 0
	for _, g := range d.Goals {
		if g.Owner == Shared && g.Column == ColumnDone && within(goalDay(g), from, to.Quarter().Last()) {
			n++
		}
	}
	return n
}

func (d SignalData) slipping(p Partner, from, to Date) (Signal, bool) {
	slips := d.SlipsOf(p.ID, from, to)
	shared := d.sharedDone(from, to)
	if slips.Total() < slipMin || shared == 0 {
		return Signal{}, false
	}
	var parts []string
	for _, x := range []struct {
		n    int
		word string
	}{{slips.Overdue, "overdue"}, {slips.Postponed, "postponed"}, {slips.SetAside, "set aside"}} {
		if x.n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", x.n, x.word))
		}
	}
	return Signal{Key: "slipping", PartnerID: p.ID, Names: map[string]string{"Name": p.Name},
		Counts: map[string]int{"Overdue": slips.Overdue, "Postponed": slips.Postponed, "SetAside": slips.SetAside, "Shared": shared},
		Title:  p.Name + "'s own goals keep slipping",
		Seen: fmt.Sprintf("In the last three months %d of %s's own goals slipped (%s) while %d shared %s done.",
			slips.Total(), p.Name, strings.Join(parts, ", "), shared, map[bool]string{true: "goal was", false: "goals were"}[shared == 1]),
		Suggest: "Worth asking what " + p.Name + " needs to keep their own goals alive — time, energy, or a yes from you."}, true
}

func (d SignalData) healthFalling(p Partner, from, to Date) (Signal, bool) {
	var in []HealthCheck
	for _, h := range d.Health {
		if within(h.Week, from, to) {
			in = append(in, h)
		}
	}
	f := HealthFalling(in, p.ID)
	if f.Checks < healthMinChecks || f.Weeks < healthMinWeeks {
		return Signal{}, false
	}
	return Signal{Key: "health", PartnerID: p.ID, Names: map[string]string{"Name": p.Name},
		Counts: map[string]int{"Checks": f.Checks, "From": f.From, "To": f.To, "Weeks": f.Weeks},
		Title:  p.Name + "'s health check-ins are falling",
		Seen: fmt.Sprintf("%s's last %d health check-ins each came out lower, from %d to %d of 15 over %d weeks.",
			p.Name, f.Checks, f.From, f.To, f.Weeks),
		Suggest: "Worth asking how " + p.Name + " is really doing, and what would lighten the load."}, true
}

func (d SignalData) talkWithoutAgreement(from, to Date) (Signal, bool) {
	talk, agreed := 0, 0
	for _, r := range d.Requests {
		if !within(r.Day, from, to) {
			continue
		}
		switch r.Reply {
		case ReplyTalk:
			talk++
		case ReplyAgree:
			agreed++
		}
	}
	if talk < talkMin || talk <= agreed {
		return Signal{}, false
	}
	return Signal{Key: "talk", Counts: map[string]int{"Talk": talk, "Agreed": agreed}, Title: "Requests keep ending in “let's talk”",
		Seen:    fmt.Sprintf("In the last three months %d requests were left at “let's talk” and %d were agreed.", talk, agreed),
		Suggest: "Worth setting aside an unhurried hour for them — or agreeing on a smaller first step for each."}, true
}
