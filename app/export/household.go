package export

import (
	"errors"
	"strings"
	"time"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage"
)

var (
	household = one("household", "household", writeHousehold, readHousehold)
	partners  = list("partners", "partner", "partners", writePartners, readPartner)
	columns   = list("columns", "column", "columns", writeColumns, readColumn)
)

type householdRow struct {
	ID        string `json:"id"`
	Name      string `json:"name"`
	Currency  string `json:"currency"`
	WeekStart string `json:"week_start"`
}

type partnerRow struct {
	ID    string `json:"id"`
	Name  string `json:"name"`
	Color string `json:"color"`
	Slot  string `json:"slot"`
}

type columnRow struct {
	Key      string `json:"key"`
	Name     string `json:"name"`
	WIPLimit int    `json:"wip_limit"`
}

func writeHousehold(ex *exporter) (*householdRow, error) {
	h, err := ex.store.Household(ex.ctx)
	if errors.Is(err, storage.ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return &householdRow{ID: h.ID, Name: h.Name, Currency: h.Currency, WeekStart: strings.ToLower(h.WeekStart.String())}, nil
}

func writePartners(ex *exporter) ([]partnerRow, error) {
	partners, err := ex.store.Partners(ex.ctx)
	var out []partnerRow
	for _, p := range partners {
		out = append(out, partnerRow{ID: p.ID, Name: p.Name, Color: p.Color, Slot: string(p.Slot)})
	}
	return out, err
}

func writeColumns(ex *exporter) ([]columnRow, error) {
	cols, err := ex.store.ColumnSettings(ex.ctx)
	var out []columnRow
	for _, c := range cols {
		out = append(out, columnRow{Key: string(c.Column), Name: c.Name, WIPLimit: c.WIPLimit})
	}
	return out, err
}

func readHousehold(im *importer, o *object) error {
	h, err := im.tx.Household()
	if errors.Is(err, storage.ErrNotFound) {
		id := o.str("id")
		if id == nil || *id == "" {
			id = model.Ptr(storage.NewID())
		}
		h = model.Household{ID: *id, Currency: "EUR", WeekStart: time.Monday}
	} else if err != nil {
		return err
	}
	if v := o.str("name"); v != nil {
		h.Name = strings.TrimSpace(*v)
	}
	if v := o.str("currency"); v != nil {
		h.Currency = *v
	}
	if v := o.str("week_start"); v != nil {
		switch strings.ToLower(*v) {
		case "monday":
			h.WeekStart = time.Monday
		case "sunday":
			h.WeekStart = time.Sunday
		default:
			return importErr("household: week_start must be \"monday\" or \"sunday\"")
		}
	}
	if o.err != nil {
		return o.err
	}
	if err := h.Validate(); err != nil {
		return importErr("household: %s", msg(err))
	}
	return im.tx.PutHousehold(h)
}

func readPartner(im *importer, o *object) error {
	id := o.str("id")
	if o.err != nil {
		return o.err
	}
	if id == nil || *id == "" {
		return importErr("%s has no id", o.where)
	}
	partners, err := im.tx.Partners()
	if err != nil {
		return err
	}
	p := model.Partner{ID: *id}
	found := false
	for _, q := range partners {
		if q.ID == *id {
			p, found = q, true
		}
	}
	if v := o.str("name"); v != nil {
		p.Name = strings.TrimSpace(*v)
	}
	if v := o.str("color"); v != nil {
		p.Color = strings.ToLower(*v)
	}
	if v := o.str("slot"); v != nil {
		p.Slot = model.Slot(*v)
	}
	if o.err != nil {
		return o.err
	}
	if !found {
		for _, q := range partners {
			if q.Slot == p.Slot {
				return importErr("%s (%s) belongs to another household: this one already has %s in that place", o.where, p.Name, q.Name)
			}
		}
	}
	if err := p.Validate(); err != nil {
		return importErr("%s: %s", o.where, msg(err))
	}
	return im.tx.PutPartner(p)
}

func readColumn(im *importer, o *object) error {
	key := o.str("key")
	name := o.str("name")
	limit := o.integer("wip_limit")
	if o.err != nil {
		return o.err
	}
	if key == nil {
		return importErr("%s has no key", o.where)
	}
	c := model.ColumnSettings{Column: model.Column(*key), Name: model.Column(*key).DefaultName()}
	if name != nil {
		c.Name = strings.TrimSpace(*name)
	}
	if limit != nil {
		c.WIPLimit = *limit
	}
	if err := c.Validate(); err != nil {
		return importErr("%s: %s", o.where, msg(err))
	}
	return im.tx.PutColumnSettings(c)
}
