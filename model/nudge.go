package model

import (
	"fmt"
	"github.com/vennplanner/venn/i18n"
	"slices"
	"strings"
	"time"
)

// Nudges: the method's rhythm reaching the couple as gentle system
// notifications. Which nudges are due is a pure function of the data, the
// settings, the clock and what was already sent, so it can be tested
// without a desktop.

// NudgeKind names a kind of nudge; each has its own on/off and time.
type NudgeKind string

// The kinds of nudge.
const (
	NudgeRitual   NudgeKind = "ritual"   // a ritual's reminder time (the ritual's own time)
	NudgeCheckin  NudgeKind = "checkin"  // the weekly check-in, on the chosen day
	NudgeBalance  NudgeKind = "balance"  // the month's balance rating, from the 20th
	NudgeSession  NudgeKind = "session"  // a quarter began without a goal-mapping session
	NudgeReview   NudgeKind = "review"   // the annual review, in the year's last weeks
	NudgeContract NudgeKind = "contract" // a development contract's review is due
	NudgeGoal     NudgeKind = "goal"     // a goal's target date is a few days away
	NudgeBetween  NudgeKind = "between"  // a request to answer, an agreement to revisit, a health check due, a friend to see
)

// NudgeKinds lists the kinds in the order Settings shows them.
var NudgeKinds = []NudgeKind{NudgeRitual, NudgeCheckin, NudgeBalance, NudgeSession, NudgeReview, NudgeContract, NudgeGoal, NudgeBetween}

// Title is how Settings names a kind.
func (k NudgeKind) Title() string {
	return map[NudgeKind]string{
		NudgeRitual: "Rituals, at their reminder times", NudgeCheckin: "The weekly check-in",
		NudgeBalance: "The month's balance rating", NudgeSession: "A new quarter's goal-mapping session",
		NudgeReview: "The annual review", NudgeContract: "Development contract reviews",
		NudgeGoal: "Goals coming due", NudgeBetween: "Requests to answer, agreements to revisit, health check-ins, people of your own",
	}[k]
}

// TitleIn is Title in tr's language (nil: English).
func (k NudgeKind) TitleIn(tr *i18n.Tr) string {
	return map[NudgeKind]string{
		NudgeRitual: tr.T("ui.model.nudgeRitual"), NudgeCheckin: tr.T("ui.model.nudgeCheckin"),
		NudgeBalance: tr.T("ui.model.nudgeBalance"), NudgeSession: tr.T("ui.model.nudgeSession"),
		NudgeReview: tr.T("ui.model.nudgeReview"), NudgeContract: tr.T("ui.model.nudgeContract"),
		NudgeGoal: tr.T("ui.model.nudgeGoal"), NudgeBetween: tr.T("ui.model.nudgeBetween"),
	}[k]
}

// NudgeSettings are this computer's choices (kept locally, not synced).
type NudgeSettings struct {
	Off        map[NudgeKind]bool   `json:"off,omitempty"`
	At         map[NudgeKind]string `json:"at,omitempty"` // "HH:MM" per kind; rituals use their own time
	CheckinDay time.Weekday         `json:"checkin_day"`
	// GoalDaysAhead is how many days before a target date the goal nudge comes.
	GoalDaysAhead int `json:"goal_days_ahead"`
}

// MaxNudgesPerDay bounds the notifications sent in a day: more nudges
// than that wait to be bundled into the next one.
const MaxNudgesPerDay = 3

// DefaultNudgeSettings: everything on, evenings for the couple's rhythm,
// mornings for dates, the check-in on Sunday.
func DefaultNudgeSettings() NudgeSettings {
	return NudgeSettings{
		Off: map[NudgeKind]bool{},
		At: map[NudgeKind]string{NudgeCheckin: "19:00", NudgeBalance: "19:00", NudgeSession: "19:00", NudgeReview: "19:00",
			NudgeContract: "09:00", NudgeGoal: "09:00", NudgeBetween: "18:00"},
		CheckinDay: time.Sunday, GoalDaysAhead: 3,
	}
}

// Validate checks the settings' times and numbers.
func (s NudgeSettings) Validate() error {
	for k, at := range s.At {
		if !reminderPattern.MatchString(at) {
			return invalidf("time", "%s: write the time as HH:MM, for example 19:00.", k.Title())
		}
	}
	if s.GoalDaysAhead < 0 || s.GoalDaysAhead > 7 {
		return invalid("days", "ui.model.nudgeDays")
	}
	if s.CheckinDay < time.Sunday || s.CheckinDay > time.Saturday {
		return invalid("day", "ui.model.nudgeCheckinDay")
	}
	return nil
}

