package app

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage"
)

type exportPrompt struct {
	ID      string `json:"id"`
	Text    string `json:"text"`
	Kind    string `json:"kind"`
	Rank    string `json:"rank"`
	Retired bool   `json:"retired"`
}

type exportCheckin struct {
	ID         string `json:"id"`
	Week       string `json:"week"`
	PartnerID  string `json:"partner_id"`
	PromptID   string `json:"prompt_id"`
	Answer     string `json:"answer"`
	Visibility string `json:"visibility"`
}

type exportSign struct {
	ID      string `json:"id"`
	Text    string `json:"text"`
	Lean    string `json:"lean"`
	Rank    string `json:"rank"`
	Retired bool   `json:"retired"`
}

type exportAssessment struct {
	ID        string `json:"id"`
	Month     string `json:"month"`
	PartnerID string `json:"partner_id"`
	SignID    string `json:"sign_id"`
	Score     int    `json:"score"`
	Private   bool   `json:"private"`
}

type exportReview struct {
	ID           string               `json:"id"`
	Year         int                  `json:"year"`
	Principles   string               `json:"principles"`
	Celebrations string               `json:"celebrations"`
	AnswerA      string               `json:"answer_a"`
	AnswerB      string               `json:"answer_b"`
	Notes        string               `json:"notes"`
	Private      bool                 `json:"private"`
	Rituals      []exportReviewRitual `json:"rituals"`
}

type exportReviewRitual struct {
	RitualID string `json:"ritual_id"`
	Decision string `json:"decision"`
	Note     string `json:"note"`
}

func (s *Service) exportCheckins(ctx context.Context, doc *exportDoc) error {
	prompts, err := s.store.Prompts(ctx)
	if err != nil {
		return err
	}
	for _, p := range prompts {
		doc.Prompts = append(doc.Prompts, exportPrompt{ID: p.ID, Text: p.Text, Kind: string(p.Kind), Rank: p.Rank, Retired: p.Retired})
	}
	answers, err := s.store.Answers(ctx)
	if err != nil {
		return err
	}
	for _, a := range answers {
		doc.Checkins = append(doc.Checkins, exportCheckin{ID: a.ID, Week: a.Week.String(), PartnerID: a.PartnerID, PromptID: a.PromptID,
			Answer: a.Text, Visibility: string(a.Visibility)})
	}
	signs, err := s.store.Signs(ctx)
	if err != nil {
		return err
	}
	for _, sg := range signs {
		doc.Signs = append(doc.Signs, exportSign{ID: sg.ID, Text: sg.Text, Lean: string(sg.Lean), Rank: sg.Rank, Retired: sg.Retired})
	}
	ratings, err := s.store.Ratings(ctx)
	if err != nil {
		return err
	}
	for _, r := range ratings {
		doc.Assessments = append(doc.Assessments, exportAssessment{ID: r.ID, Month: r.Month.String()[:7], PartnerID: r.PartnerID, SignID: r.SignID, Score: r.Score, Private: r.Private})
	}
	reviews, err := s.store.Reviews(ctx)
	if err != nil {
		return err
	}
	for _, r := range reviews {
		er := exportReview{ID: r.ID, Year: r.Year, Principles: r.Principles, Celebrations: r.Celebrations, AnswerA: r.AnswerA, AnswerB: r.AnswerB,
			Notes: r.Notes, Private: r.Private, Rituals: []exportReviewRitual{}}
		for _, d := range r.Rituals {
			er.Rituals = append(er.Rituals, exportReviewRitual{RitualID: d.RitualID, Decision: string(d.Decision), Note: d.Note})
		}
		doc.Reviews = append(doc.Reviews, er)
	}
	return nil
}

func (s *Service) importCheckins(tx *storage.Tx, doc importDoc, res *ImportResult) error {
	for i, raw := range doc.prompts {
		if err := importPrompt(tx, object{raw: raw, where: fmt.Sprintf("prompt %d", i+1)}); err != nil {
			return err
		}
		res.CheckinRowsSaved++
	}
	for i, raw := range doc.checkins {
		if err := importCheckin(tx, object{raw: raw, where: fmt.Sprintf("check-in answer %d", i+1)}); err != nil {
			return err
		}
		res.CheckinRowsSaved++
	}
	if len(doc.checkins) > 0 {
		if _, err := releaseHeld(tx); err != nil {
			return err
		}
	}
	for i, raw := range doc.signs {
		if err := importSign(tx, object{raw: raw, where: fmt.Sprintf("sign %d", i+1)}); err != nil {
			return err
		}
		res.CheckinRowsSaved++
	}
	for i, raw := range doc.assessments {
		if err := importAssessment(tx, object{raw: raw, where: fmt.Sprintf("assessment %d", i+1)}); err != nil {
			return err
		}
		res.CheckinRowsSaved++
	}
	for i, raw := range doc.reviews {
		if err := importReview(tx, object{raw: raw, where: fmt.Sprintf("review %d", i+1)}); err != nil {
			return err
		}
		res.CheckinRowsSaved++
	}
	return nil
}

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

func importPrompt(tx *storage.Tx, o object) error {
	id, err := requiredID(&o)
	if err != nil {
		return err
	}
	text, kind, rank, retired := o.str("text"), o.str("kind"), o.str("rank"), o.boolean("retired")
	if o.err != nil {
		return o.err
	}
	p := model.Prompt{ID: id, Rank: model.RankBetween("", "")}
	set(&p.Text, text)
	set(&p.Retired, retired)
	if kind != nil {
		p.Kind = model.PromptKind(*kind)
	}
	if rank != nil {
		if !model.ValidRank(*rank) {
			return importErr("%s: %q is not a rank", o.where, *rank)
		}
		p.Rank = *rank
	}
	if err := p.Validate(); err != nil {
		return importErr("%s: %s", o.where, UserMessage(err))
	}
	return tx.PutPrompt(p)
}

