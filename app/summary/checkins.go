package summary

import (
	"context"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/vennplanner/venn/app"
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
	if sec := checkinHighlights(answers, prompts, partners, from, to, h.WeekStart); sec != nil {
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

func checkinHighlights(answers []storage.StoredAnswer, prompts []model.Prompt, partners []model.Partner, from, to model.Date, weekStart model.Weekday) *report.Section {
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
			Lead: a.Week.Time().Format("2 Jan") + " · " + model.OwnerName(model.Owner(a.PartnerID), partners),
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
	sec.Note = fmt.Sprintf("Shared moments you named as most rewarding, newest first. %d weeks of check-ins shared; "+
		"in %d of them one of you said you felt your autonomy compromised (a little, or yes) — something to talk about, not a score.", len(weeks), concern)
	if unchosen > 0 {
		sec.Note += fmt.Sprintf(" %d %s from before the No / A little / Yes choice %s not counted.", unchosen, plural(unchosen, "week", "weeks"), plural(unchosen, "is", "are"))
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
		words := "balanced"
		switch latest.Lean() {
		case model.LeanIndependent:
			words = "leaning independent"
		case model.LeanTogether:
			words = "leaning together"
		}
		text := fmt.Sprintf("%s in %s (independence signs %.1f, togetherness signs %.1f of 3).", words, latest.Month.Time().Format("January"), latest.Independent, latest.Together)
		if st := model.Strategies(latest.Lean()); len(st) > 0 {
			text += " To try: " + strings.ToLower(st[0][:1]) + st[0][1:]
		}
		sec.Lines = append(sec.Lines, report.Line{Lead: pt.Name, Text: text, Color: model.RGBA(pt.Color)})
	}
	if len(sec.Lines) == 0 {
		return nil
	}
	c := app.BalanceChart(partners, trends)
	sec.Chart = &c
	sec.Note = "Each of you rates the signs of imbalance monthly, 0 (never) to 3 (often). The shaded band is balanced."
	out.Balance = sec
	return nil
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
		add("Principles and values", r.Principles, "")
		add("Celebrated", r.Celebrations, "")
		byDecision := map[model.RitualDecision][]string{}
		for _, d := range r.Rituals {
			if t, ok := title[d.RitualID]; ok && d.Decision != model.DecideNone {
				byDecision[d.Decision] = append(byDecision[d.Decision], t)
			}
		}
		add("Rituals kept", strings.Join(byDecision[model.DecideKeep], ", "), "")
		add("Rituals to adapt", strings.Join(byDecision[model.DecideAdapt], ", "), "")
		add("Rituals retired", strings.Join(byDecision[model.DecideRetire], ", "), "")
		for _, pt := range partners {
			add(pt.Name, r.Answer(pt.Slot), pt.Color)
		}
		add("Decisions", r.Notes, "")
		sec.Note = "Each partner's answer is to: " + model.ReviewQuestion
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
				text := "In " + p.Month.Time().Format("January") + ": " + model.ClosenessSentence(p.Now, p.Wished) + "."
				sec.Lines = append(sec.Lines, report.Line{Lead: pt.Name, Text: text, Color: model.RGBA(pt.Color)})
				break
			}
		}
	}
	if len(sec.Lines) == 0 {
		return nil
	}
	c := app.ClosenessChart(partners, trends)
	sec.Chart = &c
	sec.Note = "Once a month each of you picks the pair of circles that pictures your relationship as it feels, and the pair you would wish for. " +
		"The gap between the two is something to talk about, never a score."
	out.Closeness = sec
	return nil
}

// vennFigure is the cover's picture of the period, or nil without two
// partners.
func vennFigure(v app.VennView) *report.VennFigure {
	if len(v.Partners) < 2 {
		return nil
	}
	amount := func(a model.Amount) string { return model.FormatAmount(v.Resource, a, v.Currency) }
	return &report.VennFigure{
		Shape:  v.Shape,
		ColorA: model.RGBA(v.Partners[0].Color), ColorB: model.RGBA(v.Partners[1].Color),
		Parts: [3]string{v.Partners[0].Name + "'s own · " + amount(v.OwnA), "together · " + amount(v.Shared),
			v.Partners[1].Name + "'s own · " + amount(v.OwnB)},
		Words: v.Words + ".",
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

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
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
				text := "In " + trend[i].Month.Time().Format("January") + ": " + needsWords(trend[i]) + "."
				sec.Lines = append(sec.Lines, report.Line{Lead: pt.Name, Text: text, Color: model.RGBA(pt.Color)})
				break
			}
		}
	}
	if len(sec.Lines) == 0 {
		return nil
	}
	c := app.NeedsChart(partners, trends)
	sec.Chart = &c
	sec.Note = "Each of you needs room to be yourself (autonomy, asked in the weekly check-in), to feel capable and growing " +
		"(competence) and to feel close — to each other and to people of your own (relatedness); competence and relatedness " +
		"are rated once a month, never (0) to often (3). Lines are solid for autonomy, dashed for competence, dotted for relatedness."
	out.Needs = sec
	return nil
}

// needsWords says a month's needs: "competence often, relatedness
// sometimes, autonomy mostly met".
func needsWords(p model.NeedsPoint) string {
	var parts []string
	for _, n := range model.MonthlyNeeds {
		if v := p.Of(n); !math.IsNaN(v) {
			parts = append(parts, strings.ToLower(n.Title())+" "+strings.ToLower(model.ScoreWords[int(math.Round(v*model.MaxScore))]))
		}
	}
	if v := p.Autonomy; !math.IsNaN(v) {
		parts = append(parts, "autonomy "+app.NeedMet(v))
	}
	return strings.Join(parts, ", ")
}
