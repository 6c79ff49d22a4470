package chart

import (
	"fmt"
	"image/color"
	"math"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// measure is a stand-in for a painter's font: wide letters for Chinese,
// Japanese and Korean, narrower for the rest, nothing for marks.
func measure(s string, size float64, bold bool) float64 {
	w := 0.0
	for _, r := range s {
		switch {
		case unicode.In(r, unicode.Mn):
		case unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Hangul) || r > 0x1F000:
			w += size
		default:
			w += size * 0.55
		}
	}
	if bold {
		w *= 1.08
	}
	return w
}

// longNames are names of Venn's longest (60 characters) in several
// scripts, and short ones.
var longNames = []string{
	"Maya", "Liam",
	strings.Repeat("Marie-Antoinette ", 4)[:60],
	strings.Repeat("王小明", 20),
	strings.Repeat("ليلى ", 12),
	"Łukasz Żółćński-Brzęczyszczykiewicz de la Fontaine y Gómez 🏔",
	strings.Repeat("Александра", 6),
	"Zoë 👩‍👩‍👧 " + strings.Repeat("é", 30),
}

func sample(rng *rand.Rand, kind Kind) Chart {
	n := 1 + rng.IntN(53)
	if kind == Rows {
		n = 1 + rng.IntN(6)
	}
	c := Chart{Title: "Time in 2027: allocated vs used, week by week", Kind: kind, Unit: "hours"}
	for i := range n {
		label := fmt.Sprintf("%d Jan", i+1)
		if rng.IntN(3) == 0 {
			label = longNames[rng.IntN(len(longNames))]
		}
		c.Categories = append(c.Categories, label)
	}
	for s := range 1 + rng.IntN(4) {
		ser := Series{Name: longNames[rng.IntN(len(longNames))], Color: color.NRGBA{R: uint8(40 * s), A: 255}, Mark: Circle}
		for range n {
			v := rng.Float64() * 40
			if rng.IntN(5) == 0 {
				v = math.NaN()
			}
			ser.Values = append(ser.Values, v)
		}
		c.Series = append(c.Series, ser)
	}
	return c
}

// Whatever the names, the sizes and the number of categories, the legend
// stays off the plot, no two labels of an axis touch, and every text lies
// inside the chart.
func TestLayoutKeepsLegendOffThePlotAndLabelsApart(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for round := range 600 {
		kind := Kind(round % 3)
		c := sample(rng, kind)
		w, h := 200+rng.Float64()*600, 150+rng.Float64()*300
		st := Style{TextSize: 8 + rng.Float64()*6, TitleSize: 10 + rng.Float64()*6, LineHeight: []float64{0, 1.362, 1.6}[rng.IntN(3)]}
		g := Lay(c, w, h, st, measure)
		name := fmt.Sprintf("round %d (%v, %.0f×%.0f)", round, kind, w, h)
		checkGeometry(t, name, g)
	}
}

// A name too long for one line wraps, its lines as far apart as the
// painter's face asks, so that they do not overlap where they are set.
func TestWrappedLinesAreThePaintersLineHeightApart(t *testing.T) {
	long := strings.Repeat("Léa-Marguerite ", 4)
	c := Chart{Kind: Rows, Title: strings.Repeat("Where does the time of ", 6) + "go?", Categories: []string{long, "b"},
		Series: []Series{{Name: long, Values: []float64{1, 2}}, {Name: "Liam", Values: []float64{2, 1}}}}
	for _, lh := range []float64{0, 1.362, 1.6} {
		st := Style{TextSize: 10, TitleSize: 12, LineHeight: lh}
		g := Lay(c, 400, 300, st, measure)
		want := lh
		if want == 0 {
			want = 1.3
		}
		apart := func(what string, ts []Text, size float64) {
			if len(ts) < 2 {
				t.Fatalf("line height %v: the %s does not wrap: %+v", lh, what, ts)
			}
			if got := ts[1].Y - ts[0].Y; math.Abs(got-want*size) > 1e-9 {
				t.Errorf("line height %v: the %s's lines are %.3f apart, want %.3f", lh, what, got, want*size)
			}
		}
		apart("title", g.Title, st.TitleSize)
		apart("legend", g.Legend[0].Lines, st.TextSize)
		checkGeometry(t, fmt.Sprintf("line height %v", lh), g)
	}
}

