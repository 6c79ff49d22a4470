// Package report draws Venn's charts (with gonum/plot) for the window and
// for printable summaries. It knows nothing of Fyne: the caller passes the
// colours of its theme.
package report
