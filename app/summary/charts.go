package summary

import (
	"math"

	"github.com/vennplanner/venn/app"
	"github.com/vennplanner/venn/i18n"
	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/model/chart"
)

// The summary's charts are the window's (package app draws them in
// English); here they take the summary's language: titles, legends, axis
// labels, values and the words under them.

// vocab is a chart's joining words in the summary's language.
func vocab(tr *i18n.Tr) *chart.Vocabulary {
	return &chart.Vocabulary{Nothing: tr.T("summary.chart.nothing"), Lowest: tr.T("summary.chart.lowest"),
		Highest: tr.T("summary.chart.highest"), Latest: tr.T("summary.chart.latest")}
}

// percent writes a share the language's way: "67 %", "67%".
func percent(tr *i18n.Tr) func(float64) string {
	return func(x float64) string { return tr.T("num.percent", "N", int(math.Round(x))) }
}

// splitChart is app.SplitChart in the summary's language.
func splitChart(tr *i18n.Tr, v app.ResourcesView) chart.Chart {
	c := app.SplitChart(v)
	c.Vocab, c.Title, c.Format = vocab(tr), tr.T("summary.chart.split"), percent(tr)
	names := []string{tr.T("summary.chart.personal"), tr.T("summary.chart.sharedGoals"), tr.T("summary.chart.free")}
	for i := range c.Series {
		c.Series[i].Name = names[min(i, len(names)-1)]
	}
	for i := range c.Categories {
		if p, r, ok := app.SplitRowAt(v, i); ok {
			c.Categories[i] = p.Name + " · " + resourceName(tr, r)
		}
	}
	for i := range c.Ticks {
		c.Ticks[i].Label = percent(tr)(c.Ticks[i].Value)
	}
	return c
}

// weekBars puts a week-by-week chart of allocated against used time into
// the summary's language; byMonth labels only each month's first week.
func weekBars(tr *i18n.Tr, c chart.Chart, points []app.WeekPoint, currency string, byMonth bool) chart.Chart {
	c.Vocab, c.Unit = vocab(tr), tr.T("summary.chart.hours")
	c.Format = func(x float64) string { return amount(tr, model.Time, model.Amount(math.Round(x*60)), currency) }
	c.Series[0].Name, c.Series[1].Name = tr.T("summary.chart.allocated"), tr.T("summary.chart.used")
	for i, w := range points {
		if i >= len(c.Categories) {
			break
		}
		switch {
		case !byMonth:
			c.Categories[i] = tr.DayMonth(w.Start.Time())
		case c.Categories[i] != "":
			c.Categories[i] = tr.MonthShort(w.Start.AddDays(6).Month)
		}
		c.Names[i] = tr.T("summary.chart.weekOf", "Day", tr.DayMonth(w.Start.Time()))
	}
	return c
}

// monthAxis labels a month-by-month chart in the language: short names
// on the axis, "January 2027" in its words.
func monthAxis(tr *i18n.Tr, c *chart.Chart, month func(int) model.Date) {
	for k := range c.Categories {
		t := month(k).Time()
		c.Categories[k] = tr.MonthShort(t.Month())
		if k < len(c.Names) {
			c.Names[k] = tr.MonthYear(t)
		}
	}
}

// balanceChart is app.BalanceChart in the summary's language.
func balanceChart(tr *i18n.Tr, partners []model.Partner, trends [][]model.Gauge) chart.Chart {
	c := app.BalanceChart(partners, trends)
	c.Vocab, c.Title = vocab(tr), tr.T("summary.chart.balance")
	labels := []string{tr.T("summary.chart.independent"), tr.T("summary.chart.balanced"), tr.T("summary.chart.together")}
	for i := range c.Ticks {
		c.Ticks[i].Label = labels[min(i, 2)]
	}
	if c.Band != nil {
		c.Band.Label = labels[1]
	}
	c.Format = func(x float64) string {
		switch {
		case x <= -model.LeanThreshold:
			return tr.T("summary.chart.leaningIndependent")
		case x >= model.LeanThreshold:
			return tr.T("summary.chart.leaningTogether")
		}
		return labels[1]
	}
	if len(trends) > 0 {
		monthAxis(tr, &c, func(k int) model.Date { return trends[0][k].Month })
	}
	return c
}

// closenessChart is app.ClosenessChart in the summary's language.
func closenessChart(tr *i18n.Tr, partners []model.Partner, trends [][]model.ClosenessPoint) chart.Chart {
	c := app.ClosenessChart(partners, trends)
	c.Vocab, c.Title = vocab(tr), tr.T("summary.chart.closeness")
	word := func(k int) string { return tr.T(closenessKeys[min(max(k, 1), model.ClosenessSteps)-1]) }
	for i := range c.Ticks {
		c.Ticks[i].Label = word(int(c.Ticks[i].Value))
	}
	c.Format = func(x float64) string { return word(int(math.Round(x))) }
	for i := range c.Series {
		p := partners[min(i/2, len(partners)-1)]
		c.Series[i].Name = tr.T("summary.chart.now", "Name", p.Name)
		if i%2 == 1 {
			c.Series[i].Name = tr.T("summary.chart.wished", "Name", p.Name)
		}
	}
	if len(trends) > 0 {
		monthAxis(tr, &c, func(k int) model.Date { return trends[0][k].Month })
	}
	return c
}

// needsChart is app.NeedsChart in the summary's language.
func needsChart(tr *i18n.Tr, partners []model.Partner, trends [][]model.NeedsPoint) chart.Chart {
	c := app.NeedsChart(partners, trends)
	c.Vocab, c.Title = vocab(tr), tr.T("summary.chart.needs")
	labels := []string{tr.T("summary.chart.notMet"), tr.T("summary.chart.partly"), tr.T("summary.chart.met")}
	for i := range c.Ticks {
		c.Ticks[i].Label = labels[min(i, 2)]
	}
	c.Format = func(x float64) string { return needMet(tr, x) }
	needs := []string{tr.T("summary.chart.autonomy"), tr.T("summary.chart.competence"), tr.T("summary.chart.relatedness")}
	for i := range c.Series {
		p := partners[min(i/len(needs), len(partners)-1)]
		c.Series[i].Name = p.Name + " · " + needs[i%len(needs)]
	}
	if len(trends) > 0 {
		monthAxis(tr, &c, func(k int) model.Date { return trends[0][k].Month })
	}
	return c
}

// needMet says how far a need felt met (0..1): "mostly met".
func needMet(tr *i18n.Tr, x float64) string {
	switch {
	case x < 1.0/3:
		return tr.T("summary.chart.rarelyMet")
	case x < 2.0/3:
		return tr.T("summary.chart.partlyMet")
	}
	return tr.T("summary.chart.mostlyMet")
}
