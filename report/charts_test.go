package report

import "testing"

func TestBucketKeepsPausesAndAverages(t *testing.T) {
	weeks := []float64{1, 0, -1, -1, 0.5, 0.5}
	got := bucket(weeks, 3)
	want := []float64{0.5, -1, 0.5}
	if len(got) != len(want) {
		t.Fatalf("bucket = %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("bucket = %v, want %v", got, want)
		}
	}
	if got := bucket(weeks, 10); len(got) != len(weeks) {
		t.Fatal("a short strip was bucketed")
	}
}
