// Package summary assembles what a printed summary of a quarter or a year
// holds — goals, resources, rituals, calendar balance, check-ins, values,
// contracts, sessions — from the household's data, leaving out everything
// private; package report draws it. The session's look-back (the quarter
// just past) is assembled here too.
package summary

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/vennplanner/venn/app"
	"github.com/vennplanner/venn/i18n"
	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/model/chart"
	"github.com/vennplanner/venn/report"
	"github.com/vennplanner/venn/storage"
)

// Period is a quarter or a whole year.
type Period struct {
	Quarter model.Quarter // zero for a year
	Year    int
}

// ParsePeriod reads "2026-Q4" or "2026".
func ParsePeriod(s string) (Period, error) {
	s = strings.TrimSpace(s)
	if q, err := model.ParseQuarter(s); err == nil && !q.IsZero() {
		return Period{Quarter: q, Year: q.Year}, nil
	}
	var y int
	if _, err := fmt.Sscanf(s, "%4d", &y); err == nil && len(s) == 4 && y >= model.MinYear && y <= model.MaxYear {
		return Period{Year: y}, nil
	}
	return Period{}, model.Invalid("period", "ui.model.periodNotQuarter", "Text", fmt.Sprintf("%q", s))
}

func (p Period) String() string {
	if !p.Quarter.IsZero() {
		return p.Quarter.String()
	}
	return fmt.Sprint(p.Year)
}

// name is the period in the summary's language: "Q4 2026", "2026".
func (p Period) name(tr *i18n.Tr) string {
	if !p.Quarter.IsZero() {
		return tr.Quarter(p.Quarter.Year, p.Quarter.Q)
	}
	return tr.T("date.year", "Year", p.Year)
}

func (p Period) bounds() (model.Date, model.Date) {
	if !p.Quarter.IsZero() {
		return p.Quarter.First(), p.Quarter.Last()
	}
	return model.Date{Year: p.Year, Month: 1, Day: 1}, model.Date{Year: p.Year, Month: 12, Day: 31}
}

// quarters are the period's quarters.
func (p Period) quarters() []model.Quarter {
	if !p.Quarter.IsZero() {
		return []model.Quarter{p.Quarter}
	}
	return []model.Quarter{{Year: p.Year, Q: 1}, {Year: p.Year, Q: 2}, {Year: p.Year, Q: 3}, {Year: p.Year, Q: 4}}
}

// holds reports whether a goal belongs to the period's summary: aimed at
// it, or planned, in progress or finished in it (model.ActiveIn).
func (p Period) holds(g model.Goal, days model.GoalDays) bool {
	from, to := p.bounds()
	return model.ActiveIn(g, p.contains(g), days, from, to)
}

func (p Period) contains(g model.Goal) bool {
	if !p.Quarter.IsZero() {
		return g.InQuarter(p.Quarter)
	}
	for q := 1; q <= 4; q++ {
		if g.InQuarter(model.Quarter{Year: p.Year, Q: q}) {
			return true
		}
	}
	return false
}

func (p Period) next() Period {
	if !p.Quarter.IsZero() {
		n := p.Quarter.Next()
		return Period{Quarter: n, Year: n.Year}
	}
	return Period{Year: p.Year + 1}
}

// DefaultPaper is Letter where the locale says North America, else A4.
func DefaultPaper() string {
	for _, v := range []string{"LC_ALL", "LC_PAPER", "LANG"} {
		if l := os.Getenv(v); l != "" {
			if strings.Contains(l, "_US") || strings.Contains(l, "_CA") {
				return report.PaperLetter
			}
			return report.PaperA4
		}
	}
	return report.PaperA4
}

// Write writes the printable summary of a quarter or year as PDF on the
// paper (report.PaperA4 or report.PaperLetter). Private items are left out.
func Write(ctx context.Context, svc *app.Service, w io.Writer, p Period, paper string) error {
	b := newBuilder(svc)
	b.tr = svc.Translator(ctx, i18n.Summary)
	sum, err := b.summary(ctx, p)
	if err != nil {
		return err
	}
	return report.WritePDF(w, sum, paper)
}

// builder reads the household's data for a summary: through the service
// where it applies rules (views of rituals and resources), straight from
// the store for plain lists.
type builder struct {
	*app.Service
	store *storage.Store
	tr    *i18n.Tr // the summary's language; nil is English
}

func newBuilder(svc *app.Service) *builder { return &builder{Service: svc, store: svc.Store()} }

func (s *builder) today() model.Date { return model.DateOf(s.Now()) }

func (s *builder) calendarLocation() *time.Location { return s.Now().Location() }

