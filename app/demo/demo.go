package demo

import (
	"context"
	"fmt"
	"time"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage"
)

// demoGoal is one goal of the demo household. owner is 'a', 'b' or 's';
// quarter is relative to the current quarter; steps ending in "[x]" are done.
type demoGoal struct {
	owner   byte
	column  model.Column
	title   string
	notes   string
	labels  []string
	quarter int
	steps   []string
}

var demoGoals = []demoGoal{
	{'a', model.ColumnDoing, "Run a half marathon", "Training plan from the running club: three runs a week, long run on Sunday.", []string{"health"}, 0,
		[]string{"Buy proper running shoes [x]", "Run 10 km without stopping [x]", "Register for the city half [x]", "Long run of 18 km", "Race day"}},
	{'a', model.ColumnPlanned, "Finish the UX certificate", "Two modules left. Study Tuesday and Thursday evenings.", []string{"career", "learning"}, 1,
		[]string{"Module 5: research methods", "Module 6: portfolio", "Final review"}},
	{'a', model.ColumnIdeas, "Learn to throw pottery", "The studio on Elm Street has a beginners' course in spring.", []string{"creative"}, 2, nil},
	{'a', model.ColumnDone, "Read 12 books this year", "", []string{"learning"}, 0,
		[]string{"Jan–Mar: 3 books [x]", "Apr–Jun: 3 books [x]", "Jul–Sep: 3 books [x]", "Oct–Dec: 3 books [x]"}},
	{'a', model.ColumnDoing, "Monthly dinner with the book club", "", []string{"friends"}, 0, nil},
	{'a', model.ColumnPlanned, "Ask for the team-lead role", "Talk to Sam after the Q1 review; prepare examples.", []string{"career"}, 1,
		[]string{"Write down three projects I led [x]", "Get feedback from Priya", "Book the conversation"}},
	{'a', model.ColumnIdeas, "Solo weekend in Lisbon", "Just me, a notebook and the trams.", []string{"travel", "solo time"}, 2, nil},
	{'a', model.ColumnDone, "Set up a personal savings pot", "10% of salary, automatic transfer on payday.", []string{"money"}, -1, nil},
	{'a', model.ColumnIdeas, "Volunteer at the food bank", "", []string{"community"}, 1, nil},
	{'b', model.ColumnDoing, "Record the band's first EP", "Four songs. Studio booked for two weekends.", []string{"music", "creative"}, 0,
		[]string{"Finish lyrics for song 4 [x]", "Rehearse the set [x]", "Studio weekend 1", "Studio weekend 2", "Mixing"}},
	{'b', model.ColumnPlanned, "Get the climbing lead certificate", "", []string{"health"}, 1,
		[]string{"Belay refresher [x]", "Lead course (4 evenings)", "Assessment"}},
	{'b', model.ColumnIdeas, "Learn Italian for the trip", "Duolingo plus the Thursday conversation group.", []string{"learning", "travel"}, 1, nil},
	{'b', model.ColumnDone, "Switch to a four-day week", "Agreed with HR from October; Fridays are for music.", []string{"career"}, 0, nil},
	{'b', model.ColumnDoing, "Build a standing desk", "", []string{"creative", "home"}, 0,
		[]string{"Draw the plan [x]", "Buy the oak top [x]", "Cut and sand", "Oil finish"}},
	{'b', model.ColumnPlanned, "Cycle the coast road", "Three days, two nights, camping.", []string{"adventure", "solo time"}, 2, nil},
	{'b', model.ColumnIdeas, "Mentor a junior developer", "", []string{"career", "community"}, 2, nil},
	{'b', model.ColumnDone, "Pay off the car loan", "", []string{"money"}, -1, nil},
	{'b', model.ColumnPlanned, "Weekly five-a-side football", "", []string{"friends", "health"}, 0, nil},
	{'s', model.ColumnDoing, "Save for a house deposit", "Target: €40,000 by the end of next year. Joint account, automatic transfers.", []string{"money", "home"}, 0,
		[]string{"Open the joint savings account [x]", "Agree the monthly amount [x]", "Reach €20,000", "Reach €30,000", "Reach €40,000"}},
	{'s', model.ColumnPlanned, "Two weeks in Italy", "Rome, then the Dolomites. Book trains early.", []string{"travel", "adventure"}, 1,
		[]string{"Agree dates [x]", "Book flights", "Book the mountain hut", "Plan the Rome days"}},
	{'s', model.ColumnDoing, "Sunday cooking together", "One new recipe each week, from the Ottolenghi book.", []string{"ritual", "home"}, 0, nil},
	{'s', model.ColumnIdeas, "Adopt a dog", "Visit the shelter in spring; check the lease first.", []string{"home"}, 2,
		[]string{"Check the lease", "Visit the shelter", "Puppy-proof the flat"}},
	{'s', model.ColumnDone, "Paint the living room", "", []string{"home"}, -1,
		[]string{"Choose colours [x]", "Buy paint [x]", "Paint [x]"}},
	{'s', model.ColumnPlanned, "Couples' dance class", "Salsa on Wednesdays at the community centre.", []string{"ritual", "learning"}, 1, nil},
	{'s', model.ColumnIdeas, "Host a summer garden party", "", []string{"friends", "community"}, 2, nil},
	{'s', model.ColumnDoing, "Plan next year's budget", "", []string{"money"}, 0,
		[]string{"List fixed costs [x]", "Each of us: personal spending money", "Shared goals pot", "Review in January"}},
	{'s', model.ColumnDone, "Quarterly getaway: the cabin", "Two nights, no phones. Do it again!", []string{"ritual", "adventure"}, 0, nil},
	{'s', model.ColumnPlanned, "Visit Liam's grandmother", "", []string{"family"}, 1, nil},
	{'s', model.ColumnIdeas, "Plant a vegetable patch", "", []string{"home", "creative"}, 2, nil},
	{'s', model.ColumnDone, "Write our shared values", "Adventure, community, lifelong learning.", []string{"values"}, -1, nil},
}

