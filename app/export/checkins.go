package export

import (
	"slices"
	"strings"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage"
)

type reviewRitualRow struct {
	RitualID string `json:"ritual_id"`
	Decision string `json:"decision"`
	Note     string `json:"note"`
}

// releaseHeld lets answers that waited for both partners go, once the
// imported weeks say both answered.
func releaseHeld(im *importer) error { return im.rules.ReleaseHeld(im.tx) }

// requiredID reads an object's id, which rows with derived or shared ids need.
func requiredID(o *object) (string, error) {
	id := o.str("id")
	if o.err != nil {
		return "", o.err
	}
	if id == nil || strings.TrimSpace(*id) == "" {
		return "", importErr("%s needs an id", o.where)
	}
	return *id, nil
}

func readCheckin(im *importer, o *object) error {
	week, partnerID, promptID, text, vis, felt := o.date("week"), o.str("partner_id"), o.str("prompt_id"), o.str("answer"), o.str("visibility"), o.str("felt")
	if o.err != nil {
		return o.err
	}
	if week == nil || partnerID == nil || promptID == nil || text == nil {
		return importErr("%s needs week, partner_id, prompt_id and answer", o.where)
	}
	partner, err := im.answerer(o, *partnerID, *promptID)
	if err != nil {
		return err
	}
	id, skip, err := im.tx.ImportedPersonalID("checkins", o.id(),
		map[string]any{"week": week.String(), "partner_id": *partnerID, "prompt_id": *promptID})
	if err != nil || skip {
		return err
	}
	a := storage.StoredAnswer{Answer: model.Answer{ID: id, Week: *week, PartnerID: *partnerID,
		PromptID: *promptID, Text: strings.TrimSpace(*text), Visibility: model.VisibleUntilBoth}}
	if vis != nil {
		a.Visibility = model.Visibility(*vis)
	}
	if felt != nil {
		a.Felt = model.Felt(*felt)
	}
	if err := a.Validate(); err != nil {
		return importErr("%s: %s", o.where, msg(err))
	}
	old, found, err := im.tx.Answer(a.ID)
	if err != nil {
		return err
	}
	marks, err := im.tx.CheckinWeek(a.Week)
	if err != nil {
		return err
	}
	a.Private = a.HeldBack(marks.Both())
	if found {
		err = im.tx.PutAnswer(&old, a)
	} else {
		err = im.tx.PutAnswer(nil, a)
	}
	if err := im.wrote(a.ID, err); err != nil {
		return err
	}
	if a.Text != "" && !marks.Answered(partner.Slot) {
		return im.tx.MarkAnswered(a.Week, partner.Slot)
	}
	return nil
}

// answerer is the partner an imported answer names, once it is known its
// partner and prompt are the household's.
func (im *importer) answerer(o *object, partnerID, promptID string) (model.Partner, error) {
	partners, err := im.tx.Partners()
	if err != nil {
		return model.Partner{}, err
	}
	i := slices.IndexFunc(partners, func(p model.Partner) bool { return p.ID == partnerID })
	if i < 0 {
		return model.Partner{}, importErr("%s: no partner with id %q", o.where, partnerID)
	}
	if ok, err := im.tx.PromptExists(promptID); err != nil {
		return model.Partner{}, err
	} else if !ok {
		return model.Partner{}, importErr("%s: no prompt with id %q", o.where, promptID)
	}
	return partners[i], nil
}

