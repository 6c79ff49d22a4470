package report

import (
	"fmt"
	"strings"
	"unicode"

	"codeberg.org/go-pdf/fpdf"
	ot "github.com/go-text/typesetting/font/opentype"
	"golang.org/x/text/unicode/norm"
)

// Text on paper: a string is cut into units (a character, a space, an
// emoji sequence), each printed in the first embedded face that has it;
// lines wrap between words, between Chinese or Japanese characters and
// around emoji, and a word longer than the line is cut where it must be.

// look is how text is set: size in points, weight, slant and colour.
type look struct {
	size         float64
	bold, italic bool
	color        [3]int
}

func (lk look) em() float64 { return lk.size * 25.4 / 72 } // mm

// lineHeight is the distance between baselines for the look, in mm.
func (lk look) lineHeight() float64 { return lk.em() * 1.32 }

type unitKind int

const (
	unitText    unitKind = iota
	unitSpace            // a breakable space
	unitEmoji            // an emoji sequence, drawn as shapes
	unitMissing          // a character no embedded face has: a hollow box
	unitNewline          // a hard line break
	unitShaped           // a cluster of shaped glyphs, drawn as shapes
)

// unit is the smallest piece of a line.
type unit struct {
	kind    unitKind
	text    string
	face    face
	look    look
	width   float64 // mm
	breakOK bool    // a line may start with this unit
	level   uint8   // bidirectional embedding level: odd reads from the right
	rtl     bool    // the unit's paragraph reads from the right

	run     *shapedRun    // for a shaped cluster: the run it was shaped in
	cluster *glyphCluster // and its glyphs
}

// noBreakBefore lists punctuation that must not start a line.
const noBreakBefore = "、。，．！？）」』】〉》〕｝：；,.!?;:)]}%…"

func isIdeographic(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) ||
		(r >= 0x3000 && r <= 0x303F) || (r >= 0xFF00 && r <= 0xFFEF)
}

// invisible reports characters that print as nothing: controls, format
// characters (joiners, direction marks, byte-order marks, soft hyphens)
// and variation selectors.
func invisible(r rune) bool {
	return unicode.IsControl(r) || unicode.Is(unicode.Cf, r) || unicode.Is(unicode.Variation_Selector, r)
}

// split cuts s, in the look, into units.
func split(s string, lk look) []unit {
	out, bidi := splitLogical(s, lk)
	if bidi {
		resolveBidi(out)
	}
	return out
}

// splitLogical cuts s into units in logical order, and reports whether it
// holds right-to-left letters (and so needs the bidirectional algorithm).
func splitLogical(s string, lk look) ([]unit, bool) {
	rs := []rune(norm.NFC.String(s))
	var out []unit
	bidi := false
	for i := 0; i < len(rs); {
		bidi = bidi || mayBeRightToLeft(rs[i])
		if sc := shapedScriptOf(rs[i]); sc != nil && sc.face.has(rs[i]) {
			if us, n := shapedUnits(rs, i, sc, lk); n > 0 {
				out = append(out, us...)
				i += n
				continue
			}
		}
		u, n := nextUnit(rs, i, lk, out)
		i += n
		switch {
		case u == nil:
		case u.kind == unitSpace && len(out) > 0 && out[len(out)-1].kind == unitSpace:
			// one space for a run of them
		case u.kind == unitText && len(out) > 0 && isMark(rs[i-1]):
			p := &out[len(out)-1]
			p.text += u.text
			p.width += u.width
		default:
			out = append(out, *u)
		}
	}
	markBreaks(out)
	return out, bidi
}

func isMark(r rune) bool { return unicode.In(r, unicode.Mn, unicode.Me) }

