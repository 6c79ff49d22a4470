package report

import "testing"

// BenchmarkUnpackFonts measures what the first summary in a process waits
// for to unpack its fonts: the four faces every summary uses, and every
// face (a summary with Chinese, emoji, Arabic, Thai…).
func BenchmarkUnpackFonts(b *testing.B) {
	for _, f := range []struct {
		name  string
		faces []face
	}{
		{"every-summary", []face{faceSans, faceSansBold, faceSansItalic, faceSymbols}},
		{"all", allFaces()},
	} {
		b.Run(f.name, func(b *testing.B) {
			for b.Loop() {
				for _, fc := range f.faces {
					if _, err := fontFilesByFace[fc].load(); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}

func allFaces() []face {
	all := make([]face, numFaces)
	for i := range all {
		all[i] = face(i)
	}
	return all
}
