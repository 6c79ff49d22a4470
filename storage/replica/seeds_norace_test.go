//go:build !race

package replica_test

// How many seeds the property tests run; fewer under the race detector
// (seeds_race_test.go).
const (
	convergenceSeeds = 120 // TestConvergenceProperty
	ownershipSeeds   = 60  // TestOwnershipProperty
)
