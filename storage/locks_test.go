package storage

import (
	"context"
	"reflect"
	"testing"
	"time"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage/vault"
)

// tableDump is every row of the protected tables, for comparing.
func tableDump(t *testing.T, s *Store) map[string][]map[string]any {
	t.Helper()
	out := map[string][]map[string]any{}
	for _, p := range s.cat.sealed {
		rows, err := readRows(context.Background(), s.db, p.table, "1 = 1 ORDER BY id")
		if err != nil {
			t.Fatal(err)
		}
		out[p.table] = rows
	}
	return out
}

func TestSealMovesOnlyThePartnersPrivateRowsAndUnsealPutsThemBack(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	liam, maya := NewID(), NewID()
	mine := model.Goal{ID: NewID(), Title: "Ask about the flat — 🫖 ёлка 日本", Owner: model.Owner(liam), Column: model.ColumnIdeas, Rank: "i",
		Labels: []string{"solo"}, Checklist: []model.ChecklistStep{{Text: "Say it out loud"}}, Private: true}
	shared := model.Goal{ID: NewID(), Title: "Two weeks in Italy", Owner: model.Shared, Column: model.ColumnIdeas, Rank: "j"}
	hers := model.Goal{ID: NewID(), Title: "Maya's own secret", Owner: model.Owner(maya), Column: model.ColumnIdeas, Rank: "k", Private: true}
	month := model.Date{Year: 2026, Month: 11, Day: 1}
	err := s.Update(ctx, func(tx *Tx) error {
		for _, g := range []model.Goal{mine, shared, hers} {
			if err := tx.CreateGoal(g); err != nil {
				return err
			}
		}
		return tx.PutCloseness(model.Closeness{ID: tx.ClosenessID(month, liam), Month: month, PartnerID: liam, Now: 6, Wished: 4, Private: true})
	})
	if err != nil {
		t.Fatal(err)
	}
	before := tableDump(t, s)
	key, id, err := vault.NewKey("a long passphrase", 10)
	if err != nil {
		t.Fatal(err)
	}
	var sealed int
	if err := s.Update(ctx, func(tx *Tx) error {
		if err := tx.PutLock(Lock{PartnerID: liam, Key: key, Created: time.Now()}); err != nil {
			return err
		}
		sealed, err = tx.Seal(liam, key.Recipient)
		return err
	}); err != nil {
		t.Fatal(err)
	}
	if sealed != 4 { // the goal, its step, its label, the closeness choice
		t.Fatalf("sealed %d rows, want 4", sealed)
	}
	goals, _ := s.Goals(ctx)
	if len(goals) != 2 || goals[0].ID == mine.ID && goals[1].ID == mine.ID {
		t.Fatalf("goals while Liam is locked: %+v", goals)
	}
	for _, g := range goals {
		if g.ID == mine.ID {
			t.Fatal("Liam's private goal is readable while he is locked")
		}
	}
	if c, _ := s.Closeness(ctx); len(c) != 0 {
		t.Fatal("Liam's private closeness choice is readable while he is locked")
	}
	if n, _ := s.SealedCount(ctx, liam); n != 4 {
		t.Fatalf("%d sealed", n)
	}
	// Nothing of it leaves through sync either.
	fields, err := s.SyncedFields(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range fields {
		if f.RowID == mine.ID {
			t.Fatalf("a sealed row's field is offered to sync: %+v", f)
		}
	}
	var restored int
	if err := s.Update(ctx, func(tx *Tx) error { restored, err = tx.Unseal(liam, id); return err }); err != nil {
		t.Fatal(err)
	}
	if after := tableDump(t, s); restored != 4 || !reflect.DeepEqual(before, after) {
		t.Fatalf("unsealing restored %d rows and the tables differ:\nbefore %v\nafter  %v", restored, before, after)
	}
	if n, _ := s.SealedCount(ctx, liam); n != 0 {
		t.Fatalf("%d items still sealed after unsealing", n)
	}
	// Forgetting the lock drops what is sealed, never opens it.
	if err := s.Update(ctx, func(tx *Tx) error { _, err := tx.Seal(liam, key.Recipient); return err }); err != nil {
		t.Fatal(err)
	}
	var dropped int
	if err := s.Update(ctx, func(tx *Tx) error { dropped, err = tx.DeleteLock(liam); return err }); err != nil {
		t.Fatal(err)
	}
	if locks, _ := s.Locks(ctx); dropped != 4 || len(locks) != 0 {
		t.Fatalf("dropped %d, %d locks left", dropped, len(locks))
	}
}
