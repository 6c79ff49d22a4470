package replica_test

import (
	"context"
	"database/sql"
	"path/filepath"
	"testing"
	"time"

	"github.com/vennplanner/venn/app"
	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage"
	"github.com/vennplanner/venn/storage/replica"
)

// mergeBenchScale × the demo household ≈ 100,000 fields (goals, their
// steps and labels, rituals, calendar, check-ins…).
const mergeBenchScale = 120

func benchFields(b *testing.B) []storage.SyncField {
	b.Helper()
	src, err := app.Open(context.Background(), b.TempDir(), app.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer src.Close()
	if err := src.Demo(context.Background(), mergeBenchScale); err != nil {
		b.Fatal(err)
	}
	fields, err := src.Store().SyncedFields(context.Background())
	if err != nil {
		b.Fatal(err)
	}
	if len(fields) < 100_000 {
		b.Fatalf("only %d fields", len(fields))
	}
	return fields
}

// BenchmarkMerge100kFields merges a replica of ~100,000 changed fields into
// an empty database: one transaction, every field compared and written.
func BenchmarkMerge100kFields(b *testing.B) {
	fields := benchFields(b)
	ctx := context.Background()
	b.Logf("%d fields", len(fields))
	for b.Loop() {
		b.StopTimer()
		st, err := storage.Open(ctx, b.TempDir(), storage.Options{})
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		res, err := st.ApplyFields(ctx, fields)
		if err != nil || res.Fields != len(fields) {
			b.Fatalf("applied %d of %d: %v", res.Fields, len(fields), err)
		}
		b.StopTimer()
		st.Close()
		b.StartTimer()
	}
}

// BenchmarkMergeUnchanged merges the same 100,000 fields again: nothing is
// newer, so nothing is written (the steady state of a 30-second poll).
func BenchmarkMergeUnchanged(b *testing.B) {
	fields := benchFields(b)
	ctx := context.Background()
	st, err := storage.Open(ctx, b.TempDir(), storage.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	if _, err := st.ApplyFields(ctx, fields); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if res, err := st.ApplyFields(ctx, fields); err != nil || res.Fields != 0 {
			b.Fatalf("re-merge changed %d fields: %v", res.Fields, err)
		}
	}
}

// BenchmarkBareBulkInsert inserts the same rows into one plain table in one
// transaction: the floor a merge is compared against.
func BenchmarkBareBulkInsert(b *testing.B) {
	fields := benchFields(b)
	ctx := context.Background()
	for b.Loop() {
		b.StopTimer()
		db, err := sql.Open("sqlite3", "file:"+filepath.Join(b.TempDir(), "bare.db")+"?_sync=FULL&_journal=WAL")
		if err != nil {
			b.Fatal(err)
		}
		if _, err := db.Exec("CREATE TABLE fields (tbl TEXT, row_id TEXT, col TEXT, value, hlc TEXT, PRIMARY KEY (tbl, row_id, col)) WITHOUT ROWID"); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		tx, _ := db.BeginTx(ctx, nil)
		ins, _ := tx.PrepareContext(ctx, "INSERT INTO fields VALUES (?, ?, ?, ?, ?)")
		for _, f := range fields {
			if _, err := ins.ExecContext(ctx, f.Table, f.RowID, f.Column, f.Value, f.Stamp.String()); err != nil {
				b.Fatal(err)
			}
		}
		ins.Close()
		if err := tx.Commit(); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		db.Close()
		b.StartTimer()
	}
}

// BenchmarkWriteAndReadReplica writes a 100,000-field replica file and
// reads it back, as a pass does on each side.
func BenchmarkWriteAndReadReplica(b *testing.B) {
	fields := benchFields(b)
	ctx := context.Background()
	path := filepath.Join(b.TempDir(), "x.venn")
	for b.Loop() {
		if err := replica.Write(ctx, path, replica.Replica{Meta: replica.Meta{DeviceID: "01970000-0000-7000-8000-0000000000d1", SchemaVersion: storage.SchemaVersion()}, Fields: fields}, ""); err != nil {
			b.Fatal(err)
		}
		r, err := replica.Read(ctx, path, "")
		if err != nil || len(r.Fields) != len(fields) {
			b.Fatal(err)
		}
	}
}

// BenchmarkHostileBiggestReplica reads and merges the largest replica a
// reader accepts, made of a quarter of a million one-field rows (the most work per
// field): what a hostile file can cost at most, once (an unchanged file is
// not read again).
func BenchmarkHostileBiggestReplica(b *testing.B) {
	const n = 260_000 // just under MaxFileSize: about 120 bytes a field
	ctx := context.Background()
	device := "01970000-0000-7000-8000-00000000bad1"
	stamp := model.Stamp{WallMS: time.Now().UnixMilli(), Device: device}
	fields := make([]storage.SyncField, n)
	for i := range fields {
		fields[i] = storage.SyncField{Table: "goals", RowID: storage.NewID(), Column: "title", Value: "x", Stamp: stamp}
	}
	path := filepath.Join(b.TempDir(), "big.venn")
	if err := replica.Write(ctx, path, replica.Replica{Meta: replica.Meta{DeviceID: device, HouseholdID: storage.NewID(), SchemaVersion: storage.SchemaVersion(), WrittenAt: time.Now()}, Fields: fields}, ""); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		b.StopTimer()
		st, err := storage.Open(ctx, b.TempDir(), storage.Options{})
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		r, err := replica.Read(ctx, path, "")
		if err != nil {
			b.Fatal(err)
		}
		if _, err := st.ApplyFields(ctx, r.Fields); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		st.Close()
		b.StartTimer()
	}
}
