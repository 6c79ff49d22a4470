package report

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"io"
	"strings"

	"codeberg.org/go-fonts/liberation/liberationsansbold"
	"codeberg.org/go-fonts/liberation/liberationsansitalic"
	"codeberg.org/go-fonts/liberation/liberationsansregular"
	"codeberg.org/go-pdf/fpdf"
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
	Range     string // "1 Oct – 31 Dec 2026"
	Partners  []Person
	Lanes     []GoalLane
	Resources []ResourceLine
	Split     image.Image // per-partner split chart, or nil
	Weekly    image.Image // allocated vs used chart, or nil
	Rituals   []RitualLine
	NextGoals []string      // goals aimed at the next period
	Quarters  []QuarterLine // annual summaries: each quarter's done goals

	// Sections filled by the features that have them; nil prints a short
	// "nothing here" line instead.
	Milestones *Section
	Calendar   *Section
	Checkins   *Section
	Balance    *Section
	LifeEvents *Section
	Sessions   *Section
	Review     *Section // annual summaries only
}

// Section is a block of the summary: lines of text, an optional chart and
// small print under it.
type Section struct {
	Lines []Line
	Image image.Image
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
	Target   string
	Done     bool
}

// ResourceLine is one partner's resource figures, already formatted.
type ResourceLine struct {
	Partner, Resource, Capacity, Allocated, Free, Used string
	Over                                               bool
}

// RitualLine is one ritual with its strength and consistency in the period.
type RitualLine struct {
	Title       string
	Who         string
	Cadence     string
	Strength    int     // percent, today
	Consistency float64 // share of the period's expected times that were kept, 0..1
	Color       color.NRGBA
	Weeks       []float64 // per week of the period: share kept, 0..1, or -1 for paused
}

// QuarterLine is one quarter of an annual summary.
type QuarterLine struct {
	Quarter string
	Done    []string
}

// page geometry in millimetres
const (
	margin   = 18.0
	lineH    = 5.6
	fontName = "Liberation"
)

// WritePDF lays the summary out on paper (A4 or Letter) with the fonts
// embedded, the household and period on every page, and page numbers.
func WritePDF(w io.Writer, s Summary, paper string) error {
	if paper != PaperLetter {
		paper = PaperA4
	}
	pdf := fpdf.New("P", "mm", paper, "")
	pdf.SetMargins(margin, margin+8, margin)
	pdf.SetAutoPageBreak(true, margin+6)
	pdf.AddUTF8FontFromBytes(fontName, "", liberationsansregular.TTF)
	pdf.AddUTF8FontFromBytes(fontName, "B", liberationsansbold.TTF)
	pdf.AddUTF8FontFromBytes(fontName, "I", liberationsansitalic.TTF)
	pdf.SetTitle("Venn summary "+s.Period+" — "+s.Household, true)
	pdf.SetCreator("Venn", true)
	pdf.AliasNbPages("{nb}")
	pageW, pageH := pdf.GetPageSize()
	pdf.SetHeaderFunc(func() {
		pdf.SetY(margin - 4)
		pdf.SetFont(fontName, "", 8.5)
		pdf.SetTextColor(110, 110, 120)
		pdf.CellFormat(0, 4, s.Household+" · "+s.Period, "", 0, "L", false, 0, "")
		pdf.CellFormat(0, 4, "Venn", "", 1, "R", false, 0, "")
		pdf.SetDrawColor(210, 205, 220)
		pdf.Line(margin, margin+1.5, pageW-margin, margin+1.5)
		pdf.SetY(margin + 8)
	})
	pdf.SetFooterFunc(func() {
		pdf.SetY(pageH - margin + 2)
		pdf.SetFont(fontName, "", 8.5)
		pdf.SetTextColor(110, 110, 120)
		pdf.CellFormat(0, 4, fmt.Sprintf("Page %d of {nb}", pdf.PageNo()), "", 0, "C", false, 0, "")
	})
	pdf.AddPage()
	l := &layout{pdf: pdf, width: pageW - 2*margin}
	l.cover(s)
	l.goals(s)
	l.section("Milestones reached", s.Milestones, "No milestones were reached in this period; finished goals are in bold above.")
	l.resources(s)
	l.rituals(s)
	l.section("Calendar balance", s.Calendar, "No solo or joint time was planned on the calendar in this period.")
	l.section("Check-in highlights", s.Checkins, "No weekly check-ins were shared in this period.")
	l.section("Balance self-assessment", s.Balance, "No self-assessments in this period.")
	l.section("Life events and decisions", s.LifeEvents, "No life events were logged in this period.")
	l.next(s)
	if pdf.Err() {
		return fmt.Errorf("lay out the summary: %w", pdf.Error())
	}
	return pdf.Output(w)
}

