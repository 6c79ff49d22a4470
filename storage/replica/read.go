package replica

import (
	"bytes"
	"compress/gzip"
	"context"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"filippo.io/age"
	sqlite3 "github.com/mattn/go-sqlite3"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage"
)

// Read reads and checks a replica file. It never writes into the shared
// folder, and nothing of the file is written anywhere: only a regular file
// is opened (not a pipe, a device or a link to one), at most MaxFileSize
// bytes of it are read, and it is decrypted and opened in memory. Any
// problem is a *SkipError saying why the file was skipped.
func Read(ctx context.Context, path, passphrase string) (Replica, error) {
	data, err := readRegular(path, MaxFileSize)
	if err != nil {
		return Replica{}, err
	}
	return Decode(ctx, data, passphrase)
}

// readRegular reads up to limit bytes of the regular file at path.
func readRegular(path string, limit int64) ([]byte, error) {
	info, err := os.Lstat(path)
	if err != nil {
		return nil, skip(err, "could not be read (%v)", err)
	}
	if !info.Mode().IsRegular() {
		return nil, skip(nil, "is not a regular file (a link, a pipe or a device); Venn only reads files it could have written")
	}
	if info.Size() > limit {
		return nil, skip(nil, "is larger than any Venn replica (%d MB)", info.Size()>>20)
	}
	f, err := openNoFollow(path)
	if err != nil {
		return nil, skip(err, "could not be read (%v)", err)
	}
	defer f.Close()
	// The name may have been swapped for something else since Lstat.
	if st, err := f.Stat(); err != nil || !st.Mode().IsRegular() {
		return nil, skip(err, "is not a regular file; Venn only reads files it could have written")
	}
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, skip(err, "could not be read (%v)", err)
	}
	if int64(len(data)) > limit {
		return nil, skip(nil, "is larger than any Venn replica")
	}
	return data, nil
}

// Decode checks and decodes a replica file's bytes. With a passphrase, only
// a file that it decrypts is accepted: a plain file in an encrypted
// household's folder was not written by one of its computers.
func Decode(ctx context.Context, data []byte, passphrase string) (Replica, error) {
	if len(data) > MaxFileSize {
		return Replica{}, skip(nil, "is larger than any Venn replica")
	}
	data, err := unwrap(data, passphrase)
	if err != nil {
		return Replica{}, err
	}
	format, err := checkHeader(data)
	if err != nil {
		return Replica{}, err
	}
	return decodeInTime(ctx, data, format)
}

// unwrap returns a file's database bytes: decrypted with the passphrase
// (which an encrypted file needs, and a plain database or gzip file in an
// encrypted household must not lack), then uncompressed.
func unwrap(data []byte, passphrase string) ([]byte, error) {
	encrypted := bytes.HasPrefix(data, ageMagic)
	switch {
	case encrypted && passphrase == "":
		return nil, skip(ErrNeedPassphrase, "%s", ErrNeedPassphrase.Error())
	case !encrypted && passphrase != "" && (bytes.HasPrefix(data, sqliteMagic) || bytes.HasPrefix(data, gzipMagic)):
		return nil, skip(ErrNotEncrypted, "%s", ErrNotEncrypted.Error())
	case encrypted:
		plain, err := decrypt(data, passphrase)
		if err != nil {
			return nil, err
		}
		data = plain
	}
	if bytes.HasPrefix(data, gzipMagic) {
		return gunzip(data)
	}
	return data, nil
}

// checkHeader checks a database's header before SQLite sees it — a whole
// SQLite file, Venn's application id, a format this build reads — and
// returns the file's format version.
func checkHeader(data []byte) (uint32, error) {
	if len(data) < 100 || !bytes.HasPrefix(data, sqliteMagic) {
		return 0, skip(nil, "is not a Venn replica, or is still being copied")
	}
	if !wholePages(data) {
		return 0, skip(nil, "is incomplete (still being copied?)")
	}
	if appID := binary.BigEndian.Uint32(data[68:72]); appID != ApplicationID {
		return 0, skip(nil, "is not a Venn replica")
	}
	format := binary.BigEndian.Uint32(data[60:64])
	if format > FormatVersion {
		return 0, skip(ErrNewerFormat, "%s", ErrNewerFormat.Error())
	}
	return format, nil
}

