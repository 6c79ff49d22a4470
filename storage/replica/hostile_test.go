package replica_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"filippo.io/age"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage"
	"github.com/vennplanner/venn/storage/replica"
)

// The hostile folder: files a broken partner computer, an old household or
// anyone with write access to the shared folder could put there. For each,
// Venn must not crash, must stay within bounded time and memory, must leave
// local data as it was (nothing hostile lands, the database stays sound),
// and must say in plain words what it left alone and why.

// household is two honest computers that have synced once.
type household struct {
	t          *testing.T
	w          *world
	shared     string
	maya, liam *device
	a, b       model.Partner
	goal       model.Goal
}

func newHousehold(t *testing.T, passphrase string) *household {
	t.Helper()
	h := &household{t: t, w: newWorld(), shared: t.TempDir()}
	h.maya = newDevice(t, h.w, h.shared, "Maya's laptop", 0, passphrase)
	h.liam = newDevice(t, h.w, h.shared, "Liam's laptop", 0, passphrase)
	h.a, h.b = h.maya.setUp()
	h.goal = h.maya.create("Two weeks in Italy", model.GoalPatch{Labels: &[]string{"travel"}})
	h.maya.sync()
	h.liam.sync()
	h.maya.sync()
	return h
}

// hostileMeta is a replica header that looks like the household's.
func (h *household) hostileMeta(device string) replica.Meta {
	hh, _, _ := h.maya.svc.Household(context.Background())
	return replica.Meta{DeviceID: device, DeviceName: "Mallory", HouseholdID: hh.ID, SchemaVersion: storage.SchemaVersion(), WrittenAt: h.w.clock(0)()}
}

// drop writes a replica with arbitrary fields into the folder.
func (h *household) drop(name string, meta replica.Meta, fields []storage.SyncField, passphrase string) string {
	h.t.Helper()
	path := filepath.Join(replica.Dir(h.shared), name)
	if err := replica.Write(context.Background(), path, replica.Replica{Meta: meta, Fields: fields}, passphrase); err != nil {
		h.t.Fatal(err)
	}
	return path
}

// intact checks Maya's data is what it was and the database is sound.
func (h *household) intact(before string) {
	h.t.Helper()
	if after := h.maya.export(); after != before {
		h.t.Fatalf("a hostile file changed Maya's data:\n%s", diffLine(before, after))
	}
	lines, err := h.maya.svc.Store().IntegrityCheck(context.Background())
	if err != nil || len(lines) != 1 || lines[0] != "ok" {
		h.t.Fatalf("integrity check after a hostile file: %v %v", lines, err)
	}
	if _, err := h.maya.svc.Board(context.Background(), model.BoardFilter{}); err != nil {
		h.t.Fatalf("the board no longer loads: %v", err)
	}
}

// said reports whether the sync report names the file with words from want.
func said(rep replica.Report, file, want string) bool {
	for _, s := range rep.Skipped {
		if s.File == file && strings.Contains(s.Reason, want) {
			return true
		}
	}
	for _, w := range rep.Warnings {
		if strings.Contains(w, want) {
			return true
		}
	}
	return false
}

const mallory = "01970000-0000-7000-8000-00000000bad1"

