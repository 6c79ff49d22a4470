// Package chart describes Venn's charts as data — series, axes, bands,
// labels, the partners' colours and patterns — and lays them out, so the
// window and the printed summary draw one chart from one description and
// both say its numbers in words.
//
// A Chart is built in app from the couple's figures. Lay turns it into a
// Geometry (boxes, paths, marks and texts in the painter's own units) with
// the painter's way of measuring text; a painter only draws what the
// Geometry holds. The layout rules — legends beside or under the plot,
// never over it; axis labels skipped until none collide; names wrapped or
// cut — live here once, and tests check them for both painters.
package chart

import (
	"fmt"
	"image/color"
	"math"
	"strconv"
)

// Kind is how a chart shows its values.
type Kind int

const (
	// Lines joins each series' values across the categories (months,
	// weeks), with a mark at each value.
	Lines Kind = iota
	// Columns stands each series' value as a bar in each category,
	// side by side.
	Columns
	// Rows lays each category out as one horizontal bar, the series
	// stacked along it.
	Rows
)

// Stroke is how a series' line is drawn.
type Stroke int

const (
	Solid Stroke = iota
	Dashed
	Dotted
)

// Fill is how a series' bars are painted, so a print in grey still tells
// the series apart.
type Fill int

const (
	// Full paints the bar in the series' colour.
	Full Fill = iota
	// Hatched draws the bar's outline and diagonal lines inside it.
	Hatched
	// Tint paints the bar in a light tint of the colour with an outline.
	Tint
)

// Mark is the shape at each value of a line.
type Mark int

const (
	NoMark Mark = iota
	Circle
	Square
	Diamond
)

// Series is one named run of values, one per category; NaN where there is
// none (a month without a rating).
type Series struct {
	Name  string
	Color color.NRGBA
	// Colors overrides Color per category (Rows: each partner's row in
	// their own colour); nil or short uses Color.
	Colors []color.NRGBA
	Stroke Stroke
	Fill   Fill
	Mark   Mark
	// Area fills under the line in a light tint.
	Area   bool
	Values []float64
	// Swatch is the colour the legend shows for the series when its
	// categories have colours of their own (Colors); zero uses Color.
	Swatch color.NRGBA
}

// ColorAt is the series' colour in category i.
func (s Series) ColorAt(i int) color.NRGBA {
	if i >= 0 && i < len(s.Colors) {
		return s.Colors[i]
	}
	return s.Color
}

// LegendColor is the colour of the series' swatch in the legend.
func (s Series) LegendColor() color.NRGBA {
	if s.Swatch != (color.NRGBA{}) {
		return s.Swatch
	}
	return s.Color
}

// Tick is one labelled value on the value axis.
type Tick struct {
	Value float64
	Label string
}

// Band is a shaded span of values (the balanced middle of the gauge).
type Band struct {
	From, To float64
	Label    string
}

// Chart is one chart as data.
type Chart struct {
	Title string
	Kind  Kind
	// Categories are the labels along the category axis, one per value
	// ("" leaves a category unlabelled; the layout may skip more).
	Categories []string
	// Names are the categories in full, for words and for what the
	// pointer shows ("Week of 12 Oct"); nil uses Categories.
	Names  []string
	Series []Series
	// Min and Max bound the value axis; Max ≤ Min chooses from the values.
	Min, Max float64
	// Ticks label the value axis; nil chooses round numbers.
	Ticks []Tick
	// Unit names the values ("hours", "%").
	Unit string
	Band *Band
	// Format says one value in words ("8 h", "so-so"); nil writes the
	// number and the unit.
	Format func(float64) string `json:"-"`
	// Vocab is the words Words and Describe join values with, in the
	// language the chart is written in; nil is English.
	Vocab *Vocabulary `json:"-"`
}

// Vocabulary is the few words a chart's description is built with.
type Vocabulary struct {
	Nothing string // "nothing yet"
	Lowest  string // "lowest"
	Highest string // "highest"
	Latest  string // "latest"
}

var english = Vocabulary{Nothing: "nothing yet", Lowest: "lowest", Highest: "highest", Latest: "latest"}

// vocab is the chart's vocabulary, English unless it has its own.
func (c Chart) vocab() Vocabulary {
	if c.Vocab == nil {
		return english
	}
	return *c.Vocab
}

// NameOf is category i in full.
func (c Chart) NameOf(i int) string {
	if i >= 0 && i < len(c.Names) && c.Names[i] != "" {
		return c.Names[i]
	}
	if i >= 0 && i < len(c.Categories) {
		return c.Categories[i]
	}
	return ""
}

// Value says v in words.
func (c Chart) Value(v float64) string {
	if c.Format != nil {
		return c.Format(v)
	}
	s := strconv.FormatFloat(math.Round(v*10)/10, 'f', -1, 64)
	if c.Unit != "" {
		return s + " " + c.Unit
	}
	return s
}

// count is the number of categories.
func (c Chart) count() int {
	n := len(c.Categories)
	for _, s := range c.Series {
		n = max(n, len(s.Values))
	}
	return n
}

// valueAt is series s's value in category i, NaN where there is none.
func (c Chart) valueAt(s, i int) float64 {
	if i < len(c.Series[s].Values) {
		return c.Series[s].Values[i]
	}
	return math.NaN()
}

// Bounds is the value axis' span: the chart's own, or from zero (or the
// least value) to a little past the greatest value, for Rows the sum of a
// row.
func (c Chart) Bounds() (lo, hi float64) {
	if c.Max > c.Min {
		return c.Min, c.Max
	}
	lo, hi = 0, 0
	for i := range c.count() {
		sum := 0.0
		for s := range c.Series {
			v := c.valueAt(s, i)
			if math.IsNaN(v) {
				continue
			}
			lo = min(lo, v)
			if c.Kind == Rows {
				sum += v
				continue
			}
			hi = max(hi, v)
		}
		hi = max(hi, sum)
	}
	if hi <= lo {
		hi = lo + 1
	}
	if c.Kind == Rows {
		return lo, hi
	}
	return lo, hi * 1.1
}

// ticks are the value axis' labelled values: the chart's own, or round
// numbers between the bounds.
func (c Chart) ticks() []Tick {
	if c.Ticks != nil {
		return c.Ticks
	}
	lo, hi := c.Bounds()
	step := niceStep((hi - lo) / 4)
	var ts []Tick
	for v := math.Ceil(lo/step) * step; v <= hi+step*1e-9; v += step {
		ts = append(ts, Tick{Value: v, Label: strconv.FormatFloat(math.Round(v*100)/100, 'f', -1, 64)})
	}
	return ts
}

// niceStep is the round number (1, 2 or 5 times a power of ten) nearest
// above raw.
func niceStep(raw float64) float64 {
	if raw <= 0 || math.IsNaN(raw) || math.IsInf(raw, 0) {
		return 1
	}
	p := math.Pow(10, math.Floor(math.Log10(raw)))
	for _, m := range []float64{1, 2, 5, 10} {
		if raw <= m*p {
			return m * p
		}
	}
	return 10 * p
}

// Validate says what is wrong with a description that cannot be drawn.
func (c Chart) Validate() error {
	for _, s := range c.Series {
		if len(s.Values) > len(c.Categories) && len(c.Categories) > 0 {
			return fmt.Errorf("chart %q: series %q has %d values for %d categories", c.Title, s.Name, len(s.Values), len(c.Categories))
		}
	}
	return nil
}
