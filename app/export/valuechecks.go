package export

import (
	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage"
)

// readValueCheck imports a decision's check against a value under the id
// that follows from both; its privacy is settled once all are in.
func readValueCheck(im *importer, o *object) error {
	valueID, eventID, sessionID, verdict := o.str("value_id"), o.str("event_id"), o.str("session_id"), o.str("verdict")
	if o.err != nil {
		return o.err
	}
	if valueID == nil || verdict == nil {
		return importErr("%s needs value_id and verdict", o.where)
	}
	c := model.ValueCheck{ValueID: *valueID, Verdict: model.Verdict(*verdict)}
	set(&c.EventID, eventID)
	set(&c.SessionID, sessionID)
	if err := c.Validate(); err != nil {
		return importErr("%s: %s", o.where, msg(err))
	}
	for _, ref := range []struct{ table, id string }{{"value_entries", c.ValueID}, {"life_events", c.EventID}, {"sessions", c.SessionID}} {
		if ref.id == "" {
			continue
		}
		found, err := im.tx.Exists(ref.table, ref.id)
		if err != nil {
			return err
		}
		if !found {
			return importErr("%s refers to %q, which is not in this household", o.where, ref.id)
		}
	}
	return im.wrote(storage.ValueCheckID(c.ValueID, c.EventID, c.SessionID), im.tx.PutValueCheck(c))
}

// settleValueChecks gives the imported checks the privacy of their values
// and decisions.
func settleValueChecks(im *importer) error { return im.tx.SettleValueCheckPrivacy() }
