package model

import (
	"fmt"
	"math"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode/utf8"
)

// Period is the span a ritual's cadence counts in.
type Period string

// The periods a cadence can use.
const (
	PerDay     Period = "day"
	PerWeek    Period = "week"
	PerMonth   Period = "month"
	PerQuarter Period = "quarter"
)

// Periods lists the periods in increasing length.
var Periods = []Period{PerDay, PerWeek, PerMonth, PerQuarter}

// Days is the nominal length of the period, used for the score's window
// (a month counts as 30 days and a quarter as 91, as habit trackers do).
func (p Period) Days() int {
	switch p {
	case PerDay:
		return 1
	case PerWeek:
		return 7
	case PerMonth:
		return 30
	case PerQuarter:
		return 91
	}
	return 0
}

// Cadence is "Times per Period", e.g. 3 per week.
type Cadence struct {
	Times int
	Per   Period
}

// Frequency is the cadence in times per day (3 per week = 3/7).
func (c Cadence) Frequency() float64 { return float64(c.Times) / float64(c.Per.Days()) }

// noun is the period's word in the cadence's messages ("week"), said in
// the language the message is said in.
func (p Period) noun() said {
	switch p {
	case PerDay:
		return "ui.model.periodDay"
	case PerWeek:
		return "ui.model.periodWeek"
	case PerMonth:
		return "ui.model.periodMonth"
	}
	return "ui.model.periodQuarter"
}

// Validate refuses zero or negative counts and more times than the period has days.
func (c Cadence) Validate() error {
	if c.Per.Days() == 0 {
		return invalid("cadence", "ui.model.periodUnknown", "Period", quoted(c.Per))
	}
	if c.Times < 1 {
		return invalid("cadence", "ui.model.ritualAtLeastOnce", "Period", c.Per.noun())
	}
	if c.Times > c.Per.Days() {
		if c.Per == PerDay {
			return invalid("cadence", "ui.model.ritualOncePerDay")
		}
		return invalid("cadence", "ui.model.ritualMoreThanDays", "Times", c.Times, "Period", c.Per.noun(), "Days", c.Per.Days())
	}
	return nil
}

// String says the cadence in words: "daily", "3× a week", "once a month".
func (c Cadence) String() string {
	switch {
	case c.Times == 1 && c.Per == PerDay:
		return "daily"
	case c.Times == 1:
		return "once a " + string(c.Per)
	case c.Times == 2:
		return "twice a " + string(c.Per)
	}
	return fmt.Sprintf("%d× a %s", c.Times, c.Per)
}

// Adaptation is a change of a ritual's cadence from a day on ("weekly
// dinner becomes a monthly adventure"); the history before it keeps the old
// cadence.
type Adaptation struct {
	ID       string
	RitualID string
	From     Date
	Cadence  Cadence
	Note     string
}

// Ritual is a ritual of connection (both partners) or a solo slot (one).
type Ritual struct {
	ID           string
	Title        string
	Who          Owner // Shared for both, a partner's id for a solo slot
	Cadence      Cadence
	Start        Date           // the day the ritual began
	ReminderTime string         // "HH:MM" or ""
	ReminderDays []time.Weekday // empty means every day
	Notes        string
	Archived     bool
	Private      bool
}

var reminderPattern = regexp.MustCompile(`^([01][0-9]|2[0-3]):[0-5][0-9]$`)

// Validate checks a ritual.
func (r Ritual) Validate(partners []Partner) error {
	title := strings.TrimSpace(r.Title)
	switch {
	case title == "":
		return invalid("title", "ui.model.ritualNameEmpty")
	case utf8.RuneCountInString(title) > MaxTitleLen:
		return invalid("title", "ui.model.ritualNameTooLong", "Max", MaxTitleLen)
	case utf8.RuneCountInString(r.Notes) > MaxNotesLen:
		return invalid("notes", "ui.model.ritualNotesTooLong", "Max", MaxNotesLen)
	case r.Start.IsZero():
		return invalid("start", "ui.model.ritualStartEmpty")
	case r.Start.Year < MinYear || r.Start.Year > MaxYear:
		return invalid("start", "ui.model.ritualStartOutside", "Start", r.Start, "Min", MinYear, "Max", MaxYear)
	case r.ReminderTime != "" && !reminderPattern.MatchString(r.ReminderTime):
		return invalid("reminder", "ui.model.reminderNotTime", "Time", quoted(r.ReminderTime))
	}
	for _, d := range r.ReminderDays {
		if d < time.Sunday || d > time.Saturday {
			return invalid("reminder", "ui.model.weekdayUnknown", "Day", int(d))
		}
	}
	if err := r.Cadence.Validate(); err != nil {
		return err
	}
	return ValidateOwner(r.Who, partners)
}

