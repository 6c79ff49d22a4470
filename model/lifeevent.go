package model

import (
	"fmt"
	"github.com/vennplanner/venn/i18n"
	"strings"
	"unicode/utf8"
)

// LifeEventKind is what happened.
type LifeEventKind string

// Kinds of life event.
const (
	EventCareer  LifeEventKind = "career"
	EventIllness LifeEventKind = "illness"
	EventMove    LifeEventKind = "move"
	EventBaby    LifeEventKind = "baby"
	EventLoss    LifeEventKind = "loss"
	EventOther   LifeEventKind = "other"
)

// LifeEventKinds lists the kinds with the words the form offers.
var LifeEventKinds = []struct {
	Kind LifeEventKind
	Name string
}{
	{EventCareer, "Career change"}, {EventIllness, "Illness or injury"}, {EventMove, "Moving home"},
	{EventBaby, "New baby"}, {EventLoss, "Loss or grief"}, {EventOther, "Something else"},
}

// NameIn is Name in tr's language (nil: English).
func (k LifeEventKind) NameIn(tr *i18n.Tr) string {
	switch k {
	case EventCareer:
		return tr.T("ui.model.eventCareer")
	case EventIllness:
		return tr.T("ui.model.eventIllness")
	case EventMove:
		return tr.T("ui.model.eventMove")
	case EventBaby:
		return tr.T("ui.model.eventBaby")
	case EventLoss:
		return tr.T("ui.model.eventLoss")
	case EventOther:
		return tr.T("ui.model.eventOther")
	}
	return k.Name()
}

// Name is how the kind is shown ("Career change"); an unknown kind shows as itself.
func (k LifeEventKind) Name() string {
	for _, x := range LifeEventKinds {
		if x.Kind == k {
			return x.Name
		}
	}
	return string(k)
}

// LifeEvent is something that happened to the couple, with the changes to
// their plans they decided on because of it.
type LifeEvent struct {
	ID      string
	Kind    LifeEventKind
	Title   string
	Day     Date
	Notes   string
	Changes []Change
	Undone  bool // the decision was undone (as far as it could be)
	Private bool
}

// Validate checks an event's own fields.
func (e LifeEvent) Validate() error {
	title := strings.TrimSpace(e.Title)
	if title == "" {
		return invalid("title", "ui.model.eventTitle")
	}
	if utf8.RuneCountInString(title) > MaxTitleLen || utf8.RuneCountInString(e.Notes) > MaxNotesLen {
		return invalid("title", "ui.model.eventTooLong", "Title", MaxTitleLen, "Notes", MaxNotesLen)
	}
	if e.Day.IsZero() || e.Day.Year < MinYear || e.Day.Year > MaxYear {
		return invalid("day", "ui.model.eventDay")
	}
	known := false
	for _, k := range LifeEventKinds {
		known = known || k.Kind == e.Kind
	}
	if !known {
		return invalid("kind", "ui.model.eventKindUnknown", "Kind", quoted(e.Kind))
	}
	return nil
}

// ChangeKind is one kind of adjustment the flexibility protocol makes.
type ChangeKind string

// Adjustments: move a goal's dates later, pause a ritual, move an allocation.
const (
	ChangePostpone ChangeKind = "postpone"
	ChangePause    ChangeKind = "pause"
	ChangeMove     ChangeKind = "move"
)

// Change is one adjustment made by a life event's decision, with what it
// changed from and to, so it can be undone while nobody has edited the
// same things since.
type Change struct {
	Kind    ChangeKind `json:"kind"`
	Summary string     `json:"summary"` // in plain words, for the preview and the log

	// postpone
	GoalID        string  `json:"goal_id,omitempty"`
	BeforeStart   Date    `json:"before_start,omitzero"`
	AfterStart    Date    `json:"after_start,omitzero"`
	BeforeDue     Date    `json:"before_due,omitzero"`
	AfterDue      Date    `json:"after_due,omitzero"`
	BeforeQuarter Quarter `json:"before_quarter,omitzero"`
	AfterQuarter  Quarter `json:"after_quarter,omitzero"`

	// pause
	RitualID   string `json:"ritual_id,omitempty"`
	From       Date   `json:"from,omitzero"`
	To         Date   `json:"to,omitzero"`
	PausedDays []Date `json:"paused_days,omitempty"` // the days this change paused (they had nothing logged)

	// move
	Resource   Resource `json:"resource,omitempty"`
	FromGoal   string   `json:"from_goal,omitempty"`
	ToGoal     string   `json:"to_goal,omitempty"`
	BeforeFrom Amount   `json:"before_from,omitempty"`
	AfterFrom  Amount   `json:"after_from,omitempty"`
	BeforeTo   Amount   `json:"before_to,omitempty"`
	AfterTo    Amount   `json:"after_to,omitempty"`
}

// Postpone plans moving a goal later: by weeks (its dates move, and its
// target quarter follows the due date), or to a later quarter (its dates
// move by as many months as the quarter does).
func Postpone(g Goal, weeks int, to Quarter) (Change, error) {
	c := Change{Kind: ChangePostpone, GoalID: g.ID,
		BeforeStart: g.Start, BeforeDue: g.Due, BeforeQuarter: g.TargetQuarter,
		AfterStart: g.Start, AfterDue: g.Due, AfterQuarter: g.TargetQuarter}
	var err error
	switch {
	case !to.IsZero():
		err = c.postponeToQuarter(g, to)
	case weeks > 0 && weeks <= 104:
		c.postponeByWeeks(g, weeks)
	default:
		err = invalid("weeks", "ui.model.postponeWeeks")
	}
	if err != nil {
		return c, err
	}
	if !c.AfterDue.IsZero() && c.BeforeDue != c.AfterDue {
		c.Summary += fmt.Sprintf(": due %s, now %s", c.BeforeDue.Time().Format("2 Jan 2006"), c.AfterDue.Time().Format("2 Jan 2006"))
	} else if c.AfterQuarter != c.BeforeQuarter && !c.BeforeQuarter.IsZero() {
		c.Summary += fmt.Sprintf(": %s, now %s", c.BeforeQuarter, c.AfterQuarter)
	}
	return c, nil
}

