package app

import (
	"context"
	"fmt"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage"
)

// DecisionRef names a big decision: a life event's, or the decisions of a
// quarter's session. Exactly one is set.
type DecisionRef struct {
	EventID   string
	SessionID string
}

func (r DecisionRef) holds(c model.ValueCheck) bool {
	return c.EventID == r.EventID && c.SessionID == r.SessionID
}

// DecisionChecks are the values a decision can be weighed against on this
// computer (the couple's shared ones first, then each partner's, private
// ones only where they are), and the verdict given for each so far.
type DecisionChecks struct {
	Values   []model.Value
	Verdicts map[string]model.Verdict // by value id; absent when not weighed
}

// Line says the decision's verdicts in words: "Serves Adventure · strains
// Saving for a flat"; "" when no value is served or strained.
func (d DecisionChecks) Line() string {
	checks := make([]model.ValueCheck, 0, len(d.Verdicts))
	for id, v := range d.Verdicts {
		checks = append(checks, model.ValueCheck{ValueID: id, Verdict: v})
	}
	return model.CheckWords(checks, d.Values)
}

// DecisionChecks reads the values and the verdicts of one decision.
func (s *Service) DecisionChecks(ctx context.Context, ref DecisionRef) (DecisionChecks, error) {
	values, err := s.store.Values(ctx)
	if err != nil {
		return DecisionChecks{}, err
	}
	checks, err := s.store.ValueChecks(ctx)
	if err != nil {
		return DecisionChecks{}, err
	}
	_, partners, err := s.Household(ctx)
	if err != nil {
		return DecisionChecks{}, err
	}
	out := DecisionChecks{Values: valuesInOrder(values, partners), Verdicts: map[string]model.Verdict{}}
	for _, c := range checks {
		if ref.holds(c) {
			out.Verdicts[c.ValueID] = c.Verdict
		}
	}
	return out, nil
}

// valuesInOrder puts the couple's shared values first, then each
// partner's in slot order, each owner's in their own order.
func valuesInOrder(values []model.Value, partners []model.Partner) []model.Value {
	var out []model.Value
	for _, o := range append([]model.Owner{model.Shared}, ownersOf(partners)...) {
		for _, v := range values {
			if v.Owner == o {
				out = append(out, v)
			}
		}
	}
	return out
}

func ownersOf(partners []model.Partner) []model.Owner {
	out := make([]model.Owner, len(partners))
	for i, p := range partners {
		out[i] = model.Owner(p.ID)
	}
	return out
}

// SaveDecisionChecks weighs a decision against values: each value's verdict,
// "" taking a verdict away. A check is private when its value or its
// decision is, so a partner's private value is never revealed through it.
func (s *Service) SaveDecisionChecks(ctx context.Context, ref DecisionRef, verdicts map[string]model.Verdict) error {
	return s.update(ctx, func(tx *storage.Tx) error {
		private, err := decisionPrivate(tx, ref)
		if err != nil {
			return err
		}
		values, err := tx.Values()
		if err != nil {
			return err
		}
		byID := map[string]model.Value{}
		for _, v := range values {
			byID[v.ID] = v
		}
		checks, err := tx.ValueChecks()
		if err != nil {
			return err
		}
		had := map[string]model.ValueCheck{}
		for _, c := range checks {
			if ref.holds(c) {
				had[c.ValueID] = c
			}
		}
		for valueID, verdict := range verdicts {
			v, ok := byID[valueID]
			if !ok {
				return model.Invalid("value", "ui.model.valueRemoved")
			}
			if err := putCheck(tx, had[valueID], model.ValueCheck{ValueID: v.ID, EventID: ref.EventID, SessionID: ref.SessionID,
				Verdict: verdict, Private: v.Private || private}); err != nil {
				return err
			}
		}
		return nil
	})
}

// putCheck writes one check when it changed, or takes it away.
func putCheck(tx *storage.Tx, old, c model.ValueCheck) error {
	if c.Verdict == "" {
		if old.ID == "" {
			return nil
		}
		return tx.Delete("value_checks", old.ID)
	}
	if err := c.Validate(); err != nil {
		return err
	}
	if old.ID != "" && old.Verdict == c.Verdict && old.Private == c.Private {
		return nil
	}
	return tx.PutValueCheck(c)
}

// decisionPrivate reads whether the decision is private (and that it is
// still there).
func decisionPrivate(tx *storage.Tx, ref DecisionRef) (bool, error) {
	switch {
	case ref.EventID != "" && ref.SessionID == "":
		e, err := tx.LifeEvent(ref.EventID)
		if err != nil {
			return false, fmt.Errorf("check a decision against values: %w", err)
		}
		return e.Private, nil
	case ref.SessionID != "" && ref.EventID == "":
		x, found, err := tx.Session(ref.SessionID)
		if err != nil {
			return false, err
		}
		if !found {
			return false, model.Invalid("decision", "ui.model.saveSessionFirst")
		}
		return x.Private, nil
	}
	return false, model.Invalid("decision", "ui.model.valueOneDecision")
}

// ValueChecks returns every value check on this computer.
func (s *Service) ValueChecks(ctx context.Context) ([]model.ValueCheck, error) {
	return s.store.ValueChecks(ctx)
}
