package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/vennplanner/venn/i18n"
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
	// Lang is the language of the page's own words (nil: English).
	Lang *i18n.Tr
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
	tr := p.Lang
	pdf.SetTitle(utf16BE(tr.T("summary.talkPage.title")+" — "+p.Household), false)
	pdf.SetCreator("Venn", false)
	l := newLayout(pdf)
	l.tr = tr
	l.mirror = tr.RTL() || rightToLeft(split(p.Household, bodyLook))
	title := look{size: 20, bold: true, color: ink}
	l.paragraph(split(tr.T("summary.talkPage.title"), title), 0, title.lineHeight())
	names := make([]string, len(p.Partners))
	for i, pt := range p.Partners {
		names[i] = pt.Name
	}
	sub := look{size: 11, color: muted}
	l.paragraph(split(strings.Join(names, " & ")+"  ·  "+p.Day, sub), 0, sub.lineHeight())
	l.y += 3
	l.heading(tr.T("summary.talkPage.noticed"), bodyLook.lineHeight()*3)
	if len(p.Topics) == 0 {
		l.none(tr.T("summary.talkPage.nothing"))
	}
	for _, t := range p.Topics {
		l.swatchLine(Line{Lead: t.Title, Text: t.Seen})
	}
	if strings.TrimSpace(p.Words) != "" {
		l.heading(tr.T("summary.talkPage.words"), bodyLook.lineHeight()*3)
		for _, para := range strings.Split(strings.TrimSpace(p.Words), "\n") {
			if strings.TrimSpace(para) != "" {
				l.paragraph(split(para, bodyLook), 0, bodyLook.lineHeight())
			}
		}
	}
	l.y += 2
	l.note(tr.T("summary.talkPage.note"))
	l.frame(p.Household, p.Day)
	if pdf.Err() {
		return fmt.Errorf("lay out the page: %w", pdf.Error())
	}
	if err := pdf.Output(w); err != nil {
		return fmt.Errorf("write the page: %w", err)
	}
	return nil
}