// nextUnit reads the unit starting at rs[i] and how many runes it took; a
// nil unit is a character that prints as nothing. A combining mark comes
// back as text to add to the unit before it, when that unit's face has it.
func nextUnit(rs []rune, i int, lk look, before []unit) (*unit, int) {
	r := rs[i]
	switch {
	case r == '\n':
		return &unit{kind: unitNewline, look: lk}, 1
	case unicode.IsSpace(r) && r != '\u00a0' && r != '\u202f':
		f := faceSans.styled(lk.bold, lk.italic)
		return &unit{kind: unitSpace, text: " ", face: f, look: lk, width: f.advance(' ') * lk.em()}, 1
	}
	if n := emojiAt(rs, i); n > 0 {
		text := string(rs[i : i+n])
		return &unit{kind: unitEmoji, text: text, face: faceEmoji, look: lk, width: shapeEmoji(text).advance * lk.em()}, n
	}
	if invisible(r) {
		return nil, 1
	}
	if isMark(r) {
		// A combining mark NFC could not fold in stays with its letter.
		if len(before) == 0 {
			return nil, 1
		}
		p := before[len(before)-1]
		if p.kind != unitText || !p.face.has(r) {
			return nil, 1
		}
		return &unit{kind: unitText, text: string(r), face: p.face, look: lk, width: p.face.advance(r) * lk.em()}, 1
	}
	f, ok := faceFor(r)
	if !ok || r > 0xFFFF {
		return &unit{kind: unitMissing, text: string(r), look: lk, width: 0.6 * lk.em()}, 1
	}
	f = f.styled(lk.bold, lk.italic)
	return &unit{kind: unitText, text: string(r), face: f, look: lk, width: f.advance(r) * lk.em()}, 1
}

// markBreaks marks where a line may start: after a space or a hard break,
// around emoji and missing characters, between Chinese and Japanese
// characters, after a hyphen or a slash before a letter — never before
// closing punctuation.
func markBreaks(us []unit) {
	for i := range us {
		us[i].breakOK = i == 0 || us[i].kind == unitSpace || us[i].kind == unitNewline || mayBreakBetween(us[i-1], us[i])
	}
}

func mayBreakBetween(prev, u unit) bool {
	if u.kind == unitText && strings.ContainsAny(u.text, noBreakBefore) {
		return false
	}
	switch prev.kind {
	case unitSpace, unitNewline, unitEmoji, unitMissing:
		return true
	}
	if u.kind == unitEmoji || u.kind == unitMissing {
		return true
	}
	pr, cr := []rune(prev.text), []rune(u.text)
	if len(pr) == 0 || len(cr) == 0 {
		return false
	}
	last, first := pr[len(pr)-1], cr[0]
	return isIdeographic(first) || isIdeographic(last) || ((last == '-' || last == '/') && unicode.IsLetter(first))
}

// spanText is text in one look, for paragraphs that mix looks (a bold lead
// and plain text).
type spanText struct {
	text string
	look look
}

func splitSpans(spans ...spanText) []unit {
	var out []unit
	needBidi := false
	for _, s := range spans {
		us, bidi := splitLogical(s.text, s.look)
		needBidi = needBidi || bidi
		if len(us) > 0 && len(out) > 0 {
			us[0].breakOK = us[0].breakOK || out[len(out)-1].kind == unitSpace
		}
		out = append(out, us...)
	}
	if needBidi {
		resolveBidi(out)
	}
	return out
}

func widthOf(us []unit) float64 {
	w := 0.0
	for _, u := range us {
		w += u.width
	}
	return w
}

// wrap breaks units into lines no wider than width; at most maxLines lines
// (0 for no limit), the last ending in "…" when text was left out.
func wrap(us []unit, width float64, maxLines int) [][]unit {
	w := wrapper{width: width}
	for i := 0; i < len(us); {
		switch u := us[i]; u.kind {
		case unitNewline:
			w.flush()
			i++
		case unitSpace:
			if len(w.line) > 0 {
				w.add(u)
			}
			i++
		default:
			// The word runs to the next place a line may break.
			j := i + 1
			for j < len(us) && !us[j].breakOK && us[j].kind != unitSpace && us[j].kind != unitNewline {
				j++
			}
			w.word(us[i:j])
			i = j
		}
	}
	if len(w.line) > 0 || len(w.lines) == 0 {
		w.flush()
	}
	lines := w.lines
	if maxLines > 0 && len(lines) > maxLines {
		lines = lines[:maxLines]
		lines[maxLines-1] = ellipsize(lines[maxLines-1], width, true)
	}
	return lines
}

