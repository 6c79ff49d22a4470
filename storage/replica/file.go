package replica

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"time"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage"
)

// Format identifies replica files.
const (
	// FormatVersion 2 carries, beside each text field whose lost words
	// are kept, the stamp of the value it replaced (its base); version 1
	// files are still read.
	FormatVersion = 2
	ApplicationID = 0x56454E52 // "VENR"
	Ext           = ".venn"
	// scryptWorkFactor keeps encrypting and decrypting a replica around a
	// tenth of a second while still making passphrase guessing slow.
	scryptWorkFactor = 15
)

// Bounds on what a reader accepts. A file in the shared folder is untrusted
// input: anyone with write access to the folder can put any bytes there.
// Five years of a busy household's edits are a few hundred thousand fields
// in a few megabytes; these leave plenty of room and still keep a hostile
// file from costing more than a moment and some tens of megabytes.
const (
	MaxFileSize     = 32 << 20  // bytes, encrypted or not
	MaxFields       = 1_500_000 // fields in one replica
	MaxValueBytes   = 1 << 20   // bytes of one field's value
	maxNameBytes    = 64        // bytes of a table, column or row id
	maxWorkFactor   = 16        // scrypt work factor a reader pays for: 64 MB and a quarter second at most
	readTimeLimit   = 30 * time.Second
	metaKeysAllowed = 16
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
	ErrNotEncrypted    = errors.New("this file is not encrypted, but your household uses a passphrase: it was not written by one of your computers")
)

// checksum hashes the fields in order, so a reader can tell a complete file
// from a half-copied one that SQLite still manages to open. Version 2 files
// hash each field's base too.
func checksum(fields []storage.SyncField) string { return checksumOf(fields, FormatVersion) }

func checksumOf(fields []storage.SyncField, format uint32) string {
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
		if format >= 2 {
			put(f.Base)
		}
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
