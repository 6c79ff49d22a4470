package summary

import (
	"context"
	"strings"

	"github.com/vennplanner/venn/i18n"
	"github.com/vennplanner/venn/model/chart"

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
		sec.Lines = append(sec.Lines, report.Line{Lead: p.Name, Text: presenceWords(s.tr, months[i][:last]), Color: model.RGBA(p.Color)})
	}
	if rated == 0 {
		return nil
	}
	c := presenceChart(s.tr, partners, months)
	sec.Chart = &c
	sec.Note = s.tr.T("summary.presence.note")
	out.Presence = sec
	return nil
}

// presenceKeys name each rating, 1 to model.PresenceScale.
var presenceKeys = [model.PresenceScale]string{"summary.presence.word1", "summary.presence.word2", "summary.presence.word3", "summary.presence.word4"}

// presenceWord names a mean rating by its nearest word.
func presenceWord(tr *i18n.Tr, mean float64) string {
	return tr.T(presenceKeys[min(max(int(mean+0.5), 1), model.PresenceScale)-1])
}

// presenceWords is model.PresenceLine in the summary's language, without
// the name (the line's lead): the last month rated and how it compares
// with the months before.
func presenceWords(tr *i18n.Tr, months []model.PresenceBucket) string {
	t, ok := model.PresenceChangeOf(months)
	if !ok {
		return tr.T("summary.presence.none")
	}
	month := tr.Month(t.Last.Start.Time().Month())
	if t.Last.Occasions == 0 {
		if !t.HasBefore {
			return tr.T("summary.presence.none")
		}
		return tr.T("summary.presence.nothingIn", "Month", month, "Before", tr.Decimal(t.Before, 1), "Scale", model.PresenceScale)
	}
	line := tr.T("summary.presence.month", "Mean", tr.Decimal(t.Last.Mean, 1), "Scale", model.PresenceScale, "Month", month, "Word", presenceWord(tr, t.Last.Mean))
	if !t.HasBefore {
		return line
	}
	before := tr.Decimal(t.Before, 1)
	switch t.Difference {
	case 1:
		return line + tr.T("summary.presence.up", "Before", before)
	case -1:
		return line + tr.T("summary.presence.down", "Before", before)
	}
	return line + tr.T("summary.presence.steady")
}

// presenceChart is app.PresenceChart in the summary's language.
func presenceChart(tr *i18n.Tr, partners []model.Partner, months [][]model.PresenceBucket) chart.Chart {
	c := app.PresenceChart(partners, months)
	c.Vocab, c.Title = vocab(tr), tr.T("summary.chart.presence")
	for i := range c.Ticks {
		c.Ticks[i].Label = strings.ToLower(presenceWord(tr, c.Ticks[i].Value))
	}
	c.Format = func(x float64) string {
		return tr.T("summary.presence.value", "Mean", tr.Decimal(x, 1), "Scale", model.PresenceScale, "Word", strings.ToLower(presenceWord(tr, x)))
	}
	if len(months) > 0 {
		monthAxis(tr, &c, func(k int) model.Date { return months[0][k].Start })
	}
	return c
}
