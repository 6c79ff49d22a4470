package replica

import (
	"bytes"
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"filippo.io/age"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage"
)

// Format identifies replica files.
const (
	FormatVersion = 1
	ApplicationID = 0x56454E52 // "VENR"
	Ext           = ".venn"
	// MaxFileSize bounds what a reader accepts.
	MaxFileSize = 1 << 30
	// scryptWorkFactor keeps encrypting and decrypting a replica around a
	// tenth of a second while still making passphrase guessing slow.
	scryptWorkFactor = 15
)

// ageMagic begins every age-encrypted file.
var ageMagic = []byte("age-encryption.org/")

// Meta describes a replica: who wrote it and what it holds.
type Meta struct {
	DeviceID      string
	DeviceName    string
	PartnerID     string // the partner this device belongs to ("" if not chosen yet)
	HouseholdID   string
	SchemaVersion int // the writer's database schema
	WrittenAt     time.Time
	Newest        model.Stamp // the newest stamp in the file
	Fields        int
	Checksum      string // SHA-256 of the fields, hex
}

// Replica is a replica file's content.
type Replica struct {
	Meta   Meta
	Fields []storage.SyncField
}

// SkipError says why a file was skipped, in words for people. The file is
// tried again on the next pass.
type SkipError struct {
	Reason string
	Err    error
}

func (e *SkipError) Error() string { return e.Reason }
func (e *SkipError) Unwrap() error { return e.Err }

func skip(err error, format string, args ...any) error {
	return &SkipError{Reason: fmt.Sprintf(format, args...), Err: err}
}

// Errors a reader tells apart.
var (
	ErrNeedPassphrase  = errors.New("this replica is encrypted: enter the household passphrase in Settings › Sync")
	ErrWrongPassphrase = errors.New("the household passphrase does not open this replica; check it in Settings › Sync")
	ErrNewerFormat     = errors.New("this replica was written by a newer Venn; update Venn on this computer")
)

// checksum hashes the fields in order, so a reader can tell a complete file
// from a half-copied one that SQLite still manages to open.
func checksum(fields []storage.SyncField) string {
	h := sha256.New()
	var buf []byte
	put := func(s string) {
		buf = binary.AppendUvarint(buf[:0], uint64(len(s)))
		h.Write(buf)
		io.WriteString(h, s)
	}
	for _, f := range fields {
		put(f.Table)
		put(f.RowID)
		put(f.Column)
		put(f.Stamp.String())
		put(valueKey(f.Value))
	}
	return hex.EncodeToString(h.Sum(nil))
}

// valueKey encodes a field value with its type, for hashing.
func valueKey(v any) string {
	switch x := v.(type) {
	case nil:
		return "n"
	case int64:
		return "i" + strconv.FormatInt(x, 10)
	case float64:
		return "f" + strconv.FormatUint(math.Float64bits(x), 16)
	case string:
		return "s" + x
	case []byte:
		return "b" + string(x)
	case bool:
		if x {
			return "i1"
		}
		return "i0"
	}
	return fmt.Sprintf("?%T", v)
}

// Write writes the replica to path atomically: into a hidden temporary file
// beside it (which sync services ignore), synced to disk, then renamed over
// the old file. With a passphrase the file is encrypted with age.
func Write(ctx context.Context, path string, r Replica, passphrase string) error {
	r.Meta.Fields = len(r.Fields)
	r.Meta.Checksum = checksum(r.Fields)
	for _, f := range r.Fields {
		if f.Stamp.Compare(r.Meta.Newest) > 0 {
			r.Meta.Newest = f.Stamp
		}
	}
	scratch, err := os.MkdirTemp("", "venn-replica-*")
	if err != nil {
		return fmt.Errorf("write replica: %w", err)
	}
	defer os.RemoveAll(scratch)
	dbPath := filepath.Join(scratch, "replica.db")
	if err := writeSQLite(ctx, dbPath, r); err != nil {
		return fmt.Errorf("write replica: %w", err)
	}
	data, err := os.ReadFile(dbPath)
	if err != nil {
		return fmt.Errorf("write replica: %w", err)
	}
	if passphrase != "" {
		if data, err = encrypt(data, passphrase); err != nil {
			return fmt.Errorf("encrypt replica: %w", err)
		}
	}
	return writeAtomic(path, data)
}

