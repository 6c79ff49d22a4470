package summary

import (
	"context"
	"strings"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/report"
)

// summaryCalendar fills the calendar balance (weekly averages over the
// period) and the life events of the period. Private blocks and events are
// left out.
func (s *builder) summaryCalendar(ctx context.Context, out *report.Summary, h model.Household, partners []model.Partner, from, to model.Date) error {
	blocks, err := s.store.Blocks(ctx)
	if err != nil {
		return err
	}
	var shared []model.Block
	for _, b := range blocks {
		if !b.Private {
			shared = append(shared, b)
		}
	}
	targets, err := s.store.CalendarTargets(ctx)
	if err != nil {
		return err
	}
	loc := s.calendarLocation()
	occs := model.Expand(shared, from, to, loc)
	if len(occs) > 0 {
		// Weeks before the calendar was first used are not counted: they
		// were not short of anything, only not planned here.
		start := from
		if first := model.WeekOf(occs[0].Day, h.WeekStart); from.Before(first) {
			start = first
		}
		total := model.WeekBalance(occs, model.WallTime{Date: start}.In(loc), model.WallTime{Date: to.AddDays(1)}.In(loc))
		weeks := 0
		flagged := 0
		for w := model.WeekOf(start, h.WeekStart); !to.Before(w); w = w.AddDays(7) {
			weeks++
			wb := model.WeekBalance(occs, model.WallTime{Date: w}.In(loc), model.WallTime{Date: w.AddDays(7)}.In(loc))
			if len(model.BalanceFlags(wb, targets, partners)) > 0 {
				flagged++
			}
		}
		sec := s.calendarLines(total, partners, model.DaysFrom(start, to))
		since := ""
		if start != from {
			since = " " + s.tr.T("summary.calendar.since", "Week", s.tr.DayMonth(model.WeekOf(start, h.WeekStart).Time()))
		}
		if targets != (model.BalanceTargets{}) {
			sec.Note = s.tr.T("summary.calendar.aims", "Solo", hours(s.tr, targets.SoloEach), "Joint", hours(s.tr, targets.Joint)) + " " +
				s.tr.N("summary.calendar.short", weeks, "Short", s.tr.Int(flagged)) + since
		} else {
			sec.Note = s.tr.T("summary.calendar.planned") + since
		}
		out.Calendar = sec
	}
	return s.summaryLifeEvents(ctx, out, from, to)
}

// calendarLines are each partner's solo time and the couple's joint,
// flexible and buffer time, a week on average over days.
func (s *builder) calendarLines(total model.TimeBalance, partners []model.Partner, days int) *report.Section {
	perWeek := func(m int) string {
		return s.tr.T("summary.calendar.average", "Hours", hours(s.tr, int(float64(m)*7/float64(days)+0.5)))
	}
	sec := &report.Section{}
	for _, p := range partners {
		sec.Lines = append(sec.Lines, report.Line{Lead: s.tr.T("summary.calendar.solo", "Name", p.Name), Text: perWeek(total.Solo[p.ID]), Color: model.RGBA(p.Color)})
	}
	sec.Lines = append(sec.Lines,
		report.Line{Lead: s.tr.T("summary.calendar.joint"), Text: perWeek(total.Joint), Color: model.RGBA(model.SharedColor)},
		report.Line{Lead: s.tr.T("summary.calendar.flexible"), Text: perWeek(total.Flexible), Color: model.RGBA(model.FlexibleColor)},
		report.Line{Lead: s.tr.T("summary.calendar.buffer"), Text: perWeek(total.Buffer), Color: model.RGBA(model.BufferColor)})
	return sec
}

// summaryLifeEvents fills the period's life events and what was decided,
// oldest first. Private events are left out.
func (s *builder) summaryLifeEvents(ctx context.Context, out *report.Summary, from, to model.Date) error {
	events, err := s.store.LifeEvents(ctx)
	if err != nil {
		return err
	}
	checks, err := s.printedChecks(ctx)
	if err != nil {
		return err
	}
	sec := &report.Section{}
	for i := len(events) - 1; i >= 0; i-- { // oldest first on paper
		e := events[i]
		if e.Private || e.Day.Before(from) || to.Before(e.Day) {
			continue
		}
		kind := eventKind(s.tr, e.Kind)
		var changes []string
		for _, c := range e.Changes {
			changes = append(changes, c.Summary)
		}
		text := e.Title
		if len(changes) > 0 {
			text += ". " + s.tr.T("summary.event.decided", "Changes", strings.Join(changes, "; "))
		}
		if e.Undone {
			text += " " + s.tr.T("summary.event.undone")
		}
		if against := checks.line(e.ID, ""); against != "" {
			text += " " + s.tr.T("summary.event.against", "Checks", against)
		}
		sec.Lines = append(sec.Lines, report.Line{Lead: s.tr.DayMonth(e.Day.Time()) + " · " + kind, Text: text})
	}
	if len(sec.Lines) > 0 {
		out.LifeEvents = sec
	}
	return nil
}
