package summary

import (
	"context"
	"math"
	"slices"
	"strings"

	"github.com/vennplanner/venn/app"
	"github.com/vennplanner/venn/i18n"
	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/report"
	"github.com/vennplanner/venn/storage"
)

// maxHighlights bounds the check-in lines a summary prints.
const maxHighlights = 8

// summaryCheckins fills the check-in highlights, the balance section and,
// for a year, the annual review. Only answers both partners have seen go on
// paper; private answers, ratings and reviews never do.
func (s *builder) summaryCheckins(ctx context.Context, out *report.Summary, h model.Household, partners []model.Partner, p Period, from, to model.Date) error {
	answers, err := s.store.Answers(ctx)
	if err != nil {
		return err
	}
	prompts, err := s.store.Prompts(ctx)
	if err != nil {
		return err
	}
	if sec := checkinHighlights(s.tr, answers, prompts, partners, from, to, h.WeekStart); sec != nil {
		out.Checkins = sec
	}
	if err := s.summaryCloseness(ctx, out, partners, from, to); err != nil {
		return err
	}
	if err := s.summaryBalance(ctx, out, partners, from, to); err != nil {
		return err
	}
	if err := s.summaryNeeds(ctx, out, partners, answers, prompts, from, to); err != nil {
		return err
	}
	if p.Quarter.IsZero() {
		return s.summaryReview(ctx, out, partners, p.Year)
	}
	return nil
}

func checkinHighlights(tr *i18n.Tr, answers []storage.StoredAnswer, prompts []model.Prompt, partners []model.Partner, from, to model.Date, weekStart model.Weekday) *report.Section {
	rewarding := storage.DerivedID("default-prompt", "rewarding")
	var shared []model.Answer
	weeks := map[model.Date]bool{}
	for _, a := range answers {
		if a.Private || a.Week.Before(from) || to.Before(a.Week) {
			continue
		}
		shared = append(shared, a.Answer)
		weeks[a.Week] = true
	}
	if len(shared) == 0 {
		return nil
	}
	sec := &report.Section{}
	// The newest shared moments first: the heart of the check-ins.
	for i := len(shared) - 1; i >= 0 && len(sec.Lines) < maxHighlights; i-- {
		a := shared[i]
		if a.PromptID != rewarding || a.Text == "" {
			continue
		}
		sec.Lines = append(sec.Lines, report.Line{
			Lead: tr.DayMonth(a.Week.Time()) + " · " + model.OwnerName(model.Owner(a.PartnerID), partners),
			Text: a.Text, Color: model.RGBA(model.OwnerColor(model.Owner(a.PartnerID), partners)),
		})
	}
	trend := model.AutonomyTrend(shared, prompts, model.WeekOf(from, weekStart), to)
	concern := 0
	for _, w := range trend {
		if w.Concern() && weeks[w.Week] {
			concern++
		}
	}
	unchosen := weeksWithoutChoice(shared, prompts)
	sec.Note = tr.T("summary.checkins.lead") + " " + tr.N("summary.checkins.weeks", len(weeks)) + " " +
		tr.N("summary.checkins.concern", concern)
	if unchosen > 0 {
		sec.Note += " " + tr.N("summary.checkins.unchosen", unchosen)
	}
	return sec
}

func (s *builder) summaryBalance(ctx context.Context, out *report.Summary, partners []model.Partner, from, to model.Date) error {
	ratings, err := s.store.Ratings(ctx)
	if err != nil {
		return err
	}
	signs, err := s.store.Signs(ctx)
	if err != nil {
		return err
	}
	var shared []model.Rating
	for _, r := range ratings {
		if !r.Private {
			shared = append(shared, r)
		}
	}
	first, last := app.MonthOf(from), app.MonthOf(s.asOf(to))
	sec := &report.Section{}
	var trends [][]model.Gauge
	for _, pt := range partners {
		trend := model.GaugeTrend(pt.ID, shared, signs, first, last)
		trends = append(trends, trend)
		var latest *model.Gauge
		for i, g := range trend {
			if g.Rated > 0 {
				latest = &trend[i]
			}
		}
		if latest == nil {
			continue
		}
		sec.Lines = append(sec.Lines, report.Line{Lead: pt.Name, Text: s.gaugeWords(*latest), Color: model.RGBA(pt.Color)})
	}
	if len(sec.Lines) == 0 {
		return nil
	}
	c := balanceChart(s.tr, partners, trends)
	sec.Chart = &c
	sec.Note = s.tr.T("summary.balance.note")
	out.Balance = sec
	return nil
}

