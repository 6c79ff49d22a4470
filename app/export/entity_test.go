package export_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/vennplanner/venn/app/export"
	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage"
	"github.com/vennplanner/venn/storage/vault"
)

// wishes is an entity Venn does not have, described and migrated only
// here: what either partner wishes for, shared or their own. Its
// description is all the code it has.
var wishes = storage.Entity{Table: "wishes", Owner: "owner", Seal: storage.SealPrivate,
	Export: &storage.Export{Key: "wishes", Noun: "wish", Plural: "wishes", Order: "stars DESC, id",
		Doc: "What the partners wish for."},
	Columns: []storage.Column{
		{Name: "owner", Kind: storage.Owner, JSON: "owner"},
		{Name: "text", Kind: storage.Text(80), JSON: "text"},
		{Name: "stars", Kind: storage.IntIn(1, 5), JSON: "stars"},
		{Name: "due_date", Kind: storage.Date, JSON: "due"},
		{Name: "days", Kind: storage.Weekdays, JSON: "on"},
		{Name: "private", Kind: storage.Boolean, JSON: "private"},
		{Name: "deleted", Kind: storage.Boolean},
	}}

// wishesMigration makes the wishes' table as a migration would.
const wishesMigration = `CREATE TABLE wishes (
	id TEXT PRIMARY KEY,
	owner TEXT NOT NULL DEFAULT 'shared',
	text TEXT NOT NULL DEFAULT '',
	stars INTEGER NOT NULL DEFAULT 1,
	due_date TEXT NOT NULL DEFAULT '',
	days TEXT NOT NULL DEFAULT '',
	private INTEGER NOT NULL DEFAULT 0,
	deleted INTEGER NOT NULL DEFAULT 0
)`

var (
	liam = model.Partner{ID: "0197b3a2-5c1e-7d4f-9a10-2b3c4d5e6f71", Name: "Liam", Color: "#e07a5f", Slot: model.SlotB}
	maya = model.Partner{ID: "0197b3a2-5c1e-7d4f-9a10-2b3c4d5e6f72", Name: "Maya", Color: "#3b82f6", Slot: model.SlotA}
)

