package app

import (
	"errors"
	"slices"
	"testing"
)

// Held items are let go only where both answered, each key's marks read
// once; a failure stops the release and says how many went before it.
func TestReleaseWhenBothLetsGoOnlyWhatBothAnswered(t *testing.T) {
	held := []string{"w1-a", "w2-a", "w1-b", "w3-a"}
	key := func(s string) string { return s[:2] }
	var asked, shared []string
	both := func(k string) (bool, error) { asked = append(asked, k); return k != "w2", nil }
	n, err := releaseWhenBoth(held, key, both, func(s string) error { shared = append(shared, s); return nil })
	if err != nil || n != 3 || !slices.Equal(shared, []string{"w1-a", "w1-b", "w3-a"}) {
		t.Errorf("released %d %v (%v), want w1-a, w1-b and w3-a", n, shared, err)
	}
	if !slices.Equal(asked, []string{"w1", "w2", "w3"}) {
		t.Errorf("marks read for %v, want each week once", asked)
	}
	full := errors.New("disk full")
	n, err = releaseWhenBoth(held, key, both, func(s string) error {
		if s == "w1-b" {
			return full
		}
		return nil
	})
	if !errors.Is(err, full) || n != 1 {
		t.Errorf("a failed write: %d released, %v", n, err)
	}
}
