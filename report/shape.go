package report

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"github.com/go-text/typesetting/di"
	"github.com/go-text/typesetting/font"
	ot "github.com/go-text/typesetting/font/opentype"
	"github.com/go-text/typesetting/font/opentype/tables"
	"github.com/go-text/typesetting/language"
	"github.com/go-text/typesetting/shaping"
	"golang.org/x/image/math/fixed"
)

// Scripts whose letters change shape with their neighbours (Arabic joins
// its letters, Devanagari, Bengali, Tamil and Khmer reorder and stack
// theirs, Thai stacks its marks) are shaped with HarfBuzz
// (go-text/typesetting) in a Noto face of their own. fpdf maps one
// character to one glyph and cannot place the glyphs shaping chooses, so
// they are drawn as outlines, as emoji are, with the text they stand for
// in an ActualText span so that search and copy still find it.

// shapedScript is a script drawn as shaped outlines.
type shapedScript struct {
	table *unicode.RangeTable
	face  face
	rtl   bool // written right to left
	tag   language.Script
}

var shapedScripts = [...]shapedScript{
	{unicode.Arabic, faceArabic, true, language.Arabic},
	{unicode.Hebrew, faceHebrew, true, language.Hebrew},
	{unicode.Devanagari, faceDevanagari, false, language.Devanagari},
	{unicode.Bengali, faceBengali, false, language.Bengali},
	{unicode.Tamil, faceTamil, false, language.Tamil},
	{unicode.Thai, faceThai, false, language.Thai},
	{unicode.Khmer, faceKhmer, false, language.Khmer},
}

// shapedScriptOf is the shaped script r is a letter of, or nil: Latin,
// Greek, Cyrillic and CJK stay real text.
func shapedScriptOf(r rune) *shapedScript {
	if r < 0x0590 {
		return nil
	}
	for i := range shapedScripts {
		if unicode.Is(shapedScripts[i].table, r) {
			return &shapedScripts[i]
		}
	}
	return nil
}

const (
	zeroWidthNonJoiner = '\u200c'
	arabicTatweel      = '\u0640'
)

// inRun reports whether r carries on a run of sc's letters: a letter of
// the script, a mark the face has, a joiner, the Arabic tatweel or an
// Indic danda. Digits (and other letters) start a run of their own, since
// right-to-left text keeps its numbers left to right.
func inRun(r rune, sc *shapedScript, digits bool) bool {
	if unicode.IsDigit(r) != digits {
		return false
	}
	switch {
	case unicode.Is(sc.table, r):
		return true
	case r == zeroWidthJoiner || r == zeroWidthNonJoiner:
		return true
	case r == arabicTatweel || r == '\u0964' || r == '\u0965',
		unicode.In(r, unicode.Mn, unicode.Mc, unicode.Me):
		return sc.face.has(r)
	}
	return false
}

// runAt is how many runes from rs[i] form one run of sc's text to shape
// together: up to the next space, punctuation or letter of another
// script. Joiners at its end are left out.
func runAt(rs []rune, i int, sc *shapedScript) int {
	digits := unicode.IsDigit(rs[i])
	j := i + 1
	for j < len(rs) && inRun(rs[j], sc, digits) {
		j++
	}
	for j > i+1 && (rs[j-1] == zeroWidthJoiner || rs[j-1] == zeroWidthNonJoiner) {
		j--
	}
	return j - i
}

// shapedRun is a run of text shaped in one face, cut into clusters in
// logical order: a cluster is the smallest piece whose glyphs stand alone
// (a letter with its marks, a ligature, an Indic syllable).
type shapedRun struct {
	face     face
	rtl      bool
	clusters []glyphCluster
}

// glyphCluster is a cluster's runes (rs[start:end] of its run) and its
// glyphs, placed in em from the cluster's left end on the baseline.
type glyphCluster struct {
	start, end int
	advance    float64 // em
	glyphs     []placedGlyph
}

type placedGlyph struct {
	id   font.GID
	x, y float64 // em, y up
}

type runKey struct {
	face face
	rtl  bool
	text string
}

// shapedRuns caches runs: a summary names the same people and goals many
// times. It is emptied when it grows past maxShapedRuns.
var shapedRuns struct {
	sync.Mutex
	byKey map[runKey]*shapedRun
}

const maxShapedRuns = 20000

