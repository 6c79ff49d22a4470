package model

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// PromptKind marks a prompt whose answers Venn reads for a trend.
type PromptKind string

// Prompt kinds. Most prompts are plain; the autonomy prompt feeds the
// gentle "autonomy compromised" count.
const (
	PromptPlain    PromptKind = ""
	PromptAutonomy PromptKind = "autonomy"
)

// DefaultPrompts are the check-in questions of the practice Venn is built on.
var DefaultPrompts = []DefaultItem[PromptKind]{
	{"energized", "What personal activity energized you this week?", PromptPlain},
	{"rewarding", "What shared moment felt most rewarding?", PromptPlain},
	{"autonomy", "Is there any area where you felt your autonomy was compromised?", PromptAutonomy},
}

// MaxAnswerLen bounds a check-in answer.
const MaxAnswerLen = 5000

// Visibility says who may read a check-in answer, and when.
type Visibility string

// Visibilities. UntilBoth is the default: the answer stays on its author's
// computer until both partners have answered that week. Private answers
// never leave the computer they were written on.
const (
	VisibleUntilBoth Visibility = "until_both"
	VisibleNow       Visibility = "open"
	VisiblePrivate   Visibility = "private"
)

// Valid reports whether v is a known visibility.
func (v Visibility) Valid() bool {
	return v == VisibleUntilBoth || v == VisibleNow || v == VisiblePrivate
}

// Label is how a visibility is offered in the check-in form.
func (v Visibility) Label() string {
	switch v {
	case VisibleNow:
		return "Share now"
	case VisiblePrivate:
		return "Private for good"
	}
	return "Share when we both answered"
}

// Answer is one partner's answer to one prompt in one week.
type Answer struct {
	ID         string
	Week       Date // first day of the week
	PartnerID  string
	PromptID   string
	Text       string
	Visibility Visibility
}

// Validate checks an answer.
func (a Answer) Validate() error {
	if a.Week.IsZero() {
		return invalid("week", "A check-in answer needs its week.")
	}
	if a.PartnerID == "" || a.PromptID == "" {
		return invalid("answer", "A check-in answer needs its partner and prompt.")
	}
	if utf8.RuneCountInString(a.Text) > MaxAnswerLen {
		return invalid("answer", "Please keep an answer to %d characters.", MaxAnswerLen)
	}
	if !a.Visibility.Valid() {
		return invalid("visibility", "Unknown visibility %q.", a.Visibility)
	}
	return nil
}

// HeldBack reports whether the answer must stay on its author's computer
// for now: private for good, or waiting for the other partner's answers.
func (a Answer) HeldBack(bothAnswered bool) bool {
	switch a.Visibility {
	case VisiblePrivate:
		return true
	case VisibleUntilBoth:
		return !bothAnswered
	}
	return false
}

// CheckinWeek records which partners have answered a week's check-in. It is
// shared even while the answers themselves are held back, so each computer
// knows when to let its answers go.
type CheckinWeek struct {
	Week      Date
	AnsweredA bool
	AnsweredB bool
}

// Both reports whether both partners have answered.
func (w CheckinWeek) Both() bool { return w.AnsweredA && w.AnsweredB }

// Answered reports whether the partner in slot has answered.
func (w CheckinWeek) Answered(slot Slot) bool {
	if slot == SlotA {
		return w.AnsweredA
	}
	return w.AnsweredB
}

// ShowTo reports whether a reader sees the answer: its author always does
// (on the computer it was written on), the other partner once it is
// shared, which for VisibleUntilBoth means both have answered.
func (a Answer) ShowTo(readerID string, bothAnswered bool) bool {
	if a.PartnerID == readerID {
		return true
	}
	return !a.HeldBack(bothAnswered)
}

// WeekOf returns the first day of d's week.
func WeekOf(d Date, weekStart time.Weekday) Date { return PeriodStart(PerWeek, d, weekStart) }

// negativeAnswers are the answers that mean "no" to the autonomy prompt.
var negativeAnswers = map[string]bool{
	"": true, "no": true, "nope": true, "nah": true, "nothing": true, "none": true, "not really": true,
	"no not really": true, "not at all": true, "na": true, "n a": true, "no nothing": true, "nothing really": true,
	"all good": true, "no all good": true, "not this week": true, "no not this week": true, "no none": true,
}

// AutonomyConcern reports whether an answer to the autonomy prompt says
// something other than no or nothing.
func AutonomyConcern(answer string) bool {
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(answer) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		case r == '\'' || r == '’':
			// "didn't" and "didn’t" read alike
		default:
			space = true
		}
	}
	return !negativeAnswers[b.String()]
}

// AutonomyWeek is one week of the autonomy trend.
type AutonomyWeek struct {
	Week    Date
	Concern bool // someone answered with something other than no
}

// AutonomyTrend returns, for each week in [from, to] (week starts), whether
// any answer to an autonomy prompt voiced a concern, oldest first.
func AutonomyTrend(answers []Answer, prompts []Prompt, from, to Date) []AutonomyWeek {
	autonomy := map[string]bool{}
	for _, p := range prompts {
		if p.Kind == PromptAutonomy {
			autonomy[p.ID] = true
		}
	}
	concern := map[Date]bool{}
	for _, a := range answers {
		if autonomy[a.PromptID] && AutonomyConcern(a.Text) {
			concern[a.Week] = true
		}
	}
	var out []AutonomyWeek
	for w := from; !to.Before(w); w = w.AddDays(7) {
		out = append(out, AutonomyWeek{Week: w, Concern: concern[w]})
	}
	return out
}

// BreathPhase says where a breathing cycle of inhale then exhale is after
// elapsed: whether to breathe in, and how far through that half (0..1).
func BreathPhase(elapsed, inhale, exhale time.Duration) (breatheIn bool, fraction float64) {
	if inhale <= 0 || exhale <= 0 || elapsed < 0 {
		return true, 0
	}
	t := elapsed % (inhale + exhale)
	if t < inhale {
		return true, float64(t) / float64(inhale)
	}
	return false, float64(t-inhale) / float64(exhale)
}
