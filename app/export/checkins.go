package export

import (
	"slices"
	"strings"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage"
)

var (
	prompts     = list("prompts", "prompt", "prompts", writePrompts, readItem("kind", (*storage.Tx).PutPrompt))
	checkins    = list("checkins", "check-in answer", "check-in answers", writeCheckins, readCheckin).withAfter(releaseHeld)
	signs       = list("signs", "sign", "signs", writeSigns, readItem("lean", (*storage.Tx).PutSign))
	assessments = list("assessments", "assessment", "self-assessment ratings", writeAssessments, readAssessment)
	reviews     = list("reviews", "review", "annual reviews", writeReviews, readReview)
)

type promptRow struct {
	ID      string `json:"id"`
	Text    string `json:"text"`
	Kind    string `json:"kind"`
	Rank    string `json:"rank"`
	Retired bool   `json:"retired"`
}

type checkinRow struct {
	ID         string `json:"id"`
	Week       string `json:"week"`
	PartnerID  string `json:"partner_id"`
	PromptID   string `json:"prompt_id"`
	Answer     string `json:"answer"`
	Visibility string `json:"visibility"`
	Felt       string `json:"felt,omitempty"` // the autonomy prompt's choice
}

type signRow struct {
	ID      string `json:"id"`
	Text    string `json:"text"`
	Lean    string `json:"lean"`
	Rank    string `json:"rank"`
	Retired bool   `json:"retired"`
}

type assessmentRow struct {
	ID        string `json:"id"`
	Month     string `json:"month"`
	PartnerID string `json:"partner_id"`
	SignID    string `json:"sign_id"`
	Score     int    `json:"score"`
	Private   bool   `json:"private"`
}

type reviewRow struct {
	ID           string            `json:"id"`
	Year         int               `json:"year"`
	Principles   string            `json:"principles"`
	Celebrations string            `json:"celebrations"`
	AnswerA      string            `json:"answer_a"`
	AnswerB      string            `json:"answer_b"`
	Notes        string            `json:"notes"`
	Private      bool              `json:"private"`
	Rituals      []reviewRitualRow `json:"rituals"`
}

type reviewRitualRow struct {
	RitualID string `json:"ritual_id"`
	Decision string `json:"decision"`
	Note     string `json:"note"`
}

func writePrompts(ex *exporter) ([]promptRow, error) {
	prompts, err := ex.store.Prompts(ex.ctx)
	var out []promptRow
	for _, p := range prompts {
		out = append(out, promptRow{ID: p.ID, Text: p.Text, Kind: string(p.Kind), Rank: p.Rank, Retired: p.Retired})
	}
	return out, err
}

func writeCheckins(ex *exporter) ([]checkinRow, error) {
	answers, err := ex.store.AllAnswers(ex.ctx)
	var out []checkinRow
	for _, a := range answers {
		out = append(out, checkinRow{ID: a.ID, Week: a.Week.String(), PartnerID: a.PartnerID, PromptID: a.PromptID,
			Answer: a.Text, Visibility: string(a.Visibility), Felt: string(a.Felt)})
	}
	return out, err
}

func writeSigns(ex *exporter) ([]signRow, error) {
	signs, err := ex.store.Signs(ex.ctx)
	var out []signRow
	for _, sg := range signs {
		out = append(out, signRow{ID: sg.ID, Text: sg.Text, Lean: string(sg.Kind), Rank: sg.Rank, Retired: sg.Retired})
	}
	return out, err
}

func writeAssessments(ex *exporter) ([]assessmentRow, error) {
	ratings, err := ex.store.AllRatings(ex.ctx)
	var out []assessmentRow
	for _, r := range ratings {
		out = append(out, assessmentRow{ID: r.ID, Month: r.Month.String()[:7], PartnerID: r.PartnerID, SignID: r.SignID, Score: r.Score, Private: r.Private})
	}
	return out, err
}

func writeReviews(ex *exporter) ([]reviewRow, error) {
	reviews, err := ex.store.Reviews(ex.ctx)
	var out []reviewRow
	for _, r := range reviews {
		row := reviewRow{ID: r.ID, Year: r.Year, Principles: r.Principles, Celebrations: r.Celebrations, AnswerA: r.AnswerA, AnswerB: r.AnswerB,
			Notes: r.Notes, Private: r.Private, Rituals: []reviewRitualRow{}}
		for _, d := range r.Rituals {
			row.Rituals = append(row.Rituals, reviewRitualRow{RitualID: d.RitualID, Decision: string(d.Decision), Note: d.Note})
		}
		out = append(out, row)
	}
	return out, err
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
	if err != nil {
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
	return im.tx.PutRating(r)
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
		return im.tx.PutReview(&old, r)
	}
	return im.tx.PutReview(nil, r)
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
		return put(im.tx, it)
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
