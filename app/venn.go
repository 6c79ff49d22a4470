package app

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/vennplanner/venn/i18n"
	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage"
)

// VennView is the living Venn for a span and a resource: what each partner
// plans for their own goals and what they plan together, and the circles
// that picture it.
type VennView struct {
	Span     Span
	Resource model.Resource
	From, To model.Date
	Partners []model.Partner // A first
	OwnA     model.Amount
	OwnB     model.Amount
	Shared   model.Amount
	Shape    model.VennShape
	Words    string // "This month Maya's own time: 9 h · Liam's own: 7 h · together: 11 h"
	Currency string
}

// LivingVenn works out the picture for the span containing day: each
// partner's allocations to their own goals, and both partners' to shared
// goals, over the span. Private goals count on this computer (the picture
// is theirs), archived ones do not. Its words are in tr's language (nil:
// English).
func (s *Service) LivingVenn(ctx context.Context, span Span, day model.Date, r model.Resource, tr *i18n.Tr) (VennView, error) {
	// Only what is planned counts: no capacities or actuals to read.
	h, partners, err := s.Household(ctx)
	if err != nil {
		return VennView{}, err
	}
	goals, err := s.store.GoalPlansWithAllocations(ctx)
	if err != nil {
		return VennView{}, err
	}
	allocs, err := s.store.Allocations(ctx)
	if err != nil {
		return VennView{}, err
	}
	v := ResourcesView{Household: h, Partners: partners, Span: span}
	v.From, v.To = span.Range(day, h.WeekStart)
	v.Goals = goalRows(goals, allocs, nil, v.From, v.To, h.WeekStart)
	out := VennOf(v, r, true, spanWords(span, v.From, s.today(), h.WeekStart))
	out.Words = vennWordsIn(tr, out, span, s.today(), h.WeekStart)
	return out, nil
}

// vennWordsIn says the picture in tr's language: when, each
// partner's own and the time together, or that nothing was planned.
func vennWordsIn(tr *i18n.Tr, v VennView, span Span, today model.Date, weekStart model.Weekday) string {
	if len(v.Partners) < 2 {
		return v.Words
	}
	current := false
	if now, _ := span.Range(today, weekStart); now == v.From {
		current = true
	}
	when, mid := spanWordsIn(tr, span, v.From, current)
	res := model.ResourceWordIn(tr, v.Resource)
	if v.Shape.Empty() {
		if current {
			return tr.T("ui.model.vennNoneYet", "Resource", res, "When", mid)
		}
		return tr.T("ui.model.vennNoneWas", "Resource", res, "When", mid)
	}
	amount := func(a model.Amount) string { return model.FormatAmount(v.Resource, a, v.Currency) }
	return tr.T("ui.model.vennWords", "When", when, "A", v.Partners[0].Name, "B", v.Partners[1].Name, "Resource", res,
		"AmtA", amount(v.OwnA), "AmtB", amount(v.OwnB), "Shared", amount(v.Shared))
}

// spanWordsIn says when a span is, to begin a sentence and within one:
// "This month", "this month"; "In October 2026", "in October 2026".
func spanWordsIn(tr *i18n.Tr, span Span, from model.Date, current bool) (begin, within string) {
	if current {
		switch span {
		case SpanMonth:
			return tr.T("ui.model.vennThisMonth"), tr.T("ui.model.vennThisMonthMid")
		case SpanQuarter:
			return tr.T("ui.model.vennThisQuarter"), tr.T("ui.model.vennThisQuarterMid")
		}
		return tr.T("ui.model.vennThisWeek"), tr.T("ui.model.vennThisWeekMid")
	}
	switch span {
	case SpanMonth:
		m := tr.MonthYear(from.Time())
		return tr.T("ui.model.vennInMonth", "Month", m), tr.T("ui.model.vennInMonthMid", "Month", m)
	case SpanQuarter:
		q := from.Quarter()
		quarter := tr.Quarter(q.Year, q.Q)
		return tr.T("ui.model.vennInQuarter", "Quarter", quarter), tr.T("ui.model.vennInQuarterMid", "Quarter", quarter)
	}
	day := tr.DayMonth(from.Time())
	return tr.T("ui.model.vennInWeek", "Day", day), tr.T("ui.model.vennInWeekMid", "Day", day)
}

