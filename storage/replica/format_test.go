package replica

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage"
)

// A computer still on the Venn before bases (format 1) writes files this
// Venn reads: the fields arrive, with no bases.
func TestAFormatOneReplicaIsStillRead(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.venn")
	st := model.Stamp{WallMS: 1_795_000_000_000, Device: "01970000-0000-7000-8000-000000000001"}
	fields := []storage.SyncField{
		{Table: "goals", RowID: "01970000-0000-7000-8000-0000000000a1", Column: "title", Value: "Learn to sail ⛵", Stamp: st},
		{Table: "goals", RowID: "01970000-0000-7000-8000-0000000000a1", Column: "notes", Value: "Évora in May", Stamp: st},
	}
	db, err := sql.Open("sqlite3", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	stmts := []string{
		fmt.Sprintf("PRAGMA application_id = %d", ApplicationID), "PRAGMA user_version = 1", "PRAGMA journal_mode = DELETE",
		schemaMeta, schemaFieldsV1,
		fmt.Sprintf(`INSERT INTO meta VALUES ('format', 'venn-replica'), ('device_id', '%s'), ('household_id', '01970000-0000-7000-8000-0000000000ff'),
			('schema_version', '15'), ('written_at', '2026-11-22T18:00:00Z'), ('fields', '2'), ('checksum', '%s'), ('newest', '')`,
			st.Device, checksumOf(fields, 1)),
	}
	for _, f := range fields {
		stmts = append(stmts, fmt.Sprintf("INSERT INTO fields VALUES ('%s', '%s', '%s', '%s', '%s')", f.Table, f.RowID, f.Column, f.Value, f.Stamp))
	}
	for _, s := range stmts {
		if _, err := db.Exec(s); err != nil {
			t.Fatalf("%s: %v", s, err)
		}
	}
	db.Close()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	r, err := Decode(context.Background(), data, "")
	if err != nil {
		t.Fatalf("a format 1 file was not read: %v", err)
	}
	if len(r.Fields) != 2 || r.Fields[1].Value != "Évora in May" || r.Fields[0].Base != "" {
		t.Fatalf("read %+v", r.Fields)
	}
}

// Bases travel: a field's base written is the base read, and a file whose
// base was changed on the way is refused as incomplete.
func TestBasesTravelAndAreChecked(t *testing.T) {
	path := filepath.Join(t.TempDir(), "new.venn")
	st := model.Stamp{WallMS: 1_795_000_000_000, Device: "01970000-0000-7000-8000-000000000001"}
	base := model.Stamp{WallMS: 1_794_000_000_000, Counter: 3, Device: "01970000-0000-7000-8000-000000000002"}
	r := Replica{Meta: Meta{DeviceID: st.Device, HouseholdID: "01970000-0000-7000-8000-0000000000ff", SchemaVersion: storage.SchemaVersion()},
		Fields: []storage.SyncField{{Table: "goals", RowID: "01970000-0000-7000-8000-0000000000a1", Column: "notes", Value: "x", Stamp: st, Base: base.String()}}}
	if err := Write(context.Background(), path, r, ""); err != nil {
		t.Fatal(err)
	}
	got, err := Read(context.Background(), path, "")
	if err != nil {
		t.Fatal(err)
	}
	if got.Fields[0].Base != base.String() {
		t.Fatalf("base read %v, written %v", got.Fields[0].Base, base)
	}
	if checksumOf(r.Fields, 2) == checksumOf([]storage.SyncField{{Table: "goals", RowID: r.Fields[0].RowID, Column: "notes", Value: "x", Stamp: st}}, 2) {
		t.Fatal("the checksum does not cover the base")
	}
}
