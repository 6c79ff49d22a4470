package model

import (
	"fmt"
	"github.com/vennplanner/venn/i18n"
	"slices"
	"strings"
	"time"
	"unicode/utf8"
)

// BlockKind is what a calendar block is for; it decides its colour.
type BlockKind string

// Kinds of calendar block. A solo block belongs to one partner (Owner);
// the others belong to both.
const (
	KindSolo     BlockKind = "solo"
	KindJoint    BlockKind = "joint"
	KindFlexible BlockKind = "flexible"
	KindBuffer   BlockKind = "buffer"
)

// BlockKinds lists the kinds in the order the legend shows them.
var BlockKinds = []BlockKind{KindSolo, KindJoint, KindFlexible, KindBuffer}

// Colours of the kinds that are not a partner's own.
const (
	FlexibleColor = "#2a9d8f"
	BufferColor   = "#9ca3af"
)

// WallTime is a day and a time of day on the wall clock, without a zone:
// "Tuesday 18:00" stays 18:00 when the clocks change.
type WallTime struct {
	Date   Date
	Minute int // minutes after midnight, 0..1439
}

// ParseWallTime reads "2026-11-22T18:30".
func ParseWallTime(s string) (WallTime, error) {
	day, clock, ok := strings.Cut(s, "T")
	if !ok {
		return WallTime{}, fmt.Errorf("%q is not a time like 2026-11-22T18:30", s)
	}
	d, err := ParseDate(day)
	if err != nil || d.IsZero() {
		return WallTime{}, fmt.Errorf("%q is not a time like 2026-11-22T18:30", s)
	}
	m, err := ParseClock(clock)
	if err != nil {
		return WallTime{}, err
	}
	return WallTime{Date: d, Minute: m}, nil
}

// ParseClock reads "18:30" as minutes after midnight.
func ParseClock(s string) (int, error) {
	var h, m int
	if n, err := fmt.Sscanf(s, "%d:%d", &h, &m); err != nil || n != 2 || len(s) != 5 || h < 0 || h > 23 || m < 0 || m > 59 {
		return 0, fmt.Errorf("%q is not a time of day like 18:30", s)
	}
	return h*60 + m, nil
}

// FormatClock writes minutes after midnight as "18:30".
func FormatClock(minute int) string { return fmt.Sprintf("%02d:%02d", minute/60, minute%60) }

// String formats the wall time as "2026-11-22T18:30", or "" when unset.
func (w WallTime) String() string {
	if w.Date.IsZero() {
		return ""
	}
	return w.Date.String() + "T" + FormatClock(w.Minute)
}

// In returns the instant the wall time names in loc. A time that does not
// exist (inside a spring-forward gap) moves forward, as clocks do.
func (w WallTime) In(loc *time.Location) time.Time {
	return time.Date(w.Date.Year, w.Date.Month, w.Date.Day, w.Minute/60, w.Minute%60, 0, 0, loc)
}

// Before reports whether w is earlier than o.
func (w WallTime) Before(o WallTime) bool {
	if c := w.Date.Compare(o.Date); c != 0 {
		return c < 0
	}
	return w.Minute < o.Minute
}

// MinutesSince is the wall-clock minutes from o to w (ignoring clock changes).
func (w WallTime) MinutesSince(o WallTime) int {
	return daysBetween(o.Date, w.Date)*24*60 + w.Minute - o.Minute
}

// AddMinutes moves a wall time by wall-clock minutes.
func (w WallTime) AddMinutes(m int) WallTime {
	total := w.Minute + m
	days := total / (24 * 60)
	if total < 0 && total%(24*60) != 0 {
		days--
	}
	return WallTime{Date: w.Date.AddDays(days), Minute: total - days*24*60}
}

