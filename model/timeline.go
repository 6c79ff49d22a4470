package model

import (
	"fmt"
	"github.com/vennplanner/venn/i18n"
	"slices"
	"strings"
)

// MapLane is a row of the timeline map: partner A's goals, shared goals, or
// partner B's.
type MapLane int

// The three lanes, top to bottom.
const (
	LaneA MapLane = iota
	LaneShared
	LaneB
)

// Bar is a dated goal on the timeline map, in its lane, on its row (bars
// that overlap in a lane are stacked on separate rows).
type Bar struct {
	Goal     Goal
	Lane     MapLane
	From, To Date // inclusive
	Row      int
}

// Span is the days a goal occupies on the map: from its start to its due
// date. A goal with only one of them gets four weeks on the open side; a
// goal with neither is not on the map.
func Span(g Goal) (from, to Date, ok bool) {
	switch {
	case !g.Start.IsZero() && !g.Due.IsZero():
		if g.Due.Before(g.Start) {
			return g.Due, g.Start, true
		}
		return g.Start, g.Due, true
	case !g.Due.IsZero():
		return g.Due.AddDays(-27), g.Due, true
	case !g.Start.IsZero():
		return g.Start, g.Start.AddDays(27), true
	}
	return Date{}, Date{}, false
}

func overlaps(aFrom, aTo, bFrom, bTo Date) bool { return !aTo.Before(bFrom) && !bTo.Before(aFrom) }

// LaneOf is the lane of a goal's owner.
func LaneOf(o Owner, partners []Partner) MapLane {
	for _, p := range partners {
		if Owner(p.ID) == o {
			if p.Slot == SlotB {
				return LaneB
			}
			return LaneA
		}
	}
	return LaneShared
}

// Timeline lays out the dated goals that touch from..to as bars, stacking
// overlapping bars of a lane on separate rows (first fit, by start), and
// returns how many rows each lane needs.
func Timeline(goals []Goal, partners []Partner, from, to Date) (bars []Bar, rows [3]int) {
	for _, g := range goals {
		if g.Archived {
			continue
		}
		f, t, ok := Span(g)
		if !ok || !overlaps(f, t, from, to) {
			continue
		}
		bars = append(bars, Bar{Goal: g, Lane: LaneOf(g.Owner, partners), From: f, To: t})
	}
	slices.SortStableFunc(bars, func(a, b Bar) int {
		if a.Lane != b.Lane {
			return int(a.Lane) - int(b.Lane)
		}
		if c := a.From.Compare(b.From); c != 0 {
			return c
		}
		return strings.Compare(a.Goal.ID, b.Goal.ID)
	})
	var rowEnds [3][]Date
	for i := range bars {
		b := &bars[i]
		ends := rowEnds[b.Lane]
		row := slices.IndexFunc(ends, func(end Date) bool { return end.Before(b.From) })
		if row < 0 {
			row = len(ends)
			ends = append(ends, b.To)
		} else {
			ends[row] = b.To
		}
		rowEnds[b.Lane] = ends
		b.Row = row
	}
	for l := range rows {
		rows[l] = max(1, len(rowEnds[l]))
	}
	return bars, rows
}

// Crunch is a week in which a partner's goals ask for more time than they
// have.
type Crunch struct {
	Week      Date
	PartnerID string
	Load      Amount // minutes a week the partner's active goals are allocated
	Capacity  Amount // minutes a week the partner has
	Goals     int    // personal and shared goals active that week
}

// CrunchWeeks returns, for each week from the week of from to to, each
// partner whose active goals (personal, and their share of shared ones)
// are allocated more time than their capacity that week. A goal is active
// in the weeks its span touches.
func CrunchWeeks(goals []Goal, allocs []Allocation, caps []Capacity, partners []Partner, from, to Date, weekStart Weekday) []Crunch {
	timeOf := map[string]Allocation{}
	for _, a := range allocs {
		if a.Resource == Time {
			timeOf[a.GoalID] = a
		}
	}
	type active struct {
		g        Goal
		from, to Date
	}
	var act []active
	for _, g := range goals {
		if g.Archived || g.Column == ColumnDone {
			continue
		}
		if f, t, ok := Span(g); ok {
			act = append(act, active{g, f, t})
		}
	}
	var out []Crunch
	for w := WeekOf(from, weekStart); !to.Before(w); w = w.AddDays(7) {
		end := w.AddDays(6)
		for _, p := range partners {
			c := Crunch{Week: w, PartnerID: p.ID}
			c.Capacity, _ = CapacityFor(caps, p.ID, Time, end)
			for _, a := range act {
				if !overlaps(a.from, a.to, w, end) {
					continue
				}
				share := Share(timeOf[a.g.ID], a.g, p)
				if a.g.Owner == Owner(p.ID) || (a.g.Owner == Shared && share > 0) {
					c.Goals++
				}
				c.Load += share
			}
			if c.Capacity > 0 && c.Load > c.Capacity {
				out = append(out, c)
			}
		}
	}
	return out
}

