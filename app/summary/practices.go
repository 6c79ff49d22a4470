package summary

import (
	"context"
	"strings"

	"github.com/vennplanner/venn/i18n"
	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/report"
)

// printedAppreciations is how many appreciations a summary prints at most.
const printedAppreciations = 6

// summaryPractices fills the everyday practices: appreciations (counted per
// partner; only printable ones printed), agreements and how requests went,
// and what is worth talking about as of the period's end. Health checks and
// journals are never printed.
func (s *builder) summaryPractices(ctx context.Context, out *report.Summary, partners []model.Partner, from, to model.Date) error {
	notes, err := s.Appreciations(ctx)
	if err != nil {
		return err
	}
	out.Appreciations = appreciationSection(s.tr, notes, partners, from, to)
	requests, err := s.Requests(ctx)
	if err != nil {
		return err
	}
	agreements, err := s.Agreements(ctx)
	if err != nil {
		return err
	}
	out.Agreements = agreementSection(s.tr, requests, agreements, from, to)
	signals, err := s.WorthTalkingAboutOn(ctx, "", s.asOf(to))
	if err != nil {
		return err
	}
	if len(signals) > 0 {
		sec := &report.Section{Note: s.tr.T("summary.talk.note", "Day", s.tr.LongDate(s.asOf(to).Time()))}
		for _, sg := range signals {
			title, seen, suggest := signalWords(s.tr, sg)
			text := seen + " " + suggest
			if sg.Persists {
				text += " " + s.tr.T("summary.signal.help")
			}
			line := report.Line{Lead: title, Text: text}
			for _, p := range partners {
				if p.ID == sg.PartnerID {
					line.Color = model.RGBA(p.Color)
				}
			}
			sec.Lines = append(sec.Lines, line)
		}
		out.Talk = sec
	}
	return nil
}

func appreciationSection(tr *i18n.Tr, notes []model.Appreciation, partners []model.Partner, from, to model.Date) *report.Section {
	count := map[string]int{}
	var printable []model.Appreciation
	for _, a := range notes {
		if a.Day.Before(from) || to.Before(a.Day) {
			continue
		}
		count[a.FromID]++
		if a.Printable {
			printable = append(printable, a)
		}
	}
	total := 0
	var counts []string
	for _, p := range partners {
		total += count[p.ID]
		counts = append(counts, tr.N("summary.appreciations.wrote", count[p.ID], "Name", p.Name))
	}
	if total == 0 {
		return nil
	}
	sec := &report.Section{Note: strings.Join(counts, ", ") + "."}
	name := map[string]model.Partner{}
	for _, p := range partners {
		name[p.ID] = p
	}
	for i, a := range printable {
		if i == printedAppreciations {
			break
		}
		from := name[a.FromID]
		sec.Lines = append(sec.Lines, report.Line{Lead: tr.T("summary.appreciations.lead", "From", from.Name, "To", name[a.ToID].Name, "Day", tr.DayMonth(a.Day.Time())),
			Text: a.Text, Color: model.RGBA(from.Color)})
	}
	return sec
}

func agreementSection(tr *i18n.Tr, requests []model.Request, agreements []model.Agreement, from, to model.Date) *report.Section {
	var lines []report.Line
	for _, a := range agreements {
		if to.Before(a.Agreed) {
			continue
		}
		text := a.Text
		if !a.Revisit.IsZero() {
			text += " " + tr.T("summary.agreements.revisit", "Day", tr.DayMonthYear(a.Revisit.Time()))
		}
		lines = append(lines, report.Line{Lead: tr.T("summary.agreements.agreed", "Day", tr.DayMonthYear(a.Agreed.Time())), Text: text})
	}
	tally := map[model.Reply]int{}
	n := 0
	for _, r := range requests {
		if !to.Before(r.Day) && !r.Day.Before(from) {
			tally[r.Reply]++
			n++
		}
	}
	if len(lines) == 0 && n == 0 {
		return nil
	}
	sec := &report.Section{Lines: lines}
	if n > 0 {
		sec.Note = tr.N("summary.agreements.tally", n, "Agreed", tr.Int(tally[model.ReplyAgree]), "Counter", tr.Int(tally[model.ReplyCounter]),
			"Talk", tr.Int(tally[model.ReplyTalk]), "Open", tr.Int(tally[model.ReplyOpen]))
	}
	return sec
}
