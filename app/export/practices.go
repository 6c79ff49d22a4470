package export

import (
	"slices"
	"time"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage"
)

var (
	appreciations = list("appreciations", "appreciation", "appreciations", writeAppreciations, readAppreciation)
	requests      = list("requests", "request", "requests", writeRequests, readRequest)
	agreements    = list("agreements", "agreement", "agreements", writeAgreements, readAgreement)
	healthChecks  = list("health_checks", "health check", "health checks", writeHealthChecks, readHealthCheck)
	healthPlans   = list("health_plans", "health cadence", "health cadences", writeHealthPlans, readHealthPlan)
	questions     = list("questions", "question", "questions", writeQuestions, readItem("depth", (*storage.Tx).PutQuestion))
	journal       = list("journal", "journal entry", "journal entries", writeJournal, readJournal)
)

type appreciationRow struct {
	ID        string `json:"id"`
	FromID    string `json:"from_id"`
	ToID      string `json:"to_id"`
	Day       string `json:"day"`
	Text      string `json:"text"`
	Printable bool   `json:"printable"` // may appear in the printed summary
}

type requestRow struct {
	ID         string `json:"id"`
	FromID     string `json:"from_id"`
	Day        string `json:"day"`
	Need       string `json:"need"`
	Proposal   string `json:"proposal"`
	Reply      string `json:"reply"` // "", "agree", "counter" or "talk"
	Counter    string `json:"counter"`
	AnsweredOn string `json:"answered_on"`
	Became     string `json:"became"` // "", "blocks", "ritual" or "agreement"
}

type agreementRow struct {
	ID        string `json:"id"`
	Text      string `json:"text"`
	AgreedOn  string `json:"agreed_on"`
	RevisitOn string `json:"revisit_on"`
	RequestID string `json:"request_id"`
}

type healthCheckRow struct {
	ID        string `json:"id"`
	PartnerID string `json:"partner_id"`
	Week      string `json:"week"` // the week's first day
	Physical  int    `json:"physical"`
	Mental    int    `json:"mental"`
	Emotional int    `json:"emotional"`
	Note      string `json:"note"`
	Private   bool   `json:"private"`
}

type healthPlanRow struct {
	PartnerID  string `json:"partner_id"`
	EveryWeeks int    `json:"every_weeks"`
}

type questionRow struct {
	ID      string `json:"id"`
	Text    string `json:"text"`
	Depth   string `json:"depth"` // "light" or "deep"
	Rank    string `json:"rank"`
	Retired bool   `json:"retired"`
}

type journalRow struct {
	ID        string `json:"id"`
	PartnerID string `json:"partner_id"`
	Day       string `json:"day"`
	Text      string `json:"text"`
	Updated   string `json:"updated"`
}

func writeAppreciations(ex *exporter) ([]appreciationRow, error) {
	all, err := ex.store.Appreciations(ex.ctx)
	var out []appreciationRow
	for _, a := range all {
		out = append(out, appreciationRow{ID: a.ID, FromID: a.FromID, ToID: a.ToID, Day: a.Day.String(), Text: a.Text, Printable: a.Printable})
	}
	return out, err
}

func writeRequests(ex *exporter) ([]requestRow, error) {
	all, err := ex.store.Requests(ex.ctx)
	var out []requestRow
	for _, r := range all {
		out = append(out, requestRow{ID: r.ID, FromID: r.FromID, Day: r.Day.String(), Need: r.Need, Proposal: r.Proposal,
			Reply: string(r.Reply), Counter: r.Counter, AnsweredOn: r.AnsweredOn.String(), Became: string(r.Became)})
	}
	return out, err
}

func writeAgreements(ex *exporter) ([]agreementRow, error) {
	all, err := ex.store.Agreements(ex.ctx)
	var out []agreementRow
	for _, a := range all {
		out = append(out, agreementRow{ID: a.ID, Text: a.Text, AgreedOn: a.Agreed.String(), RevisitOn: a.Revisit.String(), RequestID: a.RequestID})
	}
	return out, err
}

func writeHealthChecks(ex *exporter) ([]healthCheckRow, error) {
	all, err := ex.store.AllHealthChecks(ex.ctx)
	var out []healthCheckRow
	for _, h := range all {
		out = append(out, healthCheckRow{ID: h.ID, PartnerID: h.PartnerID, Week: h.Week.String(), Physical: h.Physical,
			Mental: h.Mental, Emotional: h.Emotional, Note: h.Note, Private: h.Private})
	}
	return out, err
}

func writeHealthPlans(ex *exporter) ([]healthPlanRow, error) {
	all, err := ex.store.HealthPlans(ex.ctx)
	var out []healthPlanRow
	for _, p := range all {
		out = append(out, healthPlanRow{PartnerID: p.PartnerID, EveryWeeks: p.EveryWeeks})
	}
	return out, err
}

func writeQuestions(ex *exporter) ([]questionRow, error) {
	all, err := ex.store.Questions(ex.ctx)
	var out []questionRow
	for _, q := range all {
		out = append(out, questionRow{ID: q.ID, Text: q.Text, Depth: string(q.Kind), Rank: q.Rank, Retired: q.Retired})
	}
	return out, err
}

func writeJournal(ex *exporter) ([]journalRow, error) {
	all, err := ex.store.AllJournals(ex.ctx)
	var out []journalRow
	for _, j := range all {
		out = append(out, journalRow{ID: j.ID, PartnerID: j.PartnerID, Day: j.Day.String(), Text: j.Text, Updated: j.Updated.UTC().Format(time.RFC3339)})
	}
	return out, err
}

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
	return im.tx.PutAppreciation(old, a)
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
	return im.tx.PutRequest(old, r)
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
	return im.tx.PutAgreement(old, a)
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
	return im.tx.PutHealthCheck(h)
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
	return im.tx.PutHealthPlan(model.HealthPlan{PartnerID: *partnerID, EveryWeeks: *every})
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
	return im.tx.PutJournalEntry(j)
}
