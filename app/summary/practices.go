package summary

import (
	"context"
	"fmt"
	"strings"

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
	out.Appreciations = appreciationSection(notes, partners, from, to)
	requests, err := s.Requests(ctx)
	if err != nil {
		return err
	}
	agreements, err := s.Agreements(ctx)
	if err != nil {
		return err
	}
	out.Agreements = agreementSection(requests, agreements, from, to)
	signals, err := s.WorthTalkingAboutOn(ctx, "", s.asOf(to))
	if err != nil {
		return err
	}
	if len(signals) > 0 {
		sec := &report.Section{Note: "Patterns Venn noticed in your plans, as of " + s.asOf(to).Time().Format("2 January 2006") +
			" — never a verdict, always a reason to talk."}
		for _, sg := range signals {
			text := sg.Seen + " " + sg.Suggest
			if sg.Persists {
				text += " " + model.HelpNote
			}
			line := report.Line{Lead: sg.Title, Text: text}
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

func appreciationSection(notes []model.Appreciation, partners []model.Partner, from, to model.Date) *report.Section {
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
		counts = append(counts, fmt.Sprintf("%s wrote %d", p.Name, count[p.ID]))
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
		sec.Lines = append(sec.Lines, report.Line{Lead: from.Name + " to " + name[a.ToID].Name + ", " + a.Day.Time().Format("2 Jan"),
			Text: a.Text, Color: model.RGBA(from.Color)})
	}
	return sec
}

func agreementSection(requests []model.Request, agreements []model.Agreement, from, to model.Date) *report.Section {
	var lines []report.Line
	for _, a := range agreements {
		if to.Before(a.Agreed) {
			continue
		}
		text := a.Text
		if !a.Revisit.IsZero() {
			text += " (to look at again " + a.Revisit.Time().Format("2 Jan 2006") + ")"
		}
		lines = append(lines, report.Line{Lead: "Agreed " + a.Agreed.Time().Format("2 Jan 2006"), Text: text})
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
		sec.Note = fmt.Sprintf("%d %s made in this period: %d agreed, %d counter-proposed, %d to talk about, %d waiting for an answer.",
			n, map[bool]string{true: "request", false: "requests"}[n == 1],
			tally[model.ReplyAgree], tally[model.ReplyCounter], tally[model.ReplyTalk], tally[model.ReplyOpen])
	}
	return sec
}
