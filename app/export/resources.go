package export

import (
	"slices"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage"
)

// Resources are imported with the same checks as when entered by hand.
// Amounts are in stored units (minutes, minor currency units, tenths of a
// point).

// resourceHousehold is the household resources are counted in, and
// whether partnerID is one of its partners.
func resourceHousehold(im *importer, where, partnerID string) (model.Household, bool, error) {
	h, err := im.tx.Household()
	if err != nil {
		return h, false, importErr("%s: resources need a household first", where)
	}
	partners, err := im.tx.Partners()
	if err != nil {
		return h, false, err
	}
	return h, slices.ContainsFunc(partners, func(p model.Partner) bool { return p.ID == partnerID }), nil
}

func readCapacity(im *importer, o *object) error {
	pid, r, from := o.str("partner_id"), o.str("resource"), o.str("from")
	amount := field[int64](o, "amount", "a whole number")
	if o.err != nil {
		return o.err
	}
	if pid == nil || r == nil || from == nil || amount == nil {
		return importErr("%s needs a partner_id of this household, a resource, an amount and a from date", o.where)
	}
	h, isPartner, err := resourceHousehold(im, o.where, *pid)
	if err != nil {
		return err
	}
	if !isPartner {
		return importErr("%s needs a partner_id of this household, a resource, an amount and a from date", o.where)
	}
	d, err := model.ParseDate(*from)
	if err != nil || d.IsZero() {
		return importErr("%s: from: %q is not a date", o.where, *from)
	}
	if err := model.ValidateAmount(model.Resource(*r), model.Amount(*amount), h.Currency); err != nil {
		return importErr("%s: %s", o.where, msg(err))
	}
	c := model.Capacity{ID: storage.CapacityID(*pid, model.Resource(*r), d), PartnerID: *pid,
		Resource: model.Resource(*r), Amount: model.Amount(*amount), From: d}
	return im.wrote(c.ID, im.tx.PutCapacity(c))
}

func readAllocation(im *importer, o *object) error {
	gid, r, since := o.str("goal_id"), o.str("resource"), o.str("since")
	amount := field[int64](o, "amount", "a whole number")
	split := o.integer("split_a")
	if o.err != nil {
		return o.err
	}
	h, _, err := resourceHousehold(im, o.where, "")
	if err != nil {
		return err
	}
	if gid == nil || r == nil || amount == nil {
		return importErr("%s needs a goal_id, a resource and an amount", o.where)
	}
	// An archived goal may keep its allocation (it no longer counts); a
	// deleted one may not.
	g, err := im.tx.Goal(*gid)
	if err != nil {
		return importErr("%s: no goal with id %q", o.where, *gid)
	}
	sa := 50
	set(&sa, split)
	if err := model.ValidateAmount(model.Resource(*r), model.Amount(*amount), h.Currency); err != nil {
		return importErr("%s: %s", o.where, msg(err))
	}
	if err := model.ValidateSplit(sa, 100-sa); err != nil {
		return importErr("%s: %s", o.where, msg(err))
	}
	a := model.Allocation{GoalID: g.ID, Resource: model.Resource(*r), Amount: model.Amount(*amount), SplitA: sa}
	if since != nil && *since != "" {
		d, err := model.ParseDate(*since)
		if err != nil || d.Year < model.MinYear || im.today().Before(d) {
			return importErr("%s: since: %q is not a past date", o.where, *since)
		}
		a.Since = d
	}
	if a.Amount == 0 {
		return im.tx.PutAllocation(a, g.Private) // no allocation: none is kept
	}
	return im.wrote(storage.AllocationID(a.GoalID, a.Resource), im.tx.PutAllocation(a, g.Private))
}

func readActual(im *importer, o *object) error {
	id, gid, pid, r, day, note := o.str("id"), o.str("goal_id"), o.str("partner_id"), o.str("resource"), o.str("day"), o.str("note")
	amount := field[int64](o, "amount", "a whole number")
	if o.err != nil {
		return o.err
	}
	needs := importErr("%s needs a goal_id, a partner_id of this household, a resource, an amount and a day", o.where)
	if gid == nil || pid == nil || r == nil || day == nil || amount == nil {
		return needs
	}
	h, isPartner, err := resourceHousehold(im, o.where, *pid)
	if err != nil {
		return err
	}
	if !isPartner {
		return needs
	}
	g, err := im.tx.Goal(*gid)
	if err != nil {
		return importErr("%s: no goal with id %q", o.where, *gid)
	}
	d, err := model.ParseDate(*day)
	if err != nil || d.IsZero() || im.today().Before(d) {
		return importErr("%s: day %q is not a past date", o.where, *day)
	}
	if err := model.ValidateAmount(model.Resource(*r), model.Amount(*amount), h.Currency); err != nil {
		return importErr("%s: %s", o.where, msg(err))
	}
	a := model.Actual{ID: storage.NewID(), GoalID: g.ID, PartnerID: *pid, Resource: model.Resource(*r), Amount: model.Amount(*amount), Day: d}
	set(&a.ID, id)
	set(&a.Note, note)
	return im.wrote(a.ID, im.tx.PutActual(a, g.Private))
}
