package model

import (
	"fmt"
	"github.com/vennplanner/venn/i18n"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"golang.org/x/text/currency"
)

// Resource is one of the three things a couple shares out between goals.
type Resource string

// The three resources.
const (
	Time   Resource = "time"   // hours per week, stored in minutes
	Money  Resource = "money"  // per month, stored in the currency's minor units (cents)
	Energy Resource = "energy" // points per week, stored in tenths of a point
)

// Resources lists the resources in display order.
var Resources = []Resource{Time, Money, Energy}

// Period is the span capacities and allocations of the resource count in.
func (r Resource) Period() Period {
	if r == Money {
		return PerMonth
	}
	return PerWeek
}

// Title is the resource's name as a heading: "Time", "Money", "Energy".
func (r Resource) Title() string {
	if r == "" {
		return ""
	}
	return strings.ToUpper(string(r[:1])) + string(r[1:])
}

// TitleIn is Title in tr's language (nil: English).
func (r Resource) TitleIn(tr *i18n.Tr) string {
	switch r {
	case Time:
		return tr.T("ui.model.resourceTime")
	case Money:
		return tr.T("ui.model.resourceMoney")
	case Energy:
		return tr.T("ui.model.resourceEnergy")
	}
	return r.Title()
}

// ResourceWordIn is a resource named within a sentence ("time"), in tr's
// language (nil: English).
func ResourceWordIn(tr *i18n.Tr, r Resource) string {
	switch r {
	case Time:
		return tr.T("ui.model.resourceTimeWord")
	case Money:
		return tr.T("ui.model.resourceMoneyWord")
	case Energy:
		return tr.T("ui.model.resourceEnergyWord")
	}
	return string(r)
}

// Valid reports whether r is a known resource.
func (r Resource) Valid() bool { return r == Time || r == Money || r == Energy }

// Limits on amounts, in stored units.
const (
	MaxMinutesPerWeek = 168 * 60
	MaxMoneyUnits     = 1_000_000_000 // in whole currency units
	MaxEnergyTenths   = 1000 * 10
	DefaultEnergy     = 10 * 10 // ten points a week
)

// EnergyExplanation is the one sentence the panel shows about energy points.
const EnergyExplanation = "Energy points are how much emotional energy a week holds for you: pick a scale together (Venn starts at 10) and give each goal the share it really takes."

// EnergyExplanationIn is EnergyExplanation in tr's language (nil: English).
func EnergyExplanationIn(tr *i18n.Tr) string { return tr.T("ui.model.energyExplanation") }

// Amount is an integer quantity of a resource in stored units: minutes,
// minor currency units, or tenths of an energy point. Never a float.
type Amount int64

// CurrencyScale returns how many decimal digits the currency's minor unit has.
func CurrencyScale(code string) int {
	u, err := currency.ParseISO(code)
	if err != nil {
		return 2
	}
	scale, _ := currency.Standard.Rounding(u)
	return scale
}

// CurrencyUnit is how many minor units make one unit of the currency
// (100 cents to the euro, 1 for the yen).
func CurrencyUnit(code string) int64 { return pow10(CurrencyScale(code)) }

// CurrencySymbol is the currency's narrow symbol ("€", "$"), or its code.
func CurrencySymbol(code string) string { return currencySymbol(code) }

func currencySymbol(code string) string {
	u, err := currency.ParseISO(code)
	if err != nil {
		return code
	}
	return fmt.Sprint(currency.NarrowSymbol(u))
}

// ValidateAmount checks an amount per period of the resource.
func ValidateAmount(r Resource, a Amount, currencyCode string) error {
	if !r.Valid() {
		return invalid("resource", "ui.model.resourceUnknown", "Resource", quoted(r))
	}
	if a < 0 {
		return invalid("amount", "ui.model.amountNegative")
	}
	switch r {
	case Time:
		if a > MaxMinutesPerWeek {
			return invalid("amount", "ui.model.amountOverWeek", "Amount", FormatAmount(r, a, currencyCode))
		}
	case Money:
		if a > Amount(MaxMoneyUnits*pow10(CurrencyScale(currencyCode))) {
			return invalid("amount", "ui.model.amountTooMuchMoney", "Currency", currencyCode)
		}
	case Energy:
		if a > MaxEnergyTenths {
			return invalid("amount", "ui.model.energyMax")
		}
	}
	return nil
}

func pow10(n int) int64 {
	p := int64(1)
	for range n {
		p *= 10
	}
	return p
}

