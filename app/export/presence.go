package export

import (
	"slices"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage"
)

// readPresence imports one partner's rating of an occasion of time
// together under this computer's id for it (a rating another computer
// wrote here is that computer's, and left alone). Whether it is held
// follows from the file's private, as the export wrote it.
func readPresence(im *importer, o *object) error {
	occasion, partnerID, day, rating, private := o.str("occasion"), o.str("partner_id"), o.date("day"), o.integer("rating"), o.boolean("private")
	if o.err != nil {
		return o.err
	}
	if occasion == nil || partnerID == nil || day == nil || rating == nil {
		return importErr("%s needs occasion, partner_id, day and rating", o.where)
	}
	partners, err := im.tx.Partners()
	if err != nil {
		return err
	}
	if !slices.ContainsFunc(partners, func(p model.Partner) bool { return p.ID == *partnerID }) {
		return importErr("%s: no partner with id %q", o.where, *partnerID)
	}
	if err := model.ValidatePresence(*rating); err != nil {
		return importErr("%s: %s", o.where, msg(err))
	}
	if *occasion == "" || len(*occasion) > model.MaxOccasionLen {
		return importErr("%s: occasion: 1 to %d characters", o.where, model.MaxOccasionLen)
	}
	id, skip, err := im.tx.ImportedPersonalID("presence", o.id(), map[string]any{"occasion": *occasion, "partner_id": *partnerID})
	if err != nil || skip {
		return err
	}
	r := model.PresenceRating{ID: id, Occasion: *occasion, Day: *day, PartnerID: *partnerID, Rating: *rating, Private: true}
	set(&r.Private, private)
	old, found, err := im.tx.OwnPresence(r.Occasion, r.PartnerID)
	if err != nil {
		return err
	}
	if found && old.ID == r.ID {
		return im.wrote(r.ID, im.tx.PutPresence(&old, r))
	}
	return im.wrote(r.ID, im.tx.PutPresence(nil, r))
}

// readPresenceMarks imports which partners rated an occasion: a mark is
// only ever set, never taken back, so an import adds the ones it brings.
func readPresenceMarks(im *importer, o *object) error {
	occasion, day, a, b := o.str("occasion"), o.date("day"), o.boolean("rated_a"), o.boolean("rated_b")
	if o.err != nil {
		return o.err
	}
	if occasion == nil || day == nil {
		return importErr("%s needs occasion and day", o.where)
	}
	if *occasion == "" || len(*occasion) > model.MaxOccasionLen {
		return importErr("%s: occasion: 1 to %d characters", o.where, model.MaxOccasionLen)
	}
	id := storage.PresenceMarksID(*occasion)
	if fileID := o.id(); fileID != "" && fileID != id {
		return importErr("%s: id %q does not follow from its occasion (%s)", o.where, fileID, id)
	}
	for _, m := range []struct {
		on   *bool
		slot model.Slot
	}{{a, model.SlotA}, {b, model.SlotB}} {
		if m.on != nil && *m.on {
			if err := im.tx.MarkRated(*occasion, *day, m.slot); err != nil {
				return err
			}
		}
	}
	return im.wrote(id, nil)
}
