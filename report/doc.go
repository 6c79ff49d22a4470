// Package report draws Venn's charts (with gonum/plot) for the window and
// lays out printable summaries as PDF (with fpdf), in any script a couple
// types: embedded fonts with per-character fallback and colour emoji drawn
// as shapes. It knows nothing of Fyne: the caller passes the colours of its
// theme.
package report
