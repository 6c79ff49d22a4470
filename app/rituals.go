package app

import (
	"context"
	"errors"
	"fmt"
	"image/color"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/model/chart"
	"github.com/vennplanner/venn/storage"
)

// RitualFilter selects rituals for the tracker.
type RitualFilter struct {
	Who      model.Owner // "" for all, Shared, or a partner's id (their solo slots)
	Archived bool
}

// RitualView is one ritual as the tracker shows it.
type RitualView struct {
	Ritual      model.Ritual
	Stats       model.RitualStats
	Today       *model.RitualEntry // today's entry, if any
	Entries     []model.RitualEntry
	Adaptations []model.Adaptation
	Cadence     model.Cadence // in force today
	// Calendar lists the calendar blocks that are time for the ritual, with
	// the minutes they gave it over the last four weeks.
	Calendar []RitualTime
}

// RitualTime is a calendar block linked to a ritual and the time it gave.
type RitualTime struct {
	Block   model.Block
	Minutes int // in the four weeks up to now, occurrences that are over
}

// RitualsView is the tracker screen's data.
type RitualsView struct {
	Rituals  []RitualView
	Partners []model.Partner
	Today    model.Date
}

// today is the calendar day now, on this computer's clock.
func (s *Service) today() model.Date { return model.DateOf(s.now()) }

// Now is the service's clock (Options.Now): the screens ask it, not the
// wall clock, so that what they show agrees with what the service does,
// and tests can fix the day.
func (s *Service) Now() time.Time { return s.now() }

// Rituals loads the rituals the filter selects with their scores and streaks.
func (s *Service) Rituals(ctx context.Context, f RitualFilter) (RitualsView, error) {
	h, partners, err := s.Household(ctx)
	if err != nil {
		return RitualsView{}, err
	}
	rituals, err := s.store.Rituals(ctx)
	if err != nil {
		return RitualsView{}, err
	}
	entries, err := s.store.RitualEntries(ctx)
	if err != nil {
		return RitualsView{}, err
	}
	adaptations, err := s.store.Adaptations(ctx)
	if err != nil {
		return RitualsView{}, err
	}
	byRitual := map[string][]model.RitualEntry{}
	for _, e := range entries {
		byRitual[e.RitualID] = append(byRitual[e.RitualID], e)
	}
	adaptBy := map[string][]model.Adaptation{}
	for _, a := range adaptations {
		adaptBy[a.RitualID] = append(adaptBy[a.RitualID], a)
	}
	today := s.today()
	view := RitualsView{Partners: partners, Today: today}
	times, err := s.ritualTimes(ctx, today)
	if err != nil {
		return RitualsView{}, err
	}
	for _, r := range rituals {
		if r.Archived != f.Archived || (f.Who != "" && r.Who != f.Who) {
			continue
		}
		rv := RitualView{Ritual: r, Entries: byRitual[r.ID], Adaptations: adaptBy[r.ID], Calendar: times[r.ID]}
		rv.Stats = model.Stats(r, rv.Adaptations, rv.Entries, today, h.WeekStart)
		rv.Cadence = model.CadenceOn(r.Cadence, rv.Adaptations, today)
		for i := range rv.Entries {
			if rv.Entries[i].Day == today {
				rv.Today = &rv.Entries[i]
			}
		}
		view.Rituals = append(view.Rituals, rv)
	}
	return view, nil
}

// ritualTimes gathers, per ritual, the calendar blocks linked to it and the
// time each gave over the four weeks up to now; a paused day gave none. A
// series that ended before those four weeks (an old cadence's) is left out.
func (s *Service) ritualTimes(ctx context.Context, today model.Date) (map[string][]RitualTime, error) {
	blocks, err := s.store.Blocks(ctx)
	if err != nil {
		return nil, err
	}
	paused, err := s.store.PausedEntries(ctx)
	if err != nil {
		return nil, err
	}
	out := map[string][]RitualTime{}
	now, from := s.now(), today.AddDays(-28)
	for _, b := range model.WithoutPausedDays(blocks, model.PausedDays(paused)) {
		if b.RitualID == "" || (b.Repeats() && !b.Until.IsZero() && b.Until.Before(from)) {
			continue
		}
		rt := RitualTime{Block: b}
		for _, o := range model.Expand([]model.Block{b}, from, today, s.calendarLocation()) {
			if !o.To.After(now) {
				rt.Minutes += o.Minutes()
			}
		}
		out[b.RitualID] = append(out[b.RitualID], rt)
	}
	return out, nil
}

