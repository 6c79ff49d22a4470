package report

import (
	"github.com/vennplanner/venn/i18n"
	"image/color"

	"codeberg.org/go-pdf/fpdf"
)

// Page layout: the summary flows down the page with its own cursor (fpdf's
// automatic page breaks are off), so that every block can ask for the room
// it needs before it starts: a heading with at least its first row, a table
// row whole, a chart whole.

// page geometry in millimetres
const (
	keepWhole = 40.0 // a paragraph shorter than this is not split across pages
	margin    = 18.0
	headerGap = 8.0 // from the top margin to the first line of content
	footerGap = 8.0 // from the last line of content to the bottom margin
)

// colours on paper
var (
	ink    = [3]int{35, 33, 45}
	muted  = [3]int{105, 100, 120}
	violet = [3]int{124, 92, 196}
	danger = [3]int{190, 40, 40}
	amber  = [3]int{160, 90, 0} // calmer than danger, still dark enough to read
	rule   = [3]int{215, 210, 225}
	white  = color.NRGBA{R: 255, G: 255, B: 255, A: 255}
)

// looks used throughout
var (
	bodyLook    = look{size: 9.5, color: ink}
	boldLook    = look{size: 9.5, bold: true, color: ink}
	smallLook   = look{size: 8.5, italic: true, color: muted}
	headerLook  = look{size: 8.5, bold: true, color: muted}
	headingLook = look{size: 13, bold: true, color: violet}
	laneLook    = look{size: 11, bold: true, color: ink}
)

type layout struct {
	pen
	pageW, pageH float64
	width        float64 // between the margins
	y            float64 // the cursor
	// mirror lays tables out from the right, for a household whose name
	// reads from the right.
	mirror bool
	tr     *i18n.Tr // the language of the page's own words; nil is English
}

func newLayout(pdf *fpdf.Fpdf) *layout {
	w, h := pdf.GetPageSize()
	l := &layout{pen: pen{pdf: pdf}, pageW: w, pageH: h, width: w - 2*margin}
	l.newPage()
	return l
}

func (l *layout) top() float64    { return margin + headerGap }
func (l *layout) bottom() float64 { return l.pageH - margin - footerGap }

func (l *layout) newPage() {
	l.pdf.AddPage()
	l.y = l.top()
}

// room starts a new page unless h more millimetres fit on this one. A block
// taller than a whole page starts at the top of one and flows on.
func (l *layout) room(h float64) {
	if l.y+h > l.bottom() && l.y > l.top() {
		l.newPage()
	}
}

// frame draws the running head and the page number on every page, once the
// number of pages is known.
func (l *layout) frame(household, period string) {
	n := l.pdf.PageCount()
	for i := 1; i <= n; i++ {
		l.pdf.SetPage(i)
		head := look{size: 8.5, color: muted}
		brand := fitLine("Venn", head, 20)
		running := fitLine(household+" · "+period, head, l.width-widthOf(brand)-6)
		if l.mirror {
			l.line(running, l.pageW-margin-widthOf(running), margin-6)
			l.line(brand, margin, margin-6)
		} else {
			l.line(running, margin, margin-6)
			l.line(brand, l.pageW-margin-widthOf(brand), margin-6)
		}
		l.pdf.SetDrawColor(rule[0], rule[1], rule[2])
		l.pdf.SetLineWidth(0.2)
		l.pdf.Line(margin, margin+0.5, l.pageW-margin, margin+0.5)
		foot := fitLine(l.tr.T("summary.page", "N", l.tr.Int(i), "Of", l.tr.Int(n)), head, l.width)
		l.line(foot, (l.pageW-widthOf(foot))/2, l.pageH-margin)
	}
}

// lineIn draws a line in the box from x, w wide: at its left, or at its
// right when the line reads from the right.
func (l *layout) lineIn(ln []unit, x, w, top float64) {
	if l.fromRight(ln) {
		x += w - widthOf(ln)
	}
	l.line(ln, x, top)
}

// fromRight reports whether a line is set from the right margin: a line
// that reads from the right, and every line of a page that does (a summary
// in Arabic sets its partners' Latin names at the right too).
func (l *layout) fromRight(ln []unit) bool { return l.mirror || rightToLeft(ln) }

