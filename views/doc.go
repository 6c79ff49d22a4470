// Package views is Venn's Fyne user interface: one file per screen (board,
// goal form, set-up, settings, help), the window shell in window.go, and
// reusable widgets in views/widgets. Screens hold no data of their own
// beyond what they draw: they ask the app service and redraw when it says
// something changed.
package views