// A chart too short for a legend in two lines under it sets each name in
// one; one too short even for that leaves the legend out rather than lay
// it over the plot or its labels.
func TestAShortChartShortensItsLegendBeforeItsPlot(t *testing.T) {
	long := strings.Repeat("王小明", 12)
	c := Chart{Kind: Columns, Categories: []string{"5 Oct", "12 Oct"},
		Series: []Series{{Name: long, Values: []float64{1, 2}}, {Name: long + "2", Values: []float64{2, 1}}}}
	st := Style{TextSize: 10, TitleSize: 12, LineHeight: 1.4}
	lines := func(g Geometry) int {
		n := 0
		for _, it := range g.Legend {
			n = max(n, len(it.Lines))
		}
		return n
	}
	for _, tc := range []struct {
		h         float64
		wantLines int
	}{{300, 2}, {60, 1}, {40, 0}} {
		g := Lay(c, 300, tc.h, st, measure)
		if got := lines(g); got != tc.wantLines {
			t.Errorf("%.0f high: legend names in %d lines, want %d", tc.h, got, tc.wantLines)
		}
		checkGeometry(t, fmt.Sprintf("%.0f high", tc.h), g)
	}
}

func checkGeometry(t *testing.T, name string, g Geometry) {
	t.Helper()
	for _, it := range g.Legend {
		for _, b := range append([]Box{it.Swatch}, boxesOf(it.Lines)...) {
			if b.Overlaps(g.Plot) {
				t.Fatalf("%s: legend %+v covers the plot %+v", name, b, g.Plot)
			}
		}
	}
	for _, set := range [][]Text{g.Categories, g.Values} {
		for i := 1; i < len(set); i++ {
			for j := range i {
				if set[i].Overlaps(set[j].Box) {
					t.Fatalf("%s: labels %q and %q collide", name, set[i].S, set[j].S)
				}
			}
		}
	}
	for _, txt := range allTexts(g) {
		if txt.X < -1e-6 || txt.Right() > g.Width+1e-6 {
			t.Fatalf("%s: %q (%.1f–%.1f) runs out of the chart's %.1f", name, txt.S, txt.X, txt.Right(), g.Width)
		}
		if txt.S != "" && measure(txt.S, txt.Size, txt.Bold) > txt.W+1e-6 {
			t.Fatalf("%s: %q is wider than its box", name, txt.S)
		}
	}
	for _, txt := range append(append([]Text{}, g.Categories...), g.Values...) {
		for _, it := range g.Legend {
			for _, lt := range it.Lines {
				if txt.Overlaps(lt.Box) {
					t.Fatalf("%s: axis label %q under legend %q", name, txt.S, lt.S)
				}
			}
		}
	}
}

func boxesOf(ts []Text) []Box {
	var out []Box
	for _, t := range ts {
		out = append(out, t.Box)
	}
	return out
}

func allTexts(g Geometry) []Text {
	out := append(append(append([]Text{}, g.Title...), g.Unit...), g.Categories...)
	out = append(out, g.Values...)
	for _, it := range g.Legend {
		out = append(out, it.Lines...)
	}
	return out
}

// Bars, lines and marks stay inside the plot.
func TestLayoutDrawsInsideThePlot(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for round := range 300 {
		c := sample(rng, Kind(round%3))
		c.Min, c.Max = 0, 30 // some values lie past the axis: they stop at its end
		g := Lay(c, 500, 300, Style{TextSize: 10, TitleSize: 12}, measure)
		in := func(p Point) bool {
			return p.X >= g.Plot.X-1e-6 && p.X <= g.Plot.Right()+1e-6 && p.Y >= g.Plot.Y-1e-6 && p.Y <= g.Plot.Bottom()+1e-6
		}
		for _, b := range g.Bars {
			if !in(Point{b.X, b.Y}) || !in(Point{b.Right(), b.Bottom()}) {
				t.Fatalf("round %d: bar %+v outside the plot %+v", round, b.Box, g.Plot)
			}
		}
		for _, p := range g.Paths {
			for _, pt := range p.Points {
				if !in(pt) {
					t.Fatalf("round %d: line point %+v outside the plot %+v", round, pt, g.Plot)
				}
			}
		}
	}
}

