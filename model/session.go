package model

import (
	"github.com/vennplanner/venn/i18n"
	"strings"
	"unicode/utf8"
)

// ValueKind is what a value entry is: a core value, a short-term
// aspiration or a long-term dream.
type ValueKind string

// Kinds of value entry.
const (
	ValueCore       ValueKind = "core"
	ValueAspiration ValueKind = "aspiration"
	ValueDream      ValueKind = "dream"
)

// ValueKinds lists the kinds with how the self-audit asks for them.
var ValueKinds = []struct {
	Kind ValueKind
	Name string
}{
	{ValueCore, "Core values"}, {ValueAspiration, "Short-term aspirations"}, {ValueDream, "Long-term dreams"},
}

// ValueKindNameIn is how the self-audit asks for a kind, in tr's language
// (nil: English).
func ValueKindNameIn(tr *i18n.Tr, k ValueKind) string {
	switch k {
	case ValueCore:
		return tr.T("ui.model.valueCore")
	case ValueAspiration:
		return tr.T("ui.model.valueAspiration")
	case ValueDream:
		return tr.T("ui.model.valueDream")
	}
	return string(k)
}

// Value is one entry of a partner's (or the couple's) self-audit. Goals
// can be linked to core values.
type Value struct {
	ID      string
	Owner   Owner // a partner's id, or Shared for the couple's shared values
	Kind    ValueKind
	Text    string
	Rank    string
	Goals   []string // ids of goals linked to this value
	Private bool
}

// MaxValueLen bounds a value's text.
const MaxValueLen = 200

// Validate checks a value.
func (v Value) Validate(partners []Partner) error {
	text := strings.TrimSpace(v.Text)
	if text == "" {
		return invalid("value", "ui.model.valueEmpty")
	}
	if utf8.RuneCountInString(text) > MaxValueLen {
		return invalid("value", "ui.model.keepToMax", "Max", MaxValueLen)
	}
	switch v.Kind {
	case ValueCore, ValueAspiration, ValueDream:
	default:
		return invalid("kind", "ui.model.kindUnknown", "Kind", quoted(v.Kind))
	}
	return ValidateOwner(v.Owner, partners)
}

// Contract is a personal development contract on a personal goal: the
// commitment in the partner's own words, the support asked of the other
// partner, and how often to review it.
type Contract struct {
	ID         string
	GoalID     string
	Commitment string
	Support    string
	EveryWeeks int // review cadence
	Started    Date
	Reviews    []ContractReview
	Private    bool
}

// ContractReview is one review of a contract: progress in words and a
// rating from 1 to 5.
type ContractReview struct {
	ID     string
	Day    Date
	Note   string
	Rating int
}

// Validate checks a contract.
func (c Contract) Validate() error {
	if strings.TrimSpace(c.Commitment) == "" {
		return invalid("commitment", "ui.model.commitmentEmpty")
	}
	if utf8.RuneCountInString(c.Commitment) > MaxNotesLen || utf8.RuneCountInString(c.Support) > MaxNotesLen {
		return invalid("commitment", "ui.model.keepToMax", "Max", MaxNotesLen)
	}
	if c.EveryWeeks < 1 || c.EveryWeeks > 52 {
		return invalid("review", "ui.model.reviewEvery")
	}
	if c.Started.IsZero() {
		return invalid("start", "ui.model.contractStart")
	}
	return nil
}

// Validate checks a review.
func (r ContractReview) Validate() error {
	if r.Day.IsZero() {
		return invalid("day", "ui.model.reviewDay")
	}
	if r.Rating < 1 || r.Rating > 5 {
		return invalid("rating", "ui.model.rateProgress")
	}
	if utf8.RuneCountInString(r.Note) > MaxNotesLen {
		return invalid("note", "ui.model.noteTooLong", "Max", MaxNotesLen)
	}
	return nil
}

// NextReview is the day the next review is due: the cadence after the
// last review, or after the start.
func (c Contract) NextReview() Date {
	last := c.Started
	for _, r := range c.Reviews {
		if last.Before(r.Day) {
			last = r.Day
		}
	}
	return last.AddDays(7 * c.EveryWeeks)
}

// Due reports whether a review is due on day.
func (c Contract) Due(day Date) bool { return !day.Before(c.NextReview()) }

// Milestone is a moment worth marking: on a goal, or free-standing (an
// anniversary, a promotion, a breakthrough).
type Milestone struct {
	ID          string
	Title       string
	Day         Date
	GoalID      string // "" for a free-standing milestone
	Owner       Owner  // whose: a partner's id or Shared
	Reached     bool
	ReachedOn   Date
	Celebration string // how it was (or will be) celebrated
	Private     bool
}

// Validate checks a milestone.
func (m Milestone) Validate(partners []Partner) error {
	title := strings.TrimSpace(m.Title)
	if title == "" {
		return invalid("title", "ui.model.milestoneTitle")
	}
	if utf8.RuneCountInString(title) > MaxTitleLen || utf8.RuneCountInString(m.Celebration) > MaxNotesLen {
		return invalid("title", "ui.model.titleTooLong", "Max", MaxTitleLen)
	}
	if m.Day.IsZero() {
		return invalid("day", "ui.model.milestoneDay")
	}
	if m.Reached && m.ReachedOn.IsZero() {
		return invalid("reached", "ui.model.milestoneReached")
	}
	return ValidateOwner(m.Owner, partners)
}

// SessionSteps are the guided session's steps, in order.
var SessionSteps = []string{
	"Look back", "%s presents", "%s presents", "Shared goals",
	"The timeline map", "Resources for next quarter", "Rituals to keep or adapt", "Decisions and notes",
}

// PlanAheadDays is how early in a quarter's last weeks a session plans the
// next quarter instead of the current one.
const PlanAheadDays = 30

// PlannedQuarter is the quarter a goal-mapping session held on day plans:
// the current one, or late in a quarter (its last PlanAheadDays) the next.
// The sessions screen opens on it and Today asks about it, so the two
// always mean the same session.
func PlannedQuarter(day Date) Quarter {
	q := day.Quarter()
	if !day.Before(q.Last().AddDays(-PlanAheadDays)) {
		return q.Next()
	}
	return q
}

// Session is a quarterly goal-mapping session: when, for which quarter,
// how far the couple got, and what they noted and decided.
type Session struct {
	ID        string
	Quarter   Quarter // the quarter being planned
	Day       Date
	Step      int
	Notes     string
	Decisions string
	Done      bool
	Private   bool
}

// Validate checks a session.
func (s Session) Validate() error {
	if s.Quarter.IsZero() {
		return invalid("quarter", "ui.model.sessionQuarter")
	}
	if s.Day.IsZero() {
		return invalid("day", "ui.model.sessionDay")
	}
	if s.Step < 0 || s.Step >= len(SessionSteps) {
		return invalid("step", "ui.model.stepUnknown", "Step", s.Step)
	}
	if utf8.RuneCountInString(s.Notes) > MaxNotesLen || utf8.RuneCountInString(s.Decisions) > MaxNotesLen {
		return invalid("notes", "ui.model.blockNotesTooLong", "Max", MaxNotesLen)
	}
	return nil
}
