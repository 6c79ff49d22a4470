package summary

import (
	"bytes"
	"compress/zlib"
	"context"
	"fmt"
	"html"
	"io"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/vennplanner/venn/app"
	"github.com/vennplanner/venn/model"
)

// Every chart is checked from the printed PDF itself: the painter marks
// each chart (/Figure) and its plot area (/Plot) with their boxes in the
// content stream, and poppler says where each word was really set.

// pdfBox is a box in points from a page's top-left corner.
type pdfBox struct {
	page           int
	x0, y0, x1, y1 float64
	text           string
}

func (a pdfBox) overlaps(b pdfBox, slack float64) bool {
	return a.page == b.page && a.x0 < b.x1-slack && b.x0 < a.x1-slack && a.y0 < b.y1-slack && b.y0 < a.y1-slack
}

var chartMark = regexp.MustCompile(`/(Figure|Plot) <<(?:/Alt <[0-9A-F]*> )?/BBox \[([-0-9. ]+)\] /Page (\d+)>> BDC`)

// chartBoxes reads the chart and plot boxes from the PDF's content
// streams.
func chartBoxes(t *testing.T, pdf []byte) (figures, plots []pdfBox) {
	t.Helper()
	for rest := pdf; ; {
		i := bytes.Index(rest, []byte("stream\n"))
		if i < 0 {
			break
		}
		rest = rest[i+len("stream\n"):]
		j := bytes.Index(rest, []byte("endstream"))
		if j < 0 {
			break
		}
		r, err := zlib.NewReader(bytes.NewReader(rest[:j]))
		rest = rest[j+len("endstream"):]
		if err != nil {
			continue // not a compressed stream
		}
		content, _ := io.ReadAll(r)
		for _, m := range chartMark.FindAllSubmatch(content, -1) {
			var b pdfBox
			fmt.Sscan(string(m[2]), &b.x0, &b.y0, &b.x1, &b.y1)
			b.page, _ = strconv.Atoi(string(m[3]))
			if string(m[1]) == "Figure" {
				figures = append(figures, b)
			} else {
				plots = append(plots, b)
			}
		}
	}
	return figures, plots
}

var wordTag = regexp.MustCompile(`<word xMin="([-0-9.]+)" yMin="([-0-9.]+)" xMax="([-0-9.]+)" yMax="([-0-9.]+)">([^<]*)</word>`)

// pdfWords is every word poppler finds, with its box.
func pdfWords(t *testing.T, pdf []byte) []pdfBox {
	t.Helper()
	cmd := exec.Command("pdftotext", "-bbox", "-", "-")
	cmd.Stdin = bytes.NewReader(pdf)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("pdftotext -bbox: %v", err)
	}
	var words []pdfBox
	for i, page := range strings.Split(string(out), "<page ")[1:] {
		for _, m := range wordTag.FindAllStringSubmatch(page, -1) {
			b := pdfBox{page: i + 1, text: html.UnescapeString(m[5])}
			b.x0, _ = strconv.ParseFloat(m[1], 64)
			b.y0, _ = strconv.ParseFloat(m[2], 64)
			b.x1, _ = strconv.ParseFloat(m[3], 64)
			b.y1, _ = strconv.ParseFloat(m[4], 64)
			words = append(words, b)
		}
	}
	return words
}

// checkCharts fails when a word is set on a chart's plot area (a legend
// over the data) or two words of one chart overlap (labels colliding).
func checkCharts(t *testing.T, what string, pdf []byte, wantCharts int) {
	t.Helper()
	figures, plots := chartBoxes(t, pdf)
	if len(figures) < wantCharts || len(plots) != len(figures) {
		t.Fatalf("%s: %d charts and %d plot areas marked in the PDF, want %d of each", what, len(figures), len(plots), wantCharts)
	}
	words := pdfWords(t, pdf)
	for _, p := range plots {
		for _, w := range words {
			if w.overlaps(p, 0.3) {
				t.Errorf("%s: %q is set on a chart's plot area (page %d, %.0f,%.0f–%.0f,%.0f)", what, w.text, p.page, p.x0, p.y0, p.x1, p.y1)
			}
		}
	}
	for _, f := range figures {
		var in []pdfBox
		for _, w := range words {
			if w.overlaps(f, 0) {
				in = append(in, w)
			}
		}
		for i := range in {
			for j := range i {
				if in[i].overlaps(in[j], 0.3) {
					t.Errorf("%s: chart labels %q and %q overlap on page %d", what, in[i].text, in[j].text, f.page)
				}
			}
		}
	}
}

// longestName is a partner's name of Venn's longest, from a unit
// repeated.
func longestName(unit string) string {
	rs := []rune(strings.Repeat(unit, model.MaxNameLen))
	return strings.TrimSpace(string(rs[:model.MaxNameLen]))
}

// buildLongest is the demo household with both partners renamed to names
// of Venn's longest, so every chart is drawn with them.
func buildLongest(a, b string) func(testing.TB, *app.Service) {
	return func(t testing.TB, s *app.Service) {
		ctx := context.Background()
		if err := s.Demo(ctx, 1); err != nil {
			t.Fatal(err)
		}
		h, partners, err := s.Household(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if err := s.SaveHousehold(ctx, app.HouseholdSetup{Name: h.Name, Currency: h.Currency, WeekStart: h.WeekStart,
			A: app.PartnerSetup{Name: a, Color: partners[0].Color}, B: app.PartnerSetup{Name: b, Color: partners[1].Color}}); err != nil {
			t.Fatal(err)
		}
	}
}
