package report

import (
	"image/color"
	"sync"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/go-text/typesetting/di"
	"github.com/go-text/typesetting/font"
	ot "github.com/go-text/typesetting/font/opentype"
	"github.com/go-text/typesetting/font/opentype/tables"
	"github.com/go-text/typesetting/language"
	"github.com/go-text/typesetting/shaping"
	"golang.org/x/image/math/fixed"
)

// Emoji are drawn as vector shapes in their own colours: fpdf embeds only
// characters of the Basic Multilingual Plane, and most emoji lie beyond it.
// The shapes come from the Twemoji colour font (COLR layers over glyph
// outlines), shaped with HarfBuzz (go-text/typesetting) so that sequences
// such as 👩‍❤️‍👨, skin tones and flags become the one picture the font has
// for them.

// Characters that join or modify an emoji rather than stand alone.
const (
	zeroWidthJoiner = '\u200d'
	textStyle       = '\ufe0e' // VS15: show the character as text
	emojiStyle      = '\ufe0f' // VS16: show the character as an emoji
	keycap          = '\u20e3'
)

// emojiByDefault lists the characters of the Basic Multilingual Plane that
// show as emoji even without VS16 (Unicode's Emoji_Presentation=Yes).
var emojiByDefault = [][2]rune{
	{0x231A, 0x231B}, {0x23E9, 0x23EC}, {0x23F0, 0x23F0}, {0x23F3, 0x23F3}, {0x25FD, 0x25FE},
	{0x2614, 0x2615}, {0x2648, 0x2653}, {0x267F, 0x267F}, {0x2693, 0x2693}, {0x26A1, 0x26A1},
	{0x26AA, 0x26AB}, {0x26BD, 0x26BE}, {0x26C4, 0x26C5}, {0x26CE, 0x26CE}, {0x26D4, 0x26D4},
	{0x26EA, 0x26EA}, {0x26F2, 0x26F3}, {0x26F5, 0x26F5}, {0x26FA, 0x26FA}, {0x26FD, 0x26FD},
	{0x2705, 0x2705}, {0x270A, 0x270B}, {0x2728, 0x2728}, {0x274C, 0x274C}, {0x274E, 0x274E},
	{0x2753, 0x2755}, {0x2757, 0x2757}, {0x2795, 0x2797}, {0x27B0, 0x27B0}, {0x27BF, 0x27BF},
	{0x2B1B, 0x2B1C}, {0x2B50, 0x2B50}, {0x2B55, 0x2B55},
}

func isEmojiByDefault(r rune) bool {
	if r > 0xFFFF {
		return true
	}
	for _, rg := range emojiByDefault {
		if r >= rg[0] && r <= rg[1] {
			return true
		}
	}
	return false
}

func isSkinTone(r rune) bool       { return r >= 0x1F3FB && r <= 0x1F3FF }
func isTag(r rune) bool            { return r >= 0xE0020 && r <= 0xE007F }
func isRegionalLetter(r rune) bool { return r >= 0x1F1E6 && r <= 0x1F1FF }

// emojiAt reports how many runes from rs[i] form one emoji picture, or 0
// when rs[i] starts none (it is text).
func emojiAt(rs []rune, i int) int {
	r := rs[i]
	next := func(k int) rune {
		if k < len(rs) {
			return rs[k]
		}
		return 0
	}
	switch {
	case next(i+1) == textStyle:
		return 0
	case (r >= '0' && r <= '9') || r == '#' || r == '*':
		return keycapAt(next(i+1), next(i+2))
	case (!isEmojiByDefault(r) && next(i+1) != emojiStyle) || !faceEmoji.has(r):
		return 0
	case isRegionalLetter(r):
		if isRegionalLetter(next(i + 1)) {
			return 2 // a flag
		}
		return 1
	}
	return sequenceEnd(rs, i+1) - i
}

// keycapAt is the length of a keycap (1️⃣: a digit, VS16 and the keycap
// mark) given the two runes after the digit, or 0.
func keycapAt(r1, r2 rune) int {
	switch {
	case r1 == emojiStyle && r2 == keycap:
		return 3
	case r1 == keycap:
		return 2
	}
	return 0
}

// sequenceEnd is where an emoji sequence that goes on at rs[k] ends: past
// its variation selectors, skin tones, tags and keycap marks, and past each
// joiner with the emoji it joins.
func sequenceEnd(rs []rune, k int) int {
	for k < len(rs) {
		switch c := rs[k]; {
		case c == emojiStyle || isSkinTone(c) || isTag(c) || c == keycap:
			k++
		case c == zeroWidthJoiner && k+1 < len(rs) && faceEmoji.has(rs[k+1]):
			k += 2
		default:
			return k
		}
	}
	return k
}

