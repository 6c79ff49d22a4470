package app

import (
	"fmt"
	"image/color"
	"math"
	"strconv"
	"strings"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/model/chart"
)

// The charts below are descriptions: the window's chart widget and the
// printed summary draw them, and both say them in words.

// partnerLine is how partner i's line is drawn besides their colour, so a
// print in grey still tells the two apart: the first solid with round
// marks, the second dashed with square ones.
func partnerLine(i int) (chart.Stroke, chart.Mark) {
	if i%2 == 1 {
		return chart.Dashed, chart.Square
	}
	return chart.Solid, chart.Circle
}

// neutral is the legend's colour for a kind of bar that each row draws in
// its partner's colour.
var neutral = color.NRGBA{R: 0x77, G: 0x77, B: 0x77, A: 0xff}

// SplitChart is each partner's split of each resource between personal
// goals, shared goals and what is still free, in percent of capacity: one
// row per partner and resource, in the partner's colour; personal goals
// solid, shared hatched, free a light tint.
func SplitChart(v ResourcesView) chart.Chart {
	c := chart.Chart{Title: "Where it goes (% of capacity)", Kind: chart.Rows, Unit: "%",
		Min: 0, Max: 100, Format: func(x float64) string { return strconv.Itoa(int(math.Round(x))) + " %" }}
	personal := chart.Series{Name: "personal goals", Fill: chart.Full, Swatch: neutral}
	shared := chart.Series{Name: "shared goals", Fill: chart.Hatched, Swatch: neutral}
	free := chart.Series{Name: "still free", Fill: chart.Tint, Swatch: neutral}
	for _, p := range v.Partners {
		for _, b := range v.Balances[p.ID] {
			c.Categories = append(c.Categories, fmt.Sprintf("%s · %s", p.Name, b.Resource))
			col := model.RGBA(p.Color)
			var pe, sh, fr float64
			if b.Capacity > 0 {
				capacity := float64(b.Capacity)
				pe, sh, fr = 100*float64(b.Personal)/capacity, 100*float64(b.Shared)/capacity, 100*float64(max(0, b.Free))/capacity
			}
			// Over-allocation shows as a row past 100 %.
			c.Max = max(c.Max, pe+sh+fr)
			for _, add := range []struct {
				s *chart.Series
				v float64
			}{{&personal, pe}, {&shared, sh}, {&free, fr}} {
				add.s.Values = append(add.s.Values, add.v)
				add.s.Colors = append(add.s.Colors, col)
			}
		}
	}
	c.Series = []chart.Series{personal, shared, free}
	for _, t := range []float64{0, 25, 50, 75, 100} {
		c.Ticks = append(c.Ticks, chart.Tick{Value: t, Label: strconv.Itoa(int(t)) + "%"})
	}
	return c
}

// SplitRowAt is the partner and resource of row i of SplitChart(v).
func SplitRowAt(v ResourcesView, i int) (model.Partner, model.Resource, bool) {
	for _, p := range v.Partners {
		for _, b := range v.Balances[p.ID] {
			if i == 0 {
				return p, b.Resource, true
			}
			i--
		}
	}
	return model.Partner{}, "", false
}

// WeeklyChart is allocated against used for one resource, week by week
// through the quarter.
func WeeklyChart(v ResourcesView, r model.Resource) chart.Chart {
	title := fmt.Sprintf("%s in %s: allocated vs used, week by week", r.Title(), v.From.Quarter())
	return WeekBarsChart(v.Household, v.Quarter, r, title, false)
}

