package storage

import (
	"context"
	"testing"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage/vault"
)

// writeLegacyAnswer writes an answer under the id every computer gave it
// before personal ids.
func writeLegacyAnswer(t *testing.T, s *Store, week model.Date, partner, prompt, text string, private bool) string {
	t.Helper()
	id := DerivedID("checkin", week.String(), partner, prompt)
	err := s.Update(context.Background(), func(tx *Tx) error {
		return tx.PutAnswer(nil, StoredAnswer{Answer: model.Answer{ID: id, Week: week, PartnerID: partner, PromptID: prompt, Text: text,
			Visibility: model.VisibleUntilBoth}, Private: private})
	})
	if err != nil {
		t.Fatal(err)
	}
	return id
}

func TestPersonalRowsMoveToThisComputersIDsKeepingTheirStamps(t *testing.T) {
	ctx := context.Background()
	s, dir := openTemp(t)
	week := model.Date{Year: 2026, Month: 11, Day: 16}
	maya, prompt := NewID(), NewID()
	shared := writeLegacyAnswer(t, s, week, maya, prompt, "Our walk", false)
	held := writeLegacyAnswer(t, s, week, maya, NewID(), "Not yet", true)
	stamps := map[string]string{}
	for _, id := range []string{shared, held} {
		st, err := fieldStamp(s, "checkins", id, "answer")
		if err != nil {
			t.Fatal(err)
		}
		stamps[id] = st
	}
	// An older Venn wrote these; open them again with this one.
	if err := s.SetMeta(ctx, metaPersonalIDsMoved, ""); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s = reopen(t, dir)
	all, err := s.AllAnswers(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 2 {
		t.Fatalf("after the move there are %d answers, want 2: %+v", len(all), all)
	}
	for _, a := range all {
		if a.ID == shared || a.ID == held {
			t.Fatalf("%q kept the id every computer could compute", a.Text)
		}
		if a.ID != s.AnswerID(a.Week, a.PartnerID, a.PromptID) {
			t.Fatalf("%q is not under this computer's id", a.Text)
		}
		old := shared
		if a.Private {
			old = held
		}
		if st, _ := fieldStamp(s, "checkins", a.ID, "answer"); st != stamps[old] {
			t.Fatalf("%q lost its stamp: %s, was %s", a.Text, st, stamps[old])
		}
	}
	// The shared one's old id is deleted (so the partner's copy goes); the
	// held one never left and simply moved.
	var deleted int
	if err := s.db.QueryRowContext(ctx, "SELECT count(*) FROM checkins WHERE id = ? AND deleted = 1", shared).Scan(&deleted); err != nil || deleted != 1 {
		t.Fatalf("the shared answer's old id is not a tombstone: %d %v", deleted, err)
	}
	if n, _ := rowCount(s, held); n != 0 {
		t.Fatal("the held answer is still under its old id")
	}
}

func TestASealedLegacyAnswerMovesWhenUnsealed(t *testing.T) {
	ctx := context.Background()
	s, dir := openTemp(t)
	week := model.Date{Year: 2026, Month: 11, Day: 16}
	maya := NewID()
	old := writeLegacyAnswer(t, s, week, maya, NewID(), "Only mine", true)
	if _, err := s.db.ExecContext(ctx, "UPDATE checkins SET visibility = 'private' WHERE id = ?", old); err != nil {
		t.Fatal(err)
	}
	key, id, err := vault.NewKey("a long passphrase", 10)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Update(ctx, func(tx *Tx) error { _, err := tx.Seal(maya, key.Recipient); return err }); err != nil {
		t.Fatal(err)
	}
	if err := s.SetMeta(ctx, metaPersonalIDsMoved, ""); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s = reopen(t, dir)
	if err := s.Update(ctx, func(tx *Tx) error { _, err := tx.Unseal(maya, id); return err }); err != nil {
		t.Fatal(err)
	}
	all, err := s.AllAnswers(ctx)
	if err != nil || len(all) != 1 || all[0].Text != "Only mine" || all[0].ID == old {
		t.Fatalf("after unsealing: %+v %v", all, err)
	}
}

func fieldStamp(s *Store, table, id, col string) (string, error) {
	var hlc string
	err := s.db.QueryRow("SELECT hlc FROM clocks WHERE tbl = ? AND row_id = ? AND col = ?", table, id, col).Scan(&hlc)
	return hlc, err
}

func rowCount(s *Store, id string) (int, error) {
	var n int
	err := s.db.QueryRow("SELECT count(*) FROM checkins WHERE id = ?", id).Scan(&n)
	return n, err
}

func reopen(t *testing.T, dir string) *Store {
	t.Helper()
	s, err := Open(context.Background(), dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}
