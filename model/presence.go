package model

import (
	"fmt"
	"time"

	"github.com/vennplanner/venn/i18n"
)

// Presence is how present time together felt to one partner, from 1
// (distracted) to PresenceScale (really together, phones away).
const PresenceScale = 4

// PresenceWordsIn names each rating, index 1 to PresenceScale, in tr's
// language (nil: English).
func PresenceWordsIn(tr *i18n.Tr) [PresenceScale + 1]string {
	return [PresenceScale + 1]string{"", tr.T("ui.model.presenceDistracted"), tr.T("ui.model.presencePartly"),
		tr.T("ui.model.presencePresent"), tr.T("ui.model.presenceTogether")}
}

// OccasionKind is what time together is rated: a shared ritual's day or a
// joint block's occurrence.
type OccasionKind string

const (
	OccasionRitual OccasionKind = "ritual"
	OccasionBlock  OccasionKind = "block"
)

// Occasion is one time together: a shared ritual ticked on a day, or a
// joint block on the day it happened.
type Occasion struct {
	Kind  OccasionKind
	RefID string // the ritual's or the block's id
	Day   Date
}

// MaxOccasionLen bounds an occasion's key.
const MaxOccasionLen = 120

// Key is the occasion as one string, the same on both computers.
func (o Occasion) Key() string { return fmt.Sprintf("%s/%s/%s", o.Kind, o.RefID, o.Day) }

// PresenceRating is one partner's rating of one occasion. It is held on
// the computer that wrote it until both partners rated the occasion.
type PresenceRating struct {
	ID        string
	Occasion  string // Occasion.Key
	Day       Date
	PartnerID string
	Rating    int
	Private   bool
}

// ValidatePresence checks a rating.
func ValidatePresence(rating int) error {
	if rating < 1 || rating > PresenceScale {
		return invalid("presence", "ui.model.presenceRange", "Max", PresenceScale)
	}
	return nil
}

// PresenceMarks say which partners rated an occasion (the ratings
// themselves may still be held back).
type PresenceMarks struct {
	Occasion       string
	Day            Date
	RatedA, RatedB bool
}

// Both reports whether both partners rated the occasion.
func (m PresenceMarks) Both() bool { return m.RatedA && m.RatedB }

// Rated reports whether the partner in slot rated it.
func (m PresenceMarks) Rated(s Slot) bool {
	if s == SlotA {
		return m.RatedA
	}
	return m.RatedB
}

// ShowPresenceTo reports whether a reader may see a rating: their own
// always, the other's once both rated the occasion.
func ShowPresenceTo(r PresenceRating, readerID string, both bool) bool {
	return r.PartnerID == readerID || both
}

// PresenceBucket is one week's or month's presence: the mean of the
// ratings of occasions both partners rated, and how many occasions.
type PresenceBucket struct {
	Start     Date
	Mean      float64 // 0 when there were none
	Occasions int
}

// PresenceTrend buckets the ratings of occasions both partners rated
// (both[occasion]) from from to to by per (PerWeek or PerMonth), in order;
// ratings of occasions only one partner rated never count.
func PresenceTrend(ratings []PresenceRating, both map[string]bool, from, to Date, per Period, weekStart time.Weekday) []PresenceBucket {
	var out []PresenceBucket
	index := map[Date]int{}
	for d := PeriodStart(per, from, weekStart); !to.Before(d); d = nextPeriod(per, d) {
		index[d] = len(out)
		out = append(out, PresenceBucket{Start: d})
	}
	sums := make([]int, len(out))
	counts := make([]int, len(out))
	seen := map[string]bool{}
	for _, r := range ratings {
		if !both[r.Occasion] || r.Day.Before(from) || to.Before(r.Day) {
			continue
		}
		i, ok := index[PeriodStart(per, r.Day, weekStart)]
		if !ok {
			continue
		}
		sums[i] += r.Rating
		counts[i]++
		if !seen[r.Occasion] {
			seen[r.Occasion] = true
			out[i].Occasions++
		}
	}
	for i := range out {
		if counts[i] > 0 {
			out[i].Mean = float64(sums[i]) / float64(counts[i])
		}
	}
	return out
}

