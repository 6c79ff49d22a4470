package storage

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"math"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"time"

	"github.com/gofrs/flock"
	sqlite3 "github.com/mattn/go-sqlite3"

	"github.com/vennplanner/venn/model"
)

// ApplicationID marks a SQLite file as Venn's ("VENN" in ASCII).
const ApplicationID = 0x56454E4E

// FileName is the database's name inside the data folder.
const FileName = "venn.db"

//go:embed migrations/*.sql
var migrationFiles embed.FS

// Store is an open Venn database. It is safe for concurrent use.
type Store struct {
	db     *sql.DB
	lock   *flock.Flock
	clock  *model.Clock
	path   string
	log    *slog.Logger
	device string
	// idSecret is this computer's secret for personal rows' ids (see
	// personal.go).
	idSecret string
	now      func() time.Time // the wall clock
	// cat describes the rows the store keeps (Entities, unless a test
	// describes more).
	cat *catalog
}

// Options tune Open; the zero value is fine.
type Options struct {
	// Now is the wall clock for field stamps; nil means time.Now.
	Now func() time.Time
	// Logger receives diagnostics; nil means slog.Default().
	Logger *slog.Logger
	// BusyTimeout is how long a write waits for a lock held elsewhere;
	// zero means five seconds.
	BusyTimeout time.Duration
	// Entities describes the rows the store keeps; nil means Venn's own
	// (Entities). Tests describe a table of their own besides.
	Entities []Entity
}

// Open opens (creating if needed) the database in dir, takes the folder's
// lock so no second Venn process can write it, and brings the schema up to
// date. A file from a newer Venn, or one that is not a Venn database, is
// refused without being modified.
func Open(ctx context.Context, dir string, opts Options) (*Store, error) {
	if opts.Logger == nil {
		opts.Logger = slog.Default()
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("create data folder %s: %w", dir, classify(err))
	}
	lock := flock.New(filepath.Join(dir, "venn.lock"))
	locked, err := lock.TryLock()
	if err != nil {
		return nil, fmt.Errorf("lock data folder %s: %w", dir, classify(err))
	}
	if !locked {
		return nil, fmt.Errorf("%w (%s)", ErrLocked, dir)
	}
	s, err := openFile(ctx, filepath.Join(dir, FileName), opts)
	if err != nil {
		_ = lock.Unlock()
		return nil, err
	}
	s.lock = lock
	return s, nil
}

// OpenFile opens a database file directly, without the folder lock. It is for
// reading other Venn files (backups, replicas) and for tests.
func OpenFile(ctx context.Context, path string, opts Options) (*Store, error) {
	if opts.Logger == nil {
		opts.Logger = slog.Default()
	}
	return openFile(ctx, path, opts)
}

func openFile(ctx context.Context, path string, opts Options) (*Store, error) {
	q := url.Values{}
	q.Set("_fk", "1")
	q.Set("_sync", "FULL")
	busy := opts.BusyTimeout
	if busy == 0 {
		busy = 5 * time.Second
	}
	q.Set("_busy_timeout", fmt.Sprint(busy.Milliseconds()))
	q.Set("_txlock", "immediate")
	// Deleted content is overwritten, so a sealed row leaves no plaintext.
	q.Set("_secure_delete", "on")
	db, err := sql.Open("sqlite3", "file:"+url.PathEscape(path)+"?"+q.Encode())
	if err != nil {
		return nil, fmt.Errorf("open database %s: %w", path, err)
	}
	now := opts.Now
	if now == nil {
		now = time.Now
	}
	cat := venn
	if opts.Entities != nil {
		if cat, err = newCatalog(opts.Entities); err != nil {
			db.Close()
			return nil, fmt.Errorf("open database %s: %w", path, err)
		}
	}
	s := &Store{db: db, path: path, log: opts.Logger, now: now, cat: cat}
	if err := s.prepare(ctx, opts); err != nil {
		db.Close()
		return nil, fmt.Errorf("open database %s: %w", path, err)
	}
	return s, nil
}

func (s *Store) prepare(ctx context.Context, opts Options) error {
	if err := s.checkFile(ctx); err != nil {
		return err
	}
	var mode string
	if err := s.db.QueryRowContext(ctx, "PRAGMA journal_mode=WAL").Scan(&mode); err != nil {
		return classify(fmt.Errorf("enable WAL: %w", err))
	}
	if err := s.migrate(ctx); err != nil {
		return classify(err)
	}
	device, last, err := s.loadDevice(ctx)
	if err != nil {
		return err
	}
	s.device = device
	s.clock = model.NewClock(device, last, opts.Now)
	if err := s.loadIDSecret(ctx); err != nil {
		return err
	}
	return s.movePersonalIDs(ctx)
}

