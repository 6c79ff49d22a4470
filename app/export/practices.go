package export

import (
	"slices"
	"time"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage"
)

// knownPartner checks that id is one of the household's partners.
func knownPartner(im *importer, o *object, key, id string) error {
	partners, err := im.tx.Partners()
	if err != nil {
		return err
	}
	if !slices.ContainsFunc(partners, func(p model.Partner) bool { return p.ID == id }) {
		return importErr("%s: %q is not one of the household's partners", o.where, key)
	}
	return nil
}

func readAppreciation(im *importer, o *object) error {
	id, err := requiredID(o)
	if err != nil {
		return err
	}
	from, to, day, text, printable := o.str("from_id"), o.str("to_id"), o.date("day"), o.str("text"), o.boolean("printable")
	if o.err != nil {
		return o.err
	}
	if from == nil || to == nil || day == nil || text == nil {
		return importErr("%s needs from_id, to_id, day and text", o.where)
	}
	for key, p := range map[string]string{"from_id": *from, "to_id": *to} {
		if err := knownPartner(im, o, key, p); err != nil {
			return err
		}
	}
	a := model.Appreciation{ID: id, FromID: *from, ToID: *to, Day: *day, Text: *text}
	set(&a.Printable, printable)
	if err := a.Validate(); err != nil {
		return importErr("%s: %s", o.where, msg(err))
	}
	var old *model.Appreciation
	if cur, err := im.tx.Appreciation(id); err == nil {
		old = &cur
	}
	return im.wrote(a.ID, im.tx.PutAppreciation(old, a))
}

func readRequest(im *importer, o *object) error {
	id, err := requiredID(o)
	if err != nil {
		return err
	}
	from, day, need, proposal, reply := o.str("from_id"), o.date("day"), o.str("need"), o.str("proposal"), o.str("reply")
	counter, answered, became := o.str("counter"), o.date("answered_on"), o.str("became")
	if o.err != nil {
		return o.err
	}
	if from == nil || day == nil || need == nil {
		return importErr("%s needs from_id, day and need", o.where)
	}
	if err := knownPartner(im, o, "from_id", *from); err != nil {
		return err
	}
	r := model.Request{ID: id, FromID: *from, Day: *day, Need: *need}
	set(&r.Proposal, proposal)
	set(&r.Counter, counter)
	set(&r.AnsweredOn, answered)
	if reply != nil {
		r.Reply = model.Reply(*reply)
	}
	if became != nil {
		r.Became = model.Outcome(*became)
	}
	if err := r.Validate(); err != nil {
		return importErr("%s: %s", o.where, msg(err))
	}
	var old *model.Request
	if cur, err := im.tx.Request(id); err == nil {
		old = &cur
	}
	return im.wrote(r.ID, im.tx.PutRequest(old, r))
}

func readAgreement(im *importer, o *object) error {
	id, err := requiredID(o)
	if err != nil {
		return err
	}
	text, agreed, revisit, requestID := o.str("text"), o.date("agreed_on"), o.date("revisit_on"), o.str("request_id")
	if o.err != nil {
		return o.err
	}
	if text == nil || agreed == nil {
		return importErr("%s needs text and agreed_on", o.where)
	}
	a := model.Agreement{ID: id, Text: *text, Agreed: *agreed}
	set(&a.Revisit, revisit)
	set(&a.RequestID, requestID)
	if err := a.Validate(); err != nil {
		return importErr("%s: %s", o.where, msg(err))
	}
	var old *model.Agreement
	if cur, err := im.tx.Agreement(id); err == nil {
		old = &cur
	}
	return im.wrote(a.ID, im.tx.PutAgreement(old, a))
}

func readHealthCheck(im *importer, o *object) error {
	partnerID, week, note, private := o.str("partner_id"), o.date("week"), o.str("note"), o.boolean("private")
	physical, mental, emotional := o.integer("physical"), o.integer("mental"), o.integer("emotional")
	if o.err != nil {
		return o.err
	}
	if partnerID == nil || week == nil || physical == nil || mental == nil || emotional == nil {
		return importErr("%s needs partner_id, week, physical, mental and emotional", o.where)
	}
	if err := knownPartner(im, o, "partner_id", *partnerID); err != nil {
		return err
	}
	id, skip, err := im.tx.ImportedPersonalID("health_checks", o.id(), map[string]any{"week": week.String(), "partner_id": *partnerID})
	if err != nil || skip {
		return err
	}
	h := model.HealthCheck{ID: id, PartnerID: *partnerID, Week: *week,
		Physical: *physical, Mental: *mental, Emotional: *emotional, Private: true}
	set(&h.Note, note)
	set(&h.Private, private)
	if err := h.Validate(); err != nil {
		return importErr("%s: %s", o.where, msg(err))
	}
	return im.wrote(h.ID, im.tx.PutHealthCheck(h))
}

