package model

import (
	"math/rand/v2"
	"strings"
	"testing"
	"time"
)

func wall(s string) WallTime {
	w, err := ParseWallTime(s)
	if err != nil {
		panic(err)
	}
	return w
}

func TestBlockValidate(t *testing.T) {
	partners := []Partner{{ID: "a", Name: "Maya", Slot: SlotA}, {ID: "b", Name: "Liam", Slot: SlotB}}
	ok := Block{Title: "Run", Kind: KindSolo, Owner: "a", Start: wall("2026-11-23T07:00"), End: wall("2026-11-23T08:00")}
	if err := ok.Validate(partners); err != nil {
		t.Fatalf("a good block: %v", err)
	}
	for name, tc := range map[string]struct {
		change func(b *Block)
		words  string
	}{
		"end before start":   {func(b *Block) { b.End = wall("2026-11-23T06:00") }, "after the start"},
		"end equals start":   {func(b *Block) { b.End = b.Start }, "after the start"},
		"longer than 7 days": {func(b *Block) { b.End = wall("2026-12-01T07:01") }, "at most 7 days"},
		"repeat no weekday":  {func(b *Block) { b.Days = []time.Weekday{} }, "at least one weekday"},
		"solo of nobody":     {func(b *Block) { b.Owner = "" }, "choose whose"},
		"joint with owner":   {func(b *Block) { b.Kind = KindJoint }, "Only solo time"},
		"no title":           {func(b *Block) { b.Title = "  " }, "needs a title"},
		"until before start": {func(b *Block) { b.Days = []time.Weekday{time.Monday}; b.Until = Date{2026, 11, 1} }, "on or after"},
		"unknown kind":       {func(b *Block) { b.Kind = "party"; b.Owner = "" }, "Unknown kind"},
	} {
		b := ok
		tc.change(&b)
		err := b.Validate(partners)
		if err == nil || !IsValidation(err) || !strings.Contains(err.Error(), tc.words) {
			t.Errorf("%s: %v", name, err)
		}
	}
	week := ok
	week.End = wall("2026-11-30T07:00")
	if err := week.Validate(partners); err != nil {
		t.Errorf("exactly seven days is allowed: %v", err)
	}
}

func TestExpandKeepsWallClockAcrossDST(t *testing.T) {
	berlin, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Skip("no time zone data:", err)
	}
	// Every Sunday 18:00–20:00 from March, across the spring change (29 Mar 2026)
	// and the autumn change (25 Oct 2026).
	b := Block{ID: "x", Title: "Dinner", Kind: KindJoint, Start: wall("2026-03-22T18:00"), End: wall("2026-03-22T20:00"),
		Days: []time.Weekday{time.Sunday}}
	occs := Expand([]Block{b}, Date{2026, 3, 1}, Date{2026, 11, 1}, berlin)
	if len(occs) != 33 {
		t.Fatalf("%d Sundays, want 33", len(occs))
	}
	for _, o := range occs {
		if h, m, _ := o.From.Clock(); h != 18 || m != 0 {
			t.Errorf("%s starts at %02d:%02d local, want 18:00", o.Day, h, m)
		}
		if o.Minutes() != 120 {
			t.Errorf("%s lasts %d min, want 120", o.Day, o.Minutes())
		}
	}
	if occs[1].From.Sub(occs[0].From) != 7*24*time.Hour-time.Hour {
		t.Errorf("the week of the spring change is %v long, want 167 h", occs[1].From.Sub(occs[0].From))
	}
	// A night block across the spring-forward gap lasts an hour less in real time.
	night := Block{ID: "n", Title: "Night", Kind: KindBuffer, Start: wall("2026-03-29T01:00"), End: wall("2026-03-29T04:00")}
	if o := Expand([]Block{night}, Date{2026, 3, 29}, Date{2026, 3, 29}, berlin); len(o) != 1 || o[0].Minutes() != 120 {
		t.Fatalf("the spring-forward night: %+v", o)
	}
	// And an hour more across the fall-back night.
	night.Start, night.End = wall("2026-10-25T01:00"), wall("2026-10-25T04:00")
	if o := Expand([]Block{night}, Date{2026, 10, 25}, Date{2026, 10, 25}, berlin); len(o) != 1 || o[0].Minutes() != 240 {
		t.Fatalf("the fall-back night: %+v", o)
	}
}