// WeekBarsChart is allocated (hatched) against used (solid) for one
// resource per week, labelled each week (the layout thins them), or at
// each month's first week for a year.
func WeekBarsChart(h model.Household, points []WeekPoint, r model.Resource, title string, byMonth bool) chart.Chart {
	scale, unit := 1.0, ""
	switch r {
	case model.Time:
		scale, unit = 1.0/60, "hours"
	case model.Money:
		scale, unit = 1/float64(model.CurrencyUnit(h.Currency)), h.Currency
	case model.Energy:
		scale, unit = 0.1, "points"
	}
	us := model.RGBA(model.SharedColor)
	c := chart.Chart{Title: title, Kind: chart.Columns, Unit: unit,
		Format: func(x float64) string { return model.FormatAmount(r, model.Amount(math.Round(x/scale)), h.Currency) }}
	allocated := chart.Series{Name: "allocated", Color: us, Fill: chart.Hatched}
	used := chart.Series{Name: "used", Color: us, Fill: chart.Full}
	for _, w := range points {
		label := w.Start.Time().Format("2 Jan")
		if byMonth {
			label = ""
			// The week holding a month's first day carries its name (not
			// the next year's January, in the last week).
			if end := w.Start.AddDays(6); end.Day <= 7 && end.Year == points[len(points)/2].Start.Year {
				label = end.Time().Format("Jan")
			}
		}
		c.Categories = append(c.Categories, label)
		c.Names = append(c.Names, "Week of "+w.Start.Time().Format("2 Jan"))
		allocated.Values = append(allocated.Values, float64(w.Allocated[r])*scale)
		used.Values = append(used.Values, float64(w.Used[r])*scale)
	}
	c.Series = []chart.Series{allocated, used}
	return c
}

// BalanceChart is each partner's balance gauge month by month (trends[i]
// is partners[i]'s), with the balanced band shaded, so a drift to either
// side shows at a glance; months not rated leave a gap.
func BalanceChart(partners []model.Partner, trends [][]model.Gauge) chart.Chart {
	c := chart.Chart{Title: "Balance month by month", Kind: chart.Lines, Min: -1.15, Max: 1.15,
		Ticks: []chart.Tick{{Value: -1, Label: "independent"}, {Value: 0, Label: "balanced"}, {Value: 1, Label: "together"}},
		Band:  &chart.Band{From: -model.LeanThreshold, To: model.LeanThreshold, Label: "balanced"},
		Format: func(x float64) string {
			switch {
			case x <= -model.LeanThreshold:
				return "leaning independent"
			case x >= model.LeanThreshold:
				return "leaning together"
			}
			return "balanced"
		}}
	for i, p := range partners {
		if i >= len(trends) {
			break
		}
		if c.Categories == nil {
			c.Categories, c.Names = monthAxis(len(trends[i]), func(k int) model.Date { return trends[i][k].Month })
		}
		stroke, mark := partnerLine(i)
		s := chart.Series{Name: p.Name, Color: model.RGBA(p.Color), Stroke: stroke, Mark: mark}
		for _, g := range trends[i] {
			v := math.NaN()
			if g.Rated > 0 {
				v = g.Position()
			}
			s.Values = append(s.Values, v)
		}
		c.Series = append(c.Series, s)
	}
	return c
}

// ClosenessChart is each partner's closeness pictures month by month: the
// picture of now solid, the one wished for dotted, each partner with marks
// of their own shape, so the gap between the two shows at a glance.
func ClosenessChart(partners []model.Partner, trends [][]model.ClosenessPoint) chart.Chart {
	words := model.ClosenessWordsIn(nil)
	c := chart.Chart{Title: "Where do we stand? Month by month", Kind: chart.Lines, Min: 0.6, Max: 7.4,
		Ticks: []chart.Tick{{Value: 1, Label: "apart"}, {Value: 4, Label: "some overlap"}, {Value: 7, Label: "almost one"}},
		Format: func(x float64) string {
			k := min(max(int(math.Round(x)), 1), model.ClosenessSteps)
			return words[k]
		}}
	for i, p := range partners {
		if i >= len(trends) {
			break
		}
		if c.Categories == nil {
			c.Categories, c.Names = monthAxis(len(trends[i]), func(k int) model.Date { return trends[i][k].Month })
		}
		_, mark := partnerLine(i)
		now := chart.Series{Name: p.Name + " now", Color: model.RGBA(p.Color), Stroke: chart.Solid, Mark: mark}
		wished := chart.Series{Name: p.Name + " wished for", Color: model.RGBA(p.Color), Stroke: chart.Dotted, Mark: mark}
		for _, pt := range trends[i] {
			n, w := math.NaN(), math.NaN()
			if pt.Now > 0 {
				n, w = float64(pt.Now), float64(pt.Wished)
			}
			now.Values, wished.Values = append(now.Values, n), append(wished.Values, w)
		}
		c.Series = append(c.Series, now, wished)
	}
	return c
}

