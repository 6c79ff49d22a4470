package app

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage"
)

// BoardView is everything the board screen draws.
type BoardView struct {
	model.Board
	Household model.Household
	Partners  []model.Partner
	Columns   []model.ColumnSettings
	Labels    []string // every label in use, for the filter
	// LabelColours are the colours chosen for labels, keyed in lower case.
	LabelColours map[string]string

	// active and archived are every goal read, laid out once: what
	// WithFilter cuts from. They are the only copy of the goals the view
	// keeps; Board shares their cells where the filter keeps them whole.
	active, archived model.Board
}

// WithFilter lays the same goals out for another filter without reading
// them again: what a search keystroke or a picker needs.
func (v BoardView) WithFilter(f model.BoardFilter) BoardView {
	laidOut := v.active
	if f.Archived {
		laidOut = v.archived
	}
	v.Board = laidOut.Narrow(f)
	return v
}

// Board loads the goals and lays them out for the filter.
func (s *Service) Board(ctx context.Context, f model.BoardFilter) (BoardView, error) {
	h, partners, err := s.Household(ctx)
	if err != nil {
		return BoardView{}, err
	}
	goals, err := s.store.Goals(ctx)
	if err != nil {
		return BoardView{}, err
	}
	cols, err := s.store.ColumnSettings(ctx)
	if err != nil {
		return BoardView{}, err
	}
	colours, err := s.store.LabelColours(ctx)
	if err != nil {
		return BoardView{}, err
	}
	v := BoardView{
		LabelColours: colours,
		Household:    h,
		Partners:     partners,
		Columns:      cols,
		Labels:       model.Labels(goals),
		active:       model.LayOutBoard(goals, partners, false),
		archived:     model.LayOutBoard(goals, partners, true),
	}
	return v.WithFilter(f), nil
}

// Goal returns one goal.
func (s *Service) Goal(ctx context.Context, id string) (model.Goal, error) {
	g, err := s.store.Goal(ctx, id)
	return g, goalErr(err)
}

// CreateGoal adds a goal from the fields the patch sets. Unset fields take
// sensible defaults: shared, in Ideas, at the bottom of its column.
func (s *Service) CreateGoal(ctx context.Context, p model.GoalPatch) (model.Goal, error) {
	g := model.Goal{ID: storage.NewID(), Owner: model.Shared, Column: model.ColumnIdeas, Created: s.now().UTC()}
	err := s.update(ctx, func(tx *storage.Tx) error {
		var err error
		g, err = s.createGoal(tx, g, p)
		return err
	})
	return g, err
}

func (s *Service) createGoal(tx *storage.Tx, g model.Goal, p model.GoalPatch) (model.Goal, error) {
	partners, err := tx.Partners()
	if err != nil {
		return g, err
	}
	g = p.Apply(g)
	if err := g.Validate(partners); err != nil {
		return g, err
	}
	if p.Rank == nil {
		if g.Rank, err = endOfCell(tx, g); err != nil {
			return g, err
		}
	}
	if err := tx.CreateGoal(g); err != nil {
		return g, fmt.Errorf("save goal: %w", err)
	}
	return g, nil
}

// UpdateGoal changes the fields the patch sets. A goal moved to another lane
// or column without a rank goes to the bottom of its new column.
func (s *Service) UpdateGoal(ctx context.Context, id string, p model.GoalPatch) (model.Goal, error) {
	var g model.Goal
	err := s.update(ctx, func(tx *storage.Tx) error {
		var err error
		g, err = s.updateGoal(tx, id, p)
		return err
	})
	return g, err
}

// UpdateGoalSeen is UpdateGoal from a form that showed the goal as seen:
// where the partner saved the title or notes since, the words this edit
// replaces are kept (the goal's activity offers them back), never lost.
func (s *Service) UpdateGoalSeen(ctx context.Context, id string, p model.GoalPatch, seen model.Goal) (model.Goal, error) {
	var g model.Goal
	err := s.update(ctx, func(tx *storage.Tx) error {
		next := p.Apply(seen)
		if p.Title != nil {
			if _, err := tx.KeepOverwritten("goals", id, "title", seen.Title, next.Title); err != nil {
				return err
			}
		}
		if p.Notes != nil {
			if _, err := tx.KeepOverwritten("goals", id, "notes", seen.Notes, next.Notes); err != nil {
				return err
			}
		}
		var err error
		g, err = s.updateGoal(tx, id, p)
		return err
	})
	return g, err
}

func (s *Service) updateGoal(tx *storage.Tx, id string, p model.GoalPatch) (model.Goal, error) {
	old, err := tx.Goal(id)
	if err != nil {
		return old, goalErr(err)
	}
	partners, err := tx.Partners()
	if err != nil {
		return old, err
	}
	g := p.Apply(old)
	if err := g.Validate(partners); err != nil {
		return old, err
	}
	if g.Private && !old.Private {
		me, err := tx.Meta(metaPartner)
		if err != nil {
			return old, err
		}
		if err := model.MayMakePrivate(old.Owner, me, partners); err != nil {
			return old, err
		}
	}
	if p.Rank == nil && (g.Owner != old.Owner || g.Column != old.Column || g.Archived != old.Archived) {
		if g.Rank, err = endOfCell(tx, g); err != nil {
			return old, err
		}
		p.Rank = &g.Rank
	}
	if p.IsEmpty() {
		return g, nil
	}
	if err := tx.UpdateGoal(g, p); err != nil {
		return old, fmt.Errorf("save goal: %w", err)
	}
	return g, nil
}