// wholePages reports whether a SQLite file (of at least its 100-byte
// header) is a whole number of pages, as many as its header counts:
// anything else was cut short on the way.
func wholePages(data []byte) bool {
	pageSize := int(binary.BigEndian.Uint16(data[16:18]))
	if pageSize == 1 {
		pageSize = 65536
	}
	pages := int(binary.BigEndian.Uint32(data[28:32]))
	return pageSize >= 512 && len(data)%pageSize == 0 && (pages <= 0 || pages*pageSize == len(data))
}

// decodeInTime opens a checked database in memory and reads it within
// readTimeLimit; any error is a *SkipError.
func decodeInTime(ctx context.Context, data []byte, format uint32) (Replica, error) {
	ctx, cancel := context.WithTimeout(ctx, readTimeLimit)
	defer cancel()
	r, err := decodeSQLite(ctx, data, max(format, 1))
	if err != nil {
		var se *SkipError
		if errors.As(err, &se) {
			return Replica{}, err
		}
		if ctx.Err() != nil {
			return Replica{}, skip(err, "took too long to read (more than %s); it is not a file Venn wrote", readTimeLimit)
		}
		return Replica{}, skip(err, "is damaged or still being copied")
	}
	return r, nil
}

var (
	sqliteMagic = []byte("SQLite format 3\x00")
	gzipMagic   = []byte{0x1f, 0x8b}
)

// Uncompressed returns an unencrypted replica file's database bytes, as
// written before compression (other files as they are), so that what a
// file holds can be searched — the privacy tests look for what must never
// be in the shared folder.
func Uncompressed(data []byte) []byte {
	if !bytes.HasPrefix(data, gzipMagic) {
		return data
	}
	plain, err := gunzip(data)
	if err != nil {
		return data
	}
	return plain
}

// gunzip decompresses a replica, refusing one that would grow past the
// largest replica Venn writes (a small file can claim gigabytes).
func gunzip(data []byte) ([]byte, error) {
	z, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, skip(err, "is damaged or still being copied")
	}
	plain, err := io.ReadAll(io.LimitReader(z, MaxFileSize+1))
	if err != nil {
		return nil, skip(err, "is damaged or still being copied")
	}
	if len(plain) > MaxFileSize {
		return nil, skip(nil, "is larger than any Venn replica")
	}
	return plain, nil
}

func decrypt(data []byte, passphrase string) ([]byte, error) {
	id, err := age.NewScryptIdentity(passphrase)
	if err != nil {
		return nil, skip(err, "could not be decrypted (%v)", err)
	}
	// A file may ask for any amount of work; Venn's own ask for 2^15.
	id.SetMaxWorkFactor(maxWorkFactor)
	rd, err := age.Decrypt(bytes.NewReader(data), id)
	if err != nil {
		var nomatch *age.NoIdentityMatchError
		if errors.As(err, &nomatch) {
			return nil, skip(ErrWrongPassphrase, "%s", ErrWrongPassphrase.Error())
		}
		return nil, skip(err, "is encrypted but damaged, still being copied, or not written by Venn")
	}
	plain, err := io.ReadAll(io.LimitReader(rd, MaxFileSize+1))
	if err != nil {
		return nil, skip(err, "is encrypted but damaged or still being copied")
	}
	if len(plain) > MaxFileSize {
		return nil, skip(nil, "is larger than any Venn replica")
	}
	return plain, nil
}

