package replica_test

import (
	"context"
	"testing"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage/replica"
)

// rowsOf counts the fields (live or tombstone) a computer holds of a row.
func rowsOf(t *testing.T, d *device, id string) int {
	t.Helper()
	fields, err := d.svc.Store().SyncedFields(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, f := range fields {
		if f.RowID == id {
			n++
		}
	}
	return n
}

// asPartner gives the device a syncer that says which partner it is.
func (d *device) asPartner(partnerID string) {
	d.syncer = replica.New(d.svc.Store(), replica.Options{Folder: d.shared, DeviceName: d.name, Now: d.now, PartnerID: partnerID,
		AfterMerge: d.svc.ReleaseHeldAnswers})
}

func TestTombstonesAreForgottenOnceEveryComputerHeardOfTheDelete(t *testing.T) {
	ctx := context.Background()
	w, shared := newWorld(), t.TempDir()
	maya := newDevice(t, w, shared, "maya", 0, "")
	a, b := maya.setUp()
	maya.asPartner(a.ID)
	g := maya.create("Sell the old bike", model.GoalPatch{})
	keep := maya.create("Plant tulips", model.GoalPatch{})
	maya.sync()
	liam := newDevice(t, w, shared, "liam", 0, "")
	liam.sync()
	liam.asPartner(b.ID)
	liam.sync()

	if err := maya.svc.DeleteGoal(ctx, g.ID); err != nil {
		t.Fatal(err)
	}
	maya.sync()
	if rowsOf(t, maya, g.ID) == 0 {
		t.Fatal("the tombstone went before Liam heard of the delete")
	}
	liam.sync() // Liam hears of it
	if _, err := liam.goal(g.ID); err == nil {
		t.Fatal("the delete did not reach Liam")
	}
	// Maya learns that Liam heard of it once his file holds one of her
	// later stamps: her next edit, merged by him.
	w.tick()
	if _, err := maya.svc.UpdateGoal(ctx, keep.ID, model.GoalPatch{Notes: model.Ptr("Red ones")}); err != nil {
		t.Fatal(err)
	}
	maya.sync()
	liam.sync()
	rep := maya.sync()
	if rowsOf(t, maya, g.ID) != 0 || rowsOf(t, liam, g.ID) != 0 {
		t.Fatalf("the tombstone is still kept: Maya %d fields, Liam %d (compacted %d)", rowsOf(t, maya, g.ID), rowsOf(t, liam, g.ID), rep.Compacted)
	}
	// Nothing came back, and both still agree.
	for _, d := range []*device{maya, liam} {
		if _, err := d.goal(g.ID); err == nil {
			t.Fatalf("%s: the deleted goal came back", d.name)
		}
	}
	requireSame(t, maya, liam)
}

func TestTombstonesStayWhileAPartnerHasNeverSynced(t *testing.T) {
	ctx := context.Background()
	w, shared := newWorld(), t.TempDir()
	maya := newDevice(t, w, shared, "maya", 0, "")
	a, _ := maya.setUp()
	maya.asPartner(a.ID)
	g := maya.create("Sell the old bike", model.GoalPatch{})
	if err := maya.svc.DeleteGoal(ctx, g.ID); err != nil {
		t.Fatal(err)
	}
	for range 3 {
		maya.sync()
	}
	if rowsOf(t, maya, g.ID) == 0 {
		t.Fatal("a tombstone was forgotten although Liam's computer never synced")
	}
}
