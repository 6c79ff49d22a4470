package model

import (
	"cmp"
	"slices"
	"strings"
)

// ColumnSettings is the couple's name for a board column and its optional
// work-in-progress limit (0 = no limit).
type ColumnSettings struct {
	Column   Column
	Name     string
	WIPLimit int
}

// MaxWIPLimit bounds a column's work-in-progress limit.
const MaxWIPLimit = 999

// Validate checks a column's name and limit.
func (c ColumnSettings) Validate() error {
	name := strings.TrimSpace(c.Name)
	switch {
	case c.Column.Index() < 0:
		return invalid("column", "ui.model.columnUnknown", "Column", quoted(c.Column))
	case name == "" || len([]rune(name)) > 30:
		return invalid("name", "ui.model.columnNameLength")
	case c.WIPLimit < 0 || c.WIPLimit > MaxWIPLimit:
		return invalid("limit", "ui.model.wipLimit", "Max", MaxWIPLimit)
	}
	return nil
}

// OverLimit reports whether count cards exceed the column's limit.
func (c ColumnSettings) OverLimit(count int) bool { return c.WIPLimit > 0 && count > c.WIPLimit }

// DefaultColumnSettings returns the four columns with their default names.
func DefaultColumnSettings() []ColumnSettings {
	out := make([]ColumnSettings, len(Columns))
	for i, c := range Columns {
		out[i] = ColumnSettings{Column: c, Name: c.DefaultName()}
	}
	return out
}

// BoardFilter selects which goals the board shows.
type BoardFilter struct {
	Owner    Owner   // "" shows every lane
	Label    string  // "" shows any label
	Search   string  // words that must all appear in title, notes, labels or steps
	Quarter  Quarter // zero shows every quarter
	Archived bool    // show the archive instead of the active goals
}

// Lane is one swimlane of the board: a partner's personal goals or the shared ones.
type Lane struct {
	Owner   Owner
	Partner *Partner // nil for the shared lane
	Cells   [][]Goal // one slice per column, in Columns order, sorted by rank
}

// Count returns how many goals the lane holds in column c.
func (l Lane) Count(c Column) int { return len(l.Cells[c.Index()]) }

// Board is what the board screen shows: lanes of columns of cards.
type Board struct {
	Lanes []Lane
	Shown int // goals shown
	Total int // goals considered (active or archived, before the other filters)
	// InColumn counts the active goals per column in the lanes shown,
	// whatever the label, search and quarter filters, for the
	// work-in-progress limits.
	InColumn []int
}

// LaneOrder returns the board's lane owners: partner A, shared, partner B.
func LaneOrder(partners []Partner) []Owner {
	owners := []Owner{Shared}
	for _, p := range partners {
		switch p.Slot {
		case SlotA:
			owners = append([]Owner{Owner(p.ID)}, owners...)
		case SlotB:
			owners = append(owners, Owner(p.ID))
		}
	}
	return owners
}

// BuildBoard lays goals out in lanes and columns, keeping those the filter
// selects, each column sorted by rank.
func BuildBoard(goals []Goal, partners []Partner, f BoardFilter) Board {
	return LayOutBoard(goals, partners, f.Archived).Narrow(f)
}

// LayOutBoard lays out every active goal (or, with archived, every
// archived one) in lanes and columns, each column sorted by rank: the board
// a filter is cut from (Board.Narrow). The goals are copied once, into one
// array the cells share, each cell exactly as long as it needs.
func LayOutBoard(goals []Goal, partners []Partner, archived bool) Board {
	owners := LaneOrder(partners)
	b := Board{InColumn: make([]int, len(Columns)), Lanes: make([]Lane, len(owners))}
	laneOf := make(map[Owner]int, len(owners))
	for li, owner := range owners {
		laneOf[owner] = li
		b.Lanes[li] = Lane{Owner: owner, Cells: make([][]Goal, len(Columns))}
		for i := range partners {
			if Owner(partners[i].ID) == owner {
				b.Lanes[li].Partner = &partners[i]
			}
		}
	}
	// cellOf finds a goal's cell: its lane and column, or ok false for a
	// goal this board does not show.
	cellOf := func(g Goal) (li, ci int, ok bool) {
		if g.Archived != archived {
			return 0, 0, false
		}
		li, ok = laneOf[g.Owner]
		ci = g.Column.Index()
		return li, ci, ok && ci >= 0
	}
	counts := make([]int, len(owners)*len(Columns))
	for _, g := range goals {
		if g.Archived == archived {
			b.Total++
		}
		if li, ci, ok := cellOf(g); ok {
			counts[li*len(Columns)+ci]++
		}
	}
	all := make([]Goal, 0, b.Total)
	for li := range b.Lanes {
		for ci := range Columns {
			n := counts[li*len(Columns)+ci]
			if n > 0 {
				b.Lanes[li].Cells[ci] = all[len(all) : len(all) : len(all)+n]
				all = all[:len(all)+n]
			}
		}
	}
	for _, g := range goals {
		if li, ci, ok := cellOf(g); ok {
			cell := &b.Lanes[li].Cells[ci]
			*cell = append(*cell, g) // within its room in all
		}
	}
	for _, lane := range b.Lanes {
		for ci, cell := range lane.Cells {
			slices.SortFunc(cell, CompareByRank)
			b.Shown += len(cell)
			if !archived {
				b.InColumn[ci] += len(cell)
			}
		}
	}
	return b
}

