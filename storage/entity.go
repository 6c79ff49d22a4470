package storage

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/vennplanner/venn/model"
)

// An Entity describes one kind of row Venn keeps, once: its table and
// columns with what each may hold, whose a row is and what a partner's lock
// seals, and its place in the JSON export. What handles rows generically
// reads it from here (see Entities): the check every written and every
// merged field passes, the merge's ownership rules, the lock's seal list,
// the JSON export and import, and the export's documentation. Adding a
// synced field is its migration and one Column.
type Entity struct {
	// Table is the SQL table. Its primary key is a TEXT column id.
	Table string
	// Columns are the table's columns but id, in the order the export
	// writes them (a Column without a Name holds nested rows).
	Columns []Column
	// Keys says what a row's id is: a UUID unless the rows are keyed by
	// name (the board's columns).
	Keys Keys

	// Owner names the column holding the partner whose row it is, or
	// "shared" or "": it must name one of the household's partners.
	Owner string
	// Parent is set when the row belongs to a row of another table (a
	// goal's step, a ritual's day): it takes its owner and its privacy
	// from there, and no other computer may hang it under a private item.
	Parent *Parent
	// Author names the column holding the person whose words a row is:
	// only the computer that wrote the row changes it (but its Open
	// columns).
	Author string
	// OwnComputer rows come from another computer only when they name the
	// partner that computer belongs to (in Author): nobody's file rates for
	// someone else, nor for the partner whose computer reads it.
	OwnComputer bool
	// Personal is set for one person's per-week or per-month rows, whose
	// ids each computer derives with a secret of its own (personal.go).
	Personal *Personal
	// Seal says which of a partner's rows their lock seals (locks.go).
	Seal Seal
	// Local tables never sync (the journal); they have no clocks.
	Local bool

	// Export is the entity's place in the JSON export; nil when it has none.
	Export *Export
}

// Column is one column of an entity.
type Column struct {
	// Name is the SQL column; "" for a field of the export that holds the
	// rows of the entity named by Nested.
	Name string
	// Kind is what the column may hold, checked on every write and merge.
	Kind Kind
	// JSON is the field's name in the export; "" when it is not exported.
	JSON string
	// Form is how the export writes it, when not as its kind reads.
	Form Form
	// Omit leaves the field out of an exported object when it is empty.
	Omit bool
	// Nested names the entity whose rows the field holds (a goal's
	// checklist): see Export.In.
	Nested string
	// Lost says whether the words a simultaneous edit of the text lost
	// are kept (conflicts.go).
	Lost Lost
	// Open marks, on one person's words, a column the other partner's
	// computer may write too (the reply to a request).
	Open bool
	// Slot marks a column saying the partner in that slot did something
	// (rated an occasion): only that partner's computer writes it.
	Slot model.Slot
	// Doc says what the field means, in the export's documentation.
	Doc string
}

// Keys is what a row's id is.
type Keys uint8

const (
	UUIDKeys   Keys = iota // a UUID (v7, or v5 for derived ids)
	ColumnKeys             // a board column's key: ideas, planned, doing, done
)

// Parent is the row another row belongs to.
type Parent struct {
	Column string // the column holding the parent's id
	Table  string
}

// Personal says how a personal row's id is derived: from its kind and the
// values of its key columns, the second of which names the person.
type Personal struct {
	Kind string
	Key  []string
}

// Seal says which of a partner's rows a partner's lock seals; the rules add up.
type Seal uint8

const (
	// SealPrivate seals the partner's own private rows (Owner names them).
	SealPrivate Seal = 1 << iota
	// SealWithParent seals the rows belonging to a sealed row.
	SealWithParent
	// SealAll seals every row of the partner, private or not (the journal).
	SealAll
)

// Lost says what a merge keeps of the words a simultaneous edit lost.
type Lost uint8

const (
	LostNothing Lost = iota
	LostWords        // kept beside the field, for either partner to take back
	LostLines        // kept too, and both versions' lines stay in the field (notes)
)

// Form is how the export writes a column whose JSON is not its kind's own.
type Form uint8

const (
	AsKind      Form = iota
	Month            // a month's first day, "2026-11-01", written "2026-11"
	WeekdayName      // a weekday's number, 1, written "monday"
	UTCTime          // a time written in UTC, with its fraction of a second
	UTCSeconds       // a time written in UTC, to the second
)