// EntryStatus is what happened to a ritual on a day.
type EntryStatus string

// The statuses of a ritual day.
const (
	Done    EntryStatus = "done"
	Skipped EntryStatus = "skipped"
	Paused  EntryStatus = "paused"
)

// Valid reports whether s is a known status.
func (s EntryStatus) Valid() bool { return s == Done || s == Skipped || s == Paused }

// RitualEntry is one logged day of a ritual. Done means the household did
// it; for a shared ritual each partner may also tick that they took part.
type RitualEntry struct {
	ID       string
	RitualID string
	Day      Date
	Status   EntryStatus
	Reason   string // why it was skipped or paused
	ConfirmA bool   // partner A ticked their part
	ConfirmB bool   // partner B ticked their part
	// By is the partner who marked the day ("" when not known: marked by
	// an older Venn, or on a computer that belongs to nobody).
	By string
}

// MaxReasonLen bounds a skip or pause reason.
const MaxReasonLen = 200

// ValidateEntry checks an entry for a ritual on today's date: not before the
// ritual began, not in the future.
func ValidateEntry(r Ritual, e RitualEntry, today Date) error {
	switch {
	case !e.Status.Valid():
		return invalid("status", "ui.model.ritualStatusUnknown", "Status", quoted(e.Status))
	case e.Day.IsZero():
		return invalid("day", "ui.model.ritualWhichDay")
	case e.Day.Before(r.Start):
		return invalid("day", "ui.model.ritualDayBeforeStart", "Day", e.Day, "Title", r.Title, "Start", r.Start)
	case today.Before(e.Day) && e.Status != Paused:
		return invalid("day", "ui.model.ritualDayFuture", "Day", e.Day)
	case utf8.RuneCountInString(e.Reason) > MaxReasonLen:
		return invalid("reason", "ui.model.reasonTooLong", "Max", MaxReasonLen)
	}
	return nil
}

// CadenceOn returns the cadence in force on day d.
func CadenceOn(base Cadence, adaptations []Adaptation, d Date) Cadence {
	c := base
	var best Date
	for _, a := range adaptations {
		if !d.Before(a.From) && (best.IsZero() || best.Before(a.From)) {
			c, best = a.Cadence, a.From
		}
	}
	return c
}

// RitualStats is what the tracker shows for a ritual.
type RitualStats struct {
	Score         float64 // 0..1, today's strength
	Scores        []float64
	CurrentStreak int // periods of the current cadence in a row, met
	BestStreak    int
	StreakPeriod  Period
}

// ScoreMultiplier is the daily decay of a ritual's strength for a cadence of
// frequency f times per day: 0.5^(sqrt(f)/13), as in Loop Habit Tracker.
func ScoreMultiplier(f float64) float64 { return math.Pow(0.5, math.Sqrt(f)/13) }

// Scores computes a ritual's strength for every day from its start to
// today (inclusive), by exponential smoothing: on each day the share of the
// cadence met in the trailing window of the period's length (capped at 1)
// pulls the score towards it, by the cadence's multiplier. A skipped or
// paused day leaves the score as it was, so a pause is never punished.
// The cadence in force on each day is used.
func Scores(start, today Date, base Cadence, adaptations []Adaptation, entries []RitualEntry) []float64 {
	h := newHistory(start, today, entries)
	if h.days == 0 {
		return nil
	}
	// doneBefore[i] counts done days before day i, for window sums.
	doneBefore := make([]int, h.days+1)
	for i, s := range h.status {
		doneBefore[i+1] = doneBefore[i]
		if s == Done {
			doneBefore[i+1]++
		}
	}
	scores := make([]float64, h.days)
	score := 0.0
	steps := cadenceSteps(start, base, adaptations)
	next := 0
	var c Cadence
	var m float64
	for i := range h.days {
		for next < len(steps) && steps[next].from <= i {
			c = steps[next].cadence
			m = ScoreMultiplier(c.Frequency())
			next++
		}
		if h.status[i] == Skipped || h.status[i] == Paused {
			scores[i] = score
			continue
		}
		from := max(0, i-c.Per.Days()+1)
		done := doneBefore[i+1] - doneBefore[from]
		met := math.Min(1, float64(done)/float64(c.Times))
		score = score*m + met*(1-m)
		scores[i] = score
	}
	return scores
}

// history is a ritual's days from its start to today as an array.
type history struct {
	start  Date
	days   int
	status []EntryStatus
}

func newHistory(start, today Date, entries []RitualEntry) history {
	if today.Before(start) {
		return history{start: start}
	}
	h := history{start: start, days: daysBetween(start, today) + 1}
	h.status = make([]EntryStatus, h.days)
	for _, e := range entries {
		if i := daysBetween(start, e.Day); i >= 0 && i < h.days {
			h.status[i] = e.Status
		}
	}
	return h
}

