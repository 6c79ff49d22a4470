package model

import (
	"math"
	"testing"
)

func TestVennGeometry(t *testing.T) {
	near := func(a, b float64) bool { return math.Abs(a-b) < 1e-6 }
	for _, c := range []struct {
		name                 string
		ownA, ownB, shared   float64
		equal, nested, apart bool
	}{
		{name: "equal amounts, some shared", ownA: 9, ownB: 9, shared: 11, equal: true},
		{name: "nothing shared", ownA: 9, ownB: 7, shared: 0, apart: true},
		{name: "all shared", ownA: 0, ownB: 0, shared: 10, equal: true, nested: true},
		{name: "one partner all shared", ownA: 0, ownB: 12, shared: 5, nested: true},
		{name: "uneven", ownA: 30, ownB: 5, shared: 10},
		{name: "tiny overlap", ownA: 1000, ownB: 1000, shared: 1},
	} {
		v := VennOf(c.ownA, c.ownB, c.shared)
		total := c.ownA + c.ownB + c.shared
		// Each circle's area is its partner's own plus the shared part.
		if !near(math.Pi*v.RadiusA*v.RadiusA, (c.ownA+c.shared)/total) || !near(math.Pi*v.RadiusB*v.RadiusB, (c.ownB+c.shared)/total) {
			t.Errorf("%s: areas %.4f and %.4f", c.name, math.Pi*v.RadiusA*v.RadiusA, math.Pi*v.RadiusB*v.RadiusB)
		}
		// The overlap is the shared part.
		if got := LensArea(v.RadiusA, v.RadiusB, v.Distance); !near(got, c.shared/total) {
			t.Errorf("%s: overlap %.6f, want %.6f", c.name, got, c.shared/total)
		}
		if c.equal && !near(v.RadiusA, v.RadiusB) {
			t.Errorf("%s: circles of %.4f and %.4f", c.name, v.RadiusA, v.RadiusB)
		}
		if v.Nested != c.nested {
			t.Errorf("%s: nested %v", c.name, v.Nested)
		}
		if c.apart && !near(v.Distance, v.RadiusA+v.RadiusB) {
			t.Errorf("%s: nothing shared, but the circles are %.4f apart (radii %.4f + %.4f)", c.name, v.Distance, v.RadiusA, v.RadiusB)
		}
		if v.Width() <= 0 || v.Width() > 2*(v.RadiusA+v.RadiusB)+1e-9 {
			t.Errorf("%s: width %.4f", c.name, v.Width())
		}
	}
	if !VennOf(0, 0, 0).Empty() {
		t.Error("nothing at all draws circles")
	}
	// More shared, same totals: the circles come closer.
	prev := math.Inf(1)
	for s := 0.0; s <= 10; s++ {
		v := VennOf(10-s, 10-s, s)
		if v.Distance > prev+1e-9 {
			t.Fatalf("sharing %.0f of 10 moved the circles apart", s)
		}
		prev = v.Distance
	}
}

func TestClosenessScaleAndTrend(t *testing.T) {
	for k := 1; k < ClosenessSteps; k++ {
		if ClosenessDistance(k+1) >= ClosenessDistance(k) {
			t.Fatalf("picture %d is not closer than picture %d", k+1, k)
		}
	}
	if ClosenessDistance(1) <= 2 || ClosenessDistance(7) <= 0 {
		t.Error("picture 1 must be apart and picture 7 still two circles")
	}
	jan := Date{Year: 2026, Month: 1, Day: 1}
	choices := []Closeness{
		{Month: jan, PartnerID: "a", Now: 3, Wished: 5},
		{Month: Date{Year: 2026, Month: 3, Day: 1}, PartnerID: "a", Now: 4, Wished: 5},
		{Month: jan, PartnerID: "b", Now: 6, Wished: 6},
	}
	trend := ClosenessTrend(choices, "a", jan, Date{Year: 2026, Month: 4, Day: 1})
	if len(trend) != 4 || trend[0].Now != 3 || trend[1].Now != 0 || trend[2].Wished != 5 || trend[3].Now != 0 {
		t.Errorf("trend %+v", trend)
	}
	if (Closeness{Month: jan, PartnerID: "a", Now: 8, Wished: 1}).Validate() == nil {
		t.Error("picture 8 accepted")
	}
	if got := ClosenessSentence(4, 5); got != "some overlap now, much overlap wished for" {
		t.Errorf("sentence %q", got)
	}
}
