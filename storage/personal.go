package storage

import (
	"cmp"
	"context"
	"database/sql"
	"encoding/hex"
	"fmt"
	"slices"
	"strings"

	"github.com/vennplanner/venn/model"
)

// Personal rows — one person's check-in answers, health checks, closeness
// pictures and balance ratings — are kept under ids each computer derives
// with a secret of its own (metaIDSecret, never synced): the same computer
// finds its row for a week again, but another computer can neither compute
// the id of a row it has not seen nor write into it. When both computers
// wrote one person's answer for the same week ("answering as" the partner
// on one laptop, the other on her own), both rows exist; the one written on
// the person's own computer stands and the other is kept beside it (see
// Standing).

const (
	// metaIDSecret is this computer's secret for personal ids.
	metaIDSecret = "personal_id_secret"
	// metaPersonalIDsMoved records that rows made before personal ids were
	// moved to them.
	metaPersonalIDsMoved = "personal_ids_moved"
	// MetaThisPartner names the partner this computer belongs to.
	MetaThisPartner = "this_partner"
)

// loadIDSecret reads (making it on first use) this computer's secret for
// personal ids.
func (s *Store) loadIDSecret(ctx context.Context) error {
	secret, err := s.Meta(ctx, metaIDSecret)
	if err != nil {
		return err
	}
	if secret == "" {
		b := make([]byte, 32)
		if err := ids.secret(b); err != nil {
			return fmt.Errorf("make this computer's id secret: %w", err)
		}
		secret = hex.EncodeToString(b)
		if err := s.SetMeta(ctx, metaIDSecret, secret); err != nil {
			return err
		}
	}
	s.idSecret = secret
	return nil
}

// personalID is the id this computer gives the personal row named by parts.
func (s *Store) personalID(kind string, parts ...string) string {
	return DerivedID(append(append([]string{kind}, parts...), "on", s.device, s.idSecret)...)
}

// AnswerID is this computer's id for one partner's answer to one prompt in
// one week.
func (s *Store) AnswerID(week model.Date, partnerID, promptID string) string {
	return s.personalID("checkin", week.String(), partnerID, promptID)
}

// HealthCheckID is this computer's id for a partner's health check of a week.
func (s *Store) HealthCheckID(week model.Date, partnerID string) string {
	return s.personalID("health", week.String(), partnerID)
}

// ClosenessID is this computer's id for a partner's closeness of a month.
func (s *Store) ClosenessID(month model.Date, partnerID string) string {
	return s.personalID("closeness", month.String(), partnerID)
}

// RatingID is this computer's id for a partner's score of a sign in a month.
func (s *Store) RatingID(month model.Date, partnerID, signID string) string {
	return s.personalID("rating", month.String(), partnerID, signID)
}

// AnswerID is AnswerID of the transaction's store.
func (tx *Tx) AnswerID(week model.Date, partnerID, promptID string) string {
	return tx.store.AnswerID(week, partnerID, promptID)
}

// HealthCheckID is HealthCheckID of the transaction's store.
func (tx *Tx) HealthCheckID(week model.Date, partnerID string) string {
	return tx.store.HealthCheckID(week, partnerID)
}

// ClosenessID is ClosenessID of the transaction's store.
func (tx *Tx) ClosenessID(month model.Date, partnerID string) string {
	return tx.store.ClosenessID(month, partnerID)
}

// RatingID is RatingID of the transaction's store.
func (tx *Tx) RatingID(month model.Date, partnerID, signID string) string {
	return tx.store.RatingID(month, partnerID, signID)
}

// legacyPersonalID is the id Venn gave personal rows before they had ids
// of their own per computer: the same on every computer.
func (c *catalog) legacyPersonalID(table string, row map[string]any) (string, bool) {
	pt := c.personal(table)
	if pt == nil {
		return "", false
	}
	parts := []string{pt.Kind}
	for _, c := range pt.Key {
		v, _ := row[c].(string)
		parts = append(parts, v)
	}
	return DerivedID(parts...), true
}

