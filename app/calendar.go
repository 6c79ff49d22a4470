package app

import (
	"context"
	"errors"
	"slices"
	"strings"
	"time"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage"
)

// Marker is something shown on the calendar that is not a block: a ritual
// at its reminder time, or a goal's target date (all day).
type Marker struct {
	Day    model.Date
	Minute int // for rituals; -1 for all-day markers
	Title  string
	Color  string // "#rrggbb"
	GoalID string // for goal markers
	// Milestone marks a milestone's day (an all-day marker drawn hollow).
	Milestone bool
}

// CalendarView is a run of days on the calendar.
type CalendarView struct {
	From, To   model.Date // inclusive
	Partners   []model.Partner
	Days       [][]model.Placed // per day, its occurrences laid out side by side
	Markers    [][]Marker       // per day
	Balance    model.TimeBalance
	Targets    model.BalanceTargets
	Flags      []string // gentle notes where one side shrinks (week views)
	Occurrence []model.Occurrence
}

// calendarLocation is the zone the calendar's wall times are read in.
func (s *Service) calendarLocation() *time.Location { return s.now().Location() }

// Calendar loads the days from..to (inclusive) with blocks, ritual and goal
// markers, and the planned time by kind over them.
func (s *Service) Calendar(ctx context.Context, from, to model.Date) (CalendarView, error) {
	_, partners, err := s.Household(ctx)
	if err != nil {
		return CalendarView{}, err
	}
	blocks, err := s.store.Blocks(ctx)
	if err != nil {
		return CalendarView{}, err
	}
	targets, err := s.store.CalendarTargets(ctx)
	if err != nil {
		return CalendarView{}, err
	}
	paused, err := s.store.PausedEntries(ctx)
	if err != nil {
		return CalendarView{}, err
	}
	loc := s.calendarLocation()
	v := CalendarView{From: from, To: to, Partners: partners, Targets: targets}
	v.Occurrence = expandWithoutPauses(blocks, paused, from, to, loc)
	n := model.DaysFrom(from, to)
	v.Days, v.Markers = make([][]model.Placed, n), make([][]Marker, n)
	byDay := make([][]model.Occurrence, n)
	for _, o := range v.Occurrence {
		// An occurrence shows on every day it touches.
		for d := o.Start.Date; !o.End.Date.Before(d); d = d.AddDays(1) {
			if d == o.End.Date && o.End.Minute == 0 && d != o.Start.Date {
				break
			}
			if i := model.DaysFrom(from, d) - 1; i >= 0 && i < n {
				byDay[i] = append(byDay[i], o)
			}
		}
	}
	for i := range byDay {
		v.Days[i] = model.LayoutOverlaps(byDay[i])
	}
	start := model.WallTime{Date: from}.In(loc)
	end := model.WallTime{Date: to.AddDays(1)}.In(loc)
	v.Balance = model.WeekBalance(v.Occurrence, start, end)
	if n == 7 {
		v.Flags = model.BalanceFlags(v.Balance, targets, partners)
	}
	if err := s.calendarMarkers(ctx, &v, partners, n, paused); err != nil {
		return v, err
	}
	return v, nil
}

// expandWithoutPauses is every occurrence of blocks over from..to but
// those of a ritual's time on the days it is paused. Each occurrence points
// at its block as stored (what the block form edits), not at the copy
// without the paused days.
func expandWithoutPauses(blocks []model.Block, paused []model.RitualEntry, from, to model.Date, loc *time.Location) []model.Occurrence {
	stored := make(map[string]*model.Block, len(blocks))
	for i := range blocks {
		stored[blocks[i].ID] = &blocks[i]
	}
	out := model.Expand(model.WithoutPausedDays(blocks, model.PausedDays(paused)), from, to, loc)
	for i := range out {
		if b, ok := stored[out[i].Block.ID]; ok {
			out[i].Block = b
		}
	}
	return out
}