// ErrRitualGone means the ritual was deleted (perhaps on the other computer).
var ErrRitualGone = errors.New("that ritual no longer exists; it may have been deleted on the other computer")

func ritualErr(err error) error {
	if storage.ErrIsNotFound(err) {
		return ErrRitualGone
	}
	return err
}

// SaveRitual adds a ritual (empty ID) or saves the changed fields of one.
func (s *Service) SaveRitual(ctx context.Context, r model.Ritual) (model.Ritual, error) {
	r.Title = strings.TrimSpace(r.Title)
	if r.Start.IsZero() && r.ID == "" {
		r.Start = s.today()
	}
	err := s.update(ctx, func(tx *storage.Tx) error {
		partners, err := tx.Partners()
		if err != nil {
			return err
		}
		if err := r.Validate(partners); err != nil {
			return err
		}
		if r.ID == "" {
			r.ID = storage.NewID()
			return tx.PutRitual(nil, r)
		}
		old, err := tx.Ritual(r.ID)
		if err != nil {
			return ritualErr(err)
		}
		return tx.PutRitual(&old, r)
	})
	return r, err
}

// ArchiveRitual archives (or restores) a ritual.
func (s *Service) ArchiveRitual(ctx context.Context, id string, archived bool) error {
	return s.update(ctx, func(tx *storage.Tx) error {
		old, err := tx.Ritual(id)
		if err != nil {
			return ritualErr(err)
		}
		r := old
		r.Archived = archived
		return tx.PutRitual(&old, r)
	})
}

// DeleteRitual deletes a ritual with its history.
func (s *Service) DeleteRitual(ctx context.Context, id string) error {
	return s.update(ctx, func(tx *storage.Tx) error { return ritualErr(tx.DeleteRitual(id)) })
}

// LogEntry records what happened to a ritual on a day. A day that already
// has an entry is refused unless replace is true (the tracker's buttons
// replace; a second log of the same day from the form does not).
func (s *Service) LogEntry(ctx context.Context, e model.RitualEntry, replace bool) error {
	e.Reason = strings.TrimSpace(e.Reason)
	return s.update(ctx, func(tx *storage.Tx) error {
		r, err := tx.Ritual(e.RitualID)
		if err != nil {
			return ritualErr(err)
		}
		if err := model.ValidateEntry(r, e, s.today()); err != nil {
			return err
		}
		old, exists, err := tx.Entry(e.RitualID, e.Day)
		if err != nil {
			return err
		}
		if exists && !replace {
			key := map[model.EntryStatus]string{model.Done: "ui.model.alreadyDone", model.Skipped: "ui.model.alreadySkipped"}[old.Status]
			if key == "" {
				key = "ui.model.alreadyPaused"
			}
			return model.Invalid("day", key, "Title", r.Title, "Day", e.Day)
		}
		if exists && e.Status == model.Done && old.Status == model.Done {
			e.ConfirmA, e.ConfirmB = e.ConfirmA || old.ConfirmA, e.ConfirmB || old.ConfirmB
		}
		e.By = actorOf(tx, r.Who)
		if r.Who == model.Shared && e.Status == model.Done {
			// Whoever marks a shared ritual done took part in it.
			partOf(tx, &e, e.By)
		}
		return tx.PutEntry(e, r.Private)
	})
}

// ClearEntry removes a day's entry of a ritual.
func (s *Service) ClearEntry(ctx context.Context, ritualID string, d model.Date) error {
	return s.update(ctx, func(tx *storage.Tx) error {
		r, err := tx.Ritual(ritualID)
		if err != nil {
			return ritualErr(err)
		}
		return tx.ClearEntry(ritualID, d, actorOf(tx, r.Who))
	})
}

