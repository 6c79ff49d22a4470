package app

import (
	"context"
	"fmt"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage"
)

type exportCapacity struct {
	ID        string `json:"id"`
	PartnerID string `json:"partner_id"`
	Resource  string `json:"resource"`
	Amount    int64  `json:"amount"`
	From      string `json:"from"`
}

type exportAllocation struct {
	ID       string `json:"id"`
	GoalID   string `json:"goal_id"`
	Resource string `json:"resource"`
	Amount   int64  `json:"amount"`
	SplitA   int    `json:"split_a"`
}

type exportActual struct {
	ID        string `json:"id"`
	GoalID    string `json:"goal_id"`
	PartnerID string `json:"partner_id"`
	Resource  string `json:"resource"`
	Amount    int64  `json:"amount"`
	Day       string `json:"day"`
	Note      string `json:"note"`
}

func (s *Service) exportResources(ctx context.Context, doc *exportDoc) error {
	caps, err := s.store.Capacities(ctx)
	if err != nil {
		return err
	}
	for _, c := range caps {
		doc.Capacities = append(doc.Capacities, exportCapacity{ID: c.ID, PartnerID: c.PartnerID, Resource: string(c.Resource), Amount: int64(c.Amount), From: c.From.String()})
	}
	allocs, err := s.store.Allocations(ctx)
	if err != nil {
		return err
	}
	for _, a := range allocs {
		doc.Allocations = append(doc.Allocations, exportAllocation{ID: a.ID, GoalID: a.GoalID, Resource: string(a.Resource), Amount: int64(a.Amount), SplitA: a.SplitA})
	}
	actuals, err := s.store.Actuals(ctx)
	if err != nil {
		return err
	}
	for _, a := range actuals {
		doc.Actuals = append(doc.Actuals, exportActual{ID: a.ID, GoalID: a.GoalID, PartnerID: a.PartnerID, Resource: string(a.Resource),
			Amount: int64(a.Amount), Day: a.Day.String(), Note: a.Note})
	}
	return nil
}

// importResources brings capacities, allocations and actuals in, each with
// the same checks as when entered by hand. Amounts are in stored units
// (minutes, minor currency units, tenths of a point).
func (s *Service) importResources(tx *storage.Tx, doc importDoc, res *ImportResult) error {
	h, herr := tx.Household()
	partners, err := tx.Partners()
	if err != nil {
		return err
	}
	needHousehold := func(where string) error {
		if herr != nil {
			return importErr("%s: resources need a household first", where)
		}
		return nil
	}
	isPartner := func(id string) bool {
		for _, p := range partners {
			if p.ID == id {
				return true
			}
		}
		return false
	}
	for i, raw := range doc.capacities {
		o := object{raw: raw, where: fmt.Sprintf("capacity %d", i+1)}
		pid, r, from := o.str("partner_id"), o.str("resource"), o.str("from")
		amount := field[int64](&o, "amount", "a whole number")
		if o.err != nil {
			return o.err
		}
		if err := needHousehold(o.where); err != nil {
			return err
		}
		if pid == nil || r == nil || from == nil || amount == nil || !isPartner(*pid) {
			return importErr("%s needs a partner_id of this household, a resource, an amount and a from date", o.where)
		}
		d, err := model.ParseDate(*from)
		if err != nil || d.IsZero() {
			return importErr("%s: from: %q is not a date", o.where, *from)
		}
		if err := model.ValidateAmount(model.Resource(*r), model.Amount(*amount), h.Currency); err != nil {
			return importErr("%s: %s", o.where, UserMessage(err))
		}
		c := model.Capacity{ID: storage.CapacityID(*pid, model.Resource(*r), d), PartnerID: *pid, Resource: model.Resource(*r), Amount: model.Amount(*amount), From: d}
		if err := tx.PutCapacity(c); err != nil {
			return err
		}
		res.ResourceRowsSaved++
	}
	for i, raw := range doc.allocations {
		o := object{raw: raw, where: fmt.Sprintf("allocation %d", i+1)}
		gid, r := o.str("goal_id"), o.str("resource")
		amount := field[int64](&o, "amount", "a whole number")
		split := o.integer("split_a")
		if o.err != nil {
			return o.err
		}
		if err := needHousehold(o.where); err != nil {
			return err
		}
		if gid == nil || r == nil || amount == nil {
			return importErr("%s needs a goal_id, a resource and an amount", o.where)
		}
		// An archived goal may keep its allocation (it no longer counts);
		// a deleted one may not.
		g, err := tx.Goal(*gid)
		if err != nil {
			return importErr("%s: no goal with id %q", o.where, *gid)
		}
		sa := 50
		set(&sa, split)
		if err := model.ValidateAmount(model.Resource(*r), model.Amount(*amount), h.Currency); err != nil {
			return importErr("%s: %s", o.where, UserMessage(err))
		}
		if err := model.ValidateSplit(sa, 100-sa); err != nil {
			return importErr("%s: %s", o.where, UserMessage(err))
		}
		if err := tx.PutAllocation(model.Allocation{GoalID: g.ID, Resource: model.Resource(*r), Amount: model.Amount(*amount), SplitA: sa}, g.Private); err != nil {
			return err
		}
		res.ResourceRowsSaved++
	}
	for i, raw := range doc.actuals {
		o := object{raw: raw, where: fmt.Sprintf("actual %d", i+1)}
		id, gid, pid, r, day, note := o.str("id"), o.str("goal_id"), o.str("partner_id"), o.str("resource"), o.str("day"), o.str("note")
		amount := field[int64](&o, "amount", "a whole number")
		if o.err != nil {
			return o.err
		}
		if err := needHousehold(o.where); err != nil {
			return err
		}
		if gid == nil || pid == nil || r == nil || day == nil || amount == nil || !isPartner(*pid) {
			return importErr("%s needs a goal_id, a partner_id of this household, a resource, an amount and a day", o.where)
		}
		g, err := tx.Goal(*gid)
		if err != nil {
			return importErr("%s: no goal with id %q", o.where, *gid)
		}
		d, err := model.ParseDate(*day)
		if err != nil || d.IsZero() || s.today().Before(d) {
			return importErr("%s: day %q is not a past date", o.where, *day)
		}
		if err := model.ValidateAmount(model.Resource(*r), model.Amount(*amount), h.Currency); err != nil {
			return importErr("%s: %s", o.where, UserMessage(err))
		}
		a := model.Actual{ID: storage.NewID(), GoalID: g.ID, PartnerID: *pid, Resource: model.Resource(*r), Amount: model.Amount(*amount), Day: d}
		set(&a.ID, id)
		set(&a.Note, note)
		if err := tx.PutActual(a, g.Private); err != nil {
			return err
		}
		res.ResourceRowsSaved++
	}
	return nil
}
