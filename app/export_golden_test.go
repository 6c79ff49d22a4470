package app

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/vennplanner/venn/storage"
)

var updateGolden = flag.Bool("update", false, "rewrite the golden files in testdata from what the code makes now")

// goldenDay is the day the golden households are made on.
var goldenDay = time.Date(2026, 11, 22, 18, 30, 0, 0, time.UTC)

// newGoldenService opens a service whose clock stands still at goldenDay
// and whose ids are repeatable, so the same steps make the same household
// byte for byte.
func newGoldenService(t *testing.T) *Service {
	t.Helper()
	t.Cleanup(storage.RepeatableIDs(35))
	s, err := Open(context.Background(), t.TempDir(), Options{
		Now:     func() time.Time { return goldenDay },
		Secrets: &fakeKeychain{secrets: map[string]string{}},
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// checkGolden compares got with the file testdata/name, or rewrites the
// file with -update.
func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *updateGolden {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (go test ./app -run %s -update writes it)", err, t.Name())
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("%s differs from what the code makes now:\n%s", path, firstDiff(string(want), string(got)))
	}
}

// TestDemoExportIsByteForByteItsGoldenFile keeps the export format as it
// is: the demo household, made on a fixed day with repeatable ids, exports
// to exactly the bytes of testdata/demo-export.json.
func TestDemoExportIsByteForByteItsGoldenFile(t *testing.T) {
	s := newGoldenService(t)
	ctx := context.Background()
	if err := s.Demo(ctx, 1); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := s.Export(ctx, &buf); err != nil {
		t.Fatal(err)
	}
	checkGolden(t, "demo-export.json", buf.Bytes())
}

// TestAwkwardImportExportsAsItsGoldenFile keeps import and export as they
// are where the demo does not reach: testdata/awkward-import.json (labels
// in several cases and alphabets, a block that happens once, a monthly and
// a yearly one, times in other zones, an allocation without a day, private
// rows, answers held back …) imported into an empty household exports to
// exactly the bytes of testdata/awkward-export.json.
func TestAwkwardImportExportsAsItsGoldenFile(t *testing.T) {
	s := newGoldenService(t)
	ctx := context.Background()
	doc, err := os.ReadFile(filepath.Join("testdata", "awkward-import.json"))
	if err != nil {
		t.Fatal(err)
	}
	res, err := s.Import(ctx, bytes.NewReader(doc))
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Unknown) > 0 {
		t.Errorf("the file holds keys Venn does not know: %v", res.Unknown)
	}
	var buf bytes.Buffer
	if err := s.Export(ctx, &buf); err != nil {
		t.Fatal(err)
	}
	checkGolden(t, "awkward-export.json", buf.Bytes())
}
