package views

import (
	"context"
	"os"
	"runtime/debug"
	"runtime/metrics"
	"time"
)

const (
	// heapFloor is the least soft limit Venn sets on the Go heap. With
	// 10,020 goals about 28 MB stay live; the floor leaves room for a load's
	// garbage while making the collector hand freed memory back to the
	// system instead of keeping it (12 MB less at the peak than 64 MiB).
	heapFloor = 40 << 20
	// heapHeadroom is how much above what is live the limit stays, so a
	// bigger household never makes the collector run without pause.
	heapHeadroom       = 1.5
	heapCeilingEvery   = 5 * time.Second
	liveHeapMetricName = "/gc/heap/live:bytes"
)

// tuneMemory sets how the Go heap is collected, unless GOGC or GOMEMLIMIT
// say otherwise, and returns what to do once the window is shown.
//
// A desktop app that stays open all evening collects a little more eagerly
// than Go's default (GOGC 50: about 30 MB less with 10,000 goals), under
// a soft limit that follows what is live (keepHeapCeiling). While the
// window is being built nothing is collected short of that limit: the
// start makes about 25 MB that stay, and collecting them on the way, every
// few MB, cost a tenth of the start.
func tuneMemory(ctx context.Context) (shown func()) {
	shown = func() {}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(heapFloor)
		go keepHeapCeiling(ctx, heapCeilingEvery)
	}
	if os.Getenv("GOGC") == "" {
		if os.Getenv("GOMEMLIMIT") == "" {
			debug.SetGCPercent(-1)
		} else {
			debug.SetGCPercent(runningGCPercent)
		}
		shown = func() { debug.SetGCPercent(runningGCPercent) }
	}
	return shown
}

// runningGCPercent is the collector's pace once the window is shown.
const runningGCPercent = 50

// heapCeiling is the soft limit for a live heap of live bytes.
func heapCeiling(live uint64) int64 {
	return max(heapFloor, int64(float64(live)*heapHeadroom))
}

// keepHeapCeiling keeps the Go heap's soft limit at heapCeiling of what is
// live, checked every so often, until ctx ends.
func keepHeapCeiling(ctx context.Context, every time.Duration) {
	sample := []metrics.Sample{{Name: liveHeapMetricName}}
	tick := time.NewTicker(every)
	defer tick.Stop()
	for {
		metrics.Read(sample)
		var live uint64
		if sample[0].Value.Kind() == metrics.KindUint64 {
			live = sample[0].Value.Uint64()
		}
		debug.SetMemoryLimit(heapCeiling(live))
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
	}
}