// Block is a span of time on the calendar, once or every week on some days.
type Block struct {
	ID    string
	Title string
	Kind  BlockKind
	Owner string // a partner's id for a solo block, else ""
	Start WallTime
	End   WallTime
	Days  []time.Weekday // repeat weekly on these days; nil means once (or Cycle)
	// Cycle repeats the block every month or every year instead of weekly
	// (Days is then nil): monthly on the start's weekday of its week in the
	// month ("the first Saturday"), yearly on the start's date.
	Cycle   Cycle
	Until   Date   // last day a repeat may start on; zero means no end
	Skip    []Date // days whose occurrence was deleted
	Notes   string
	Private bool
	// GoalID or RitualID links the block to what it is time for: a past
	// occurrence of a block linked to a goal counts as time used for it.
	GoalID   string
	RitualID string
}

// Cycle is how a block repeats when it does not repeat weekly.
type Cycle string

// Cycles of a block.
const (
	CycleNone    Cycle = ""        // once, or weekly on Days
	CycleMonthly Cycle = "monthly" // the same weekday of the same week of each month
	CycleYearly  Cycle = "yearly"  // the same date each year
)

// weekOfMonth is which of its weekday d is in its month: 1 for the
// first… 4 for the fourth, 5 for a fifth (the month's last).
func weekOfMonth(d Date) int { return (d.Day-1)/7 + 1 }

// MonthWeek is which week of the month a monthly block keeps: 1 to 4, or
// -1 for the month's last (as iCalendar writes it).
func (b Block) MonthWeek() int {
	if n := weekOfMonth(b.Start.Date); n < 5 {
		return n
	}
	return -1
}

// isLastOfMonth reports whether d is the last of its weekday in its month.
func isLastOfMonth(d Date) bool { return d.AddDays(7).Month != d.Month }

// occursOn reports whether a repeating block has an occurrence starting on
// day (its start and end, skips aside).
func (b Block) occursOn(day Date) bool {
	s := b.Start.Date
	switch b.Cycle {
	case CycleMonthly:
		if day.Time().Weekday() != s.Time().Weekday() {
			return false
		}
		if weekOfMonth(s) == 5 { // "the last Saturday"
			return isLastOfMonth(day)
		}
		return weekOfMonth(day) == weekOfMonth(s)
	case CycleYearly:
		if day.Month != s.Month {
			return false
		}
		if s.Month == 2 && s.Day == 29 && !isLeap(day.Year) {
			return day.Day == 28 // an anniversary on 29 February, kept on the 28th
		}
		return day.Day == s.Day
	}
	return slices.Contains(b.Days, day.Time().Weekday())
}

func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

// ordinals name a week of the month.
var ordinals = []string{"", "first", "second", "third", "fourth", "last"}

// RepeatWords says how a block repeats: "Once", "Every week on Tue, Thu",
// "Every month on the first Saturday", "Every year on 16 December".
func (b Block) RepeatWords() string {
	s := b.Start.Date
	switch {
	case b.Cycle == CycleMonthly:
		return "Every month on the " + ordinals[weekOfMonth(s)] + " " + s.Time().Weekday().String()
	case b.Cycle == CycleYearly:
		return "Every year on " + s.Time().Format("2 January")
	case b.Days != nil:
		var names []string
		for _, d := range b.Days {
			names = append(names, d.String()[:3])
		}
		return "Every week on " + strings.Join(names, ", ")
	}
	return "Once"
}

// Limits on blocks.
const (
	MaxBlockDays = 7
	MaxSkips     = 400
)

// Repeats reports whether the block recurs: weekly, monthly or yearly.
func (b Block) Repeats() bool { return b.Days != nil || b.Cycle != CycleNone }

// Length is the block's wall-clock length in minutes.
func (b Block) Length() int { return b.End.MinutesSince(b.Start) }

// Validate checks a block; partners are the household's. The first rule
// broken is reported: its words, whose it is, when it is, how it repeats.
func (b Block) Validate(partners []Partner) error {
	if err := b.validateWords(); err != nil {
		return err
	}
	if err := b.validateOwner(partners); err != nil {
		return err
	}
	if err := b.validateSpan(); err != nil {
		return err
	}
	return b.validateRepeat()
}