// cadenceStep is a cadence in force from a day index on.
type cadenceStep struct {
	from    int
	cadence Cadence
}

// cadenceSteps lists the cadences in force from day index 0 on, in order.
func cadenceSteps(start Date, base Cadence, adaptations []Adaptation) []cadenceStep {
	steps := []cadenceStep{{0, base}}
	for _, a := range sortedAdaptations(adaptations) {
		i := max(0, daysBetween(start, a.From))
		if steps[len(steps)-1].from == i {
			steps[len(steps)-1].cadence = a.Cadence
		} else {
			steps = append(steps, cadenceStep{i, a.Cadence})
		}
	}
	return steps
}

func sortedAdaptations(a []Adaptation) []Adaptation {
	s := slices.Clone(a)
	slices.SortStableFunc(s, func(x, y Adaptation) int { return x.From.Time().Compare(y.From.Time()) })
	return s
}

// cadenceAt is CadenceOn for adaptations sorted by From.
func cadenceAt(base Cadence, sorted []Adaptation, d Date) Cadence {
	c := base
	for _, a := range sorted {
		if d.Before(a.From) {
			break
		}
		c = a.Cadence
	}
	return c
}

func daysBetween(a, b Date) int {
	return int(math.Round(b.Time().Sub(a.Time()).Hours() / 24))
}

// PeriodStart returns the first day of the period containing d; weeks start
// on weekStart.
func PeriodStart(p Period, d Date, weekStart time.Weekday) Date {
	t := d.Time()
	switch p {
	case PerWeek:
		back := (int(t.Weekday()) - int(weekStart) + 7) % 7
		return DateOf(t.AddDate(0, 0, -back))
	case PerMonth:
		return Date{Year: d.Year, Month: d.Month, Day: 1}
	case PerQuarter:
		return d.Quarter().First()
	}
	return d
}

// nextPeriod returns the first day of the period after the one starting at s.
func nextPeriod(p Period, s Date) Date {
	t := s.Time()
	switch p {
	case PerWeek:
		return DateOf(t.AddDate(0, 0, 7))
	case PerMonth:
		return DateOf(t.AddDate(0, 1, 0))
	case PerQuarter:
		return DateOf(t.AddDate(0, 3, 0))
	}
	return DateOf(t.AddDate(0, 0, 1))
}

// Streaks counts calendar periods of the ritual's current cadence in which
// it was done at least as often as the cadence asks. A period with any
// skipped or paused day that falls short is neutral: it neither breaks nor
// extends a streak. The period in progress extends the current streak once
// it is met and never breaks it.
func Streaks(start, today Date, base Cadence, adaptations []Adaptation, entries []RitualEntry, weekStart time.Weekday) (current, best int) {
	h := newHistory(start, today, entries)
	if h.days == 0 {
		return 0, 0
	}
	adapted := sortedAdaptations(adaptations)
	c := cadenceAt(base, adapted, today)
	run := 0
	for ps := PeriodStart(c.Per, start, weekStart); !today.Before(ps); ps = nextPeriod(c.Per, ps) {
		end := nextPeriod(c.Per, ps)
		lo, hi := max(0, daysBetween(start, ps)), min(h.days, daysBetween(start, end))
		done, excused := 0, false
		for _, s := range h.status[lo:hi] {
			switch s {
			case Done:
				done++
			case Skipped, Paused:
				excused = true
			}
		}
		inProgress := today.Before(end)
		switch {
		case done >= cadenceAt(base, adapted, ps).Times:
			run++
		case excused || inProgress:
			// neutral
		default:
			run = 0
		}
		best = max(best, run)
	}
	return run, best
}

// Stats computes scores and streaks for the tracker.
func Stats(r Ritual, adaptations []Adaptation, entries []RitualEntry, today Date, weekStart time.Weekday) RitualStats {
	st := RitualStats{StreakPeriod: CadenceOn(r.Cadence, adaptations, today).Per}
	st.Scores = Scores(r.Start, today, r.Cadence, adaptations, entries)
	if n := len(st.Scores); n > 0 {
		st.Score = st.Scores[n-1]
	}
	st.CurrentStreak, st.BestStreak = Streaks(r.Start, today, r.Cadence, adaptations, entries, weekStart)
	return st
}

// Weekday is time.Weekday, named here so callers need not import time.
type Weekday = time.Weekday

// PeriodLast returns the last day of the period that starts on s.
func PeriodLast(p Period, s Date) Date { return DateOf(nextPeriod(p, s).Time().AddDate(0, 0, -1)) }