func importCheckin(tx *storage.Tx, o object) error {
	week, partnerID, promptID, text, vis := o.date("week"), o.str("partner_id"), o.str("prompt_id"), o.str("answer"), o.str("visibility")
	if o.err != nil {
		return o.err
	}
	if week == nil || partnerID == nil || promptID == nil || text == nil {
		return importErr("%s needs week, partner_id, prompt_id and answer", o.where)
	}
	partners, err := tx.Partners()
	if err != nil {
		return err
	}
	i := slices.IndexFunc(partners, func(p model.Partner) bool { return p.ID == *partnerID })
	if i < 0 {
		return importErr("%s: no partner with id %q", o.where, *partnerID)
	}
	if ok, err := tx.PromptExists(*promptID); err != nil {
		return err
	} else if !ok {
		return importErr("%s: no prompt with id %q", o.where, *promptID)
	}
	a := storage.StoredAnswer{Answer: model.Answer{ID: storage.AnswerID(*week, *partnerID, *promptID), Week: *week, PartnerID: *partnerID,
		PromptID: *promptID, Text: strings.TrimSpace(*text), Visibility: model.VisibleUntilBoth}}
	if vis != nil {
		a.Visibility = model.Visibility(*vis)
	}
	if err := a.Validate(); err != nil {
		return importErr("%s: %s", o.where, UserMessage(err))
	}
	old, found, err := tx.Answer(a.ID)
	if err != nil {
		return err
	}
	marks, err := tx.CheckinWeek(a.Week)
	if err != nil {
		return err
	}
	a.Private = a.HeldBack(marks.Both())
	if found {
		err = tx.PutAnswer(&old, a)
	} else {
		err = tx.PutAnswer(nil, a)
	}
	if err != nil {
		return err
	}
	if a.Text != "" && !marks.Answered(partners[i].Slot) {
		return tx.MarkAnswered(a.Week, partners[i].Slot)
	}
	return nil
}

func importSign(tx *storage.Tx, o object) error {
	id, err := requiredID(&o)
	if err != nil {
		return err
	}
	text, lean, rank, retired := o.str("text"), o.str("lean"), o.str("rank"), o.boolean("retired")
	if o.err != nil {
		return o.err
	}
	sg := model.Sign{ID: id, Rank: model.RankBetween("", "")}
	set(&sg.Text, text)
	set(&sg.Retired, retired)
	if lean != nil {
		sg.Lean = model.Lean(*lean)
	}
	if rank != nil {
		if !model.ValidRank(*rank) {
			return importErr("%s: %q is not a rank", o.where, *rank)
		}
		sg.Rank = *rank
	}
	if err := sg.Validate(); err != nil {
		return importErr("%s: %s", o.where, UserMessage(err))
	}
	return tx.PutSign(sg)
}

func importAssessment(tx *storage.Tx, o object) error {
	month, partnerID, signID, score, private := o.str("month"), o.str("partner_id"), o.str("sign_id"), o.integer("score"), o.boolean("private")
	if o.err != nil {
		return o.err
	}
	if month == nil || partnerID == nil || signID == nil || score == nil {
		return importErr("%s needs month, partner_id, sign_id and score", o.where)
	}
	m, err := model.ParseDate(*month + "-01")
	if err != nil {
		return importErr("%s: month: %q is not a month like 2026-11", o.where, *month)
	}
	partners, err := tx.Partners()
	if err != nil {
		return err
	}
	if !slices.ContainsFunc(partners, func(p model.Partner) bool { return p.ID == *partnerID }) {
		return importErr("%s: no partner with id %q", o.where, *partnerID)
	}
	r := model.Rating{ID: storage.RatingID(m, *partnerID, *signID), Month: m, PartnerID: *partnerID, SignID: *signID, Score: *score}
	set(&r.Private, private)
	if err := r.Validate(); err != nil {
		return importErr("%s: %s", o.where, UserMessage(err))
	}
	return tx.PutRating(r)
}

func importReview(tx *storage.Tx, o object) error {
	year := o.integer("year")
	principles, celebrations, answerA, answerB, notes := o.str("principles"), o.str("celebrations"), o.str("answer_a"), o.str("answer_b"), o.str("notes")
	private := o.boolean("private")
	rituals := field[[]exportReviewRitual](&o, "rituals", `a list of {"ritual_id", "decision", "note"}`)
	if o.err != nil {
		return o.err
	}
	if year == nil {
		return importErr("%s needs a year", o.where)
	}
	id := storage.ReviewID(*year)
	old, found, err := tx.Review(id)
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
			if _, err := tx.Ritual(d.RitualID); err != nil {
				return importErr("%s: no ritual with id %q", o.where, d.RitualID)
			}
			r.Rituals = append(r.Rituals, model.ReviewRitual{RitualID: d.RitualID, Decision: model.RitualDecision(d.Decision), Note: d.Note})
		}
	}
	if err := r.Validate(); err != nil {
		return importErr("%s: %s", o.where, UserMessage(err))
	}
	if found {
		return tx.PutReview(&old, r)
	}
	return tx.PutReview(nil, r)
}
