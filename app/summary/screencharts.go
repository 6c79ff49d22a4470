package summary

import (
	"image/color"
	"math"
	"strings"

	"github.com/vennplanner/venn/app"
	"github.com/vennplanner/venn/i18n"
	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/model/chart"
)

// The window's charts in the language it speaks (the views pass
// i18n.Screen()): the same words the printed summary's charts get.

// SplitChart is app.SplitChart in tr's language.
func SplitChart(tr *i18n.Tr, v app.ResourcesView) chart.Chart { return splitChart(tr, v) }

// BalanceChart is app.BalanceChart in tr's language.
func BalanceChart(tr *i18n.Tr, partners []model.Partner, trends [][]model.Gauge) chart.Chart {
	return balanceChart(tr, partners, trends)
}

// ClosenessChart is app.ClosenessChart in tr's language.
func ClosenessChart(tr *i18n.Tr, partners []model.Partner, trends [][]model.ClosenessPoint) chart.Chart {
	return closenessChart(tr, partners, trends)
}

// NeedsChart is app.NeedsChart in tr's language.
func NeedsChart(tr *i18n.Tr, partners []model.Partner, trends [][]model.NeedsPoint) chart.Chart {
	return needsChart(tr, partners, trends)
}

// PresenceChart is app.PresenceChart in tr's language.
func PresenceChart(tr *i18n.Tr, partners []model.Partner, months [][]model.PresenceBucket) chart.Chart {
	return presenceChart(tr, partners, months)
}

// WeeklyChart is app.WeeklyChart in tr's language: allocated against used
// for one resource, week by week through the quarter.
func WeeklyChart(tr *i18n.Tr, v app.ResourcesView, r model.Resource) chart.Chart {
	c := weekBars(tr, app.WeeklyChart(v, r), v.Quarter, v.Household.Currency, false)
	q := v.From.Quarter()
	c.Title = tr.T("summary.chart.resourceWeekly", "Resource", resourceName(tr, r), "Quarter", tr.Quarter(q.Year, q.Q))
	c.Unit = unitOf(tr, r, v.Household.Currency)
	c.Format = func(x float64) string {
		return amount(tr, r, model.Amount(math.Round(x*float64(unitScale(r, v.Household.Currency)))), v.Household.Currency)
	}
	return c
}

// unitOf is the unit a resource's bars are counted in.
func unitOf(tr *i18n.Tr, r model.Resource, currency string) string {
	switch r {
	case model.Money:
		return currency
	case model.Energy:
		return tr.T("summary.chart.points")
	}
	return tr.T("summary.chart.hours")
}

// unitScale is how many of a resource's stored amounts make one unit of
// its bars: 60 minutes an hour, the currency's minor units, 10 tenths of a
// point.
func unitScale(r model.Resource, currency string) int {
	switch r {
	case model.Money:
		return int(model.CurrencyUnit(currency))
	case model.Energy:
		return 10
	}
	return 60
}

// HealthChart is app.HealthChart in tr's language.
func HealthChart(tr *i18n.Tr, v app.HealthView) chart.Chart {
	c := app.HealthChart(v)
	c.Vocab, c.Title = vocab(tr), tr.T("summary.chart.health")
	labels := map[float64]string{1: tr.T("summary.chart.healthPoor"), 3: tr.T("summary.chart.healthSoSo"), 5: tr.T("summary.chart.healthVeryGood")}
	for i := range c.Ticks {
		c.Ticks[i].Label = labels[c.Ticks[i].Value]
	}
	words := []string{labels[1], tr.T("summary.chart.healthLow"), labels[3], tr.T("summary.chart.healthGood"), labels[5]}
	c.Format = func(x float64) string {
		return tr.T("summary.chart.healthValue", "Value", tr.Decimal(math.Round(x*10)/10, 1), "Word", words[min(max(int(math.Round(x)), 1), 5)-1])
	}
	first := v.Week.AddDays(-7 * (app.HealthWeeks - 1))
	for i := range c.Categories {
		day := first.AddDays(7 * i).Time()
		c.Categories[i] = tr.DayMonth(day)
		c.Names[i] = tr.T("summary.chart.weekOf", "Day", tr.DayMonth(day))
	}
	return c
}

// StrengthChart is app.StrengthChart in tr's language.
func StrengthChart(tr *i18n.Tr, rv app.RitualView, today model.Date, col color.NRGBA) chart.Chart {
	c := app.StrengthChart(rv, today, col)
	c.Vocab, c.Title, c.Format = vocab(tr), tr.T("summary.chart.strength"), percent(tr)
	for i := range c.Ticks {
		c.Ticks[i].Label = percent(tr)(c.Ticks[i].Value)
	}
	for i := range c.Categories {
		day := today.AddDays(-7 * (app.StrengthWeeks - 1 - i)).Time()
		if strings.TrimSpace(c.Categories[i]) != "" {
			c.Categories[i] = tr.MonthShort(day.Month())
		}
		c.Names[i] = tr.T("summary.chart.weekTo", "Day", tr.DayMonth(day))
	}
	return c
}

// SignalWords are a signal's title, what was seen and what is worth trying,
// in tr's language: the window's Signals page says them as the summary
// prints them.
func SignalWords(tr *i18n.Tr, sg model.Signal) (title, seen, suggest string) {
	return signalWords(tr, sg)
}
