package replica

import (
	"bytes"
	"compress/gzip"
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"filippo.io/age"
	sqlite3 "github.com/mattn/go-sqlite3"
	"github.com/vennplanner/venn/internal/atomicfile"
)

// Write writes the replica to path atomically: built in memory, written to
// a hidden temporary file beside it (which sync services ignore), synced to
// disk, then renamed over the old file. With a passphrase the file is
// encrypted with age. Nothing of it is ever written anywhere else.
func Write(ctx context.Context, path string, r Replica, passphrase string) error {
	r.Meta.Fields = len(r.Fields)
	r.Meta.Checksum = checksum(r.Fields)
	for _, f := range r.Fields {
		if f.Stamp.Compare(r.Meta.Newest) > 0 {
			r.Meta.Newest = f.Stamp
		}
	}
	data, err := encodeSQLite(ctx, r)
	if err != nil {
		return fmt.Errorf("write replica: %w", err)
	}
	// Compressed, a replica is about an eighth of its size: its stamps and
	// ids repeat.
	if data, err = compress(data); err != nil {
		return fmt.Errorf("write replica: %w", err)
	}
	if passphrase != "" {
		if data, err = encrypt(data, passphrase); err != nil {
			return fmt.Errorf("encrypt replica: %w", err)
		}
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("write replica: %w", err)
	}
	if err := atomicfile.WriteBytes(path, 0o644, data); err != nil {
		return fmt.Errorf("write replica: %w", err)
	}
	return nil
}

// compress gzips a replica's database bytes.
func compress(data []byte) ([]byte, error) {
	var buf bytes.Buffer
	buf.Grow(len(data) / 6)
	z := gzip.NewWriter(&buf)
	if _, err := z.Write(data); err != nil {
		return nil, err
	}
	if err := z.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// encodeSQLite builds the replica as an in-memory SQLite database and
// returns its bytes.
func encodeSQLite(ctx context.Context, r Replica) ([]byte, error) {
	db, err := sql.Open("sqlite3", "file::memory:?_journal=OFF&_sync=OFF")
	if err != nil {
		return nil, err
	}
	defer db.Close()
	conn, err := db.Conn(ctx)
	if err != nil {
		return nil, err
	}
	defer conn.Close()
	stmts := []string{
		fmt.Sprintf("PRAGMA application_id = %d", ApplicationID),
		fmt.Sprintf("PRAGMA user_version = %d", FormatVersion),
		schemaMeta, schemaFields, "BEGIN",
	}
	for _, s := range stmts {
		if _, err := conn.ExecContext(ctx, s); err != nil {
			return nil, err
		}
	}
	m := r.Meta
	newest := ""
	if !m.Newest.IsZero() {
		newest = m.Newest.String()
	}
	meta := map[string]string{
		"format": "venn-replica", "device_id": m.DeviceID, "device_name": m.DeviceName, "partner_id": m.PartnerID,
		"household_id": m.HouseholdID, "schema_version": strconv.Itoa(m.SchemaVersion),
		"written_at": m.WrittenAt.UTC().Format(time.RFC3339Nano), "newest": newest,
		"fields": strconv.Itoa(m.Fields), "checksum": m.Checksum,
	}
	for k, v := range meta {
		if _, err := conn.ExecContext(ctx, "INSERT INTO meta(key, value) VALUES(?, ?)", k, v); err != nil {
			return nil, err
		}
	}
	ins, err := conn.PrepareContext(ctx, "INSERT INTO fields(tbl, row_id, col, value, hlc, base) VALUES(?, ?, ?, ?, ?, ?)")
	if err != nil {
		return nil, err
	}
	defer ins.Close()
	for _, f := range r.Fields {
		var base any
		if f.Base != "" {
			base = f.Base
		}
		if _, err := ins.ExecContext(ctx, f.Table, f.RowID, f.Column, f.Value, f.Stamp.String(), base); err != nil {
			return nil, err
		}
	}
	if _, err := conn.ExecContext(ctx, "COMMIT"); err != nil {
		return nil, err
	}
	var data []byte
	err = conn.Raw(func(dc any) error {
		c, ok := dc.(*sqlite3.SQLiteConn)
		if !ok {
			return fmt.Errorf("unexpected SQLite driver %T", dc)
		}
		var err error
		data, err = c.Serialize("main")
		return err
	})
	return data, err
}

// The replica's two tables, exactly as a reader expects them (fields as
// version 1 files have it, and as this Venn writes it).
const (
	schemaMeta     = "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"
	schemaFieldsV1 = "CREATE TABLE fields (tbl TEXT NOT NULL, row_id TEXT NOT NULL, col TEXT NOT NULL, value, hlc TEXT NOT NULL)"
	schemaFields   = "CREATE TABLE fields (tbl TEXT NOT NULL, row_id TEXT NOT NULL, col TEXT NOT NULL, value, hlc TEXT NOT NULL, base TEXT)"
)

func encrypt(data []byte, passphrase string) ([]byte, error) {
	rcp, err := age.NewScryptRecipient(passphrase)
	if err != nil {
		return nil, err
	}
	rcp.SetWorkFactor(scryptWorkFactor)
	var out bytes.Buffer
	w, err := age.Encrypt(&out, rcp)
	if err != nil {
		return nil, err
	}
	if _, err := w.Write(data); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}
