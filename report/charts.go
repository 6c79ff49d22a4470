package report

import (
	"fmt"
	"image"
	"image/color"
	"math"
	"strings"
	"sync"
	"unicode"

	"golang.org/x/image/font/opentype"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"

	"github.com/vennplanner/venn/model"
)

// Style is the palette a chart is drawn in, so charts follow the window's
// light or dark theme (and print well on white paper).
type Style struct {
	Background color.Color
	Foreground color.Color // text and axes
	Grid       color.Color
	Series     []color.Color // one per series, in order
	DPI        int           // 0 means 96
}

// SplitRow is one bar of the split chart: a partner's resource, in percent
// of their capacity.
type SplitRow struct {
	Label    string
	Personal float64
	Shared   float64
	Free     float64
	// Color is the partner's: personal goals in it, shared goals in a
	// light tint of it. Nil draws the style's series colours.
	Color color.Color
}

// SplitChart draws, per row, how a partner's capacity of a resource divides
// between personal goals, shared goals and what is still free, as stacked
// horizontal bars in percent.
func SplitChart(rows []SplitRow, st Style, width, height vg.Length) (image.Image, error) {
	var texts []string
	for _, r := range rows {
		texts = append(texts, r.Label)
	}
	tf := chartTypeface(texts...)
	p := newPlot(st, tf)
	p.Title.Text = "Where it goes (% of capacity)"
	p.Add(grid(st))
	n := len(rows)
	personal, shared, free := make(plotter.Values, n), make(plotter.Values, n), make(plotter.Values, n)
	labels := make([]string, n)
	for i, r := range rows {
		// The first row is drawn at the top.
		j := n - 1 - i
		personal[j], shared[j], free[j], labels[j] = r.Personal, r.Shared, r.Free, chartLabel(r.Label, tf)
	}
	barW := vg.Points(float64(height) / float64(max(n, 1)) * 0.45)
	// Each row is drawn in its partner's colours: one stack of three
	// segments per row (the other rows' values zero).
	for i, r := range rows {
		j := n - 1 - i
		var prev *plotter.BarChart
		for k, all := range []plotter.Values{personal, shared, free} {
			vals := make(plotter.Values, n)
			vals[j] = all[j]
			b, err := plotter.NewBarChart(vals, barW)
			if err != nil {
				return nil, fmt.Errorf("split chart: %w", err)
			}
			b.Horizontal = true
			b.LineStyle.Width = 0
			b.Color = splitColor(st, r.Color, k)
			if prev != nil {
				b.StackOn(prev)
			}
			p.Add(b)
			if i == 0 {
				p.Legend.Add([]string{"personal goals", "shared goals", "still free"}[k], b)
			}
			prev = b
		}
	}
	p.NominalY(labels...)
	p.X.Min, p.X.Max = 0, 100
	for _, r := range rows {
		// Over-allocation shows as a bar past 100%.
		p.X.Max = max(p.X.Max, r.Personal+r.Shared+r.Free)
	}
	p.X.Label.Text = "%"
	p.Legend.Top = true
	p.Legend.Left = false
	return render(p, st, width, height)
}

// WeekBar is one week of allocated versus used.
type WeekBar struct {
	Label     string
	Allocated float64
	Used      float64
}

// WeeklyChart draws allocated and used side by side for each week.
func WeeklyChart(title, unit string, weeks []WeekBar, st Style, width, height vg.Length) (image.Image, error) {
	tf := chartTypeface(title, unit)
	p := newPlot(st, tf)
	p.Title.Text = chartLabel(title, tf)
	n := len(weeks)
	alloc, used := make(plotter.Values, n), make(plotter.Values, n)
	labels := make([]string, n)
	for i, w := range weeks {
		alloc[i], used[i], labels[i] = w.Allocated, w.Used, w.Label
	}
	barW := vg.Points(float64(width) / float64(max(n, 1)) * 0.3)
	a, err := plotter.NewBarChart(alloc, barW)
	if err != nil {
		return nil, fmt.Errorf("weekly chart: %w", err)
	}
	u, err := plotter.NewBarChart(used, barW)
	if err != nil {
		return nil, fmt.Errorf("weekly chart: %w", err)
	}
	a.Color, u.Color = seriesColor(st, 3), seriesColor(st, 0)
	a.LineStyle.Width, u.LineStyle.Width = 0, 0
	a.Offset, u.Offset = -barW/2, barW/2
	p.Add(grid(st), a, u)
	p.Legend.Add("allocated", a)
	p.Legend.Add("used", u)
	p.Legend.Top = true
	p.NominalX(labels...)
	p.Y.Label.Text = chartLabel(unit, tf)
	p.Y.Min = 0
	top := 1.0
	for _, w := range weeks {
		top = max(top, w.Allocated, w.Used)
	}
	p.Y.Max = top * 1.1
	return render(p, st, width, height)
}