func (s *builder) summary(ctx context.Context, p Period) (report.Summary, error) {
	from, to := p.bounds()
	out := report.Summary{Period: p.String(), PeriodName: p.name(s.tr), Range: s.tr.Range(from.Time(), to.Time()), Household: "Venn", Lang: s.tr}
	h, partners, err := s.Household(ctx)
	if err != nil {
		// An empty household still gets a valid, one-page summary.
		return out, nil
	}
	if h.Name != "" {
		out.Household = h.Name
	}
	for _, pt := range partners {
		out.Partners = append(out.Partners, report.Person{Name: pt.Name, Color: model.RGBA(pt.Color)})
	}
	if err := s.summaryGoals(ctx, &out, partners, p); err != nil {
		return out, err
	}
	steps := []func() error{
		func() error { return s.summaryResources(ctx, &out, h, partners, p, to) },
		func() error { return s.summaryRituals(ctx, &out, h, partners, from, to) },
		func() error { return s.summaryCalendar(ctx, &out, h, partners, from, to) },
		func() error { return s.summaryPresence(ctx, &out, h, partners, from, to) },
		func() error { return s.summarySessions(ctx, &out, partners, p, from, to) },
		func() error { return s.summaryValues(ctx, &out, partners) },
		func() error { return s.summaryContracts(ctx, &out, partners, from, to) },
		func() error { return s.summaryCheckins(ctx, &out, h, partners, p, from, to) },
		func() error { return s.summaryPractices(ctx, &out, partners, from, to) },
		func() error { return s.summaryMemories(ctx, &out, partners, p) },
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return out, err
		}
	}
	return out, nil
}

// goalDays reads, for every goal, the days it last changed column and was
// archived, by its fields' stamps, in this computer's calendar.
func (s *builder) goalDays(ctx context.Context) (map[string]model.GoalDays, error) {
	moved, err := s.store.FieldsWritten(ctx, "goals", "board_column")
	if err != nil {
		return nil, err
	}
	archived, err := s.store.FieldsWritten(ctx, "goals", "archived")
	if err != nil {
		return nil, err
	}
	out := make(map[string]model.GoalDays, len(moved))
	for id, at := range moved {
		d := out[id]
		d.Moved = model.DateOf(at.In(s.calendarLocation()))
		out[id] = d
	}
	for id, at := range archived {
		d := out[id]
		d.Archived = model.DateOf(at.In(s.calendarLocation()))
		out[id] = d
	}
	return out, nil
}

// summaryGoals fills each lane's goals of the period — those aimed at it
// and those planned, in progress or finished in it, archived ones too —
// the goals aimed at the next period and, for a year, each quarter's
// finished goals. Private goals are left out.
func (s *builder) summaryGoals(ctx context.Context, out *report.Summary, partners []model.Partner, p Period) error {
	goals, err := s.store.Goals(ctx)
	if err != nil {
		return err
	}
	days, err := s.goalDays(ctx)
	if err != nil {
		return err
	}
	cols, err := s.store.ColumnSettings(ctx)
	if err != nil {
		return err
	}
	var public []model.Goal
	for _, g := range goals {
		if !g.Private {
			public = append(public, g)
		}
	}
	board := model.BuildBoard(public, partners, model.BoardFilter{})
	archived := model.BuildBoard(public, partners, model.BoardFilter{Archived: true})
	for li, lane := range board.Lanes {
		gl := report.GoalLane{Owner: ownerName(s.tr, lane.Owner, partners), Color: model.RGBA(model.OwnerColor(lane.Owner, partners))}
		for ci := range lane.Cells {
			for _, g := range append(lane.Cells[ci], archived.Lanes[li].Cells[ci]...) {
				if p.holds(g, days[g.ID]) {
					gl.Goals = append(gl.Goals, goalLine(s.tr, g, columnName(s.tr, cols[ci]), partners))
				}
			}
		}
		out.Lanes = append(out.Lanes, gl)
	}
	next := p.next()
	for _, g := range public {
		if !g.Archived && next.contains(g) {
			out.NextGoals = append(out.NextGoals, g.Title+" ("+ownerName(s.tr, g.Owner, partners)+")")
		}
	}
	if p.Quarter.IsZero() {
		out.Quarters = quarterLines(s.tr, public, days, p.Year)
	}
	return nil
}

func goalLine(tr *i18n.Tr, g model.Goal, column string, partners []model.Partner) report.GoalLine {
	line := report.GoalLine{Title: g.Title, Column: column, Done: g.Column == model.ColumnDone}
	if g.Owner == model.Shared {
		line.Split = model.SplitSteps(g.Checklist, partners).Words()
	}
	if d, n := g.Progress(); n > 0 {
		line.Progress = fmt.Sprintf("%d/%d", d, n)
	}
	switch {
	case !g.Due.IsZero():
		line.Target = tr.DayMonthYear(g.Due.Time())
	case !g.TargetQuarter.IsZero():
		line.Target = tr.Quarter(g.TargetQuarter.Year, g.TargetQuarter.Q)
	}
	return line
}

