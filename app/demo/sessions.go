package demo

import (
	"context"

	"github.com/vennplanner/venn/model"
)

// demoDates gives some demo goals a start and a target date, in weeks from
// the current quarter's first day, so the timeline map has bars.
var demoDates = []struct {
	title      string
	start, due int // weeks after the quarter's first day
}{
	{"Run a half marathon", 0, 9},
	{"Finish the UX certificate", 3, 19},
	{"Record the band's first EP", 2, 10},
	{"Build a standing desk", 6, 11},
	{"Save for a house deposit", 0, 25},
	{"Plan next year's budget", 7, 12},
	{"Two weeks in Italy", 17, 22},
	{"Ask for the team-lead role", 15, 18},
	{"Couples' dance class", 13, 25},
	{"Weekly five-a-side football", 1, 12},
}

// demoSessions gives the demo household dated goals, values linked to
// goals, two development contracts with reviews, milestones (some reached)
// and this quarter's goal-mapping session.
func (s *filler) demoSessions(ctx context.Context, partners []model.Partner) error {
	today := s.today()
	q := today.Quarter()
	goals, err := s.Store().Goals(ctx)
	if err != nil {
		return err
	}
	byTitle := map[string]model.Goal{}
	for _, g := range goals {
		if _, ok := byTitle[g.Title]; !ok {
			byTitle[g.Title] = g
		}
	}
	for _, d := range demoDates {
		g, ok := byTitle[d.title]
		if !ok {
			continue
		}
		start, due := q.First().AddDays(7*d.start), q.First().AddDays(7*d.due)
		if _, err := s.UpdateGoal(ctx, g.ID, model.GoalPatch{Start: &start, Due: &due, TargetQuarter: model.Ptr(due.Quarter())}); err != nil {
			return err
		}
	}
	// Football on top of the EP and the desk is one thing too many for Liam
	// in November: the map shows it as crunch weeks.
	if g, ok := byTitle["Weekly five-a-side football"]; ok {
		if err := s.SetAllocation(ctx, g.ID, model.Time, 2*60, 50, 50); err != nil {
			return err
		}
	}
	a, b := model.Owner(partners[0].ID), model.Owner(partners[1].ID)
	values := []model.Value{
		{Owner: a, Kind: model.ValueCore, Text: "Growth", Goals: []string{byTitle["Finish the UX certificate"].ID, byTitle["Ask for the team-lead role"].ID}},
		{Owner: a, Kind: model.ValueCore, Text: "Health", Goals: []string{byTitle["Run a half marathon"].ID}},
		{Owner: a, Kind: model.ValueAspiration, Text: "Lead a design team within a year"},
		{Owner: a, Kind: model.ValueDream, Text: "A pottery studio in the garden"},
		{Owner: b, Kind: model.ValueCore, Text: "Creativity", Goals: []string{byTitle["Record the band's first EP"].ID, byTitle["Build a standing desk"].ID}},
		{Owner: b, Kind: model.ValueCore, Text: "Freedom"},
		{Owner: b, Kind: model.ValueAspiration, Text: "Play the EP live at the summer festival"},
		{Owner: b, Kind: model.ValueDream, Text: "Cycle from Lisbon to Rome"},
		{Owner: model.Shared, Kind: model.ValueCore, Text: "Adventure", Goals: []string{byTitle["Two weeks in Italy"].ID}},
		{Owner: model.Shared, Kind: model.ValueCore, Text: "Community", Goals: []string{byTitle["Host a summer garden party"].ID}},
		{Owner: model.Shared, Kind: model.ValueCore, Text: "Lifelong learning", Goals: []string{byTitle["Couples' dance class"].ID}},
		{Owner: model.Shared, Kind: model.ValueDream, Text: "A house with room for a workshop and a studio"},
	}
	for _, v := range values {
		v.Goals = nonEmpty(v.Goals)
		if _, err := s.SaveValue(ctx, v); err != nil {
			return err
		}
	}
	contracts := []struct {
		goal, commitment, support string
		weeks                     int
		reviews                   []model.ContractReview
	}{
		{"Finish the UX certificate", "I study Tuesday and Thursday evenings, 19:30 to 21:30, and hand in module 5 by mid-November.",
			"Liam cooks on those evenings and keeps them free of plans.", 2,
			[]model.ContractReview{{Day: today.AddDays(-40), Note: "Two good weeks; module 4 done.", Rating: 4}, {Day: today.AddDays(-26), Note: "Work trip ate a week.", Rating: 2}}},
		{"Record the band's first EP", "I finish the lyrics and book the studio; Friday mornings are for the EP.",
			"Maya comes to one rehearsal and tells me honestly what she hears.", 4,
			[]model.ContractReview{{Day: today.AddDays(-20), Note: "Lyrics done, studio booked.", Rating: 5}}},
	}
	for _, c := range contracts {
		g, ok := byTitle[c.goal]
		if !ok {
			continue
		}
		saved, err := s.SaveContract(ctx, model.Contract{GoalID: g.ID, Commitment: c.commitment, Support: c.support, EveryWeeks: c.weeks, Started: today.AddDays(-50)})
		if err != nil {
			return err
		}
		for _, r := range c.reviews {
			if err := s.ReviewContract(ctx, saved.ID, r); err != nil {
				return err
			}
		}
	}
	milestones := []model.Milestone{
		{Title: "Maya's promotion to senior designer", Day: today.AddDays(-150), Owner: a, Reached: true, ReachedOn: today.AddDays(-150), Celebration: "Dinner at the harbour restaurant."},
		{Title: "Liam's first gig with the band", Day: today.AddDays(-60), Owner: b, Reached: true, ReachedOn: today.AddDays(-60), Celebration: "Maya brought the whole book club."},
		{Title: "Registered for the city half", Day: today.AddDays(-30), GoalID: byTitle["Run a half marathon"].ID, Reached: true, ReachedOn: today.AddDays(-32), Celebration: "New running socks."},
		{Title: "Studio weekend 1", Day: q.First().AddDays(7 * 8), GoalID: byTitle["Record the band's first EP"].ID},
		{Title: "Ten years together", Day: today.AddDays(24), Owner: model.Shared},
		{Title: "€20,000 saved for the house", Day: q.Next().First().AddDays(20), GoalID: byTitle["Save for a house deposit"].ID},
	}
	for _, m := range milestones {
		if _, err := s.SaveMilestone(ctx, m); err != nil {
			return err
		}
	}
	_, err = s.SaveSession(ctx, model.Session{Quarter: q, Day: q.First().AddDays(-5), Step: len(model.SessionSteps) - 1, Done: true,
		Notes:     "Good evening. Maya's course and Liam's EP both peak in November — we saw the crunch on the map.",
		Decisions: "Liam cooks on Maya's study nights. The desk waits until the EP is mixed. Italy: book trains in January."})
	return err
}

func nonEmpty(ids []string) []string {
	var out []string
	for _, id := range ids {
		if id != "" {
			out = append(out, id)
		}
	}
	return out
}