// ParseAmount reads what a person typed: hours ("7.5", "7:30"), money in
// the household's currency ("1,250.50", "1250,50", "€40"), energy points
// ("3.5"). It refuses negative and non-numeric input.
func ParseAmount(r Resource, text, currencyCode string) (Amount, error) {
	s := strings.TrimSpace(text)
	s = strings.TrimPrefix(s, currencySymbol(currencyCode))
	s = strings.TrimSuffix(strings.TrimPrefix(s, currencyCode), currencyCode)
	s = strings.TrimSuffix(strings.TrimSuffix(s, "h"), " ")
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, invalid("amount", "ui.model.amountEmpty")
	}
	if strings.HasPrefix(s, "-") {
		return 0, invalid("amount", "ui.model.amountNegative")
	}
	if r == Time {
		if h, m, ok := strings.Cut(s, ":"); ok {
			hh, err1 := strconv.Atoi(h)
			mm, err2 := strconv.Atoi(m)
			if err1 != nil || err2 != nil || mm < 0 || mm > 59 {
				return 0, invalid("amount", "ui.model.amountNotHours", "Text", quoted(text))
			}
			a := Amount(hh*60 + mm)
			return a, ValidateAmount(r, a, currencyCode)
		}
	}
	scale := map[Resource]int{Time: 2, Money: CurrencyScale(currencyCode), Energy: 1}[r]
	units, err := parseDecimal(s, scale)
	if err != nil {
		return 0, invalid("amount", "ui.model.amountNotNumber", "Text", quoted(text))
	}
	a := Amount(units)
	if r == Time {
		a = Amount(math.Round(float64(units) * 60 / 100)) // hundredths of an hour to minutes
	}
	return a, ValidateAmount(r, a, currencyCode)
}

// parseDecimal reads "1,234.56" or "1234,56" into an integer scaled by
// 10^scale, without floating point. The last '.' or ',' followed by at most
// scale digits is the decimal separator; other separators group thousands.
func parseDecimal(s string, scale int) (int64, error) {
	dec := strings.LastIndexAny(s, ".,")
	whole, frac := s, ""
	if dec >= 0 && len(s)-dec-1 <= scale && len(s)-dec-1 > 0 {
		whole, frac = s[:dec], s[dec+1:]
	}
	whole = strings.NewReplacer(",", "", ".", "", " ", "", "\u00a0", "", "'", "").Replace(whole)
	if whole == "" {
		whole = "0"
	}
	for _, part := range []string{whole, frac} {
		for _, c := range part {
			if c < '0' || c > '9' {
				return 0, fmt.Errorf("not a number")
			}
		}
	}
	if len(whole) > 15 {
		return 0, fmt.Errorf("too large")
	}
	w, _ := strconv.ParseInt(whole, 10, 64)
	frac += strings.Repeat("0", scale-len(frac))
	f := int64(0)
	if frac != "" {
		f, _ = strconv.ParseInt(frac, 10, 64)
	}
	return w*pow10(scale) + f, nil
}

// FormatAmount shows an amount the way people read it: "7.5 h", "€ 1,250.50",
// "3.5 pts".
func FormatAmount(r Resource, a Amount, currencyCode string) string {
	neg := a < 0
	if neg {
		a = -a
	}
	var out string
	switch r {
	case Time:
		out = Hours(int(a)) // "4 h", "4 h 30 min", "45 min": written the same everywhere
	case Money:
		scale := CurrencyScale(currencyCode)
		p := Amount(pow10(scale))
		out = currencySymbol(currencyCode) + " " + groupThousands(int64(a/p))
		if scale > 0 {
			out += fmt.Sprintf(".%0*d", scale, int64(a%p))
		}
	case Energy:
		switch {
		case a == 10:
			out = "1 pt"
		case a%10 == 0:
			out = fmt.Sprintf("%d pts", a/10)
		default:
			out = fmt.Sprintf("%d.%d pts", a/10, a%10)
		}
	default:
		out = strconv.FormatInt(int64(a), 10)
	}
	if neg {
		return "-" + out // a minus sign (U+2212) is not in every screen font
	}
	return out
}

// FormatPlain formats an amount for an input field: "7.5", "1250.50", "3.5".
func FormatPlain(r Resource, a Amount, currencyCode string) string {
	switch r {
	case Time:
		if a%60 == 0 {
			return strconv.FormatInt(int64(a/60), 10)
		}
		return fmt.Sprintf("%d:%02d", a/60, a%60)
	case Money:
		scale := CurrencyScale(currencyCode)
		if scale == 0 {
			return strconv.FormatInt(int64(a), 10)
		}
		p := Amount(pow10(scale))
		return fmt.Sprintf("%d.%0*d", a/p, scale, a%p)
	default:
		if a%10 == 0 {
			return strconv.FormatInt(int64(a/10), 10)
		}
		return fmt.Sprintf("%d.%d", a/10, a%10)
	}
}

