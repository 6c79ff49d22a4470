package app

import (
	"math"
	"strings"
	"testing"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/model/chart"
)

// twoPartners are a couple whose colours a grey print turns into the same
// grey: only patterns can tell them apart on paper.
var twoPartners = []model.Partner{{ID: "a", Name: "Maya", Color: "#3b82f6"}, {ID: "b", Name: "Liam", Color: "#e07a5f"}}

// Printed in grey, each partner's line still looks different: another
// stroke or another mark, and every series its own look.
func TestPartnersLinesDifferBeyondColour(t *testing.T) {
	month := model.Date{Year: 2026, Month: 10, Day: 1}
	gauges := [][]model.Gauge{{{Month: month, Rated: 1, Together: 1}}, {{Month: month, Rated: 1, Independent: 2}}}
	points := [][]model.ClosenessPoint{{{Month: month, Now: 3, Wished: 5}}, {{Month: month, Now: 4, Wished: 4}}}
	week := model.Date{Year: 2026, Month: 11, Day: 16}
	health := HealthView{Week: week, Partners: twoPartners, Checks: []model.HealthCheck{
		{PartnerID: "a", Week: week, Physical: 4, Mental: 3, Emotional: 4}, {PartnerID: "b", Week: week, Physical: 2, Mental: 2, Emotional: 3}}}
	needs := [][]model.NeedsPoint{{{Month: month, Autonomy: 1, Competence: 0.5, Relatedness: 0}}, {{Month: month, Autonomy: 0.5, Competence: 1, Relatedness: 1}}}
	for _, c := range []chart.Chart{BalanceChart(twoPartners, gauges), ClosenessChart(twoPartners, points), HealthChart(health), NeedsChart(twoPartners, needs)} {
		looks := map[[2]int]string{}
		for _, s := range c.Series {
			look := [2]int{int(s.Stroke), int(s.Mark)}
			if other, ok := looks[look]; ok {
				t.Errorf("%s: %q and %q are drawn alike but for colour", c.Title, other, s.Name)
			}
			looks[look] = s.Name
		}
		if len(c.Series) < 2 {
			t.Errorf("%s: %d series, want both partners", c.Title, len(c.Series))
		}
	}
}

// Bars that a grey print would merge are told apart by their fill: used
// solid, allocated hatched; personal, shared and free each their own.
func TestBarsDifferBeyondColour(t *testing.T) {
	v := ResourcesView{Partners: twoPartners, Balances: map[string][]model.Balance{
		"a": {{Resource: model.Time, Capacity: 600, Personal: 300, Shared: 120, Free: 180}},
		"b": {{Resource: model.Time, Capacity: 540, Personal: 600, Shared: 114, Free: -174}}}}
	split := SplitChart(v)
	week := WeekBarsChart(model.Household{Currency: "EUR"}, []WeekPoint{{Start: model.Date{Year: 2026, Month: 10, Day: 12},
		Allocated: map[model.Resource]model.Amount{model.Time: 480}, Used: map[model.Resource]model.Amount{model.Time: 360}}}, model.Time, "Time", false)
	for _, c := range []chart.Chart{split, week} {
		fills := map[chart.Fill]string{}
		for _, s := range c.Series {
			if other, ok := fills[s.Fill]; ok {
				t.Errorf("%s: %q and %q share a fill", c.Title, other, s.Name)
			}
			fills[s.Fill] = s.Name
		}
	}
	// Liam is over-allocated: his row runs past 100 %, and the axis with it.
	if _, hi := split.Bounds(); hi <= 100 || !strings.Contains(split.Describe(1), "personal goals 111 %") {
		t.Errorf("an over-allocated row: axis to %.0f, %q", hi, split.Describe(1))
	}
	if got, want := week.Describe(0), "Week of 12 Oct: allocated 8 h, used 6 h"; got != want {
		t.Errorf("the week in words: %q, want %q", got, want)
	}
	if math.IsNaN(week.Series[0].Values[0]) {
		t.Error("the allocated hours are missing")
	}
}
