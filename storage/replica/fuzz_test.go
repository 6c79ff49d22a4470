package replica

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage"
)

// FuzzDecode feeds arbitrary bytes to the replica reader: it must never
// panic, and anything it refuses must be a SkipError (skipped whole).
func FuzzDecode(f *testing.F) {
	ctx := context.Background()
	path := filepath.Join(f.TempDir(), "seed.venn")
	const device, goal = "01970000-0000-7000-8000-0000000000d1", "01970000-0000-7000-8000-0000000000a1"
	seed := Replica{Meta: Meta{DeviceID: device, HouseholdID: goal, SchemaVersion: storage.SchemaVersion()}, Fields: []storage.SyncField{
		{Table: "goals", RowID: goal, Column: "title", Value: "Adopt a dog 🐕", Stamp: model.Stamp{WallMS: 1, Device: device}},
		{Table: "goals", RowID: goal, Column: "archived", Value: int64(0), Stamp: model.Stamp{WallMS: 2, Device: device}},
	}}
	if err := Write(ctx, path, seed, ""); err != nil {
		f.Fatal(err)
	}
	valid, err := os.ReadFile(path)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(valid)
	f.Add(valid[:len(valid)/2])
	f.Add([]byte("age-encryption.org/v1\n-> scrypt abc 15\n"))
	f.Add([]byte("SQLite format 3\x00"))
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, pass := range []string{"", "pass"} {
			r, err := Decode(ctx, data, pass)
			if err == nil {
				if len(r.Fields) != r.Meta.Fields || !storage.ValidID(r.Meta.DeviceID) {
					t.Fatalf("accepted a replica whose field count does not match, or without a device")
				}
				for _, fl := range r.Fields {
					// Every field passes through the checks before a merge;
					// they must hold whatever the file holds.
					_ = storage.CheckField(fl, time.Now())
				}
				continue
			}
			var se *SkipError
			if !errors.As(err, &se) {
				t.Fatalf("a bad file gave %v, not a skip", err)
			}
		}
	})
}
