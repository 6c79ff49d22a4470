package report

import (
	"fmt"
	"image/color"
	"io"
	"math"
	"strings"

	"codeberg.org/go-pdf/fpdf"
	"github.com/vennplanner/venn/i18n"
	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/model/chart"
)

// Paper sizes a summary can be printed on.
const (
	PaperA4     = "A4"
	PaperLetter = "Letter"
)

// Summary is everything a printable summary shows, already filtered (no
// private items) and formatted by the caller.
type Summary struct {
	Household string
	Period    string // "2026-Q4" or "2026"
	// PeriodName is the period in the summary's language ("Q4 2026"); ""
	// prints Period.
	PeriodName string
	Range      string // "1 Oct – 31 Dec 2026"
	Partners   []Person
	Lanes      []GoalLane
	Resources  []ResourceLine
	Split      *chart.Chart // per-partner split chart, or nil
	Weekly     *chart.Chart // allocated vs used chart, or nil
	Rituals    []RitualLine
	NextGoals  []string      // goals aimed at the next period
	Quarters   []QuarterLine // annual summaries: each quarter's done goals
	Values     []ValueGroup  // core values, each partner's and the couple's shared ones
	Contracts  []ContractLine
	Venn       *VennFigure // the cover's picture of me, you and us, or nil

	// Sections filled by the features that have them; nil prints a short
	// "nothing here" line instead.
	Milestones *Section
	Calendar   *Section
	Presence   *Section // how present time together felt, beside the hours
	Checkins   *Section
	Balance    *Section
	Needs      *Section // autonomy, competence and relatedness month by month
	Closeness  *Section // "Where do we stand?": the pictures the partners shared
	// Appreciations counts each partner's notes and prints the printable ones.
	Appreciations *Section
	Agreements    *Section // the couple's agreements and how requests went
	Talk          *Section // "Worth talking about"
	LifeEvents    *Section
	Sessions      *Section
	Review        *Section // annual summaries only
	// Memories are the year's memories, on a page of their own (annual
	// summaries only), and the small print under them.
	Memories     []MemoryLine
	MemoriesNote string

	// Lang is the language the summary is written in (nil: English): its
	// headings, tables and notes, and its paragraphs' direction.
	Lang *i18n.Tr
}

// Section is a block of the summary: lines of text, an optional chart and
// small print under it.
type Section struct {
	Lines []Line
	Chart *chart.Chart
	Note  string
}

// Line is one line of a section: a bold lead ("Maya", "Week of 9 Nov") and
// text, with an optional colour swatch (zero Color means none).
type Line struct {
	Lead  string
	Text  string
	Color color.NRGBA
}

// Person is a partner as printed.
type Person struct {
	Name  string
	Color color.NRGBA
}

// GoalLane is one owner's goals.
type GoalLane struct {
	Owner string
	Color color.NRGBA
	Goals []GoalLine
}

// GoalLine is one goal as printed.
type GoalLine struct {
	Title    string
	Column   string
	Progress string // "3/5" or ""
	// Split is who does the steps of a shared goal, "Maya 3 steps, Liam 2,
	// both 1"; "" when no step names anyone.
	Split  string
	Target string
	Done   bool
}

// ResourceLine is one partner's resource figures, already formatted. Over
// marks a partner who promised more than they have; UsedPast, when not
// empty, is how much more than their capacity over the period they used.
type ResourceLine struct {
	Partner, Resource, Capacity, Allocated, Free, Used string
	Over                                               bool
	UsedPast                                           string
}

// RitualLine is one ritual with its strength and consistency in the period.
type RitualLine struct {
	Title       string
	Who         string
	Cadence     string
	Strength    int     // percent, today
	Consistency float64 // share of the times the cadence asked for that were kept, each of its periods judged on its own, 0..1
	Color       color.NRGBA
	Weeks       []float64 // per week of the period: share kept, 0..1, or -1 for paused
}

// ValueGroup is one owner's core values.
type ValueGroup struct {
	Owner  string
	Color  color.NRGBA
	Values []string
}

// ContractLine is a development contract as printed, with the reviews of
// the period.
type ContractLine struct {
	Owner      string
	Color      color.NRGBA
	Goal       string
	Commitment string
	Support    string
	Cadence    string // "Reviewed every 2 weeks since 5 Oct 2026"
	Next       string // "Next review 16 Nov 2026", or ""
	Reviews    []ReviewLine
}

// ReviewLine is one review of a contract.
type ReviewLine struct {
	Day    string
	Rating int // 1..5
	Note   string
}

