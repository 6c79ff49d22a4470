// Package widgets holds Venn's own Fyne widgets — the goal card, the week
// and month grids of the calendar, the timeline map, the ritual heat map,
// the balance gauge, colour swatches and diamonds, and the text and date
// fields every screen and form uses — and small drawing helpers. Renderers
// keep their canvas objects from one refresh to the next (reuse.go).
package widgets
