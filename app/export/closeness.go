package export

import (
	"github.com/vennplanner/venn/model"
)

func readCloseness(im *importer, o *object) error {
	month, partnerID, now, wished, private := o.str("month"), o.str("partner_id"), o.integer("now"), o.integer("wished"), o.boolean("private")
	if o.err != nil {
		return o.err
	}
	if month == nil || partnerID == nil || now == nil || wished == nil {
		return importErr("%s needs month, partner_id, now and wished", o.where)
	}
	m, err := im.partnersMonth(o, *month, *partnerID)
	if err != nil {
		return err
	}
	id, skip, err := im.tx.ImportedPersonalID("closeness", o.id(), map[string]any{"month": m.String(), "partner_id": *partnerID})
	if err != nil || skip {
		return err
	}
	c := model.Closeness{ID: id, Month: m, PartnerID: *partnerID, Now: *now, Wished: *wished}
	set(&c.Private, private)
	if err := c.Validate(); err != nil {
		return importErr("%s: %s", o.where, msg(err))
	}
	return im.wrote(c.ID, im.tx.PutCloseness(c))
}

func readNeedRating(im *importer, o *object) error {
	month, partnerID, need, score, private := o.str("month"), o.str("partner_id"), o.str("need"), o.integer("score"), o.boolean("private")
	if o.err != nil {
		return o.err
	}
	if month == nil || partnerID == nil || need == nil || score == nil {
		return importErr("%s needs month, partner_id, need and score", o.where)
	}
	m, err := im.partnersMonth(o, *month, *partnerID)
	if err != nil {
		return err
	}
	id, skip, err := im.tx.ImportedPersonalID("need_ratings", o.id(),
		map[string]any{"month": m.String(), "partner_id": *partnerID, "need": *need})
	if err != nil || skip {
		return err
	}
	r := model.NeedRating{ID: id, Month: m, PartnerID: *partnerID, Need: model.Need(*need), Score: *score}
	set(&r.Private, private)
	if err := r.Validate(); err != nil {
		return importErr("%s: %s", o.where, msg(err))
	}
	return im.wrote(r.ID, im.tx.PutNeedRating(r))
}
