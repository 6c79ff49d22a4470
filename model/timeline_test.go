package model

import (
	"strings"
	"testing"
	"time"
)

var (
	maya = Partner{ID: "a", Slot: SlotA, Name: "Maya"}
	liam = Partner{ID: "b", Slot: SlotB, Name: "Liam"}
)

func dated(id string, owner Owner, from, to Date) Goal {
	return Goal{ID: id, Title: id, Owner: owner, Column: ColumnDoing, Start: from, Due: to}
}

func TestTimelineStacksOverlapsPerLane(t *testing.T) {
	partners := []Partner{maya, liam}
	goals := []Goal{
		dated("s1", Shared, Date{2026, 10, 1}, Date{2026, 10, 31}),
		dated("s2", Shared, Date{2026, 10, 15}, Date{2026, 11, 15}), // overlaps s1
		dated("s3", Shared, Date{2026, 11, 1}, Date{2026, 11, 30}),  // after s1: reuses its row
		dated("a1", "a", Date{2026, 10, 1}, Date{2026, 12, 31}),
		dated("b1", "b", Date{2027, 2, 1}, Date{2027, 2, 28}), // outside the quarter
		{ID: "undated", Owner: Shared},
		{ID: "due-only", Owner: "b", Due: Date{2026, 10, 20}},
	}
	bars, rows := Timeline(goals, partners, Date{2026, 10, 1}, Date{2026, 12, 31})
	got := map[string]Bar{}
	for _, b := range bars {
		got[b.Goal.ID] = b
	}
	if len(bars) != 5 || rows != [3]int{1, 2, 1} {
		t.Fatalf("%d bars, rows %v", len(bars), rows)
	}
	if got["s1"].Row != 0 || got["s2"].Row != 1 || got["s3"].Row != 0 {
		t.Errorf("shared rows: s1 %d, s2 %d, s3 %d", got["s1"].Row, got["s2"].Row, got["s3"].Row)
	}
	if got["a1"].Lane != LaneA || got["due-only"].Lane != LaneB || got["s1"].Lane != LaneShared {
		t.Error("bars in the wrong lanes")
	}
	if d := got["due-only"]; d.From != (Date{2026, 9, 23}) || d.To != (Date{2026, 10, 20}) {
		t.Errorf("a goal with only a due date spans %s – %s", d.From, d.To)
	}
}

func TestCrunchWeeksAndCollisions(t *testing.T) {
	partners := []Partner{maya, liam}
	caps := []Capacity{
		{PartnerID: "a", Resource: Time, Amount: 10 * 60, From: Date{2026, 1, 1}},
		{PartnerID: "b", Resource: Time, Amount: 10 * 60, From: Date{2026, 1, 1}},
	}
	goals := []Goal{
		dated("marathon", "a", Date{2026, 10, 5}, Date{2026, 10, 25}), // 6 h/week for Maya
		dated("house", Shared, Date{2026, 10, 19}, Date{2026, 11, 8}), // 8 h/week, shared
		dated("ep", "b", Date{2026, 11, 16}, Date{2026, 11, 29}),      // 4 h/week, after the house
		dated("desk", "b", Date{2026, 10, 19}, Date{2026, 10, 25}),    // no time allocated
		{ID: "done", Owner: "a", Column: ColumnDone, Start: Date{2026, 10, 19}, Due: Date{2026, 10, 25}},
	}
	allocs := []Allocation{
		{GoalID: "marathon", Resource: Time, Amount: 6 * 60},
		{GoalID: "house", Resource: Time, Amount: 8 * 60, SplitA: 50},
		{GoalID: "ep", Resource: Time, Amount: 4 * 60},
		{GoalID: "done", Resource: Time, Amount: 20 * 60},
		{GoalID: "marathon", Resource: Money, Amount: 99999},
	}
	from, to := Date{2026, 10, 1}, Date{2026, 11, 30}
	// Week of 19 Oct: Maya 6 h + half of 8 h = 10 h, exactly her capacity: not a crunch.
	if crunch := CrunchWeeks(goals, allocs, caps, partners, from, to, time.Monday); len(crunch) != 0 {
		t.Fatalf("exactly at capacity is not a crunch: %+v", crunch)
	}
	allocs[1].SplitA = 75 // Maya takes 6 h of the house
	crunch := CrunchWeeks(goals, allocs, caps, partners, from, to, time.Monday)
	if len(crunch) != 1 || crunch[0].Week != (Date{2026, 10, 19}) || crunch[0].PartnerID != "a" || crunch[0].Load != 12*60 || crunch[0].Goals != 2 {
		t.Fatalf("crunch %+v", crunch)
	}
	coll := Collisions(goals, allocs, partners, crunch)
	if len(coll) != 1 {
		t.Fatalf("collisions %+v", coll)
	}
	c := coll[0]
	if c.PartnerID != "a" || c.Personal.ID != "marathon" || c.Shared.ID != "house" || c.From != (Date{2026, 10, 19}) || c.To != (Date{2026, 10, 25}) || !c.Crunch {
		t.Fatalf("collision %+v", c)
	}
	msg := c.Message(partners)
	if !strings.Contains(msg, "“marathon” runs into “house”") || !strings.Contains(msg, "already over capacity") {
		t.Fatalf("message %q", msg)
	}
	// Liam: the EP starts after the house ends and the desk needs no time, so no collision for him.
	allocs[1].SplitA = 100 // the house needs none of Liam's time
	if coll := Collisions(goals, allocs, partners, nil); len(coll) != 1 || coll[0].Crunch {
		t.Fatalf("without crunch weeks: %+v", coll)
	}
	// Without capacities nothing is a crunch.
	if c := CrunchWeeks(goals, allocs, nil, partners, from, to, time.Monday); len(c) != 0 {
		t.Fatalf("crunch without capacity: %+v", c)
	}
}