// gaugeWords says a partner's latest balance: where it leans, the two
// scores, and the first thing to try.
func (s *builder) gaugeWords(g model.Gauge) string {
	tr := s.tr
	key, try := "summary.balance.balanced", ""
	switch g.Lean() {
	case model.LeanIndependent:
		key, try = "summary.balance.independent", tr.T("summary.balance.tryIndependent")
	case model.LeanTogether:
		key, try = "summary.balance.together", tr.T("summary.balance.tryTogether")
	}
	text := tr.T(key, "Month", tr.Month(g.Month.Month), "Independent", tr.Decimal(g.Independent, 1), "Together", tr.Decimal(g.Together, 1))
	if try != "" {
		text += " " + try
	}
	return text
}

func (s *builder) summaryReview(ctx context.Context, out *report.Summary, partners []model.Partner, year int) error {
	reviews, err := s.store.Reviews(ctx)
	if err != nil {
		return err
	}
	rituals, err := s.store.Rituals(ctx)
	if err != nil {
		return err
	}
	title := map[string]string{}
	for _, r := range rituals {
		if !r.Private {
			title[r.ID] = r.Title
		}
	}
	for _, r := range reviews {
		if r.Year != year || r.Private {
			continue
		}
		sec := &report.Section{}
		add := func(lead, text string, c string) {
			if strings.TrimSpace(text) == "" {
				return
			}
			ln := report.Line{Lead: lead, Text: text}
			if c != "" {
				ln.Color = model.RGBA(c)
			}
			sec.Lines = append(sec.Lines, ln)
		}
		add(s.tr.T("summary.review.principles"), r.Principles, "")
		add(s.tr.T("summary.review.celebrated"), r.Celebrations, "")
		byDecision := map[model.RitualDecision][]string{}
		for _, d := range r.Rituals {
			if t, ok := title[d.RitualID]; ok && d.Decision != model.DecideNone {
				byDecision[d.Decision] = append(byDecision[d.Decision], t)
			}
		}
		add(s.tr.T("summary.review.kept"), strings.Join(byDecision[model.DecideKeep], ", "), "")
		add(s.tr.T("summary.review.adapt"), strings.Join(byDecision[model.DecideAdapt], ", "), "")
		add(s.tr.T("summary.review.retired"), strings.Join(byDecision[model.DecideRetire], ", "), "")
		for _, pt := range partners {
			add(pt.Name, r.Answer(pt.Slot), pt.Color)
		}
		add(s.tr.T("summary.review.decisions"), r.Notes, "")
		sec.Note = s.tr.T("summary.review.note")
		out.Review = sec
	}
	return nil
}

// summaryCloseness fills "Where do we stand?": each partner's latest
// closeness picture of the period and the year's trend up to its end.
// Only pictures a partner chose to share go on paper.
func (s *builder) summaryCloseness(ctx context.Context, out *report.Summary, partners []model.Partner, from, to model.Date) error {
	choices, err := s.store.Closeness(ctx)
	if err != nil {
		return err
	}
	choices = slices.DeleteFunc(choices, func(c model.Closeness) bool { return c.Private })
	first, last := app.MonthOf(from), app.MonthOf(s.asOf(to))
	yearAgo := model.DateOf(last.Time().AddDate(0, -(app.BalanceMonths - 1), 0))
	sec := &report.Section{}
	var trends [][]model.ClosenessPoint
	for _, pt := range partners {
		trend := model.ClosenessTrend(choices, pt.ID, yearAgo, last)
		trends = append(trends, trend)
		for i := len(trend) - 1; i >= 0 && !trend[i].Month.Before(first); i-- {
			if p := trend[i]; p.Now > 0 {
				text := s.closenessWords(p)
				sec.Lines = append(sec.Lines, report.Line{Lead: pt.Name, Text: text, Color: model.RGBA(pt.Color)})
				break
			}
		}
	}
	if len(sec.Lines) == 0 {
		return nil
	}
	c := closenessChart(s.tr, partners, trends)
	sec.Chart = &c
	sec.Note = s.tr.T("summary.closeness.note")
	out.Closeness = sec
	return nil
}

// closenessWords says a month's closeness picture: "In March: some
// overlap now, much overlap wished for."
func (s *builder) closenessWords(p model.ClosenessPoint) string {
	tr := s.tr
	word := func(k int) string { return tr.T(closenessKeys[min(max(k, 1), model.ClosenessSteps)-1]) }
	month := tr.Month(p.Month.Month)
	if p.Now == p.Wished {
		return tr.T("summary.closeness.same", "Month", month, "Now", word(p.Now))
	}
	return tr.T("summary.closeness.words", "Month", month, "Now", word(p.Now), "Wished", word(p.Wished))
}

// closenessKeys name the seven pictures, apart to almost one.
var closenessKeys = []string{"summary.closeness.1", "summary.closeness.2", "summary.closeness.3", "summary.closeness.4",
	"summary.closeness.5", "summary.closeness.6", "summary.closeness.7"}

