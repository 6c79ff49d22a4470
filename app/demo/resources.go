package demo

import (
	"math/rand/v2"
	"time"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage"
)

// demoAllocation is what the demo household gives a goal, per week (time,
// energy) or month (money): hours, euros, points.
type demoAllocation struct {
	goal          string
	hours, points float64
	euros         int64
	splitA        int
}

var demoAllocations = []demoAllocation{
	{goal: "Run a half marathon", hours: 4, points: 2},
	{goal: "Finish the UX certificate", hours: 3, points: 2, euros: 60},
	{goal: "Monthly dinner with the book club", hours: 1, euros: 40, points: 1},
	{goal: "Record the band's first EP", hours: 5, points: 3, euros: 120},
	{goal: "Build a standing desk", hours: 2, euros: 40, points: 1},
	{goal: "Get the climbing lead certificate", hours: 2, euros: 30, points: 1},
	{goal: "Save for a house deposit", euros: 600, points: 1, splitA: 50},
	{goal: "Two weeks in Italy", hours: 1, euros: 150, points: 1, splitA: 50},
	{goal: "Sunday cooking together", hours: 2, euros: 60, points: 1, splitA: 50},
	{goal: "Plan next year's budget", hours: 1, points: 1, splitA: 60},
}

// demoResources gives the demo household capacities (one of which changes
// mid-quarter), allocations to its goals in progress and a quarter of what
// each of them actually spent.
func (s *filler) demoResources(tx *storage.Tx, partners []model.Partner, goals map[string]model.Goal) error {
	today := s.today()
	qStart := model.DateOf(today.Time().AddDate(0, -3, 0))
	maya, liam := partners[0], partners[1]
	caps := []model.Capacity{
		{PartnerID: maya.ID, Resource: model.Time, Amount: 12 * 60, From: qStart},
		{PartnerID: liam.ID, Resource: model.Time, Amount: 14 * 60, From: qStart},
		// Liam's studio weekends leave him less time from a few weeks ago.
		{PartnerID: liam.ID, Resource: model.Time, Amount: 9 * 60, From: model.DateOf(today.Time().AddDate(0, 0, -24))},
		{PartnerID: maya.ID, Resource: model.Money, Amount: 700_00, From: qStart},
		{PartnerID: liam.ID, Resource: model.Money, Amount: 650_00, From: qStart},
		{PartnerID: maya.ID, Resource: model.Energy, Amount: 10 * 10, From: qStart},
		{PartnerID: liam.ID, Resource: model.Energy, Amount: 10 * 10, From: qStart},
	}
	for _, c := range caps {
		c.ID = storage.CapacityID(c.PartnerID, c.Resource, c.From)
		if err := tx.PutCapacity(c); err != nil {
			return err
		}
	}
	rng := rand.New(rand.NewPCG(5, 8))
	for _, d := range demoAllocations {
		g, ok := goals[d.goal]
		if !ok {
			continue
		}
		split := d.splitA
		if split == 0 {
			split = 50
		}
		amounts := map[model.Resource]model.Amount{
			model.Time: model.Amount(d.hours * 60), model.Money: model.Amount(d.euros * 100), model.Energy: model.Amount(d.points * 10),
		}
		for _, r := range model.Resources {
			if amounts[r] == 0 {
				continue
			}
			// Made when the quarter of history began.
			if err := tx.PutAllocation(model.Allocation{GoalID: g.ID, Resource: r, Amount: amounts[r], SplitA: split, Since: qStart}, false); err != nil {
				return err
			}
		}
		// A quarter of actuals: time a few times a week, money once a month.
		spender := func() string {
			switch {
			case g.Owner != model.Shared:
				return string(g.Owner)
			case rng.IntN(100) < split:
				return maya.ID
			default:
				return liam.ID
			}
		}
		for day := qStart; day.Before(today); day = model.DateOf(day.Time().AddDate(0, 0, 1)) {
			if d.hours > 0 && rng.Float64() < 0.35 {
				minutes := model.Amount(d.hours * 60 / 2.5 * (0.6 + 0.8*rng.Float64()))
				minutes -= minutes % 15
				if minutes > 0 {
					if err := putDemoActual(tx, g.ID, spender(), model.Time, minutes, day); err != nil {
						return err
					}
				}
			}
			if d.euros > 0 && day.Day == 3 {
				euros := model.Amount(float64(d.euros*100) * (0.7 + 0.5*rng.Float64()))
				if err := putDemoActual(tx, g.ID, spender(), model.Money, euros-euros%100, day); err != nil {
					return err
				}
			}
			if d.points > 0 && day.Time().Weekday() == time.Sunday {
				if err := putDemoActual(tx, g.ID, spender(), model.Energy, model.Amount(d.points*10*(0.5+rng.Float64())), day); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

func putDemoActual(tx *storage.Tx, goalID, partnerID string, r model.Resource, amount model.Amount, day model.Date) error {
	return tx.PutActual(model.Actual{ID: storage.NewID(), GoalID: goalID, PartnerID: partnerID, Resource: r, Amount: amount, Day: day}, false)
}
