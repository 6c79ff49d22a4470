package app

import (
	"context"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/report"
)

// summarySessions fills the milestones reached in the period and the notes
// and decisions of the sessions held for it (or planning the next).
func (s *Service) summarySessions(ctx context.Context, out *report.Summary, partners []model.Partner, p SummaryPeriod, from, to model.Date) error {
	reached, err := s.reachedBetween(ctx, from, to)
	if err != nil {
		return err
	}
	if len(reached) > 0 {
		sec := &report.Section{}
		for _, m := range reached {
			text := m.Title
			if m.Celebration != "" {
				text += " — celebrated: " + m.Celebration
			}
			sec.Lines = append(sec.Lines, report.Line{Lead: m.ReachedOn.Time().Format("2 Jan") + " · " + model.OwnerName(m.Owner, partners),
				Text: text, Color: model.RGBA(model.OwnerColor(m.Owner, partners))})
		}
		out.Milestones = sec
	}
	sessions, err := s.store.Sessions(ctx)
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
		lead := "Session for " + x.Quarter.String() + " (" + x.Day.Time().Format("2 Jan") + ")"
		if x.Decisions != "" {
			sec.Lines = append(sec.Lines, report.Line{Lead: lead + " · decided", Text: x.Decisions})
		}
		if x.Notes != "" {
			sec.Lines = append(sec.Lines, report.Line{Lead: lead + " · notes", Text: x.Notes})
		}
	}
	if len(sec.Lines) > 0 {
		sec.Note = "From your goal-mapping sessions. The goals aimed at the next period follow."
		out.Sessions = sec
	}
	return nil
}