// shapeRun shapes rs, a run of sc's text, or returns nil when the face
// cannot be loaded.
func shapeRun(rs []rune, sc *shapedScript) *shapedRun {
	rtl := sc.rtl && !unicode.IsDigit(rs[0])
	key := runKey{face: sc.face, rtl: rtl, text: string(rs)}
	shapedRuns.Lock()
	run, ok := shapedRuns.byKey[key]
	shapedRuns.Unlock()
	if ok {
		return run
	}
	ff, err := sc.face.file()
	if err != nil {
		return nil
	}
	dir := di.DirectionLTR
	if rtl {
		dir = di.DirectionRTL
	}
	ff.mu.Lock()
	out := (&shaping.HarfbuzzShaper{}).Shape(shaping.Input{
		Text: rs, RunStart: 0, RunEnd: len(rs), Direction: dir,
		Face: ff.face, Size: fixed.I(int(ff.upem)), Script: sc.tag,
	})
	ff.mu.Unlock()
	run = &shapedRun{face: sc.face, rtl: rtl, clusters: clustersOf(out.Glyphs, len(rs), rtl, 1/ff.upem)}
	shapedRuns.Lock()
	if shapedRuns.byKey == nil || len(shapedRuns.byKey) >= maxShapedRuns {
		shapedRuns.byKey = map[runKey]*shapedRun{}
	}
	shapedRuns.byKey[key] = run
	shapedRuns.Unlock()
	return run
}

// clustersOf groups shaped glyphs (in visual order) into clusters in
// logical order. Should the clusters not follow the text in order, the
// whole run is one cluster.
func clustersOf(gs []shaping.Glyph, n int, rtl bool, scale float64) []glyphCluster {
	var cs []glyphCluster
	pen := 0.0
	left := 0.0
	for i, g := range gs {
		if i == 0 || g.TextIndex() != gs[i-1].TextIndex() {
			cs = append(cs, glyphCluster{start: g.TextIndex(), end: g.TextIndex() + g.RunesCount()})
			left = pen
		}
		c := &cs[len(cs)-1]
		adv := float64(g.Advance) / 64 * scale
		c.glyphs = append(c.glyphs, placedGlyph{id: g.GlyphID,
			x: pen - left + float64(g.XOffset)/64*scale, y: float64(g.YOffset) / 64 * scale})
		c.advance += adv
		pen += adv
	}
	if rtl {
		for i, j := 0, len(cs)-1; i < j; i, j = i+1, j-1 {
			cs[i], cs[j] = cs[j], cs[i]
		}
	}
	if tiles(cs, n) {
		return cs
	}
	// One cluster: every glyph placed from the run's left end.
	one := glyphCluster{end: n, advance: pen}
	pen = 0
	for _, g := range gs {
		one.glyphs = append(one.glyphs, placedGlyph{id: g.GlyphID, x: pen + float64(g.XOffset)/64*scale, y: float64(g.YOffset) / 64 * scale})
		pen += float64(g.Advance) / 64 * scale
	}
	return []glyphCluster{one}
}

// tiles reports whether clusters cover runes 0..n once each, in order.
func tiles(cs []glyphCluster, n int) bool {
	at := 0
	for _, c := range cs {
		if c.start != at || c.end <= c.start {
			return false
		}
		at = c.end
	}
	return at == n
}

// shapedUnits shapes the run of sc's text at rs[i] and returns its units,
// one a cluster, and how many runes it took; 0 when it cannot be shaped.
func shapedUnits(rs []rune, i int, sc *shapedScript, lk look) ([]unit, int) {
	n := runAt(rs, i, sc)
	run := shapeRun(rs[i:i+n], sc)
	if run == nil {
		return nil, 0
	}
	em := lk.em()
	us := make([]unit, len(run.clusters))
	for k := range run.clusters {
		c := &run.clusters[k]
		us[k] = unit{kind: unitShaped, text: string(rs[i+c.start : i+c.end]), face: run.face, look: lk,
			width: c.advance * em, run: run, cluster: c}
	}
	return us, n
}

// glyphPaths caches each glyph's outline as PDF path operators in font
// units.
var glyphPaths struct {
	sync.Mutex
	byGlyph map[glyphKey]string
}

type glyphKey struct {
	face face
	id   font.GID
}

// glyphPath is the glyph's outline as PDF path operators in font units
// (y up), ending in a close; "" for a glyph with no outline (a space).
func glyphPath(f face, id font.GID) string {
	k := glyphKey{f, id}
	glyphPaths.Lock()
	s, ok := glyphPaths.byGlyph[k]
	glyphPaths.Unlock()
	if ok {
		return s
	}
	ff, err := f.file()
	if err != nil {
		return ""
	}
	ff.mu.Lock()
	o, ok := ff.face.GlyphDataOutline(tables.GlyphID(id))
	ff.mu.Unlock()
	if ok {
		s = pathOps(o.Segments)
	}
	glyphPaths.Lock()
	if glyphPaths.byGlyph == nil {
		glyphPaths.byGlyph = map[glyphKey]string{}
	}
	glyphPaths.byGlyph[k] = s
	glyphPaths.Unlock()
	return s
}