// splitColor is segment k (personal, shared, free) of a row in partner
// colour c: c itself, a light tint of it, and a neutral grey that shows on
// either background.
func splitColor(st Style, c color.Color, k int) color.Color {
	if c == nil {
		return seriesColor(st, k)
	}
	switch k {
	case 0:
		return c
	case 1:
		return mixOver(c, st.Background, 128)
	}
	return mixOver(st.Foreground, st.Background, 51)
}

// mixOver lays c at strength a over the background bg (white when the
// style has none), both taken as opaque.
func mixOver(c, bg color.Color, a uint8) color.Color {
	if bg == nil {
		bg = color.White
	}
	opaque := func(c color.Color) color.NRGBA {
		n := color.NRGBAModel.Convert(c).(color.NRGBA)
		n.A = 0xff
		return n
	}
	return model.Mix(opaque(c), opaque(bg), a)
}

func seriesColor(st Style, i int) color.Color {
	if len(st.Series) == 0 {
		return color.Gray{Y: uint8(60 + 50*i)}
	}
	return st.Series[i%len(st.Series)]
}

func init() {
	// Charts use a sans-serif face, like the window around them.
	plot.DefaultFont = font.Font{Typeface: sansTypeface, Variant: "Sans"}
}

// Typefaces charts draw text in: Liberation Sans, or WenQuanYi Micro Hei
// for a chart whose labels hold Chinese, Japanese or Korean.
const (
	sansTypeface font.Typeface = "Liberation"
	cjkTypeface  font.Typeface = "WenQuanYi"
)

var cjkForCharts sync.Once

// chartTypeface is the typeface that draws the most of texts.
func chartTypeface(texts ...string) font.Typeface {
	for _, s := range texts {
		for _, r := range s {
			if unicode.IsSpace(r) || faceSans.has(r) || !faceCJK.has(r) {
				continue
			}
			cjkForCharts.Do(func() {
				ff, err := faceCJK.file()
				if err != nil {
					return
				}
				otf, err := opentype.Parse(ff.data)
				if err != nil {
					return
				}
				font.DefaultCache.Add(font.Collection{{Font: font.Font{Typeface: cjkTypeface, Variant: "Sans"}, Face: otf}})
			})
			if font.DefaultCache.Has(font.Font{Typeface: cjkTypeface, Variant: "Sans"}) {
				return cjkTypeface
			}
			return sansTypeface
		}
	}
	return sansTypeface
}

