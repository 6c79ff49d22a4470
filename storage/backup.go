package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	sqlite3 "github.com/mattn/go-sqlite3"
	"github.com/vennplanner/venn/internal/atomicfile"
	"github.com/vennplanner/venn/model"
)

// backup copies the main database of src into dst with SQLite's online
// backup API: a consistent copy even while the source is in use.
func backup(ctx context.Context, dst, src *sql.DB) error {
	dconn, err := dst.Conn(ctx)
	if err != nil {
		return err
	}
	defer dconn.Close()
	sconn, err := src.Conn(ctx)
	if err != nil {
		return err
	}
	defer sconn.Close()
	return dconn.Raw(func(d any) error {
		return sconn.Raw(func(s any) error {
			dc, ok1 := d.(*sqlite3.SQLiteConn)
			sc, ok2 := s.(*sqlite3.SQLiteConn)
			if !ok1 || !ok2 {
				return errors.New("not a SQLite connection")
			}
			b, err := dc.Backup("main", sc, "main")
			if err != nil {
				return err
			}
			for {
				done, err := b.Step(256)
				if err != nil {
					b.Close()
					return err
				}
				if done {
					break
				}
				if ctx.Err() != nil {
					b.Close()
					return ctx.Err()
				}
			}
			return b.Finish()
		})
	})
}

// BackupTo writes a consistent copy of the database to path, through a
// temporary file so a failed backup leaves nothing half-written. In the
// copy every locked partner's private rows are sealed, even while the
// partner has their space unlocked here: a backup is always at rest.
func (s *Store) BackupTo(ctx context.Context, path string) error {
	tmp := path + ".tmp"
	_ = os.Remove(tmp)
	dst, err := sql.Open("sqlite3", "file:"+tmp+"?_sync=FULL&_secure_delete=on")
	if err != nil {
		return fmt.Errorf("back up to %s: %w", path, err)
	}
	dst.SetMaxOpenConns(1)
	err = backup(ctx, dst, s.db)
	if err == nil {
		// A backup is a single self-contained file, not a WAL database.
		_, err = dst.ExecContext(ctx, "PRAGMA journal_mode=DELETE")
	}
	if err == nil {
		err = sealAtRest(ctx, dst, s.cat)
	}
	if cerr := dst.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = atomicfile.Commit(tmp, path)
	}
	if err != nil {
		_ = os.Remove(tmp)
		return fmt.Errorf("back up to %s: %w", path, err)
	}
	return nil
}

// CheckVennFile checks, without changing it, that path is a Venn database
// this Venn can read and that SQLite finds it sound.
func CheckVennFile(ctx context.Context, path string) error {
	if _, err := os.Stat(path); err != nil {
		return fmt.Errorf("%s: %w", filepath.Base(path), err)
	}
	db, err := sql.Open("sqlite3", "file:"+path+"?mode=ro")
	if err != nil {
		return err
	}
	defer db.Close()
	var appID, version int
	if err := db.QueryRowContext(ctx, "PRAGMA application_id").Scan(&appID); err != nil {
		return fmt.Errorf("%s: %w", filepath.Base(path), classify(err))
	}
	if appID != ApplicationID {
		return fmt.Errorf("%s: %w", filepath.Base(path), ErrNotVenn)
	}
	if err := db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		return fmt.Errorf("%s: %w", filepath.Base(path), classify(err))
	}
	if version > SchemaVersion() {
		return fmt.Errorf("%s: %w", filepath.Base(path), ErrNewerSchema)
	}
	var ok string
	if err := db.QueryRowContext(ctx, "PRAGMA integrity_check").Scan(&ok); err != nil || ok != "ok" {
		return fmt.Errorf("%s: %w", filepath.Base(path), ErrNotVenn)
	}
	return nil
}

// RestoreFrom replaces everything in the database with the Venn database
// at path (checked first), keeping this computer's own settings and
// identity. Every restored field is stamped anew, so the restored state is
// the newest one and sync carries it to the other computers too.
func (s *Store) RestoreFrom(ctx context.Context, path string) error {
	if err := CheckVennFile(ctx, path); err != nil {
		return err
	}
	keep, err := s.localMeta(ctx)
	if err != nil {
		return err
	}
	src, err := sql.Open("sqlite3", "file:"+path+"?mode=ro")
	if err != nil {
		return err
	}
	defer src.Close()
	if err := backup(ctx, s.db, src); err != nil {
		return fmt.Errorf("restore %s: %w", filepath.Base(path), err)
	}
	// A backup from an older Venn is brought up to date like any database.
	if err := s.migrate(ctx); err != nil {
		return fmt.Errorf("restore %s: %w", filepath.Base(path), err)
	}
	// A clock pushed far ahead (by stamps from before Venn bounded them)
	// starts again from now: the restored data must not carry such stamps.
	if model.Ahead(s.clock.Last(), s.now()) > MaxStampAhead {
		s.clock.Reset()
	}
	stamp := s.clock.Now()
	return s.Update(ctx, func(tx *Tx) error {
		tx.stamped = true
		if _, err := tx.tx.ExecContext(ctx, "DELETE FROM local_meta"); err != nil {
			return err
		}
		for k, v := range keep {
			if _, err := tx.tx.ExecContext(ctx, "INSERT INTO local_meta(key, value) VALUES(?, ?)", k, v); err != nil {
				return err
			}
		}
		if _, err := tx.tx.ExecContext(ctx, "DELETE FROM withdrawn"); err != nil {
			return err
		}
		_, err := tx.tx.ExecContext(ctx, "UPDATE clocks SET hlc = ?", stamp.String())
		return err
	})
}

func (s *Store) localMeta(ctx context.Context) (map[string]string, error) {
	rows, err := s.db.QueryContext(ctx, "SELECT key, value FROM local_meta")
	if err != nil {
		return nil, fmt.Errorf("read settings: %w", err)
	}
	defer rows.Close()
	out := map[string]string{}
	for rows.Next() {
		var k, v string
		if err := rows.Scan(&k, &v); err != nil {
			return nil, fmt.Errorf("read settings: %w", err)
		}
		out[k] = v
	}
	return out, rows.Err()
}

// sealAtRest seals the private rows of every partner with a lock in db and
// rebuilds the file so that no freed page keeps their plaintext.
func sealAtRest(ctx context.Context, db *sql.DB, cat *catalog) error {
	locks, err := queryRows(ctx, db, "locks", "SELECT partner_id, recipient, wrapped, created FROM partner_locks", scanLock)
	if err != nil || len(locks) == 0 {
		return err
	}
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("seal the backup: %w", err)
	}
	for _, l := range locks {
		if _, err := sealRows(ctx, tx, cat, l.PartnerID, l.Key.Recipient); err != nil {
			_ = tx.Rollback()
			return err
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("seal the backup: %w", err)
	}
	if _, err := db.ExecContext(ctx, "VACUUM"); err != nil {
		return fmt.Errorf("compact the backup: %w", err)
	}
	return nil
}