// newPersonalID is this computer's id for a personal row, from its columns.
func (s *Store) newPersonalID(table string, row map[string]any) string {
	pt := s.cat.personal(table)
	parts := make([]string, 0, len(pt.Key))
	for _, c := range pt.Key {
		v, _ := row[c].(string)
		parts = append(parts, v)
	}
	return s.personalID(pt.Kind, parts...)
}

// movePersonalIDs moves the personal rows this computer wrote before
// personal ids to its own ids, once, keeping every field's stamp (so the
// history of who wrote what and when stays). A row that never left this
// computer (private) simply changes its id; a row the partner has gets a
// copy under the new id and its old id a tombstone, so the partner's
// computer ends with the same one row. Rows written on another computer
// are that computer's to move; sealed rows move when they are unsealed.
func (s *Store) movePersonalIDs(ctx context.Context) error {
	done, err := s.Meta(ctx, metaPersonalIDsMoved)
	if err != nil || done != "" {
		return err
	}
	moved := 0
	err = s.Update(ctx, func(tx *Tx) error {
		moved = 0
		for _, table := range s.cat.personalTables() {
			n, err := tx.movePersonalRows(table)
			if err != nil {
				return err
			}
			moved += n
		}
		_, err := tx.tx.ExecContext(tx.ctx, "INSERT INTO local_meta(key, value) VALUES(?, '1') ON CONFLICT(key) DO UPDATE SET value = excluded.value", metaPersonalIDsMoved)
		return err
	})
	if err != nil {
		return fmt.Errorf("give personal rows this computer's ids: %w", err)
	}
	if moved > 0 {
		s.log.Info("personal rows moved to this computer's ids", "rows", moved)
	}
	return nil
}