// chartLabel is s without the characters the typeface cannot draw (emoji
// among them: a chart is a picture in one font), so a label never shows
// empty boxes.
func chartLabel(s string, tf font.Typeface) string {
	f := faceSans
	if tf == cjkTypeface {
		f = faceCJK
	}
	var b strings.Builder
	for _, r := range s {
		if unicode.IsSpace(r) {
			b.WriteRune(' ')
		} else if f.has(r) {
			b.WriteRune(r)
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// newPlot makes a plot in the style's colours, its text in the typeface.
func newPlot(st Style, tf font.Typeface) *plot.Plot {
	p := plot.New()
	for _, f := range []*font.Font{&p.Title.TextStyle.Font, &p.Legend.TextStyle.Font, &p.X.Label.TextStyle.Font,
		&p.Y.Label.TextStyle.Font, &p.X.Tick.Label.Font, &p.Y.Tick.Label.Font} {
		f.Typeface = tf
	}
	p.BackgroundColor = st.Background
	p.Title.TextStyle.Color = st.Foreground
	p.Legend.TextStyle.Color = st.Foreground
	for _, ax := range []*plot.Axis{&p.X, &p.Y} {
		ax.Color = st.Foreground
		ax.Label.TextStyle.Color = st.Foreground
		ax.Tick.Label.Color = st.Foreground
		ax.Tick.Color = st.Foreground
		ax.LineStyle.Color = st.Foreground
	}
	return p
}

// grid returns a grid in the style's colour.
func grid(st Style) *plotter.Grid {
	g := plotter.NewGrid()
	g.Vertical.Color, g.Horizontal.Color = st.Grid, st.Grid
	return g
}

func render(p *plot.Plot, st Style, width, height vg.Length) (image.Image, error) {
	dpi := st.DPI
	if dpi == 0 {
		dpi = 96
	}
	c := vgimg.NewWith(vgimg.UseWH(width, height), vgimg.UseDPI(dpi))
	dc := draw.New(c)
	legend := p.Legend
	box := legend.Rectangle(dc)
	if box.Size().Y <= 0 {
		p.Draw(dc)
		return c.Image(), nil
	}
	// The legend gets a column of its own on the right, below the title,
	// so it never covers a bar or a line.
	if p.BackgroundColor != nil {
		dc.SetColor(p.BackgroundColor)
		dc.Fill(dc.Rectangle.Path())
	}
	strip := box.Size().X + vg.Points(10)
	p.Legend = plot.NewLegend()
	p.Draw(draw.Crop(dc, 0, -strip, 0, 0))
	p.Legend = legend
	titleRoom := p.Title.TextStyle.Height(p.Title.Text) + p.Title.Padding + vg.Points(6)
	legend.Top, legend.Left = true, true
	legend.XOffs, legend.YOffs = 0, 0
	legend.Draw(draw.Crop(dc, width-strip+vg.Points(4), 0, 0, -titleRoom))
	return c.Image(), nil
}

// BalanceSeries is one partner's balance gauge over months: -1 leaning
// fully independent, 0 balanced, +1 leaning fully together; NaN where the
// month was not rated.
type BalanceSeries struct {
	Name   string
	Color  color.Color
	Values []float64
}

// BalanceChart draws each partner's gauge month by month with the balanced
// band shaded, so a drift to either side shows at a glance.
func BalanceChart(months []string, series []BalanceSeries, band float64, st Style, width, height vg.Length) (image.Image, error) {
	var names []string
	for _, s := range series {
		names = append(names, s.Name)
	}
	tf := chartTypeface(names...)
	p := newPlot(st, tf)
	p.Title.Text = "Balance month by month"
	p.Y.Min, p.Y.Max = -1.15, 1.15
	p.Y.Tick.Marker = plot.ConstantTicks([]plot.Tick{{Value: -1, Label: "independent"}, {Value: 0, Label: "balanced"}, {Value: 1, Label: "together"}})
	n := len(months)
	shade, err := plotter.NewPolygon(plotter.XYs{{X: -0.5, Y: -band}, {X: float64(n) - 0.5, Y: -band}, {X: float64(n) - 0.5, Y: band}, {X: -0.5, Y: band}})
	if err != nil {
		return nil, fmt.Errorf("balance chart: %w", err)
	}
	// A veil of the text colour: light on dark, dark on light, never a
	// black slab (the grid colour is darker than a dark background).
	shade.Color = veil(st.Foreground, 0x1e)
	shade.LineStyle.Width = 0
	p.Add(shade)
	for _, s := range series {
		// A NaN month was not rated.
		if err := addDotted(p, knownPoints(s.Values), s.Color, s.Name, tf); err != nil {
			return nil, fmt.Errorf("balance chart: %w", err)
		}
	}
	p.Legend.Top = true
	p.NominalX(months...)
	p.X.Min, p.X.Max = -0.5, float64(n)-0.5
	return render(p, st, width, height)
}

// ClosenessSeries is one partner's closeness pictures over months: the
// picture of now and the one wished for, 1 (apart) to 7 (almost one), NaN
// where the month has none.
type ClosenessSeries struct {
	Name        string
	Color       color.Color
	Now, Wished []float64
}

// ClosenessChart draws each partner's "now" as a solid line with dots and
// their "wished for" as a dashed line in the same colour, so the gap
// between the two shows at a glance.
func ClosenessChart(months []string, series []ClosenessSeries, st Style, width, height vg.Length) (image.Image, error) {
	var names []string
	for _, s := range series {
		names = append(names, s.Name+" now", s.Name+" wished for")
	}
	tf := chartTypeface(names...)
	p := newPlot(st, tf)
	p.Title.Text = "Where do we stand? Month by month"
	p.Y.Min, p.Y.Max = 0.6, 7.4
	p.Y.Tick.Marker = plot.ConstantTicks([]plot.Tick{{Value: 1, Label: "apart"}, {Value: 4, Label: "some overlap"}, {Value: 7, Label: "almost one"}})
	for _, s := range series {
		if err := addDotted(p, knownPoints(s.Now), s.Color, s.Name+" now", tf); err != nil {
			return nil, fmt.Errorf("closeness chart: %w", err)
		}
		if pts := knownPoints(s.Wished); len(pts) > 0 {
			line, err := plotter.NewLine(pts)
			if err != nil {
				return nil, fmt.Errorf("closeness chart: %w", err)
			}
			line.Color, line.Width, line.Dashes = s.Color, vg.Points(1.5), []vg.Length{vg.Points(4), vg.Points(3)}
			p.Add(line)
			p.Legend.Add(chartLabel(s.Name+" wished for", tf), line)
		}
	}
	p.Legend.Top = true
	n := len(months)
	p.NominalX(sparse(months, 6)...)
	p.X.Min, p.X.Max = -0.5, float64(n)-0.5
	return render(p, st, width, height)
}

// StrengthChart draws a ritual's strength week by week (0–100 %) as a line
// over a soft fill in its colour, as Loop Habit Tracker's score chart does.
// NaN marks weeks before the ritual began.
func StrengthChart(labels []string, values []float64, c color.Color, st Style, width, height vg.Length) (image.Image, error) {
	p := newPlot(st, chartTypeface())
	p.Title.Text = "Strength, week by week"
	p.Y.Min, p.Y.Max = 0, 100
	p.Y.Tick.Marker = plot.ConstantTicks([]plot.Tick{{Value: 0, Label: "0%"}, {Value: 50, Label: "50%"}, {Value: 100, Label: "100%"}})
	p.Add(grid(st))
	var pts plotter.XYs
	for i, v := range values {
		if !math.IsNaN(v) {
			pts = append(pts, plotter.XY{X: float64(i), Y: 100 * v})
		}
	}
	if len(pts) > 0 {
		fill := append(plotter.XYs{{X: pts[0].X, Y: 0}}, pts...)
		fill = append(fill, plotter.XY{X: pts[len(pts)-1].X, Y: 0})
		area, err := plotter.NewPolygon(fill)
		if err != nil {
			return nil, fmt.Errorf("strength chart: %w", err)
		}
		area.Color, area.LineStyle.Width = veil(c, 0x40), 0
		line, err := plotter.NewLine(pts)
		if err != nil {
			return nil, fmt.Errorf("strength chart: %w", err)
		}
		line.Color, line.Width = c, vg.Points(2)
		p.Add(area, line)
	}
	p.NominalX(labels...) // the caller leaves gaps between labels
	p.X.Min, p.X.Max = -0.5, float64(len(labels))-0.5
	return render(p, st, width, height)
}

// HealthSeries is one partner's average health score (1..5) week by week;
// NaN marks a week without a check.
type HealthSeries struct {
	Name   string
	Color  color.Color
	Values []float64
}

// HealthChart draws each partner's health check-ins as a line with dots,
// from poor (1) to very good (5); weeks without a check leave a gap in the
// dots, and the line joins the checks there are.
func HealthChart(labels []string, series []HealthSeries, st Style, width, height vg.Length) (image.Image, error) {
	var names []string
	for _, s := range series {
		names = append(names, s.Name)
	}
	tf := chartTypeface(names...)
	p := newPlot(st, tf)
	p.Title.Text = "Health check-ins, week by week"
	p.Y.Min, p.Y.Max = 0.6, 5.4
	// A leading space keeps the longest label off the picture's left edge.
	p.Y.Tick.Marker = plot.ConstantTicks([]plot.Tick{{Value: 1, Label: "poor"}, {Value: 3, Label: "so-so"}, {Value: 5, Label: " very good"}})
	for _, s := range series {
		if err := addDotted(p, knownPoints(s.Values), s.Color, s.Name, tf); err != nil {
			return nil, fmt.Errorf("health chart: %w", err)
		}
	}
	p.Legend.Top = true
	p.NominalX(labels...) // the caller leaves gaps between labels
	p.X.Min, p.X.Max = -0.5, float64(len(labels))-0.5
	return render(p, st, width, height)
}

// knownPoints are the values that are not NaN, each at its index.
func knownPoints(values []float64) plotter.XYs {
	var pts plotter.XYs
	for i, v := range values {
		if !math.IsNaN(v) {
			pts = append(pts, plotter.XY{X: float64(i), Y: v})
		}
	}
	return pts
}

// addDotted draws a line with a dot at each point in c, named in the
// legend; with no points it draws nothing.
func addDotted(p *plot.Plot, pts plotter.XYs, c color.Color, name string, tf font.Typeface) error {
	if len(pts) == 0 {
		return nil
	}
	line, dots, err := plotter.NewLinePoints(pts)
	if err != nil {
		return err
	}
	line.Color, line.Width = c, vg.Points(2)
	dots.Color, dots.Shape, dots.Radius = c, draw.CircleGlyph{}, vg.Points(3)
	p.Add(line, dots)
	p.Legend.Add(chartLabel(name, tf), line, dots)
	return nil
}

// sparse keeps every other label when there are more than most, always
// the last, so that month names do not run into each other.
func sparse(labels []string, most int) []string {
	if len(labels) <= most {
		return labels
	}
	out := make([]string, len(labels))
	for i := len(labels) - 1; i >= 0; i -= 2 {
		out[i] = labels[i]
	}
	return out
}

// veil is c at the given opacity.
func veil(c color.Color, alpha uint8) color.Color {
	if c == nil {
		c = color.Black
	}
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	n.A = alpha
	return n
}
