//go:build !race

package guessing

// Without the race detector the parity tests ask about every passphrase
// of the corpus (see corpus_race_test.go).
const corpusStride = 1
