package model

import "github.com/vennplanner/venn/i18n"

// Lean is the side a sign of imbalance points to.
type Lean string

// The two sides of imbalance, and the middle.
const (
	LeanIndependent Lean = "independent"
	LeanTogether    Lean = "together"
	LeanBalanced    Lean = ""
)

// DefaultSigns are the signs of imbalance from the practice Venn is built on:
// as many on each side, since the gauge sets one side's mean against the
// other's. Leaning independent is drifting apart (avoidance called space,
// decisions made alone, rituals that matter less, loneliness in the
// relationship, parallel lives); leaning together is losing oneself
// (one's own hobbies, friends and goals dropped or postponed, guilt about
// wanting time alone, isolation from one's own people, the partner asked to
// carry every feeling). The first eight are the signs of the first Venns,
// in their order; the others join existing lists once (NewerSigns).
var DefaultSigns = []DefaultItem[Lean]{
	{"avoid", "I say I need space when I mean I want to avoid", LeanIndependent},
	{"alone-decisions", "Decisions get made without the other", LeanIndependent},
	{"rituals-matter-less", "Shared rituals and milestones matter less to me", LeanIndependent},
	{"crowd-downtime", "Joint plans crowd out my downtime", LeanTogether},
	{"regulate", "I rely on my partner to regulate every emotion", LeanTogether},
	{"trapped", "I feel trapped by constant closeness", LeanTogether},
	{"dropped-own", "I've dropped my own hobbies, friends or ambitions", LeanTogether},
	{"own-goals-slip", "My personal goals are consistently postponed or abandoned", LeanTogether},
	{"lonely", "I feel lonely in our relationship, even when we are together", LeanIndependent},
	{"parallel-lives", "We live parallel lives, side by side more than together", LeanIndependent},
	{"own-plans-crowd", "My own plans crowd out our time together", LeanIndependent},
	{"keep-to-myself", "I keep what is on my mind to myself rather than share it", LeanIndependent},
	{"guilt-own-time", "I feel guilty when I want time for myself", LeanTogether},
	{"isolated", "I've lost touch with people of my own outside our relationship", LeanTogether},
}

// NewerSigns are the keys of the default signs added after a household's
// list may have begun: each joins an existing list at its end, once.
var NewerSigns = []string{MeasuredSign, "lonely", "parallel-lives", "own-plans-crowd", "keep-to-myself", "guilt-own-time", "isolated"}

// MeasuredSign is the key of the default sign Venn also measures from the
// data (postponed, overdue and set-aside personal goals).
const MeasuredSign = "own-goals-slip"

// MaxScore is "often" on the 0–3 scale.
const MaxScore = 3

// ScoreWordsIn name the scale's points in tr's language (nil: English).
func ScoreWordsIn(tr *i18n.Tr) [MaxScore + 1]string {
	return [MaxScore + 1]string{tr.T("ui.model.scoreNever"), tr.T("ui.model.scoreRarely"), tr.T("ui.model.scoreSometimes"), tr.T("ui.model.scoreOften")}
}

// Rating is one partner's score for one sign in one month.
type Rating struct {
	ID        string
	Month     Date // first day of the month
	PartnerID string
	SignID    string
	Score     int // 0 never – 3 often
	Private   bool
}

// Validate checks a rating.
func (r Rating) Validate() error {
	if r.Month.IsZero() || r.Month.Day != 1 {
		return invalid("month", "ui.model.ratingMonth")
	}
	if r.PartnerID == "" || r.SignID == "" {
		return invalid("rating", "ui.model.ratingNeedsSign")
	}
	if r.Score < 0 || r.Score > MaxScore {
		return invalid("score", "ui.model.scoreRange")
	}
	return nil
}

// Gauge is one partner's balance in one month.
type Gauge struct {
	Month       Date
	Independent float64 // mean score of the signs leaning independent, 0..3
	Together    float64 // mean score of the signs leaning together, 0..3
	Rated       int     // how many signs were rated
}