// paragraph flows units over as many lines as they need, breaking pages
// between lines, starting indent mm from the left margin.
func (l *layout) paragraph(us []unit, indent float64, lh float64) {
	lines := wrap(us, l.width-indent, 0)
	if h := float64(len(lines)) * lh; h < keepWhole {
		l.room(h)
	}
	for _, ln := range lines {
		l.room(lh)
		l.lineIn(ln, margin+indent, l.width-indent, l.y)
		l.y += lh
	}
}

// note is small italic print under a block.
func (l *layout) note(text string) {
	l.paragraph(split(text, smallLook), 0, smallLook.lineHeight())
}

// none says a section is empty.
func (l *layout) none(text string) {
	l.paragraph(split(text, look{size: 10, italic: true, color: muted}), 0, look{size: 10}.lineHeight())
}

// heading starts a section; need is the height of what must follow it on
// the same page (its first row or line), so no heading is left alone at
// the foot of a page.
func (l *layout) heading(title string, need float64) {
	lines := wrap(split(title, headingLook), l.width, 2)
	h := 3 + float64(len(lines))*headingLook.lineHeight() + 2.5
	l.room(h + need)
	l.y += 3
	for _, ln := range lines {
		l.lineIn(ln, margin, l.width, l.y)
		l.y += headingLook.lineHeight()
	}
	l.pdf.SetDrawColor(violet[0], violet[1], violet[2])
	l.pdf.SetLineWidth(0.3)
	x := margin
	if len(lines) > 0 && l.fromRight(lines[0]) {
		x = margin + l.width - 24
	}
	l.pdf.Line(x, l.y+0.3, x+24, l.y+0.3)
	l.y += 2.5
}

// subheading is a smaller heading with a colour mark, such as a partner's
// lane of goals.
func (l *layout) subheading(text string, c color.NRGBA, need float64) {
	us := split(text, laneLook)
	lines := wrap(us, l.width-4, 2)
	h := float64(len(lines))*laneLook.lineHeight() + 1
	l.room(h + need)
	left, mark := margin+4, margin
	if l.fromRight(us) {
		left, mark = margin, margin+l.width-2.5
	}
	if c.A > 0 {
		l.pdf.SetFillColor(int(c.R), int(c.G), int(c.B))
		l.pdf.Rect(mark, l.y+1, 2.5, laneLook.lineHeight()-1.5, "F")
	}
	for _, ln := range lines {
		l.lineIn(ln, left, l.width-4, l.y)
		l.y += laneLook.lineHeight()
	}
	l.y++
}

// swatchLine is a section line: an optional colour swatch, a bold lead and
// text, wrapped.
func (l *layout) swatchLine(ln Line) {
	lh := bodyLook.lineHeight()
	lines, indent := l.swatchRows(ln)
	if h := float64(len(lines)) * lh; h < keepWhole {
		l.room(h)
	}
	left, swatch := margin+indent, margin
	if len(lines) > 0 && l.fromRight(lines[0]) {
		left, swatch = margin, margin+l.width-2.5
	}
	for i, row := range lines {
		l.room(lh)
		if i == 0 && ln.Color.A > 0 {
			l.pdf.SetFillColor(int(ln.Color.R), int(ln.Color.G), int(ln.Color.B))
			l.pdf.Rect(swatch, l.y+(lh-2.5)/2, 2.5, 2.5, "F")
		}
		l.lineIn(row, left, l.width-indent, l.y)
		l.y += lh
	}
}

// swatchRows wraps a section line, and says how far it is indented.
func (l *layout) swatchRows(ln Line) (lines [][]unit, indent float64) {
	if ln.Color.A > 0 {
		indent = 4.5
	}
	var us []unit
	if ln.Lead != "" {
		us = splitSpans(spanText{ln.Lead, boldLook}, spanText{"  ", bodyLook}, spanText{ln.Text, bodyLook})
	} else {
		us = split(ln.Text, bodyLook)
	}
	return wrap(us, l.width-indent, 0), indent
}

// swatchNeed is the room a section line needs on the page it starts on:
// all of it when it is kept whole, else its first line.
func (l *layout) swatchNeed(ln Line) float64 {
	lines, _ := l.swatchRows(ln)
	h := float64(len(lines)) * bodyLook.lineHeight()
	if h >= keepWhole {
		return bodyLook.lineHeight()
	}
	return h
}