// wrapper fills lines greedily.
type wrapper struct {
	width float64
	lines [][]unit
	line  []unit
	lineW float64
}

func (w *wrapper) add(u unit) {
	w.line = append(w.line, u)
	w.lineW += u.width
}

// flush ends the line, dropping the spaces at its end.
func (w *wrapper) flush() {
	for len(w.line) > 0 && w.line[len(w.line)-1].kind == unitSpace {
		w.line = w.line[:len(w.line)-1]
	}
	w.lines = append(w.lines, w.line)
	w.line, w.lineW = nil, 0
}

// word places a word: on this line if it fits, else on the next; a word
// longer than a line is cut where it must be.
func (w *wrapper) word(word []unit) {
	ww := widthOf(word)
	if len(w.line) > 0 && w.lineW+ww > w.width+1e-9 {
		w.flush()
	}
	if ww <= w.width+1e-9 {
		for _, u := range word {
			w.add(u)
		}
		return
	}
	for _, u := range word {
		if len(w.line) > 0 && w.lineW+u.width > w.width+1e-9 {
			w.flush()
		}
		w.add(u)
	}
}

// ellipsize shortens a line to width with "…" at its end; force adds the
// "…" even when the line fits (text after it was left out).
func ellipsize(line []unit, width float64, force bool) []unit {
	if !force && widthOf(line) <= width+1e-9 {
		return line
	}
	lk := look{size: 10}
	if len(line) > 0 {
		lk = line[len(line)-1].look
	}
	dots := split("…", lk)
	if rightToLeft(line) {
		// The dots end the line where it ends: at its left.
		for i := range dots {
			dots[i].level, dots[i].rtl = 1, true
		}
	}
	dw := widthOf(dots)
	out := append([]unit(nil), line...)
	for len(out) > 0 && (widthOf(out)+dw > width+1e-9 || out[len(out)-1].kind == unitSpace) {
		out = out[:len(out)-1]
	}
	return append(out, dots...)
}

// fitLine is text on one line, cut with "…" if it is too wide.
func fitLine(s string, lk look, width float64) []unit {
	us := split(strings.ReplaceAll(s, "\n", " "), lk)
	return ellipsize(us, width, false)
}

// pen draws units with an fpdf document, embedding each face the first
// time it is used.
type pen struct {
	pdf   *fpdf.Fpdf
	added [numFaces]bool
}

func (p *pen) setFace(f face, lk look) {
	ff, err := f.file()
	if err != nil {
		return
	}
	if !p.added[f] {
		p.pdf.AddUTF8FontFromBytes(ff.family, ff.style, ff.data)
		p.added[f] = true
	}
	p.pdf.SetFont(ff.family, ff.style, lk.size)
}

// metrics of Noto Sans, which sets the line: ascent and descent in em
// (its hhea table; TestLineMetricsAreTheTextFaces holds them to it).
const (
	ascent  = 1.069
	descent = 0.293
)

// baseline is where text of the look sits in a line box starting at top.
func baseline(top float64, lk look) float64 {
	return top + (lk.lineHeight()-(ascent+descent)*lk.em())/2 + ascent*lk.em()
}

// line draws one line of units with its left end at x and the line box's
// top at top, in visual order.
func (p *pen) line(us []unit, x, top float64) {
	us = visual(us)
	for i := 0; i < len(us); {
		u := us[i]
		y := baseline(top, u.look)
		n := 1
		switch u.kind {
		case unitEmoji:
			p.emoji(u, x, y)
		case unitMissing:
			p.pdf.SetDrawColor(u.look.color[0], u.look.color[1], u.look.color[2])
			p.pdf.SetLineWidth(0.15)
			em := u.look.em()
			p.pdf.Rect(x+0.08*em, y-0.7*em, 0.44*em, 0.7*em, "D")
		case unitShaped:
			n = p.shaped(us[i:], x, y)
		default:
			if m := mirrored(u); m != "" {
				// Drawn mirrored, read as written.
				p.pdf.RawWriteStr(fmt.Sprintf("/Span <</ActualText <%s>>> BDC\n", utf16Hex(u.text)))
				u.text = m
				p.text([]unit{u}, x, y)
				p.pdf.RawWriteStr("EMC\n")
				break
			}
			n = p.text(us[i:], x, y)
		}
		x += widthOf(us[i : i+n])
		i += n
	}
}