// LeanThreshold is how far from the middle the gauge must sit (on -1..1)
// before Venn calls it a lean: a third of the scale.
const LeanThreshold = 1.0 / 3

// HighThreshold is the mean score on one side ("sometimes" or more) that,
// held for three months running, brings up the note about a therapist.
const HighThreshold = 2.0

// Position is the needle: -1 fully independent, 0 balanced, +1 fully together.
func (g Gauge) Position() float64 { return (g.Together - g.Independent) / MaxScore }

// Lean says which side the gauge leans to, or LeanBalanced.
func (g Gauge) Lean() Lean {
	switch p := g.Position(); {
	case g.Rated == 0:
		return LeanBalanced
	case p <= -LeanThreshold:
		return LeanIndependent
	case p >= LeanThreshold:
		return LeanTogether
	}
	return LeanBalanced
}

// High reports whether either side's signs are frequent.
func (g Gauge) High() bool {
	return g.Rated > 0 && (g.Independent >= HighThreshold || g.Together >= HighThreshold)
}

// GaugeFor computes a partner's gauge for a month from their ratings of the
// signs (ratings of unknown signs are ignored; unrated signs do not count).
func GaugeFor(month Date, partnerID string, ratings []Rating, signs []Sign) Gauge {
	lean := map[string]Lean{}
	for _, s := range signs {
		lean[s.ID] = s.Kind
	}
	g := Gauge{Month: month}
	var ind, tog, nInd, nTog int
	for _, r := range ratings {
		if r.Month != month || r.PartnerID != partnerID {
			continue
		}
		switch lean[r.SignID] {
		case LeanIndependent:
			ind += r.Score
			nInd++
		case LeanTogether:
			tog += r.Score
			nTog++
		default:
			continue
		}
		g.Rated++
	}
	if nInd > 0 {
		g.Independent = float64(ind) / float64(nInd)
	}
	if nTog > 0 {
		g.Together = float64(tog) / float64(nTog)
	}
	return g
}

// GaugeTrend returns a partner's gauge for each month from first to last
// (first days of months), oldest first; months without ratings have Rated 0.
func GaugeTrend(partnerID string, ratings []Rating, signs []Sign, first, last Date) []Gauge {
	var out []Gauge
	for m := first; !last.Before(m); m = (Date{Year: m.Year, Month: m.Month + 1, Day: 1}).normalized() {
		out = append(out, GaugeFor(m, partnerID, ratings, signs))
	}
	return out
}

func (d Date) normalized() Date { return DateOf(d.Time()) }

// StaysHigh reports whether the last three months of a trend were all rated
// and all high: then a couples therapist may help.
func StaysHigh(trend []Gauge) bool {
	if len(trend) < 3 {
		return false
	}
	for _, g := range trend[len(trend)-3:] {
		if !g.High() {
			return false
		}
	}
	return true
}

// StrategiesIn is Strategies in tr's language (nil: English).
func StrategiesIn(tr *i18n.Tr, l Lean) []string {
	switch l {
	case LeanIndependent:
		return []string{tr.T("ui.model.tryRitual"), tr.T("ui.model.tryDecide"), tr.T("ui.model.tryLearn")}
	case LeanTogether:
		return []string{tr.T("ui.model.trySolo"), tr.T("ui.model.tryFriend"), tr.T("ui.model.tryBuffer")}
	}
	return nil
}

// Strategies returns concrete things to try when a partner leans to one
// side: the other side's practices.
func Strategies(l Lean) []string {
	switch l {
	case LeanIndependent:
		return []string{
			"Add a small shared ritual you both look forward to, like a Sunday walk or a weekly dinner out.",
			"Make one decision this week together that you would usually make alone.",
			"Learn something side by side: a class, a course, a book you both read.",
		}
	case LeanTogether:
		return []string{
			"Book a solo slot on the calendar each week, and protect it like a joint commitment.",
			"See a friend of your own, or pick up a hobby you have let slip.",
			"Leave a buffer zone in the week: time with nothing planned together.",
		}
	}
	return nil
}