type layout struct {
	pdf   *fpdf.Fpdf
	width float64
}

func (l *layout) text(size float64, style string, rgb [3]int) {
	l.pdf.SetFont(fontName, style, size)
	l.pdf.SetTextColor(rgb[0], rgb[1], rgb[2])
}

var (
	ink    = [3]int{35, 33, 45}
	muted  = [3]int{105, 100, 120}
	violet = [3]int{124, 92, 196}
	danger = [3]int{190, 40, 40}
)

// heading starts a section, on a new page if little room is left.
func (l *layout) heading(title string, need float64) {
	_, pageH := l.pdf.GetPageSize()
	if l.pdf.GetY()+need > pageH-margin-10 {
		l.pdf.AddPage()
	}
	l.pdf.Ln(3)
	l.text(13, "B", violet)
	l.pdf.CellFormat(0, 8, title, "", 1, "L", false, 0, "")
	l.pdf.SetDrawColor(124, 92, 196)
	y := l.pdf.GetY()
	l.pdf.Line(margin, y, margin+24, y)
	l.pdf.Ln(2)
}

func (l *layout) cover(s Summary) {
	l.text(22, "B", ink)
	l.pdf.CellFormat(0, 11, "Our "+periodWord(s.Period)+": "+s.Period, "", 1, "L", false, 0, "")
	l.text(11, "", muted)
	names := make([]string, len(s.Partners))
	for i, p := range s.Partners {
		names[i] = p.Name
	}
	sub := s.Range
	if len(names) > 0 {
		sub += "  ·  " + strings.Join(names, " & ")
	}
	l.pdf.CellFormat(0, 6, sub, "", 1, "L", false, 0, "")
	l.pdf.Ln(2)
	// The partners' colours, as a key used throughout.
	x := margin
	for _, p := range append(s.Partners, Person{Name: "Shared", Color: color.NRGBA{R: 0x9a, G: 0x7b, B: 0xb5, A: 0xff}}) {
		l.pdf.SetFillColor(int(p.Color.R), int(p.Color.G), int(p.Color.B))
		l.pdf.Rect(x, l.pdf.GetY()+1, 4, 4, "F")
		l.text(10, "", ink)
		l.pdf.SetX(x + 5.5)
		l.pdf.CellFormat(30, 6, p.Name, "", 0, "L", false, 0, "")
		x += 36
	}
	l.pdf.Ln(9)
}

func periodWord(p string) string {
	if strings.Contains(p, "Q") {
		return "quarter"
	}
	return "year"
}

func (l *layout) none(msg string) {
	l.text(10, "I", muted)
	l.pdf.MultiCell(0, lineH, msg, "", "L", false)
}

// section prints a titled section, or empty when there is nothing in it.
func (l *layout) section(title string, sec *Section, empty string) {
	l.heading(title, 24)
	if sec == nil || (len(sec.Lines) == 0 && sec.Image == nil) {
		l.none(empty)
		return
	}
	for _, ln := range sec.Lines {
		x := margin
		if ln.Color.A > 0 {
			l.pdf.SetFillColor(int(ln.Color.R), int(ln.Color.G), int(ln.Color.B))
			l.pdf.Rect(margin, l.pdf.GetY()+1.5, 2.5, 2.5, "F")
			x += 4.5
		}
		l.pdf.SetX(x)
		if ln.Lead != "" {
			l.text(9.5, "B", ink)
			lead := ln.Lead + "  "
			l.pdf.CellFormat(l.pdf.GetStringWidth(lead), lineH, lead, "", 0, "L", false, 0, "")
		}
		l.text(9.5, "", ink)
		l.pdf.MultiCell(0, lineH, ln.Text, "", "L", false)
	}
	if sec.Image != nil {
		l.image(title, sec.Image, l.width*0.8)
	}
	if sec.Note != "" {
		l.text(8.5, "I", muted)
		l.pdf.MultiCell(0, 4.5, sec.Note, "", "L", false)
	}
}

