package views

import (
	"context"
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
