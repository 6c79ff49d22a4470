package export

import (
	"encoding/json"
	"strings"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage"
)

func readAims(im *importer, o *object) error {
	solo, joint := o.integer("solo_each_minutes"), o.integer("joint_minutes")
	soloA, soloB := o.integer("solo_a_minutes"), o.integer("solo_b_minutes")
	if o.err != nil {
		return o.err
	}
	var t model.BalanceTargets
	set(&t.SoloEach, solo)
	set(&t.Joint, joint)
	set(&t.SoloA, soloA)
	set(&t.SoloB, soloB)
	if !t.Valid() {
		return importErr("calendar_aims: aims are minutes in a week, 0 to 10080")
	}
	return im.wrote(storage.CalendarTargetsID, im.tx.PutCalendarTargets(t))
}

func readBlock(im *importer, o *object) error {
	// Like goals, blocks may come without an id: they are then new.
	id := ""
	if v := o.str("id"); v != nil {
		id = strings.TrimSpace(*v)
	}
	if o.err != nil {
		return o.err
	}
	if id == "" {
		id = storage.NewID()
	}
	var old *model.Block
	b := model.Block{ID: id, Kind: model.KindJoint}
	if cur, err := im.tx.Block(id); err == nil {
		old, b = &cur, cur
	}
	if err := blockFields(o, &b); err != nil {
		return err
	}
	partners, err := im.tx.Partners()
	if err != nil {
		return err
	}
	if err := b.Validate(partners); err != nil {
		return importErr("%s (%q): %s", o.where, truncate(b.Title, 40), msg(err))
	}
	return im.wrote(b.ID, im.tx.PutBlock(old, b))
}

// blockFields sets the block's fields that the object holds.
func blockFields(o *object, b *model.Block) error {
	title, kind, owner, notes := o.str("title"), o.str("kind"), o.str("owner"), o.str("notes")
	repeatNull := string(o.raw["repeat"]) == "null"
	if repeatNull {
		delete(o.raw, "repeat")
	}
	repeat, private := o.strings("repeat"), o.boolean("private")
	cycle, goalID, ritualID := o.str("cycle"), o.str("goal_id"), o.str("ritual_id")
	if o.err != nil {
		return o.err
	}
	set(&b.GoalID, goalID)
	set(&b.RitualID, ritualID)
	if cycle != nil {
		b.Cycle = model.Cycle(*cycle)
	}
	set(&b.Title, title)
	set(&b.Owner, owner)
	set(&b.Notes, notes)
	set(&b.Private, private)
	if kind != nil {
		b.Kind = model.BlockKind(*kind)
	}
	if err := blockTimes(o, b); err != nil {
		return err
	}
	if repeatNull {
		b.Days = nil
	} else if repeat != nil {
		days, err := weekdaysNamed(*repeat, o.where)
		if err != nil {
			return err
		}
		b.Days = days
	}
	return nil
}

// blockTimes sets a block's start, end, last day and deleted days.
func blockTimes(o *object, b *model.Block) error {
	start, end, until, skip := o.str("start"), o.str("end"), o.str("until"), o.strings("skip")
	if o.err != nil {
		return o.err
	}
	for _, t := range []struct {
		v   *string
		dst *model.WallTime
	}{{start, &b.Start}, {end, &b.End}} {
		if t.v == nil {
			continue
		}
		w, err := model.ParseWallTime(*t.v)
		if err != nil {
			return importErr("%s: %v", o.where, err)
		}
		*t.dst = w
	}
	if until != nil {
		d, err := model.ParseDate(*until)
		if err != nil {
			return importErr("%s: until: %v", o.where, err)
		}
		b.Until = d
	}
	if skip != nil {
		b.Skip = nil
		for _, s := range *skip {
			d, err := model.ParseDate(s)
			if err != nil || d.IsZero() {
				return importErr("%s: skip: %q is not a date", o.where, s)
			}
			b.Skip = append(b.Skip, d)
		}
	}
	return nil
}

func readLifeEvent(im *importer, o *object) error {
	id, err := requiredID(o)
	if err != nil {
		return err
	}
	kind, title, day, notes := o.str("kind"), o.str("title"), o.date("day"), o.str("notes")
	undone, private := o.boolean("undone"), o.boolean("private")
	changes := field[[]json.RawMessage](o, "changes", "a list of changes")
	if o.err != nil {
		return o.err
	}
	var old *model.LifeEvent
	e := model.LifeEvent{ID: id, Kind: model.EventOther}
	if cur, err := im.tx.LifeEvent(id); err == nil {
		old, e = &cur, cur
	}
	if kind != nil {
		e.Kind = model.LifeEventKind(*kind)
	}
	set(&e.Title, title)
	set(&e.Day, day)
	set(&e.Notes, notes)
	set(&e.Undone, undone)
	set(&e.Private, private)
	if err := e.Validate(); err != nil {
		return importErr("%s: %s", o.where, msg(err))
	}
	if old != nil {
		// The changes a decision made are its history: kept as they are.
		return im.wrote(e.ID, im.tx.PutLifeEvent(old, e))
	}
	if changes != nil {
		e.Changes = nil
		for i, raw := range *changes {
			var c model.Change
			if err := json.Unmarshal(raw, &c); err != nil {
				return importErr("%s: change %d: %s", o.where, i+1, shortJSONError(err))
			}
			switch c.Kind {
			case model.ChangePostpone, model.ChangePause, model.ChangeMove:
			default:
				return importErr("%s: change %d: unknown kind %q", o.where, i+1, c.Kind)
			}
			e.Changes = append(e.Changes, c)
		}
	}
	return im.wrote(e.ID, im.tx.PutLifeEvent(nil, e))
}