// The legend goes beside the plot for short names and under it for long
// ones, where each name wraps in up to two lines or is cut with "…".
func TestLegendBesideForShortNamesUnderForLong(t *testing.T) {
	c := Chart{Title: "Balance", Categories: []string{"Jan", "Feb"}, Series: []Series{{Name: "Maya", Values: []float64{1, 2}}, {Name: "Liam", Values: []float64{2, 1}}}}
	if g := Lay(c, 500, 300, Style{TextSize: 10, TitleSize: 12}, measure); !g.LegendBeside {
		t.Fatalf("short names: the legend is not beside the plot")
	}
	c.Series[0].Name = strings.Repeat("王小明", 20)
	g := Lay(c, 500, 300, Style{TextSize: 10, TitleSize: 12}, measure)
	if g.LegendBeside {
		t.Fatalf("a 60-character name: the legend is still beside the plot")
	}
	lines := g.Legend[0].Lines
	if len(lines) != 2 || !strings.HasSuffix(lines[1].S, ellipsis) {
		t.Fatalf("a 60-character CJK name in half of 500 should take two lines, the second cut: %+v", lines)
	}
	if got := strings.TrimSuffix(lines[0].S+lines[1].S, ellipsis); !strings.HasPrefix(c.Series[0].Name, got) {
		t.Fatalf("the wrapped name %q is not the name's start", got)
	}
	if g.LegendBox.Y < g.Plot.Bottom() {
		t.Fatalf("the legend under the plot begins at %.1f, above the plot's foot %.1f", g.LegendBox.Y, g.Plot.Bottom())
	}
}

// Month labels that would run into each other are thinned out, the last
// one always kept.
func TestCategoryLabelsThinnedNotCollided(t *testing.T) {
	c := Chart{Kind: Columns, Series: []Series{{Values: make([]float64, 53)}}}
	for i := range 53 {
		c.Categories = append(c.Categories, fmt.Sprintf("%d Sep", i%30+1))
	}
	g := Lay(c, 300, 200, Style{TextSize: 10, TitleSize: 12}, measure)
	if len(g.Categories) == 0 || len(g.Categories) >= 53 {
		t.Fatalf("53 labels in 300 units: %d shown", len(g.Categories))
	}
	if last := g.Categories[len(g.Categories)-1]; last.S != c.Categories[52] {
		t.Fatalf("the last label shown is %q, not the last week's %q", last.S, c.Categories[52])
	}
}

func TestWrapKeepsLettersWithTheirAccents(t *testing.T) {
	s := "Zoe\u0301 Zoe\u0301 Zoe\u0301 Zoe\u0301 Zoe\u0301"
	for w := 5.0; w < 80; w += 1.3 {
		for _, line := range wrapText(s, w, 3, 10, false, measure) {
			rs := []rune(strings.TrimSuffix(line, ellipsis))
			if len(rs) > 0 && rs[len(rs)-1] == 'e' && !strings.HasSuffix(line, ellipsis) && strings.Contains(s, string(rs)+"\u0301") && !strings.HasSuffix(s, string(rs)) {
				// a line ending in a bare e that the text continues with an accent
				if !strings.Contains(line, "\u0301") {
					t.Fatalf("width %.1f: %q separates an e from its accent", w, line)
				}
			}
			if !utf8.ValidString(line) {
				t.Fatalf("width %.1f: %q is not valid text", w, line)
			}
		}
	}
}

func TestDescribeAndWordsSayTheNumbers(t *testing.T) {
	c := Chart{Title: "Time, week by week", Kind: Columns, Unit: "h",
		Categories: []string{"12 Oct", "19 Oct"}, Names: []string{"Week of 12 Oct", "Week of 19 Oct"},
		Series: []Series{{Name: "Maya", Values: []float64{8, math.NaN()}}, {Name: "Liam", Values: []float64{6, 7.5}}}}
	if got, want := c.Describe(0), "Week of 12 Oct: Maya 8 h, Liam 6 h"; got != want {
		t.Errorf("Describe(0) = %q, want %q", got, want)
	}
	if got, want := c.Describe(1), "Week of 19 Oct: Liam 7.5 h"; got != want {
		t.Errorf("Describe(1) = %q, want %q", got, want)
	}
	if got, want := c.Words(), "Time, week by week. Maya: Week of 12 Oct 8 h. Liam: Week of 12 Oct 6 h, Week of 19 Oct 7.5 h."; got != want {
		t.Errorf("Words() = %q, want %q", got, want)
	}
	long := Chart{Title: "Strength", Unit: "%", Series: []Series{{Name: "Walk", Values: []float64{10, 80, 20, 30, 40, 50, 60, 35}}}}
	for i := range 8 {
		long.Categories = append(long.Categories, fmt.Sprintf("w%d", i+1))
	}
	if got, want := long.Words(), "Strength. Walk: lowest 10 % (w1), highest 80 % (w2), latest 35 % (w8)."; got != want {
		t.Errorf("Words() of many = %q, want %q", got, want)
	}
}

