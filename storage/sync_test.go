package storage

import (
	"context"
	"fmt"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/vennplanner/venn/model"
)

// TestSyncedFieldsIsOneSnapshot reads the fields to share over and over
// while a goal's title is rewritten as fast as the database allows, and
// checks that every title read comes with the stamp it was written with.
// Values and stamps read at two moments would pair an old title with a
// newer stamp — and the partner would keep the old title for good.
func TestSyncedFieldsIsOneSnapshot(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	id := NewID()
	written := sync.Map{} // stamp → the title written with it
	write := func(i int) {
		title := fmt.Sprint("title ", i)
		var stamp model.Stamp
		err := s.Update(ctx, func(tx *Tx) error {
			if err := tx.SetFields("goals", id, Field{"title", title}); err != nil {
				return err
			}
			var err error
			stamp, err = tx.FieldStamp("goals", id, "title")
			return err
		})
		if err != nil {
			t.Error(err)
			return
		}
		written.Store(stamp.String(), title)
	}
	write(0)
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 1; ; i++ {
			select {
			case <-stop:
				return
			default:
				write(i)
			}
		}
	}()
	type seen struct{ stamp, title string }
	var reads []seen
	// Read until many different writes were seen (however slow the
	// machine): counted, never timed. The bound only stops a writer
	// that never runs from hanging the test.
	distinct := map[string]bool{}
	const wantDistinct, maxReads = 30, 200_000
	for len(distinct) < wantDistinct && len(reads) < maxReads {
		fields, err := s.SyncedFields(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range fields {
			if f.Table == "goals" && f.Column == "title" {
				reads = append(reads, seen{f.Stamp.String(), f.Value.(string)})
				distinct[f.Stamp.String()] = true
			}
		}
	}
	close(stop)
	wg.Wait()
	if len(distinct) < wantDistinct {
		t.Fatalf("%d reads saw only %d different writes: the writer did not run beside them", len(reads), len(distinct))
	}
	torn := 0
	for _, r := range reads {
		if want, ok := written.Load(r.stamp); !ok || want != r.title {
			torn++
		}
	}
	if torn > 0 {
		t.Fatalf("%d of %d snapshots paired a title with another write's stamp", torn, len(reads))
	}
}