// pathOps writes segments as PDF path operators; quadratic curves become
// the cubic curves PDF draws.
func pathOps(segs []ot.Segment) string {
	var b []byte
	num := func(v float32) {
		b = strconv.AppendFloat(b, float64(v), 'f', -1, 32)
		b = append(b, ' ')
	}
	var cur ot.SegmentPoint
	open := false
	for _, s := range segs {
		switch s.Op {
		case ot.SegmentOpMoveTo:
			if open {
				b = append(b, "h "...)
			}
			num(s.Args[0].X)
			num(s.Args[0].Y)
			b = append(b, "m "...)
			cur, open = s.Args[0], true
		case ot.SegmentOpLineTo:
			num(s.Args[0].X)
			num(s.Args[0].Y)
			b = append(b, "l "...)
			cur = s.Args[0]
		case ot.SegmentOpQuadTo:
			q, e := s.Args[0], s.Args[1]
			for _, v := range []float32{cur.X + 2*(q.X-cur.X)/3, cur.Y + 2*(q.Y-cur.Y)/3, e.X + 2*(q.X-e.X)/3, e.Y + 2*(q.Y-e.Y)/3, e.X, e.Y} {
				num(round1(v))
			}
			b = append(b, "c "...)
			cur = e
		case ot.SegmentOpCubeTo:
			for _, p := range s.Args {
				num(p.X)
				num(p.Y)
			}
			b = append(b, "c "...)
			cur = s.Args[2]
		}
	}
	if open {
		b = append(b, 'h')
	}
	return string(b)
}

// round1 rounds to a tenth of a font unit, far below what paper shows.
func round1(v float32) float32 {
	if v < 0 {
		return -float32(int(-v*10+0.5)) / 10
	}
	return float32(int(v*10+0.5)) / 10
}

// shaped draws the shaped clusters at the start of us that come from one
// run in one look, as outlines in the text's colour, marked with the text
// they stand for; it says how many units it took.
func (p *pen) shaped(us []unit, x, y float64) int {
	u := us[0]
	n := 1
	for n < len(us) && us[n].kind == unitShaped && us[n].run == u.run && us[n].look == u.look {
		n++
	}
	group := us[:n]
	ff, err := u.face.file()
	if err != nil {
		return n
	}
	em := u.look.em()
	k := p.pdf.GetConversionRatio()
	_, pageH := p.pdf.GetPageSize()
	scale := em * k / ff.upem // font units to points
	c := u.look.color
	p.pdf.SetFillColor(c[0], c[1], c[2])
	op := "f"
	var b []byte
	if u.look.bold {
		p.pdf.SetDrawColor(c[0], c[1], c[2])
		op = "B"
		b = append(b, "q "...)
		b = strconv.AppendFloat(b, 0.035*ff.upem, 'f', 1, 64)
		b = append(b, " w\n"...)
	}
	left := x
	lefts := make([]float64, len(group))
	for i, g := range group {
		lefts[i] = left
		for _, gl := range g.cluster.glyphs {
			path := glyphPath(g.face, gl.id)
			if path == "" {
				continue
			}
			b = append(b, "q "...)
			for _, v := range []float64{scale, 0, 0, scale, (left + gl.x*em) * k, (pageH - y + gl.y*em) * k} {
				b = strconv.AppendFloat(b, v, 'f', 4, 64)
				b = append(b, ' ')
			}
			b = append(b, "cm "...)
			b = append(b, path...)
			b = append(b, ' ')
			b = append(b, op...)
			b = append(b, " Q\n"...)
		}
		left += g.width
	}
	if u.look.bold {
		b = append(b, "Q\n"...)
	}
	p.pdf.RawWriteStr(string(b))
	if !u.run.rtl {
		p.actualText(logicalText(group), x, y, widthOf(group), u.look)
		return n
	}
	// Extractors read right-to-left text by where its letters are, as they
	// read text set in visual order: each letter is marked at its own
	// place, the first at the right, and the marks go left to right.
	for i, g := range group {
		rs := []rune(g.text)
		slot := g.width / float64(len(rs))
		for k := range rs {
			p.actualText(string(rs[len(rs)-1-k]), lefts[i]+float64(k)*slot, y, slot, u.look)
		}
	}
	return n
}

// logicalText is the text of a run's clusters, drawn in visual order, in
// the order it was written.
func logicalText(group []unit) string {
	var s strings.Builder
	for _, i := range logicalOrder(group) {
		s.WriteString(group[i].text)
	}
	return s.String()
}

// logicalOrder is the indices of a run's clusters in the order they were
// written.
func logicalOrder(group []unit) []int {
	order := make([]int, len(group))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int { return group[a].cluster.start - group[b].cluster.start })
	return order
}

// actualText marks the box from x, w wide, as standing for text: an
// invisible letter stretched over it, in an ActualText span, gives text
// extractors the place and the text.
func (p *pen) actualText(text string, x, y, w float64, lk look) {
	p.pdf.RawWriteStr(fmt.Sprintf("/Span <</ActualText <%s>>> BDC\n", utf16Hex(text)))
	p.setFace(faceSans, lk)
	stretch := 100.0
	if o := faceSans.advance('o') * lk.em(); o > 0 && w > 0 {
		stretch = w / o * 100
	}
	p.pdf.RawWriteStr(fmt.Sprintf("%.2f Tz\n", stretch))
	p.pdf.SetTextRenderingMode(3)
	p.pdf.Text(x, y, "o")
	p.pdf.SetTextRenderingMode(0)
	p.pdf.RawWriteStr("100 Tz\nEMC\n")
}