// NudgeFacts is what the data says, as far as nudges care. Only what
// concerns this computer's partner (and both) is in it.
type NudgeFacts struct {
	WeekStart time.Weekday
	// Rituals due today, with their reminder times.
	Rituals []Ritual
	// CheckinAnswered: this computer's partner answered this week's check-in.
	CheckinAnswered bool
	// BalanceRated: this computer's partner rated this month.
	BalanceRated   bool
	SessionExists  bool // for the quarter of today
	ReviewExists   bool // for the year of today
	ContractsDue   []ContractNudge
	GoalsComingDue []Goal
	// Requests waiting for this computer's partner's answer (From names
	// who asked); Agreements whose day to look at them again has come;
	// HealthDue when this computer's partner's health check is due.
	Requests   []RequestNudge
	Agreements []Agreement
	HealthDue  bool
	// People are this computer's partner's people of their own whom it
	// has been longer to meet than they wished (Person.Due).
	People []Person
}

// RequestNudge is a request waiting for an answer.
type RequestNudge struct {
	Request
	From string // the name of the partner who asked
}

// ContractNudge is a development contract and when its review is due.
type ContractNudge struct {
	ID, GoalTitle string
	Due           Date
}

// Nudge is one thing to remind of, with the key that makes it sent once.
type Nudge struct {
	Key  string
	Kind NudgeKind
	Text string
	At   time.Time // when it became due
	// Msg names Text's message in Venn's catalogues ("remind.ritual"), Args
	// the words it is filled with and Day its date, if it has one, so the
	// notification can be said in the couple's language.
	Msg  string
	Args map[string]string
	Day  Date
}

// Notification is what is sent: one nudge, or several bundled.
type Notification struct {
	Title, Body string
	Nudges      []Nudge
}

// DueNudges returns what to send now: the nudges whose time has come and
// that were not sent before (sent holds their keys), bundled into one
// notification when there are several, and nothing once sentToday
// notifications went out today.
func DueNudges(f NudgeFacts, s NudgeSettings, now time.Time, sent map[string]bool, sentToday int) []Notification {
	if sentToday >= MaxNudgesPerDay {
		return nil
	}
	var due []Nudge
	for _, n := range candidates(f, s, now) {
		if s.Off[n.Kind] || sent[n.Key] || now.Before(n.At) {
			continue
		}
		due = append(due, n)
	}
	if len(due) == 0 {
		return nil
	}
	slices.SortStableFunc(due, func(a, b Nudge) int { return a.At.Compare(b.At) })
	if len(due) == 1 {
		return []Notification{{Title: "Venn", Body: due[0].Text, Nudges: due}}
	}
	lines := make([]string, len(due))
	for i, n := range due {
		lines[i] = "• " + n.Text
	}
	return []Notification{{Title: fmt.Sprintf("Venn: %d things for today", len(due)), Body: strings.Join(lines, "\n"), Nudges: due}}
}

