package model

import (
	"slices"
	"unicode/utf8"

	"github.com/vennplanner/venn/i18n"
)

// HealthCheck is one partner's regular check of their physical, mental and
// emotional health, each from 1 (poor) to 5 (very good), with a note. It is
// private (stays on this computer) unless the partner chooses to share it.
type HealthCheck struct {
	ID        string
	PartnerID string
	Week      Date // the first day of the week it was for
	Physical  int
	Mental    int
	Emotional int
	Note      string
	Private   bool
}

// HealthScale is the top of each health score.
const HealthScale = 5

// HealthAspectsIn name the three scores in order, in tr's language (nil:
// English).
func HealthAspectsIn(tr *i18n.Tr) [3]string {
	return [3]string{tr.T("ui.model.healthPhysical"), tr.T("ui.model.healthMental"), tr.T("ui.model.healthEmotional")}
}

// HealthWordsIn say each score in tr's language (nil: English).
func HealthWordsIn(tr *i18n.Tr) [HealthScale + 1]string {
	return [HealthScale + 1]string{"", tr.T("ui.model.healthPoor"), tr.T("ui.model.healthLow"), tr.T("ui.model.healthSoSo"),
		tr.T("ui.model.healthGood"), tr.T("ui.model.healthVeryGood")}
}

// Scores returns the three scores in HealthAspects' order.
func (h HealthCheck) Scores() [3]int { return [3]int{h.Physical, h.Mental, h.Emotional} }

// Total is the sum of the three scores (3..15).
func (h HealthCheck) Total() int { return h.Physical + h.Mental + h.Emotional }

// Validate checks a health check.
func (h HealthCheck) Validate() error {
	for i, v := range h.Scores() {
		if v < 1 || v > HealthScale {
			key := [3]string{"ui.model.ratePhysical", "ui.model.rateMental", "ui.model.rateEmotional"}[i]
			return invalid("score", key, "Max", HealthScale)
		}
	}
	if utf8.RuneCountInString(h.Note) > MaxNotesLen {
		return invalid("note", "ui.model.noteTooLong", "Max", MaxNotesLen)
	}
	if h.PartnerID == "" {
		return invalid("partner", "ui.model.healthWhose")
	}
	if !validDay(h.Week) {
		return invalid("week", "ui.model.healthWeek")
	}
	return nil
}

// HealthPlan is how often a partner means to check their health.
type HealthPlan struct {
	PartnerID  string
	EveryWeeks int // 1..8
}

// DefaultHealthWeeks is the cadence until a partner chooses one.
const DefaultHealthWeeks = 2

// MaxHealthWeeks is the longest cadence.
const MaxHealthWeeks = 8

// HealthDue reports whether a partner's health check is due in the week
// starting on week: when their latest check is at least the plan's number
// of weeks old, or they never made one.
func HealthDue(plan HealthPlan, checks []HealthCheck, week Date) bool {
	every := plan.EveryWeeks
	if every < 1 {
		every = DefaultHealthWeeks
	}
	var latest Date
	for _, h := range checks {
		if h.PartnerID == plan.PartnerID && latest.Before(h.Week) {
			latest = h.Week
		}
	}
	return latest.IsZero() || !week.Before(latest.AddDays(7*every))
}

// HealthFall is a run of health checks each lower than the one before.
type HealthFall struct {
	Checks   int // how many checks the run spans (the first and each lower one)
	Weeks    int // from the first check of the run to the latest
	From, To int // the totals at the start and at the end
}

// HealthFalling finds the run of falling totals that ends at a partner's
// latest check (of those given, in any order). A run of one check is no
// fall (Checks 1).
func HealthFalling(checks []HealthCheck, partnerID string) HealthFall {
	var mine []HealthCheck
	for _, h := range checks {
		if h.PartnerID == partnerID {
			mine = append(mine, h)
		}
	}
	if len(mine) == 0 {
		return HealthFall{}
	}
	slices.SortFunc(mine, func(a, b HealthCheck) int { return a.Week.Compare(b.Week) })
	end := len(mine) - 1
	start := end
	for start > 0 && mine[start-1].Total() > mine[start].Total() {
		start--
	}
	days := mine[end].Week.Time().Sub(mine[start].Week.Time()).Hours() / 24
	return HealthFall{Checks: end - start + 1, Weeks: int(days+0.5) / 7, From: mine[start].Total(), To: mine[end].Total()}
}