func (l *layout) goals(s Summary) {
	l.heading("Goals", 40)
	total := 0
	for _, lane := range s.Lanes {
		total += len(lane.Goals)
	}
	if total == 0 {
		l.none("No goals were aimed at this period.")
		return
	}
	colW := []float64{l.width * 0.52, l.width * 0.18, l.width * 0.12, l.width * 0.18}
	for _, lane := range s.Lanes {
		l.heading2(lane.Owner, lane.Color, len(lane.Goals))
		if len(lane.Goals) == 0 {
			l.none("Nothing for " + lane.Owner + " in this period.")
			continue
		}
		l.text(8.5, "B", muted)
		for i, h := range []string{"Goal", "Column", "Steps", "Target"} {
			l.pdf.CellFormat(colW[i], 5, h, "B", 0, "L", false, 0, "")
		}
		l.pdf.Ln(-1)
		for _, g := range lane.Goals {
			style := ""
			if g.Done {
				style = "B"
			}
			l.text(9.5, style, ink)
			title := g.Title
			if g.Done {
				title = "• " + title
			}
			l.pdf.CellFormat(colW[0], lineH, fit(l.pdf, title, colW[0]-1), "", 0, "L", false, 0, "")
			l.text(9.5, "", ink)
			l.pdf.CellFormat(colW[1], lineH, g.Column, "", 0, "L", false, 0, "")
			l.pdf.CellFormat(colW[2], lineH, g.Progress, "", 0, "L", false, 0, "")
			l.pdf.CellFormat(colW[3], lineH, g.Target, "", 1, "L", false, 0, "")
		}
		l.pdf.Ln(2)
	}
}

// heading2 is a lane's name on a band of its colour.
func (l *layout) heading2(name string, c color.NRGBA, n int) {
	_, pageH := l.pdf.GetPageSize()
	if l.pdf.GetY()+20 > pageH-margin-10 {
		l.pdf.AddPage()
	}
	y := l.pdf.GetY()
	l.pdf.SetFillColor(int(c.R), int(c.G), int(c.B))
	l.pdf.Rect(margin, y+1, 2.5, 5, "F")
	l.pdf.SetX(margin + 4)
	l.text(11, "B", ink)
	l.pdf.CellFormat(0, 7, fmt.Sprintf("%s  (%d)", name, n), "", 1, "L", false, 0, "")
}

// fit shortens text with an ellipsis to the width.
func fit(pdf *fpdf.Fpdf, s string, w float64) string {
	if pdf.GetStringWidth(s) <= w {
		return s
	}
	r := []rune(s)
	for len(r) > 1 && pdf.GetStringWidth(string(r)+"…") > w {
		r = r[:len(r)-1]
	}
	return string(r) + "…"
}

func (l *layout) resources(s Summary) {
	l.heading("Time, money and energy", 60)
	if len(s.Resources) == 0 {
		l.none("No capacities or allocations were set.")
		return
	}
	colW := []float64{l.width * 0.16, l.width * 0.12, l.width * 0.18, l.width * 0.18, l.width * 0.18, l.width * 0.18}
	l.text(8.5, "B", muted)
	for i, h := range []string{"Partner", "Resource", "Has", "Allocated", "Still free", "Used"} {
		l.pdf.CellFormat(colW[i], 5, h, "B", 0, "L", false, 0, "")
	}
	l.pdf.Ln(-1)
	for _, r := range s.Resources {
		l.text(9.5, "", ink)
		for i, v := range []string{r.Partner, r.Resource, r.Capacity, r.Allocated} {
			l.pdf.CellFormat(colW[i], lineH, v, "", 0, "L", false, 0, "")
		}
		if r.Over {
			l.text(9.5, "B", danger)
		}
		l.pdf.CellFormat(colW[4], lineH, r.Free, "", 0, "L", false, 0, "")
		l.text(9.5, "", ink)
		l.pdf.CellFormat(colW[5], lineH, r.Used, "", 1, "L", false, 0, "")
	}
	l.pdf.Ln(3)
	for i, img := range []image.Image{s.Split, s.Weekly} {
		if img == nil {
			continue
		}
		l.image(fmt.Sprintf("chart%d", i), img, l.width*0.92)
	}
}