// QuarterLine is one quarter of an annual summary.
type QuarterLine struct {
	Quarter string
	Done    []string
}

// Title is the period as the summary names it.
func (s Summary) Title() string {
	if s.PeriodName != "" {
		return s.PeriodName
	}
	return s.Period
}

// sharedColor marks the couple's shared goals in the key.
var sharedColor = color.NRGBA{R: 0x9a, G: 0x7b, B: 0xb5, A: 0xff}

// WritePDF lays the summary out on paper (A4 or Letter) with the fonts it
// needs embedded (subsets only), the household and period on every page,
// and page numbers.
func WritePDF(w io.Writer, s Summary, paper string) error {
	pdf := newPDF(paper)
	// fpdf's own conversion to UTF-16 knows no surrogate pairs (🏠 came out
	// as "ߏ"): the title goes in as UTF-16BE with its byte-order mark.
	tr := s.Lang
	pdf.SetTitle(utf16BE(tr.T("summary.title", "Period", s.Title(), "Household", s.Household)), false)
	pdf.SetCreator("Venn", false)
	l := newLayout(pdf)
	l.tr = tr
	l.mirror = tr.RTL() || rightToLeft(split(s.Household, bodyLook))
	l.cover(s)
	l.venn(s.Venn)
	l.goals(s)
	l.values(s)
	l.section(tr.T("summary.milestones"), s.Milestones, tr.T("summary.milestones.none"))
	l.contracts(s)
	l.resources(s)
	l.rituals(s)
	l.middle(s)
	l.next(s)
	l.memories(s)
	l.frame(s.Household, s.Title())
	if pdf.Err() {
		return fmt.Errorf("lay out the summary: %w", pdf.Error())
	}
	if err := pdf.Output(w); err != nil {
		return fmt.Errorf("write the summary: %w", err)
	}
	return nil
}

// middle prints the sections between the rituals and the next period.
func (l *layout) middle(s Summary) {
	tr := l.tr
	l.section(tr.T("summary.calendar"), s.Calendar, tr.T("summary.calendar.none"))
	l.optional(tr.T("summary.presence"), s.Presence)
	l.section(tr.T("summary.checkins"), s.Checkins, tr.T("summary.checkins.none"))
	l.section(tr.T("summary.balance"), s.Balance, tr.T("summary.balance.none"))
	l.optional(tr.T("summary.needs"), s.Needs)
	l.section(tr.T("summary.closeness"), s.Closeness, tr.T("summary.closeness.none"))
	l.optional(tr.T("summary.appreciations"), s.Appreciations)
	l.optional(tr.T("summary.agreements"), s.Agreements)
	l.optional(tr.T("summary.talk"), s.Talk)
	l.section(tr.T("summary.lifeEvents"), s.LifeEvents, tr.T("summary.lifeEvents.none"))
}

// newPDF is an empty document on the paper (A4 unless Letter), laid out by
// hand: no automatic page breaks.
func newPDF(paper string) *fpdf.Fpdf {
	if paper != PaperLetter {
		paper = PaperA4
	}
	pdf := fpdf.New("P", "mm", paper, "")
	pdf.SetMargins(margin, margin+headerGap, margin)
	pdf.SetAutoPageBreak(false, 0)
	return pdf
}

// isQuarter reports whether the period printed is a quarter (its id is
// "2026-Q4"), not a year.
func isQuarter(p string) bool { return strings.Contains(p, "Q") }

// quarterOr is the quarter's message or the year's, as the period is.
func (l *layout) quarterOr(period, quarterKey, yearKey string, pairs ...any) string {
	if isQuarter(period) {
		return l.tr.T(quarterKey, pairs...)
	}
	return l.tr.T(yearKey, pairs...)
}

func (l *layout) cover(s Summary) {
	title := look{size: 22, bold: true, color: ink}
	l.paragraph(split(l.quarterOr(s.Period, "summary.cover.quarter", "summary.cover.year", "Period", s.Title()), title), 0, title.lineHeight())
	names := make([]string, len(s.Partners))
	for i, p := range s.Partners {
		names[i] = p.Name
	}
	sub := s.Range
	if len(names) > 0 {
		sub += "  ·  " + strings.Join(names, " & ")
	}
	subLook := look{size: 11, color: muted}
	l.paragraph(split(sub, subLook), 0, subLook.lineHeight())
	l.y += 2
	// The partners' colours, a key used throughout. Each name gets at most
	// half the line; the key wraps when the names are long.
	keyLook := look{size: 10, color: ink}
	lh := keyLook.lineHeight()
	x := margin
	for _, p := range append(s.Partners, Person{Name: l.tr.T("summary.shared"), Color: sharedColor}) {
		name := fitLine(p.Name, keyLook, l.width/2-6)
		w := 5.5 + widthOf(name) + 7
		if x > margin && x+w > margin+l.width {
			x = margin
			l.y += lh
		}
		l.pdf.SetFillColor(int(p.Color.R), int(p.Color.G), int(p.Color.B))
		l.pdf.Rect(x, l.y+(lh-4)/2, 4, 4, "F")
		l.line(name, x+5.5, l.y)
		x += w
	}
	l.y += lh + 3
}

