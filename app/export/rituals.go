package export

import (
	"slices"
	"strings"
	"time"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage"
)

var weekdayNames = []string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"}

func readRitual(im *importer, o *object) error {
	id := o.str("id")
	title, who, per, start := o.str("title"), o.str("who"), o.str("per"), o.str("start")
	times := o.integer("times")
	reminder, notes := o.str("reminder_time"), o.str("notes")
	days := o.strings("reminder_days")
	archived, private := o.boolean("archived"), o.boolean("private")
	if o.err != nil {
		return o.err
	}
	var old *model.Ritual
	r := model.Ritual{Who: model.Shared, Cadence: model.Cadence{Times: 1, Per: model.PerWeek}, Start: im.today()}
	if id != nil && *id != "" {
		exists, err := im.tx.RitualExists(*id)
		if err != nil {
			return err
		}
		if exists {
			cur, err := im.tx.Ritual(*id)
			if err != nil {
				return importErr("%s: it was deleted", o.where)
			}
			old, r = &cur, cur
		}
		r.ID = *id
	} else {
		r.ID = storage.NewID()
	}
	if old == nil && title == nil {
		return importErr("%s: a new ritual needs a title", o.where)
	}
	set(&r.Title, title)
	set(&r.ReminderTime, reminder)
	set(&r.Notes, notes)
	set(&r.Archived, archived)
	set(&r.Private, private)
	set(&r.Cadence.Times, times)
	if who != nil {
		r.Who = model.Owner(*who)
	}
	if per != nil {
		r.Cadence.Per = model.Period(*per)
	}
	if start != nil {
		d, err := model.ParseDate(*start)
		if err != nil {
			return importErr("%s: start: %v", o.where, err)
		}
		r.Start = d
	}
	if days != nil {
		rd, err := weekdaysNamed(*days, o.where)
		if err != nil {
			return err
		}
		r.ReminderDays = rd
	}
	r.Title = strings.TrimSpace(r.Title)
	partners, err := im.tx.Partners()
	if err != nil {
		return err
	}
	if err := r.Validate(partners); err != nil {
		return importErr("%s (%q): %s", o.where, truncate(r.Title, 40), msg(err))
	}
	return im.wrote(r.ID, im.tx.PutRitual(old, r))
}

// weekdaysNamed reads weekday names ("monday", any case) for an import.
func weekdaysNamed(names []string, where string) ([]time.Weekday, error) {
	out := []time.Weekday{}
	for _, name := range names {
		i := slices.Index(weekdayNames, strings.ToLower(name))
		if i < 0 {
			return nil, importErr("%s: %q is not a weekday", where, name)
		}
		out = append(out, time.Weekday(i))
	}
	return out, nil
}

func set[T any](dst *T, v *T) {
	if v != nil {
		*dst = *v
	}
}

func readEntry(im *importer, o *object) error {
	id, ritualID, day, status, reason := o.str("id"), o.str("ritual_id"), o.str("day"), o.str("status"), o.str("reason")
	confirmA, confirmB, by := o.boolean("confirm_a"), o.boolean("confirm_b"), o.str("by_id")
	if o.err != nil {
		return o.err
	}
	if ritualID == nil || day == nil {
		return importErr("%s needs a ritual_id and a day", o.where)
	}
	r, err := im.tx.Ritual(*ritualID)
	if err != nil {
		return importErr("%s: no ritual with id %q", o.where, *ritualID)
	}
	d, err := model.ParseDate(*day)
	if err != nil || d.IsZero() {
		return importErr("%s: day: %q is not a date like 2026-11-22", o.where, *day)
	}
	key := r.ID + "/" + d.String()
	if im.seen[key] {
		return importErr("%s: “%s” has two entries for %s", o.where, r.Title, d)
	}
	im.seen[key] = true
	if id != nil && *id != "" && *id != storage.EntryID(r.ID, d) {
		return importErr("%s: its id does not belong to “%s” on %s", o.where, r.Title, d)
	}
	e, exists, err := im.tx.Entry(r.ID, d)
	if err != nil {
		return err
	}
	if !exists {
		e = model.RitualEntry{RitualID: r.ID, Day: d, Status: model.Done}
	}
	if status != nil {
		e.Status = model.EntryStatus(*status)
	}
	set(&e.Reason, reason)
	set(&e.ConfirmA, confirmA)
	set(&e.ConfirmB, confirmB)
	set(&e.By, by)
	if e.By != "" {
		if err := knownPartner(im, o, "by_id", e.By); err != nil {
			return err
		}
	}
	if err := model.ValidateEntry(r, e, im.today()); err != nil {
		return importErr("%s: %s", o.where, msg(err))
	}
	return im.wrote(storage.EntryID(e.RitualID, e.Day), im.tx.PutEntry(e, r.Private))
}

func readAdaptation(im *importer, o *object) error {
	id, ritualID, from, per, note := o.str("id"), o.str("ritual_id"), o.str("from"), o.str("per"), o.str("note")
	times := o.integer("times")
	if o.err != nil {
		return o.err
	}
	if ritualID == nil || from == nil || per == nil || times == nil {
		return importErr("%s needs ritual_id, from, times and per", o.where)
	}
	r, err := im.tx.Ritual(*ritualID)
	if err != nil {
		return importErr("%s: no ritual with id %q", o.where, *ritualID)
	}
	d, err := model.ParseDate(*from)
	if err != nil || d.IsZero() || d.Before(r.Start) {
		return importErr("%s: from must be a date on or after the ritual began (%s)", o.where, r.Start)
	}
	a := model.Adaptation{RitualID: r.ID, From: d, Cadence: model.Cadence{Times: *times, Per: model.Period(*per)}}
	if err := a.Cadence.Validate(); err != nil {
		return importErr("%s: %s", o.where, msg(err))
	}
	set(&a.Note, note)
	a.ID = storage.NewID()
	if id != nil && *id != "" {
		a.ID = *id
	}
	return im.wrote(a.ID, im.tx.PutAdaptation(a, r.Private))
}