func writeSQLite(ctx context.Context, path string, r Replica) error {
	db, err := sql.Open("sqlite3", "file:"+path+"?_journal=OFF&_sync=OFF")
	if err != nil {
		return err
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	stmts := []string{
		fmt.Sprintf("PRAGMA application_id = %d", ApplicationID),
		fmt.Sprintf("PRAGMA user_version = %d", FormatVersion),
		"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
		"CREATE TABLE fields (tbl TEXT NOT NULL, row_id TEXT NOT NULL, col TEXT NOT NULL, value, hlc TEXT NOT NULL)",
	}
	for _, s := range stmts {
		if _, err := tx.ExecContext(ctx, s); err != nil {
			return err
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
		if _, err := tx.ExecContext(ctx, "INSERT INTO meta(key, value) VALUES(?, ?)", k, v); err != nil {
			return err
		}
	}
	ins, err := tx.PrepareContext(ctx, "INSERT INTO fields(tbl, row_id, col, value, hlc) VALUES(?, ?, ?, ?, ?)")
	if err != nil {
		return err
	}
	defer ins.Close()
	for _, f := range r.Fields {
		if _, err := ins.ExecContext(ctx, f.Table, f.RowID, f.Column, f.Value, f.Stamp.String()); err != nil {
			return err
		}
	}
	return tx.Commit()
}

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

// writeAtomic writes data to a hidden temp file in path's folder, syncs it
// and renames it over path.
func writeAtomic(path string, data []byte) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("write replica: %w", err)
	}
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("write replica: %w", err)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return fmt.Errorf("write replica: %w", err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("write replica: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write replica: %w", err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write replica: %w", err)
	}
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync() // make the rename durable where the platform allows it
		d.Close()
	}
	return nil
}

// Read reads and checks a replica file. It never writes into the shared
// folder: the bytes are copied out and opened read-only. Any problem is a
// *SkipError saying why the file was skipped.
func Read(ctx context.Context, path, passphrase string) (Replica, error) {
	f, err := os.Open(path)
	if err != nil {
		return Replica{}, skip(err, "could not be read (%v)", err)
	}
	data, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	f.Close()
	if err != nil {
		return Replica{}, skip(err, "could not be read (%v)", err)
	}
	return Decode(ctx, data, passphrase)
}

// Decode checks and decodes a replica file's bytes.
func Decode(ctx context.Context, data []byte, passphrase string) (Replica, error) {
	if len(data) > MaxFileSize {
		return Replica{}, skip(nil, "is larger than any Venn replica")
	}
	if bytes.HasPrefix(data, ageMagic) {
		if passphrase == "" {
			return Replica{}, skip(ErrNeedPassphrase, "%s", ErrNeedPassphrase.Error())
		}
		plain, err := decrypt(data, passphrase)
		if err != nil {
			return Replica{}, err
		}
		data = plain
	}
	if len(data) < 100 || !bytes.HasPrefix(data, []byte("SQLite format 3\x00")) {
		return Replica{}, skip(nil, "is not a Venn replica, or is still being copied")
	}
	// A SQLite file is a whole number of pages, and its header counts them:
	// anything else was cut short on the way.
	pageSize := int(binary.BigEndian.Uint16(data[16:18]))
	if pageSize == 1 {
		pageSize = 65536
	}
	pages := int(binary.BigEndian.Uint32(data[28:32]))
	if pageSize < 512 || len(data)%pageSize != 0 || (pages > 0 && pages*pageSize != len(data)) {
		return Replica{}, skip(nil, "is incomplete (still being copied?)")
	}
	if appID := binary.BigEndian.Uint32(data[68:72]); appID != ApplicationID {
		return Replica{}, skip(nil, "is not a Venn replica")
	}
	if v := binary.BigEndian.Uint32(data[60:64]); v > FormatVersion {
		return Replica{}, skip(ErrNewerFormat, "%s", ErrNewerFormat.Error())
	}
	scratch, err := os.MkdirTemp("", "venn-read-*")
	if err != nil {
		return Replica{}, fmt.Errorf("read replica: %w", err)
	}
	defer os.RemoveAll(scratch)
	dbPath := filepath.Join(scratch, "replica.db")
	if err := os.WriteFile(dbPath, data, 0o600); err != nil {
		return Replica{}, fmt.Errorf("read replica: %w", err)
	}
	r, err := readSQLite(ctx, dbPath)
	if err != nil {
		var se *SkipError
		if errors.As(err, &se) {
			return Replica{}, err
		}
		return Replica{}, skip(err, "is damaged or still being copied")
	}
	return r, nil
}