// GoalCount is how many goals one demo set holds.
var GoalCount = len(demoGoals)

// Household is the demo couple: the household's name and its partners'
// names and colours.
var Household = struct {
	Name     string
	Partners [2][2]string
}{"Maya & Liam", [2][2]string{{"Maya", "#3b82f6"}, {"Liam", "#e07a5f"}}}

// Planner is what the demo writes through: the service's use cases where
// their rules matter (allocations, contracts, life events), its store for
// bulk rows.
type Planner interface {
	Now() time.Time
	Store() *storage.Store
	Update(ctx context.Context, fn func(tx *storage.Tx) error) error
	Household(ctx context.Context) (model.Household, []model.Partner, error)
	Prompts(ctx context.Context) ([]model.Prompt, error)
	UpdateGoal(ctx context.Context, id string, p model.GoalPatch) (model.Goal, error)
	SetAllocation(ctx context.Context, goalID string, r model.Resource, amount model.Amount, splitA, splitB int) error
	SaveValue(ctx context.Context, v model.Value) (model.Value, error)
	SaveSession(ctx context.Context, x model.Session) (model.Session, error)
	SaveMilestone(ctx context.Context, m model.Milestone) (model.Milestone, error)
	SaveContract(ctx context.Context, c model.Contract) (model.Contract, error)
	ReviewContract(ctx context.Context, contractID string, r model.ContractReview) error
	LogLifeEvent(ctx context.Context, e model.LifeEvent, d model.Decision) (model.LifeEvent, error)
}

// filler writes one demo household.
type filler struct{ Planner }

func (s *filler) today() model.Date { return model.DateOf(s.Now()) }

// ensureDefaults makes sure the default check-in prompts and balance signs
// exist (reading them through the service writes them once).
func (s *filler) ensureDefaults(ctx context.Context) error {
	_, err := s.Prompts(ctx)
	return err
}

func monthOf(d model.Date) model.Date { return model.Date{Year: d.Year, Month: d.Month, Day: 1} }

// MaxScale is the largest demo: 300,000 goals.
const MaxScale = 10000

