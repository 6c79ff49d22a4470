package storage

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"filippo.io/age"

	"github.com/vennplanner/venn/storage/vault"
)

// A lock reset for a forgotten passphrase keeps what it sealed: the key,
// still wrapped by the old passphrase, and the sealed items move to
// reset_locks and reset_sealed, useless without that passphrase, for
// ResetKeptFor. Whoever pressed the button, the owner who finds the
// passphrase again brings them back (RestoreReset); after that time they
// are gone for good (PurgeResets).

// ResetKeptFor is how long a reset lock's sealed items are kept.
const ResetKeptFor = 30 * 24 * time.Hour

// ResetLock is a lock reset for a forgotten passphrase, as kept.
type ResetLock struct {
	PartnerID string
	At        time.Time
	Key       vault.Key
	Items     int // sealed items kept with it
}

// ResetLock takes a partner's lock away without its passphrase: the lock
// and its sealed items are kept aside (see above), and the partner's space
// starts again empty. It reports how many items were kept.
func (tx *Tx) ResetLock(partnerID string, at time.Time) (int, error) {
	stamp := at.UTC().Format(time.RFC3339Nano)
	res, err := tx.tx.ExecContext(tx.ctx, "INSERT INTO reset_locks(partner_id, reset_at, recipient, wrapped) SELECT partner_id, ?, recipient, wrapped FROM partner_locks WHERE partner_id = ?",
		stamp, partnerID)
	if err != nil {
		return 0, fmt.Errorf("keep the reset lock: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return 0, ErrNotFound
	}
	res, err = tx.tx.ExecContext(tx.ctx, "INSERT INTO reset_sealed(partner_id, reset_at, tbl, row_id, blob) SELECT partner_id, ?, tbl, row_id, blob FROM sealed WHERE partner_id = ?",
		stamp, partnerID)
	if err != nil {
		return 0, fmt.Errorf("keep the sealed items: %w", err)
	}
	kept, _ := res.RowsAffected()
	if _, err := tx.DeleteLock(partnerID); err != nil {
		return 0, err
	}
	return int(kept), nil
}

// ResetLocks returns the resets kept for a partner, newest first.
func (s *Store) ResetLocks(ctx context.Context, partnerID string) ([]ResetLock, error) {
	return queryRows(ctx, s.db, "reset locks", `SELECT r.partner_id, r.reset_at, r.recipient, r.wrapped,
		(SELECT count(*) FROM reset_sealed x WHERE x.partner_id = r.partner_id AND x.reset_at = r.reset_at)
		FROM reset_locks r WHERE r.partner_id = ? ORDER BY r.reset_at DESC`, func(r *sql.Rows) (ResetLock, error) {
		var l ResetLock
		var at string
		err := r.Scan(&l.PartnerID, &at, &l.Key.Recipient, &l.Key.Wrapped, &l.Items)
		l.At, _ = time.Parse(time.RFC3339Nano, at)
		return l, err
	}, partnerID)
}

// RestoreReset puts back the items a reset kept, opened with the old key:
// each returns to its table unless a row with its id was written since
// (that one stays; it is counted in kept). The reset is then forgotten.
func (tx *Tx) RestoreReset(l ResetLock, id *age.X25519Identity) (restored, kept int, err error) {
	stamp := l.At.UTC().Format(time.RFC3339Nano)
	rows, err := queryRows(tx.ctx, tx.tx, "kept items", "SELECT tbl, row_id, blob FROM reset_sealed WHERE partner_id = ? AND reset_at = ?",
		func(r *sql.Rows) (sealedItem, error) {
			var it sealedItem
			err := r.Scan(&it.table, &it.rowID, &it.blob)
			return it, err
		}, l.PartnerID, stamp)
	if err != nil {
		return 0, 0, err
	}
	tables := map[string][]string{}
	for _, it := range rows {
		row, err := openSealed(it, id)
		if err != nil {
			return restored, kept, err
		}
		if there, err := tx.RowEverWritten(it.table, it.rowID); err != nil {
			return restored, kept, err
		} else if there {
			kept++
			continue
		}
		cols, err := tx.columnsOf(tables, it.table)
		if err != nil {
			return restored, kept, err
		}
		if err := tx.insertRow(it.table, cols, row.Columns); err != nil {
			return restored, kept, err
		}
		if err := tx.moveUnsealedPersonal(it.table, row.Columns); err != nil {
			return restored, kept, err
		}
		restored++
	}
	for _, q := range []string{"DELETE FROM reset_sealed WHERE partner_id = ? AND reset_at = ?", "DELETE FROM reset_locks WHERE partner_id = ? AND reset_at = ?"} {
		if _, err := tx.tx.ExecContext(tx.ctx, q, l.PartnerID, stamp); err != nil {
			return restored, kept, fmt.Errorf("forget the reset: %w", err)
		}
	}
	return restored, kept, nil
}

// PurgeResets forgets for good the resets made before cutoff, with what
// they kept; it reports how many items went.
func (s *Store) PurgeResets(ctx context.Context, cutoff time.Time) (int, error) {
	stamp := cutoff.UTC().Format(time.RFC3339Nano)
	n := 0
	err := s.Update(ctx, func(tx *Tx) error {
		res, err := tx.tx.ExecContext(tx.ctx, "DELETE FROM reset_sealed WHERE reset_at < ?", stamp)
		if err != nil {
			return fmt.Errorf("forget old resets: %w", err)
		}
		k, _ := res.RowsAffected()
		n = int(k)
		_, err = tx.tx.ExecContext(tx.ctx, "DELETE FROM reset_locks WHERE reset_at < ?", stamp)
		return err
	})
	if err == nil && n > 0 {
		err = s.Checkpoint(ctx)
	}
	return n, err
}

// sealedItem is one sealed row as stored.
type sealedItem struct {
	table, rowID string
	blob         []byte
}

// openSealed opens a sealed item and checks it is the row it says it is.
func openSealed(it sealedItem, id *age.X25519Identity) (sealedRow, error) {
	plain, err := vault.Open(it.blob, id)
	if err != nil {
		return sealedRow{}, fmt.Errorf("open a sealed item: %w", err)
	}
	var row sealedRow
	if err := json.Unmarshal(plain, &row); err != nil || row.Table != it.table || row.Columns["id"] != it.rowID {
		return sealedRow{}, errors.New("open a sealed item: it is damaged")
	}
	return row, nil
}

// columnsOf returns the columns a sealed row of table is put back with,
// read once per table into known: the table's columns as they are now (a
// column added since the row was sealed takes its default). Only an
// entity's rows are ever sealed.
func (tx *Tx) columnsOf(known map[string][]string, table string) ([]string, error) {
	if cols, ok := known[table]; ok {
		return cols, nil
	}
	if tx.store.cat.entity(table) == nil {
		return nil, fmt.Errorf("unseal: no table %q", table)
	}
	cols, err := tableColumns(tx.ctx, tx.tx, table)
	if err != nil {
		return nil, err
	}
	known[table] = cols
	return cols, nil
}

// LockRecipients returns the public half of every key something may still
// be sealed to on this computer: each partner's lock and each kept reset.
func (s *Store) LockRecipients(ctx context.Context) ([]string, error) {
	return queryRows(ctx, s.db, "lock keys", "SELECT recipient FROM partner_locks UNION SELECT recipient FROM reset_locks",
		func(r *sql.Rows) (string, error) {
			var rcpt string
			err := r.Scan(&rcpt)
			return rcpt, err
		})
}
