package app

import (
	"context"
	"image"
	"image/color"
	"math"
	"slices"
	"strings"

	"gonum.org/v1/plot/vg"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/report"
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
			return &model.ValidationError{Field: "partner", Message: "Choose whose check this is."}
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
		return &model.ValidationError{Field: "cadence", Message: "Choose every 1 to 8 weeks."}
	}
	return s.update(ctx, func(tx *storage.Tx) error {
		return tx.PutHealthPlan(model.HealthPlan{PartnerID: partnerID, EveryWeeks: everyWeeks})
	})
}

// HealthSeries is one partner's health over weeks (NaN: no check).
type HealthSeries = report.HealthSeries

// HealthTrend returns the week labels and each partner's average score
// (1..5) per week for the HealthWeeks weeks up to v.Week.
func HealthTrend(v HealthView, colorOf func(model.Partner) color.Color) ([]string, []HealthSeries) {
	first := v.Week.AddDays(-7 * (HealthWeeks - 1))
	labels := make([]string, HealthWeeks)
	for i := range labels {
		if (HealthWeeks-1-i)%4 == 0 { // every fourth week, ending with this one
			labels[i] = first.AddDays(7 * i).Time().Format("2 Jan")
		}
	}
	var series []HealthSeries
	for _, p := range v.Partners {
		s := HealthSeries{Name: p.Name, Color: colorOf(p), Values: make([]float64, HealthWeeks)}
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
			series = append(series, s)
		}
	}
	return labels, series
}

// HealthChart draws the health trend.
func HealthChart(labels []string, series []HealthSeries, st ChartStyle, width, height float64) (image.Image, error) {
	return report.HealthChart(labels, series, st, vg.Length(width), vg.Length(height))
}