// text draws the text at the start of us that is in one face and look as
// one string, and says how many units it took.
func (p *pen) text(us []unit, x, y float64) int {
	u := us[0]
	var b strings.Builder
	j := 0
	for ; j < len(us) && (us[j].kind == unitText || us[j].kind == unitSpace) && us[j].look == u.look &&
		(us[j].face == u.face || us[j].kind == unitSpace) && (j == 0 || mirrored(us[j]) == ""); j++ {
		b.WriteString(us[j].text)
	}
	p.setFace(u.face, u.look)
	p.pdf.SetTextColor(u.look.color[0], u.look.color[1], u.look.color[2])
	if u.look.bold && u.face.synthesisedBold() {
		p.pdf.SetDrawColor(u.look.color[0], u.look.color[1], u.look.color[2])
		p.pdf.SetLineWidth(u.look.em() * 0.035)
		p.pdf.SetTextRenderingMode(2)
		p.pdf.Text(x, y, b.String())
		p.pdf.SetTextRenderingMode(0)
	} else {
		p.pdf.Text(x, y, b.String())
	}
	return max(j, 1)
}

// emoji draws an emoji sequence as coloured shapes, marked with its text so
// that copying or searching the PDF still finds it.
func (p *pen) emoji(u unit, x, y float64) {
	sh := shapeEmoji(u.text)
	em := u.look.em()
	p.pdf.RawWriteStr(fmt.Sprintf("/Span <</ActualText <%s>>> BDC\n", utf16Hex(u.text)))
	// An invisible letter gives text extractors a place for the text.
	p.setFace(faceSans, u.look)
	p.pdf.SetTextRenderingMode(3)
	p.pdf.Text(x, y, "o")
	p.pdf.SetTextRenderingMode(0)
	for _, l := range sh.layers {
		c := l.color
		if l.foreground {
			c.R, c.G, c.B, c.A = uint8(u.look.color[0]), uint8(u.look.color[1]), uint8(u.look.color[2]), 255
		}
		if c.A == 0 {
			continue
		}
		p.pdf.SetFillColor(int(c.R), int(c.G), int(c.B))
		if c.A < 255 {
			p.pdf.SetAlpha(float64(c.A)/255, "Normal")
		}
		p.path(l.path, x, y, em)
		if c.A < 255 {
			p.pdf.SetAlpha(1, "Normal")
		}
	}
	p.pdf.RawWriteStr("EMC\n")
}

// path fills an outline given in em, y up, at the baseline point (x, y).
func (p *pen) path(segs []ot.Segment, x, y, em float64) {
	if len(segs) == 0 {
		return
	}
	at := func(q ot.SegmentPoint) (float64, float64) { return x + float64(q.X)*em, y - float64(q.Y)*em }
	open := false
	for _, s := range segs {
		switch s.Op {
		case ot.SegmentOpMoveTo:
			if open {
				p.pdf.ClosePath()
			}
			p.pdf.MoveTo(at(s.Args[0]))
			open = true
		case ot.SegmentOpLineTo:
			p.pdf.LineTo(at(s.Args[0]))
		case ot.SegmentOpQuadTo:
			cx, cy := at(s.Args[0])
			ex, ey := at(s.Args[1])
			p.pdf.CurveTo(cx, cy, ex, ey)
		case ot.SegmentOpCubeTo:
			c1x, c1y := at(s.Args[0])
			c2x, c2y := at(s.Args[1])
			ex, ey := at(s.Args[2])
			p.pdf.CurveBezierCubicTo(c1x, c1y, c2x, c2y, ex, ey)
		}
	}
	p.pdf.ClosePath()
	p.pdf.DrawPath("F")
}