// emojiShape is an emoji picture ready to draw: coloured layers of
// outlines, in em with y growing up from the baseline.
type emojiShape struct {
	advance float64
	layers  []emojiLayer
}

type emojiLayer struct {
	path       []ot.Segment // in em
	color      color.NRGBA
	foreground bool // drawn in the text's colour
}

var emojiShapes struct {
	sync.Mutex
	byText map[string]*emojiShape
}

// shapeEmoji returns the picture for one emoji sequence.
func shapeEmoji(s string) *emojiShape {
	emojiShapes.Lock()
	defer emojiShapes.Unlock()
	if sh, ok := emojiShapes.byText[s]; ok {
		return sh
	}
	if emojiShapes.byText == nil {
		emojiShapes.byText = map[string]*emojiShape{}
	}
	sh := &emojiShape{advance: 1}
	emojiShapes.byText[s] = sh
	ff, err := faceEmoji.file()
	if err != nil {
		return sh
	}
	ff.mu.Lock()
	defer ff.mu.Unlock()
	rs := []rune(s)
	out := (&shaping.HarfbuzzShaper{}).Shape(shaping.Input{
		Text: rs, RunStart: 0, RunEnd: len(rs), Direction: di.DirectionLTR,
		Face: ff.face, Size: fixed.I(int(ff.upem)), Script: language.Common,
	})
	scale := 1 / ff.upem
	pen := 0.0
	for _, g := range out.Glyphs {
		dx := pen + float64(g.XOffset)/64*scale
		pen += float64(g.Advance) / 64 * scale
		gid := tables.GlyphID(g.GlyphID)
		if paint, ok := ff.face.GlyphDataColor(gid); ok {
			if layers, ok := paint.Paint.(tables.PaintColrLayersResolved); ok {
				for _, l := range layers {
					layer := emojiLayer{path: outline(ff.face, l.GlyphID, dx, scale)}
					if l.PaletteIndex == 0xFFFF || len(ff.face.CPAL) == 0 || int(l.PaletteIndex) >= len(ff.face.CPAL[0]) {
						layer.foreground = true
					} else {
						c := ff.face.CPAL[0][l.PaletteIndex]
						layer.color = color.NRGBA{R: c.Red, G: c.Green, B: c.Blue, A: c.Alpha}
					}
					sh.layers = append(sh.layers, layer)
				}
				continue
			}
		}
		if p := outline(ff.face, gid, dx, scale); len(p) > 0 {
			sh.layers = append(sh.layers, emojiLayer{path: p, foreground: true})
		}
	}
	if pen > 0 {
		sh.advance = pen
	}
	return sh
}

// outline is a glyph's outline moved right by dx and scaled to em.
func outline(f *font.Face, gid tables.GlyphID, dx, scale float64) []ot.Segment {
	o, ok := f.GlyphDataOutline(gid)
	if !ok {
		return nil
	}
	segs := make([]ot.Segment, len(o.Segments))
	for i, s := range o.Segments {
		segs[i].Op = s.Op
		for k, p := range s.ArgsSlice() {
			segs[i].Args[k] = ot.SegmentPoint{X: float32(float64(p.X)*scale + dx), Y: float32(float64(p.Y) * scale)}
		}
	}
	return segs
}

// utf16Hex is s as a PDF hex string in UTF-16BE with a byte-order mark,
// the form PDF text strings outside Latin-1 take.
func utf16Hex(s string) string {
	const hex = "0123456789ABCDEF"
	out := []byte("FEFF")
	put := func(u uint16) {
		out = append(out, hex[u>>12], hex[u>>8&0xF], hex[u>>4&0xF], hex[u&0xF])
	}
	for _, r := range s {
		if r == utf8.RuneError {
			continue
		}
		if r > 0xFFFF {
			r -= 0x10000
			put(uint16(0xD800 + r>>10))
			put(uint16(0xDC00 + r&0x3FF))
			continue
		}
		put(uint16(r))
	}
	return string(out)
}

// utf16BE is s in UTF-16BE with a byte-order mark, as a PDF text string
// outside Latin-1 is written (the document's title).
func utf16BE(s string) string {
	out := []byte{0xFE, 0xFF}
	for _, u := range utf16.Encode([]rune(s)) {
		out = append(out, byte(u>>8), byte(u))
	}
	return string(out)
}
