package model

import (
	"strings"
	"testing"
	"time"
)

// startsIn lists the days a block's occurrences start on between from and to.
func startsIn(b Block, from, to Date) []string {
	var out []string
	for _, o := range Expand([]Block{b}, from, to, time.UTC) {
		out = append(out, o.Day.String())
	}
	return out
}

func TestMonthlyAndYearlyBlocks(t *testing.T) {
	for _, c := range []struct {
		name  string
		b     Block
		from  Date
		to    Date
		want  string
		words string
	}{
		{"first Saturday", Block{Cycle: CycleMonthly, Start: wall("2026-11-07T09:00"), End: wall("2026-11-07T17:00")},
			day("2026-11-01"), day("2027-02-28"), "2026-11-07 2026-12-05 2027-01-02 2027-02-06", "Every month on the first Saturday"},
		{"third Tuesday", Block{Cycle: CycleMonthly, Start: wall("2026-09-15T19:00"), End: wall("2026-09-15T21:00")},
			day("2026-09-01"), day("2026-12-31"), "2026-09-15 2026-10-20 2026-11-17 2026-12-15", "Every month on the third Tuesday"},
		{"the last Friday", Block{Cycle: CycleMonthly, Start: wall("2026-10-30T18:00"), End: wall("2026-10-30T20:00")},
			day("2026-10-01"), day("2027-01-31"), "2026-10-30 2026-11-27 2026-12-25 2027-01-29", "Every month on the last Friday"},
		{"an anniversary", Block{Cycle: CycleYearly, Start: wall("2016-12-16T18:00"), End: wall("2016-12-16T23:00")},
			day("2025-01-01"), day("2027-12-31"), "2025-12-16 2026-12-16 2027-12-16", "Every year on 16 December"},
		{"29 February", Block{Cycle: CycleYearly, Start: wall("2024-02-29T10:00"), End: wall("2024-02-29T11:00")},
			day("2024-01-01"), day("2028-12-31"), "2024-02-29 2025-02-28 2026-02-28 2027-02-28 2028-02-29", "Every year on 29 February"},
		{"until and skip", Block{Cycle: CycleMonthly, Start: wall("2026-11-07T09:00"), End: wall("2026-11-07T17:00"),
			Until: day("2027-01-31"), Skip: []Date{day("2026-12-05")}}, day("2026-11-01"), day("2027-12-31"), "2026-11-07 2027-01-02", "Every month on the first Saturday"},
		{"not before its start", Block{Cycle: CycleYearly, Start: wall("2026-06-01T10:00"), End: wall("2026-06-01T11:00")},
			day("2025-01-01"), day("2026-12-31"), "2026-06-01", "Every year on 1 June"},
	} {
		if got := strings.Join(startsIn(c.b, c.from, c.to), " "); got != c.want {
			t.Errorf("%s: %s, want %s", c.name, got, c.want)
		}
		if got := c.b.RepeatWords(); got != c.words {
			t.Errorf("%s: %q, want %q", c.name, got, c.words)
		}
		if !c.b.Repeats() {
			t.Errorf("%s does not repeat", c.name)
		}
	}
}

func TestACycleBlockValidatesAndMoves(t *testing.T) {
	partners := []Partner{{ID: "a", Name: "Maya", Slot: SlotA}, {ID: "b", Name: "Liam", Slot: SlotB}}
	b := Block{Title: "Solo weekend", Kind: KindSolo, Owner: "b", Cycle: CycleMonthly, Start: wall("2026-11-07T09:00"), End: wall("2026-11-08T18:00")}
	if err := b.Validate(partners); err != nil {
		t.Fatal(err)
	}
	for name, bad := range map[string]Block{
		"weekly and monthly": func() Block { x := b; x.Days = []time.Weekday{time.Saturday}; return x }(),
		"unknown cycle":      func() Block { x := b; x.Cycle = "fortnightly"; return x }(),
		"goal and ritual":    func() Block { x := b; x.GoalID, x.RitualID = "g", "r"; return x }(),
	} {
		if err := bad.Validate(partners); !IsValidation(err) {
			t.Errorf("%s: %v", name, err)
		}
	}
	// Dragged from the first Saturday to the Sunday after, the series
	// becomes "the first Sunday".
	moved := b.Moved(day("2026-12-05"), wall("2026-12-06T10:00"), 8*60)
	if moved.Start != wall("2026-11-08T10:00") || moved.RepeatWords() != "Every month on the second Sunday" || moved.Days != nil {
		t.Errorf("moved %+v (%s)", moved, moved.RepeatWords())
	}
}

