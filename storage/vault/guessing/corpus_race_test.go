//go:build race

package guessing

// Under the race detector, where the library's estimate is several times
// slower, the parity tests ask about every eighth passphrase of the
// corpus; scripts/test runs this package again without it, every one
// (corpus_norace_test.go). Only Prepare runs beside anything, and its own
// test runs under the detector either way.
const corpusStride = 8
