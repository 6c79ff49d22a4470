package replica_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage"
)

// oldSigns gives a device the first Venns' eight default signs, as a
// household made before the newer signs has them.
func oldSigns(t *testing.T, d *device) {
	t.Helper()
	err := d.svc.Store().Update(context.Background(), func(tx *storage.Tx) error {
		ranks := model.RanksSpread(8)
		for i, def := range model.DefaultSigns[:8] {
			if err := tx.PutSign(model.Sign{ID: signID(def.Key), Text: def.Text, Kind: def.Kind, Rank: ranks[i]}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func signID(key string) string { return storage.DerivedID("default-sign", key) }

// signsOf reads a device's signs (the first read seeds the newer ones).
func signsOf(t *testing.T, d *device) map[string]model.Sign {
	t.Helper()
	signs, err := d.svc.Signs(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]model.Sign{}
	for _, s := range signs {
		if _, twice := out[s.ID]; twice {
			t.Fatalf("%s: sign %s twice", d.name, s.ID)
		}
		out[s.ID] = s
	}
	return out
}

// Both computers of a household from before the newer signs are updated
// and seed the newer signs before either has seen the other's: the folder
// ends with one row per sign, the edits Maya made to the new signs before
// Liam's seed arrived stand, and no edit is reported as made at once.
func TestTwoComputersSeedingTheNewerSignsAtOnceKeepOneEach(t *testing.T) {
	w, shared := newWorld(), t.TempDir()
	maya := newDevice(t, w, shared, "Maya's laptop", 0, "")
	liam := newDevice(t, w, shared, "Liam's laptop", 0, "")
	maya.setUp()
	oldSigns(t, maya)
	maya.sync()
	liam.sync()
	// A sign of their own Liam wrote that Maya has not received: the two
	// lists end at different ranks when the newer signs join them.
	err := liam.svc.Store().Update(context.Background(), func(tx *storage.Tx) error {
		return tx.PutSign(model.Sign{ID: storage.NewID(), Text: "Мы говорим только о делах 📋", Kind: model.LeanIndependent, Rank: "y"})
	})
	if err != nil {
		t.Fatal(err)
	}
	w.tick()
	if n := len(signsOf(t, maya)); n != len(model.DefaultSigns) {
		t.Fatalf("Maya's computer has %d signs after seeding, want %d", n, len(model.DefaultSigns))
	}
	w.tick()
	if err := maya.svc.RetireSign(context.Background(), signID("own-plans-crowd"), true); err != nil {
		t.Fatal(err)
	}
	reworded := model.Sign{ID: signID("isolated"), Text: "J'ai perdu de vue mes amies à moi — 朋友", Kind: model.LeanTogether}
	if _, err := maya.svc.SaveSign(context.Background(), reworded); err != nil {
		t.Fatal(err)
	}
	w.tick()
	if n := len(signsOf(t, liam)); n != len(model.DefaultSigns)+1 {
		t.Fatalf("Liam's computer has %d signs after seeding, want %d", n, len(model.DefaultSigns)+1)
	}
	liam.sync()
	maya.sync()
	liam.sync()
	requireSame(t, maya, liam)
	for _, d := range []*device{maya, liam} {
		signs := signsOf(t, d)
		if len(signs) != len(model.DefaultSigns)+1 {
			t.Errorf("%s: %d signs, want one of each default and Liam's own", d.name, len(signs))
		}
		if !signs[signID("own-plans-crowd")].Retired {
			t.Errorf("%s: Liam's later seed brought back the sign Maya retired", d.name)
		}
		if got := signs[signID("isolated")].Text; got != reworded.Text {
			t.Errorf("%s: the reworded sign reads %q", d.name, got)
		}
		if races := racesOf(t, d); races != "" {
			t.Errorf("%s: seeding was taken for edits made at once:\n%s", d.name, races)
		}
	}
}

// The same, in random orders: two computers of an old household update,
// seed, retire and bring back newer signs, and sync, in any interleaving.
// They converge to one row per sign, and a retirement is never undone by
// a seed.
func TestSeedingTheNewerSignsConvergesInAnyOrder(t *testing.T) {
	for seed := range 12 {
		t.Run(fmt.Sprint(seed), func(t *testing.T) { runSeeding(t, uint64(seed)) })
	}
}

func runSeeding(t *testing.T, seed uint64) {
	rng := rand.New(rand.NewPCG(seed, 0x516e))
	w, shared := newWorld(), t.TempDir()
	devs := []*device{newDevice(t, w, shared, "dev0", 0, ""), newDevice(t, w, shared, "dev1", 0, "")}
	devs[0].setUp()
	oldSigns(t, devs[0])
	devs[0].sync()
	devs[1].sync()
	// Only the first computer retires signs, so the last choice it made is
	// the one that must stand.
	retired := map[string]bool{}
	seeded := []bool{false, false}
	for range 12 + rng.IntN(12) {
		k := rng.IntN(2)
		d := devs[k]
		w.tick()
		switch op := rng.IntN(4); {
		case op == 0 || !seeded[k]:
			signsOf(t, d)
			seeded[k] = true
		case op == 1 && k == 0:
			key := model.NewerSigns[rng.IntN(len(model.NewerSigns))]
			retired[key] = rng.IntN(2) == 0
			if err := d.svc.RetireSign(context.Background(), signID(key), retired[key]); err != nil {
				t.Fatal(err)
			}
		default:
			d.sync()
		}
	}
	for range 2 {
		for _, d := range devs {
			signsOf(t, d)
			d.sync()
		}
	}
	requireSame(t, devs...)
	signs := signsOf(t, devs[1])
	if len(signs) != len(model.DefaultSigns) {
		t.Fatalf("%d signs, want %d", len(signs), len(model.DefaultSigns))
	}
	for _, key := range model.NewerSigns {
		if got := signs[signID(key)].Retired; got != retired[key] {
			t.Errorf("sign %q retired %v, want %v (the first computer's last choice)", key, got, retired[key])
		}
	}
	if i := slices.IndexFunc(model.DefaultSigns, func(d model.DefaultItem[model.Lean]) bool { return signs[signID(d.Key)].ID == "" }); i >= 0 {
		t.Errorf("default sign %q is missing", model.DefaultSigns[i].Key)
	}
}