// movePersonalRows moves one table's rows written here to this computer's
// ids; it reports how many it moved.
func (tx *Tx) movePersonalRows(table string) (int, error) {
	owner := tx.store.cat.personal(table).Key[1]
	rows, err := readRows(tx.ctx, tx.tx, table,
		"EXISTS (SELECT 1 FROM clocks c WHERE c.tbl = ? AND c.row_id = "+table+".id AND c.col = ? AND substr(c.hlc, 28) = ?)",
		table, owner, tx.store.device)
	if err != nil {
		return 0, err
	}
	n := 0
	for _, row := range rows {
		id, _ := row["id"].(string)
		legacy, _ := tx.store.cat.legacyPersonalID(table, row)
		if id != legacy {
			continue // already this computer's own
		}
		if err := tx.rekeyPersonal(table, row, truthy(row["private"])); err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}

// rekeyPersonal gives a personal row this computer's id. A private row
// (which never left this computer) changes its id in place; a shared one
// is copied, stamps and all, and its old id is deleted with a fresh stamp.
func (tx *Tx) rekeyPersonal(table string, row map[string]any, private bool) error {
	old, _ := row["id"].(string)
	id := tx.store.newPersonalID(table, row)
	if private {
		if _, err := tx.tx.ExecContext(tx.ctx, "UPDATE "+table+" SET id = ? WHERE id = ?", id, old); err != nil {
			return fmt.Errorf("move %s %s: %w", table, old, err)
		}
		if _, err := tx.tx.ExecContext(tx.ctx, "UPDATE clocks SET row_id = ? WHERE tbl = ? AND row_id = ?", id, table, old); err != nil {
			return fmt.Errorf("move %s %s: %w", table, old, err)
		}
		return nil
	}
	cols, err := tableColumns(tx.ctx, tx.tx, table)
	if err != nil {
		return err
	}
	copyRow := map[string]any{}
	for k, v := range row {
		copyRow[k] = v
	}
	copyRow["id"] = id
	if err := tx.insertRow(table, cols, copyRow); err != nil {
		return err
	}
	if _, err := tx.tx.ExecContext(tx.ctx,
		"INSERT OR IGNORE INTO clocks(tbl, row_id, col, hlc) SELECT tbl, ?, col, hlc FROM clocks WHERE tbl = ? AND row_id = ?", id, table, old); err != nil {
		return fmt.Errorf("move %s %s: %w", table, old, err)
	}
	if !truthy(row["deleted"]) {
		return tx.Delete(table, old)
	}
	return nil
}

// Version is one of possibly several rows for the same personal thing
// (one person's answer to one prompt in one week): who wrote it where.
type Version struct {
	ID string
	// Device is the computer that wrote the row.
	Device string
	// Own says the row was written on its person's own computer.
	Own bool
	// Made is when it was first written (its owner field's stamp).
	Made string
}

// personalVersions reads, for a personal table, each live row's writer.
func (s *Store) personalVersions(ctx context.Context, q querier, table string) (map[string]Version, error) {
	pt := s.cat.personal(table)
	owners, err := s.devicePartnersQ(ctx, q)
	if err != nil {
		return nil, err
	}
	type row struct{ id, partner, hlc string }
	rows, err := queryRows(ctx, q, table, "SELECT t.id, t."+pt.Key[1]+", coalesce(c.hlc, '') FROM "+table+
		" t LEFT JOIN clocks c ON c.tbl = ? AND c.row_id = t.id AND c.col = ? WHERE t.deleted = 0",
		func(r *sql.Rows) (row, error) {
			var x row
			err := r.Scan(&x.id, &x.partner, &x.hlc)
			return x, err
		}, table, pt.Key[1])
	if err != nil {
		return nil, err
	}
	out := make(map[string]Version, len(rows))
	for _, r := range rows {
		d := stampDevice(r.hlc)
		out[r.id] = Version{ID: r.id, Device: d, Own: d != "" && owners[d] == r.partner, Made: r.hlc}
	}
	return out, nil
}

// devicePartnersQ maps each computer known here to its partner, this one
// included when it belongs to someone.
func (s *Store) devicePartnersQ(ctx context.Context, q querier) (map[string]string, error) {
	out, err := stringMap(ctx, q, "device partners", "SELECT key, value FROM local_meta WHERE key LIKE 'device-partner:%' OR key = '"+MetaThisPartner+"'",
		func(key string) string {
			if key == MetaThisPartner {
				return s.device
			}
			return strings.TrimPrefix(key, "device-partner:")
		})
	return out, err
}

// Standing orders the versions of one personal thing so the one that
// stands comes first: the one written on the person's own computer, then
// the one made last, then by id (so every computer agrees).
func Standing(vs []Version) {
	slices.SortFunc(vs, func(a, b Version) int {
		if a.Own != b.Own {
			if a.Own {
				return -1
			}
			return 1
		}
		return cmp.Or(strings.Compare(b.Made, a.Made), strings.Compare(a.ID, b.ID))
	})
}

// standing keeps, of the rows read, the one that stands for each personal
// thing (see Standing), in the order read.
func standing[T any](all []T, id func(T) string, key func(T) string, versions map[string]Version) []T {
	byKey := map[string][]Version{}
	for _, x := range all {
		k := key(x)
		v, ok := versions[id(x)]
		if !ok {
			v = Version{ID: id(x)}
		}
		byKey[k] = append(byKey[k], v)
	}
	keep := map[string]bool{}
	for _, vs := range byKey {
		Standing(vs)
		keep[vs[0].ID] = true
	}
	out := make([]T, 0, len(byKey))
	for _, x := range all {
		if keep[id(x)] {
			out = append(out, x)
		}
	}
	return out
}

// ImportedPersonalID says under which id an imported personal row is
// written: the file's own id, as an import matches rows by id — unless it
// is missing, or the id every computer gave such rows before personal ids
// (an old export), when it is this computer's id for the row; skip is true
// when the id names a row here that another computer wrote (that computer
// alone changes it).
func (tx *Tx) ImportedPersonalID(table, fileID string, cols map[string]any) (id string, skip bool, err error) {
	legacy, ok := tx.store.cat.legacyPersonalID(table, cols)
	if !ok {
		return "", false, fmt.Errorf("import: %s holds no personal rows", table)
	}
	if fileID == "" || fileID == legacy || !ValidID(fileID) {
		return tx.store.newPersonalID(table, cols), false, nil
	}
	made, err := tx.FieldStamp(table, fileID, tx.store.cat.personal(table).Key[1])
	if err != nil {
		return "", false, err
	}
	if made.Device != "" && made.Device != tx.store.device {
		return "", true, nil
	}
	return fileID, false, nil
}