// RestampFuture brings back to now every field whose stamp is further
// ahead of this computer's clock than MaxStampAhead — written while the
// clock was set far ahead and since put right, or stamps that got in
// before Venn bounded them — and the clock itself, so its own edits win
// again and the partner's computer accepts them. The values stay; only
// their stamps are renewed (in order, so they still compare as before). It
// returns how many fields it renewed.
//
// It must only run when this computer's clock is known to be right now: a
// clock that jumped back to 1970 would make every stamp look "ahead". A
// restore runs it, and a sync pass does when the other computers' clocks
// agree with this one (see replica).
func (s *Store) RestampFuture(ctx context.Context) (int, error) {
	limit := model.Stamp{WallMS: s.now().Add(MaxStampAhead).UnixMilli(), Counter: math.MaxUint32, Device: "~"}.String()
	type field struct{ tbl, row, col string }
	var future []field
	rows, err := s.db.QueryContext(ctx, "SELECT tbl, row_id, col FROM clocks WHERE hlc > ? ORDER BY hlc", limit)
	if err != nil {
		return 0, fmt.Errorf("look for stamps in the future: %w", err)
	}
	for rows.Next() {
		var f field
		if err := rows.Scan(&f.tbl, &f.row, &f.col); err != nil {
			rows.Close()
			return 0, fmt.Errorf("look for stamps in the future: %w", err)
		}
		future = append(future, f)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return 0, fmt.Errorf("look for stamps in the future: %w", err)
	}
	clockAhead := model.Ahead(s.clock.Last(), s.now()) > MaxStampAhead
	if len(future) == 0 && !clockAhead {
		return 0, nil
	}
	s.clock.Reset()
	err = s.Update(ctx, func(tx *Tx) error {
		tx.stamped = true
		for _, f := range future {
			if err := tx.exec("UPDATE clocks SET hlc = ? WHERE tbl = ? AND row_id = ? AND col = ?",
				s.clock.Now().String(), f.tbl, f.row, f.col); err != nil {
				return fmt.Errorf("renew a stamp: %w", err)
			}
		}
		return nil
	})
	if err != nil {
		return 0, err
	}
	s.log.Warn("renewed clock stamps that were in the future", "fields", len(future), "clock_was_ahead", clockAhead)
	return len(future), nil
}

// checkFile refuses, before anything is written, a file that is not Venn's
// or that a newer Venn wrote.
func (s *Store) checkFile(ctx context.Context) error {
	var appID, version, tables int
	if err := s.db.QueryRowContext(ctx, "PRAGMA application_id").Scan(&appID); err != nil {
		return classify(err)
	}
	if err := s.db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		return classify(err)
	}
	if err := s.db.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_master").Scan(&tables); err != nil {
		return classify(err)
	}
	switch {
	case appID == 0 && tables == 0:
		return nil // a new, empty file
	case appID != ApplicationID:
		return ErrNotVenn
	case version > len(migrationNames()):
		return fmt.Errorf("%w (data format %d, this Venn knows up to %d)", ErrNewerSchema, version, len(migrationNames()))
	}
	return nil
}

// classify turns SQLite's errors about the file itself into errors with a
// plain message: not a database, disk full, read-only, locked.
func classify(err error) error {
	var se sqlite3.Error
	if !errors.As(err, &se) {
		if errors.Is(err, syscall.EROFS) || errors.Is(err, syscall.EACCES) || errors.Is(err, syscall.EPERM) {
			return fmt.Errorf("%w: %v", ErrReadOnly, err)
		}
		if errors.Is(err, syscall.ENOSPC) {
			return fmt.Errorf("%w: %v", ErrDiskFull, err)
		}
		return err
	}
	switch se.Code {
	case sqlite3.ErrNotADB, sqlite3.ErrCorrupt:
		return fmt.Errorf("%w: %v", ErrNotVenn, err)
	case sqlite3.ErrFull:
		return fmt.Errorf("%w: %v", ErrDiskFull, err)
	case sqlite3.ErrReadonly, sqlite3.ErrPerm, sqlite3.ErrCantOpen:
		return fmt.Errorf("%w: %v", ErrReadOnly, err)
	case sqlite3.ErrBusy, sqlite3.ErrLocked:
		return fmt.Errorf("%w: %v", ErrBusy, err)
	case sqlite3.ErrIoErr:
		if se.ExtendedCode == sqlite3.ErrIoErrWrite || se.ExtendedCode == sqlite3.ErrIoErrFsync {
			return fmt.Errorf("%w: %v", ErrDiskFull, err)
		}
	}
	return err
}

func migrationNames() []string {
	entries, err := fs.Glob(migrationFiles, "migrations/*.sql")
	if err != nil {
		panic(err) // the pattern is a constant
	}
	sort.Strings(entries)
	return entries
}