func groupThousands(n int64) string {
	s := strconv.FormatInt(n, 10)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}

// Capacity is how much of a resource a partner has per period, from a day on.
type Capacity struct {
	ID        string
	PartnerID string
	Resource  Resource
	Amount    Amount
	From      Date
}

// Allocation assigns an amount of a resource per period to a goal. A shared
// goal's allocation is split between the partners: SplitA percent to
// partner A, the rest to partner B.
type Allocation struct {
	ID       string
	GoalID   string
	Resource Resource
	Amount   Amount
	SplitA   int // 0..100, for shared goals
	// Since is the day the allocation was made; zero when not known (made
	// by an older Venn, or imported without it).
	Since Date
}

// CountsFrom is the first day an allocation counts on: the start of the
// week (or month, for money) it was made in — an allocation is for whole
// periods, as a capacity is — or, when that day is not known, of the
// period its goal was made in. Zero when neither is known: it counts
// always.
func (a Allocation) CountsFrom(g Goal, weekStart time.Weekday) Date {
	made := a.Since
	if made.IsZero() && !g.Created.IsZero() {
		made = DateOf(g.Created.Local())
	}
	if made.IsZero() {
		return Date{}
	}
	return PeriodStart(a.Resource.Period(), made, weekStart)
}

// AllocatedBetween is what an allocation gives its goal over the days
// from..to (see AllocatedOver), counting only the days from the period it
// was made in (see CountsFrom).
func AllocatedBetween(a Allocation, g Goal, from, to Date, weekStart time.Weekday) Amount {
	if cf := a.CountsFrom(g, weekStart); from.Before(cf) {
		from = cf
	}
	if to.Before(from) {
		return 0
	}
	return AllocatedOver(a.Amount, a.Resource, from, to)
}

// Actual is a resource really spent on a goal by a partner on a day.
type Actual struct {
	ID        string
	GoalID    string
	PartnerID string
	Resource  Resource
	Amount    Amount
	Day       Date
	Note      string
}

// ValidateSplit checks a shared allocation's split, given as the two
// partners' percentages.
func ValidateSplit(a, b int) error {
	if a < 0 || b < 0 || a+b != 100 {
		return invalid("split", "ui.model.splitNot100", "A", a, "B", b, "Sum", a+b)
	}
	return nil
}

// CapacityFor returns a partner's capacity of a resource for the period
// (a week or a month) whose last day is last: the capacity set latest on
// or before that day. A capacity is for a whole period: one set on a
// Sunday is the whole week's, and one changed in the middle of a month is
// that month's, never a share of what is left of it. Until a capacity is
// set, energy has DefaultEnergy and time and money nothing; set reports
// whether one was.
func CapacityFor(caps []Capacity, partnerID string, r Resource, last Date) (amount Amount, set bool) {
	var best Date
	for _, c := range caps {
		if c.PartnerID != partnerID || c.Resource != r || last.Before(c.From) {
			continue
		}
		if !set || best.Before(c.From) {
			amount, best, set = c.Amount, c.From, true
		}
	}
	if !set && r == Energy {
		return DefaultEnergy, false
	}
	return amount, set
}

// CapacityWithin returns a partner's capacity of a resource over the days
// from..to: each period of the resource that they touch (see CapacityFor)
// counts for the share of its days that fall within them. It is what
// spending over a span is measured against; set reports whether any of
// those periods has a capacity set.
func CapacityWithin(caps []Capacity, partnerID string, r Resource, from, to Date, weekStart time.Weekday) (amount Amount, set bool) {
	sum := overPeriods(r, from, to, weekStart, func(last Date) Amount {
		c, ok := CapacityFor(caps, partnerID, r, last)
		set = set || ok
		return c
	})
	return Amount(math.Round(sum)), set
}

// overPeriods adds up, over the periods of a resource that the days
// from..to touch, each period's amount (given its last day) times the
// share of its days within from..to.
func overPeriods(r Resource, from, to Date, weekStart time.Weekday, amount func(last Date) Amount) float64 {
	var sum float64
	for ps := PeriodStart(r.Period(), from, weekStart); !to.Before(ps); ps = nextPeriod(r.Period(), ps) {
		pe := PeriodLast(r.Period(), ps)
		a := amount(pe)
		sum += float64(a) * float64(daysBetween(laterOf(ps, from), earlierOf(pe, to))+1) / float64(daysBetween(ps, pe)+1)
	}
	return sum
}

