package storage

import (
	"context"
	"database/sql"
	"slices"
	"testing"
)

// TestEveryTableHasItsDescription keeps Entities in step with the
// migrations: every table of a new database is described (or is this
// computer's own bookkeeping), with exactly the columns it has, and every
// description names a table that is there. A synced table without a
// description would sync no field, and a column without one would let any
// value in from the shared folder.
func TestEveryTableHasItsDescription(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	tables, err := queryRows(ctx, s.db, "tables", "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'", scanString)
	if err != nil {
		t.Fatal(err)
	}
	for _, table := range tables {
		en := venn.entity(table)
		switch {
		case localTables[table] && en != nil:
			t.Errorf("%s is this computer's bookkeeping and an entity too", table)
		case localTables[table]:
		case en == nil:
			t.Errorf("the migrations make %s, which has no description in Entities (storage/entities.go)", table)
		default:
			have, err := tableColumns(ctx, s.db, table)
			if err != nil {
				t.Fatal(err)
			}
			slices.Sort(have)
			described := slices.Sorted(slices.Values(venn.columns[table]))
			if !slices.Equal(have, described) {
				t.Errorf("%s has the columns %v; its description %v", table, have, described)
			}
		}
	}
	for _, en := range Entities {
		if !slices.Contains(tables, en.Table) {
			t.Errorf("Entities describes %s, which no migration makes", en.Table)
		}
	}
}

func scanString(r *sql.Rows) (string, error) {
	var s string
	err := r.Scan(&s)
	return s, err
}
