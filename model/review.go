package model

import "unicode/utf8"

// RitualDecision is what the annual review decides for a ritual.
type RitualDecision string

// The annual review's choices for each ritual.
const (
	DecideNone   RitualDecision = ""
	DecideKeep   RitualDecision = "keep"
	DecideAdapt  RitualDecision = "adapt"
	DecideRetire RitualDecision = "retire"
)

// Review is the couple's annual relationship health review.
type Review struct {
	ID           string
	Year         int
	Principles   string // core principles and values, revisited
	Celebrations string // the year's milestones, celebrated
	AnswerA      string // partner A: are autonomy and relatedness both honoured?
	AnswerB      string
	Notes        string
	Rituals      []ReviewRitual
	Private      bool
}

// ReviewRitual is one ritual's decision in a review.
type ReviewRitual struct {
	RitualID string
	Decision RitualDecision
	Note     string
}

// ReviewQuestion is asked of each partner in the annual review.
const ReviewQuestion = "Are autonomy and relatedness both honoured in our relationship?"

// MaxReviewText bounds each text of a review.
const MaxReviewText = 20000

// Validate checks a review.
func (r Review) Validate() error {
	if r.Year < MinYear || r.Year > MaxYear {
		return invalid("year", "ui.model.yearNotPlannable", "Year", r.Year)
	}
	for _, s := range []string{r.Principles, r.Celebrations, r.AnswerA, r.AnswerB, r.Notes} {
		if utf8.RuneCountInString(s) > MaxReviewText {
			return invalid("review", "ui.model.reviewTooLong", "Max", MaxReviewText)
		}
	}
	for _, rr := range r.Rituals {
		switch rr.Decision {
		case DecideNone, DecideKeep, DecideAdapt, DecideRetire:
		default:
			return invalid("ritual", "ui.model.decisionUnknown", "Decision", quoted(rr.Decision))
		}
	}
	return nil
}

// Answer returns the answer of the partner in slot.
func (r Review) Answer(slot Slot) string {
	if slot == SlotA {
		return r.AnswerA
	}
	return r.AnswerB
}