// quarterLines are a year's quarters with the goals finished in each.
func quarterLines(tr *i18n.Tr, goals []model.Goal, days map[string]model.GoalDays, year int) []report.QuarterLine {
	var out []report.QuarterLine
	for _, q := range (Period{Year: year}).quarters() {
		ql := report.QuarterLine{Quarter: tr.Quarter(q.Year, q.Q)}
		for _, g := range goals {
			if model.FinishedIn(g, g.InQuarter(q), days[g.ID], q.First(), q.Last()) {
				ql.Done = append(ql.Done, g.Title)
			}
		}
		out = append(out, ql)
	}
	return out
}

// asOf is the day figures are taken at: the period's last day, or today
// while the period is still running.
func (s *builder) asOf(to model.Date) model.Date {
	if today := s.today(); today.Before(to) {
		return today
	}
	return to
}

func (s *builder) summaryResources(ctx context.Context, out *report.Summary, h model.Household, partners []model.Partner, p Period, to model.Date) error {
	from, _ := p.bounds()
	lines, v, err := s.resourceLines(ctx, h, partners, from, to)
	if err != nil || lines == nil {
		return err
	}
	out.Resources = lines
	out.Venn = s.vennFigure(app.VennOf(v, model.Time, false, "In "+p.String()), p.name(s.tr))
	split := splitChart(s.tr, v)
	out.Split = &split
	weekly := weekBars(s.tr, app.WeeklyChart(v, model.Time), v.Quarter, h.Currency, false)
	weekly.Title = s.tr.T("summary.chart.quarterTime", "Quarter", s.tr.Quarter(v.From.Quarter().Year, v.From.Quarter().Q))
	if p.Quarter.IsZero() {
		// A year's chart covers the whole year.
		if weekly, err = s.yearWeeklyChart(ctx, h, p.Year); err != nil {
			return err
		}
	}
	out.Weekly = &weekly
	return nil
}

// yearWeeklyChart is time allocated against used, week by week through the
// year.
func (s *builder) yearWeeklyChart(ctx context.Context, h model.Household, year int) (chart.Chart, error) {
	goals, err := s.store.Goals(ctx)
	if err != nil {
		return chart.Chart{}, fmt.Errorf("year's chart: %w", err)
	}
	allocs, err := s.store.Allocations(ctx)
	if err != nil {
		return chart.Chart{}, fmt.Errorf("year's chart: %w", err)
	}
	from, to := Period{Year: year}.bounds()
	actuals, err := s.UsedActuals(ctx, from, to)
	if err != nil {
		return chart.Chart{}, fmt.Errorf("year's chart: %w", err)
	}
	weeks := app.PeriodWeeks(goals, allocs, actuals, from, to, h.WeekStart)
	c := app.WeekBarsChart(h, weeks, model.Time, s.tr.T("summary.chart.yearTime", "Year", year), true)
	return weekBars(s.tr, c, weeks, h.Currency, true), nil
}

// resourceLines is each partner's capacity, allocations, what is free and
// what was used from..to — and by how much that went past their capacity
// over those days — formatted; nil when nothing is set up.
func (s *builder) resourceLines(ctx context.Context, h model.Household, partners []model.Partner, from, to model.Date) ([]report.ResourceLine, app.ResourcesView, error) {
	v, err := s.Resources(ctx, app.SpanQuarter, s.asOf(to))
	if err != nil {
		return nil, v, err
	}
	if len(v.Capacities) == 0 && len(v.Goals) == 0 {
		return nil, v, nil
	}
	actuals, err := s.UsedActuals(ctx, from, to)
	if err != nil {
		return nil, v, err
	}
	var lines []report.ResourceLine
	for _, pt := range partners {
		for _, b := range v.Balances[pt.ID] {
			b.Used = 0
			for _, a := range actuals {
				if a.PartnerID == pt.ID && a.Resource == b.Resource && !a.Day.Before(from) && !to.Before(a.Day) {
					b.Used += a.Amount
				}
			}
			within, set := model.CapacityWithin(v.Capacities, pt.ID, b.Resource, from, to, h.WeekStart)
			b.SpanCapacity, b.HasCapacity = within, set || b.Resource == model.Energy
			lines = append(lines, resourceLine(s.tr, pt, b, h.Currency))
		}
	}
	return lines, v, nil
}

// resourceLine formats one partner's figures for a resource: capacity,
// allocated and free a period, and what was used in the summary's days,
// with how far past the capacity over them it went.
func resourceLine(tr *i18n.Tr, pt model.Partner, b model.Balance, currency string) report.ResourceLine {
	amt := func(a model.Amount) string { return amount(tr, b.Resource, a, currency) }
	per := func(a model.Amount) string { return perPeriod(tr, b.Resource.Period(), amt(a)) }
	free := per(b.Free)
	if b.Over() {
		free = tr.T("summary.resources.overBy", "Amount", amt(-b.Free))
	}
	line := report.ResourceLine{
		Partner: pt.Name, Resource: resourceName(tr, b.Resource),
		Capacity:  per(b.Capacity),
		Allocated: per(b.Allocated),
		Free:      free, Over: b.Over(),
		Used: amt(b.Used),
	}
	if past := b.PastCapacity(); past > 0 {
		line.UsedPast = amt(past)
	}
	return line
}