// Share returns the part of an allocation that falls to a partner: all of
// it for their personal goal, their percentage of it for a shared goal,
// nothing for the other partner's goal.
func Share(a Allocation, g Goal, p Partner) Amount {
	switch {
	case g.Owner == Owner(p.ID):
		return a.Amount
	case g.Owner != Shared:
		return 0
	case p.Slot == SlotA:
		return Amount((int64(a.Amount)*int64(a.SplitA) + 50) / 100)
	default:
		return a.Amount - Amount((int64(a.Amount)*int64(a.SplitA)+50)/100)
	}
}

// Balance is one partner's position on one resource for a period.
type Balance struct {
	Resource  Resource
	Capacity  Amount
	Personal  Amount // allocated to the partner's own goals
	Shared    Amount // the partner's share of shared goals
	Used      Amount // actually spent in the range
	Allocated Amount // Personal + Shared
	Free      Amount // Capacity − Allocated; negative when over-allocated
	// SpanCapacity is the capacity over the range Used is counted in (see
	// CapacityWithin), and HasCapacity whether one is set for it (energy
	// always has one: Venn starts at DefaultEnergy).
	SpanCapacity Amount
	HasCapacity  bool
}

// Over reports whether the partner has promised more than they have.
func (b Balance) Over() bool { return b.Free < 0 }

// PastCapacity is how much more the partner used in the range than their
// capacity over it; zero when they stayed within it or have none set.
func (b Balance) PastCapacity() Amount {
	if !b.HasCapacity || b.Used <= b.SpanCapacity {
		return 0
	}
	return b.Used - b.SpanCapacity
}

// Balances computes, for each partner and resource: the capacity of the
// resource's period (week or month, weeks starting on weekStart) that
// contains day, whole (see CapacityFor); what is allocated per
// period to live, unarchived goals by allocations made by then (see
// CountsFrom); and what was used from..to, with the
// capacity over those days to measure it against.
func Balances(partners []Partner, goals []Goal, caps []Capacity, allocs []Allocation, actuals []Actual, day, from, to Date, weekStart time.Weekday) map[string][]Balance {
	byID := make(map[string]Goal, len(goals))
	for _, g := range goals {
		byID[g.ID] = g
	}
	type key struct {
		partner string
		r       Resource
	}
	used := map[key]Amount{}
	for _, x := range actuals {
		if !x.Day.Before(from) && !to.Before(x.Day) {
			used[key{x.PartnerID, x.Resource}] += x.Amount
		}
	}
	out := map[string][]Balance{}
	for _, p := range partners {
		bal := make([]Balance, len(Resources))
		for i, r := range Resources {
			ps := PeriodStart(r.Period(), day, weekStart)
			pe := DateOf(nextPeriod(r.Period(), ps).Time().AddDate(0, 0, -1))
			c, _ := CapacityFor(caps, p.ID, r, pe)
			within, set := CapacityWithin(caps, p.ID, r, from, to, weekStart)
			bal[i] = Balance{Resource: r, Capacity: c, Used: used[key{p.ID, r}], SpanCapacity: within, HasCapacity: set || r == Energy}
		}
		for _, a := range allocs {
			g, ok := byID[a.GoalID]
			i := slices.Index(Resources, a.Resource)
			if !ok || g.Archived || i < 0 || PeriodStart(a.Resource.Period(), day, weekStart).Before(a.CountsFrom(g, weekStart)) {
				continue // not a live goal's, or made after the period
			}
			share := Share(a, g, p)
			if g.Owner == Shared {
				bal[i].Shared += share
			} else {
				bal[i].Personal += share
			}
		}
		for i := range bal {
			bal[i].Allocated = bal[i].Personal + bal[i].Shared
			bal[i].Free = bal[i].Capacity - bal[i].Allocated
		}
		out[p.ID] = bal
	}
	return out
}

// AllocatedOver converts a per-period allocation into the amount for a range
// of days (for "allocated vs used" over a week, month or quarter): each
// week or calendar month counts for the share of its days within the
// range, so two whole months of € 60 a month are € 120.
func AllocatedOver(perPeriod Amount, r Resource, from, to Date) Amount {
	if to.Before(from) {
		return 0
	}
	return Amount(math.Round(overPeriods(r, from, to, time.Monday, func(Date) Amount { return perPeriod })))
}
