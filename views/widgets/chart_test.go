package widgets

import (
	"image/color"
	"math"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/model/chart"
)

func weekChart() chart.Chart {
	return chart.Chart{Title: "Time, week by week", Kind: chart.Columns, Unit: "h",
		Categories: []string{"12 Oct", "19 Oct", "26 Oct"}, Names: []string{"Week of 12 Oct", "Week of 19 Oct", "Week of 26 Oct"},
		Series: []chart.Series{
			{Name: "Maya", Color: model.RGBA("#3b82f6"), Values: []float64{8, 5, math.NaN()}},
			{Name: "Liam", Color: model.RGBA("#e07a5f"), Fill: chart.Hatched, Values: []float64{6, 7, 4}},
		}}
}

// texts are the strings a chart draws.
func texts(o fyne.CanvasObject) string {
	var b strings.Builder
	for _, obj := range test.WidgetRenderer(o.(fyne.Widget)).Objects() {
		if t, ok := obj.(*canvas.Text); ok {
			b.WriteString(t.Text + "\n")
		}
	}
	return b.String()
}

// Pointing at a week says its values in words, drawn on the chart; a
// click hands the week to the screen.
func TestChartSaysWhatIsUnderThePointerAndGoesThereOnClick(t *testing.T) {
	test.NewTempApp(t)
	c := NewChart(fyne.NewSize(400, 240))
	c.Set(weekChart())
	w := test.NewTempWindow(t, c)
	w.Resize(fyne.NewSize(420, 260))
	for _, want := range []string{"Time, week by week", "Maya", "Liam", "12 Oct", "26 Oct"} {
		if !strings.Contains(texts(c), want) {
			t.Fatalf("the chart does not show %q:\n%s", want, texts(c))
		}
	}
	at := c.CategoryCentre(1)
	c.MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: at}})
	if got, want := c.Pointed(), "Week of 19 Oct: Maya 5 h, Liam 7 h"; got != want {
		t.Fatalf("pointing at the second week says %q, want %q", got, want)
	}
	if !strings.Contains(texts(c), "Week of 19 Oct") {
		t.Fatalf("what the pointer says is not drawn:\n%s", texts(c))
	}
	var clicked = -1
	c.OnTapped = func(i int) { clicked = i }
	c.Tapped(&fyne.PointEvent{Position: c.CategoryCentre(2)})
	if clicked != 2 {
		t.Fatalf("a click on the third week went to %d", clicked)
	}
	c.MouseOut()
	if c.Pointed() != "" {
		t.Fatalf("the values stay after the pointer left: %q", c.Pointed())
	}
}

// The keys move between weeks and Enter opens one, for people who do not
// use a mouse; a screen reader hears the numbers.
func TestChartAnswersTheKeysAndSaysItsNumbers(t *testing.T) {
	test.NewTempApp(t)
	c := NewChart(fyne.NewSize(400, 240))
	c.Set(weekChart())
	w := test.NewTempWindow(t, c)
	w.Resize(fyne.NewSize(420, 260))
	clicked := -1
	c.OnTapped = func(i int) { clicked = i }
	w.Canvas().Focus(c)
	if !strings.HasPrefix(c.Pointed(), "Week of 26 Oct") {
		t.Fatalf("with the keyboard's focus the chart starts at the latest week, not %q", c.Pointed())
	}
	c.TypedKey(&fyne.KeyEvent{Name: fyne.KeyLeft})
	c.TypedKey(&fyne.KeyEvent{Name: fyne.KeyLeft})
	c.TypedKey(&fyne.KeyEvent{Name: fyne.KeyLeft}) // stays at the first
	c.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if clicked != 0 {
		t.Fatalf("Enter after three lefts opened week %d, want 0", clicked)
	}
	label := c.AccessibilityLabel()
	if !strings.Contains(label, "Maya: Week of 12 Oct 8 h, Week of 19 Oct 5 h") || !strings.Contains(label, "Liam:") {
		t.Fatalf("a screen reader hears %q", label)
	}
}

// forced is a theme in one variant, whatever the settings say.
type forced struct {
	fyne.Theme
	v fyne.ThemeVariant
}

func (f forced) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return f.Theme.Color(n, f.v)
}

