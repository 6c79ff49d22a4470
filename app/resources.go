package app

import (
	"context"
	"fmt"
	"strings"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage"
)

// Span is the stretch of time the panel shows what was used in.
type Span string

// The spans the panel offers.
const (
	SpanWeek    Span = "week"
	SpanMonth   Span = "month"
	SpanQuarter Span = "quarter"
)

// Range returns the first and last day of the span containing d.
func (sp Span) Range(d model.Date, weekStart model.Weekday) (model.Date, model.Date) {
	var p model.Period
	switch sp {
	case SpanMonth:
		p = model.PerMonth
	case SpanQuarter:
		p = model.PerQuarter
	default:
		p = model.PerWeek
	}
	from := model.PeriodStart(p, d, weekStart)
	return from, model.PeriodLast(p, from)
}

// GoalResources is one goal's row in the panel.
type GoalResources struct {
	Goal        model.Goal
	Allocations map[model.Resource]model.Allocation
	Used        map[model.Resource]model.Amount // in the span
	Allocated   map[model.Resource]model.Amount // over the span (per-period amount × span)
}

// WeekPoint is allocated vs used for one week of the quarter.
type WeekPoint struct {
	Start     model.Date
	Allocated map[model.Resource]model.Amount
	Used      map[model.Resource]model.Amount
}

// ResourcesView is everything the resource panel draws.
type ResourcesView struct {
	Household  model.Household
	Partners   []model.Partner
	Span       Span
	From, To   model.Date
	Balances   map[string][]model.Balance // partner id → one per resource
	Goals      []GoalResources            // live goals with an allocation or use in the span
	Warnings   []string
	Quarter    []WeekPoint // the weeks of the quarter containing the day
	Capacities []model.Capacity
	// Spending is what was logged in the span, newest first, with the
	// title of the goal it was spent on (a calendar block's time is not
	// logged, so it is not here).
	Spending []Spent
}

// Spent is one logged use of time, money or energy, with its goal's title.
type Spent struct {
	model.Actual
	GoalTitle string
}

// Resources computes the panel for the span containing day.
func (s *Service) Resources(ctx context.Context, span Span, day model.Date) (ResourcesView, error) {
	h, partners, err := s.Household(ctx)
	if err != nil {
		return ResourcesView{}, err
	}
	goals, err := s.store.Goals(ctx)
	if err != nil {
		return ResourcesView{}, err
	}
	caps, err := s.store.Capacities(ctx)
	if err != nil {
		return ResourcesView{}, err
	}
	allocs, err := s.store.Allocations(ctx)
	if err != nil {
		return ResourcesView{}, err
	}
	v := ResourcesView{Household: h, Partners: partners, Span: span, Capacities: caps}
	v.From, v.To = span.Range(day, h.WeekStart)
	from, to := day.Quarter().First(), day.Quarter().Last() // the quarter's weeks are charted too
	if v.From.Before(from) {
		from = v.From
	}
	if to.Before(v.To) {
		to = v.To
	}
	actuals, err := s.UsedActuals(ctx, from, to)
	if err != nil {
		return ResourcesView{}, err
	}
	v.Balances = model.Balances(partners, goals, caps, allocs, actuals, day, v.From, v.To, h.WeekStart)
	for _, p := range partners {
		for _, b := range v.Balances[p.ID] {
			if b.Over() {
				v.Warnings = append(v.Warnings, fmt.Sprintf("%s's %s is over-allocated by %s a %s.",
					p.Name, b.Resource, model.FormatAmount(b.Resource, -b.Free, h.Currency), b.Resource.Period()))
			}
		}
	}
	v.Goals = goalRows(goals, allocs, actuals, v.From, v.To, h.WeekStart)
	v.Spending = spending(goals, actuals, v.From, v.To)
	v.Quarter = quarterWeeks(goals, allocs, actuals, day, h.WeekStart)
	return v, nil
}