// Export is an entity's place in the JSON export.
type Export struct {
	// Key is its key in the file, or in its parent's objects when In is set.
	Key string
	// Noun names one object in messages ("ritual entry 3"), Plural many in
	// an import's summary ("12 ritual days").
	Noun, Plural string
	// Single entities hold one object (or null), not a list.
	Single bool
	// ID is the name of the row's id in the file: "id" unless set, and "-"
	// when the file leaves it out (it follows from the other fields).
	ID string
	// Order is the SQL order of the rows in the file.
	Order string
	// In names the table whose objects hold these rows, as a list, under
	// Key; Link is the column naming the row they belong to there (the
	// parent's by default).
	In, Link string
	// Bare rows are written as their one exported field's value (a goal's
	// labels are ["health"], not [{"label": "health"}]).
	Bare bool
	// Doc says what the objects are, in the export's documentation.
	Doc string
}

// Column returns the entity's column of that SQL name.
func (en Entity) Column(name string) (Column, bool) {
	i := slices.IndexFunc(en.Columns, func(c Column) bool { return c.Name == name })
	if i < 0 {
		return Column{}, false
	}
	return en.Columns[i], true
}

// Has reports whether the entity has a column of that SQL name.
func (en Entity) Has(name string) bool {
	_, ok := en.Column(name)
	return ok
}

// catalog is a set of entities with what the merge, the lock and the
// checks look up in them, indexed once.
type catalog struct {
	entities []Entity
	byTable  map[string]*Entity
	// columns is table → its SQL columns, id first.
	columns map[string][]string
	// checks is table → column → its check, for every synced column.
	checks map[string]map[string]check
	// lost is table → column → whether the field keeps its lines (see Lost).
	lost map[string]map[string]bool
	// owners is table → the column naming whose a row is (Entity.Owner).
	owners map[string]string
	// parents is table → the row its rows belong to (Entity.Parent).
	parents map[string]Parent
	// authored is table → its author's column and the columns the other
	// partner's computer may write (Entity.Author, Column.Open).
	authored map[string]authored
	// ownComputer is table → its author's column, for rows only the
	// computer of the partner they name may send (Entity.OwnComputer).
	ownComputer map[string]string
	// slots is table → column → the slot of the only partner whose
	// computer writes it (Column.Slot).
	slots map[string]map[string]model.Slot
	// sealed lists the sealed entities, those belonging to others first.
	sealed []sealRule
	// parents lists the tables other rows belong to, once each.
	parentTables []string
}

// authored is how a table of one person's words is written.
type authored struct {
	author string          // the column naming the person
	open   map[string]bool // columns the other partner's computer may write
}

// sealRule is which rows of a table a partner's lock seals: where, with
// each ? the partner's id.
type sealRule struct{ table, where string }

// newCatalog indexes entities, refusing a description that contradicts
// itself (a parent, owner or nested entity that is not there).
func newCatalog(entities []Entity) (*catalog, error) {
	c := &catalog{entities: entities, byTable: map[string]*Entity{}, checks: map[string]map[string]check{}, lost: map[string]map[string]bool{},
		owners: map[string]string{}, parents: map[string]Parent{}, authored: map[string]authored{}, columns: map[string][]string{},
		ownComputer: map[string]string{}, slots: map[string]map[string]model.Slot{}}
	for i := range entities {
		en := &entities[i]
		if !isIdent(en.Table) || c.byTable[en.Table] != nil {
			return nil, fmt.Errorf("entity %q: not a table name, or described twice", en.Table)
		}
		c.byTable[en.Table] = en
	}
	for _, en := range c.byTable {
		if err := c.index(en); err != nil {
			return nil, fmt.Errorf("entity %s: %w", en.Table, err)
		}
	}
	for _, en := range entities {
		if en.Parent != nil && !slices.Contains(c.parentTables, en.Parent.Table) {
			c.parentTables = append(c.parentTables, en.Parent.Table)
		}
	}
	c.sealed = c.sealRules()
	return c, nil
}

func mustCatalog(entities []Entity) *catalog {
	c, err := newCatalog(entities)
	if err != nil {
		panic(err) // Venn's own descriptions: a test opens a store with them
	}
	return c
}

// index checks one entity's description and indexes its columns.
func (c *catalog) index(en *Entity) error {
	if err := c.checkNames(en); err != nil {
		return err
	}
	c.columns[en.Table] = []string{"id"}
	c.checks[en.Table] = map[string]check{}
	c.lost[en.Table] = map[string]bool{}
	for _, col := range en.Columns {
		if col.Name == "" {
			continue // nested rows
		}
		c.columns[en.Table] = append(c.columns[en.Table], col.Name)
		if !en.Local {
			c.checks[en.Table][col.Name] = col.Kind.check
		}
		if col.Lost != LostNothing {
			c.lost[en.Table][col.Name] = col.Lost == LostLines
		}
	}
	if en.Local {
		delete(c.checks, en.Table)
	}
	if len(c.lost[en.Table]) == 0 {
		delete(c.lost, en.Table)
	}
	c.indexOwnership(en)
	return nil
}