// vennFigure is the cover's picture of the period, or nil without two
// partners.
func (s *builder) vennFigure(v app.VennView, period string) *report.VennFigure {
	if len(v.Partners) < 2 {
		return nil
	}
	tr := s.tr
	amt := func(a model.Amount) string { return amount(tr, v.Resource, a, v.Currency) }
	a, b := v.Partners[0].Name, v.Partners[1].Name
	words := tr.T("summary.venn.words", "Period", period, "A", a, "OwnA", amt(v.OwnA), "B", b, "OwnB", amt(v.OwnB), "Shared", amt(v.Shared))
	if v.Shape.Empty() {
		words = tr.T("summary.venn.none", "Period", period)
	}
	return &report.VennFigure{
		Shape:  v.Shape,
		ColorA: model.RGBA(v.Partners[0].Color), ColorB: model.RGBA(v.Partners[1].Color),
		Parts: [3]string{tr.T("summary.venn.own", "Name", a, "Amount", amt(v.OwnA)), tr.T("summary.venn.together", "Amount", amt(v.Shared)),
			tr.T("summary.venn.own", "Name", b, "Amount", amt(v.OwnB))},
		Words: words,
	}
}

// weeksWithoutChoice counts the weeks whose autonomy answers carry no
// choice (written before Venn asked for one): they are not counted either
// way, and the summary says so.
func weeksWithoutChoice(answers []model.Answer, prompts []model.Prompt) int {
	autonomy := model.AutonomyPrompts(prompts)
	chosen, unchosen := map[model.Date]bool{}, map[model.Date]bool{}
	for _, a := range answers {
		if !autonomy[a.PromptID] {
			continue
		}
		if a.Felt == model.FeltUnknown {
			unchosen[a.Week] = true
		} else {
			chosen[a.Week] = true
		}
	}
	n := 0
	for w := range unchosen {
		if !chosen[w] {
			n++
		}
	}
	return n
}

// summaryNeeds fills the three basic needs: each partner's latest month of
// the period in words, and the year's trend up to its end. Only ratings a
// partner shared and answers both have seen go on paper.
func (s *builder) summaryNeeds(ctx context.Context, out *report.Summary, partners []model.Partner, answers []storage.StoredAnswer, prompts []model.Prompt, from, to model.Date) error {
	ratings, err := s.store.NeedRatings(ctx)
	if err != nil {
		return err
	}
	ratings = slices.DeleteFunc(ratings, func(r model.NeedRating) bool { return r.Private })
	var shared []model.Answer
	for _, a := range answers {
		if !a.Private {
			shared = append(shared, a.Answer)
		}
	}
	first, last := app.MonthOf(from), app.MonthOf(s.asOf(to))
	yearAgo := model.DateOf(last.Time().AddDate(0, -(app.BalanceMonths - 1), 0))
	sec := &report.Section{}
	var trends [][]model.NeedsPoint
	for _, pt := range partners {
		trend := model.NeedsTrend(pt.ID, ratings, shared, prompts, yearAgo, last)
		trends = append(trends, trend)
		for i := len(trend) - 1; i >= 0 && !trend[i].Month.Before(first); i-- {
			if trend[i].Rated() {
				text := s.tr.T("summary.needs.month", "Month", s.tr.Month(trend[i].Month.Month), "Words", needsWords(s.tr, trend[i]))
				sec.Lines = append(sec.Lines, report.Line{Lead: pt.Name, Text: text, Color: model.RGBA(pt.Color)})
				break
			}
		}
	}
	if len(sec.Lines) == 0 {
		return nil
	}
	c := needsChart(s.tr, partners, trends)
	sec.Chart = &c
	sec.Note = s.tr.T("summary.needs.note")
	out.Needs = sec
	return nil
}

// needsWords says a month's needs: "competence often, relatedness
// sometimes, autonomy mostly met".
func needsWords(tr *i18n.Tr, p model.NeedsPoint) string {
	var parts []string
	for _, n := range model.MonthlyNeeds {
		if v := p.Of(n); !math.IsNaN(v) {
			key := "summary.needs.competence"
			if n == model.NeedRelatedness {
				key = "summary.needs.relatedness"
			}
			parts = append(parts, tr.T(key, "Often", tr.T(scoreKeys[int(math.Round(v*model.MaxScore))])))
		}
	}
	if v := p.Autonomy; !math.IsNaN(v) {
		met := "summary.needs.mostly"
		switch {
		case v < 1.0/3:
			met = "summary.needs.rarely"
		case v < 2.0/3:
			met = "summary.needs.partly"
		}
		parts = append(parts, tr.T(met))
	}
	return strings.Join(parts, ", ")
}

// scoreKeys say how often, never (0) to often (3).
var scoreKeys = []string{"summary.score.0", "summary.score.1", "summary.score.2", "summary.score.3"}