// decodeSQLite opens the file's bytes as an in-memory database — read
// only, trusting nothing in its schema — and reads the two tables Venn
// writes, refusing a file that holds anything else (a view or trigger would
// run the file's own code as it is read).
func decodeSQLite(ctx context.Context, data []byte, format uint32) (Replica, error) {
	db, err := sql.Open("sqlite3", "file::memory:")
	if err != nil {
		return Replica{}, err
	}
	defer db.Close()
	conn, err := db.Conn(ctx)
	if err != nil {
		return Replica{}, err
	}
	defer conn.Close()
	for _, p := range []string{"PRAGMA trusted_schema = OFF", "PRAGMA cell_size_check = ON"} {
		if _, err := conn.ExecContext(ctx, p); err != nil {
			return Replica{}, err
		}
	}
	if err := conn.Raw(func(dc any) error {
		c, ok := dc.(*sqlite3.SQLiteConn)
		if !ok {
			return fmt.Errorf("unexpected SQLite driver %T", dc)
		}
		return c.Deserialize(data, "main")
	}); err != nil {
		return Replica{}, err
	}
	if _, err := conn.ExecContext(ctx, "PRAGMA query_only = ON"); err != nil {
		return Replica{}, err
	}
	if err := checkSchema(ctx, conn, format); err != nil {
		return Replica{}, err
	}
	r, err := readMeta(ctx, conn)
	if err != nil {
		return Replica{}, err
	}
	if err := readFields(ctx, conn, &r, format); err != nil {
		return Replica{}, err
	}
	return r, nil
}

// checkSchema accepts the two tables Venn writes in the file's format (and
// the index SQLite makes for meta's key) and nothing else.
func checkSchema(ctx context.Context, conn *sql.Conn, format uint32) error {
	fields := schemaFields
	if format < 2 {
		fields = schemaFieldsV1
	}
	rows, err := conn.QueryContext(ctx, "SELECT type, name, coalesce(sql, '') FROM sqlite_master")
	if err != nil {
		return err
	}
	defer rows.Close()
	seen := 0
	for rows.Next() {
		var kind, name, text string
		if err := rows.Scan(&kind, &name, &text); err != nil {
			return err
		}
		switch {
		case kind == "table" && name == "meta" && text == schemaMeta,
			kind == "table" && name == "fields" && text == fields:
			seen++
		case kind == "index" && name == "sqlite_autoindex_meta_1" && text == "":
		default:
			return skip(nil, "holds a %s %q that Venn never writes; it was not read", kind, name)
		}
	}
	if err := rows.Err(); err != nil {
		return err
	}
	if seen != 2 {
		return skip(nil, "is not a Venn replica")
	}
	return nil
}

func readMeta(ctx context.Context, conn *sql.Conn) (Replica, error) {
	meta := map[string]string{}
	rows, err := conn.QueryContext(ctx, "SELECT key, value FROM meta LIMIT ?", metaKeysAllowed+1)
	if err != nil {
		return Replica{}, err
	}
	for rows.Next() {
		var k, v string
		if err := rows.Scan(&k, &v); err != nil {
			rows.Close()
			return Replica{}, err
		}
		if len(k) > maxNameBytes || len(v) > 1024 {
			rows.Close()
			return Replica{}, skip(nil, "has an unreadable header")
		}
		meta[k] = v
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return Replica{}, err
	}
	if meta["format"] != "venn-replica" || len(meta) > metaKeysAllowed {
		return Replica{}, skip(nil, "is not a Venn replica")
	}
	var r Replica
	m := &r.Meta
	m.DeviceID, m.DeviceName, m.PartnerID, m.HouseholdID = meta["device_id"], meta["device_name"], meta["partner_id"], meta["household_id"]
	m.Checksum = meta["checksum"]
	if m.SchemaVersion, err = strconv.Atoi(meta["schema_version"]); err != nil || m.SchemaVersion < 1 {
		return Replica{}, skip(err, "has an unreadable header")
	}
	if m.SchemaVersion > storage.SchemaVersion() {
		return Replica{}, skip(ErrNewerFormat, "%s", ErrNewerFormat.Error())
	}
	if m.Fields, err = strconv.Atoi(meta["fields"]); err != nil || m.Fields < 0 {
		return Replica{}, skip(err, "has an unreadable header")
	}
	if m.Fields > MaxFields {
		return Replica{}, skip(nil, "claims %d fields, more than any household writes (at most %d)", m.Fields, MaxFields)
	}
	if m.WrittenAt, err = time.Parse(time.RFC3339Nano, meta["written_at"]); err != nil {
		return Replica{}, skip(err, "has an unreadable header")
	}
	if meta["newest"] != "" {
		if m.Newest, err = model.ParseStamp(meta["newest"]); err != nil {
			return Replica{}, skip(err, "has an unreadable header")
		}
	}
	if !storage.ValidID(m.DeviceID) {
		return Replica{}, skip(nil, "has no valid device id")
	}
	return r, nil
}