// needStroke is how a need's line is drawn: autonomy solid, competence
// dashed, relatedness dotted; each partner keeps their colour and marks.
var needStroke = map[model.Need]chart.Stroke{model.NeedAutonomy: chart.Solid, model.NeedCompetence: chart.Dashed, model.NeedRelatedness: chart.Dotted}

// ChartedNeeds are the three needs in the order the needs chart draws them.
var ChartedNeeds = []model.Need{model.NeedAutonomy, model.NeedCompetence, model.NeedRelatedness}

// NeedsChart is each partner's three basic needs month by month, each as
// how far it felt met (trends[i] is partners[i]'s): a line per partner and
// need, in the partner's colour with their marks, the need told by its
// stroke; months without a word on a need leave a gap.
func NeedsChart(partners []model.Partner, trends [][]model.NeedsPoint) chart.Chart {
	c := chart.Chart{Title: "Autonomy, competence and relatedness month by month", Kind: chart.Lines, Min: -0.08, Max: 1.08,
		Ticks:  []chart.Tick{{Value: 0, Label: "not met"}, {Value: 0.5, Label: "partly"}, {Value: 1, Label: "met"}},
		Format: NeedMet}
	for i, p := range partners {
		if i >= len(trends) {
			break
		}
		if c.Categories == nil {
			c.Categories, c.Names = monthAxis(len(trends[i]), func(k int) model.Date { return trends[i][k].Month })
		}
		_, mark := partnerLine(i)
		for _, n := range ChartedNeeds {
			s := chart.Series{Name: p.Name + " · " + strings.ToLower(needTitle(n)), Color: model.RGBA(p.Color), Stroke: needStroke[n], Mark: mark}
			for _, pt := range trends[i] {
				s.Values = append(s.Values, pt.Of(n))
			}
			c.Series = append(c.Series, s)
		}
	}
	return c
}

// NeedMet says how far a need felt met (0..1) in words.
func NeedMet(x float64) string {
	switch {
	case x < 1.0/3:
		return "rarely met"
	case x < 2.0/3:
		return "partly met"
	}
	return "mostly met"
}

// needTitle names a need of the chart, the weekly autonomy too.
func needTitle(n model.Need) string {
	if n == model.NeedAutonomy {
		return "Autonomy"
	}
	return n.Title()
}

// monthAxis labels a month-by-month chart: each month's short name on the
// axis ("Jan") and its full name for words ("January 2027").
func monthAxis(n int, month func(int) model.Date) (labels, names []string) {
	for k := range n {
		t := month(k).Time()
		labels, names = append(labels, t.Format("Jan")), append(names, t.Format("January 2006"))
	}
	return labels, names
}

// PresenceChart is how present time together felt to each partner, month
// by month (model.PresenceByPartner): a month nobody rated with the other
// is a gap in the line.
func PresenceChart(partners []model.Partner, months [][]model.PresenceBucket) chart.Chart {
	words := model.PresenceWordsIn(nil)
	c := chart.Chart{Title: "How present time together felt, month by month", Kind: chart.Lines, Min: 0.8, Max: model.PresenceScale + 0.2,
		Ticks: []chart.Tick{{Value: 1, Label: strings.ToLower(words[1])}, {Value: model.PresenceScale, Label: strings.ToLower(words[model.PresenceScale])}},
		Format: func(x float64) string {
			return fmt.Sprintf("%.1f of %d, %s", x, model.PresenceScale, strings.ToLower(model.PresenceWord(x)))
		}}
	for i, p := range partners {
		if i >= len(months) {
			break
		}
		if c.Categories == nil {
			c.Categories, c.Names = monthAxis(len(months[i]), func(k int) model.Date { return months[i][k].Start })
		}
		stroke, mark := partnerLine(i)
		s := chart.Series{Name: p.Name, Color: model.RGBA(p.Color), Stroke: stroke, Mark: mark}
		for _, b := range months[i] {
			v := math.NaN()
			if b.Occasions > 0 {
				v = b.Mean
			}
			s.Values = append(s.Values, v)
		}
		c.Series = append(c.Series, s)
	}
	return c
}
