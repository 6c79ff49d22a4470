package model

import (
	"testing"
	"time"
)

func TestParseAndFormatAmounts(t *testing.T) {
	cases := []struct {
		r    Resource
		in   string
		cur  string
		want Amount
		show string
	}{
		{Time, "7.5", "EUR", 450, "7 h 30 min"},
		{Time, "7:20", "EUR", 440, "7 h 20 min"},
		{Time, "10 h", "EUR", 600, "10 h"},
		{Money, "1,250.50", "EUR", 125050, "€ 1,250.50"},
		{Money, "1250,5", "EUR", 125050, "€ 1,250.50"},
		{Money, "€ 40", "EUR", 4000, "€ 40.00"},
		{Money, "1.234.567,89", "EUR", 123456789, "€ 1,234,567.89"},
		{Money, "5000", "JPY", 5000, "¥ 5,000"},
		{Energy, "3.5", "EUR", 35, "3.5 pts"},
		{Energy, "2", "EUR", 20, "2 pts"},
	}
	for _, c := range cases {
		got, err := ParseAmount(c.r, c.in, c.cur)
		if err != nil || got != c.want {
			t.Errorf("ParseAmount(%s, %q) = %d, %v; want %d", c.r, c.in, got, err, c.want)
			continue
		}
		if s := FormatAmount(c.r, got, c.cur); s != c.show {
			t.Errorf("FormatAmount(%s, %d) = %q, want %q", c.r, got, s, c.show)
		}
		back, err := ParseAmount(c.r, FormatPlain(c.r, got, c.cur), c.cur)
		if err != nil || back != got {
			t.Errorf("%s %d does not survive FormatPlain → Parse: %q → %d, %v", c.r, got, FormatPlain(c.r, got, c.cur), back, err)
		}
	}
}

func TestAmountsRefused(t *testing.T) {
	bad := []struct {
		r  Resource
		in string
	}{
		{Time, "-3"}, {Time, "abc"}, {Time, "169"}, {Time, ""}, {Time, "7:75"},
		{Money, "1000000001"}, {Money, "12a"}, {Money, "-5"},
		{Energy, "1001"}, {Energy, "lots"},
	}
	for _, c := range bad {
		if _, err := ParseAmount(c.r, c.in, "EUR"); !IsValidation(err) {
			t.Errorf("ParseAmount(%s, %q) accepted", c.r, c.in)
		}
	}
	if err := ValidateSplit(60, 30); !IsValidation(err) {
		t.Error("a 60/30 split accepted")
	}
	if err := ValidateSplit(70, 30); err != nil {
		t.Error(err)
	}
}

func TestCapacityChangesMidPeriod(t *testing.T) {
	caps := []Capacity{
		{PartnerID: "a", Resource: Time, Amount: 20 * 60, From: day("2026-01-01")},
		{PartnerID: "a", Resource: Time, Amount: 10 * 60, From: day("2026-11-26")}, // a Thursday
		{PartnerID: "b", Resource: Time, Amount: 15 * 60, From: day("2026-12-01")},
	}
	// Week Mon 23 – Sun 29 Nov: 3 days at 20 h, 4 days at 10 h → (60+40)/7 h ≈ 14.29 h = 857 min.
	if got := CapacityOver(caps, "a", Time, day("2026-11-23"), day("2026-11-29")); got != 857 {
		t.Errorf("mid-week change: %d min, want 857", got)
	}
	if got := CapacityOver(caps, "a", Time, day("2026-11-16"), day("2026-11-22")); got != 1200 {
		t.Errorf("before the change: %d", got)
	}
	// Partner b has no capacity before December: the first days count as 0.
	if got := CapacityOver(caps, "b", Time, day("2026-11-30"), day("2026-12-06")); got != Amount((15*60*6+3)/7) {
		t.Errorf("capacity starting mid-week: %d", got)
	}
	if got := CapacityOver(nil, "a", Energy, day("2026-11-23"), day("2026-11-29")); got != DefaultEnergy {
		t.Errorf("default energy %d", got)
	}
}

func TestBalancesWithSharedSplits(t *testing.T) {
	partners := []Partner{{ID: "a", Slot: SlotA}, {ID: "b", Slot: SlotB}}
	goals := []Goal{
		{ID: "run", Owner: "a"},
		{ID: "house", Owner: Shared},
		{ID: "band", Owner: "b"},
		{ID: "old", Owner: "a", Archived: true},
	}
	caps := []Capacity{
		{PartnerID: "a", Resource: Time, Amount: 10 * 60, From: day("2026-01-01")},
		{PartnerID: "b", Resource: Time, Amount: 12 * 60, From: day("2026-01-01")},
		{PartnerID: "a", Resource: Money, Amount: 50000, From: day("2026-01-01")},
		{PartnerID: "b", Resource: Money, Amount: 50000, From: day("2026-01-01")},
	}
	allocs := []Allocation{
		{GoalID: "run", Resource: Time, Amount: 4 * 60},
		{GoalID: "house", Resource: Time, Amount: 5 * 60, SplitA: 50},
		{GoalID: "house", Resource: Money, Amount: 60001, SplitA: 30},
		{GoalID: "band", Resource: Time, Amount: 10 * 60},
		{GoalID: "old", Resource: Time, Amount: 99 * 60},
	}
	actuals := []Actual{
		{PartnerID: "a", Resource: Time, Amount: 90, Day: day("2026-11-24")},
		{PartnerID: "a", Resource: Time, Amount: 60, Day: day("2026-11-01")}, // outside the week
	}
	got := Balances(partners, goals, caps, allocs, actuals, day("2026-11-25"), day("2026-11-23"), day("2026-11-29"), time.Monday)
	a, b := got["a"][0], got["b"][0]
	if a.Personal != 240 || a.Shared != 150 || a.Free != 210 || a.Used != 90 || a.Over() {
		t.Errorf("Maya's time: %+v", a)
	}
	if b.Personal != 600 || b.Shared != 150 || b.Free != -30 || !b.Over() {
		t.Errorf("Liam's time: %+v (should be over by 30 min)", b)
	}
	am, bm := got["a"][1], got["b"][1]
	if am.Shared != 18000 || bm.Shared != 42001 || am.Shared+bm.Shared != 60001 {
		t.Errorf("a 30/70 money split: %d + %d", am.Shared, bm.Shared)
	}
	if e := got["a"][2]; e.Capacity != DefaultEnergy || e.Free != DefaultEnergy {
		t.Errorf("energy without capacity or allocations: %+v", e)
	}
}

func TestAllocatedOver(t *testing.T) {
	if got := AllocatedOver(7*60, Time, day("2026-10-01"), day("2026-12-31")); got != 92*60 {
		t.Errorf("7 h a week over Q4 (92 days): %d min", got)
	}
	if got := AllocatedOver(30000, Money, day("2026-11-01"), day("2026-11-30")); got != 30000 {
		t.Errorf("a month of a monthly amount: %d", got)
	}
}
