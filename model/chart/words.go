package chart

import (
	"math"
	"strings"
)

// Describe says category i's values in words, as the pointer shows them:
// "Week of 12 Oct: Maya 8 h, Liam 6 h". Series without a value there are
// left out; with none at all it says so.
func (c Chart) Describe(i int) string {
	var parts []string
	for s := range c.Series {
		v := c.valueAt(s, i)
		if math.IsNaN(v) {
			continue
		}
		parts = append(parts, c.Series[s].Name+" "+c.Value(v))
	}
	name := c.NameOf(i)
	if len(parts) == 0 {
		return name + ": " + c.vocab().Nothing
	}
	return name + ": " + strings.Join(parts, ", ")
}

// Words says the whole chart for someone who cannot see it: its title and,
// per series, every value when there are few, or the lowest, the highest
// and the latest when there are many.
func (c Chart) Words() string {
	var b strings.Builder
	b.WriteString(c.Title)
	if c.Kind == Rows {
		for i := range c.count() {
			b.WriteString(". ")
			b.WriteString(c.Describe(i))
		}
		b.WriteString(".")
		return b.String()
	}
	for s := range c.Series {
		b.WriteString(". ")
		b.WriteString(c.seriesWords(s))
	}
	b.WriteString(".")
	return b.String()
}

// fewValues is how many values a series may have to be said one by one.
const fewValues = 6

// seriesWords says one series: each value when few, else its extremes and
// its latest value.
func (c Chart) seriesWords(s int) string {
	name := c.Series[s].Name
	var known []int
	for i := range c.count() {
		if !math.IsNaN(c.valueAt(s, i)) {
			known = append(known, i)
		}
	}
	switch {
	case len(known) == 0:
		return name + ": " + c.vocab().Nothing
	case len(known) <= fewValues:
		var parts []string
		for _, i := range known {
			parts = append(parts, c.NameOf(i)+" "+c.Value(c.valueAt(s, i)))
		}
		return name + ": " + strings.Join(parts, ", ")
	}
	low, high := known[0], known[0]
	for _, i := range known {
		if c.valueAt(s, i) < c.valueAt(s, low) {
			low = i
		}
		if c.valueAt(s, i) > c.valueAt(s, high) {
			high = i
		}
	}
	last := known[len(known)-1]
	w := c.vocab()
	return name + ": " + w.Lowest + " " + c.Value(c.valueAt(s, low)) + " (" + c.NameOf(low) + "), " + w.Highest + " " +
		c.Value(c.valueAt(s, high)) + " (" + c.NameOf(high) + "), " + w.Latest + " " + c.Value(c.valueAt(s, last)) +
		" (" + c.NameOf(last) + ")"
}