// spending lists the logged actuals between from and to, newest first.
func spending(goals []model.Goal, actuals []model.Actual, from, to model.Date) []Spent {
	title := map[string]string{}
	for _, g := range goals {
		title[g.ID] = g.Title
	}
	var out []Spent
	for i := len(actuals) - 1; i >= 0; i-- { // actuals come by day
		a := actuals[i]
		if a.FromCalendar() || a.Day.Before(from) || to.Before(a.Day) {
			continue
		}
		if t, ok := title[a.GoalID]; ok {
			out = append(out, Spent{Actual: a, GoalTitle: t})
		}
	}
	return out
}

// goalRows are the panel's goals: each live goal with an allocation or a
// use in from..to, with what its allocations give it over those days from
// the period they were made in.
func goalRows(goals []model.Goal, allocs []model.Allocation, actuals []model.Actual, from, to model.Date, weekStart model.Weekday) []GoalResources {
	rows := map[string]*GoalResources{}
	var order []string
	row := func(g model.Goal) *GoalResources {
		if r, ok := rows[g.ID]; ok {
			return r
		}
		r := &GoalResources{Goal: g, Allocations: map[model.Resource]model.Allocation{}, Used: map[model.Resource]model.Amount{}, Allocated: map[model.Resource]model.Amount{}}
		rows[g.ID] = r
		order = append(order, g.ID)
		return r
	}
	byID := map[string]model.Goal{}
	for _, g := range goals {
		byID[g.ID] = g
	}
	for _, a := range allocs {
		if g, ok := byID[a.GoalID]; ok && !g.Archived {
			r := row(g)
			r.Allocations[a.Resource] = a
			r.Allocated[a.Resource] = model.AllocatedBetween(a, g, from, to, weekStart)
		}
	}
	for _, x := range actuals {
		if g, ok := byID[x.GoalID]; ok && !x.Day.Before(from) && !to.Before(x.Day) {
			row(g).Used[x.Resource] += x.Amount
		}
	}
	out := make([]GoalResources, 0, len(order))
	for _, id := range order {
		out = append(out, *rows[id])
	}
	return out
}

// quarterWeeks sums allocated and used per week of the quarter containing day.
func quarterWeeks(goals []model.Goal, allocs []model.Allocation, actuals []model.Actual, day model.Date, weekStart model.Weekday) []WeekPoint {
	q := day.Quarter()
	return PeriodWeeks(goals, allocs, actuals, q.First(), q.Last(), weekStart)
}

// PeriodWeeks sums allocated and used per week of the days from..to, the
// first week starting on or before from. An allocation counts from the
// period it was made in (model.Allocation.CountsFrom), never before.
func PeriodWeeks(goals []model.Goal, allocs []model.Allocation, actuals []model.Actual, from, to model.Date, weekStart model.Weekday) []WeekPoint {
	live := map[string]model.Goal{}
	for _, g := range goals {
		if !g.Archived {
			live[g.ID] = g
		}
	}
	first := model.PeriodStart(model.PerWeek, from, weekStart)
	var weeks []WeekPoint
	for ws := first; !to.Before(ws); ws = model.DateOf(ws.Time().AddDate(0, 0, 7)) {
		weeks = append(weeks, WeekPoint{Start: ws, Allocated: map[model.Resource]model.Amount{}, Used: map[model.Resource]model.Amount{}})
	}
	for _, a := range allocs {
		g, ok := live[a.GoalID]
		if !ok {
			continue
		}
		for i, w := range weeks {
			if got := model.AllocatedBetween(a, g, w.Start, w.Start.AddDays(6), weekStart); got != 0 {
				weeks[i].Allocated[a.Resource] += got
			}
		}
	}
	last := model.DateOf(weeks[len(weeks)-1].Start.Time().AddDate(0, 0, 6))
	for _, x := range actuals {
		if x.Day.Before(first) || last.Before(x.Day) {
			continue
		}
		i := int(x.Day.Time().Sub(first.Time()).Hours()/24) / 7
		weeks[i].Used[x.Resource] += x.Amount
	}
	return weeks
}

