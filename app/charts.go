package app

import (
	"fmt"
	"image"
	"image/color"
	"math"

	"gonum.org/v1/plot/vg"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/report"
)

// ChartStyle is the palette charts are drawn in (the window passes its theme).
type ChartStyle = report.Style

// SplitChart draws each partner's split of each resource between personal
// goals, shared goals and what is still free, in percent of capacity.
func SplitChart(v ResourcesView, st ChartStyle, width, height float64) (image.Image, error) {
	var rows []report.SplitRow
	for _, p := range v.Partners {
		for _, b := range v.Balances[p.ID] {
			row := report.SplitRow{Label: fmt.Sprintf("%s · %s", model.Shorten(p.Name, model.ShortNameLen), b.Resource),
				Color: model.RGBA(p.Color)}
			if b.Capacity > 0 {
				c := float64(b.Capacity)
				row.Personal = 100 * float64(b.Personal) / c
				row.Shared = 100 * float64(b.Shared) / c
				row.Free = 100 * float64(max(0, b.Free)) / c
			}
			rows = append(rows, row)
		}
	}
	return report.SplitChart(rows, st, vg.Length(width), vg.Length(height))
}

// WeeklyChart draws allocated against used for one resource, week by week
// through the quarter.
func WeeklyChart(v ResourcesView, r model.Resource, st ChartStyle, width, height float64) (image.Image, error) {
	title := fmt.Sprintf("%s in %s: allocated vs used, week by week", r.Title(), v.From.Quarter())
	return WeekBarsChart(v.Household, v.Quarter, r, title, false, st, width, height)
}

// WeekBarsChart draws allocated against used for one resource per week, labelled
// every other week, or at each month's first week for a year.
func WeekBarsChart(h model.Household, points []WeekPoint, r model.Resource, title string, byMonth bool, st ChartStyle, width, height float64) (image.Image, error) {
	var weeks []report.WeekBar
	scale, unit := 1.0, ""
	switch r {
	case model.Time:
		scale, unit = 1.0/60, "hours"
	case model.Money:
		scale, unit = 1/float64(model.CurrencyUnit(h.Currency)), h.Currency
	case model.Energy:
		scale, unit = 0.1, "points"
	}
	for i, w := range points {
		label := ""
		switch {
		case byMonth:
			// The week holding a month's first day carries its name (not
			// the next year's January, in the last week).
			if end := w.Start.AddDays(6); end.Day <= 7 && end.Year == points[len(points)/2].Start.Year {
				label = end.Time().Format("Jan")
			}
		case i%2 == 0: // every other week, so the labels do not collide
			label = w.Start.Time().Format("2 Jan")
		}
		weeks = append(weeks, report.WeekBar{
			Label:     label,
			Allocated: float64(w.Allocated[r]) * scale,
			Used:      float64(w.Used[r]) * scale,
		})
	}
	return report.WeeklyChart(title, unit, weeks, st, vg.Length(width), vg.Length(height))
}

// BalanceSeries is one partner's gauge positions over months (NaN: not rated).
type BalanceSeries = report.BalanceSeries

// BalanceChart draws the balance trend; band is the balanced middle's half-width.
func BalanceChart(months []string, series []BalanceSeries, band float64, st ChartStyle, width, height float64) (image.Image, error) {
	return report.BalanceChart(months, series, band, st, vg.Length(width), vg.Length(height))
}

// ClosenessSeries is one partner's closeness pictures over months (NaN: none).
type ClosenessSeries = report.ClosenessSeries

// ClosenessChart draws the closeness trend: now solid, wished for dashed.
func ClosenessChart(months []string, series []ClosenessSeries, st ChartStyle, width, height float64) (image.Image, error) {
	return report.ClosenessChart(months, series, st, vg.Length(width), vg.Length(height))
}

// ClosenessSeriesOf turns a partner's trend into a chart series.
func ClosenessSeriesOf(name string, c color.Color, trend []model.ClosenessPoint) ClosenessSeries {
	s := ClosenessSeries{Name: name, Color: c, Now: make([]float64, len(trend)), Wished: make([]float64, len(trend))}
	for i, p := range trend {
		s.Now[i], s.Wished[i] = math.NaN(), math.NaN()
		if p.Now > 0 {
			s.Now[i], s.Wished[i] = float64(p.Now), float64(p.Wished)
		}
	}
	return s
}
