package summary

import (
	"context"
	"slices"
	"strings"

	"github.com/vennplanner/venn/i18n"
	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/report"
)

// summarySessions fills the milestones reached in the period and the notes
// and decisions of the sessions held for it (or planning the next).
func (s *builder) summarySessions(ctx context.Context, out *report.Summary, partners []model.Partner, p Period, from, to model.Date) error {
	reached, err := s.MilestonesReached(ctx, from, to)
	if err != nil {
		return err
	}
	if len(reached) > 0 {
		sec := &report.Section{}
		for _, m := range reached {
			text := m.Title
			if m.Celebration != "" {
				text += " — " + s.tr.T("summary.milestones.celebrated", "How", m.Celebration)
			}
			sec.Lines = append(sec.Lines, report.Line{Lead: s.tr.DayMonth(m.ReachedOn.Time()) + " · " + ownerName(s.tr, m.Owner, partners),
				Text: text, Color: model.RGBA(model.OwnerColor(m.Owner, partners))})
		}
		out.Milestones = sec
	}
	sessions, err := s.store.Sessions(ctx)
	if err != nil {
		return err
	}
	checks, err := s.printedChecks(ctx)
	if err != nil {
		return err
	}
	sec := &report.Section{}
	for i := len(sessions) - 1; i >= 0; i-- {
		x := sessions[i]
		if x.Private {
			continue
		}
		// A session held in the period, or planning a quarter of it (or the next).
		inPeriod := !x.Day.Before(from) && !to.Before(x.Day)
		plans := x.Quarter.First().Year == p.Year && (p.Quarter.IsZero() || x.Quarter == p.Quarter || x.Quarter == p.Quarter.Next())
		if !inPeriod && !plans {
			continue
		}
		lead := s.tr.T("summary.sessions.lead", "Quarter", s.tr.Quarter(x.Quarter.Year, x.Quarter.Q), "Day", s.tr.DayMonth(x.Day.Time()))
		if x.Decisions != "" {
			sec.Lines = append(sec.Lines, report.Line{Lead: lead + " · " + s.tr.T("summary.sessions.decided"), Text: x.Decisions})
		}
		if against := checks.line("", x.ID); against != "" {
			sec.Lines = append(sec.Lines, report.Line{Lead: lead + " · " + s.tr.T("summary.sessions.against"), Text: against + "."})
		}
		if x.Notes != "" {
			sec.Lines = append(sec.Lines, report.Line{Lead: lead + " · " + s.tr.T("summary.sessions.notes"), Text: x.Notes})
		}
	}
	if len(sec.Lines) > 0 {
		sec.Note = s.tr.T("summary.sessions.note")
		out.Sessions = sec
	}
	return nil
}

// summaryValues fills each owner's core values, the couple's shared ones
// last. Private entries are left out.
func (s *builder) summaryValues(ctx context.Context, out *report.Summary, partners []model.Partner) error {
	values, err := s.store.Values(ctx)
	if err != nil {
		return err
	}
	owners := make([]model.Owner, 0, len(partners)+1)
	for _, p := range partners {
		owners = append(owners, model.Owner(p.ID))
	}
	for _, o := range append(owners, model.Shared) {
		g := report.ValueGroup{Owner: model.OwnerName(o, partners), Color: model.RGBA(model.OwnerColor(o, partners))}
		if o == model.Shared {
			g.Owner = s.tr.T("summary.values.together")
		}
		var mine []model.Value
		for _, v := range values {
			if v.Owner == o && v.Kind == model.ValueCore && !v.Private {
				mine = append(mine, v)
			}
		}
		slices.SortStableFunc(mine, func(a, b model.Value) int { return strings.Compare(a.Rank, b.Rank) })
		for _, v := range mine {
			g.Values = append(g.Values, v.Text)
		}
		if len(g.Values) > 0 {
			out.Values = append(out.Values, g)
		}
	}
	return nil
}

// summaryContracts fills the development contracts running in the period
// with the reviews logged in it. Contracts on private goals are left out.
func (s *builder) summaryContracts(ctx context.Context, out *report.Summary, partners []model.Partner, from, to model.Date) error {
	contracts, err := s.store.Contracts(ctx)
	if err != nil {
		return err
	}
	goals, err := s.store.Goals(ctx)
	if err != nil {
		return err
	}
	byID := make(map[string]model.Goal, len(goals))
	for _, g := range goals {
		byID[g.ID] = g
	}
	for _, c := range contracts {
		g, ok := byID[c.GoalID]
		if !ok || c.Private || g.Private || to.Before(c.Started) {
			continue
		}
		line := report.ContractLine{
			Owner: ownerName(s.tr, g.Owner, partners), Color: model.RGBA(model.OwnerColor(g.Owner, partners)),
			Goal: g.Title, Commitment: c.Commitment, Support: c.Support,
			Cadence: s.tr.N("summary.contracts.cadence", c.EveryWeeks, "Since", s.tr.DayMonthYear(c.Started.Time())),
		}
		for _, r := range c.Reviews {
			if !r.Day.Before(from) && !to.Before(r.Day) {
				line.Reviews = append(line.Reviews, report.ReviewLine{Day: s.tr.DayMonth(r.Day.Time()), Rating: r.Rating, Note: r.Note})
			}
		}
		finished := g.Archived || g.Column == model.ColumnDone
		if finished && len(line.Reviews) == 0 {
			continue // over before the period
		}
		if next := c.NextReview(); !finished && next.Before(s.asOf(to)) {
			line.Next = s.tr.T("summary.contracts.overdue", "Day", s.tr.DayMonthYear(next.Time()))
		} else if !finished {
			line.Next = s.tr.T("summary.contracts.next", "Day", s.tr.DayMonthYear(next.Time()))
		}
		out.Contracts = append(out.Contracts, line)
	}
	return nil
}

// printedChecks are the value checks that may be printed: neither the check
// nor its value is private.
type printedChecks struct {
	checks []model.ValueCheck
	values []model.Value
	tr     *i18n.Tr
}

func (s *builder) printedChecks(ctx context.Context) (printedChecks, error) {
	values, err := s.store.Values(ctx)
	if err != nil {
		return printedChecks{}, err
	}
	checks, err := s.store.ValueChecks(ctx)
	if err != nil {
		return printedChecks{}, err
	}
	out := printedChecks{tr: s.tr}
	for _, v := range values {
		if !v.Private {
			out.values = append(out.values, v)
		}
	}
	for _, c := range checks {
		if !c.Private {
			out.checks = append(out.checks, c)
		}
	}
	return out, nil
}

// line says one decision's checks: "Serves Adventure · strains Savings".
func (p printedChecks) line(eventID, sessionID string) string {
	var mine []model.ValueCheck
	for _, c := range p.checks {
		if c.EventID == eventID && c.SessionID == sessionID {
			mine = append(mine, c)
		}
	}
	return checkWords(p.tr, mine, p.values)
}