func TestHostileFieldValues(t *testing.T) {
	h := newHousehold(t, "")
	before := h.maya.export()
	now := model.Stamp{WallMS: h.w.clock(0)().UnixMilli(), Device: mallory}
	ritual := storage.NewID()
	cases := []storage.SyncField{
		{Table: "goals", RowID: h.goal.ID, Column: "archived", Value: "yes", Stamp: now},
		{Table: "goals", RowID: h.goal.ID, Column: "title", Value: strings.Repeat("é", 300_000), Stamp: now},
		{Table: "rituals", RowID: ritual, Column: "times", Value: int64(0), Stamp: now},
		{Table: "rituals", RowID: ritual, Column: "per", Value: "fortnight", Stamp: now},
		{Table: "goals", RowID: h.goal.ID, Column: "board_column", Value: "wishlist", Stamp: now},
		{Table: "goals", RowID: h.goal.ID, Column: "owner", Value: storage.NewID(), Stamp: now},
		{Table: "goals", RowID: h.goal.ID, Column: "target_quarter", Value: "2026-Q9", Stamp: now},
		{Table: "goals", RowID: h.goal.ID, Column: "due_date", Value: "tomorrow", Stamp: now},
		{Table: "goals", RowID: h.goal.ID, Column: "colour", Value: "red", Stamp: now},
		{Table: "secrets", RowID: h.goal.ID, Column: "x", Value: "y", Stamp: now},
		{Table: "partners", RowID: storage.NewID(), Column: "name", Value: "A third partner", Stamp: now},
		{Table: "goals", RowID: "../../etc/passwd", Column: "title", Value: "x", Stamp: now},
	}
	name := mallory + ".venn"
	h.drop(name, h.hostileMeta(mallory), cases, "")
	rep := h.maya.sync()
	h.intact(before)
	var merged replica.Merged
	for _, m := range rep.Merged {
		if m.File == name {
			merged = m
		}
	}
	if merged.Fields != 0 || merged.Refused != len(cases) || len(merged.Examples) != len(cases) {
		t.Fatalf("%d merged, %d refused of %d hostile fields", merged.Fields, merged.Refused, len(cases))
	}
	if !said(rep, name, "were not merged") {
		t.Errorf("no plain word about the refused fields: %q", rep.Warnings)
	}
	// The partner's computer never sees them either, and Maya's next file
	// carries none of them.
	h.liam.sync()
	requireSame(t, h.maya, h.liam)
	// venn doctor names the file too.
	checks, err := h.maya.svc.CheckReplicas(context.Background())
	if err == nil {
		found := false
		for _, c := range checks {
			if c.File == name && strings.Contains(c.Problem, "fields Venn would not merge") {
				found = true
			}
		}
		if !found {
			t.Errorf("doctor does not name the hostile file: %+v", checks)
		}
	}
}

func TestHostileStamps(t *testing.T) {
	h := newHousehold(t, "")
	before := h.maya.export()
	name := mallory + ".venn"
	endOfTime := model.Stamp{WallMS: model.MaxWallMS, Counter: math.MaxUint32, Device: mallory}
	year9999 := model.Stamp{WallMS: time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC).UnixMilli(), Device: mallory}
	h.drop(name, h.hostileMeta(mallory), []storage.SyncField{
		{Table: "goals", RowID: h.goal.ID, Column: "title", Value: "Owned for ever", Stamp: endOfTime},
		{Table: "goals", RowID: h.goal.ID, Column: "notes", Value: "frozen", Stamp: year9999},
	}, "")
	rep := h.maya.sync()
	h.intact(before)
	if !said(rep, name, "ahead") {
		t.Errorf("no warning about the stamps from the future: %q", rep.Warnings)
	}
	for _, w := range rep.Warnings {
		if strings.Contains(w, "-") && strings.Contains(w, "minutes") {
			t.Errorf("a skew warning overflowed: %q", w)
		}
	}
	// Maya's own edits still win, and her clock was not dragged ahead.
	h.maya.update(h.goal.ID, model.GoalPatch{Title: model.Ptr("Three weeks in Italy")})
	if got, _ := h.maya.goal(h.goal.ID); got.Title != "Three weeks in Italy" {
		t.Fatalf("a later local edit lost: %q", got.Title)
	}
	if ahead := model.Ahead(h.maya.svc.Store().Clock().Last(), h.w.clock(0)()); ahead > time.Minute {
		t.Errorf("Maya's clock was moved %v ahead", ahead)
	}
	// A counter at its end (a sane wall time) is merged, and the clock
	// moves on without wrapping: the next edit still wins.
	h.w.tick()
	atEnd := model.Stamp{WallMS: h.w.clock(0)().UnixMilli(), Counter: math.MaxUint32, Device: mallory}
	h.drop(name, h.hostileMeta(mallory), []storage.SyncField{
		{Table: "goals", RowID: h.goal.ID, Column: "notes", Value: "counter at its end", Stamp: atEnd},
	}, "")
	h.maya.sync()
	h.maya.update(h.goal.ID, model.GoalPatch{Notes: model.Ptr("mine")})
	if got, _ := h.maya.goal(h.goal.ID); got.Notes != "mine" {
		t.Fatalf("after a stamp with the counter at its end, a local edit lost: %q", got.Notes)
	}
}

