// Package views is Venn's Fyne user interface: one file per screen (board,
// goal form, rituals, resources, calendar, check-ins, sessions, settings,
// sync, set-up, help, the printable summary), the window shell and its menus
// in window.go, keys and dialogs in keys.go, and reusable widgets in
// views/widgets. Screens hold no data of their own beyond what they draw:
// they ask the app service (its clock too) and redraw when it says
// something changed. Background work reports back through fyne.Do.
package views
