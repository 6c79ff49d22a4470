package report

import (
	"math"
	"testing"
)

// The line's ascent and descent are constants, read once from the text
// face; a new face must bring its own.
func TestLineMetricsAreTheTextFaces(t *testing.T) {
	ff, err := faceSans.file()
	if err != nil {
		t.Fatal(err)
	}
	ext, ok := ff.face.FontHExtents()
	if !ok {
		t.Fatal("the text face has no horizontal extents")
	}
	if got := float64(ext.Ascender) / ff.upem; math.Abs(got-ascent) > 0.0005 {
		t.Errorf("ascent is %.4f em, the face says %.4f", ascent, got)
	}
	if got := -float64(ext.Descender) / ff.upem; math.Abs(got-descent) > 0.0005 {
		t.Errorf("descent is %.4f em, the face says %.4f", descent, got)
	}
}

// The summary's text faces are the window's, and each draws the letters
// of the alphabets it is first in line for, in every style.
func TestTheTextFacesDrawLatinGreekAndCyrillic(t *testing.T) {
	for _, f := range []face{faceSans, faceSansBold, faceSansItalic} {
		for _, r := range "AzéøßœŁőĞşñ ΑΩάλЖжЁёҐґ€‘’“”–—…" {
			if !f.has(r) {
				t.Errorf("face %d lacks %q (U+%04X)", f, r, r)
			}
		}
	}
}