func TestOwnSoloAimsAreNeverAnImbalance(t *testing.T) {
	partners := []Partner{{ID: "a", Name: "Maya", Slot: SlotA}, {ID: "b", Name: "Liam", Slot: SlotB}}
	week := TimeBalance{Solo: map[string]int{"a": 3 * 60, "b": 8 * 60}, Joint: 6 * 60}
	// One aim for both: Maya is under it, and under half of Liam's.
	if f := BalanceFlags(week, BalanceTargets{SoloEach: 4 * 60}, partners); len(f) != 1 || !strings.Contains(f[0], "Maya has 3 h") {
		t.Errorf("one aim: %v", f)
	}
	if f := BalanceFlags(week, BalanceTargets{}, partners); len(f) != 1 || !strings.Contains(f[0], "less than half") {
		t.Errorf("no aims: %v", f)
	}
	// Liam needs more time alone; Maya aims for 3 h: nothing to flag.
	aims := BalanceTargets{SoloEach: 4 * 60, SoloA: 3 * 60, SoloB: 8 * 60}
	if f := BalanceFlags(week, aims, partners); len(f) != 0 {
		t.Errorf("with aims of their own, different needs were flagged: %v", f)
	}
	if aims.SoloFor(partners[0]) != 180 || aims.SoloFor(partners[1]) != 480 || (BalanceTargets{SoloEach: 60}).SoloFor(partners[1]) != 60 {
		t.Error("SoloFor")
	}
	// Under his own aim, Liam is told so, with his aim.
	week.Solo["b"] = 5 * 60
	if f := BalanceFlags(week, aims, partners); len(f) != 1 || !strings.Contains(f[0], "Liam has 5 h of solo time this week; the aim is at least 8 h") {
		t.Errorf("under his own aim: %v", f)
	}
	if (BalanceTargets{SoloB: 7*24*60 + 1}).Valid() || !aims.Valid() {
		t.Error("Valid")
	}
}

func TestLinkedBlocksCountAsTimeUsedOnceTheyAreOver(t *testing.T) {
	partners := []Partner{{ID: "a", Name: "Maya", Slot: SlotA}, {ID: "b", Name: "Liam", Slot: SlotB}}
	blocks := []Block{
		{ID: "run", Title: "Long run", Kind: KindSolo, Owner: "a", GoalID: "g1", Days: []time.Weekday{time.Sunday},
			Start: wall("2026-11-01T08:00"), End: wall("2026-11-01T10:00")},
		{ID: "dance", Title: "Dance class", Kind: KindJoint, GoalID: "g2", Start: wall("2026-11-18T19:00"), End: wall("2026-11-18T20:30")},
		{ID: "free", Title: "Not linked", Kind: KindSolo, Owner: "b", Start: wall("2026-11-18T10:00"), End: wall("2026-11-18T11:00")},
		{ID: "walk", Title: "Walk", Kind: KindJoint, RitualID: "r", Start: wall("2026-11-18T10:00"), End: wall("2026-11-18T11:00")},
	}
	now := time.Date(2026, 11, 22, 9, 0, 0, 0, time.UTC) // Sunday, mid-run
	got := LinkedActuals(blocks, partners, day("2026-11-01"), day("2026-11-30"), now, time.UTC)
	sum := map[string]Amount{}
	for _, a := range got {
		if a.Resource != Time {
			t.Fatalf("%+v is not time", a)
		}
		sum[a.GoalID+"/"+a.PartnerID] += a.Amount
	}
	// Three Sunday runs are over (1, 8, 15 Nov); the 22nd is still running.
	want := map[string]Amount{"g1/a": 3 * 120, "g2/a": 90, "g2/b": 90}
	if len(sum) != len(want) {
		t.Fatalf("linked time %v, want %v", sum, want)
	}
	for k, v := range want {
		if sum[k] != v {
			t.Errorf("%s: %d min, want %d", k, sum[k], v)
		}
	}
}

func TestAJointBlockOnSoloTimeIsFound(t *testing.T) {
	blocks := []Block{
		{ID: "band", Title: "Band practice", Kind: KindSolo, Owner: "b", Days: []time.Weekday{time.Thursday},
			Start: wall("2026-11-05T19:00"), End: wall("2026-11-05T22:00")},
		{ID: "buffer", Kind: KindBuffer, Start: wall("2026-11-19T18:00"), End: wall("2026-11-19T23:00")},
	}
	dinner := Block{ID: "new", Title: "Dinner with friends", Kind: KindJoint, Start: wall("2026-11-19T20:00"), End: wall("2026-11-19T23:00")}
	got := SoloClashes(dinner, blocks, day("2026-11-19"), day("2026-11-19"), time.UTC)
	if len(got) != 1 || got[0].Block.ID != "band" || got[0].Day != day("2026-11-19") {
		t.Fatalf("clashes %+v", got)
	}
	dinner.Start, dinner.End = wall("2026-11-19T22:00"), wall("2026-11-19T23:30")
	if got := SoloClashes(dinner, blocks, day("2026-11-19"), day("2026-11-19"), time.UTC); len(got) != 0 {
		t.Errorf("touching end to start is no clash: %+v", got)
	}
	weekly := Block{ID: "w", Kind: KindJoint, Days: []time.Weekday{time.Thursday}, Start: wall("2026-11-05T21:00"), End: wall("2026-11-05T21:30")}
	if got := SoloClashes(weekly, blocks, day("2026-11-01"), day("2026-11-30"), time.UTC); len(got) != 4 {
		t.Errorf("a weekly joint block on a weekly solo slot clashes every week: %d", len(got))
	}
	solo := weekly
	solo.Kind, solo.Owner = KindSolo, "a"
	if got := SoloClashes(solo, blocks, day("2026-11-01"), day("2026-11-30"), time.UTC); got != nil {
		t.Errorf("only joint blocks are checked: %+v", got)
	}
}