func TestHostileFilesAreReadWithinBounds(t *testing.T) {
	h := newHousehold(t, "")
	before := h.maya.export()
	dir := replica.Dir(h.shared)
	ctx := context.Background()
	hh, _, _ := h.maya.svc.Household(ctx)

	// A replica whose "fields" is a view that would run for ever, and one
	// with a trigger: Venn reads only the two tables it writes.
	rawReplica(t, filepath.Join(dir, "view.venn"), hh.ID, []string{
		"CREATE VIEW fields AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM n) SELECT 'goals' AS tbl, 'x' AS row_id, 'title' AS col, 'x' AS value, 'x' AS hlc FROM n",
	})
	rawReplica(t, filepath.Join(dir, "trigger.venn"), hh.ID, []string{
		"CREATE TABLE fields (tbl TEXT NOT NULL, row_id TEXT NOT NULL, col TEXT NOT NULL, value, hlc TEXT NOT NULL, base TEXT)",
		"CREATE TRIGGER t AFTER INSERT ON meta BEGIN SELECT 1; END",
	})
	// A header that claims ten million fields.
	rawReplica(t, filepath.Join(dir, "claims.venn"), hh.ID, []string{
		"CREATE TABLE fields (tbl TEXT NOT NULL, row_id TEXT NOT NULL, col TEXT NOT NULL, value, hlc TEXT NOT NULL, base TEXT)",
		"UPDATE meta SET value = '10000000' WHERE key = 'fields'",
	})
	// A value of two megabytes.
	big := model.Stamp{WallMS: h.w.clock(0)().UnixMilli(), Device: mallory}
	h.drop("big.venn", h.hostileMeta(mallory), []storage.SyncField{
		{Table: "goals", RowID: h.goal.ID, Column: "notes", Value: strings.Repeat("x", 2<<20), Stamp: big},
	}, "")
	// A pipe and a link to an endless device, named like replicas.
	endlessFiles(t, dir)
	// A directory named like one.
	if err := os.Mkdir(filepath.Join(dir, "folder.venn"), 0o755); err != nil {
		t.Fatal(err)
	}
	// A file larger than any replica.
	huge, err := os.Create(filepath.Join(dir, "huge.venn"))
	if err != nil {
		t.Fatal(err)
	}
	if err := huge.Truncate(replica.MaxFileSize + 1); err != nil {
		t.Fatal(err)
	}
	huge.Close()

	var m0 runtime.MemStats
	runtime.ReadMemStats(&m0)
	start := time.Now()
	rep := h.maya.sync()
	took := time.Since(start)
	var m1 runtime.MemStats
	runtime.ReadMemStats(&m1)
	h.intact(before)
	for file, why := range map[string]string{
		"view.venn": "view", "trigger.venn": "trigger", "claims.venn": "claims 10000000 fields",
		"big.venn": "larger than anything Venn writes", "huge.venn": "larger than any Venn replica",
	} {
		if !said(rep, file, why) {
			t.Errorf("%s: no plain reason with %q in %+v", file, why, rep.Skipped)
		}
	}
	if runtime.GOOS != "windows" {
		for _, file := range []string{"pipe.venn", "zero.venn"} {
			if !said(rep, file, "not a regular file") {
				t.Errorf("%s: no plain reason in %+v", file, rep.Skipped)
			}
		}
	}
	// Timings are not asserted (see the benchmark); an endless read would
	// not return at all, and this says what it cost.
	t.Logf("the hostile folder took %v and %d MB allocated", took, (m1.TotalAlloc-m0.TotalAlloc)>>20)
	// Unchanged bad files are not read again.
	rep = h.maya.sync()
	if !said(rep, "view.venn", "view") {
		t.Errorf("a remembered bad file lost its reason: %+v", rep.Skipped)
	}
}