func readAssessment(im *importer, o *object) error {
	month, partnerID, signID, score, private := o.str("month"), o.str("partner_id"), o.str("sign_id"), o.integer("score"), o.boolean("private")
	if o.err != nil {
		return o.err
	}
	if month == nil || partnerID == nil || signID == nil || score == nil {
		return importErr("%s needs month, partner_id, sign_id and score", o.where)
	}
	m, err := im.partnersMonth(o, *month, *partnerID)
	if err != nil {
		return err
	}
	id, skip, err := im.tx.ImportedPersonalID("assessments", o.id(),
		map[string]any{"month": m.String(), "partner_id": *partnerID, "sign_id": *signID})
	if err != nil || skip {
		return err
	}
	r := model.Rating{ID: id, Month: m, PartnerID: *partnerID, SignID: *signID, Score: *score}
	set(&r.Private, private)
	if err := r.Validate(); err != nil {
		return importErr("%s: %s", o.where, msg(err))
	}
	return im.wrote(r.ID, im.tx.PutRating(r))
}

func readReview(im *importer, o *object) error {
	year := o.integer("year")
	principles, celebrations, answerA, answerB, notes := o.str("principles"), o.str("celebrations"), o.str("answer_a"), o.str("answer_b"), o.str("notes")
	private := o.boolean("private")
	rituals := field[[]reviewRitualRow](o, "rituals", `a list of {"ritual_id", "decision", "note"}`)
	if o.err != nil {
		return o.err
	}
	if year == nil {
		return importErr("%s needs a year", o.where)
	}
	id := storage.ReviewID(*year)
	old, found, err := im.tx.Review(id)
	if err != nil {
		return err
	}
	r := model.Review{ID: id, Year: *year}
	if found {
		r = old
	}
	set(&r.Principles, principles)
	set(&r.Celebrations, celebrations)
	set(&r.AnswerA, answerA)
	set(&r.AnswerB, answerB)
	set(&r.Notes, notes)
	set(&r.Private, private)
	if rituals != nil {
		r.Rituals = nil
		for _, d := range *rituals {
			if _, err := im.tx.Ritual(d.RitualID); err != nil {
				return importErr("%s: no ritual with id %q", o.where, d.RitualID)
			}
			r.Rituals = append(r.Rituals, model.ReviewRitual{RitualID: d.RitualID, Decision: model.RitualDecision(d.Decision), Note: d.Note})
		}
	}
	if err := r.Validate(); err != nil {
		return importErr("%s: %s", o.where, msg(err))
	}
	if found {
		return im.wrote(r.ID, im.tx.PutReview(&old, r))
	}
	return im.wrote(r.ID, im.tx.PutReview(nil, r))
}

// readItem reads a prompt or a sign (model.Item): its kind is in kindKey.
func readItem[K model.ItemKind](kindKey string, put func(*storage.Tx, model.Item[K]) error) func(im *importer, o *object) error {
	return func(im *importer, o *object) error {
		id, err := requiredID(o)
		if err != nil {
			return err
		}
		text, kind, rank, retired := o.str("text"), o.str(kindKey), o.str("rank"), o.boolean("retired")
		if o.err != nil {
			return o.err
		}
		it := model.Item[K]{ID: id, Rank: model.RankBetween("", "")}
		set(&it.Text, text)
		set(&it.Retired, retired)
		if kind != nil {
			it.Kind = K(*kind)
		}
		if rank != nil {
			if !model.ValidRank(*rank) {
				return importErr("%s: %q is not a rank", o.where, *rank)
			}
			it.Rank = *rank
		}
		if err := it.Validate(); err != nil {
			return importErr("%s: %s", o.where, msg(err))
		}
		return im.wrote(it.ID, put(im.tx, it))
	}
}

// partnersMonth reads a monthly row's month ("2026-11") and checks that
// its partner is one of the household's.
func (im *importer) partnersMonth(o *object, month, partnerID string) (model.Date, error) {
	m, err := model.ParseDate(month + "-01")
	if err != nil {
		return m, importErr("%s: month: %q is not a month like 2026-11", o.where, month)
	}
	partners, err := im.tx.Partners()
	if err != nil {
		return m, err
	}
	if !slices.ContainsFunc(partners, func(p model.Partner) bool { return p.ID == partnerID }) {
		return m, importErr("%s: no partner with id %q", o.where, partnerID)
	}
	return m, nil
}