// checkNames refuses a description that names what is not there: a column
// without a kind, a parent or a nested entity not described, an owner,
// author or key column the entity does not have.
func (c *catalog) checkNames(en *Entity) error {
	named := []string{en.Owner, en.Author}
	if en.Parent != nil {
		if c.byTable[en.Parent.Table] == nil {
			return fmt.Errorf("its parent %s is not described", en.Parent.Table)
		}
		named = append(named, en.Parent.Column)
	}
	if en.Personal != nil {
		named = append(named, en.Personal.Key...)
	}
	for _, name := range named {
		if name != "" && !en.Has(name) {
			return fmt.Errorf("it names a column %q it does not have", name)
		}
	}
	for _, col := range en.Columns {
		if col.Name == "" {
			if child := c.byTable[col.Nested]; child == nil || child.Export == nil || child.Export.In != en.Table {
				return fmt.Errorf("field %q holds %q, which is not described as held by it", col.JSON, col.Nested)
			}
		} else if !isIdent(col.Name) || col.Name == "id" || col.Kind.check == nil {
			return fmt.Errorf("column %q: a bad name, or no kind", col.Name)
		}
	}
	if en.OwnComputer && en.Author == "" {
		return fmt.Errorf("rows sent only by their person's own computer need an author column")
	}
	if !en.Local && !en.Has("deleted") {
		return fmt.Errorf("a synced table needs a deleted column")
	}
	return nil
}

// indexOwnership indexes whose an entity's rows are, for the merge.
func (c *catalog) indexOwnership(en *Entity) {
	if en.Local {
		return
	}
	if en.Owner != "" {
		c.owners[en.Table] = en.Owner
	}
	if en.Parent != nil {
		c.parents[en.Table] = *en.Parent
	}
	if en.Author != "" {
		a := authored{author: en.Author, open: map[string]bool{}}
		for _, col := range en.Columns {
			if col.Open {
				a.open[col.Name] = true
			}
		}
		c.authored[en.Table] = a
		if en.OwnComputer {
			c.ownComputer[en.Table] = en.Author
		}
	}
	for _, col := range en.Columns {
		if col.Slot == "" {
			continue
		}
		if c.slots[en.Table] == nil {
			c.slots[en.Table] = map[string]model.Slot{}
		}
		c.slots[en.Table][col.Name] = col.Slot
	}
}

// sealRules derives the lock's seal list: each sealed entity's rows of a
// partner, the rows belonging to a sealed row before that row (their
// rule reads it).
func (c *catalog) sealRules() []sealRule {
	var out []sealRule
	for _, en := range c.entities {
		if where := c.sealWhere(en.Table); where != "" {
			out = append(out, sealRule{en.Table, where})
		}
	}
	slices.SortStableFunc(out, func(a, b sealRule) int { return c.depth(b.table) - c.depth(a.table) })
	return out
}

// sealWhere is the SQL condition for a partner's rows of table that their
// lock seals, each ? the partner's id; "" when it seals none.
func (c *catalog) sealWhere(table string) string {
	en := c.byTable[table]
	var rules []string
	if en.Seal&SealAll != 0 {
		rules = append(rules, en.Owner+" = ?")
	}
	if en.Seal&SealPrivate != 0 {
		rules = append(rules, "private <> 0 AND "+en.Owner+" = ?")
	}
	if en.Seal&SealWithParent != 0 {
		if parent := c.sealWhere(en.Parent.Table); parent != "" {
			rules = append(rules, en.Parent.Column+" IN (SELECT id FROM "+en.Parent.Table+" WHERE "+parent+")")
		}
	}
	if len(rules) > 1 {
		for i, r := range rules {
			rules[i] = "(" + r + ")"
		}
	}
	return strings.Join(rules, " OR ")
}

// depth counts the rows above a row of table (a contract review's: its
// contract and the contract's goal).
func (c *catalog) depth(table string) int {
	n := 0
	for en := c.byTable[table]; en != nil && en.Parent != nil && n < len(c.entities); en = c.byTable[en.Parent.Table] {
		n++
	}
	return n
}