func TestCategoryAtFindsTheSlotUnderThePointer(t *testing.T) {
	c := Chart{Kind: Columns, Categories: []string{"a", "b", "c", "d"}, Series: []Series{{Values: []float64{1, 2, 3, 4}}}}
	g := Lay(c, 400, 200, Style{TextSize: 10, TitleSize: 12}, measure)
	for i := range 4 {
		s := g.Slot(i)
		if got := g.CategoryAt(Point{s.X + s.W/2, s.Y + s.H/2}); got != i {
			t.Errorf("the middle of slot %d is category %d", i, got)
		}
	}
	if got := g.CategoryAt(Point{g.Plot.X - 5, g.Plot.Y + 5}); got != -1 {
		t.Errorf("left of the plot is category %d, want -1", got)
	}
	r := Lay(Chart{Kind: Rows, Categories: []string{"x", "y"}, Series: []Series{{Values: []float64{1, 2}}}}, 400, 200, Style{TextSize: 10, TitleSize: 12}, measure)
	if got := r.CategoryAt(Point{r.Plot.X + 10, r.Plot.Bottom() - 1}); got != 1 {
		t.Errorf("the foot of a two-row chart is row %d, want 1", got)
	}
}

func TestHatchStaysInsideItsBox(t *testing.T) {
	b := Box{10, 20, 37, 13}
	segs := Hatch(b, 4)
	if len(segs) < 8 {
		t.Fatalf("a 37×13 box hatched every 4 has %d lines", len(segs))
	}
	for _, s := range segs {
		for _, p := range []Point{s.A, s.B} {
			if p.X < b.X-1e-9 || p.X > b.Right()+1e-9 || p.Y < b.Y-1e-9 || p.Y > b.Bottom()+1e-9 {
				t.Fatalf("hatch point %+v outside %+v", p, b)
			}
		}
	}
}

func TestDashesCoverTheirShareOfTheLine(t *testing.T) {
	pts := []Point{{0, 0}, {50, 0}, {50, 50}}
	var drawn float64
	for _, s := range Dashes(pts, 3, 2) {
		drawn += math.Hypot(s.B.X-s.A.X, s.B.Y-s.A.Y)
	}
	if drawn < 59 || drawn > 61 { // 3 of every 5 of 100
		t.Fatalf("dashes 3 on 2 off over 100 draw %.1f, want about 60", drawn)
	}
}

// recorder is a painter that notes what it is asked to draw.
type recorder struct{ calls []string }

func (r *recorder) Bar(Box, Fill, color.NRGBA)         { r.calls = append(r.calls, "bar") }
func (r *recorder) Area([]Point, float64, color.NRGBA) { r.calls = append(r.calls, "area") }
func (r *recorder) Line([]Point, Stroke, color.NRGBA)  { r.calls = append(r.calls, "line") }
func (r *recorder) Mark(Point, Mark, color.NRGBA)      { r.calls = append(r.calls, "mark") }

// Areas go under lines and marks on top, for every painter alike; the
// legend shows a line chart's series as a piece of line with its mark.
func TestPaintOrderIsTheSameForEveryPainter(t *testing.T) {
	c := Chart{Kind: Lines, Categories: []string{"a", "b"}, Series: []Series{{Name: "Walk", Mark: Circle, Area: true, Values: []float64{1, 2}}}}
	g := Lay(c, 300, 200, Style{TextSize: 10, TitleSize: 12}, measure)
	var r recorder
	PaintData(c, g, &r)
	PaintSwatches(c, g, &r)
	if got, want := strings.Join(r.calls, " "), "area line mark mark line mark"; got != want {
		t.Fatalf("painted %q, want %q", got, want)
	}
}
