package export

import (
	"fmt"
	"time"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage"
)

func readGoal(im *importer, o *object) error {
	id := o.str("id")
	p := model.GoalPatch{
		Title: o.str("title"), Notes: o.str("notes"), Rank: o.str("rank"),
		Labels: o.strings("labels"), Archived: o.boolean("archived"), Private: o.boolean("private"),
	}
	if v := o.str("owner"); v != nil {
		p.Owner = model.Ptr(model.Owner(*v))
	}
	if v := o.str("column"); v != nil {
		p.Column = model.Ptr(model.Column(*v))
	}
	if v := o.str("target_quarter"); v != nil {
		q, err := model.ParseQuarter(*v)
		if err != nil {
			o.fail("target_quarter: %v", err)
		}
		p.TargetQuarter = &q
	}
	p.Start = o.date("start")
	p.Due = o.date("due")
	p.Checklist = o.checklist("checklist")
	created := o.str("created")
	if o.err != nil {
		return o.err
	}
	if id == nil || *id == "" {
		id = model.Ptr(storage.NewID())
	}
	if p.Checklist != nil {
		// Steps without an id (an export from before steps had ids) get one
		// from their place, so importing the same file twice changes nothing.
		for i, step := range *p.Checklist {
			if step.ID == "" {
				(*p.Checklist)[i].ID = storage.StepID(*id, i)
			}
		}
	}
	exists, err := im.tx.GoalExists(*id)
	if err != nil {
		return err
	}
	where := o.where
	if p.Title != nil {
		where = fmt.Sprintf("%s (%q)", o.where, truncate(*p.Title, 40))
	}
	if exists {
		if _, err := im.rules.UpdateGoal(im.tx, *id, p); err != nil {
			return importErr("%s: %s", where, msg(err))
		}
		return im.wrote(*id, nil)
	}
	g := model.Goal{ID: *id, Owner: model.Shared, Column: model.ColumnIdeas, Created: im.now.UTC()}
	if created != nil {
		if t, err := time.Parse(time.RFC3339Nano, *created); err == nil {
			g.Created = t
		}
	}
	if _, err := im.rules.CreateGoal(im.tx, g, p); err != nil {
		return importErr("%s: %s", where, msg(err))
	}
	im.isNew = true
	return im.wrote(*id, nil)
}

func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}

func readLabelColour(im *importer, o *object) error {
	label, colour := o.str("label"), o.str("colour")
	if o.err != nil {
		return o.err
	}
	if label == nil || colour == nil {
		return importErr("%s needs label and colour", o.where)
	}
	if err := model.ValidLabelColour(*label, *colour); err != nil {
		return importErr("%s: %s", o.where, msg(err))
	}
	return im.wrote(storage.LabelColourID(*label), im.tx.PutLabelColour(*label, *colour))
}
