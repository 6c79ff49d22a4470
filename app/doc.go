// Package app holds Venn's use cases: one Service that the GUI, the command
// line and the tests all call. It validates input with the rules in model,
// writes through storage in one transaction per user action, and tells
// listeners when data changed so every open screen can refresh.
package app
