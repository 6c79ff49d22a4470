package app

import (
	"context"
	"errors"
	"fmt"
	"slices"

	"github.com/vennplanner/venn/storage"
)

// maxUndo is how many edits of this session can be undone, newest first.
const maxUndo = 100

// ErrNothingToUndo and ErrNothingToRedo say the history is empty that way.
var (
	ErrNothingToUndo = errors.New("there is nothing to undo")
	ErrNothingToRedo = errors.New("there is nothing to redo")
)

// ErrChangedSince means an undo or redo found every field it would give
// back already changed again since — here or on the partner's computer —
// and left them as they are.
var ErrChangedSince = errors.New("it has been changed since, so it was left as it is")

// Edit is one edit of this session that can be undone or redone: what it
// was in words ("goal moved") and the field values that reverse it.
type Edit struct {
	What    string
	changes []storage.Change
}

// history is the session's undo and redo stacks; under Service.mu.
type history struct {
	undo, redo []Edit
}

// record keeps a finished edit for undo; a new edit ends what could be
// redone.
func (s *Service) record(changes []storage.Change) {
	if len(changes) == 0 {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.history.undo = append(s.history.undo, Edit{What: describeEdit(changes), changes: changes})
	if len(s.history.undo) > maxUndo {
		s.history.undo = slices.Delete(s.history.undo, 0, len(s.history.undo)-maxUndo)
	}
	s.history.redo = nil
}

// NextUndo and NextRedo name the edit Ctrl+Z and Ctrl+Shift+Z would act on;
// ok is false when there is none.
func (s *Service) NextUndo() (what string, ok bool) { return s.peek(&s.history.undo) }

// NextRedo names the edit a redo would make again.
func (s *Service) NextRedo() (what string, ok bool) { return s.peek(&s.history.redo) }

func (s *Service) peek(stack *[]Edit) (string, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(*stack) == 0 {
		return "", false
	}
	return (*stack)[len(*stack)-1].What, true
}

// Undo reverses the last edit of this session as a new edit, stamped now,
// so the partner's computer takes it like any other; Redo makes it again.
// Fields changed since the edit (here or by the partner) are left as they
// are. It returns what was undone.
func (s *Service) Undo(ctx context.Context) (string, error) {
	return s.reverse(ctx, &s.history.undo, &s.history.redo, ErrNothingToUndo)
}

// Redo makes again the last edit undone, unless an edit came after it.
func (s *Service) Redo(ctx context.Context) (string, error) {
	return s.reverse(ctx, &s.history.redo, &s.history.undo, ErrNothingToRedo)
}

// reverse restores the top edit of from and keeps its reversal on to.
func (s *Service) reverse(ctx context.Context, from, to *[]Edit, empty error) (string, error) {
	s.mu.Lock()
	if len(*from) == 0 {
		s.mu.Unlock()
		return "", empty
	}
	e := (*from)[len(*from)-1]
	*from = (*from)[:len(*from)-1]
	s.mu.Unlock()
	left := 0
	changes, err := s.write(ctx, func(tx *storage.Tx) (err error) {
		left, err = tx.Restore(e.changes)
		return err
	}, true)
	if err != nil {
		// Nothing was written: the edit stays where it was.
		s.mu.Lock()
		*from = append(*from, e)
		s.mu.Unlock()
		return "", fmt.Errorf("undo %s: %w", e.What, err)
	}
	if len(changes) == 0 && left > 0 {
		return e.What, ErrChangedSince
	}
	s.mu.Lock()
	*to = append(*to, Edit{What: e.What, changes: changes})
	s.mu.Unlock()
	return e.What, nil
}

// editNouns names what a row of each table is, for "goal moved".
var editNouns = map[string]string{
	"goals": "goal", "goal_steps": "checklist step", "goal_labels": "label", "board_columns": "column",
	"blocks": "calendar block", "calendar_targets": "balance aims", "rituals": "ritual",
	"ritual_entries": "ritual mark", "ritual_adaptations": "ritual change", "allocations": "allocation",
	"actuals": "logged spending", "capacities": "capacity", "appreciations": "appreciation",
	"requests": "request", "agreements": "agreement", "health_checks": "health check",
	"health_plans": "health check plan", "questions": "question", "prompts": "prompt",
	"balance_signs": "sign", "assessments": "rating", "life_events": "life event",
	"life_event_changes": "life event", "milestones": "milestone", "sessions": "session",
	"value_entries": "value", "goal_values": "value", "contracts": "commitment",
	"contract_reviews": "review", "reviews": "review", "closeness": "picture", "checkins": "check-in",
	"household": "household settings", "partners": "partner settings",
}

// describeEdit says in words what an edit did, from the fields it wrote:
// the first table named wins, goals before their steps and labels.
func describeEdit(changes []storage.Change) string {
	first := changes[0]
	for _, c := range changes {
		if c.Table == "goals" {
			first = c
			break
		}
	}
	noun := editNouns[first.Table]
	if noun == "" {
		noun = "change"
	}
	verb := "edited"
	for _, c := range changes {
		if c.Table != first.Table || c.ID != first.ID {
			continue
		}
		switch {
		case c.Created():
			return noun + " added"
		case c.Deleted():
			return noun + " deleted"
		case c.Col == "board_column" || c.Col == "rank" || c.Col == "owner" || c.Col == "start_at":
			verb = "moved"
		case c.Col == "archived" && verb == "edited":
			verb = "archived"
		}
	}
	return noun + " " + verb
}