// validateWords checks the block's title and notes.
func (b Block) validateWords() error {
	title := strings.TrimSpace(b.Title)
	if title == "" {
		return invalid("title", "ui.model.blockTitleEmpty")
	}
	if utf8.RuneCountInString(title) > MaxTitleLen {
		return invalid("title", "ui.model.blockTitleTooLong", "Max", MaxTitleLen)
	}
	if utf8.RuneCountInString(b.Notes) > MaxNotesLen {
		return invalid("notes", "ui.model.blockNotesTooLong", "Max", MaxNotesLen)
	}
	return nil
}

// validateOwner checks the kind of time and whose it is: solo time is one
// partner's, every other kind the couple's.
func (b Block) validateOwner(partners []Partner) error {
	switch b.Kind {
	case KindSolo:
		if !slices.ContainsFunc(partners, func(p Partner) bool { return p.ID == b.Owner }) {
			return invalid("owner", "ui.model.soloWhose")
		}
	case KindJoint, KindFlexible, KindBuffer:
		if b.Owner != "" {
			return invalid("owner", "ui.model.onlySoloOwned")
		}
	default:
		return invalid("kind", "ui.model.blockKindUnknown", "Kind", quoted(b.Kind))
	}
	return nil
}

// validateSpan checks the start and the end.
func (b Block) validateSpan() error {
	if b.Start.Date.IsZero() || b.End.Date.IsZero() {
		return invalid("start", "ui.model.blockNeedsTimes")
	}
	if b.Start.Date.Year < MinYear || b.End.Date.Year > MaxYear {
		return invalid("start", "ui.model.datesBetween", "Min", MinYear, "Max", MaxYear)
	}
	if !b.Start.Before(b.End) {
		return invalid("end", "ui.model.endAfterStart")
	}
	if b.Length() > MaxBlockDays*24*60 {
		return invalid("end", "ui.model.blockTooLong", "Max", MaxBlockDays)
	}
	return nil
}

// validateRepeat checks how the block repeats and what it is time for.
func (b Block) validateRepeat() error {
	switch b.Cycle {
	case CycleNone:
	case CycleMonthly, CycleYearly:
		if b.Days != nil {
			return invalid("repeat", "ui.model.repeatOneWay")
		}
	default:
		return invalid("repeat", "ui.model.repeatUnknown", "Repeat", quoted(string(b.Cycle)))
	}
	if b.GoalID != "" && b.RitualID != "" {
		return invalid("for", "ui.model.blockLinkOne")
	}
	if b.Days != nil && len(b.Days) == 0 {
		return invalid("repeat", "ui.model.repeatWeekday")
	}
	for _, d := range b.Days {
		if d < time.Sunday || d > time.Saturday {
			return invalid("repeat", "ui.model.weekdayUnknown", "Day", int(d))
		}
	}
	if !b.Until.IsZero() && (!b.Repeats() || b.Until.Before(b.Start.Date)) {
		return invalid("until", "ui.model.repeatUntil")
	}
	if len(b.Skip) > MaxSkips {
		return tooManySkips()
	}
	return nil
}

func tooManySkips() error {
	return invalid("repeat", "ui.model.tooManyDeleted")
}

// WithoutDay returns the series with the occurrence of day taken out.
func (b Block) WithoutDay(day Date) (Block, error) {
	b.Skip = append(slices.Clone(b.Skip), day)
	if len(b.Skip) > MaxSkips {
		return b, tooManySkips()
	}
	return b, nil
}

