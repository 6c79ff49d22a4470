package model

// GoalDays are the days a goal last changed column and was archived, as
// the goal's field stamps tell (zero when not known).
type GoalDays struct {
	Moved    Date // the day it last changed column (or was made)
	Archived Date // the day it was archived, for an archived goal
}

// ActiveIn reports whether a goal belongs to the days from..to: it is
// aimed at them (aimed: its target quarter, or its dates touch them), or it
// was planned, in progress or finished in them. A goal in progress counts
// from the day it moved into the column on, until the day it was archived;
// a planned or finished goal with no aim of its own counts likewise from
// the day it was planned, or in the days it was finished in (one with an
// aim goes by its aim, see FinishedIn); an idea only by its aim.
// days.Moved falls back to the day the goal was made.
func ActiveIn(g Goal, aimed bool, days GoalDays, from, to Date) bool {
	if aimed {
		return true
	}
	moved := days.Moved
	if moved.IsZero() && !g.Created.IsZero() {
		moved = DateOf(g.Created.Local())
	}
	if moved.IsZero() || to.Before(moved) {
		return false // not in this column yet, or not known since when
	}
	if g.Archived && !days.Archived.IsZero() && days.Archived.Before(from) {
		return false // put away before the period
	}
	switch g.Column {
	case ColumnDone:
		return !g.Aimed() && !moved.Before(from)
	case ColumnDoing:
		return true
	case ColumnPlanned:
		return !g.Aimed()
	}
	return false
}

// Aimed reports whether a goal is aimed somewhere: it has a target quarter
// or dates.
func (g Goal) Aimed() bool {
	return !g.TargetQuarter.IsZero() || !g.Start.IsZero() || !g.Due.IsZero()
}

// FinishedIn reports whether a done goal counts as finished in from..to:
// one aimed somewhere in the period it was aimed at (aimed says whether
// that is from..to), as the couple planned it; one aimed nowhere in the
// days it moved into Done (days.Moved; never when that is not known).
func FinishedIn(g Goal, aimed bool, days GoalDays, from, to Date) bool {
	switch {
	case g.Column != ColumnDone:
		return false
	case g.Aimed():
		return aimed
	}
	return !days.Moved.IsZero() && !days.Moved.Before(from) && !to.Before(days.Moved)
}

// NewGoalQuarter is the quarter a new goal is aimed at when nobody chose
// one: the quarter the board is filtered to, if any; else this quarter for
// a goal put straight into Planned, In progress or Done (it is being
// planned, done or finished now); and none for an idea, which is not
// aimed anywhere yet.
func NewGoalQuarter(c Column, filter Quarter, today Date) Quarter {
	switch {
	case !filter.IsZero():
		return filter
	case c == ColumnIdeas:
		return Quarter{}
	}
	return today.Quarter()
}
