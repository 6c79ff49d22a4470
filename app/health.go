package app

import (
	"context"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/model/chart"
	"github.com/vennplanner/venn/storage"
)

// HealthWeeks is how many weeks the health trend shows.
const HealthWeeks = 26

// HealthView is the health check-in as one partner (the viewer) sees it:
// their own checks, and the partner's shared ones.
type HealthView struct {
	Week     model.Date
	Partners []model.Partner
	// Checks are the visible checks, oldest first.
	Checks []model.HealthCheck
	// ThisWeek holds each partner's visible check for Week.
	ThisWeek map[string]model.HealthCheck
	// Every is each partner's cadence in weeks; Due whether their check is due.
	Every map[string]int
	Due   map[string]bool
}

// Health loads the health check-in of the week holding day as viewerID sees it.
func (s *Service) Health(ctx context.Context, day model.Date, viewerID string) (HealthView, error) {
	_, partners, err := s.Household(ctx)
	if err != nil {
		return HealthView{}, err
	}
	all, err := s.store.HealthChecks(ctx)
	if err != nil {
		return HealthView{}, err
	}
	plans, err := s.store.HealthPlans(ctx)
	if err != nil {
		return HealthView{}, err
	}
	v := HealthView{Week: s.WeekOf(ctx, day), Partners: partners, ThisWeek: map[string]model.HealthCheck{},
		Every: map[string]int{}, Due: map[string]bool{}}
	for _, h := range all {
		if partnerIn(partners, h.PartnerID) && (h.PartnerID == viewerID || !h.Private) {
			v.Checks = append(v.Checks, h)
		}
	}
	for _, p := range partners {
		plan := model.HealthPlan{PartnerID: p.ID, EveryWeeks: model.DefaultHealthWeeks}
		if i := slices.IndexFunc(plans, func(x model.HealthPlan) bool { return x.PartnerID == p.ID }); i >= 0 {
			plan = plans[i]
		}
		v.Every[p.ID] = plan.EveryWeeks
		// Whether a check is due is the partner's own business: it is
		// counted on all their checks, private ones too, but says no more.
		v.Due[p.ID] = model.HealthDue(plan, all, v.Week)
		for _, h := range v.Checks {
			if h.PartnerID == p.ID && h.Week == v.Week {
				v.ThisWeek[p.ID] = h
			}
		}
	}
	return v, nil
}

// SaveHealthCheck saves a partner's health check for the week holding
// h.Week; it stays on this computer unless h.Private is false.
func (s *Service) SaveHealthCheck(ctx context.Context, h model.HealthCheck) (model.HealthCheck, error) {
	h.Week = s.WeekOf(ctx, h.Week)
	h.Note = strings.TrimSpace(h.Note)
	if err := h.Validate(); err != nil {
		return h, err
	}
	err := s.update(ctx, func(tx *storage.Tx) error {
		partners, err := tx.Partners()
		if err != nil {
			return err
		}
		if !partnerIn(partners, h.PartnerID) {
			return model.Invalid("partner", "ui.model.healthWhose")
		}
		h.ID = tx.HealthCheckID(h.Week, h.PartnerID)
		return tx.PutHealthCheck(h)
	})
	return h, err
}

// SetHealthCadence sets how often a partner means to check their health
// (every 1 to 8 weeks).
func (s *Service) SetHealthCadence(ctx context.Context, partnerID string, everyWeeks int) error {
	if everyWeeks < 1 || everyWeeks > model.MaxHealthWeeks {
		return model.Invalid("cadence", "ui.model.healthEvery")
	}
	return s.update(ctx, func(tx *storage.Tx) error {
		return tx.PutHealthPlan(model.HealthPlan{PartnerID: partnerID, EveryWeeks: everyWeeks})
	})
}

// HealthChart is each partner's health check-ins (the average of the
// three scores, 1 poor to 5 very good) for the HealthWeeks weeks up to
// v.Week: a line with marks per partner, a gap in the marks where a week
// has no check. Partners without any check are left out.
func HealthChart(v HealthView) chart.Chart {
	first := v.Week.AddDays(-7 * (HealthWeeks - 1))
	words := model.HealthWordsIn(nil)
	c := chart.Chart{Title: "Health check-ins, week by week", Kind: chart.Lines, Min: 0.6, Max: 5.4,
		Ticks: []chart.Tick{{Value: 1, Label: "poor"}, {Value: 3, Label: "so-so"}, {Value: 5, Label: "very good"}},
		Format: func(x float64) string {
			return strconv.FormatFloat(math.Round(x*10)/10, 'f', -1, 64) + " of 5 (" + words[min(max(int(math.Round(x)), 1), model.HealthScale)] + ")"
		}}
	for i := range HealthWeeks {
		day := first.AddDays(7 * i)
		c.Categories = append(c.Categories, day.Time().Format("2 Jan"))
		c.Names = append(c.Names, "Week of "+day.Time().Format("2 Jan"))
	}
	for k, p := range v.Partners {
		stroke, mark := partnerLine(k)
		s := chart.Series{Name: p.Name, Color: model.RGBA(p.Color), Stroke: stroke, Mark: mark, Values: make([]float64, HealthWeeks)}
		for i := range s.Values {
			s.Values[i] = math.NaN()
		}
		any := false
		for _, h := range v.Checks {
			if h.PartnerID != p.ID || h.Week.Before(first) || v.Week.Before(h.Week) {
				continue
			}
			i := int(h.Week.Time().Sub(first.Time()).Hours()/24+0.5) / 7
			if i >= 0 && i < HealthWeeks {
				s.Values[i], any = float64(h.Total())/3, true
			}
		}
		if any {
			c.Series = append(c.Series, s)
		}
	}
	return c
}

// HealthWeekWords says the checks behind week i of HealthChart(v), score by
// score, each partner's on a line: what a click on the chart shows.
func HealthWeekWords(v HealthView, i int) string {
	if i < 0 || i >= HealthWeeks {
		return ""
	}
	week := v.Week.AddDays(-7 * (HealthWeeks - 1 - i))
	aspects, words := model.HealthAspectsIn(nil), model.HealthWordsIn(nil)
	var lines []string
	for _, p := range v.Partners {
		for _, h := range v.Checks {
			if h.PartnerID != p.ID || h.Week != week {
				continue
			}
			var parts []string
			for k, score := range h.Scores() {
				parts = append(parts, fmt.Sprintf("%s %d (%s)", strings.ToLower(aspects[k]), score, words[min(max(score, 1), model.HealthScale)]))
			}
			line := p.Short() + ": " + strings.Join(parts, ", ")
			if h.Note != "" {
				line += ". “" + h.Note + "”"
			}
			lines = append(lines, line)
		}
	}
	if len(lines) == 0 {
		return "The week of " + week.Time().Format("2 January") + ": no check."
	}
	return "The week of " + week.Time().Format("2 January") + " — " + strings.Join(lines, "\n")
}