// TestMergeRefusesWhatALocalEditCouldNotWrite sends fields a broken or
// hostile file could hold; none may land, and each is named with why.
func TestMergeRefusesWhatALocalEditCouldNotWrite(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	other := "01970000-0000-7000-8000-0000000000aa"
	now := model.Stamp{WallMS: time.Now().UnixMilli(), Device: other}
	goal := NewID()
	bad := []SyncField{
		{Table: "goals", RowID: goal, Column: "archived", Value: "yes", Stamp: now},                  // text in a yes/no field
		{Table: "goals", RowID: goal, Column: "title", Value: string(make([]byte, 300)), Stamp: now}, // NULs, too long
		{Table: "rituals", RowID: NewID(), Column: "times", Value: int64(0), Stamp: now},             // "-9223372036854775808%"
		{Table: "goals", RowID: goal, Column: "board_column", Value: "wishlist", Stamp: now},
		{Table: "goals", RowID: goal, Column: "owner", Value: NewID(), Stamp: now}, // not a partner
		{Table: "goals", RowID: goal, Column: "due_date", Value: "2026-02-31", Stamp: now},
		{Table: "goals", RowID: goal, Column: "target_quarter", Value: "2026-Q5", Stamp: now},
		{Table: "goals", RowID: goal, Column: "secret_column", Value: "x", Stamp: now},
		{Table: "sqlite_master", RowID: goal, Column: "sql", Value: "x", Stamp: now},
		{Table: "goals", RowID: "not-a-uuid", Column: "title", Value: "Hi", Stamp: now},
		{Table: "goals", RowID: goal, Column: "notes", Value: "from the future", Stamp: model.Stamp{WallMS: model.MaxWallMS, Device: other}},
		{Table: "goals", RowID: goal, Column: "rank", Value: "ZZ", Stamp: now},
		{Table: "partners", RowID: NewID(), Column: "name", Value: "A third partner", Stamp: now},
		{Table: "goals", RowID: goal, Column: "notes", Value: "no device", Stamp: model.Stamp{WallMS: now.WallMS, Device: "x"}},
		{Table: "goals", RowID: goal, Column: "title", Value: "\xff\xfe", Stamp: now},
		{Table: "goals", RowID: goal, Column: "private", Value: 2.5, Stamp: now},
	}
	// Two partners already: a third may not arrive.
	for _, p := range []string{NewID(), NewID()} {
		if err := s.Update(ctx, func(tx *Tx) error { return tx.SetFields("partners", p, Field{"name", "P"}) }); err != nil {
			t.Fatal(err)
		}
	}
	before, err := s.SyncedFields(ctx)
	if err != nil {
		t.Fatal(err)
	}
	res, err := s.ApplyFields(ctx, bad)
	if err != nil {
		t.Fatal(err)
	}
	if res.Fields != 0 || res.RefusedCount != len(bad) {
		t.Fatalf("merged %d, refused %d of %d hostile fields: %+v", res.Fields, res.RefusedCount, len(bad), res.Refused)
	}
	for _, r := range res.Refused {
		if r.Reason == "" {
			t.Errorf("%s.%s refused without a reason", r.Table, r.Column)
		}
	}
	if res.Ahead < 365*24*time.Hour {
		t.Errorf("the stamp from the end of time is reported %v ahead", res.Ahead)
	}
	after, err := s.SyncedFields(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(after) != len(before) {
		t.Fatalf("the database changed: %d fields before, %d after", len(before), len(after))
	}
	if ahead := model.Ahead(s.Clock().Last(), time.Now()); ahead > MaxStampAhead {
		t.Errorf("the clock was moved %v ahead by a refused stamp", ahead)
	}
}

// TestRestoreRecoversFromAPoisonedClock: stamps from the end of time got
// in before Venn bounded them (a year-9999 edit froze the household clock).
// A restore stamps everything anew from the wall clock, and edits win again.
func TestRestoreRecoversFromAPoisonedClock(t *testing.T) {
	s, dir := openTemp(t)
	ctx := context.Background()
	id := NewID()
	if err := s.Update(ctx, func(tx *Tx) error { return tx.SetFields("goals", id, Field{"title", "Italy"}) }); err != nil {
		t.Fatal(err)
	}
	poison := model.Stamp{WallMS: time.Date(9999, 1, 1, 0, 0, 0, 0, time.UTC).UnixMilli(), Device: s.Device()}
	if _, err := s.DB().Exec("UPDATE clocks SET hlc = ?", poison.String()); err != nil {
		t.Fatal(err)
	}
	s.Clock().Observe(poison)
	backup := filepath.Join(dir, "backup.db")
	if err := s.BackupTo(ctx, backup); err != nil {
		t.Fatal(err)
	}
	if err := s.RestoreFrom(ctx, backup); err != nil {
		t.Fatal(err)
	}
	limit := model.Stamp{WallMS: time.Now().Add(time.Minute).UnixMilli()}.String()
	var ahead int
	s.DB().QueryRow("SELECT count(*) FROM clocks WHERE hlc > ?", limit).Scan(&ahead)
	if ahead != 0 || model.Ahead(s.Clock().Last(), time.Now()) > time.Minute {
		t.Fatalf("after the restore %d stamps and the clock (%v) are still in the future", ahead, s.Clock().Last())
	}
}

// TestEqualStampsResolveTheSameEverywhere: two copies of one data folder
// can make the same stamp for different values. Whatever order the two
// arrive in, every computer keeps the same one.
func TestEqualStampsResolveTheSameEverywhere(t *testing.T) {
	ctx := context.Background()
	id := NewID()
	twin := "01970000-0000-7000-8000-0000000000c1"
	stamp := model.Stamp{WallMS: time.Now().UnixMilli(), Device: twin}
	a := SyncField{Table: "goals", RowID: id, Column: "title", Value: "Italy", Stamp: stamp}
	b := SyncField{Table: "goals", RowID: id, Column: "title", Value: "Iceland", Stamp: stamp}
	var got [2]string
	for i, order := range [][]SyncField{{a, b}, {b, a}} {
		s, _ := openTemp(t)
		for _, f := range order {
			if _, err := s.ApplyFields(ctx, []SyncField{f}); err != nil {
				t.Fatal(err)
			}
		}
		s.DB().QueryRow("SELECT title FROM goals WHERE id = ?", id).Scan(&got[i])
	}
	if got[0] != got[1] {
		t.Fatalf("the same two fields in two orders kept %q and %q", got[0], got[1])
	}
}