// Moved returns the block moved so that the occurrence that started on day
// starts at start and lasts minutes. A repeating block moves as a series:
// its time of day changes, and moving it to another day moves each of its
// weekdays (and its end) by as many days.
func (b Block) Moved(day Date, start WallTime, minutes int) Block {
	from := day
	if !b.Repeats() {
		from = b.Start.Date
	}
	shift := daysBetween(from, start.Date)
	b.Start = WallTime{Date: b.Start.Date.AddDays(shift), Minute: start.Minute}
	b.End = b.Start.AddMinutes(minutes)
	if b.Cycle != CycleNone {
		// A monthly or yearly series follows its start: moved to another
		// day, it becomes "the first Sunday" or "every 17 December".
		if !b.Until.IsZero() && shift != 0 {
			b.Until = b.Until.AddDays(shift)
		}
		return b
	}
	if b.Repeats() && shift != 0 {
		days := make([]time.Weekday, len(b.Days))
		for i, d := range b.Days {
			days[i] = time.Weekday(((int(d)+shift)%7 + 7) % 7)
		}
		slices.Sort(days)
		b.Days = days
		if !b.Until.IsZero() {
			b.Until = b.Until.AddDays(shift)
		}
	}
	return b
}

// Color is the block's colour: the owner's for solo time.
func (b Block) Color(partners []Partner) string {
	switch b.Kind {
	case KindSolo:
		return OwnerColor(Owner(b.Owner), partners)
	case KindJoint:
		return SharedColor
	case KindFlexible:
		return FlexibleColor
	}
	return BufferColor
}

// KindNameIn is KindName in tr's language (nil: English).
func KindNameIn(tr *i18n.Tr, k BlockKind, owner string, partners []Partner) string {
	switch k {
	case KindSolo:
		return tr.T("ui.model.kindSolo", "Name", Shorten(OwnerName(Owner(owner), partners), ShortNameLen))
	case KindJoint:
		return tr.T("ui.model.kindJoint")
	case KindFlexible:
		return tr.T("ui.model.kindFlexible")
	}
	return tr.T("ui.model.kindBuffer")
}

// KindName is how the legend calls a kind; solo time names its partner.
func KindName(k BlockKind, owner string, partners []Partner) string {
	switch k {
	case KindSolo:
		return Shorten(OwnerName(Owner(owner), partners), ShortNameLen) + "'s solo time"
	case KindJoint:
		return "Joint commitment"
	case KindFlexible:
		return "Flexible time"
	}
	return "Buffer zone (left unplanned)"
}

// Occurrence is one showing of a block: the day it starts on and its wall
// times, and the instants they name in the calendar's zone.
type Occurrence struct {
	Block      *Block
	Day        Date // the day it starts (the series' day, for deleting one)
	Start, End WallTime
	From, To   time.Time
}

// Minutes is the occurrence's real length, clock changes included.
func (o Occurrence) Minutes() int { return int(o.To.Sub(o.From).Minutes()) }

// Expand returns every occurrence of blocks that overlaps the days from..to
// (inclusive), by start, in loc.
func Expand(blocks []Block, from, to Date, loc *time.Location) []Occurrence {
	var out []Occurrence
	for i := range blocks {
		out = expandOne(out, &blocks[i], from, to, loc)
	}
	slices.SortStableFunc(out, func(a, b Occurrence) int {
		if c := a.From.Compare(b.From); c != 0 {
			return c
		}
		return strings.Compare(a.Block.ID, b.Block.ID)
	})
	return out
}

func expandOne(out []Occurrence, b *Block, from, to Date, loc *time.Location) []Occurrence {
	length := b.Length()
	if length <= 0 {
		// Two computers moved the two ends past each other; sync kept both
		// edits. Show a short block so it can be seen and fixed.
		length = 30
	}
	emit := func(day Date) {
		start := WallTime{Date: day, Minute: b.Start.Minute}
		end := start.AddMinutes(length)
		// Keep what overlaps the range's days.
		if !(WallTime{Date: from}).Before(end) || !start.Before(WallTime{Date: to.AddDays(1)}) {
			return
		}
		if slices.Contains(b.Skip, day) {
			return
		}
		out = append(out, Occurrence{Block: b, Day: day, Start: start, End: end, From: start.In(loc), To: end.In(loc)})
	}
	if !b.Repeats() {
		emit(b.Start.Date)
		return out
	}
	// A repeat that started up to a week before from may still reach into it.
	first := from.AddDays(-(length/(24*60) + 1))
	if first.Before(b.Start.Date) {
		first = b.Start.Date
	}
	last := to
	if !b.Until.IsZero() && b.Until.Before(last) {
		last = b.Until
	}
	for d := first; !last.Before(d); d = d.AddDays(1) {
		if b.occursOn(d) {
			emit(d)
		}
	}
	return out
}