// candidates lists every nudge the data calls for today, due or not yet.
func candidates(f NudgeFacts, s NudgeSettings, now time.Time) []Nudge {
	today := DateOf(now)
	at := func(k NudgeKind, d Date) time.Time { return clockOn(d, s.At[k], now.Location()) }
	var out []Nudge
	for _, r := range f.Rituals {
		if r.ReminderTime != "" {
			out = append(out, Nudge{Key: "ritual:" + r.ID + ":" + today.String(), Kind: NudgeRitual,
				Text: "Time for “" + r.Title + "”.", At: clockOn(today, r.ReminderTime, now.Location()),
				Msg: "remind.ritual", Args: map[string]string{"Title": r.Title}})
		}
	}
	week := WeekOf(today, f.WeekStart)
	if !f.CheckinAnswered {
		day := week
		for day.Time().Weekday() != s.CheckinDay {
			day = day.AddDays(1)
		}
		out = append(out, Nudge{Key: "checkin:" + week.String(), Kind: NudgeCheckin,
			Text: "Your weekly check-in is waiting: a calm moment together.", At: at(NudgeCheckin, day), Msg: "remind.checkin"})
	}
	if !f.BalanceRated {
		from := Date{Year: today.Year, Month: today.Month, Day: 20}
		out = append(out, Nudge{Key: "balance:" + from.String()[:7], Kind: NudgeBalance,
			Text: "How did the month feel? Rate the signs of balance when you have a quiet minute.", At: at(NudgeBalance, from), Msg: "remind.balance"})
	}
	q := today.Quarter()
	if first := q.First(); !f.SessionExists && today.Before(first.AddDays(30)) {
		out = append(out, Nudge{Key: "session:" + q.String(), Kind: NudgeSession,
			Text: "A new quarter has begun: plan a goal-mapping session together.", At: at(NudgeSession, first), Msg: "remind.session"})
	}
	if from := (Date{Year: today.Year, Month: 12, Day: 15}); !f.ReviewExists {
		out = append(out, Nudge{Key: fmt.Sprintf("review:%d", today.Year), Kind: NudgeReview,
			Text: "The year is ending: take an evening for your annual review.", At: at(NudgeReview, from), Msg: "remind.review"})
	}
	for _, c := range f.ContractsDue {
		if today.Before(c.Due.AddDays(7)) {
			out = append(out, Nudge{Key: "contract:" + c.ID + ":" + c.Due.String(), Kind: NudgeContract,
				Text: "Time to review your contract for “" + c.GoalTitle + "”.", At: at(NudgeContract, c.Due),
				Msg: "remind.contract", Args: map[string]string{"Title": c.GoalTitle}})
		}
	}
	for _, g := range f.GoalsComingDue {
		if !g.Due.IsZero() && !g.Due.Before(today) {
			out = append(out, Nudge{Key: "goal:" + g.ID + ":" + g.Due.String(), Kind: NudgeGoal,
				Text: "“" + g.Title + "” is due " + g.Due.Time().Format("Monday 2 January") + ".", At: at(NudgeGoal, g.Due.AddDays(-s.GoalDaysAhead)),
				Msg: "remind.goal", Args: map[string]string{"Title": g.Title}, Day: g.Due})
		}
	}
	return append(out, betweenCandidates(f, s, now)...)
}

// betweenCandidates are the everyday practices' nudges: a request waiting
// for an answer (once per answer it waits for), an agreement to revisit, a
// health check due (once a week), someone of one's own not seen for longer
// than wished (once until the next meeting).
func betweenCandidates(f NudgeFacts, s NudgeSettings, now time.Time) []Nudge {
	today := DateOf(now)
	at := func(d Date) time.Time { return clockOn(d, s.At[NudgeBetween], now.Location()) }
	var out []Nudge
	for _, r := range f.Requests {
		n := Nudge{Key: "request:" + r.ID + ":" + string(r.Reply), Kind: NudgeBetween, At: at(r.Day),
			Text: r.From + " asks: “" + r.Need + "”. Answer when you are ready.",
			Msg:  "remind.request", Args: map[string]string{"From": r.From, "Need": r.Need}}
		if r.Reply == ReplyCounter {
			n.Text, n.Msg, n.Args = "A counter-proposal waits for your answer: “"+r.Counter+"”.", "remind.counter", map[string]string{"Counter": r.Counter}
		}
		out = append(out, n)
	}
	for _, a := range f.Agreements {
		out = append(out, Nudge{Key: "agreement:" + a.ID + ":" + a.Revisit.String(), Kind: NudgeBetween,
			Text: "Time to look at an agreement again: “" + a.Text + "”.", At: at(a.Revisit),
			Msg: "remind.agreement", Args: map[string]string{"Text": a.Text}})
	}
	if f.HealthDue {
		week := WeekOf(today, f.WeekStart)
		out = append(out, Nudge{Key: "health:" + week.String(), Kind: NudgeBetween,
			Text: "Your health check-in is due this week: a minute for yourself.", At: at(week), Msg: "remind.health"})
	}
	for _, p := range f.People {
		// Once per stretch: a meeting noted starts a new one.
		out = append(out, Nudge{Key: "person:" + p.ID + ":" + p.Since().String(), Kind: NudgeBetween,
			Text: "It has been a while since you saw " + p.Name + ". Maybe a call, or a coffee this week?", At: at(p.NextMeeting().AddDays(1)),
			Msg: "remind.person", Args: map[string]string{"Name": p.Name}})
	}
	return out
}

// clockOn is the wall-clock time hh:mm on day d.
func clockOn(d Date, hhmm string, loc *time.Location) time.Time {
	var h, m int
	if _, err := fmt.Sscanf(hhmm, "%d:%d", &h, &m); err != nil {
		h, m = 19, 0
	}
	return time.Date(d.Year, d.Month, d.Day, h, m, 0, 0, loc)
}