func TestExpandRepeatsSkipsUntilAndOvernight(t *testing.T) {
	b := Block{ID: "r", Title: "Band", Kind: KindSolo, Owner: "b", Start: wall("2026-11-02T22:00"), End: wall("2026-11-03T01:00"),
		Days: []time.Weekday{time.Monday, time.Thursday}, Until: Date{2026, 11, 26}, Skip: []Date{{2026, 11, 12}}}
	occs := Expand([]Block{b}, Date{2026, 11, 3}, Date{2026, 11, 30}, time.UTC)
	var days []string
	for _, o := range occs {
		days = append(days, o.Day.String())
	}
	// 2 Nov (Monday) reaches past midnight into the 3rd; the 12th was deleted; the 30th is after the end.
	want := "2026-11-02 2026-11-05 2026-11-09 2026-11-16 2026-11-19 2026-11-23 2026-11-26"
	if got := strings.Join(days, " "); got != want {
		t.Fatalf("occurrences %s, want %s", got, want)
	}
	if occs[0].End != wall("2026-11-03T01:00") {
		t.Errorf("overnight end %v", occs[0].End)
	}
}

func TestLayoutOverlapsNeverStacksOverlapsInOneColumn(t *testing.T) {
	rng := rand.New(rand.NewPCG(6, 6))
	base := time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)
	for round := range 300 {
		n := 1 + rng.IntN(12)
		var occs []Occurrence
		for range n {
			from := base.Add(time.Duration(rng.IntN(48)) * 30 * time.Minute)
			occs = append(occs, Occurrence{Block: &Block{}, From: from, To: from.Add(time.Duration(1+rng.IntN(8)) * 30 * time.Minute)})
		}
		sortOccs(occs)
		placed := LayoutOverlaps(occs)
		for i, p := range placed {
			if p.Column < 0 || p.Column >= p.Columns {
				t.Fatalf("round %d: column %d of %d", round, p.Column, p.Columns)
			}
			for _, q := range placed[i+1:] {
				overlap := p.From.Before(q.To) && q.From.Before(p.To)
				if overlap && p.Column == q.Column {
					t.Fatalf("round %d: overlapping occurrences share column %d", round, p.Column)
				}
				if overlap && p.Columns != q.Columns {
					t.Fatalf("round %d: overlapping occurrences disagree on the width", round)
				}
			}
		}
	}
	if got := LayoutOverlaps(nil); len(got) != 0 {
		t.Fatalf("an empty day laid out %d blocks", len(got))
	}
}

func sortOccs(o []Occurrence) {
	for i := 1; i < len(o); i++ {
		for j := i; j > 0 && o[j].From.Before(o[j-1].From); j-- {
			o[j], o[j-1] = o[j-1], o[j]
		}
	}
}

func TestWeekBalanceAndFlags(t *testing.T) {
	partners := []Partner{{ID: "a", Name: "Maya"}, {ID: "b", Name: "Liam"}}
	blocks := []Block{
		{ID: "1", Kind: KindSolo, Owner: "a", Start: wall("2026-11-22T20:00"), End: wall("2026-11-23T02:00")}, // 2 h inside the week
		{ID: "2", Kind: KindSolo, Owner: "b", Start: wall("2026-11-24T18:00"), End: wall("2026-11-24T23:00")},
		{ID: "3", Kind: KindJoint, Start: wall("2026-11-25T19:00"), End: wall("2026-11-25T21:30")},
		{ID: "4", Kind: KindBuffer, Start: wall("2026-11-29T10:00"), End: wall("2026-11-29T12:00")},
	}
	from := time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)
	b := WeekBalance(Expand(blocks, Date{2026, 11, 23}, Date{2026, 11, 29}, time.UTC), from, from.AddDate(0, 0, 7))
	if b.Solo["a"] != 120 || b.Solo["b"] != 300 || b.Joint != 150 || b.Buffer != 120 {
		t.Fatalf("balance %+v", b)
	}
	flags := BalanceFlags(b, BalanceTargets{SoloEach: 240, Joint: 180}, partners)
	text := strings.Join(flags, "\n")
	if len(flags) != 2 || !strings.Contains(text, "Maya has 2 h of solo time") || !strings.Contains(text, "Joint time is 2 h 30 min") {
		t.Fatalf("flags:\n%s", text)
	}
	if f := BalanceFlags(b, BalanceTargets{}, partners); len(f) != 1 || !strings.Contains(f[0], "less than half") {
		t.Fatalf("without aims, one side shrinking is still noted: %v", f)
	}
}