// privateWhere is the SQL condition for the rows of table that are
// private: marked so, or belonging to a private row.
func (c *catalog) privateWhere(table string) string {
	en := c.byTable[table]
	where := "private <> 0"
	if en.Parent != nil && c.byTable[en.Parent.Table].Has("private") {
		where += " OR " + en.Parent.Column + " IN (SELECT id FROM " + en.Parent.Table + " WHERE " + c.privateWhere(en.Parent.Table) + ")"
	}
	return where
}

// synced lists the entities that sync, in their order.
func (c *catalog) synced() []*Entity {
	var out []*Entity
	for i := range c.entities {
		if !c.entities[i].Local {
			out = append(out, &c.entities[i])
		}
	}
	return out
}

// entity returns the description of a table, or nil.
func (c *catalog) entity(table string) *Entity { return c.byTable[table] }

// personal returns how a personal table's ids are derived, or nil.
func (c *catalog) personal(table string) *Personal {
	if en := c.byTable[table]; en != nil {
		return en.Personal
	}
	return nil
}

// personalTables lists the tables of personal rows, sorted.
func (c *catalog) personalTables() []string {
	var out []string
	for _, en := range c.entities {
		if en.Personal != nil {
			out = append(out, en.Table)
		}
	}
	slices.Sort(out)
	return out
}

// keepsLostWords reports whether a field's lost words are kept.
func (c *catalog) keepsLostWords(table, column string) bool {
	_, ok := c.lost[table][column]
	return ok
}

// validRowID reports whether id is an id of table's rows.
func (c *catalog) validRowID(table, id string) bool {
	if en := c.byTable[table]; en != nil && en.Keys == ColumnKeys {
		return model.Column(id).Index() >= 0
	}
	return ValidID(id)
}

// validateField checks a field that arrived from another computer: the
// table and column must be ones the catalog syncs, the row id one Venn
// makes, and the value what a local edit could have written.
func (c *catalog) validateField(table, rowID, col string, v any) error {
	cols, ok := c.checks[table]
	if !ok {
		return fmt.Errorf("%s is not a table Venn syncs", table)
	}
	check, ok := cols[col]
	if !ok {
		return fmt.Errorf("%s.%s is not a field Venn syncs", table, col)
	}
	if !c.validRowID(table, rowID) {
		return fmt.Errorf("%q is not an id Venn makes", rowID)
	}
	if err := check(v); err != nil {
		return fmt.Errorf("%s.%s: %w", table, col, err)
	}
	return nil
}

// ValidateField checks a field that arrived from another computer: the
// table and column must be ones Venn syncs, the row id one Venn makes, and
// the value what a local edit could have written.
func ValidateField(table, rowID, col string, v any) error {
	return venn.validateField(table, rowID, col, v)
}

// Entities returns the descriptions of the rows the store keeps, in the
// export's order (see Entities).
func (s *Store) Entities() []Entity { return slices.Clone(s.cat.entities) }

// Entities returns the descriptions of the rows the transaction's store
// keeps.
func (tx *Tx) Entities() []Entity { return tx.store.Entities() }

// LiveRows reads the rows of an entity that are not deleted, in the order
// of the export — the rows nested in another entity's objects by the row
// they belong to first — each the values of its columns as SQLite holds
// them: id first, then the entity's columns in their order.
func (s *Store) LiveRows(ctx context.Context, table string) ([][]any, error) {
	en := s.cat.entity(table)
	if en == nil {
		return nil, fmt.Errorf("read %s: it is not a table Venn keeps", table)
	}
	query := "SELECT " + strings.Join(s.cat.columns[table], ", ") + " FROM " + table
	if en.Has("deleted") {
		query += " WHERE deleted = 0"
	}
	query += " ORDER BY " + exportOrder(*en)
	rows, err := s.db.QueryContext(ctx, query)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", table, err)
	}
	defer rows.Close()
	var out [][]any
	for rows.Next() {
		v, err := scanValues(rows, len(s.cat.columns[table]))
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", table, err)
		}
		out = append(out, v)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", table, err)
	}
	return out, nil
}

// exportOrder is the SQL order of an entity's rows in the export.
func exportOrder(en Entity) string {
	var order []string
	if x := en.Export; x != nil && x.In != "" {
		order = append(order, x.LinkColumn(en))
	}
	if x := en.Export; x != nil && x.Order != "" {
		order = append(order, x.Order)
	}
	return strings.Join(append(order, "id"), ", ")
}

// LinkColumn is the column naming the row of Export.In a nested row
// belongs to.
func (x Export) LinkColumn(en Entity) string {
	if x.Link != "" || en.Parent == nil {
		return x.Link
	}
	return en.Parent.Column
}
