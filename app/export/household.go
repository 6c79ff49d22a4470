package export

import (
	"errors"
	"strings"
	"time"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage"
)

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
	return im.wrote(h.ID, im.tx.PutHousehold(h))
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
	return im.wrote(p.ID, im.tx.PutPartner(p))
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
	return im.wrote(string(c.Column), im.tx.PutColumnSettings(c))
}