// livedRitual is a ritual that lived in a period, with the last day it
// did: the period's day of reckoning, or the day it was archived.
type livedRitual struct {
	app.RitualView
	last     model.Date
	archived model.Date // the day it was archived, if it was
}

// ritualsIn lists the rituals that lived in from..to as seen on asOf: the
// ones still kept, and the ones archived since from (a ritual retired in
// June is still part of the spring that it lived in). Rituals not begun by
// asOf are left out, and so are private ones unless withPrivate.
func (s *builder) ritualsIn(ctx context.Context, from, asOf model.Date, withPrivate bool) ([]livedRitual, error) {
	var out []livedRitual
	archivedAt, err := s.store.FieldsWritten(ctx, "rituals", "archived")
	if err != nil {
		return nil, err
	}
	for _, archived := range []bool{false, true} {
		view, err := s.Rituals(ctx, app.RitualFilter{Archived: archived})
		if err != nil {
			return nil, err
		}
		for _, rv := range view.Rituals {
			lr := livedRitual{RitualView: rv, last: asOf}
			if at, ok := archivedAt[rv.Ritual.ID]; archived && ok {
				lr.archived = model.DateOf(at.In(s.calendarLocation()))
				if lr.archived.Before(asOf) {
					lr.last = lr.archived
				}
			}
			if (rv.Ritual.Private && !withPrivate) || lr.last.Before(rv.Ritual.Start) || lr.last.Before(from) {
				continue
			}
			out = append(out, lr)
		}
	}
	return out, nil
}

func (s *builder) summaryRituals(ctx context.Context, out *report.Summary, h model.Household, partners []model.Partner, from, to model.Date) error {
	rituals, err := s.ritualsIn(ctx, from, s.asOf(to), false)
	if err != nil {
		return err
	}
	for _, lr := range rituals {
		r := lr.Ritual
		st := model.Stats(r, lr.Adaptations, lr.Entries, lr.last, h.WeekStart)
		line := report.RitualLine{Title: r.Title, Who: whoLabel(s.tr, r.Who, partners), Cadence: cadence(s.tr, model.CadenceOn(r.Cadence, lr.Adaptations, lr.last)),
			Strength: int(st.Score*100 + 0.5), Color: model.RGBA(model.OwnerColor(r.Who, partners)),
			Weeks: keptWeeks(lr, from, to, h.WeekStart)}
		if !lr.archived.IsZero() && !to.Before(lr.archived) {
			line.Who += " · " + s.tr.T("summary.rituals.archived", "Day", s.tr.DayMonth(lr.archived.Time()))
		}
		// Each period of the cadence judged on its own, so a year's figure
		// is its quarters' figures put together.
		line.Consistency, _ = model.Kept(r, lr.Adaptations, lr.Entries, from, to, lr.last, h.WeekStart)
		out.Rituals = append(out.Rituals, line)
	}
	return nil
}

// keptWeeks is the share of its cadence a ritual kept in each week of
// from..to up to its last day, or -1 for a week paused through.
func keptWeeks(lr livedRitual, from, to model.Date, weekStart model.Weekday) []float64 {
	status := map[model.Date]model.EntryStatus{}
	for _, e := range lr.Entries {
		status[e.Day] = e.Status
	}
	var weeks []float64
	for ws := model.PeriodStart(model.PerWeek, from, weekStart); !lr.last.Before(ws) && !to.Before(ws); ws = ws.AddDays(7) {
		done, paused, days := 0, 0, 0
		for d := ws; d.Before(ws.AddDays(7)) && !lr.last.Before(d); d = d.AddDays(1) {
			days++
			switch status[d] {
			case model.Done:
				done++
			case model.Paused, model.Skipped:
				paused++
			}
		}
		if paused == days {
			weeks = append(weeks, -1)
			continue
		}
		want := model.CadenceOn(lr.Ritual.Cadence, lr.Adaptations, ws).Frequency() * float64(days-paused)
		share := 1.0
		if want > 0 {
			share = min(1, float64(done)/want)
		}
		weeks = append(weeks, share)
	}
	return weeks
}

func whoLabel(tr *i18n.Tr, o model.Owner, partners []model.Partner) string {
	if o == model.Shared {
		return tr.T("summary.rituals.shared")
	}
	return tr.T("summary.rituals.solo", "Name", model.OwnerName(o, partners))
}