// Narrow cuts from a board LayOutBoard made the board that filter f shows
// (f.Archived must be the board's): the lanes f keeps and, in them, the
// goals it keeps, in the same order. A cell f keeps whole is shared with b,
// not copied (capped, so that appending to it copies), so the board as
// first shown and each refilter without words, label or quarter cost no
// copy of the goals.
func (b Board) Narrow(f BoardFilter) Board {
	out := Board{Total: b.Total, InColumn: make([]int, len(Columns))}
	terms := strings.Fields(strings.ToLower(f.Search))
	whole := f.Label == "" && f.Quarter.IsZero() && len(terms) == 0
	for _, lane := range b.Lanes {
		if f.Owner != "" && f.Owner != lane.Owner {
			continue
		}
		kept := Lane{Owner: lane.Owner, Partner: lane.Partner, Cells: make([][]Goal, len(lane.Cells))}
		for ci, cell := range lane.Cells {
			if !f.Archived {
				out.InColumn[ci] += len(cell)
			}
			if whole {
				kept.Cells[ci] = cell[:len(cell):len(cell)]
			} else {
				for _, g := range cell {
					if f.matches(g, terms) {
						kept.Cells[ci] = append(kept.Cells[ci], g)
					}
				}
			}
			out.Shown += len(kept.Cells[ci])
		}
		out.Lanes = append(out.Lanes, kept)
	}
	return out
}

// CompareByRank orders goals by rank, then id, so that two goals that two
// devices happened to give one rank still have a stable order.
func CompareByRank(a, b Goal) int {
	if c := cmp.Compare(a.Rank, b.Rank); c != 0 {
		return c
	}
	return cmp.Compare(a.ID, b.ID)
}

func (f BoardFilter) matches(g Goal, terms []string) bool {
	if f.Label != "" && !g.HasLabel(f.Label) {
		return false
	}
	if !f.Quarter.IsZero() && !g.InQuarter(f.Quarter) {
		return false
	}
	if len(terms) == 0 {
		return true
	}
	var sb strings.Builder
	sb.WriteString(strings.ToLower(g.Title))
	sb.WriteByte('\n')
	sb.WriteString(strings.ToLower(g.Notes))
	for _, l := range g.Labels {
		sb.WriteByte('\n')
		sb.WriteString(strings.ToLower(l))
	}
	for _, s := range g.Checklist {
		sb.WriteByte('\n')
		sb.WriteString(strings.ToLower(s.Text))
	}
	text := sb.String()
	for _, t := range terms {
		if !strings.Contains(text, t) {
			return false
		}
	}
	return true
}

// InQuarter reports whether the goal is aimed at quarter q: its target
// quarter is q or, when it has none, its start–target dates touch q.
func (g Goal) InQuarter(q Quarter) bool {
	if !g.TargetQuarter.IsZero() {
		return g.TargetQuarter == q
	}
	switch {
	case g.Start.IsZero() && g.Due.IsZero():
		return false
	case g.Start.IsZero():
		return q.Contains(g.Due)
	case g.Due.IsZero():
		return q.Contains(g.Start)
	default:
		return !g.Due.Before(q.First()) && !q.Last().Before(g.Start)
	}
}

// RankAt returns the rank that places a card at position index of cell
// (a column sorted by rank), with the moving card itself left out of the
// count. An index past the end appends.
func RankAt(cell []Goal, index int, moving string) string {
	before, after := neighbours(cell, index, moving)
	return RankBetween(before, after)
}

// RenumberLen is the rank length past which a column is renumbered: ranks
// grow by a digit each time a card is put between the same two cards, so a
// long run of such moves would otherwise make them grow without end.
const RenumberLen = 8

// Place is where a moved goal goes: its rank at index among the cell's
// other goals, and, when that rank has grown past RenumberLen, fresh
// evenly spread ranks for every goal of the cell (the moved one included)
// by id. The fresh ranks depend only on the order, so two computers that
// renumber the same column agree.
func Place(cell []Goal, index int, moving string) (rank string, renumbered map[string]string) {
	rank = RankAt(cell, index, moving)
	if len(rank) <= RenumberLen {
		return rank, nil
	}
	others := make([]string, 0, len(cell)+1)
	for _, g := range cell {
		if g.ID != moving {
			others = append(others, g.ID)
		}
	}
	index = max(0, min(index, len(others)))
	order := slices.Insert(others, index, moving)
	ranks := RanksSpread(len(order))
	renumbered = make(map[string]string, len(order))
	for i, id := range order {
		renumbered[id] = ranks[i]
	}
	return renumbered[moving], renumbered
}

// neighbours are the ranks a goal put at index among the cell's other goals
// falls between ("" at either end).
func neighbours(cell []Goal, index int, moving string) (before, after string) {
	others := make([]Goal, 0, len(cell))
	for _, g := range cell {
		if g.ID != moving {
			others = append(others, g)
		}
	}
	index = max(0, min(index, len(others)))
	if index > 0 {
		before = others[index-1].Rank
	}
	if index < len(others) {
		after = others[index].Rank
	}
	return before, after
}

// Labels returns every label in use, sorted case-insensitively, each once.
func Labels(goals []Goal) []string {
	var all []string
	for _, g := range goals {
		all = append(all, g.Labels...)
	}
	all = NormalizeLabels(all)
	slices.SortFunc(all, func(a, b string) int { return cmp.Compare(strings.ToLower(a), strings.ToLower(b)) })
	return all
}
