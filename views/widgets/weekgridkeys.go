package widgets

import (
	"cmp"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// The week grid from the keyboard: Tab reaches it, the arrow keys move a
// ring from block to block (left and right to the nearest block on the
// day before or after, up and down to the one before or after on the same
// day), Enter or space opens the ringed block as a tap does.

var _ fyne.Focusable = (*WeekGrid)(nil)

// FocusGained rings the first block of today, or of the week.
func (g *WeekGrid) FocusGained() {
	g.focused = true
	if g.ringed < 0 || g.ringed >= len(g.Blocks) {
		g.ringed = g.firstBlockFrom(max(g.Today, 0))
	}
	g.Refresh()
}

// FocusLost takes the ring away.
func (g *WeekGrid) FocusLost() { g.focused = false; g.Refresh() }

// TypedRune opens the ringed block on space.
func (g *WeekGrid) TypedRune(r rune) {
	if r == ' ' {
		g.openRinged()
	}
}

// TypedKey moves the ring, or opens the ringed block on Enter.
func (g *WeekGrid) TypedKey(ev *fyne.KeyEvent) {
	if len(g.Blocks) == 0 {
		return
	}
	order := g.blockOrder()
	at := max(slices.Index(order, g.ringed), 0)
	cur := g.Blocks[order[at]]
	switch ev.Name {
	case fyne.KeyUp:
		if at > 0 && g.Blocks[order[at-1]].Day == cur.Day {
			g.ring(order[at-1])
		}
	case fyne.KeyDown:
		if at+1 < len(order) && g.Blocks[order[at+1]].Day == cur.Day {
			g.ring(order[at+1])
		}
	case fyne.KeyLeft:
		g.ring(g.nearestOn(cur, -1))
	case fyne.KeyRight:
		g.ring(g.nearestOn(cur, +1))
	case fyne.KeyReturn, fyne.KeyEnter:
		g.openRinged()
	}
}

// Ringed is the block the keyboard is on, and whether there is one.
func (g *WeekGrid) Ringed() (GridBlock, bool) {
	if g.ringed < 0 || g.ringed >= len(g.Blocks) {
		return GridBlock{}, false
	}
	return g.Blocks[g.ringed], true
}

func (g *WeekGrid) openRinged() {
	if b, ok := g.Ringed(); ok && g.OnTap != nil {
		g.OnTap(b)
	}
}

func (g *WeekGrid) ring(i int) {
	if i >= 0 && i != g.ringed {
		g.ringed = i
		g.Refresh()
	}
}

// blockOrder is the blocks' indexes by day, then start.
func (g *WeekGrid) blockOrder() []int {
	order := make([]int, len(g.Blocks))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		return cmp.Or(cmp.Compare(g.Blocks[a].Day, g.Blocks[b].Day), cmp.Compare(g.Blocks[a].Top, g.Blocks[b].Top))
	})
	return order
}

// firstBlockFrom is the first block on day or the days after it, else the
// week's first; -1 in an empty week.
func (g *WeekGrid) firstBlockFrom(day int) int {
	order := g.blockOrder()
	for _, i := range order {
		if g.Blocks[i].Day >= day {
			return i
		}
	}
	if len(order) > 0 {
		return order[0]
	}
	return -1
}

// nearestOn is the block nearest in time to cur on the closest day with
// blocks in direction dir (-1 before, +1 after); -1 when there is none.
func (g *WeekGrid) nearestOn(cur GridBlock, dir int) int {
	for day := cur.Day + dir; day >= 0 && day < 7; day += dir {
		best, gap := -1, 0
		for i, b := range g.Blocks {
			if b.Day != day {
				continue
			}
			if d := abs(b.Top - cur.Top); best < 0 || d < gap {
				best, gap = i, d
			}
		}
		if best >= 0 {
			return best
		}
	}
	return -1
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// focusRing draws the ring round the ringed block, or round the whole
// week when it has none.
func (r *gridRenderer) focusRing() {
	g := r.g
	if !g.focused {
		return
	}
	th, v := fyne.CurrentApp().Settings().Theme(), fyne.CurrentApp().Settings().ThemeVariant()
	x, y, w, h := float32(1), float32(1), g.Size().Width-2, g.Size().Height-2
	if b, ok := g.Ringed(); ok {
		x, y, w, h = g.BlockRect(b)
		x, y, w, h = x-2, y-2, w+4, h+4
	}
	ring := r.rect(nil, fyne.NewPos(x, y), fyne.NewSize(w, h))
	ring.FillColor = nil
	ring.StrokeColor, ring.StrokeWidth, ring.CornerRadius = th.Color(theme.ColorNamePrimary, v), 2, 5
}
