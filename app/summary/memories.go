package summary

import (
	"context"
	"slices"

	"github.com/vennplanner/venn/i18n"
	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/report"
)

// maxMemoriesPrinted bounds the year's page of memories.
const maxMemoriesPrinted = 24

// summaryMemories fills a year summary's page of memories: the year's
// timeline, oldest first, with each own entry's photo as a small picture.
// A private memory never goes on paper.
func (s *builder) summaryMemories(ctx context.Context, out *report.Summary, partners []model.Partner, p Period) error {
	if !p.Quarter.IsZero() {
		return nil
	}
	tl, err := s.MemoryTimeline(ctx)
	if err != nil {
		return err
	}
	year := slices.DeleteFunc(model.InYear(tl, p.Year), func(m model.Remembered) bool { return m.Private })
	printed := forPaper(year, maxMemoriesPrinted)
	if left := len(year) - len(printed); left > 0 {
		out.MemoriesNote = s.tr.N("summary.memories.more", left)
	}
	for _, m := range printed {
		line := report.MemoryLine{Day: s.tr.DayMonth(m.Day.Time()), Title: m.Title, Who: memorySource(s.tr, m, partners)}
		if m.Who != "" {
			line.Color = model.RGBA(model.OwnerColor(m.Who, partners))
		}
		if m.Photo != "" {
			if thumb, err := s.PhotoThumbnail(m.Photo); err == nil {
				line.Photo = thumb
			}
		}
		out.Memories = append(out.Memories, line)
	}
	return nil
}

// forPaper chooses at most n memories of a year's timeline (newest first)
// for paper, oldest first: the couple's own entries and celebrations
// before the moments named in check-ins, which come every week.
func forPaper(year []model.Remembered, n int) []model.Remembered {
	var out []model.Remembered
	for _, highlights := range []bool{false, true} {
		for _, m := range year {
			if len(out) < n && (m.Kind == model.MemoryHighlight) == highlights {
				out = append(out, m)
			}
		}
	}
	slices.SortStableFunc(out, func(a, b model.Remembered) int { return a.Day.Compare(b.Day) })
	return out
}

// memorySource says where a memory comes from, as printed.
func memorySource(tr *i18n.Tr, m model.Remembered, partners []model.Partner) string {
	who := ownerName(tr, m.Who, partners)
	switch m.Kind {
	case model.MemoryMilestone:
		return tr.T("summary.memories.milestone", "Who", who)
	case model.MemoryGoal:
		return tr.T("summary.memories.goal", "Who", who)
	case model.MemoryHighlight:
		return tr.T("summary.memories.highlight", "Who", who)
	}
	return who
}