// openWithWishes opens a store of Venn's entities and the wishes.
func openWithWishes(t *testing.T) *storage.Store {
	t.Helper()
	ctx := context.Background()
	st, err := storage.Open(ctx, t.TempDir(), storage.Options{Entities: append(slices.Clone(storage.Entities), wishes)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if _, err := st.DB().ExecContext(ctx, wishesMigration); err != nil {
		t.Fatal(err)
	}
	return st
}

// wishRows reads the file's wishes.
func wishRows(t *testing.T, file []byte) []map[string]any {
	t.Helper()
	var doc struct {
		Wishes []map[string]any `json:"wishes"`
	}
	if err := json.Unmarshal(file, &doc); err != nil {
		t.Fatal(err)
	}
	return doc.Wishes
}

func exportFile(t *testing.T, st *storage.Store, at time.Time) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := export.Write(context.Background(), st, at, &buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func importFile(st *storage.Store, at time.Time, file string) (export.Result, error) {
	entities := st.Entities()
	return export.Import(context.Background(), entities, st.Update, nil, at, strings.NewReader(file))
}

// TestADescribedEntityIsExportedImportedCheckedAndSealed adds an entity
// with its description and its migration alone, and sees it exported as
// its columns' JSON names say, imported back through its columns' checks,
// a received field that breaks one refused, and a partner's private rows
// sealed by their lock.
func TestADescribedEntityIsExportedImportedCheckedAndSealed(t *testing.T) {
	ctx := context.Background()
	at := time.Date(2026, 11, 22, 18, 30, 0, 0, time.UTC)
	src := openWithWishes(t)
	trip, own := storage.NewID(), storage.NewID()
	err := src.Update(ctx, func(tx *storage.Tx) error {
		for _, p := range []model.Partner{maya, liam} {
			if err := tx.PutPartner(p); err != nil {
				return err
			}
		}
		if err := tx.SetFields("wishes", trip, storage.Field{Name: "text", Value: "A week in Lisbon"}, storage.Field{Name: "stars", Value: int64(5)},
			storage.Field{Name: "due_date", Value: "2027-05-01"}, storage.Field{Name: "days", Value: "6,0"}); err != nil {
			return err
		}
		return tx.SetFields("wishes", own, storage.Field{Name: "owner", Value: liam.ID}, storage.Field{Name: "text", Value: "A new bike"},
			storage.Field{Name: "private", Value: int64(1)})
	})
	if err != nil {
		t.Fatal(err)
	}

	file := exportFile(t, src, at)
	want := []map[string]any{
		{"id": trip, "owner": "shared", "text": "A week in Lisbon", "stars": 5.0, "due": "2027-05-01", "on": []any{"saturday", "sunday"}, "private": false},
		{"id": own, "owner": liam.ID, "text": "A new bike", "stars": 1.0, "due": "", "on": []any{}, "private": true},
	}
	if got := wishRows(t, file); !reflect.DeepEqual(got, want) {
		t.Fatalf("exported wishes\n%v\nwant\n%v", got, want)
	}

	dst := openWithWishes(t)
	res, err := importFile(dst, at, string(file))
	if err != nil {
		t.Fatal(err)
	}
	if res.Saved["wishes"] != 2 || res.Unread != 12 || len(res.Unknown) != 0 {
		t.Fatalf("import: %+v", res)
	}
	if again := exportFile(t, dst, at); !bytes.Equal(again, file) {
		t.Fatalf("exported after import:\n%s\nwant\n%s", again, file)
	}

	refusedImports := map[string]string{
		"a check":              `{"wishes": [{"text": "Six stars", "stars": 6}]}`,
		"a reference":          `{"wishes": [{"text": "Not ours", "owner": "0197b3a2-5c1e-7d4f-9a10-2b3c4d5e6f7f"}]}`,
		"a weekday":            `{"wishes": [{"text": "Someday", "on": ["caturday"]}]}`,
		"a type":               `{"wishes": [{"text": "Fractions", "stars": 2.5}]}`,
		"an id Venn makes not": `{"wishes": [{"id": "wish-1", "text": "Mine"}]}`,
	}
	for name, doc := range refusedImports {
		_, err := importFile(dst, at, doc)
		var ie *export.Error
		if !errors.As(err, &ie) {
			t.Errorf("an import breaking %s: %v, want it refused", name, err)
		}
	}
	if again := exportFile(t, dst, at); !bytes.Equal(again, file) {
		t.Fatal("a refused import changed the wishes")
	}

	// Stamped a minute past this computer's clock: newer than its edits.
	stamp := model.Stamp{WallMS: time.Now().Add(time.Minute).UnixMilli(), Device: storage.NewID()}
	merged, err := dst.ApplyFields(ctx, []storage.SyncField{
		{Table: "wishes", RowID: trip, Column: "stars", Value: int64(9), Stamp: stamp},
		{Table: "wishes", RowID: trip, Column: "text", Value: "A month in Lisbon", Stamp: stamp},
	})
	if err != nil {
		t.Fatal(err)
	}
	if merged.RefusedCount != 1 || merged.Refused[0].Column != "stars" || merged.Fields != 1 {
		t.Fatalf("merge of a field breaking its check: %+v", merged)
	}

	key, id, err := vault.NewKey("a long passphrase", 10)
	if err != nil {
		t.Fatal(err)
	}
	var sealed int
	if err := dst.Update(ctx, func(tx *storage.Tx) error {
		if err := tx.PutLock(storage.Lock{PartnerID: liam.ID, Key: key, Created: at}); err != nil {
			return err
		}
		sealed, err = tx.Seal(liam.ID, key.Recipient)
		return err
	}); err != nil {
		t.Fatal(err)
	}
	rows := wishRows(t, exportFile(t, dst, at))
	if sealed != 1 || len(rows) != 1 || rows[0]["id"] != trip || rows[0]["text"] != "A month in Lisbon" {
		t.Fatalf("Liam's lock sealed %d rows; the wishes left: %v", sealed, rows)
	}
	if err := dst.Update(ctx, func(tx *storage.Tx) error { _, err := tx.Unseal(liam.ID, id); return err }); err != nil {
		t.Fatal(err)
	}
	if rows := wishRows(t, exportFile(t, dst, at)); len(rows) != 2 {
		t.Fatalf("unsealed wishes: %v", rows)
	}
}

// TestAnEntityWithoutAnIDInTheFileNeedsRules refuses to import an entity
// whose objects could not be matched to its rows by their fields alone.
func TestAnEntityWithoutAnIDInTheFileNeedsRules(t *testing.T) {
	noID := wishes
	x := *wishes.Export
	x.ID = "-"
	noID.Export = &x
	entities := append(slices.Clone(storage.Entities), noID)
	update := func(context.Context, func(tx *storage.Tx) error) error { return errors.New("not reached") }
	_, err := export.Import(context.Background(), entities, update, nil, time.Now(), strings.NewReader(`{"wishes": []}`))
	if err == nil || !strings.Contains(err.Error(), "needs a reader") {
		t.Fatalf("got %v", err)
	}
}
