package app

import (
	"context"
	"fmt"
	"io"

	"github.com/vennplanner/venn/i18n"
	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/report"
)

// TalkTopics are what the viewer may take to a first conversation with a
// therapist or coach: the signals worth talking about that they can see,
// those that held longest first.
func (s *Service) TalkTopics(ctx context.Context, viewerID string) ([]model.TalkTopic, error) {
	signals, err := s.WorthTalkingAbout(ctx, viewerID)
	if err != nil {
		return nil, fmt.Errorf("talk topics: %w", err)
	}
	return model.TalkTopics(signals), nil
}

// WriteTalkPage writes the page a couple takes to a first conversation:
// the topics they kept and their own words, on the paper (A4 or Letter).
func (s *Service) WriteTalkPage(ctx context.Context, w io.Writer, topics []model.TalkTopic, words, paper string) error {
	h, partners, err := s.Household(ctx)
	if err != nil {
		return fmt.Errorf("talk page: %w", err)
	}
	// The page is made in the window from topics the window shows: it
	// speaks the window's language.
	tr := s.Translator(ctx, i18n.Window)
	p := report.TalkPage{Household: h.Name, Day: tr.LongDate(s.today().Time()), Words: words, Lang: tr}
	for _, pt := range partners {
		p.Partners = append(p.Partners, report.Person{Name: pt.Name, Color: model.RGBA(pt.Color)})
	}
	for _, t := range topics {
		p.Topics = append(p.Topics, report.TalkLine{Title: t.Title, Seen: t.Seen})
	}
	if err := report.WriteTalkPage(w, p, paper); err != nil {
		return fmt.Errorf("talk page: %w", err)
	}
	return nil
}

// AddSelfExploration adds the partner's personal goal of time to explore
// what matters to them — with a therapist, a coach or on their own —
// private, in their own lane, to plan. When they have it already (not
// archived), that one comes back and added is false.
func (s *Service) AddSelfExploration(ctx context.Context, partnerID string) (g model.Goal, added bool, err error) {
	title, steps := model.SelfExploration()
	owner, private, col := model.Owner(partnerID), true, model.ColumnPlanned
	goals, err := s.store.Goals(ctx)
	if err != nil {
		return model.Goal{}, false, fmt.Errorf("add a goal to explore oneself: %w", err)
	}
	for _, g := range goals {
		if g.Owner == owner && g.Title == title && !g.Archived {
			return g, false, nil
		}
	}
	g, err = s.CreateGoal(ctx, model.GoalPatch{Title: &title, Owner: &owner, Column: &col, Checklist: &steps, Private: &private})
	if err != nil {
		return model.Goal{}, false, fmt.Errorf("add a goal to explore oneself: %w", err)
	}
	return g, true, nil
}