// SetCapacity sets a partner's capacity of a resource from a day on.
func (s *Service) SetCapacity(ctx context.Context, partnerID string, r model.Resource, amount model.Amount, from model.Date) error {
	return s.update(ctx, func(tx *storage.Tx) error {
		h, err := tx.Household()
		if err != nil {
			return err
		}
		partners, err := tx.Partners()
		if err != nil {
			return err
		}
		if err := model.ValidateOwner(model.Owner(partnerID), partners); err != nil || partnerID == string(model.Shared) {
			return model.Invalid("partner", "ui.model.choosePartner")
		}
		if err := model.ValidateAmount(r, amount, h.Currency); err != nil {
			return err
		}
		if from.IsZero() || from.Year < model.MinYear || from.Year > model.MaxYear {
			return model.Invalid("from", "ui.model.capacityFrom")
		}
		return tx.PutCapacity(model.Capacity{ID: storage.CapacityID(partnerID, r, from), PartnerID: partnerID, Resource: r, Amount: amount, From: from})
	})
}

// liveGoalFor loads a goal that resources may be assigned to.
func liveGoalFor(tx *storage.Tx, goalID string) (model.Goal, error) {
	g, err := tx.Goal(goalID)
	if err != nil {
		return g, model.Invalid("goal", "ui.model.goalGone")
	}
	if g.Archived {
		return g, model.Invalid("goal", "ui.model.goalArchivedNoResources", "Title", g.Title)
	}
	return g, nil
}

// SetAllocation assigns an amount of a resource per period to a goal; for
// a shared goal, splitA and splitB are the partners' shares in percent and
// must add up to 100. An amount of zero removes the allocation.
func (s *Service) SetAllocation(ctx context.Context, goalID string, r model.Resource, amount model.Amount, splitA, splitB int) error {
	return s.SetAllocations(ctx, goalID, map[model.Resource]model.Amount{r: amount}, splitA, splitB)
}

// SetAllocations sets several of a goal's allocations at once, all or none.
func (s *Service) SetAllocations(ctx context.Context, goalID string, amounts map[model.Resource]model.Amount, splitA, splitB int) error {
	return s.update(ctx, func(tx *storage.Tx) error {
		h, err := tx.Household()
		if err != nil {
			return err
		}
		g, err := liveGoalFor(tx, goalID)
		if err != nil {
			return err
		}
		if g.Owner == model.Shared {
			if err := model.ValidateSplit(splitA, splitB); err != nil {
				return err
			}
		} else {
			splitA = 50
		}
		for _, r := range model.Resources {
			amount, ok := amounts[r]
			if !ok {
				continue
			}
			if err := model.ValidateAmount(r, amount, h.Currency); err != nil {
				return err
			}
			if err := s.putAllocation(tx, model.Allocation{GoalID: g.ID, Resource: r, Amount: amount, SplitA: splitA}, g.Private); err != nil {
				return err
			}
		}
		return nil
	})
}

// putAllocation writes an allocation; one that did not exist (or was
// removed) is made today, one that exists keeps the day it was made.
func (s *Service) putAllocation(tx *storage.Tx, a model.Allocation, private bool) error {
	_, found, err := tx.Allocation(a.GoalID, a.Resource)
	if err != nil {
		return err
	}
	a.Since = model.Date{}
	if !found {
		a.Since = s.today()
	}
	return tx.PutAllocation(a, private)
}

