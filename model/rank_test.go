package model

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

func TestRankBetweenTable(t *testing.T) {
	cases := []struct{ before, after string }{
		{"", ""}, {"", "1"}, {"", "01"}, {"i", ""}, {"z", ""}, {"i", "j"},
		{"i", "i1"}, {"a", "b"}, {"az", "b"}, {"zz", ""}, {"0i", "1"}, {"i", "i01"},
	}
	for _, c := range cases {
		got := RankBetween(c.before, c.after)
		if !ValidRank(got) {
			t.Errorf("RankBetween(%q, %q) = %q: not a valid rank", c.before, c.after, got)
		}
		if got <= c.before || (c.after != "" && got >= c.after) {
			t.Errorf("RankBetween(%q, %q) = %q: not strictly between", c.before, c.after, got)
		}
	}
}

func TestRankBetweenWithSwappedBoundsStillFollowsBefore(t *testing.T) {
	got := RankBetween("m", "c")
	if got <= "m" || !ValidRank(got) {
		t.Fatalf("RankBetween(m, c) = %q, want a valid rank after m", got)
	}
}

// Property: any sequence of inserts at random positions keeps ranks valid,
// unique and in the intended order, and appends grow ranks slowly.
func TestRankInsertProperty(t *testing.T) {
	for seed := uint64(0); seed < 200; seed++ {
		rng := rand.New(rand.NewPCG(seed, 7))
		var ranks []string
		for range 300 {
			i := rng.IntN(len(ranks) + 1)
			before, after := "", ""
			if i > 0 {
				before = ranks[i-1]
			}
			if i < len(ranks) {
				after = ranks[i]
			}
			r := RankBetween(before, after)
			if !ValidRank(r) {
				t.Fatalf("seed %d: invalid rank %q between %q and %q", seed, r, before, after)
			}
			ranks = slices.Insert(ranks, i, r)
		}
		if !slices.IsSorted(ranks) {
			t.Fatalf("seed %d: ranks out of order", seed)
		}
		for i := 1; i < len(ranks); i++ {
			if ranks[i] == ranks[i-1] {
				t.Fatalf("seed %d: duplicate rank %q", seed, ranks[i])
			}
		}
	}
}

func TestAppendingKeepsRanksShort(t *testing.T) {
	r := ""
	for range 350 {
		r = RankBetween(r, "")
	}
	if len(r) > 12 {
		t.Fatalf("after 350 appends the rank is %d characters long (%q)", len(r), r)
	}
}

func TestRanksSpread(t *testing.T) {
	for _, n := range []int{0, 1, 2, 35, 36, 37, 1000, 10000} {
		ranks := RanksSpread(n)
		if len(ranks) != n {
			t.Fatalf("RanksSpread(%d) gave %d ranks", n, len(ranks))
		}
		for i, r := range ranks {
			if !ValidRank(r) {
				t.Fatalf("RanksSpread(%d)[%d] = %q is invalid", n, i, r)
			}
			if i > 0 && r <= ranks[i-1] {
				t.Fatalf("RanksSpread(%d) not ascending at %d: %q after %q", n, i, r, ranks[i-1])
			}
		}
	}
}

func FuzzRankBetween(f *testing.F) {
	f.Add("", "")
	f.Add("i", "j")
	f.Add("0i", "1")
	f.Fuzz(func(t *testing.T, a, b string) {
		if (a != "" && !ValidRank(a)) || (b != "" && !ValidRank(b)) || (b != "" && a >= b) {
			return
		}
		r := RankBetween(a, b)
		if !ValidRank(r) || r <= a || (b != "" && r >= b) {
			t.Fatalf("RankBetween(%q, %q) = %q", a, b, r)
		}
	})
}

func TestPlaceRenumbersALongColumnTheSameWayEverywhere(t *testing.T) {
	long := strings.Repeat("0", RenumberLen) + "1" // just above "1": a rank between them is longer still
	cell := []Goal{{ID: "a", Rank: "1"}, {ID: "b", Rank: "1" + long}, {ID: "c", Rank: "2"}}
	rank, renumbered := Place(cell, 1, "m")
	if renumbered == nil || len(renumbered) != 4 {
		t.Fatalf("no renumbering for a rank of %d characters: %v", len(rank), renumbered)
	}
	order := []string{"a", "m", "b", "c"}
	for i := 1; i < len(order); i++ {
		if renumbered[order[i-1]] >= renumbered[order[i]] {
			t.Errorf("renumbered ranks out of order: %v", renumbered)
		}
	}
	if rank != renumbered["m"] || len(rank) > 2 {
		t.Errorf("the moved card's rank %q", rank)
	}
	again, _ := Place(cell, 1, "m")
	if again != rank {
		t.Error("two computers renumbering the same column disagree")
	}
	if r, n := Place(cell[:1], 1, "m"); n != nil || r <= "1" {
		t.Errorf("a short column was renumbered: %q %v", r, n)
	}
}
