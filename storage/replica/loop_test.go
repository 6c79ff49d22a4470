package replica_test

import (
	"context"
	"sync"
	"testing"

	"github.com/vennplanner/venn/storage/replica"
)

func TestLoopPassesAtOnceAndWritesAnUnwrittenEditOnStop(t *testing.T) {
	var mu sync.Mutex
	var passes []bool
	finals := 0
	l := replica.StartLoop(context.Background(), t.TempDir(), "own.venn", replica.LoopWork{
		Pass: func(ctx context.Context, write bool) {
			mu.Lock()
			passes = append(passes, write)
			mu.Unlock()
		},
		FinalWrite: func(ctx context.Context) {
			if ctx.Err() != nil {
				t.Error("the final write got a context already cancelled")
			}
			mu.Lock()
			finals++
			mu.Unlock()
		},
	})
	l.NoteEdit()
	l.NoteEdit() // a burst of edits is one
	l.Stop()
	mu.Lock()
	defer mu.Unlock()
	if len(passes) == 0 || !passes[0] {
		t.Errorf("passes %v: the first pass must write", passes)
	}
	if finals != 1 {
		t.Errorf("%d final writes for an unwritten edit, want 1", finals)
	}
}

func TestLoopStopsWithoutAFinalWriteWhenNothingChanged(t *testing.T) {
	finals := 0
	l := replica.StartLoop(context.Background(), t.TempDir(), "own.venn", replica.LoopWork{
		Pass:       func(context.Context, bool) {},
		FinalWrite: func(context.Context) { finals++ },
	})
	l.Stop()
	if finals != 0 {
		t.Errorf("%d final writes with nothing to write", finals)
	}
}