// section prints a titled section, or a short line when it is empty.
func (l *layout) section(title string, sec *Section, empty string) {
	// The heading stays with what follows it: the first line, kept whole.
	first := bodyLook.lineHeight() * 2
	if sec != nil && len(sec.Lines) > 0 {
		first = max(first, l.swatchNeed(sec.Lines[0]))
	}
	l.heading(title, first)
	if sec == nil || (len(sec.Lines) == 0 && sec.Chart == nil) {
		l.none(empty)
		return
	}
	for _, ln := range sec.Lines {
		l.swatchLine(ln)
	}
	if sec.Chart != nil {
		l.y += 1
		l.chart(sec.Chart, l.width*0.8, chartHeight(sec.Chart, l.width*0.8))
	}
	if sec.Note != "" {
		l.note(sec.Note)
	}
}

// optional prints a section only when it has something: a line, a
// picture or a note (the everyday practices are left out of a household
// that does not use them, rather than said to be empty).
func (l *layout) optional(title string, sec *Section) {
	if sec == nil || (len(sec.Lines) == 0 && sec.Chart == nil && sec.Note == "") {
		return
	}
	if len(sec.Lines) == 0 && sec.Chart == nil {
		l.heading(title, bodyLook.lineHeight()*2)
		l.note(sec.Note)
		return
	}
	l.section(title, sec, "")
}

func (l *layout) goals(s Summary) {
	total := 0
	for _, lane := range s.Lanes {
		total += len(lane.Goals)
	}
	if total == 0 {
		l.heading(l.tr.T("summary.goals"), bodyLook.lineHeight())
		l.none(l.quarterOr(s.Period, "summary.goals.none.quarter", "summary.goals.none.year"))
		return
	}
	first := true
	for _, lane := range s.Lanes {
		t := &table{cols: []column{
			{title: l.tr.T("summary.goals.goal"), share: 0.50, maxLines: 6},
			{title: l.tr.T("summary.goals.column"), share: 0.20, maxLines: 3},
			{title: l.tr.T("summary.goals.steps"), share: 0.10},
			{title: l.tr.T("summary.goals.target"), share: 0.20, maxLines: 2},
		}}
		for _, g := range lane.Goals {
			title := plain(g.Title, bodyLook)
			if g.Done {
				title = cell{{"✓ ", look{size: 9.5, bold: true, color: violet}}, {g.Title, boldLook}}
			}
			if g.Split != "" {
				title = append(title, spanText{" — " + g.Split, smallLook})
			}
			t.rows = append(t.rows, []cell{title, plain(g.Column, bodyLook), plain(g.Progress, bodyLook), plain(g.Target, bodyLook)})
		}
		need := laneLook.lineHeight() + l.lead(t)
		if first {
			l.heading(l.tr.T("summary.goals"), need)
			first = false
		}
		l.subheading(fmt.Sprintf("%s  (%s)", lane.Owner, l.tr.Int(len(lane.Goals))), lane.Color, l.lead(t))
		if len(lane.Goals) == 0 {
			l.none(l.tr.T("summary.goals.nothingFor", "Owner", lane.Owner))
			l.y += 2
			continue
		}
		l.table(t)
	}
	l.note(l.quarterOr(s.Period, "summary.goals.note.quarter", "summary.goals.note.year"))
}

func (l *layout) values(s Summary) {
	if len(s.Values) == 0 {
		return
	}
	l.heading(l.tr.T("summary.values"), bodyLook.lineHeight()*2)
	for _, g := range s.Values {
		l.swatchLine(Line{Lead: g.Owner, Text: strings.Join(g.Values, " · "), Color: g.Color})
	}
	l.note(l.tr.T("summary.values.note"))
}

