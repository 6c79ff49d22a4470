package views

import (
	"context"
	"math"
	"runtime/debug"
	"runtime/metrics"
	"testing"
	"time"
)

func TestTheHeapCeilingHasAFloorAndGrowsWithWhatIsLive(t *testing.T) {
	for _, c := range []struct {
		live uint64
		want int64
	}{
		{0, heapFloor},
		{20 << 20, heapFloor},
		{heapFloor * 2 / 3, heapFloor},
		{100 << 20, 150 << 20},
		{400 << 20, 600 << 20},
	} {
		if got := heapCeiling(c.live); got != c.want {
			t.Errorf("heapCeiling(%d MiB) = %d MiB, want %d MiB", c.live>>20, got>>20, c.want>>20)
		}
	}
}

func TestKeepHeapCeilingSetsTheLimitUntilItsContextEnds(t *testing.T) {
	before := debug.SetMemoryLimit(-1)
	defer debug.SetMemoryLimit(before)
	debug.SetMemoryLimit(math.MaxInt64)
	sample := []metrics.Sample{{Name: liveHeapMetricName}}
	metrics.Read(sample)
	if sample[0].Value.Kind() != metrics.KindUint64 {
		t.Fatalf("the runtime has no %s metric", liveHeapMetricName)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { keepHeapCeiling(ctx, time.Millisecond); close(done) }()
	// Wait for the first ceiling however slow the machine (a hang is the
	// test timeout's).
	for debug.SetMemoryLimit(-1) == math.MaxInt64 {
		time.Sleep(time.Millisecond)
	}
	if got := debug.SetMemoryLimit(-1); got < heapFloor || got == math.MaxInt64 {
		t.Errorf("the limit is %d, want at least the floor", got)
	}
	cancel()
	<-done
}

func TestTheHeapIsCollectedOnlyAtItsCeilingUntilTheWindowIsShown(t *testing.T) {
	gcBefore, limitBefore := debug.SetGCPercent(100), debug.SetMemoryLimit(-1)
	defer func() { debug.SetGCPercent(gcBefore); debug.SetMemoryLimit(limitBefore) }()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()

	t.Setenv("GOGC", "")
	t.Setenv("GOMEMLIMIT", "")
	shown := tuneMemory(ctx)
	if got := debug.SetGCPercent(-1); got != -1 {
		t.Errorf("while the window is built the collector runs at %d%%, want only at the ceiling", got)
	}
	if got := debug.SetMemoryLimit(-1); got < heapFloor || got == math.MaxInt64 {
		t.Errorf("while the window is built the limit is %d, want the ceiling", got)
	}
	shown()
	if got := debug.SetGCPercent(runningGCPercent); got != runningGCPercent {
		t.Errorf("once shown the collector runs at %d%%, want %d%%", got, runningGCPercent)
	}

	// GOGC set by whoever started Venn is theirs.
	debug.SetGCPercent(100)
	t.Setenv("GOGC", "100")
	tuneMemory(ctx)()
	if got := debug.SetGCPercent(100); got != 100 {
		t.Errorf("with GOGC=100 Venn set the collector to %d%%", got)
	}
}