func decrypt(data []byte, passphrase string) ([]byte, error) {
	id, err := age.NewScryptIdentity(passphrase)
	if err != nil {
		return nil, skip(err, "could not be decrypted (%v)", err)
	}
	id.SetMaxWorkFactor(22)
	rd, err := age.Decrypt(bytes.NewReader(data), id)
	if err != nil {
		var nomatch *age.NoIdentityMatchError
		if errors.As(err, &nomatch) {
			return nil, skip(ErrWrongPassphrase, "%s", ErrWrongPassphrase.Error())
		}
		return nil, skip(err, "is encrypted but damaged or still being copied")
	}
	plain, err := io.ReadAll(io.LimitReader(rd, MaxFileSize+1))
	if err != nil {
		return nil, skip(err, "is encrypted but damaged or still being copied")
	}
	return plain, nil
}

func readSQLite(ctx context.Context, path string) (Replica, error) {
	db, err := sql.Open("sqlite3", "file:"+path+"?mode=ro&immutable=1")
	if err != nil {
		return Replica{}, err
	}
	defer db.Close()
	meta := map[string]string{}
	rows, err := db.QueryContext(ctx, "SELECT key, value FROM meta")
	if err != nil {
		return Replica{}, err
	}
	for rows.Next() {
		var k, v string
		if err := rows.Scan(&k, &v); err != nil {
			rows.Close()
			return Replica{}, err
		}
		meta[k] = v
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return Replica{}, err
	}
	if meta["format"] != "venn-replica" {
		return Replica{}, skip(nil, "is not a Venn replica")
	}
	var r Replica
	m := &r.Meta
	m.DeviceID, m.DeviceName, m.PartnerID, m.HouseholdID = meta["device_id"], meta["device_name"], meta["partner_id"], meta["household_id"]
	m.Checksum = meta["checksum"]
	if m.SchemaVersion, err = strconv.Atoi(meta["schema_version"]); err != nil {
		return Replica{}, skip(err, "has an unreadable header")
	}
	if m.SchemaVersion > storage.SchemaVersion() {
		return Replica{}, skip(ErrNewerFormat, "%s", ErrNewerFormat.Error())
	}
	if m.Fields, err = strconv.Atoi(meta["fields"]); err != nil {
		return Replica{}, skip(err, "has an unreadable header")
	}
	if m.WrittenAt, err = time.Parse(time.RFC3339Nano, meta["written_at"]); err != nil {
		return Replica{}, skip(err, "has an unreadable header")
	}
	if meta["newest"] != "" {
		if m.Newest, err = model.ParseStamp(meta["newest"]); err != nil {
			return Replica{}, skip(err, "has an unreadable header")
		}
	}
	if m.DeviceID == "" {
		return Replica{}, skip(nil, "has no device id")
	}
	frows, err := db.QueryContext(ctx, "SELECT tbl, row_id, col, value, hlc FROM fields ORDER BY rowid")
	if err != nil {
		return Replica{}, err
	}
	defer frows.Close()
	r.Fields = make([]storage.SyncField, 0, min(m.Fields, 10_000_000))
	for frows.Next() {
		var f storage.SyncField
		var hlc string
		if err := frows.Scan(&f.Table, &f.RowID, &f.Column, &f.Value, &hlc); err != nil {
			return Replica{}, err
		}
		if f.Stamp, err = model.ParseStamp(hlc); err != nil {
			return Replica{}, skip(err, "holds an unreadable clock stamp")
		}
		r.Fields = append(r.Fields, f)
	}
	if err := frows.Err(); err != nil {
		return Replica{}, err
	}
	if len(r.Fields) != m.Fields || checksum(r.Fields) != m.Checksum {
		return Replica{}, skip(nil, "is incomplete (still being copied?)")
	}
	return r, nil
}