// Light and dark: the axis text takes the theme's foreground.
func TestChartFollowsTheTheme(t *testing.T) {
	a := test.NewTempApp(t)
	for _, v := range []fyne.ThemeVariant{theme.VariantLight, theme.VariantDark} {
		a.Settings().SetTheme(forced{theme.DefaultTheme(), v})
		c := NewChart(fyne.NewSize(300, 200))
		c.Set(weekChart())
		w := test.NewTempWindow(t, c)
		w.Resize(fyne.NewSize(320, 220))
		fg := theme.DefaultTheme().Color(theme.ColorNameForeground, v)
		found := false
		for _, obj := range test.WidgetRenderer(c).Objects() {
			if txt, ok := obj.(*canvas.Text); ok && txt.Text == "12 Oct" {
				found = true
				if txt.Color != fg {
					t.Errorf("variant %d: the label is %v, not the theme's text colour %v", v, txt.Color, fg)
				}
			}
		}
		if !found {
			t.Errorf("variant %d: no week label drawn", v)
		}
	}
}

// BenchmarkChartDraw lays out and builds the objects of a quarter's weekly
// chart, as a resize or a theme change does.
func BenchmarkChartDraw(b *testing.B) {
	test.NewTempApp(b)
	c := NewChart(fyne.NewSize(560, 300))
	d := weekChart()
	for range 4 {
		d.Categories = append(d.Categories, d.Categories...)
		d.Names = append(d.Names, d.Names...)
		for i := range d.Series {
			d.Series[i].Values = append(d.Series[i].Values, d.Series[i].Values...)
		}
	}
	d.Categories, d.Names = d.Categories[:14], d.Names[:14]
	for i := range d.Series {
		d.Series[i].Values = d.Series[i].Values[:14]
	}
	c.Set(d)
	r := test.WidgetRenderer(c)
	for b.Loop() {
		r.Layout(fyne.NewSize(560, 300))
	}
}

// A year of weeks under a line is filled by a few polygons of at most 16
// corners (what Fyne draws), which together cover every step under the
// line and nothing above it.
func TestChartFillsAYearUnderItsLineWithFewPolygons(t *testing.T) {
	test.NewTempApp(t)
	const weeks = 52
	c := NewChart(fyne.NewSize(600, 240))
	ch := chart.Chart{Title: "Strength, week by week", Kind: chart.Lines, Unit: "%"}
	s := chart.Series{Name: "Band practice", Color: model.RGBA("#e07a5f"), Area: true}
	for i := range weeks {
		ch.Categories = append(ch.Categories, "w")
		ch.Names = append(ch.Names, "week")
		s.Values = append(s.Values, 50+40*math.Sin(float64(i)/5))
	}
	ch.Series = []chart.Series{s}
	c.Set(ch)
	w := test.NewTempWindow(t, c)
	w.Resize(fyne.NewSize(620, 260))
	var polys []*canvas.ArbitraryPolygon
	for _, o := range test.WidgetRenderer(c).Objects() {
		if p, ok := o.(*canvas.ArbitraryPolygon); ok {
			polys = append(polys, p)
		}
	}
	if want := (weeks - 1 + areaSteps - 1) / areaSteps; len(polys) != want {
		t.Fatalf("the area is %d polygons, want %d", len(polys), want)
	}
	inside := func(at fyne.Position) bool {
		for _, p := range polys {
			if len(p.Points) > 16 {
				t.Fatalf("a polygon has %d corners; Fyne draws 16", len(p.Points))
			}
			if insidePolygon(at.Subtract(p.Position()), p.Points) {
				return true
			}
		}
		return false
	}
	for i := 1; i < weeks; i++ {
		a, b := c.CategoryCentre(i-1), c.CategoryCentre(i)
		mid := fyne.NewPos((a.X+b.X)/2, 0)
		line := c.lineYAt(0, mid.X)
		if !inside(fyne.NewPos(mid.X, line+3)) {
			t.Errorf("step %d: the area leaves a gap just under the line", i)
		}
		if inside(fyne.NewPos(mid.X, line-3)) {
			t.Errorf("step %d: the area spills above the line", i)
		}
	}
}

// insidePolygon is the even-odd rule.
func insidePolygon(at fyne.Position, pts []fyne.Position) bool {
	in := false
	for i, j := 0, len(pts)-1; i < len(pts); j, i = i, i+1 {
		a, b := pts[i], pts[j]
		if (a.Y > at.Y) != (b.Y > at.Y) && at.X < (b.X-a.X)*(at.Y-a.Y)/(b.Y-a.Y)+a.X {
			in = !in
		}
	}
	return in
}

// lineYAt is where the chart's path of a series passes at x.
func (c *Chart) lineYAt(series int, x float32) float32 {
	for _, p := range c.geom.Paths {
		if p.Series != series {
			continue
		}
		for i := 1; i < len(p.Points); i++ {
			a, b := p.Points[i-1], p.Points[i]
			if float64(x) >= a.X && float64(x) <= b.X {
				return float32(a.Y + (b.Y-a.Y)*(float64(x)-a.X)/(b.X-a.X))
			}
		}
	}
	return -1
}
