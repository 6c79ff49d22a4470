// Package widgets holds Venn's reusable Fyne widgets: the goal card, the
// colour swatch picker and small drawing helpers.
package widgets