func (s *Service) calendarMarkers(ctx context.Context, v *CalendarView, partners []model.Partner, n int, paused []model.RitualEntry) error {
	rituals, err := s.store.Rituals(ctx)
	if err != nil {
		return err
	}
	adaptations, err := s.store.Adaptations(ctx)
	if err != nil {
		return err
	}
	for _, r := range rituals {
		if r.Archived {
			continue
		}
		// A ritual reminds as its cadence asks, never on a paused day: the
		// same days its calendar file's events fall on.
		for _, run := range model.ReminderRuns(r, adaptations, paused) {
			for i := range n {
				if d := v.From.AddDays(i); run.On(d) {
					v.Markers[i] = append(v.Markers[i], Marker{Day: d, Minute: run.Minute, Title: r.Title, Color: model.OwnerColor(r.Who, partners)})
				}
			}
		}
	}
	goals, err := s.store.GoalsDueBetween(ctx, v.From, v.To)
	if err != nil {
		return err
	}
	for _, g := range goals {
		i := model.DaysFrom(v.From, g.Due) - 1
		v.Markers[i] = append(v.Markers[i], Marker{Day: g.Due, Minute: -1, Title: "Due: " + g.Title, Color: model.OwnerColor(g.Owner, partners), GoalID: g.ID})
	}
	milestones, err := s.store.Milestones(ctx)
	if err != nil {
		return err
	}
	for _, m := range milestones {
		if m.Day.Before(v.From) || v.To.Before(m.Day) {
			continue
		}
		i := model.DaysFrom(v.From, m.Day) - 1
		v.Markers[i] = append(v.Markers[i], Marker{Day: m.Day, Minute: -1, Title: m.Title, Color: model.OwnerColor(m.Owner, partners),
			GoalID: m.GoalID, Milestone: true})
	}
	for i := range v.Markers {
		slices.SortStableFunc(v.Markers[i], func(a, b Marker) int { return a.Minute - b.Minute })
	}
	return nil
}

// ErrBlockGone means the block was deleted (perhaps on the other computer).
var ErrBlockGone = errors.New("that calendar block no longer exists; it may have been deleted on the other computer")

// SaveBlock adds a block (empty ID) or saves the changed fields of one.
func (s *Service) SaveBlock(ctx context.Context, b model.Block) (model.Block, error) {
	b.Title, b.Notes = strings.TrimSpace(b.Title), strings.TrimSpace(b.Notes)
	if b.Kind != model.KindSolo {
		b.Owner = ""
	}
	if b.Days != nil {
		slices.Sort(b.Days)
		b.Days = slices.Compact(b.Days)
	} else {
		b.Until, b.Skip = model.Date{}, nil
	}
	err := s.update(ctx, func(tx *storage.Tx) error {
		partners, err := tx.Partners()
		if err != nil {
			return err
		}
		if err := b.Validate(partners); err != nil {
			return err
		}
		if err := linkExists(tx, b); err != nil {
			return err
		}
		if b.ID == "" {
			b.ID = storage.NewID()
			return tx.PutBlock(nil, b)
		}
		old, err := tx.Block(b.ID)
		if err != nil {
			return blockErr(err)
		}
		return tx.PutBlock(&old, b)
	})
	return b, err
}

// linkExists checks that the goal or ritual a block is time for is still there.
func linkExists(tx *storage.Tx, b model.Block) error {
	if b.GoalID != "" {
		if _, err := tx.Goal(b.GoalID); err != nil {
			return goneAs(err, model.Invalid("for", "ui.model.blockGoalGone"))
		}
	}
	if b.RitualID != "" {
		if _, err := tx.Ritual(b.RitualID); err != nil {
			return goneAs(err, model.Invalid("for", "ui.model.blockRitualGone"))
		}
	}
	return nil
}

func blockErr(err error) error {
	if storage.ErrIsNotFound(err) {
		return ErrBlockGone
	}
	return err
}

// withBlock runs fn in one transaction with the stored block and the partners.
func (s *Service) withBlock(ctx context.Context, id string, fn func(tx *storage.Tx, old model.Block, partners []model.Partner) error) error {
	return s.update(ctx, func(tx *storage.Tx) error {
		old, err := tx.Block(id)
		if err != nil {
			return blockErr(err)
		}
		partners, err := tx.Partners()
		if err != nil {
			return err
		}
		return fn(tx, old, partners)
	})
}

// putValidBlock checks a block and writes it (its changed fields when old is given).
func putValidBlock(tx *storage.Tx, old *model.Block, b model.Block, partners []model.Partner) error {
	if err := b.Validate(partners); err != nil {
		return err
	}
	return tx.PutBlock(old, b)
}

// MoveBlock moves (and resizes) a block so the occurrence that started on
// day starts at start and lasts minutes; a repeating block moves as a
// series (see model.Block.Moved).
func (s *Service) MoveBlock(ctx context.Context, id string, day model.Date, start model.WallTime, minutes int) (model.Block, error) {
	var b model.Block
	err := s.withBlock(ctx, id, func(tx *storage.Tx, old model.Block, partners []model.Partner) error {
		b = old.Moved(day, start, minutes)
		return putValidBlock(tx, &old, b, partners)
	})
	return b, err
}

