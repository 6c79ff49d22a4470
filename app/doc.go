// Package app holds Venn's use cases: one Service that the GUI, the command
// line and the tests all call. It validates input with the rules in model,
// writes through storage in one transaction per user action, and tells
// listeners when data changed so every open screen can refresh. Beside it:
// app/export (the JSON export and import, one registry), app/summary (what
// a printed summary holds), app/demo (the demo household), app/ics (the
// calendar file format) and app/diag (logs and crash reports); the
// background sync loop is storage/replica's.
package app