// LogActual records time, money or energy a partner spent on a goal.
func (s *Service) LogActual(ctx context.Context, a model.Actual) (model.Actual, error) {
	a.Note = strings.TrimSpace(a.Note)
	err := s.update(ctx, func(tx *storage.Tx) error {
		h, err := tx.Household()
		if err != nil {
			return err
		}
		g, err := liveGoalFor(tx, a.GoalID)
		if err != nil {
			return err
		}
		partners, err := tx.Partners()
		if err != nil {
			return err
		}
		if err := model.ValidateOwner(model.Owner(a.PartnerID), partners); err != nil || a.PartnerID == string(model.Shared) {
			return model.Invalid("partner", "ui.model.whoSpent")
		}
		if err := model.ValidateAmount(a.Resource, a.Amount, h.Currency); err != nil {
			return err
		}
		switch {
		case a.Amount == 0:
			return model.Invalid("amount", "ui.model.amountAboveZero")
		case a.Day.IsZero():
			return model.Invalid("day", "ui.model.ritualWhichDay")
		case s.today().Before(a.Day):
			return model.Invalid("day", "ui.model.spentInFuture", "Day", a.Day)
		case a.Day.Year < model.MinYear:
			return model.Invalid("day", "ui.model.dayTooLongAgo")
		case len([]rune(a.Note)) > model.MaxReasonLen:
			return model.Invalid("note", "ui.model.noteTooLong", "Max", model.MaxReasonLen)
		}
		if a.ID == "" {
			a.ID = storage.NewID()
		}
		return tx.PutActual(a, g.Private)
	})
	return a, err
}

// DeleteActual removes a logged actual.
func (s *Service) DeleteActual(ctx context.Context, id string) error {
	return s.update(ctx, func(tx *storage.Tx) error { return tx.DeleteActual(id) })
}

// GoalAllocations returns a goal's allocations by resource, for the goal form.
func (s *Service) GoalAllocations(ctx context.Context, goalID string) (map[model.Resource]model.Allocation, error) {
	allocs, err := s.store.Allocations(ctx)
	if err != nil {
		return nil, err
	}
	out := map[model.Resource]model.Allocation{}
	for _, a := range allocs {
		if a.GoalID == goalID {
			out[a.Resource] = a
		}
	}
	return out, nil
}

// GoalsToPlan lists the goals that could be given time, money or energy
// and have none yet: live, not archived, not done — in progress first,
// then planned, then ideas, each in board order.
func (s *Service) GoalsToPlan(ctx context.Context) ([]model.Goal, error) {
	goals, err := s.store.Goals(ctx)
	if err != nil {
		return nil, err
	}
	allocs, err := s.store.Allocations(ctx)
	if err != nil {
		return nil, err
	}
	_, partners, err := s.Household(ctx)
	if err != nil {
		return nil, err
	}
	planned := map[string]bool{}
	for _, a := range allocs {
		planned[a.GoalID] = true
	}
	board := model.BuildBoard(goals, partners, model.BoardFilter{})
	var out []model.Goal
	for _, c := range []model.Column{model.ColumnDoing, model.ColumnPlanned, model.ColumnIdeas} {
		for _, lane := range board.Lanes {
			for _, g := range lane.Cells[c.Index()] {
				if !planned[g.ID] {
					out = append(out, g)
				}
			}
		}
	}
	return out, nil
}

// GoalRow is one goal's line in the resource table for one resource, over
// the panel's span: what was allocated, what was used, what is available
// (allocated less used; below zero when overspent).
type GoalRow struct {
	Goal                       model.Goal
	Allocated, Used, Available model.Amount
}

// Overspent reports whether more was used than allocated.
func (g GoalRow) Overspent() bool { return g.Available < 0 }

// GoalTable is the panel's table for one resource: every goal with an
// allocation or a use of it in the span, in the order of the panel's goals.
func GoalTable(v ResourcesView, r model.Resource) []GoalRow {
	var out []GoalRow
	for _, gr := range v.Goals {
		_, allocated := gr.Allocations[r]
		used := gr.Used[r]
		if !allocated && used == 0 {
			continue
		}
		row := GoalRow{Goal: gr.Goal, Allocated: gr.Allocated[r], Used: used}
		row.Available = row.Allocated - row.Used
		out = append(out, row)
	}
	return out
}
