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

func TestACapacityIsForTheWholePeriodItIsSetIn(t *testing.T) {
	caps := []Capacity{
		{PartnerID: "a", Resource: Time, Amount: 20 * 60, From: day("2026-01-01")},
		{PartnerID: "a", Resource: Time, Amount: 10 * 60, From: day("2026-11-26")}, // a Thursday
		{PartnerID: "b", Resource: Time, Amount: 12 * 60, From: day("2026-11-22")}, // a Sunday
		{PartnerID: "b", Resource: Money, Amount: 800_00, From: day("2026-10-06")},
	}
	cases := []struct {
		name    string
		partner string
		r       Resource
		last    Date // the period's last day
		want    Amount
		set     bool
	}{
		// A change on Thursday is that week's capacity, not 3/7 of one and 4/7 of the other.
		{"changed mid-week", "a", Time, day("2026-11-29"), 10 * 60, true},
		{"the week before the change", "a", Time, day("2026-11-22"), 20 * 60, true},
		// 12 h set on a Sunday: the week's 12 h, not the 1 h 43 min left of it.
		{"set on the week's last day", "b", Time, day("2026-11-22"), 12 * 60, true},
		{"the week before it was set", "b", Time, day("2026-11-15"), 0, false},
		// €800 set on 6 October: October's €800, not € 670.97.
		{"set on the 6th of the month", "b", Money, day("2026-10-31"), 800_00, true},
		{"energy before any is set", "a", Energy, day("2026-11-29"), DefaultEnergy, false},
	}
	for _, c := range cases {
		got, set := CapacityFor(caps, c.partner, c.r, c.last)
		if got != c.want || set != c.set {
			t.Errorf("%s: %d (set %v), want %d (set %v)", c.name, got, set, c.want, c.set)
		}
	}
	// Over a span, each period counts for its days within it: the week of
	// the change and the week after, 10 h each; October's € 800 over its
	// first half.
	if got, _ := CapacityWithin(caps, "a", Time, day("2026-11-23"), day("2026-12-06"), time.Monday); got != 20*60 {
		t.Errorf("two weeks: %d min", got)
	}
	if got, _ := CapacityWithin(caps, "b", Money, day("2026-10-01"), day("2026-10-31"), time.Monday); got != 800_00 {
		t.Errorf("October: %d", got)
	}
	if got, _ := CapacityWithin(caps, "b", Money, day("2026-10-01"), day("2026-11-15"), time.Monday); got != 800_00+400_00 {
		t.Errorf("October and half of November: %d", got)
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
	if got := AllocatedOver(6000, Money, day("2026-11-01"), day("2026-12-31")); got != 12000 {
		t.Errorf("two whole months of € 60: %d", got)
	}
}

func TestAnAllocationCountsFromThePeriodItWasMadeIn(t *testing.T) {
	g := Goal{ID: "g", Created: time.Date(2026, 9, 10, 12, 0, 0, 0, time.Local)}
	made := Allocation{GoalID: "g", Resource: Time, Amount: 7 * 60, Since: day("2026-11-19")} // a Thursday
	old := Allocation{GoalID: "g", Resource: Money, Amount: 300_00}                           // made before Venn kept the day
	if got := made.CountsFrom(g, time.Monday); got != day("2026-11-16") {
		t.Errorf("made on a Thursday, counts from %s", got)
	}
	if got := old.CountsFrom(g, time.Monday); got != day("2026-09-01") {
		t.Errorf("without a day, counts from %s (its goal was made on 10 September)", got)
	}
	cases := []struct {
		a        Allocation
		from, to string
		want     Amount
	}{
		{made, "2026-11-09", "2026-11-15", 0},       // the week before
		{made, "2026-11-16", "2026-11-22", 7 * 60},  // the whole week it was made in
		{made, "2026-11-01", "2026-11-30", 15 * 60}, // 15 of November's days
		{old, "2026-07-01", "2026-09-30", 300_00},   // September only
	}
	for _, c := range cases {
		if got := AllocatedBetween(c.a, g, day(c.from), day(c.to), time.Monday); got != c.want {
			t.Errorf("%+v over %s..%s: %d, want %d", c.a, c.from, c.to, got, c.want)
		}
	}
}