// postponeToQuarter plans moving g to the quarter to: its dates move by as
// many months as its quarter does (the quarter of its dates when it has no
// target quarter).
func (c *Change) postponeToQuarter(g Goal, to Quarter) error {
	from := g.TargetQuarter
	if from.IsZero() && !g.Due.IsZero() {
		from = g.Due.Quarter()
	}
	if from.IsZero() && !g.Start.IsZero() {
		from = g.Start.Quarter()
	}
	if !from.IsZero() && !from.First().Before(to.First()) {
		return invalid("quarter", "ui.model.postponeQuarter", "Title", g.Title, "From", from)
	}
	if !from.IsZero() {
		c.shiftDates(g, 0, (to.Year-from.Year)*12+3*(to.Q-from.Q))
	}
	c.AfterQuarter = to
	c.Summary = fmt.Sprintf("Move “%s” to %s", g.Title, to)
	return nil
}

// postponeByWeeks plans moving g's dates weeks later; its target quarter
// follows the due date (or, with no dates, moves by the quarters the weeks
// reach into).
func (c *Change) postponeByWeeks(g Goal, weeks int) {
	c.shiftDates(g, 7*weeks, 0)
	switch {
	case !c.AfterDue.IsZero():
		if !g.TargetQuarter.IsZero() {
			c.AfterQuarter = c.AfterDue.Quarter()
		}
	case g.Start.IsZero() && !g.TargetQuarter.IsZero():
		c.AfterQuarter = g.TargetQuarter.Add((weeks + 12) / 13)
	}
	c.Summary = fmt.Sprintf("Postpone “%s” by %d week%s", g.Title, weeks, Plural(weeks))
}

// shiftDates moves the dates g has by days and months.
func (c *Change) shiftDates(g Goal, days, months int) {
	if !g.Start.IsZero() {
		c.AfterStart = DateOf(g.Start.Time().AddDate(0, months, days))
	}
	if !g.Due.IsZero() {
		c.AfterDue = DateOf(g.Due.Time().AddDate(0, months, days))
	}
}

// Plural is "s" for any count but one, for English plurals in messages.
func Plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// PauseRitual plans pausing a ritual from..to: the days with nothing logged
// get a pause (no score penalty); days already logged stay as they are.
func PauseRitual(r Ritual, from, to Date, logged map[Date]bool) (Change, error) {
	if from.IsZero() || to.IsZero() || to.Before(from) {
		return Change{}, invalid("pause", "ui.model.pauseDaysOrder")
	}
	if daysBetween(from, to) > 366 {
		return Change{}, invalid("pause", "ui.model.pauseAtMostYear")
	}
	c := Change{Kind: ChangePause, RitualID: r.ID, From: from, To: to}
	for d := from; !to.Before(d); d = d.AddDays(1) {
		if !logged[d] && !d.Before(r.Start) {
			c.PausedDays = append(c.PausedDays, d)
		}
	}
	c.Summary = fmt.Sprintf("Pause “%s” from %s to %s", r.Title, from.Time().Format("2 Jan"), to.Time().Format("2 Jan 2006"))
	return c, nil
}

// MoveAllocation plans moving amount of a resource's allocation from one
// goal to another (what a goal has is given by before).
func MoveAllocation(r Resource, from, to Goal, amount, fromHas, toHas Amount, currency string) (Change, error) {
	if from.ID == to.ID {
		return Change{}, invalid("move", "ui.model.moveTwoGoals")
	}
	if amount <= 0 || amount > fromHas {
		key := "ui.model.moveTime"
		switch r {
		case Money:
			key = "ui.model.moveMoney"
		case Energy:
			key = "ui.model.moveEnergy"
		}
		return Change{}, invalid("move", key, "Title", from.Title, "Amount", FormatAmount(r, fromHas, currency))
	}
	c := Change{Kind: ChangeMove, Resource: r, FromGoal: from.ID, ToGoal: to.ID,
		BeforeFrom: fromHas, AfterFrom: fromHas - amount, BeforeTo: toHas, AfterTo: toHas + amount}
	c.Summary = fmt.Sprintf("Move %s of %s from “%s” to “%s”", FormatAmount(r, amount, currency), strings.ToLower(r.Title()), from.Title, to.Title)
	return c, nil
}

// Decision is what the couple decided after a life event: goals to
// postpone, rituals to pause, allocations to move.
type Decision struct {
	Postpone []PostponeStep
	Pause    []PauseStep
	Move     []MoveStep
}

// PostponeStep moves a goal later by Weeks, or to Quarter.
type PostponeStep struct {
	GoalID  string
	Weeks   int
	Quarter Quarter
}

// PauseStep pauses a ritual for From..To (no score penalty).
type PauseStep struct {
	RitualID string
	From, To Date
}

// MoveStep moves Amount of a resource's allocation between goals.
type MoveStep struct {
	Resource         Resource
	FromGoal, ToGoal string
	Amount           Amount
}

// IsEmpty reports whether the decision changes nothing.
func (d Decision) IsEmpty() bool { return len(d.Postpone)+len(d.Pause)+len(d.Move) == 0 }
