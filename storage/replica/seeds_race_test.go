//go:build race

package replica_test

// Under the race detector, where each run is several times slower, the
// property tests run fewer seeds; scripts/test runs this package again
// without it, every seed (seeds_norace_test.go).
const (
	convergenceSeeds = 20 // TestConvergenceProperty
	ownershipSeeds   = 12 // TestOwnershipProperty
)