// Placement says where a moved card lands: a lane, a column, and the card it
// follows in that column ("" for the top, End for the bottom).
type Placement struct {
	Owner  model.Owner
	Column model.Column
	After  string
}

// End places a card at the bottom of its column.
const End = "\x00end"

// MoveGoal moves a card to another place on the board: one field write of
// lane, column and rank, so two devices moving cards never fight.
func (s *Service) MoveGoal(ctx context.Context, id string, to Placement) (model.Goal, error) {
	var g model.Goal
	err := s.update(ctx, func(tx *storage.Tx) error {
		old, err := tx.Goal(id)
		if err != nil {
			return goalErr(err)
		}
		moved := old
		moved.Owner, moved.Column = to.Owner, to.Column
		all, err := cellOf(tx, moved)
		if err != nil {
			return err
		}
		cell := slices.DeleteFunc(all, func(c model.Goal) bool { return c.ID == id })
		index := len(cell)
		switch to.After {
		case "":
			index = 0
		case End:
		default:
			for i, c := range cell {
				if c.ID == to.After {
					index = i + 1
				}
			}
		}
		rank, renumbered := model.Place(cell, index, id)
		for _, c := range cell {
			if r, ok := renumbered[c.ID]; ok && r != c.Rank {
				if _, err := s.updateGoal(tx, c.ID, model.GoalPatch{Rank: &r}); err != nil {
					return err
				}
			}
		}
		g, err = s.updateGoal(tx, id, model.GoalPatch{Owner: &to.Owner, Column: &to.Column, Rank: &rank})
		return err
	})
	return g, err
}

// ArchiveGoal archives (or, with archived false, restores) a goal.
func (s *Service) ArchiveGoal(ctx context.Context, id string, archived bool) error {
	_, err := s.UpdateGoal(ctx, id, model.GoalPatch{Archived: &archived})
	return err
}

// DeleteGoal deletes a goal for good (a tombstone, so the partner's computer
// deletes it too).
func (s *Service) DeleteGoal(ctx context.Context, id string) error {
	return s.update(ctx, func(tx *storage.Tx) error { return goalErr(tx.DeleteGoal(id)) })
}

// cellOf returns the live goals sharing g's lane, column and archive state,
// sorted by rank.
func cellOf(tx *storage.Tx, g model.Goal) ([]model.Goal, error) {
	return tx.GoalsInCell(g.Owner, g.Column, g.Archived)
}

func endOfCell(tx *storage.Tx, g model.Goal) (string, error) {
	cell, err := cellOf(tx, g)
	if err != nil {
		return "", err
	}
	return model.RankAt(cell, len(cell), g.ID), nil
}

// LabelColours returns the colour chosen for each label (keyed in lower
// case); model.LabelColour gives every other label its default.
func (s *Service) LabelColours(ctx context.Context) (map[string]string, error) {
	return s.store.LabelColours(ctx)
}

// SetLabelColour chooses the colour of a label's chip, on both computers.
func (s *Service) SetLabelColour(ctx context.Context, label, colour string) error {
	label = strings.TrimSpace(label)
	if err := model.ValidLabelColour(label, colour); err != nil {
		return err
	}
	return s.update(ctx, func(tx *storage.Tx) error { return tx.PutLabelColour(label, colour) })
}

// LabelChoice is a label in use and the colour of its chip.
type LabelChoice struct {
	Label  string
	Colour string // "#rrggbb": chosen, or the default from the palette
	Chosen bool
}

// LabelChoices lists every label in use with its colour, for Settings.
func (s *Service) LabelChoices(ctx context.Context) ([]LabelChoice, error) {
	labels, err := s.store.LabelsInUse(ctx)
	if err != nil {
		return nil, err
	}
	chosen, err := s.store.LabelColours(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]LabelChoice, len(labels))
	for i, l := range labels {
		_, ok := chosen[strings.ToLower(l)]
		out[i] = LabelChoice{Label: l, Colour: model.LabelColour(l, chosen), Chosen: ok}
	}
	return out, nil
}

// SetStepDone ticks one checklist step of a goal, or takes the tick away,
// without touching the goal's other fields or steps. The checklist is read
// and written in one transaction, so a step changed meanwhile (a sync
// merging the partner's tick) is not written back as it was.
func (s *Service) SetStepDone(ctx context.Context, goalID, stepID string, done bool) error {
	return s.update(ctx, func(tx *storage.Tx) error {
		g, err := tx.Goal(goalID)
		if err != nil {
			return goalErr(err)
		}
		steps := slices.Clone(g.Checklist)
		i := slices.IndexFunc(steps, func(st model.ChecklistStep) bool { return st.ID == stepID })
		if i < 0 {
			return ErrStepGone
		}
		if steps[i].Done == done {
			return nil
		}
		steps[i].Done = done
		_, err = s.updateGoal(tx, goalID, model.GoalPatch{Checklist: &steps})
		return err
	})
}