// rawReplica writes a SQLite file that passes the header checks of a
// replica but holds what Venn never writes.
func rawReplica(t *testing.T, path, household string, stmts []string) {
	t.Helper()
	db, err := sql.Open("sqlite3", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	all := append([]string{
		fmt.Sprintf("PRAGMA application_id = %d", replica.ApplicationID),
		fmt.Sprintf("PRAGMA user_version = %d", replica.FormatVersion),
		"PRAGMA journal_mode = DELETE",
		"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
		fmt.Sprintf(`INSERT INTO meta VALUES ('format', 'venn-replica'), ('device_id', '%s'), ('household_id', '%s'),
			('schema_version', '%d'), ('written_at', '2026-11-22T18:00:00Z'), ('fields', '0'), ('checksum', 'x'), ('newest', '')`,
			mallory, household, storage.SchemaVersion()),
	}, stmts...)
	for _, s := range all {
		if _, err := db.Exec(s); err != nil {
			t.Fatalf("%s: %v", s, err)
		}
	}
}

func TestForgedFilesInAnEncryptedHousehold(t *testing.T) {
	const pass = "correct horse battery staple"
	h := newHousehold(t, pass)
	before := h.maya.export()
	stamp := model.Stamp{WallMS: h.w.clock(0)().UnixMilli(), Device: mallory}
	field := []storage.SyncField{{Table: "goals", RowID: h.goal.ID, Column: "title", Value: "Forged", Stamp: stamp}}
	// A plain file where every file is encrypted.
	h.drop("plain.venn", h.hostileMeta(mallory), field, "")
	// An encrypted file naming no household.
	noHousehold := h.hostileMeta(mallory)
	noHousehold.HouseholdID = ""
	h.drop("nohousehold.venn", noHousehold, field, pass)
	// An encrypted file of another household.
	other := h.hostileMeta(mallory)
	other.HouseholdID = storage.NewID()
	h.drop("other.venn", other, field, pass)
	// A file asking for a scrypt work factor of 22 (4 GB for each try):
	// an honest file's header with the factor raised.
	var buf bytes.Buffer
	rcp, _ := age.NewScryptRecipient(pass)
	rcp.SetWorkFactor(15)
	w, _ := age.Encrypt(&buf, rcp)
	w.Write([]byte("SQLite format 3\x00"))
	w.Close()
	costly := bytes.Replace(buf.Bytes(), []byte(" 15\n"), []byte(" 22\n"), 1)
	if bytes.Equal(costly, buf.Bytes()) {
		t.Fatal("could not raise the work factor in the header")
	}
	if err := os.WriteFile(filepath.Join(replica.Dir(h.shared), "costly.venn"), costly, 0o644); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	rep := h.maya.sync()
	took := time.Since(start)
	h.intact(before)
	for file, why := range map[string]string{
		"plain.venn": "not encrypted", "nohousehold.venn": "names no household", "other.venn": "another household",
		"costly.venn": "not written by Venn",
	} {
		if !said(rep, file, why) {
			t.Errorf("%s: no plain reason with %q in %+v", file, why, rep.Skipped)
		}
	}
	t.Logf("the forged files took %v", took)
}

func TestACopiedDataFolderIsNoticedThroughThePartner(t *testing.T) {
	h := newHousehold(t, "")
	// A copy of Maya's data folder edits as Maya's computer; its edits reach
	// Liam's computer, and through Liam's file Maya's. They carry Maya's
	// device id with stamps Maya never issued.
	ctx := context.Background()
	clone := model.Stamp{WallMS: h.w.clock(0)().UnixMilli() + 5, Device: h.maya.svc.Store().Device()}
	fields := []storage.SyncField{{Table: "goals", RowID: h.goal.ID, Column: "notes", Value: "written by a copy", Stamp: clone}}
	if _, err := h.liam.svc.Store().ApplyFields(ctx, fields); err != nil {
		t.Fatal(err)
	}
	h.liam.sync()
	before := h.maya.export()
	rep := h.maya.sync()
	h.intact(before)
	if !said(rep, "", "this computer's identity") {
		t.Fatalf("no warning about a copy of this computer: %q", rep.Warnings)
	}
}

// A small compressed file can claim any size: it is read no further than
// the largest replica Venn writes.
func TestHostileCompressedBombIsRefused(t *testing.T) {
	var buf bytes.Buffer
	z := gzip.NewWriter(&buf)
	chunk := make([]byte, 1<<20)
	for range replica.MaxFileSize>>20 + 8 {
		z.Write(chunk)
	}
	z.Close()
	if buf.Len() > 1<<20 {
		t.Fatalf("the bomb is %d bytes: not a small file", buf.Len())
	}
	_, err := replica.Decode(context.Background(), buf.Bytes(), "")
	var se *replica.SkipError
	if !errors.As(err, &se) || !strings.Contains(se.Reason, "larger than any Venn replica") {
		t.Fatalf("a %d-byte file that unpacks to %d MB: %v", buf.Len(), replica.MaxFileSize>>20+8, err)
	}
	// And with a passphrase, a compressed file that is not encrypted is not
	// one of the household's.
	if _, err := replica.Decode(context.Background(), buf.Bytes(), "a passphrase"); !errors.Is(err, replica.ErrNotEncrypted) {
		t.Fatalf("a plain compressed file in an encrypted household: %v", err)
	}
}
