package model

import (
	"slices"
	"testing"
)

// The gauge sets the mean of one side's signs against the other's: the
// defaults weigh both sides alike, and each newer sign is a default.
func TestDefaultSignsLeanEquallyBothWays(t *testing.T) {
	count := map[Lean]int{}
	keys := map[string]bool{}
	for _, d := range DefaultSigns {
		count[d.Kind]++
		if keys[d.Key] {
			t.Errorf("the key %q is used twice", d.Key)
		}
		keys[d.Key] = true
		if err := (Sign{Text: d.Text, Kind: d.Kind}).Validate(); err != nil {
			t.Errorf("%q: %v", d.Key, err)
		}
	}
	if count[LeanIndependent] != count[LeanTogether] || len(count) != 2 {
		t.Errorf("signs per side %v, want as many on each", count)
	}
	for _, k := range NewerSigns {
		if !keys[k] {
			t.Errorf("newer sign %q is not a default", k)
		}
	}
	for _, k := range []string{"lonely", "guilt-own-time", "isolated", "parallel-lives"} {
		if !slices.ContainsFunc(DefaultSigns, func(d DefaultItem[Lean]) bool { return d.Key == k }) {
			t.Errorf("the method's sign %q is missing", k)
		}
	}
	lean := map[string]Lean{}
	for _, d := range DefaultSigns {
		lean[d.Key] = d.Kind
	}
	// Loneliness in the relationship is drifting apart; guilt about time
	// alone and isolation from one's own people are losing oneself.
	if lean["lonely"] != LeanIndependent || lean["parallel-lives"] != LeanIndependent ||
		lean["guilt-own-time"] != LeanTogether || lean["isolated"] != LeanTogether || lean[MeasuredSign] != LeanTogether {
		t.Errorf("a sign leans the wrong way: %v", lean)
	}
}

// With every default rated "often" on one side and "never" on the other,
// the needle reaches the end of that side.
func TestEveryDefaultSignMovesTheGaugeAlike(t *testing.T) {
	month := Date{Year: 2026, Month: 3, Day: 1}
	var signs []Sign
	var ratings []Rating
	for _, d := range DefaultSigns {
		signs = append(signs, Sign{ID: d.Key, Text: d.Text, Kind: d.Kind})
		score := 0
		if d.Kind == LeanTogether {
			score = MaxScore
		}
		ratings = append(ratings, Rating{Month: month, PartnerID: "p", SignID: d.Key, Score: score})
	}
	g := GaugeFor(month, "p", ratings, signs)
	if g.Position() != 1 || g.Lean() != LeanTogether || g.Rated != len(DefaultSigns) {
		t.Errorf("gauge %+v at %v", g, g.Position())
	}
}