// LinkedActuals is the time blocks linked to a goal gave it: one Actual of
// time per partner for each occurrence between from and to that has ended
// by now — the owner's for solo time, each partner's for joint, flexible
// and buffer time (they were both there). They are not stored; they count
// wherever time used counts.
func LinkedActuals(blocks []Block, partners []Partner, from, to Date, now time.Time, loc *time.Location) []Actual {
	var linked []Block
	for _, b := range blocks {
		if b.GoalID != "" {
			linked = append(linked, b)
		}
	}
	var out []Actual
	for _, o := range Expand(linked, from, to, loc) {
		if o.To.After(now) || o.Day.Before(from) || to.Before(o.Day) {
			continue
		}
		who := []string{o.Block.Owner}
		if o.Block.Kind != KindSolo {
			who = who[:0]
			for _, p := range partners {
				who = append(who, p.ID)
			}
		}
		for _, id := range who {
			out = append(out, Actual{ID: linkedPrefix + o.Block.ID + "/" + o.Day.String() + "/" + id, GoalID: o.Block.GoalID, PartnerID: id,
				Resource: Time, Amount: Amount(o.Minutes()), Day: o.Day, Note: "In the calendar: " + o.Block.Title})
		}
	}
	return out
}

// linkedPrefix begins the id of an Actual made from a calendar block.
const linkedPrefix = "block/"

// FromCalendar reports whether the actual is a linked block's time (made
// by LinkedActuals, not logged, not stored).
func (a Actual) FromCalendar() bool { return strings.HasPrefix(a.ID, linkedPrefix) }

// SoloClashes returns the solo occurrences among others that a joint
// block's occurrences between from and to overlap: "this joint plan sits
// on Maya's solo evening".
func SoloClashes(joint Block, others []Block, from, to Date, loc *time.Location) []Occurrence {
	if joint.Kind != KindJoint {
		return nil
	}
	var solo []Block
	for _, b := range others {
		if b.Kind == KindSolo && b.ID != joint.ID {
			solo = append(solo, b)
		}
	}
	mine := Expand([]Block{joint}, from, to, loc)
	var out []Occurrence
	seen := map[string]bool{}
	for _, o := range Expand(solo, from, to, loc) {
		for _, j := range mine {
			key := o.Block.ID + o.Day.String()
			if o.From.Before(j.To) && j.From.Before(o.To) && !seen[key] {
				seen[key] = true
				out = append(out, o)
			}
		}
	}
	return out
}

// Placed is an occurrence laid out in a day column: overlapping
// occurrences sit side by side, Column of Columns.
type Placed struct {
	Occurrence
	Column, Columns int
}

// LayoutOverlaps places a day's occurrences (sorted by start) so that
// overlapping ones share the width: each cluster of overlaps gets as many
// columns as it needs at its busiest.
func LayoutOverlaps(occs []Occurrence) []Placed {
	out := make([]Placed, len(occs))
	var clusterStart int
	var colEnds []time.Time
	var clusterEnd time.Time
	closeCluster := func(end int) {
		for k := clusterStart; k < end; k++ {
			out[k].Columns = len(colEnds)
		}
	}
	for i, o := range occs {
		if i > 0 && !o.From.Before(clusterEnd) {
			closeCluster(i)
			clusterStart, colEnds = i, nil
		}
		col := -1
		for c, end := range colEnds {
			if !o.From.Before(end) {
				col = c
				break
			}
		}
		if col < 0 {
			col = len(colEnds)
			colEnds = append(colEnds, o.To)
		} else {
			colEnds[col] = o.To
		}
		out[i] = Placed{Occurrence: o, Column: col}
		if i == clusterStart || o.To.After(clusterEnd) {
			clusterEnd = o.To
		}
	}
	closeCluster(len(occs))
	return out
}