// migrate runs every migration newer than the file's user_version, all in
// one transaction.
func (s *Store) migrate(ctx context.Context) error {
	names := migrationNames()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return classify(fmt.Errorf("begin migration: %w", err))
	}
	defer tx.Rollback()
	var version int
	if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		return classify(fmt.Errorf("read schema version: %w", err))
	}
	if version > len(names) {
		return fmt.Errorf("%w (data format %d, this Venn knows up to %d)", ErrNewerSchema, version, len(names))
	}
	if version == len(names) {
		return nil
	}
	for i := version; i < len(names); i++ {
		body, err := migrationFiles.ReadFile(names[i])
		if err != nil {
			return fmt.Errorf("read migration %s: %w", names[i], err)
		}
		if _, err := tx.ExecContext(ctx, string(body)); err != nil {
			return fmt.Errorf("run migration %s: %w", names[i], err)
		}
		if move, ok := dataMigrations[i+1]; ok {
			if err := move(ctx, tx); err != nil {
				return fmt.Errorf("run migration %s: %w", names[i], err)
			}
		}
	}
	if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d; PRAGMA application_id = %d", len(names), ApplicationID)); err != nil {
		return fmt.Errorf("record schema version: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit migration: %w", err)
	}
	s.log.Debug("database migrated", "from", version, "to", len(names))
	return nil
}

// dataMigrations are the Go halves of migrations that move data in ways
// SQL cannot (derived ids), run right after the SQL file of that number and
// in the same transaction.
var dataMigrations = map[int]func(context.Context, *sql.Tx) error{
	8: moveGoalListsToRows,
}

const (
	metaDevice = "device_id"
	metaClock  = "hlc_last"
)

// loadDevice returns this database's device id (made on first use) and the
// newest clock stamp it issued.
func (s *Store) loadDevice(ctx context.Context) (string, model.Stamp, error) {
	device, err := s.Meta(ctx, metaDevice)
	if err != nil {
		return "", model.Stamp{}, err
	}
	if device == "" {
		device = NewID()
		if err := s.SetMeta(ctx, metaDevice, device); err != nil {
			return "", model.Stamp{}, err
		}
	}
	var last model.Stamp
	if v, err := s.Meta(ctx, metaClock); err != nil {
		return "", model.Stamp{}, err
	} else if v != "" {
		if last, err = model.ParseStamp(v); err != nil {
			s.log.Warn("ignoring unreadable clock state", "value", v, "err", err)
		}
	}
	return device, last, nil
}

// Meta reads a local (never synced) setting; "" when unset.
func (s *Store) Meta(ctx context.Context, key string) (string, error) {
	var v string
	err := s.db.QueryRowContext(ctx, "SELECT value FROM local_meta WHERE key = ?", key).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("read setting %s: %w", key, err)
	}
	return v, nil
}

// SetMeta writes a local (never synced) setting.
func (s *Store) SetMeta(ctx context.Context, key, value string) error {
	_, err := s.db.ExecContext(ctx, "INSERT INTO local_meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value", key, value)
	if err != nil {
		return fmt.Errorf("save setting %s: %w", key, err)
	}
	return nil
}

// Device returns this database's device id.
func (s *Store) Device() string { return s.device }

// Path returns the database file's path.
func (s *Store) Path() string { return s.path }

// Clock returns the store's hybrid logical clock.
func (s *Store) Clock() *model.Clock { return s.clock }

// DB exposes the handle for benchmarks and checks that compare against bare SQL.
func (s *Store) DB() *sql.DB { return s.db }

// Close closes the database and releases the folder lock.
func (s *Store) Close() error {
	err := s.db.Close()
	if s.lock != nil {
		if uerr := s.lock.Unlock(); uerr != nil && err == nil {
			err = uerr
		}
	}
	if err != nil {
		return fmt.Errorf("close database: %w", err)
	}
	return nil
}

// IntegrityCheck runs SQLite's integrity check and returns its findings
// ("ok" when the file is sound).
func (s *Store) IntegrityCheck(ctx context.Context) ([]string, error) {
	rows, err := s.db.QueryContext(ctx, "PRAGMA integrity_check")
	if err != nil {
		return nil, fmt.Errorf("integrity check: %w", err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			return nil, fmt.Errorf("integrity check: %w", err)
		}
		out = append(out, line)
	}
	return out, rows.Err()
}

func isIdent(s string) bool {
	if s == "" {
		return false
	}
	return strings.IndexFunc(s, func(r rune) bool { return !(r == '_' || (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9')) }) < 0
}

// Meta reads a local (never synced) setting inside the transaction.
func (tx *Tx) Meta(key string) (string, error) {
	var v string
	err := tx.tx.QueryRowContext(tx.ctx, "SELECT value FROM local_meta WHERE key = ?", key).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("read setting %s: %w", key, err)
	}
	return v, nil
}
