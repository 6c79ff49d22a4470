package replica_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"sync"
	"testing"

	"github.com/vennplanner/venn/app"
	"github.com/vennplanner/venn/model"
)

// TestConvergesWhileEditingDuringSync edits on every computer from several
// goroutines while each computer's sync passes run beside the edits —
// writing its replica and merging the others' in the middle of them. When
// the edits stop and the last passes have run, every computer holds the
// same data. A replica read from two moments (a value from before an edit
// with the stamp from after it) would leave the partner with the old value
// for good, and this test with two computers that disagree.
func TestConvergesWhileEditingDuringSync(t *testing.T) {
	seeds := 4
	if testing.Short() {
		seeds = 1
	}
	for seed := range seeds {
		t.Run(fmt.Sprint(seed), func(t *testing.T) { runConcurrent(t, uint64(seed)) })
	}
}

func runConcurrent(t *testing.T, seed uint64) {
	ctx := context.Background()
	w, shared := newWorld(), t.TempDir()
	devs := []*device{newDevice(t, w, shared, "maya", 0, ""), newDevice(t, w, shared, "liam", 0, "")}
	devs[0].setUp()
	g := devs[0].create("Two weeks in Italy", model.GoalPatch{Checklist: &[]model.ChecklistStep{{Text: "Book flights"}, {Text: "Book the hut"}}})
	devs[0].sync()
	devs[1].sync()

	// Each editor makes a set number of edits while the sync loops run
	// beside them; the loops stop when the edits are done. Counted, never
	// timed: a slow machine takes longer and does the same work.
	const editsEach = 100
	var editors, loops sync.WaitGroup
	stop := make(chan struct{})
	errs := make(chan error, 64)
	report := func(err error) {
		select {
		case errs <- err:
		default:
		}
	}
	for i, d := range devs {
		// Two editors per computer.
		for e := range 2 {
			editors.Add(1)
			go func(d *device, rng *rand.Rand) {
				defer editors.Done()
				var mine []string
				for range editsEach {
					w.tick()
					if err := concurrentEdit(ctx, rng, d, g.ID, &mine); err != nil {
						report(fmt.Errorf("%s: %w", d.name, err))
						return
					}
				}
			}(d, rand.New(rand.NewPCG(seed, uint64(10*i+e))))
		}
	}
	passes := make([]int, len(devs))
	for i, d := range devs {
		// And a sync loop, as the window's background sync runs.
		loops.Add(1)
		go func(i int, d *device) {
			defer loops.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				if _, err := d.syncer.Pass(ctx); err != nil {
					report(fmt.Errorf("%s: sync: %w", d.name, err))
					return
				}
				passes[i]++
			}
		}(i, d)
	}
	editors.Wait()
	close(stop)
	loops.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	for i, n := range passes {
		if n == 0 {
			t.Fatalf("%s's sync never ran beside the edits", devs[i].name)
		}
	}
	// Quiet now: a few passes each way, and everyone agrees.
	for range 3 {
		for _, d := range devs {
			d.sync()
		}
	}
	requireSame(t, devs...)
}

// concurrentEdit makes one random edit: a goal's title or notes, a tick in
// the shared checklist, a label, a new goal or a delete of one it made.
func concurrentEdit(ctx context.Context, rng *rand.Rand, d *device, shared string, mine *[]string) error {
	switch rng.IntN(6) {
	case 0:
		g, err := d.svc.CreateGoal(ctx, model.GoalPatch{Title: model.Ptr(fmt.Sprintf("%s's goal %d", d.name, rng.IntN(1000)))})
		if err != nil {
			return err
		}
		*mine = append(*mine, g.ID)
	case 1:
		if len(*mine) > 0 {
			id := (*mine)[rng.IntN(len(*mine))]
			if err := d.svc.DeleteGoal(ctx, id); err != nil && err != app.ErrGoalGone {
				return err
			}
		}
	case 2:
		_, err := d.svc.UpdateGoal(ctx, shared, model.GoalPatch{Notes: model.Ptr(fmt.Sprintf("%s %d", d.name, rng.IntN(1e6)))})
		return err
	case 3:
		g, err := d.svc.Goal(ctx, shared)
		if err != nil {
			return err
		}
		steps := append([]model.ChecklistStep(nil), g.Checklist...)
		if len(steps) > 0 {
			i := rng.IntN(len(steps))
			steps[i].Done = !steps[i].Done
		}
		_, err = d.svc.UpdateGoal(ctx, shared, model.GoalPatch{Checklist: &steps})
		return err
	case 4:
		_, err := d.svc.UpdateGoal(ctx, shared, model.GoalPatch{Labels: &[]string{"travel", fmt.Sprint(d.name, rng.IntN(3))}})
		return err
	default:
		_, err := d.svc.UpdateGoal(ctx, shared, model.GoalPatch{Title: model.Ptr(fmt.Sprintf("Italy (%s %d)", d.name, rng.IntN(1e6)))})
		return err
	}
	return nil
}