// PresenceLine is PresenceLineIn in English.
func PresenceLine(name string, months []PresenceBucket) string {
	return PresenceLineIn(nil, name, months)
}

// PresenceChange is what months of presence ratings say, before words: the
// last month, and the mean of the months before it that have ratings.
type PresenceChange struct {
	Last       PresenceBucket // the last month; Last.Occasions is 0 when it has no ratings
	Before     float64        // the mean of the earlier months' means, when HasBefore
	HasBefore  bool           // some earlier month has ratings
	Difference int            // +1 when the last month is up by a quarter point or more on Before, -1 down, 0 steady
}

// PresenceChangeOf reads months of presence ratings (oldest first); false
// when there are no months.
func PresenceChangeOf(months []PresenceBucket) (PresenceChange, bool) {
	if len(months) == 0 {
		return PresenceChange{}, false
	}
	t := PresenceChange{Last: months[len(months)-1]}
	var sum float64
	n := 0
	for _, m := range months[:len(months)-1] {
		if m.Occasions > 0 {
			sum += m.Mean
			n++
		}
	}
	if n > 0 {
		t.Before, t.HasBefore = sum/float64(n), true
	}
	switch {
	case !t.HasBefore || t.Last.Occasions == 0:
	case t.Last.Mean-t.Before >= 0.25:
		t.Difference = 1
	case t.Before-t.Last.Mean >= 0.25:
		t.Difference = -1
	}
	return t, true
}

// PresenceLineIn says, in words for the screen and for screen readers, how
// present time together felt to one partner over months (oldest first),
// in tr's language (nil: English): the last month's mean with its word,
// and whether it went up or down against the months before it that have
// ratings.
func PresenceLineIn(tr *i18n.Tr, name string, months []PresenceBucket) string {
	none := tr.T("ui.model.presenceNone", "Name", name)
	t, ok := PresenceChangeOf(months)
	if !ok {
		return none
	}
	month := tr.Month(t.Last.Start.Time().Month())
	if t.Last.Occasions == 0 {
		if !t.HasBefore {
			return none
		}
		return tr.T("ui.model.presenceNoneIn", "Name", name, "Month", month, "Before", tr.Decimal(t.Before, 1), "Scale", tr.Int(PresenceScale))
	}
	line := tr.T("ui.model.presenceMonth", "Name", name, "Mean", tr.Decimal(t.Last.Mean, 1), "Scale", tr.Int(PresenceScale),
		"Month", month, "Word", PresenceWordIn(tr, t.Last.Mean))
	if !t.HasBefore {
		return line
	}
	switch t.Difference {
	case 1:
		return tr.T("ui.model.presenceUp", "Line", line, "Before", tr.Decimal(t.Before, 1))
	case -1:
		return tr.T("ui.model.presenceDown", "Line", line, "Before", tr.Decimal(t.Before, 1))
	}
	return tr.T("ui.model.presenceSteady", "Line", line)
}

// PresenceWord names a mean rating by its nearest word, in English.
func PresenceWord(mean float64) string { return PresenceWordIn(nil, mean) }

// PresenceWordIn names a mean rating by its nearest word in tr's language.
func PresenceWordIn(tr *i18n.Tr, mean float64) string {
	i := min(max(int(mean+0.5), 1), PresenceScale)
	return PresenceWordsIn(tr)[i]
}

// PresenceByPartner is each partner's presence (PresenceTrend of their own
// ratings), in the partners' order: only occasions both rated count.
func PresenceByPartner(ratings []PresenceRating, marks []PresenceMarks, partners []Partner, from, to Date, per Period, weekStart time.Weekday) [][]PresenceBucket {
	both := make(map[string]bool, len(marks))
	for _, m := range marks {
		both[m.Occasion] = m.Both()
	}
	out := make([][]PresenceBucket, 0, len(partners))
	for _, p := range partners {
		var theirs []PresenceRating
		for _, r := range ratings {
			if r.PartnerID == p.ID {
				theirs = append(theirs, r)
			}
		}
		out = append(out, PresenceTrend(theirs, both, from, to, per, weekStart))
	}
	return out
}