// ConfirmPart ticks (or unticks) one partner's part in a shared ritual's
// done day; ticking a day with no entry marks it done.
func (s *Service) ConfirmPart(ctx context.Context, ritualID string, d model.Date, slot model.Slot, on bool) error {
	return s.update(ctx, func(tx *storage.Tx) error {
		r, err := tx.Ritual(ritualID)
		if err != nil {
			return ritualErr(err)
		}
		e, exists, err := tx.Entry(ritualID, d)
		if err != nil {
			return err
		}
		if !exists || e.Status != model.Done {
			e = model.RitualEntry{RitualID: ritualID, Day: d, Status: model.Done}
		}
		if slot == model.SlotA {
			e.ConfirmA = on
		} else {
			e.ConfirmB = on
		}
		e.By = actorOf(tx, r.Who)
		if err := model.ValidateEntry(r, e, s.today()); err != nil {
			return err
		}
		return tx.PutEntry(e, r.Private)
	})
}

// MaxPauseDays bounds one pause.
const MaxPauseDays = 366

// Pause marks every day from..to paused (a holiday, an illness): the score
// holds still and streaks are not broken. Days already logged keep their entry.
func (s *Service) Pause(ctx context.Context, ritualID string, from, to model.Date, reason string) (int, error) {
	n := 0
	err := s.update(ctx, func(tx *storage.Tx) error {
		n = 0
		r, err := tx.Ritual(ritualID)
		if err != nil {
			return ritualErr(err)
		}
		switch {
		case from.IsZero() || to.IsZero():
			return model.Invalid("pause", "ui.model.pauseNeedsDays")
		case to.Before(from):
			return model.Invalid("pause", "ui.model.pauseEndsBeforeStart", "To", to, "From", from)
		case to.Time().Sub(from.Time()) > MaxPauseDays*24*time.Hour:
			return model.Invalid("pause", "ui.model.pauseTooLong")
		}
		for d := from; !to.Before(d); d = model.DateOf(d.Time().AddDate(0, 0, 1)) {
			if _, exists, err := tx.Entry(ritualID, d); err != nil {
				return err
			} else if exists {
				continue
			}
			e := model.RitualEntry{RitualID: ritualID, Day: d, Status: model.Paused, Reason: strings.TrimSpace(reason), By: actorOf(tx, r.Who)}
			if err := model.ValidateEntry(r, e, s.today()); err != nil {
				return err
			}
			if err := tx.PutEntry(e, r.Private); err != nil {
				return err
			}
			n++
		}
		return nil
	})
	return n, err
}

// Adapt changes a ritual's cadence from a day on, keeping its history. The
// calendar time that is for the ritual follows: its series ends the day
// before and a new one starts at the new cadence (see
// model.SlotAfterChange); its reminders do too (model.ReminderRuns).
func (s *Service) Adapt(ctx context.Context, ritualID string, from model.Date, c model.Cadence, note string) error {
	return s.update(ctx, func(tx *storage.Tx) error {
		r, err := tx.Ritual(ritualID)
		if err != nil {
			return ritualErr(err)
		}
		return adapt(tx, r, from, c, note)
	})
}

// adapt records a cadence change of r and moves the ritual's calendar time.
func adapt(tx *storage.Tx, r model.Ritual, from model.Date, c model.Cadence, note string) error {
	if err := c.Validate(); err != nil {
		return err
	}
	if from.IsZero() || from.Before(r.Start) {
		return model.Invalid("from", "ui.model.changeBeforeRitual", "Title", r.Title, "Start", r.Start)
	}
	note = strings.TrimSpace(note)
	if len([]rune(note)) > model.MaxReasonLen {
		return model.Invalid("note", "ui.model.noteTooLong", "Max", model.MaxReasonLen)
	}
	if err := tx.PutAdaptation(model.Adaptation{ID: storage.NewID(), RitualID: r.ID, From: from, Cadence: c, Note: note}, r.Private); err != nil {
		return err
	}
	return moveRitualTime(tx, r.ID, from, c)
}

// moveRitualTime ends the calendar series that are time for a ritual the
// day before from and starts them again at cadence c.
func moveRitualTime(tx *storage.Tx, ritualID string, from model.Date, c model.Cadence) error {
	blocks, err := tx.RitualBlocks(ritualID)
	if err != nil {
		return err
	}
	partners, err := tx.Partners()
	if err != nil {
		return err
	}
	for _, b := range blocks {
		ended, next, changed := model.SlotAfterChange(b, from, c)
		if !changed {
			continue
		}
		if ended != nil {
			if err := putValidBlock(tx, &b, *ended, partners); err != nil {
				return fmt.Errorf("end “%s”: %w", b.Title, err)
			}
		}
		switch {
		case next == nil:
		case next.ID == b.ID:
			err = putValidBlock(tx, &b, *next, partners)
		default:
			next.ID = storage.NewID()
			err = putValidBlock(tx, nil, *next, partners)
		}
		if err != nil {
			return fmt.Errorf("move “%s” to the new cadence: %w", b.Title, err)
		}
	}
	return nil
}

