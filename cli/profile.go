package cli

import (
	"context"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/metrics"
	"runtime/pprof"
	"sync"
)

// startProfiles starts the profiles a developer asks for in the
// environment (see DEVELOPERS.md) and returns what ends them:
//   - VENN_CPUPROFILE=FILE profiles the CPU over the whole run;
//   - VENN_HEAPPROFILE=FILE writes the live heap, after a collection, when
//     the run is interrupted (SIGINT, which also closes the window) or else
//     when it ends, and says on stderr how much of Go's memory that is.
//
// Without them it starts nothing.
func startProfiles(ctx context.Context, stderr io.Writer) (stop func()) {
	stopCPU := startCPUProfile(os.Getenv("VENN_CPUPROFILE"), stderr)
	path := os.Getenv("VENN_HEAPPROFILE")
	if path == "" {
		return stopCPU
	}
	var once sync.Once
	writeHeap := func() {
		once.Do(func() {
			if err := writeHeapProfile(path, stderr); err != nil {
				fmt.Fprintf(stderr, "venn: %v\n", err)
			}
		})
	}
	done := make(chan struct{})
	go func() {
		select {
		case <-ctx.Done():
			writeHeap()
		case <-done:
		}
	}()
	return func() {
		close(done)
		writeHeap() // waits for one the interrupt started
		stopCPU()
	}
}

// startCPUProfile profiles the CPU into the file at path, if any, and
// returns how to stop.
func startCPUProfile(path string, stderr io.Writer) (stop func()) {
	if path == "" {
		return func() {}
	}
	f, err := os.Create(path)
	if err != nil {
		fmt.Fprintf(stderr, "venn: cpu profile: %v\n", err)
		return func() {}
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		fmt.Fprintf(stderr, "venn: cpu profile: %v\n", err)
		f.Close()
		return func() {}
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}
}

// writeHeapProfile collects, writes the heap profile to path and reports
// the Go runtime's share of the process's memory on stderr.
func writeHeapProfile(path string, stderr io.Writer) error {
	runtime.GC() // the profile then shows what is live now
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("heap profile: %w", err)
	}
	if err := pprof.Lookup("heap").WriteTo(f, 0); err != nil {
		f.Close()
		return fmt.Errorf("heap profile %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("heap profile %s: %w", path, err)
	}
	samples := []metrics.Sample{
		{Name: "/gc/heap/live:bytes"},
		{Name: "/memory/classes/heap/objects:bytes"},
		{Name: "/memory/classes/total:bytes"},
	}
	metrics.Read(samples)
	mb := func(i int) float64 { return float64(samples[i].Value.Uint64()) / (1 << 20) }
	fmt.Fprintf(stderr, "venn: heap profile in %s: Go heap live %.1f MB, heap objects %.1f MB, all Go memory %.1f MB\n",
		path, mb(0), mb(1), mb(2))
	return nil
}