// spanWords names the span starting on from, as seen on today: "This
// month", or "In October 2026", "In the week of 2 Nov", "In 2026-Q3".
func spanWords(span Span, from, today model.Date, weekStart model.Weekday) string {
	if now, _ := span.Range(today, weekStart); now == from {
		return "This " + string(span)
	}
	switch span {
	case SpanMonth:
		return "In " + from.Time().Format("January 2006")
	case SpanQuarter:
		return "In " + from.Quarter().String()
	}
	return "In the week of " + from.Time().Format("2 Jan")
}

// VennOf works out the picture from a resources view: withPrivate counts
// private goals too (on screen, not on paper); when says when in words
// ("This month", "In 2026-Q4").
func VennOf(v ResourcesView, r model.Resource, withPrivate bool, when string) VennView {
	out := VennView{Span: v.Span, Resource: r, From: v.From, To: v.To, Partners: v.Partners, Currency: v.Household.Currency}
	if len(v.Partners) < 2 {
		return out
	}
	for _, g := range v.Goals {
		if g.Goal.Private && !withPrivate {
			continue
		}
		a := g.Allocated[r]
		switch g.Goal.Owner {
		case model.Shared:
			out.Shared += a
		case model.Owner(v.Partners[0].ID):
			out.OwnA += a
		case model.Owner(v.Partners[1].ID):
			out.OwnB += a
		}
	}
	out.Shape = model.VennOf(float64(out.OwnA), float64(out.OwnB), float64(out.Shared))
	amount := func(a model.Amount) string { return model.FormatAmount(r, a, out.Currency) }
	out.Words = fmt.Sprintf("%s %s's own %s: %s · %s's own: %s · together: %s", when, v.Partners[0].Name, r,
		amount(out.OwnA), v.Partners[1].Name, amount(out.OwnB), amount(out.Shared))
	if out.Shape.Empty() {
		lower := strings.ToLower(when[:1]) + when[1:] // "this month", "in October 2026"
		out.Words = fmt.Sprintf("No %s was planned %s.", r, lower)
		if strings.HasPrefix(when, "This ") {
			out.Words = fmt.Sprintf("No %s is planned for %s yet: allocate some to your goals on the Resources tab.", r, lower)
		}
	}
	return out
}

// ClosenessView is the "Where do we stand?" picture of a month as a
// partner (the viewer) sees it: their own choice, and the other's only if
// the other shared it.
type ClosenessView struct {
	Month    model.Date
	Partners []model.Partner
	// Choices by partner id, only those the viewer may see.
	Choices map[string]model.Closeness
	// Trends by partner id over the last BalanceMonths months, with the
	// same rule.
	Trends map[string][]model.ClosenessPoint
}

// Closeness loads the month's closeness choices as viewerID sees them.
func (s *Service) Closeness(ctx context.Context, month model.Date, viewerID string) (ClosenessView, error) {
	month = MonthOf(month)
	_, partners, err := s.Household(ctx)
	if err != nil {
		return ClosenessView{}, err
	}
	all, err := s.store.Closeness(ctx)
	if err != nil {
		return ClosenessView{}, err
	}
	visible := slices.DeleteFunc(all, func(c model.Closeness) bool { return c.PartnerID != viewerID && c.Private })
	v := ClosenessView{Month: month, Partners: partners, Choices: map[string]model.Closeness{}, Trends: map[string][]model.ClosenessPoint{}}
	first := model.DateOf(month.Time().AddDate(0, -(BalanceMonths - 1), 0))
	for _, p := range partners {
		for _, c := range visible {
			if c.PartnerID == p.ID && c.Month == month {
				v.Choices[p.ID] = c
			}
		}
		v.Trends[p.ID] = model.ClosenessTrend(visible, p.ID, first, month)
	}
	return v, nil
}

// SaveCloseness saves a partner's choice for a month: the picture of now,
// the one wished for, and whether the partner sees it (until then it stays
// on this computer).
func (s *Service) SaveCloseness(ctx context.Context, c model.Closeness) error {
	c.Month = MonthOf(c.Month)
	if err := c.Validate(); err != nil {
		return err
	}
	return s.update(ctx, func(tx *storage.Tx) error {
		partners, err := tx.Partners()
		if err != nil {
			return err
		}
		if !slices.ContainsFunc(partners, func(p model.Partner) bool { return p.ID == c.PartnerID }) {
			return model.Invalid("partner", "ui.model.closenessWhose")
		}
		c.ID = tx.ClosenessID(c.Month, c.PartnerID)
		return tx.PutCloseness(c)
	})
}
