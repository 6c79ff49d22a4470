package report

import (
	"bytes"
	"compress/gzip"
	"embed"
	"fmt"
	"io"
	"strings"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"github.com/go-text/typesetting/font"
	"github.com/ulikunitz/xz"
)

// The fonts a summary may need besides the window's own (Noto Sans, see
// windowFace), compressed (unpacked they would be a quarter of Venn's
// program) and each unpacked the first time a summary needs it, so that a
// household writing only in Latin letters never pays for the others. The
// symbols face, which most summaries use, is gzipped, which unpacks in
// milliseconds; the faces of other scripts and emoji are xz, a third
// smaller and ten times slower to unpack (0.2 s for the CJK face). See
// fonts/LICENSES.md.
//
//go:embed fonts/*.ttf.gz fonts/*.ttf.xz
var fontFiles embed.FS

// face is one font file a summary draws with.
type face int

// The faces, in the order a character is looked for in them: a character
// prints in the first face that has it.
const (
	faceSans       face = iota // Noto Sans, the window's: Latin, Greek, Cyrillic
	faceSansBold               // Noto Sans Bold
	faceSansItalic             // Noto Sans Italic
	faceSymbols                // DejaVu Sans: symbols, arrows, dingbats and more scripts
	faceCJK                    // WenQuanYi Micro Hei: Chinese, Japanese, Korean
	faceEmoji                  // Twemoji: colour emoji, drawn as shapes
	faceArabic                 // Noto Sans Arabic: Arabic, Persian, Urdu, shaped and drawn as shapes
	faceHebrew                 // Noto Sans Hebrew
	faceDevanagari             // Noto Sans Devanagari: Hindi, Marathi, Nepali…
	faceBengali                // Noto Sans Bengali
	faceTamil                  // Noto Sans Tamil
	faceThai                   // Noto Sans Thai
	faceKhmer                  // Noto Sans Khmer
	numFaces
)

// textFaces are the faces looked in for a character that is not an emoji,
// in order.
var textFaces = []face{faceSans, faceSymbols, faceCJK}

// fontFile is a face's data, parsed on first use.
type fontFile struct {
	family string // family name in the PDF
	style  string // fpdf style: "", "B" or "I"
	load   func() ([]byte, error)

	once sync.Once
	data []byte
	err  error

	mu      sync.Mutex // guards face, which caches as it reads
	face    *font.Face
	upem    float64
	advance map[rune]float64 // in em, 0 for a character the face lacks
	has     map[rune]bool
}

var fontFilesByFace = [numFaces]*fontFile{
	faceSans:       {family: "NotoSans", load: windowFace(theme.DefaultTextFont)},
	faceSansBold:   {family: "NotoSans", style: "B", load: windowFace(theme.DefaultTextBoldFont)},
	faceSansItalic: {family: "NotoSans", style: "I", load: windowFace(theme.DefaultTextItalicFont)},
	faceSymbols:    {family: "DejaVu", load: unpack("fonts/DejaVuSans.ttf.gz")},
	faceCJK:        {family: "WenQuanYi", load: unpack("fonts/wqy-microhei.ttf.xz")},
	faceEmoji:      {family: "Twemoji", load: unpack("fonts/twemoji.ttf.xz")},
	faceArabic:     {family: "NotoSansArabic", load: unpack("fonts/NotoSansArabic-Regular.ttf.xz")},
	faceHebrew:     {family: "NotoSansHebrew", load: unpack("fonts/NotoSansHebrew-Regular.ttf.xz")},
	faceDevanagari: {family: "NotoSansDevanagari", load: unpack("fonts/NotoSansDevanagari-Regular.ttf.xz")},
	faceBengali:    {family: "NotoSansBengali", load: unpack("fonts/NotoSansBengali-Regular.ttf.xz")},
	faceTamil:      {family: "NotoSansTamil", load: unpack("fonts/NotoSansTamil-Regular.ttf.xz")},
	faceThai:       {family: "NotoSansThai", load: unpack("fonts/NotoSansThai-Regular.ttf.xz")},
	faceKhmer:      {family: "NotoSansKhmer", load: unpack("fonts/NotoSansKhmer-Regular.ttf.xz")},
}

