package export

import (
	"github.com/vennplanner/venn/model"
)

var closeness = list("closeness", "closeness choice", "closeness choices", writeCloseness, readCloseness)

type closenessRow struct {
	ID        string `json:"id"`
	Month     string `json:"month"` // "2026-11"
	PartnerID string `json:"partner_id"`
	Now       int    `json:"now"`     // 1 (apart) … 7 (almost one)
	Wished    int    `json:"wished"`  // the same scale
	Private   bool   `json:"private"` // stays on this computer
}

func writeCloseness(ex *exporter) ([]closenessRow, error) {
	choices, err := ex.store.AllCloseness(ex.ctx)
	var out []closenessRow
	for _, c := range choices {
		out = append(out, closenessRow{ID: c.ID, Month: c.Month.String()[:7], PartnerID: c.PartnerID, Now: c.Now, Wished: c.Wished, Private: c.Private})
	}
	return out, err
}

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
	return im.tx.PutCloseness(c)
}