func (l *layout) contracts(s Summary) {
	if len(s.Contracts) == 0 {
		return
	}
	lh := bodyLook.lineHeight()
	for i, c := range s.Contracts {
		t := &table{cols: []column{
			{title: l.tr.T("summary.contracts.review"), share: 0.18},
			{title: l.tr.T("summary.contracts.progress"), share: 0.16},
			{title: l.tr.T("summary.contracts.words"), share: 0.66, maxLines: 8},
		}}
		for _, r := range c.Reviews {
			stars := strings.Repeat("★", r.Rating) + strings.Repeat("☆", max(0, 5-r.Rating))
			t.rows = append(t.rows, []cell{plain(r.Day, bodyLook), plain(stars, look{size: 9.5, color: violet}), plain(r.Note, bodyLook)})
		}
		// The contract's own lines stay together with its first review.
		lines := []Line{
			{Lead: c.Owner + " · " + c.Goal, Color: c.Color},
			{Lead: l.tr.T("summary.contracts.commitment"), Text: c.Commitment},
		}
		if c.Support != "" {
			lines = append(lines, Line{Lead: l.tr.T("summary.contracts.support"), Text: c.Support})
		}
		need := float64(len(lines)+1) * lh
		if len(t.rows) > 0 {
			need += l.lead(t)
		}
		if i == 0 {
			l.heading(l.tr.T("summary.contracts"), need)
		}
		l.room(need)
		for _, ln := range lines {
			l.swatchLine(ln)
		}
		l.paragraph(split(strings.TrimSpace(c.Cadence+". "+c.Next), look{size: 9, color: muted}), 0, look{size: 9}.lineHeight())
		if len(t.rows) == 0 {
			l.paragraph(split(l.tr.T("summary.contracts.noReview"), look{size: 9, italic: true, color: muted}), 0, lh)
		} else {
			l.y += 1
			l.table(t)
		}
		l.y += 2
	}
}

func (l *layout) resources(s Summary) {
	t := &table{cols: []column{
		{title: l.tr.T("summary.resources.partner"), share: 0.18, maxLines: 2},
		{title: l.tr.T("summary.resources.resource"), share: 0.12},
		{title: l.tr.T("summary.resources.has"), share: 0.175},
		{title: l.tr.T("summary.resources.allocated"), share: 0.175},
		{title: l.tr.T("summary.resources.free"), share: 0.175},
		{title: l.tr.T("summary.resources.used"), share: 0.175, maxLines: 2},
	}}
	for _, r := range s.Resources {
		free, used := plain(r.Free, bodyLook), plain(r.Used, bodyLook)
		if r.Over {
			free = plain(r.Free, look{size: 9.5, bold: true, color: danger})
		}
		if r.UsedPast != "" {
			used = plain(r.Used+"\n"+l.tr.T("summary.resources.over", "Amount", r.UsedPast), look{size: 9.5, bold: true, color: amber})
		}
		t.rows = append(t.rows, []cell{plain(r.Partner, bodyLook), plain(r.Resource, bodyLook), plain(r.Capacity, bodyLook),
			plain(r.Allocated, bodyLook), free, used})
	}
	l.heading(l.tr.T("summary.resources"), l.lead(t))
	if len(s.Resources) == 0 {
		l.none(l.tr.T("summary.resources.none"))
		return
	}
	l.table(t)
	for _, r := range s.Resources {
		if r.UsedPast != "" {
			l.note(l.tr.T("summary.resources.overNote"))
			break
		}
	}
	for _, c := range []*chart.Chart{s.Split, s.Weekly} {
		if c != nil {
			l.chart(c, l.width*0.92, chartHeight(c, l.width*0.92))
		}
	}
}