// column is one column of a table.
type column struct {
	title    string
	share    float64 // of the table's width
	right    bool    // numbers align right
	maxLines int     // 0 for no limit
}

// cell is a table cell's text in one or more looks.
type cell []spanText

func plain(s string, lk look) cell { return cell{{s, lk}} }

// table lays out rows under a header that is repeated on every page the
// table reaches; a row never splits across pages. draw, if set, adds to a
// row after its text (the ritual strip).
type table struct {
	cols   []column
	rows   [][]cell
	minRow float64 // least height of a row
	draw   func(row int, x, w []float64, top, h float64)
}

const cellPad = 1.2 // mm above and below a row's text, and between columns

// colX is where each column starts and how wide it is: from the left, or
// from the right in a mirrored layout.
func (l *layout) colX(t *table) (xs, ws []float64) {
	x := margin
	for _, c := range t.cols {
		w := c.share * l.width
		if l.mirror {
			xs = append(xs, 2*margin+l.width-x-w)
		} else {
			xs = append(xs, x)
		}
		ws = append(ws, w)
		x += w
	}
	return xs, ws
}

// cellX is where a cell's line starts: numbers at the column's right,
// text at its left, or at its right when it reads from the right or the
// table is mirrored.
func cellX(ln []unit, c column, x, w float64, right bool) float64 {
	if c.right || right || rightToLeft(ln) {
		return x + w - cellPad - widthOf(ln)
	}
	return x
}

// rowLines wraps a row's cells and returns them with the row's height.
func (l *layout) rowLines(t *table, cells []cell, ws []float64) ([][][]unit, float64) {
	h := t.minRow
	out := make([][][]unit, len(t.cols))
	for i := range t.cols {
		if i >= len(cells) {
			continue
		}
		out[i] = wrap(splitSpans(cells[i]...), ws[i]-cellPad, t.cols[i].maxLines)
		lh := 0.0
		for _, ln := range out[i] {
			lh += lineHeightOf(ln)
		}
		h = max(h, lh+2*cellPad)
	}
	return out, h
}

func lineHeightOf(ln []unit) float64 {
	h := bodyLook.lineHeight()
	for _, u := range ln {
		h = max(h, u.look.lineHeight())
	}
	return h
}

// lead is the height of the table's header and first row, which a heading
// asks to keep with it.
func (l *layout) lead(t *table) float64 {
	_, ws := l.colX(t)
	h := headerLook.lineHeight() + 1
	if len(t.rows) > 0 {
		_, rh := l.rowLines(t, t.rows[0], ws)
		h += rh
	}
	return h
}

func (l *layout) header(t *table, xs, ws []float64) {
	lh := headerLook.lineHeight()
	for i, c := range t.cols {
		ln := fitLine(c.title, headerLook, ws[i]-cellPad)
		l.line(ln, cellX(ln, c, xs[i], ws[i], l.mirror), l.y)
	}
	l.y += lh
	l.pdf.SetDrawColor(muted[0], muted[1], muted[2])
	l.pdf.SetLineWidth(0.25)
	l.pdf.Line(margin, l.y+0.3, margin+l.width, l.y+0.3)
	l.y++
}

func (l *layout) table(t *table) {
	xs, ws := l.colX(t)
	l.room(l.lead(t))
	l.header(t, xs, ws)
	for r, cells := range t.rows {
		lines, h := l.rowLines(t, cells, ws)
		if l.y+h > l.bottom() {
			l.newPage()
			l.header(t, xs, ws)
		}
		for i, c := range t.cols {
			y := l.y + cellPad
			for _, ln := range lines[i] {
				l.line(ln, cellX(ln, c, xs[i], ws[i], l.mirror), y)
				y += lineHeightOf(ln)
			}
		}
		if t.draw != nil {
			t.draw(r, xs, ws, l.y, h)
		}
		l.y += h
		l.pdf.SetDrawColor(rule[0], rule[1], rule[2])
		l.pdf.SetLineWidth(0.1)
		l.pdf.Line(margin, l.y, margin+l.width, l.y)
	}
	l.y += 2
}
