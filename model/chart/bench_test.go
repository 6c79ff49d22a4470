package chart

import (
	"math/rand/v2"
	"testing"
)

// BenchmarkLayYearOfWeeks lays out the year's weekly chart: 53 weeks of
// two series, with long names in the legend.
func BenchmarkLayYearOfWeeks(b *testing.B) {
	rng := rand.New(rand.NewPCG(5, 6))
	c := sample(rng, Columns)
	for len(c.Categories) < 53 {
		c = sample(rng, Columns)
	}
	st := Style{TextSize: 10, TitleSize: 12}
	for b.Loop() {
		Lay(c, 560, 300, st, measure)
	}
}
