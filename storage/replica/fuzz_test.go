package replica

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage"
)

// FuzzDecode feeds arbitrary bytes to the replica reader: it must never
// panic, and anything it refuses must be a SkipError (skipped whole).
func FuzzDecode(f *testing.F) {
	ctx := context.Background()
	path := filepath.Join(f.TempDir(), "seed.venn")
	seed := Replica{Meta: Meta{DeviceID: "d1"}, Fields: []storage.SyncField{
		{Table: "goals", RowID: "g1", Column: "title", Value: "Adopt a dog", Stamp: model.Stamp{WallMS: 1, Device: "d1"}},
		{Table: "goals", RowID: "g1", Column: "archived", Value: int64(0), Stamp: model.Stamp{WallMS: 2, Device: "d1"}},
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
		r, err := Decode(ctx, data, "pass")
		if err == nil {
			if len(r.Fields) != r.Meta.Fields {
				t.Fatalf("accepted a replica whose field count does not match")
			}
			return
		}
		var se *SkipError
		if !errors.As(err, &se) {
			t.Fatalf("a bad file gave %v, not a skip", err)
		}
	})
}