// image places a chart at the given width, keeping its aspect ratio.
func (l *layout) image(name string, img image.Image, w float64) {
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		l.none("(chart could not be drawn)")
		return
	}
	b := img.Bounds()
	h := w * float64(b.Dy()) / float64(b.Dx())
	_, pageH := l.pdf.GetPageSize()
	if l.pdf.GetY()+h > pageH-margin-10 {
		l.pdf.AddPage()
	}
	l.pdf.RegisterImageOptionsReader(name, fpdf.ImageOptions{ImageType: "PNG"}, &buf)
	l.pdf.ImageOptions(name, margin+(l.width-w)/2, l.pdf.GetY(), w, h, false, fpdf.ImageOptions{ImageType: "PNG"}, 0, "")
	l.pdf.SetY(l.pdf.GetY() + h + 3)
}

func (l *layout) rituals(s Summary) {
	l.heading("Rituals", 40)
	if len(s.Rituals) == 0 {
		l.none("No rituals yet.")
		return
	}
	colW := []float64{l.width * 0.34, l.width * 0.18, l.width * 0.12, l.width * 0.12}
	barW := l.width - colW[0] - colW[1] - colW[2] - colW[3]
	l.text(8.5, "B", muted)
	for i, h := range []string{"Ritual", "How often", "Strength", "Kept"} {
		l.pdf.CellFormat(colW[i], 5, h, "B", 0, "L", false, 0, "")
	}
	l.pdf.CellFormat(barW, 5, "Over the period", "B", 1, "L", false, 0, "")
	for _, r := range s.Rituals {
		y := l.pdf.GetY()
		l.text(9.5, "", ink)
		l.pdf.CellFormat(colW[0], lineH, fit(l.pdf, r.Title+" ("+r.Who+")", colW[0]-1), "", 0, "L", false, 0, "")
		l.pdf.CellFormat(colW[1], lineH, r.Cadence, "", 0, "L", false, 0, "")
		l.pdf.CellFormat(colW[2], lineH, fmt.Sprintf("%d%%", r.Strength), "", 0, "L", false, 0, "")
		l.pdf.CellFormat(colW[3], lineH, fmt.Sprintf("%d%%", int(r.Consistency*100+0.5)), "", 0, "L", false, 0, "")
		// A small heat strip: one square a week (a month's worth of weeks
		// in a year's summary), darker for more kept.
		x := l.pdf.GetX()
		weeks := bucket(r.Weeks, 16)
		if n := len(weeks); n > 0 {
			cell := min(4.0, barW/float64(n))
			for i, v := range weeks {
				cx := x + float64(i)*cell
				switch {
				case v < 0:
					l.pdf.SetDrawColor(int(r.Color.R), int(r.Color.G), int(r.Color.B))
					l.pdf.Rect(cx+0.3, y+1.2, cell-0.6, cell-0.6, "D")
				default:
					mix := func(c uint8) int { return int(255 - (255-float64(c))*(0.12+0.88*v)) }
					l.pdf.SetFillColor(mix(r.Color.R), mix(r.Color.G), mix(r.Color.B))
					l.pdf.Rect(cx+0.3, y+1.2, cell-0.6, cell-0.6, "F")
				}
			}
		}
		l.pdf.SetY(y + lineH + 0.8)
	}
	l.pdf.Ln(1)
	l.text(8.5, "I", muted)
	l.pdf.MultiCell(0, 4.5, "Strength fades slowly when a ritual is missed and never for a paused or skipped day. "+
		"Kept is the share of the times the cadence asked for in this period. Each square is a week (four weeks in a year's summary); outlined squares are paused.", "", "L", false)
}

func (l *layout) next(s Summary) {
	if len(s.Quarters) > 0 {
		l.section("Annual relationship health review", s.Review, "The annual review for this year has not been saved yet (Check-ins › Annual review).")
		l.heading("The year, quarter by quarter", 30)
		for _, q := range s.Quarters {
			l.text(10.5, "B", ink)
			l.pdf.CellFormat(0, 6, q.Quarter, "", 1, "L", false, 0, "")
			if len(q.Done) == 0 {
				l.none("No goals finished.")
				continue
			}
			l.text(9.5, "", ink)
			for _, d := range q.Done {
				l.pdf.CellFormat(0, lineH, "• "+d, "", 1, "L", false, 0, "")
			}
		}
	}
	l.section("Session notes and the next "+periodWord(s.Period), s.Sessions, "No goal-mapping session was saved for this period.")
	if len(s.NextGoals) == 0 {
		l.none("No goals are aimed at the next " + periodWord(s.Period) + " yet.")
		return
	}
	l.text(9.5, "", ink)
	for _, g := range s.NextGoals {
		l.pdf.MultiCell(0, lineH, "• "+g, "", "L", false)
	}
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