// EditRitual saves a ritual from its form with the cadence typed: a new
// ritual starts with it; for one that exists, a cadence other than the one
// in force today is a change from today on (see Adapt), saved in the same
// step as the other fields, so a refused save changes nothing.
func (s *Service) EditRitual(ctx context.Context, r model.Ritual, c model.Cadence) (model.Ritual, error) {
	if r.ID == "" {
		r.Cadence = c
		return s.SaveRitual(ctx, r)
	}
	r.Title = strings.TrimSpace(r.Title)
	err := s.update(ctx, func(tx *storage.Tx) error {
		old, err := tx.Ritual(r.ID)
		if err != nil {
			return ritualErr(err)
		}
		partners, err := tx.Partners()
		if err != nil {
			return err
		}
		r.Cadence = old.Cadence
		if err := r.Validate(partners); err != nil {
			return err
		}
		if err := tx.PutRitual(&old, r); err != nil {
			return err
		}
		adaptations, err := tx.RitualAdaptations(r.ID)
		if err != nil {
			return err
		}
		today := s.today()
		if c == model.CadenceOn(r.Cadence, adaptations, today) {
			return nil
		}
		if today.Before(r.Start) {
			today = r.Start // a ritual that begins later starts with the new cadence
		}
		return adapt(tx, r, today, c, "Changed in the ritual's form")
	})
	return r, err
}

// StrengthWeeks is how many weeks a ritual's strength chart shows.
const StrengthWeeks = 52

// StrengthChart is a ritual's strength (0–100 %) at the end of each of
// the last StrengthWeeks weeks up to today, as a line over a soft fill in
// its colour, as Loop Habit Tracker's score chart does; weeks before it
// began are empty, and each month's first week is labelled.
func StrengthChart(rv RitualView, today model.Date, col color.NRGBA) chart.Chart {
	r := rv.Ritual
	scores := model.Scores(r.Start, today, r.Cadence, rv.Adaptations, rv.Entries)
	c := chart.Chart{Title: "Strength, week by week", Kind: chart.Lines, Min: 0, Max: 100, Unit: "%",
		Ticks:  []chart.Tick{{Value: 0, Label: "0%"}, {Value: 50, Label: "50%"}, {Value: 100, Label: "100%"}},
		Format: func(x float64) string { return strconv.Itoa(int(math.Round(x))) + " %" }}
	s := chart.Series{Color: col, Area: true, Values: make([]float64, StrengthWeeks)}
	month := time.Month(0)
	for i := range StrengthWeeks {
		day := today.AddDays(-7 * (StrengthWeeks - 1 - i))
		s.Values[i] = math.NaN()
		if k := int(day.Time().Sub(r.Start.Time()).Hours()/24 + 0.5); k >= 0 && k < len(scores) {
			s.Values[i] = 100 * scores[k]
		}
		label := ""
		if day.Month != month && i > 0 { // the first month is partial
			label = day.Time().Format("Jan")
		}
		month = day.Month
		c.Categories = append(c.Categories, label)
		c.Names = append(c.Names, "Week to "+day.Time().Format("2 Jan"))
	}
	c.Series = []chart.Series{s}
	return c
}

// actorOf is the partner making an edit of an item owned by owner: the
// partner this computer belongs to; on a computer that belongs to nobody
// (one laptop for both), the owner of a partner's own item, who is taken
// to mark it; "" when that cannot be told (a shared item there).
func actorOf(tx *storage.Tx, owner model.Owner) string {
	if me, err := tx.Meta(metaPartner); err == nil && me != "" {
		return me
	}
	if owner != model.Shared {
		return string(owner)
	}
	return ""
}

// partOf ticks the part of the partner by in a shared ritual's day.
func partOf(tx *storage.Tx, e *model.RitualEntry, by string) {
	if by == "" {
		return
	}
	partners, err := tx.Partners()
	if err != nil {
		return
	}
	for _, p := range partners {
		switch {
		case p.ID != by:
		case p.Slot == model.SlotA:
			e.ConfirmA = true
		default:
			e.ConfirmB = true
		}
	}
}
