package report

import (
	"fmt"
	"io"
	"strings"
)

// TalkPage is the page a couple takes to a first conversation with a
// therapist or coach: what Venn saw that they chose to keep, and what they
// would like to say in their own words. Both reviewed it before printing.
type TalkPage struct {
	Household string
	Partners  []Person
	Day       string // "7 December 2026"
	Topics    []TalkLine
	Words     string // in their own words; may be empty
}

// TalkLine is one topic: what it is about and what was seen.
type TalkLine struct {
	Title string
	Seen  string
}

// WriteTalkPage lays the page out on paper (A4 or Letter), with its fonts
// embedded; it runs on to a second page only when the couple wrote a lot.
func WriteTalkPage(w io.Writer, p TalkPage, paper string) error {
	pdf := newPDF(paper)
	pdf.SetTitle(utf16BE("What we would like to talk about — "+p.Household), false)
	pdf.SetCreator("Venn", false)
	l := newLayout(pdf)
	l.mirror = rightToLeft(split(p.Household, bodyLook))
	title := look{size: 20, bold: true, color: ink}
	l.paragraph(split("What we would like to talk about", title), 0, title.lineHeight())
	names := make([]string, len(p.Partners))
	for i, pt := range p.Partners {
		names[i] = pt.Name
	}
	sub := look{size: 11, color: muted}
	l.paragraph(split(strings.Join(names, " & ")+"  ·  "+p.Day, sub), 0, sub.lineHeight())
	l.y += 3
	l.heading("What we noticed", bodyLook.lineHeight()*3)
	if len(p.Topics) == 0 {
		l.none("Nothing in particular from Venn's numbers: we would like to talk about what we wrote below.")
	}
	for _, t := range p.Topics {
		l.swatchLine(Line{Lead: t.Title, Text: t.Seen})
	}
	if strings.TrimSpace(p.Words) != "" {
		l.heading("In our own words", bodyLook.lineHeight()*3)
		for _, para := range strings.Split(strings.TrimSpace(p.Words), "\n") {
			if strings.TrimSpace(para) != "" {
				l.paragraph(split(para, bodyLook), 0, bodyLook.lineHeight())
			}
		}
	}
	l.y += 2
	l.note("Made with Venn from what the two of us planned and noted, and read by both of us before printing. " +
		"It is a starting point for a conversation, not a diagnosis.")
	l.frame(p.Household, p.Day)
	if pdf.Err() {
		return fmt.Errorf("lay out the page: %w", pdf.Error())
	}
	if err := pdf.Output(w); err != nil {
		return fmt.Errorf("write the page: %w", err)
	}
	return nil
}