func readHealthPlan(im *importer, o *object) error {
	partnerID, every := o.str("partner_id"), o.integer("every_weeks")
	if o.err != nil {
		return o.err
	}
	if partnerID == nil || every == nil {
		return importErr("%s needs partner_id and every_weeks", o.where)
	}
	if err := knownPartner(im, o, "partner_id", *partnerID); err != nil {
		return err
	}
	if *every < 1 || *every > model.MaxHealthWeeks {
		return importErr("%s: every_weeks must be 1 to %d", o.where, model.MaxHealthWeeks)
	}
	return im.wrote(storage.HealthPlanID(*partnerID), im.tx.PutHealthPlan(model.HealthPlan{PartnerID: *partnerID, EveryWeeks: *every}))
}

func readJournal(im *importer, o *object) error {
	id, err := requiredID(o)
	if err != nil {
		return err
	}
	partnerID, day, text, updated := o.str("partner_id"), o.date("day"), o.str("text"), o.str("updated")
	if o.err != nil {
		return o.err
	}
	if partnerID == nil || day == nil || text == nil {
		return importErr("%s needs partner_id, day and text", o.where)
	}
	if err := knownPartner(im, o, "partner_id", *partnerID); err != nil {
		return err
	}
	j := model.JournalEntry{ID: id, PartnerID: *partnerID, Day: *day, Text: *text, Updated: im.now}
	if updated != nil {
		t, err := time.Parse(time.RFC3339, *updated)
		if err != nil {
			return importErr("%s: \"updated\" must be a time such as 2026-11-29T20:15:00Z", o.where)
		}
		j.Updated = t
	}
	if err := j.Validate(); err != nil {
		return importErr("%s: %s", o.where, msg(err))
	}
	return im.wrote(j.ID, im.tx.PutJournalEntry(j))
}

func readPerson(im *importer, o *object) error {
	id, err := requiredID(o)
	if err != nil {
		return err
	}
	partnerID, name, how, every := o.str("partner_id"), o.str("name"), o.str("how"), o.integer("every_weeks")
	lastMet, added := o.date("last_met"), o.date("added")
	if o.err != nil {
		return o.err
	}
	if partnerID == nil || name == nil || every == nil {
		return importErr("%s needs partner_id, name and every_weeks", o.where)
	}
	if err := knownPartner(im, o, "partner_id", *partnerID); err != nil {
		return err
	}
	p := model.Person{ID: id, PartnerID: *partnerID, Name: *name, EveryWeeks: *every, Added: model.DateOf(im.now)}
	set(&p.How, how)
	set(&p.LastMet, lastMet)
	if added != nil && !added.IsZero() {
		p.Added = *added
	}
	if err := p.Validate(); err != nil {
		return importErr("%s: %s", o.where, msg(err))
	}
	return im.wrote(p.ID, im.tx.PutPerson(p))
}

func readMemory(im *importer, o *object) error {
	id, err := requiredID(o)
	if err != nil {
		return err
	}
	author, title, day, words, photo, private := o.str("author_id"), o.str("title"), o.date("day"), o.str("words"), o.str("photo"), o.boolean("private")
	if o.err != nil {
		return o.err
	}
	if author == nil || title == nil || day == nil {
		return importErr("%s needs author_id, title and day", o.where)
	}
	if err := knownPartner(im, o, "author_id", *author); err != nil {
		return err
	}
	m := model.Memory{ID: id, AuthorID: *author, Title: *title, Day: *day}
	set(&m.Words, words)
	set(&m.Photo, photo)
	set(&m.Private, private)
	if err := m.Validate(); err != nil {
		return importErr("%s: %s", o.where, msg(err))
	}
	var old *model.Memory
	if cur, err := im.tx.Memory(id); err == nil {
		old = &cur
	}
	return im.wrote(m.ID, im.tx.PutMemory(old, m))
}