// MoveOccurrence moves one day's occurrence of a repeating block on its
// own: that day is taken out of the series and a one-off copy is put where
// it was dragged, in one step. A block that happens once simply moves.
func (s *Service) MoveOccurrence(ctx context.Context, id string, day model.Date, start model.WallTime, minutes int) (model.Block, error) {
	var moved model.Block
	err := s.withBlock(ctx, id, func(tx *storage.Tx, old model.Block, partners []model.Partner) error {
		if !old.Repeats() {
			moved = old.Moved(day, start, minutes)
			return putValidBlock(tx, &old, moved, partners)
		}
		moved = model.Block{ID: storage.NewID(), Title: old.Title, Kind: old.Kind, Owner: old.Owner, Notes: old.Notes, Private: old.Private,
			Start: start, End: start.AddMinutes(minutes)}
		if err := moved.Validate(partners); err != nil {
			return err
		}
		series, err := old.WithoutDay(day)
		if err != nil {
			return err
		}
		if err := putValidBlock(tx, &old, series, partners); err != nil {
			return err
		}
		return tx.PutBlock(nil, moved)
	})
	return moved, err
}

// DeleteBlock deletes a block, the whole series when it repeats.
func (s *Service) DeleteBlock(ctx context.Context, id string) error {
	return s.withBlock(ctx, id, func(tx *storage.Tx, _ model.Block, _ []model.Partner) error {
		return tx.Delete("blocks", id)
	})
}

// DeleteOccurrence deletes one day's occurrence of a repeating block (a
// block that happens once is deleted).
func (s *Service) DeleteOccurrence(ctx context.Context, id string, day model.Date) error {
	return s.withBlock(ctx, id, func(tx *storage.Tx, old model.Block, _ []model.Partner) error {
		if !old.Repeats() {
			return tx.Delete("blocks", id)
		}
		b, err := old.WithoutDay(day)
		if err != nil {
			return err
		}
		return tx.PutBlock(&old, b)
	})
}

// SetCalendarTargets saves the couple's weekly aims (minutes; 0 for none).
func (s *Service) SetCalendarTargets(ctx context.Context, t model.BalanceTargets) error {
	if !t.Valid() {
		return model.Invalid("aims", "ui.model.aimsRange")
	}
	return s.update(ctx, func(tx *storage.Tx) error { return tx.PutCalendarTargets(t) })
}

// UsedActuals is the time, money and energy used between from and to: what
// was logged, and the time of past occurrences of calendar blocks linked to
// a goal (see model.LinkedActuals).
func (s *Service) UsedActuals(ctx context.Context, from, to model.Date) ([]model.Actual, error) {
	blocks, err := s.store.Blocks(ctx)
	if err != nil {
		return nil, err
	}
	_, partners, err := s.Household(ctx)
	if err != nil {
		return nil, err
	}
	return s.store.ActualsAnd(ctx, model.LinkedActuals(blocks, partners, from, to, s.now(), s.calendarLocation()))
}

// SoloClashes returns the solo time a joint block would sit on, over its
// first eight weeks (or its one day): the calendar asks before keeping it.
func (s *Service) SoloClashes(ctx context.Context, b model.Block) ([]model.Occurrence, error) {
	blocks, err := s.store.Blocks(ctx)
	if err != nil {
		return nil, err
	}
	from := b.Start.Date
	to := b.End.Date
	if b.Repeats() {
		if today := s.today(); from.Before(today) {
			from = today
		}
		to = from.AddDays(8 * 7)
		if b.Cycle == model.CycleYearly {
			to = from.AddDays(366)
		}
	}
	return model.SoloClashes(b, blocks, from, to, s.calendarLocation()), nil
}

// LinkChoice is something a calendar block can be time for: an open goal
// (not done, not archived) or a ritual in use.
type LinkChoice struct {
	Label    string // "Goal: Run a half marathon", "Ritual: Date night"
	GoalID   string
	RitualID string
}

// LinkChoices lists what a block can be linked to, goals by board order,
// then rituals; the block's current link stays among them even if its goal
// was since done or archived (current is a goal or ritual id, or "").
func (s *Service) LinkChoices(ctx context.Context, current string) ([]LinkChoice, error) {
	goals, err := s.store.Goals(ctx)
	if err != nil {
		return nil, err
	}
	rituals, err := s.store.Rituals(ctx)
	if err != nil {
		return nil, err
	}
	var out []LinkChoice
	for _, g := range goals {
		if g.ID == current || (!g.Archived && g.Column != model.ColumnDone) {
			out = append(out, LinkChoice{Label: "Goal: " + g.Title, GoalID: g.ID})
		}
	}
	for _, r := range rituals {
		if r.ID == current || !r.Archived {
			out = append(out, LinkChoice{Label: "Ritual: " + r.Title, RitualID: r.ID})
		}
	}
	return out, nil
}
