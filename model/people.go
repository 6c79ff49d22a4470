package model

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// People of one's own: each partner keeps a short list of the people who
// matter to them outside the couple — friends, family — how often they
// would like to meet each, and when they last did. The list is its
// owner's alone: it never leaves their computer, and a lock seals it.

// Person is someone who matters to a partner outside the couple.
type Person struct {
	ID        string
	PartnerID string // whose person this is
	Name      string
	How       string // how they know them: "school friend", "my sister"
	// EveryWeeks is how often the partner would like to meet them (one of
	// MeetEvery).
	EveryWeeks int
	LastMet    Date // zero until a meeting is noted
	Added      Date // when they joined the list
}

// MeetEvery are the cadences a partner may choose, in weeks.
var MeetEvery = []int{2, 4, 8, 12}

// MaxPeople bounds a partner's list: it is meant to be short.
const MaxPeople = 50

// MaxHowLen bounds how a partner knows someone.
const MaxHowLen = 120

// IsolationWeeks is how long without meeting anyone of one's own (while
// having people listed) before the balance signals say so.
const IsolationWeeks = 8

// Validate checks a person.
func (p Person) Validate() error {
	name := strings.TrimSpace(p.Name)
	switch {
	case name == "":
		return invalid("name", "ui.model.personName")
	case utf8.RuneCountInString(name) > MaxNameLen:
		return invalid("name", "ui.model.nameTooLong", "Max", MaxNameLen)
	case utf8.RuneCountInString(p.How) > MaxHowLen:
		return invalid("how", "ui.model.howTooLong", "Max", MaxHowLen)
	case !slices.Contains(MeetEvery, p.EveryWeeks):
		return invalid("every", "ui.model.peopleEvery")
	case p.PartnerID == "":
		return invalid("partner", "ui.model.personWhose")
	case !p.LastMet.IsZero() && !validDay(p.LastMet):
		return invalid("last met", "ui.model.lastMetInvalid")
	case !validDay(p.Added):
		return invalid("added", "ui.model.personAdded")
	}
	return nil
}

// Since is the day a person's cadence counts from: the last meeting, or
// the day they were added when no meeting was noted.
func (p Person) Since() Date {
	if p.LastMet.IsZero() || p.LastMet.Before(p.Added) {
		return p.Added
	}
	return p.LastMet
}

// NextMeeting is the day it will have been as long as the partner wished.
func (p Person) NextMeeting() Date { return p.Since().AddDays(7 * p.EveryWeeks) }

// Due reports whether it has been longer than the partner wished on today.
func (p Person) Due(today Date) bool { return p.NextMeeting().Before(today) }

// LastMeeting returns a partner's latest meeting with anyone of their list
// that happened by day, and with whom; ok is false when none did.
func LastMeeting(people []Person, partnerID string, day Date) (last Date, with string, ok bool) {
	for _, p := range people {
		if p.PartnerID != partnerID || p.LastMet.IsZero() || day.Before(p.LastMet) {
			continue
		}
		if !ok || last.Before(p.LastMet) {
			last, with, ok = p.LastMet, p.Name, true
		}
	}
	return last, with, ok
}

// Isolated reports whether a partner who had people listed by day has met
// none of them for IsolationWeeks up to day, counting a list's start as a
// meeting, so a list begun yesterday is no sign of anything. weeks is how
// long it has been.
func Isolated(people []Person, partnerID string, day Date) (weeks int, isolated bool) {
	since, listed := Date{}, false
	for _, p := range people {
		if p.PartnerID != partnerID || day.Before(p.Added) {
			continue
		}
		listed = true
		s := p.Added
		if !p.LastMet.IsZero() && !day.Before(p.LastMet) && s.Before(p.LastMet) {
			s = p.LastMet
		}
		if since.IsZero() || since.Before(s) {
			since = s
		}
	}
	if !listed {
		return 0, false
	}
	days := DaysFrom(since, day) - 1
	return days / 7, days >= 7*IsolationWeeks
}
