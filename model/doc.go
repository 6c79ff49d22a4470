// Package model holds Venn's plain types and pure rules: validation of goals,
// calendar quarters, fractional ranks for ordering cards, the hybrid logical
// clock that stamps every field write, and the board's filtering and layout.
//
// It imports neither Fyne nor SQL, so every rule here can be tested as a
// plain function.
package model