// Collision is a partner's personal goal whose timeline runs into a shared
// goal that needs the same partner's time.
type Collision struct {
	PartnerID string
	Personal  *Goal
	Shared    *Goal
	From, To  Date // the days they overlap
	Crunch    bool // some of those weeks are crunch weeks for the partner
}

// Message names the two goals in plain words.
func (c Collision) Message(partners []Partner) string {
	msg := fmt.Sprintf("%s: “%s” runs into “%s” (%s – %s); both need %s's time.",
		OwnerName(Owner(c.PartnerID), partners), c.Personal.Title, c.Shared.Title,
		c.From.Time().Format("2 Jan"), c.To.Time().Format("2 Jan"), OwnerName(Owner(c.PartnerID), partners))
	if c.Crunch {
		msg += " Those weeks are already over capacity."
	}
	return msg
}

// MessageIn is Message in tr's language (nil: English).
func (c Collision) MessageIn(tr *i18n.Tr, partners []Partner) string {
	name := OwnerName(Owner(c.PartnerID), partners)
	msg := tr.T("ui.model.collision", "Name", name, "Personal", c.Personal.Title, "Shared", c.Shared.Title,
		"From", tr.DayMonth(c.From.Time()), "To", tr.DayMonth(c.To.Time()))
	if c.Crunch {
		msg += " " + tr.T("ui.model.collisionCrunch")
	}
	return msg
}

// Collisions finds each personal goal that overlaps a shared goal while
// both are allocated some of the same partner's time.
func Collisions(goals []Goal, allocs []Allocation, partners []Partner, crunch []Crunch) []Collision {
	timeOf := map[string]Allocation{}
	for _, a := range allocs {
		if a.Resource == Time {
			timeOf[a.GoalID] = a
		}
	}
	type spanned struct {
		g        *Goal
		from, to Date
	}
	var shared, personal []spanned
	for i := range goals {
		g := &goals[i]
		if g.Archived || g.Column == ColumnDone {
			continue
		}
		f, t, ok := Span(*g)
		if !ok {
			continue
		}
		if g.Owner == Shared {
			shared = append(shared, spanned{g, f, t})
		} else {
			personal = append(personal, spanned{g, f, t})
		}
	}
	type week struct{ from, to Date }
	crunchWeeks := map[string][]week{}
	for _, c := range crunch {
		crunchWeeks[c.PartnerID] = append(crunchWeeks[c.PartnerID], week{c.Week, c.Week.AddDays(6)})
	}
	var out []Collision
	for _, p := range partners {
		var needs []spanned // shared goals that need this partner's time
		for _, s := range shared {
			if Share(timeOf[s.g.ID], *s.g, p) > 0 {
				needs = append(needs, s)
			}
		}
		for _, pg := range personal {
			if pg.g.Owner != Owner(p.ID) || Share(timeOf[pg.g.ID], *pg.g, p) == 0 {
				continue
			}
			for _, sg := range needs {
				if !overlaps(pg.from, pg.to, sg.from, sg.to) {
					continue
				}
				c := Collision{PartnerID: p.ID, Personal: pg.g, Shared: sg.g, From: laterOf(pg.from, sg.from), To: earlierOf(pg.to, sg.to)}
				for _, w := range crunchWeeks[p.ID] {
					if overlaps(w.from, w.to, c.From, c.To) {
						c.Crunch = true
						break
					}
				}
				out = append(out, c)
			}
		}
	}
	return out
}

func laterOf(a, b Date) Date {
	if a.Before(b) {
		return b
	}
	return a
}

func earlierOf(a, b Date) Date {
	if a.Before(b) {
		return a
	}
	return b
}
