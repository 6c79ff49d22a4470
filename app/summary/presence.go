package summary

import (
	"context"

	"github.com/vennplanner/venn/app"
	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/report"
)

// summaryPresence fills how present time together felt to each partner,
// month by month over the period, beside the calendar's hours: only the
// occasions both partners rated count (a rating held until the other
// rated is never printed).
func (s *builder) summaryPresence(ctx context.Context, out *report.Summary, h model.Household, partners []model.Partner, from, to model.Date) error {
	ratings, err := s.store.PresenceRatings(ctx)
	if err != nil {
		return err
	}
	marks, err := s.store.PresenceMarks(ctx)
	if err != nil {
		return err
	}
	months := model.PresenceByPartner(ratings, marks, partners, from, to, model.PerMonth, h.WeekStart)
	rated := 0
	sec := &report.Section{}
	for i, p := range partners {
		if i >= len(months) {
			break
		}
		// The line speaks of the last month rated: a summary printed in
		// the period's middle has months still to come.
		last := len(months[i])
		for last > 0 && months[i][last-1].Occasions == 0 {
			last--
		}
		rated = max(rated, last)
		sec.Lines = append(sec.Lines, report.Line{Lead: p.Name, Text: trimName(model.PresenceLine(p.Name, months[i][:last]), p.Name), Color: model.RGBA(p.Color)})
	}
	if rated == 0 {
		return nil
	}
	c := app.PresenceChart(partners, months)
	sec.Chart = &c
	sec.Note = "After a shared ritual or joint time, each of you said in one tap how present it felt (1 distracted … 4 really together). Only what both of you rated is counted."
	out.Presence = sec
	return nil
}

// trimName takes the "Name: " off the front of a line that has it as its
// lead already.
func trimName(line, name string) string {
	if len(line) > len(name)+2 && line[:len(name)+2] == name+": " {
		return line[len(name)+2:]
	}
	return line
}