func (l *layout) rituals(s Summary) {
	t := &table{
		cols: []column{
			{title: l.tr.T("summary.rituals.ritual"), share: 0.33, maxLines: 4},
			{title: l.tr.T("summary.rituals.howOften"), share: 0.20, maxLines: 2},
			{title: l.tr.T("summary.rituals.strength"), share: 0.1, right: true},
			{title: l.tr.T("summary.rituals.kept"), share: 0.08, right: true},
			{title: "  " + l.tr.T("summary.rituals.overPeriod"), share: 0.29},
		},
		minRow: 4 + 2*cellPad,
	}
	strips := make([][]float64, len(s.Rituals))
	for i, r := range s.Rituals {
		strips[i] = bucket(r.Weeks, 14)
		t.rows = append(t.rows, []cell{
			{{r.Title, bodyLook}, {"  " + r.Who, look{size: 8.5, color: muted}}},
			plain(r.Cadence, bodyLook),
			plain(l.tr.T("num.percent", "N", r.Strength), bodyLook),
			plain(l.tr.T("num.percent", "N", int(r.Consistency*100+0.5)), bodyLook),
			nil,
		})
	}
	// A small heat strip in the last column: one square a week (four weeks
	// in a year's summary), darker for more kept, outlined when paused.
	t.draw = func(row int, xs, ws []float64, top, h float64) {
		r := s.Rituals[row]
		weeks := strips[row]
		if len(weeks) == 0 {
			return
		}
		last := len(xs) - 1
		x0 := xs[last] + 2
		cell := min(4.0, (ws[last]-2)/float64(len(weeks)))
		y := top + cellPad + (bodyLook.lineHeight()-cell)/2
		for i, v := range weeks {
			cx := x0 + float64(i)*cell
			if l.mirror {
				// The weeks run from the right, as the table reads.
				cx = xs[last] + ws[last] - 2 - float64(i+1)*cell
			}
			if v < 0 {
				l.pdf.SetDrawColor(int(r.Color.R), int(r.Color.G), int(r.Color.B))
				l.pdf.SetLineWidth(0.2)
				l.pdf.Rect(cx+0.4, y+0.4, cell-0.8, cell-0.8, "D")
				continue
			}
			// Paler for a weaker week, as the window's heat map.
			fill := model.Mix(r.Color, white, uint8(math.Round(255*(0.12+0.88*v))))
			l.pdf.SetFillColor(int(fill.R), int(fill.G), int(fill.B))
			l.pdf.Rect(cx+0.3, y+0.3, cell-0.6, cell-0.6, "F")
		}
	}
	l.heading(l.tr.T("summary.rituals"), l.lead(t))
	if len(s.Rituals) == 0 {
		l.none(l.tr.T("summary.rituals.none"))
		return
	}
	l.table(t)
	l.note(l.tr.T("summary.rituals.note"))
}

// bullets prints a list, each item wrapped under its own bullet; the last
// item never goes to a new page alone.
func (l *layout) bullets(items []string) {
	lh := bodyLook.lineHeight()
	dot := split("•", bodyLook)
	wrapped := make([][][]unit, len(items))
	for i, it := range items {
		wrapped[i] = wrap(split(it, bodyLook), l.width-5, 0)
	}
	for k, lines := range wrapped {
		need := float64(len(lines)) * lh
		if k == len(items)-2 {
			need += float64(len(wrapped[k+1])) * lh
		}
		if need < keepWhole {
			l.room(need)
		}
		for i, ln := range lines {
			l.room(lh)
			rtl := l.fromRight(ln)
			if i == 0 && rtl {
				l.line(dot, margin+l.width-1-widthOf(dot), l.y)
			} else if i == 0 {
				l.line(dot, margin+1, l.y)
			}
			if rtl {
				l.line(ln, margin+l.width-5-widthOf(ln), l.y)
			} else {
				l.line(ln, margin+5, l.y)
			}
			l.y += lh
		}
	}
}

func (l *layout) next(s Summary) {
	if len(s.Quarters) > 0 {
		l.section(l.tr.T("summary.review"), s.Review, l.tr.T("summary.review.none"))
		qLook := look{size: 10.5, bold: true, color: ink}
		l.heading(l.tr.T("summary.quarters"), qLook.lineHeight()+bodyLook.lineHeight())
		for _, q := range s.Quarters {
			l.room(qLook.lineHeight() + bodyLook.lineHeight())
			l.lineIn(fitLine(q.Quarter, qLook, l.width), margin, l.width, l.y)
			l.y += qLook.lineHeight()
			if len(q.Done) == 0 {
				l.none(l.tr.T("summary.quarters.none"))
				continue
			}
			l.bullets(q.Done)
		}
	}
	l.section(l.tr.T("summary.sessions"), s.Sessions, l.tr.T("summary.sessions.none"))
	l.heading(l.quarterOr(s.Period, "summary.next.quarter", "summary.next.year"), bodyLook.lineHeight()*float64(min(3, max(1, len(s.NextGoals)))))
	if len(s.NextGoals) == 0 {
		l.none(l.quarterOr(s.Period, "summary.next.none.quarter", "summary.next.none.year"))
		return
	}
	l.bullets(s.NextGoals)
}

// bucket averages consecutive values so that at most max remain; a bucket
// whose values are all paused (-1) stays paused.
func bucket(values []float64, max int) []float64 {
	if len(values) <= max {
		return values
	}
	k := (len(values) + max - 1) / max
	var out []float64
	for i := 0; i < len(values); i += k {
		sum, n := 0.0, 0
		for _, v := range values[i:min(i+k, len(values))] {
			if v >= 0 {
				sum += v
				n++
			}
		}
		if n == 0 {
			out = append(out, -1)
		} else {
			out = append(out, sum/float64(n))
		}
	}
	return out
}
