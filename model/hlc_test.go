package model

import (
	"math"
	"math/rand/v2"
	"sort"
	"testing"
	"time"
)

func TestStampEncodingSortsLikeCompare(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	devices := []string{"0190aaaa-0000-7000-8000-000000000001", "0190aaaa-0000-7000-8000-000000000002"}
	stamps := make([]Stamp, 500)
	for i := range stamps {
		stamps[i] = Stamp{WallMS: rng.Int64N(5) + 1_763_800_000_000, Counter: uint32(rng.IntN(4)), Device: devices[rng.IntN(2)]}
	}
	byString := append([]Stamp(nil), stamps...)
	sort.Slice(byString, func(i, j int) bool { return byString[i].String() < byString[j].String() })
	for i := 1; i < len(byString); i++ {
		if byString[i-1].Compare(byString[i]) > 0 {
			t.Fatalf("string order disagrees with Compare: %v before %v", byString[i-1], byString[i])
		}
	}
	for _, s := range stamps {
		back, err := ParseStamp(s.String())
		if err != nil || back != s {
			t.Fatalf("round trip of %v gave %v, %v", s, back, err)
		}
	}
}

func TestParseStampRejectsGarbage(t *testing.T) {
	for _, bad := range []string{"", "x", "1-2-3", "000000000000001-0000000001-", "-000000000000001-0000000001-d"} {
		if _, err := ParseStamp(bad); err == nil {
			t.Errorf("ParseStamp(%q) accepted garbage", bad)
		}
	}
}

func TestClockIsMonotonicWhenWallClockGoesBack(t *testing.T) {
	wall := time.UnixMilli(1_000_000)
	c := NewClock("dev", Stamp{}, func() time.Time { return wall })
	a := c.Now()
	wall = wall.Add(-time.Hour)
	b := c.Now()
	if b.Compare(a) <= 0 {
		t.Fatalf("clock went backwards: %v then %v", a, b)
	}
	if b.WallMS != a.WallMS || b.Counter != a.Counter+1 {
		t.Fatalf("expected counter to advance, got %v then %v", a, b)
	}
}

func TestClockMovesPastObservedStamps(t *testing.T) {
	c := NewClock("b", Stamp{}, func() time.Time { return time.UnixMilli(100) })
	remote := Stamp{WallMS: 5000, Counter: 3, Device: "a"}
	c.Observe(remote)
	if got := c.Now(); got.Compare(remote) <= 0 {
		t.Fatalf("stamp %v after observing %v does not win", got, remote)
	}
}

func TestClockResumesAfterPersistedStamp(t *testing.T) {
	c := NewClock("d", Stamp{WallMS: 9000, Counter: 2, Device: "d"}, func() time.Time { return time.UnixMilli(10) })
	if got := c.Now(); got.WallMS != 9000 || got.Counter != 3 {
		t.Fatalf("got %v, want 9000/3", got)
	}
}

func TestClockSaturatesInsteadOfWrapping(t *testing.T) {
	wall := time.Date(2026, 11, 29, 12, 0, 0, 0, time.UTC)
	// A stamp at the end of the counter, as a hostile file could carry.
	c := NewClock("d", Stamp{WallMS: wall.UnixMilli(), Counter: math.MaxUint32}, func() time.Time { return wall })
	prev := c.Last()
	for range 3 {
		s := c.Now()
		if s.Compare(prev) <= 0 {
			t.Fatalf("the clock went back or stood still: %v after %v", s, prev)
		}
		prev = s
	}
	// At the end of time itself the clock stays put rather than wrapping.
	end := NewClock("d", Stamp{WallMS: MaxWallMS, Counter: math.MaxUint32}, func() time.Time { return wall })
	if s := end.Now(); s.WallMS != MaxWallMS || s.Counter != math.MaxUint32 {
		t.Errorf("at the end of time the clock gave %v", s)
	}
	if _, err := ParseStamp(Stamp{WallMS: MaxWallMS + 1, Device: "d"}.String()); err == nil {
		t.Error("a stamp past the end of time parsed")
	}
}

func TestAheadNeverOverflows(t *testing.T) {
	now := time.Date(2026, 11, 29, 12, 0, 0, 0, time.UTC)
	cases := []struct {
		stamp Stamp
		want  time.Duration
	}{
		{Stamp{WallMS: now.UnixMilli() - 5000}, 0},
		{Stamp{WallMS: now.UnixMilli() + 90_000}, 90 * time.Second},
		{Stamp{WallMS: MaxWallMS}, time.Duration(math.MaxInt64)}, // saturates
	}
	for _, c := range cases {
		if got := Ahead(c.stamp, now); got != c.want || got < 0 {
			t.Errorf("Ahead(%v) = %v, want %v", c.stamp.WallMS, got, c.want)
		}
	}
	if got := Ahead(Stamp{WallMS: MaxWallMS}, time.Unix(0, 0).Add(-200*365*24*time.Hour)); got <= 0 {
		t.Errorf("a stamp far ahead of a clock set to 1770 reads %v", got)
	}
}