// readFields reads at most as many fields as the header says (and never
// more than MaxFields), each with bounded names and value.
func readFields(ctx context.Context, conn *sql.Conn, r *Replica, format uint32) error {
	m := r.Meta
	base := "NULL"
	if format >= 2 {
		base = "CASE WHEN typeof(base) = 'text' AND length(base) <= 128 THEN base END"
	}
	rows, err := conn.QueryContext(ctx,
		"SELECT tbl, row_id, col, CASE WHEN length(CAST(value AS BLOB)) > ? THEN NULL ELSE value END, hlc, length(CAST(value AS BLOB)) > ?, "+
			base+" FROM fields ORDER BY rowid LIMIT ?",
		MaxValueBytes, MaxValueBytes, m.Fields+1)
	if err != nil {
		return err
	}
	defer rows.Close()
	r.Fields = make([]storage.SyncField, 0, min(m.Fields, 100_000))
	for rows.Next() {
		var f storage.SyncField
		var hlc string
		var tooLong bool
		var fieldBase sql.NullString
		if err := rows.Scan(&f.Table, &f.RowID, &f.Column, &f.Value, &hlc, &tooLong, &fieldBase); err != nil {
			return err
		}
		if fieldBase.Valid {
			if _, err := model.ParseStamp(fieldBase.String); err != nil {
				return skip(err, "holds an unreadable clock stamp")
			}
			f.Base = fieldBase.String
		}
		if len(f.Table) > maxNameBytes || len(f.Column) > maxNameBytes || len(f.RowID) > maxNameBytes || len(hlc) > 2*maxNameBytes {
			return skip(nil, "holds a field with an impossibly long name")
		}
		if tooLong {
			return skip(nil, "holds a value of more than %d KB in %s.%s, larger than anything Venn writes", MaxValueBytes>>10, f.Table, f.Column)
		}
		if f.Stamp, err = model.ParseStamp(hlc); err != nil {
			return skip(err, "holds an unreadable clock stamp")
		}
		if len(r.Fields) == m.Fields {
			return skip(nil, "holds more fields than its header says")
		}
		r.Fields = append(r.Fields, f)
	}
	if err := rows.Err(); err != nil {
		return err
	}
	if len(r.Fields) != m.Fields || checksumOf(r.Fields, format) != m.Checksum {
		return skip(nil, "is incomplete (still being copied?)")
	}
	return nil
}

// RemoveLeftovers deletes the temporary copies older versions of Venn made
// of replicas while reading and writing them (venn-read-*, venn-replica-*
// in the system's temporary folder): a decrypted one must not outlive the
// process that made it, and one killed before cleaning up left it there.
// This version decodes in memory and leaves none.
func RemoveLeftovers() int {
	n := 0
	for _, pattern := range []string{"venn-read-*", "venn-replica-*"} {
		matches, _ := filepath.Glob(filepath.Join(os.TempDir(), pattern))
		for _, m := range matches {
			if os.RemoveAll(m) == nil {
				n++
			}
		}
	}
	return n
}
