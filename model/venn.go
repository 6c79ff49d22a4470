package model

import (
	"fmt"
	"math"

	"github.com/vennplanner/venn/i18n"
)

// The living Venn: two circles, one per partner, whose areas follow what
// each puts into their own goals plus what they share, and whose overlap
// follows what they put into shared goals. A partner's circle is their
// whole life in the period; the overlap is the part that is "us".

// VennShape is the geometry of the picture in abstract units: the
// circles' radii and the distance between their centres. The caller scales
// it to the room it has.
type VennShape struct {
	RadiusA, RadiusB float64
	Distance         float64
	// Nested is set when the shared part is as large as the smaller
	// circle allows: that circle sits inside the other.
	Nested bool
}

// Empty reports whether there is nothing to draw (no amounts at all).
func (v VennShape) Empty() bool { return v.RadiusA == 0 && v.RadiusB == 0 }

// Width is how wide the picture is, from the left of circle A to the right
// of circle B.
func (v VennShape) Width() float64 {
	return max(v.RadiusA, v.Distance+v.RadiusB) + max(v.RadiusA, v.RadiusB-v.Distance)
}

// VennOf lays out the circles for partner A's own amount, partner B's own
// amount and what they share: each circle's area is its partner's own plus
// the shared amount, and the area where they overlap is the shared amount,
// as far as circles can picture it. With nothing shared the circles just
// touch; when the shared part fills the smaller circle, it is drawn inside
// the other.
func VennOf(ownA, ownB, shared float64) VennShape {
	ownA, ownB, shared = max(ownA, 0), max(ownB, 0), max(shared, 0)
	total := ownA + ownB + shared
	if total == 0 {
		return VennShape{}
	}
	// Areas relative to the whole, so the picture's size does not depend
	// on the unit (minutes, cents or energy points).
	areaA, areaB, lens := (ownA+shared)/total, (ownB+shared)/total, shared/total
	rA, rB := math.Sqrt(areaA/math.Pi), math.Sqrt(areaB/math.Pi)
	v := VennShape{RadiusA: rA, RadiusB: rB}
	switch {
	case lens <= 0:
		v.Distance = rA + rB
	case lens >= math.Min(areaA, areaB)-1e-12:
		v.Distance, v.Nested = math.Abs(rA-rB), true
	default:
		// The overlap shrinks as the centres move apart: find the distance
		// whose overlap is the shared area.
		lo, hi := math.Abs(rA-rB), rA+rB
		for range 100 {
			mid := (lo + hi) / 2
			if LensArea(rA, rB, mid) > lens {
				lo = mid
			} else {
				hi = mid
			}
		}
		v.Distance = (lo + hi) / 2
	}
	return v
}

// LensArea is the area where two circles of radii r1 and r2 with centres d
// apart overlap.
func LensArea(r1, r2, d float64) float64 {
	switch {
	case d >= r1+r2:
		return 0
	case d <= math.Abs(r1-r2):
		r := math.Min(r1, r2)
		return math.Pi * r * r
	}
	a1 := r1 * r1 * math.Acos((d*d+r1*r1-r2*r2)/(2*d*r1))
	a2 := r2 * r2 * math.Acos((d*d+r2*r2-r1*r1)/(2*d*r2))
	k := 0.5 * math.Sqrt((-d+r1+r2)*(d+r1-r2)*(d-r1+r2)*(d+r1+r2))
	return a1 + a2 - k
}

// Closeness is the picture-based measure of closeness each partner picks
// once a month: seven pairs of circles, from apart to almost one (the
// Inclusion of Other in the Self scale; Aron, Aron & Smollan, 1992). Venn
// asks for the pair that pictures the relationship as it feels now and the
// pair the partner would wish for.
type Closeness struct {
	ID        string
	Month     Date // first day of the month
	PartnerID string
	Now       int // 1..7
	Wished    int // 1..7
	// Private choices stay on this computer; the partner sees the others.
	Private bool
}

// ClosenessSteps is how many pictures the scale has.
const ClosenessSteps = 7

// ClosenessWordsIn describe each picture, for screen readers, in tr's
// language (nil: English).
func ClosenessWordsIn(tr *i18n.Tr) [ClosenessSteps + 1]string {
	return [ClosenessSteps + 1]string{"", tr.T("ui.model.closeness1"), tr.T("ui.model.closeness2"), tr.T("ui.model.closeness3"),
		tr.T("ui.model.closeness4"), tr.T("ui.model.closeness5"), tr.T("ui.model.closeness6"), tr.T("ui.model.closeness7")}
}

// ClosenessDistance is how far apart the centres of the two equal circles
// of picture k (1..7) are, in radii: apart at 1, almost one at 7.
func ClosenessDistance(k int) float64 {
	k = min(max(k, 1), ClosenessSteps)
	return []float64{2.25, 2, 1.6, 1.2, 0.85, 0.55, 0.25}[k-1]
}

// Validate checks a closeness choice.
func (c Closeness) Validate() error {
	if c.Month.IsZero() || c.Month.Day != 1 {
		return invalid("month", "ui.model.closenessMonth")
	}
	for _, v := range []int{c.Now, c.Wished} {
		if v < 1 || v > ClosenessSteps {
			return invalid("closeness", "ui.model.closenessPick", "Count", ClosenessSteps)
		}
	}
	if c.PartnerID == "" {
		return invalid("partner", "ui.model.closenessWhose")
	}
	return nil
}

// ClosenessPoint is one month of a partner's closeness trend; zero values
// mean the month was not rated.
type ClosenessPoint struct {
	Month       Date
	Now, Wished int
}

// ClosenessTrend is a partner's choices month by month from first to last
// (first days of months), unrated months left at zero.
func ClosenessTrend(choices []Closeness, partnerID string, first, last Date) []ClosenessPoint {
	byMonth := map[Date]Closeness{}
	for _, c := range choices {
		if c.PartnerID == partnerID {
			byMonth[c.Month] = c
		}
	}
	var out []ClosenessPoint
	for m := first; !last.Before(m); m = DateOf(m.Time().AddDate(0, 1, 0)) {
		p := ClosenessPoint{Month: m}
		if c, ok := byMonth[m]; ok {
			p.Now, p.Wished = c.Now, c.Wished
		}
		out = append(out, p)
	}
	return out
}

// ClosenessSentence says a choice in words: "some overlap now, much overlap wished for".
func ClosenessSentence(now, wished int) string {
	if now < 1 || now > ClosenessSteps || wished < 1 || wished > ClosenessSteps {
		return "not chosen"
	}
	words := ClosenessWordsIn(nil)
	if now == wished {
		return fmt.Sprintf("%s now, just as wished for", words[now])
	}
	return fmt.Sprintf("%s now, %s wished for", words[now], words[wished])
}