// TimeBalance is a week's planned time by kind, in minutes.
type TimeBalance struct {
	Solo     map[string]int // partner id → minutes of solo time
	Joint    int
	Flexible int
	Buffer   int
}

// BalanceTargets are the couple's own aims for a week, in minutes (0: none).
type BalanceTargets struct {
	SoloEach int
	Joint    int
	// SoloA and SoloB are a partner's own solo aim (0: SoloEach). One of
	// you may need more time alone than the other; with aims of your own,
	// a difference between your solo times is never flagged.
	SoloA, SoloB int
}

// SoloFor is a partner's solo aim: their own, else the one for each.
func (t BalanceTargets) SoloFor(p Partner) int {
	own := t.SoloA
	if p.Slot == SlotB {
		own = t.SoloB
	}
	if own > 0 {
		return own
	}
	return t.SoloEach
}

// Valid reports whether every aim is between 0 and a week's minutes.
func (t BalanceTargets) Valid() bool {
	for _, v := range []int{t.SoloEach, t.Joint, t.SoloA, t.SoloB} {
		if v < 0 || v > 7*24*60 {
			return false
		}
	}
	return true
}

// ownAims reports whether either partner has a solo aim of their own.
func (t BalanceTargets) ownAims() bool { return t.SoloA > 0 || t.SoloB > 0 }

// WeekBalance adds up the occurrences' minutes inside [from, to) by kind.
func WeekBalance(occs []Occurrence, from, to time.Time) TimeBalance {
	b := TimeBalance{Solo: map[string]int{}}
	for _, o := range occs {
		start, end := o.From, o.To
		if start.Before(from) {
			start = from
		}
		if end.After(to) {
			end = to
		}
		if !start.Before(end) {
			continue
		}
		m := int(end.Sub(start).Minutes())
		switch o.Block.Kind {
		case KindSolo:
			b.Solo[o.Block.Owner] += m
		case KindJoint:
			b.Joint += m
		case KindFlexible:
			b.Flexible += m
		case KindBuffer:
			b.Buffer += m
		}
	}
	return b
}

// BalanceFlags returns gentle notes where a side shrinks: a partner's solo
// time under their aim, or — when neither has an aim of their own — far
// under the other's (less than half), and joint time under its aim. A
// partner who aims for more solo time than the other is never flagged for
// having it: different needs are not an imbalance.
func BalanceFlags(b TimeBalance, t BalanceTargets, partners []Partner) []string {
	var out []string
	for i, p := range partners {
		mine := b.Solo[p.ID]
		other := 0
		if len(partners) == 2 {
			other = b.Solo[partners[1-i].ID]
		}
		aim := t.SoloFor(p)
		switch {
		case aim > 0 && mine < aim:
			out = append(out, fmt.Sprintf("%s has %s of solo time this week; the aim is at least %s.", p.Name, Hours(mine), Hours(aim)))
		case !t.ownAims() && other >= 120 && mine*2 < other:
			out = append(out, fmt.Sprintf("%s's solo time (%s) is less than half of %s's (%s) this week.", p.Name, Hours(mine), partners[1-i].Name, Hours(other)))
		}
	}
	if t.Joint > 0 && b.Joint < t.Joint {
		out = append(out, fmt.Sprintf("Joint time is %s this week; you aimed for at least %s.", Hours(b.Joint), Hours(t.Joint)))
	}
	return out
}

// Hours formats minutes as "4 h" or "4 h 30 min".
func Hours(minutes int) string {
	h, m := minutes/60, minutes%60
	switch {
	case m == 0:
		return fmt.Sprintf("%d h", h)
	case h == 0:
		return fmt.Sprintf("%d min", m)
	}
	return fmt.Sprintf("%d h %d min", h, m)
}
