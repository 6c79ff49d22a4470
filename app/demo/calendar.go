package demo

import (
	"context"
	"time"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage"
)

// demoBlock is one block of the demo week: who ('a', 'b' or 0 for both),
// weekdays (nil for once, on the day offset from this week's start), times.
type demoBlock struct {
	title   string
	kind    model.BlockKind
	who     byte
	days    []time.Weekday
	offset  int // for a one-off: days after this week's first day
	from    string
	to      string
	notes   string
	private bool
	cycle   model.Cycle // monthly (on the nth weekday) or yearly (from the day at offset)
	nth     int
	weekday time.Weekday
	goal    string // the title of the goal it is time for
	ritual  string // the title of the ritual it is time for
}

var demoBlocks = []demoBlock{
	{title: "Long run", kind: model.KindSolo, who: 'a', days: []time.Weekday{time.Sunday}, from: "08:00", to: "10:00", goal: "Run a half marathon"},
	{title: "UX course study", kind: model.KindSolo, who: 'a', days: []time.Weekday{time.Tuesday, time.Thursday}, from: "19:30", to: "21:30"},
	{title: "Therapy", kind: model.KindSolo, who: 'a', days: []time.Weekday{time.Wednesday}, from: "08:00", to: "09:00", private: true},
	{title: "Band practice", kind: model.KindSolo, who: 'b', days: []time.Weekday{time.Thursday}, from: "19:00", to: "22:00", notes: "Liam's night.",
		goal: "Record the band's first EP"},
	{title: "Music Friday", kind: model.KindSolo, who: 'b', days: []time.Weekday{time.Friday}, from: "09:00", to: "13:00", notes: "The four-day week's Friday morning."},
	{title: "Sunday cooking", kind: model.KindJoint, days: []time.Weekday{time.Sunday}, from: "17:00", to: "19:30", notes: "One new recipe a week."},
	{title: "Date night", kind: model.KindJoint, days: []time.Weekday{time.Friday}, from: "19:00", to: "22:30"},
	{title: "Walk after dinner", kind: model.KindJoint, days: []time.Weekday{time.Monday, time.Wednesday}, from: "20:00", to: "20:45",
		ritual: "Phone-free walk after dinner"},
	{title: "Book club", kind: model.KindSolo, who: 'a', cycle: model.CycleMonthly, nth: 1, weekday: time.Tuesday, from: "19:00", to: "21:30",
		ritual: "Book club"},
	{title: "Liam's solo Saturday", kind: model.KindSolo, who: 'b', cycle: model.CycleMonthly, nth: 3, weekday: time.Saturday, from: "09:00", to: "18:00",
		notes: "One whole Saturday a month, alone: records, the bike, nobody to talk to."},
	{title: "Our anniversary", kind: model.KindJoint, cycle: model.CycleYearly, from: "18:00", to: "23:00",
		notes: "The day we met, 2016."},
	{title: "Saturday, whatever we feel like", kind: model.KindFlexible, days: []time.Weekday{time.Saturday}, from: "10:00", to: "13:00"},
	{title: "Nothing planned", kind: model.KindBuffer, days: []time.Weekday{time.Wednesday}, from: "18:00", to: "21:00", notes: "Deliberately empty."},
	{title: "Visit Gran", kind: model.KindJoint, offset: 12, from: "14:00", to: "18:00"},
	{title: "Dentist", kind: model.KindSolo, who: 'b', offset: 1, from: "08:30", to: "09:30"},
}

// nthWeekday is the nth weekday of the month starting on first.
func nthWeekday(first model.Date, nth int, wd time.Weekday) model.Date {
	d := first
	for d.Time().Weekday() != wd {
		d = d.AddDays(1)
	}
	return d.AddDays(7 * (nth - 1))
}

// titles maps the demo's goal titles (the first copy's) and ritual titles
// to their ids.
func (s *filler) titles(ctx context.Context) (map[string]string, error) {
	goals, err := s.Store().Goals(ctx)
	if err != nil {
		return nil, err
	}
	rituals, err := s.Store().Rituals(ctx)
	if err != nil {
		return nil, err
	}
	byTitle := map[string]string{"": ""}
	for _, g := range goals {
		if _, ok := byTitle[g.Title]; !ok {
			byTitle[g.Title] = g.ID
		}
	}
	for _, r := range rituals {
		byTitle[r.Title] = r.ID
	}
	return byTitle, nil
}

// demoCalendar fills the demo calendar with a realistic week pattern, the
// couple's aims, and one life event (Liam's knee) with its decision.
func (s *filler) demoCalendar(ctx context.Context, partners []model.Partner, weekStart time.Weekday) error {
	today := s.today()
	week := model.WeekOf(today, weekStart)
	seriesStart := week.AddDays(-8 * 7)
	byTitle, err := s.titles(ctx)
	if err != nil {
		return err
	}
	err = s.Update(ctx, func(tx *storage.Tx) error {
		for _, d := range demoBlocks {
			from, _ := model.ParseClock(d.from)
			to, _ := model.ParseClock(d.to)
			b := model.Block{ID: storage.NewID(), Title: d.title, Kind: d.kind, Days: d.days, Cycle: d.cycle, Notes: d.notes, Private: d.private,
				GoalID: byTitle[d.goal], RitualID: byTitle[d.ritual]}
			if d.who != 0 {
				b.Owner = partners[d.who-'a'].ID
			}
			day := week.AddDays(d.offset)
			switch {
			case d.days != nil:
				day = seriesStart
			case d.cycle == model.CycleMonthly:
				day = nthWeekday(model.DateOf(monthOf(today).Time().AddDate(0, -3, 0)), d.nth, d.weekday)
			case d.cycle == model.CycleYearly:
				day = model.DateOf(today.Time().AddDate(-1, 0, 24)) // the milestone "Ten years together"
			}
			b.Start = model.WallTime{Date: day, Minute: from}
			b.End = model.WallTime{Date: day, Minute: to}
			if err := tx.PutBlock(nil, b); err != nil {
				return err
			}
		}
		// Liam needs more time alone than Maya: an aim of his own.
		return tx.PutCalendarTargets(model.BalanceTargets{SoloEach: 4 * 60, Joint: 6 * 60, SoloB: 8 * 60})
	})
	if err != nil {
		return err
	}
	// Liam hurt his knee five weeks ago: climbing waits, the time goes to the EP.
	injury := today.AddDays(-35)
	d := model.Decision{
		Postpone: []model.PostponeStep{{GoalID: byTitle["Get the climbing lead certificate"], Weeks: 8}},
		Pause:    []model.PauseStep{{RitualID: byTitle["Climbing with friends"], From: injury, To: injury.AddDays(6 * 7)}},
		Move:     []model.MoveStep{{Resource: model.Time, FromGoal: byTitle["Get the climbing lead certificate"], ToGoal: byTitle["Record the band's first EP"], Amount: 60}},
	}
	_, err = s.LogLifeEvent(ctx, model.LifeEvent{Kind: model.EventIllness, Title: "Liam's knee injury", Day: injury,
		Notes: "Torn ligament at the climbing wall. Six weeks of physio; no climbing until the new year."}, d)
	return err
}