// Fill writes the demo household's life into a household that has partners
// and no goals: scale × 30 goals across lanes and columns with checklists
// and labels, eight rituals with a year of history, resources, check-ins,
// a calendar, sessions and a life event, all relative to the planner's
// today.
func Fill(ctx context.Context, p Planner, scale int) error {
	if scale < 1 || scale > MaxScale {
		return fmt.Errorf("the demo scale must be between 1 and %d", MaxScale)
	}
	s := &filler{p}
	h, partners, err := s.Household(ctx)
	if err != nil {
		return err
	}
	owners := map[byte]model.Owner{'a': model.Owner(partners[0].ID), 'b': model.Owner(partners[1].ID), 's': model.Shared}
	err = s.Update(ctx, func(tx *storage.Tx) error {
		firstOf, err := s.writeGoals(tx, owners, scale)
		if err != nil {
			return err
		}
		if err := s.demoResources(tx, partners, firstOf); err != nil {
			return err
		}
		// Two labels whose colours the couple chose; the rest keep theirs.
		for label, colour := range map[string]string{"travel": "#9cc7e8", "health": "#9fd8b0"} {
			if err := tx.PutLabelColour(label, colour); err != nil {
				return err
			}
		}
		return s.demoRitualHistory(tx, owners)
	})
	if err != nil {
		return err
	}
	if err := s.demoCheckins(ctx, partners); err != nil {
		return err
	}
	if err := s.demoCalendar(ctx, partners, h.WeekStart); err != nil {
		return err
	}
	if err := s.demoSessions(ctx, partners); err != nil {
		return err
	}
	if err := s.demoTogether(ctx, partners); err != nil {
		return err
	}
	if err := s.demoPresence(ctx, partners); err != nil {
		return err
	}
	return s.demoPractices(ctx, partners)
}

// cellKey is a board cell of the demo: an owner's column.
type cellKey struct {
	owner  byte
	column model.Column
}

// writeGoals writes scale copies of the demo goals, every cell laid out at
// once with evenly spread ranks; copies beyond the first reach back in
// time, a year per four copies. It returns the first copy of each goal by
// title.
func (s *filler) writeGoals(tx *storage.Tx, owners map[byte]model.Owner, scale int) (map[string]model.Goal, error) {
	now := s.Now()
	current := model.DateOf(now).Quarter()
	perCell := map[cellKey]int{}
	for _, d := range demoGoals {
		perCell[cellKey{d.owner, d.column}] += scale
	}
	ranks := map[cellKey][]string{}
	for k, n := range perCell {
		ranks[k] = model.RanksSpread(n)
	}
	next := map[cellKey]int{}
	firstOf := map[string]model.Goal{}
	for copy := range scale {
		for i, d := range demoGoals {
			k := cellKey{d.owner, d.column}
			g := d.goal(copy, current)
			g.ID, g.Owner, g.Rank = storage.NewID(), owners[d.owner], ranks[k][next[k]]
			g.Created = now.Add(-time.Duration(len(demoGoals)*scale-copy*len(demoGoals)-i) * time.Hour).UTC()
			next[k]++
			if err := tx.CreateGoal(g); err != nil {
				return nil, fmt.Errorf("demo goal %q: %w", g.Title, err)
			}
			if copy == 0 {
				firstOf[g.Title] = g
			}
		}
	}
	return firstOf, nil
}

// goal is the copy-th copy of the demo goal, its quarter relative to the
// current one.
func (d demoGoal) goal(copy int, current model.Quarter) model.Goal {
	q := current.Add(d.quarter - copy/4)
	g := model.Goal{Title: d.title, Notes: d.notes, Column: d.column, Labels: d.labels, TargetQuarter: q}
	if copy > 0 {
		g.Title = fmt.Sprintf("%s (%s)", d.title, q)
	}
	if d.quarter == 0 && len(d.steps) > 0 {
		g.Due = q.Last()
	}
	for _, st := range d.steps {
		text, done := trimDone(st)
		g.Checklist = append(g.Checklist, model.ChecklistStep{Text: text, Done: done || d.column == model.ColumnDone})
	}
	if copy > 0 && d.column == model.ColumnDone && copy%3 == 0 {
		g.Archived = true
	}
	return g
}

func trimDone(step string) (string, bool) {
	const mark = " [x]"
	if len(step) > len(mark) && step[len(step)-len(mark):] == mark {
		return step[:len(step)-len(mark)], true
	}
	return step, false
}
