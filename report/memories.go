package report

import (
	"bytes"
	"fmt"
	"image/color"
	"image/jpeg"

	"codeberg.org/go-pdf/fpdf"
)

// MemoryLine is one memory on the year summary's page of memories.
type MemoryLine struct {
	Day   string // "12 Mar"
	Title string
	Who   string // whose, or where it comes from
	Color color.NRGBA
	Photo []byte // a small JPEG (a thumbnail), or nil
}

// memoryPhotoSide is the largest side of a memory's photo on paper, in mm.
const memoryPhotoSide = 24.0

// memories prints the year's memories on a page of their own: each with
// its day, whose it is and its title, beside its photo when it has one.
func (l *layout) memories(s Summary) {
	if len(s.Memories) == 0 {
		return
	}
	if l.y > l.top() {
		l.newPage()
	}
	l.heading(l.tr.T("summary.memories"), memoryPhotoSide)
	for i, m := range s.Memories {
		l.memory(i, m)
	}
	if s.MemoriesNote != "" {
		l.note(s.MemoriesNote)
	}
}

func (l *layout) memory(i int, m MemoryLine) {
	lead := look{size: 9.5, bold: true, color: ink}
	textX := 0.0
	pw, ph := 0.0, 0.0
	if m.Photo != nil {
		if cfg, err := jpeg.DecodeConfig(bytes.NewReader(m.Photo)); err == nil && cfg.Width > 0 && cfg.Height > 0 {
			scale := memoryPhotoSide / float64(max(cfg.Width, cfg.Height))
			pw, ph = float64(cfg.Width)*scale, float64(cfg.Height)*scale
			textX = memoryPhotoSide + 4
		}
	}
	head := wrap(split(m.Day+" · "+m.Who, lead), l.width-textX, 1)
	title := wrap(split(m.Title, bodyLook), l.width-textX, 3)
	h := float64(len(head))*lead.lineHeight() + float64(len(title))*bodyLook.lineHeight()
	l.room(max(h, ph) + 3)
	top := l.y
	if pw > 0 {
		name := fmt.Sprintf("memory-%d", i)
		opts := fpdf.ImageOptions{ImageType: "JPG"}
		l.pdf.RegisterImageOptionsReader(name, opts, bytes.NewReader(m.Photo))
		l.pdf.ImageOptions(name, margin, top, pw, ph, false, opts, 0, "")
	}
	if m.Color.A > 0 {
		l.pdf.SetFillColor(int(m.Color.R), int(m.Color.G), int(m.Color.B))
		l.pdf.Rect(margin+textX, top+(lead.lineHeight()-2.5)/2, 2.5, 2.5, "F")
	}
	for _, ln := range head {
		l.lineIn(ln, margin+textX+4, l.width-textX-4, l.y)
		l.y += lead.lineHeight()
	}
	for _, ln := range title {
		l.lineIn(ln, margin+textX+4, l.width-textX-4, l.y)
		l.y += bodyLook.lineHeight()
	}
	l.y = max(l.y, top+ph) + 3
}
