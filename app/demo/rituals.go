package demo

import (
	"math/rand/v2"
	"time"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage"
)

// demoRitual is a ritual of the demo household with a year of history.
type demoRitual struct {
	title    string
	who      byte // 'a', 'b' or 's'
	cadence  model.Cadence
	reminder string
	days     []time.Weekday
	notes    string
	keep     float64 // how reliably the couple keeps it
	// adaptation, if any: from this many days ago, the new cadence
	adaptDaysAgo int
	adaptTo      model.Cadence
	adaptNote    string
}

var demoRituals = []demoRitual{
	{title: "Morning coffee together", who: 's', cadence: model.Cadence{Times: 1, Per: model.PerDay}, reminder: "07:30",
		notes: "Ten minutes, no phones, before the day starts.", keep: 0.82},
	{title: "Date night", who: 's', cadence: model.Cadence{Times: 1, Per: model.PerWeek}, reminder: "18:30", days: []time.Weekday{time.Friday},
		notes: "Takes turns choosing the place.", keep: 0.8,
		adaptDaysAgo: 90, adaptTo: model.Cadence{Times: 1, Per: model.PerMonth}, adaptNote: "Weekly dinner became a monthly adventure: something neither of us has done before."},
	{title: "Phone-free walk after dinner", who: 's', cadence: model.Cadence{Times: 3, Per: model.PerWeek}, keep: 0.7},
	{title: "Quarterly weekend away", who: 's', cadence: model.Cadence{Times: 1, Per: model.PerQuarter}, notes: "Two nights somewhere new.", keep: 0.9},
	{title: "Band practice", who: 'b', cadence: model.Cadence{Times: 1, Per: model.PerWeek}, reminder: "19:00", days: []time.Weekday{time.Thursday},
		notes: "Liam's solo slot: Thursday evenings are his.", keep: 0.88},
	{title: "Climbing with friends", who: 'b', cadence: model.Cadence{Times: 2, Per: model.PerWeek}, keep: 0.6},
	{title: "Book club", who: 'a', cadence: model.Cadence{Times: 1, Per: model.PerMonth}, notes: "Maya's solo slot: first Tuesday of the month.", keep: 0.9},
	{title: "Sunday long run", who: 'a', cadence: model.Cadence{Times: 1, Per: model.PerWeek}, reminder: "08:00", days: []time.Weekday{time.Sunday}, keep: 0.85},
}

// demoRitualHistory writes the demo rituals with about a year of history:
// mostly kept, some skips with reasons, a summer holiday and an illness
// paused, and one cadence change.
func (s *filler) demoRitualHistory(tx *storage.Tx, owners map[byte]model.Owner) error {
	today := s.today()
	start := model.DateOf(today.Time().AddDate(-1, 0, 0))
	rng := rand.New(rand.NewPCG(2026, 11))
	holiday := model.DateOf(today.Time().AddDate(0, 0, -120))
	illness := model.DateOf(today.Time().AddDate(0, 0, -45))
	for _, d := range demoRituals {
		r := model.Ritual{ID: storage.NewID(), Title: d.title, Who: owners[d.who], Cadence: d.cadence, Start: start,
			ReminderTime: d.reminder, ReminderDays: d.days, Notes: d.notes}
		if err := tx.PutRitual(nil, r); err != nil {
			return err
		}
		var adaptFrom model.Date
		if d.adaptDaysAgo > 0 {
			adaptFrom = model.DateOf(today.Time().AddDate(0, 0, -d.adaptDaysAgo))
			a := model.Adaptation{ID: storage.NewID(), RitualID: r.ID, From: adaptFrom, Cadence: d.adaptTo, Note: d.adaptNote}
			if err := tx.PutAdaptation(a, false); err != nil {
				return err
			}
		}
		for day := start; day.Before(today); day = model.DateOf(day.Time().AddDate(0, 0, 1)) {
			e := model.RitualEntry{RitualID: r.ID, Day: day}
			inHoliday := !day.Before(holiday) && day.Before(model.DateOf(holiday.Time().AddDate(0, 0, 14)))
			inIllness := d.who == 'a' && !day.Before(illness) && day.Before(model.DateOf(illness.Time().AddDate(0, 0, 10)))
			c := d.cadence
			if !adaptFrom.IsZero() && !day.Before(adaptFrom) {
				c = d.adaptTo
			}
			switch {
			case inHoliday && d.who == 's' && d.cadence.Per != model.PerQuarter:
				e.Status, e.Reason = model.Paused, "Summer holiday"
			case inHoliday && d.who != 's':
				e.Status, e.Reason = model.Paused, "Summer holiday"
			case inIllness:
				e.Status, e.Reason = model.Paused, "Flu"
			case keptOn(d, c, day, rng):
				e.Status = model.Done
				e.ConfirmA, e.ConfirmB = d.who != 'b', d.who != 'a'
			case c.Per == model.PerDay && rng.Float64() < 0.3:
				e.Status, e.Reason = model.Skipped, "Early train"
			default:
				continue
			}
			if err := tx.PutEntry(e, false); err != nil {
				return err
			}
		}
	}
	return nil
}

// RitualCount is how many rituals the demo household keeps.
var RitualCount = len(demoRituals)

// keptOn decides, for the demo, whether a ritual was kept on a day: on its
// reminder weekdays when it has some (the couple's habit), else spread at
// about its cadence.
func keptOn(d demoRitual, c model.Cadence, day model.Date, rng *rand.Rand) bool {
	if len(d.days) > 0 && c.Per == model.PerWeek {
		for _, wd := range d.days {
			if day.Time().Weekday() == wd {
				return rng.Float64() < d.keep
			}
		}
		return rng.Float64() < 0.02 // now and then on another day
	}
	return rng.Float64() < c.Frequency()*d.keep*1.05
}
