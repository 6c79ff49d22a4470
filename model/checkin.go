package model

import (
	"github.com/vennplanner/venn/i18n"
	"time"
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

// LabelIn is Label in tr's language (nil: English).
func (v Visibility) LabelIn(tr *i18n.Tr) string {
	switch v {
	case VisibleNow:
		return tr.T("ui.model.shareNow")
	case VisiblePrivate:
		return tr.T("ui.model.privateForGood")
	}
	return tr.T("ui.model.shareWhenBoth")
}

// Answer is one partner's answer to one prompt in one week.
type Answer struct {
	ID         string
	Week       Date // first day of the week
	PartnerID  string
	PromptID   string
	Text       string
	Visibility Visibility
	// Felt is the partner's choice on the autonomy prompt (none on others).
	Felt Felt
}

// Validate checks an answer.
func (a Answer) Validate() error {
	if a.Week.IsZero() {
		return invalid("week", "ui.model.answerNeedsWeek")
	}
	if a.PartnerID == "" || a.PromptID == "" {
		return invalid("answer", "ui.model.answerNeedsPrompt")
	}
	if utf8.RuneCountInString(a.Text) > MaxAnswerLen {
		return invalid("answer", "ui.model.answerTooLong", "Max", MaxAnswerLen)
	}
	if !a.Visibility.Valid() {
		return invalid("visibility", "ui.model.visibilityUnknown", "Visibility", quoted(a.Visibility))
	}
	if !a.Felt.Valid() {
		return invalid("felt", "ui.model.feltUnknown", "Choice", quoted(a.Felt))
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

// Felt is a partner's own answer to the autonomy prompt's question, chosen
// beside the free text: Venn never reads the text to guess it.
type Felt string

// The choices. FeltUnknown is an answer without a choice (answers written
// before there was one): never counted as a concern.
const (
	FeltUnknown   Felt = ""
	FeltNo        Felt = "no"
	FeltALittle   Felt = "a_little"
	FeltYes       Felt = "yes"
	FeltRatherNot Felt = "rather_not_say"
)

// FeltChoices are the choices in the order the form offers them.
var FeltChoices = []Felt{FeltNo, FeltALittle, FeltYes, FeltRatherNot}

// Valid reports whether f is a known choice (or none).
func (f Felt) Valid() bool {
	return f == FeltUnknown || f == FeltNo || f == FeltALittle || f == FeltYes || f == FeltRatherNot
}

// Label is how the choice is offered: "No", "A little", "Yes", "Rather not say".
func (f Felt) Label() string {
	switch f {
	case FeltNo:
		return "No"
	case FeltALittle:
		return "A little"
	case FeltYes:
		return "Yes"
	case FeltRatherNot:
		return "Rather not say"
	}
	return "Not chosen"
}

// LabelIn is Label in tr's language (nil: English).
func (f Felt) LabelIn(tr *i18n.Tr) string {
	switch f {
	case FeltNo:
		return tr.T("ui.model.feltNo")
	case FeltALittle:
		return tr.T("ui.model.feltALittle")
	case FeltYes:
		return tr.T("ui.model.feltYes")
	case FeltRatherNot:
		return tr.T("ui.model.feltRatherNot")
	}
	return tr.T("ui.model.feltNotChosen")
}

// Concern reports whether the partner said they felt their autonomy
// compromised: a little, or yes.
func (f Felt) Concern() bool { return f == FeltALittle || f == FeltYes }

// weight orders concerns: yes over a little over anything else.
func (f Felt) weight() int {
	switch f {
	case FeltYes:
		return 2
	case FeltALittle:
		return 1
	}
	return 0
}

// AutonomyWeek is one week of the autonomy trend.
type AutonomyWeek struct {
	Week Date
	// Felt is the strongest concern said that week (FeltYes over
	// FeltALittle), else FeltUnknown.
	Felt Felt
}

// Concern reports whether someone said they felt less free that week.
func (w AutonomyWeek) Concern() bool { return w.Felt.Concern() }

// AutonomyPrompts is the set of the ids of the autonomy prompts.
func AutonomyPrompts(prompts []Prompt) map[string]bool {
	out := map[string]bool{}
	for _, p := range prompts {
		if p.Kind == PromptAutonomy {
			out[p.ID] = true
		}
	}
	return out
}

// AutonomyTrend returns, for each week in [from, to] (week starts), the
// strongest concern partners chose on an autonomy prompt, oldest first.
// Only the choices count; the answers' words are never read.
func AutonomyTrend(answers []Answer, prompts []Prompt, from, to Date) []AutonomyWeek {
	autonomy := AutonomyPrompts(prompts)
	strongest := map[Date]Felt{}
	for _, a := range answers {
		if autonomy[a.PromptID] && a.Felt.weight() > strongest[a.Week].weight() {
			strongest[a.Week] = a.Felt
		}
	}
	var out []AutonomyWeek
	for w := from; !to.Before(w); w = w.AddDays(7) {
		out = append(out, AutonomyWeek{Week: w, Felt: strongest[w]})
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