// windowFace reads one of the faces the window draws its text in: the
// toolkit's Noto Sans, which the program carries anyway. So the summary
// and the window share a typeface, and Venn carries no second one for
// paper. The bytes are the toolkit's, so the summary works on a copy.
func windowFace(resource func() fyne.Resource) func() ([]byte, error) {
	return func() ([]byte, error) {
		data := resource().Content()
		if len(data) == 0 {
			return nil, fmt.Errorf("font %s: empty", resource().Name())
		}
		return bytes.Clone(data), nil
	}
}

// unpack reads an embedded gzip or xz file, the font file it holds.
func unpack(name string) func() ([]byte, error) {
	return func() ([]byte, error) {
		f, err := fontFiles.Open(name)
		if err != nil {
			return nil, fmt.Errorf("font %s: %w", name, err)
		}
		defer f.Close()
		var z io.Reader
		if strings.HasSuffix(name, ".gz") {
			z, err = gzip.NewReader(f)
		} else {
			z, err = xz.NewReader(f)
		}
		if err != nil {
			return nil, fmt.Errorf("font %s: %w", name, err)
		}
		data, err := io.ReadAll(z)
		if err != nil {
			return nil, fmt.Errorf("font %s: %w", name, err)
		}
		return data, nil
	}
}

// file returns the face's font, loading it on first use.
func (f face) file() (*fontFile, error) {
	ff := fontFilesByFace[f]
	ff.once.Do(func() {
		ff.data, ff.err = ff.load()
		if ff.err != nil {
			return
		}
		ff.face, ff.err = font.ParseTTF(bytes.NewReader(ff.data))
		if ff.err != nil {
			ff.err = fmt.Errorf("font %s: %w", ff.family, ff.err)
			return
		}
		ff.upem = float64(ff.face.Upem())
		ff.advance = map[rune]float64{}
		ff.has = map[rune]bool{}
	})
	return ff, ff.err
}

// has reports whether the face draws r. A face that cannot be loaded has
// nothing.
func (f face) has(r rune) bool {
	ff, err := f.file()
	if err != nil {
		return false
	}
	ff.mu.Lock()
	defer ff.mu.Unlock()
	ok, seen := ff.has[r]
	if !seen {
		_, ok = ff.face.NominalGlyph(r)
		ff.has[r] = ok
	}
	return ok
}

// advance is how far r moves the pen, in em.
func (f face) advance(r rune) float64 {
	ff, err := f.file()
	if err != nil {
		return 0
	}
	ff.mu.Lock()
	defer ff.mu.Unlock()
	a, seen := ff.advance[r]
	if !seen {
		gid, ok := ff.face.NominalGlyph(r)
		if !ok {
			gid = 0 // the face's "missing" box
		}
		a = float64(ff.face.HorizontalAdvance(gid)) / ff.upem
		ff.advance[r] = a
	}
	return a
}

// styled is the Noto Sans face for bold or italic text; the other faces
// have one style only.
func (f face) styled(bold, italic bool) face {
	if f != faceSans {
		return f
	}
	switch {
	case bold:
		return faceSansBold
	case italic:
		return faceSansItalic
	}
	return faceSans
}

// synthesisedBold reports whether bold text in the face is drawn by
// thickening the regular glyphs.
func (f face) synthesisedBold() bool { return f == faceSymbols || f == faceCJK || f >= faceArabic }

// faceFor is the face that prints r, if any. An emoji presentation is
// decided by the caller; here r is text.
func faceFor(r rune) (face, bool) {
	for _, f := range textFaces {
		if f.has(r) {
			return f, true
		}
	}
	return faceSans, false
}
