package storage

import (
	"fmt"

	"github.com/vennplanner/venn/model"
)

// Ownership in the merge: last writer wins is right for what the couple
// shares and wrong for what belongs to one person. Before a merge takes a
// field from another computer, it asks whose the row is here:
//
//   - A row that is private or sealed on this computer (its own flag, the
//     flag of the item it belongs to, or a partner's lock) is never changed
//     by another computer's file, whatever the stamp: the other computer
//     cannot see it, so it cannot have meant to change it. Nor may a file
//     hang a new row under such an item (a step on a private goal).
//   - One person's words — check-in answers, health checks, closeness,
//     ratings, the requests and appreciations they wrote — are changed only
//     by the computer that wrote them. Each computer writes such rows under
//     ids of its own (PersonalID), so the other partner's computer never
//     addresses them; a file that tries is not merged.
//
// Such fields are not errors of the file (an honest computer can send a
// late edit of a goal its owner has since made private): they are counted
// apart from refusals, as Protected.

// IsAuthored reports whether a column of table holds one person's words,
// changed only on the computer that wrote them (Entity.Author).
func IsAuthored(table, column string) bool {
	a, ok := venn.authored[table]
	return ok && !a.open[column]
}

// guard holds, for one merge, the rows of the touched tables that no other
// computer may change here: "table\x00id" keys.
type guard struct {
	closed map[string]bool // private here, belonging to a private item, or sealed
	// privateParents are, per table that others belong to, its private and
	// sealed ids: a new row may not be hung under them.
	privateParents map[string]map[string]bool
}

// loadGuard reads which rows of the touched tables are private or sealed
// here.
func (tx *Tx) loadGuard(touched map[string]bool) (guard, error) {
	g := guard{closed: map[string]bool{}, privateParents: map[string]map[string]bool{}}
	private, err := tx.store.cat.privateParents(tx.ctx, tx.tx)
	if err != nil {
		return g, err
	}
	sealed, err := tx.sealedIDs()
	if err != nil {
		return g, err
	}
	for table, ids := range private {
		g.privateParents[table] = ids
	}
	for table, ids := range sealed {
		if g.privateParents[table] == nil {
			g.privateParents[table] = map[string]bool{}
		}
		for id := range ids {
			g.privateParents[table][id] = true
			g.closed[rowKey(table, id)] = true
		}
	}
	for table := range touched {
		en := tx.store.cat.entity(table)
		if en == nil || en.Local {
			continue
		}
		if en.Has("private") {
			ids, err := tx.idsWhereAny(table, "private <> 0")
			if err != nil {
				return g, err
			}
			for _, id := range ids {
				g.closed[rowKey(table, id)] = true
			}
		}
		if p, ok := tx.store.cat.parents[table]; ok {
			for id := range private[p.Table] {
				children, err := tx.idsWhereAny(table, p.Column+" = ?", id)
				if err != nil {
					return g, err
				}
				for _, c := range children {
					g.closed[rowKey(table, c)] = true
				}
			}
		}
	}
	return g, nil
}

// sealedIDs returns the sealed rows by table.
func (tx *Tx) sealedIDs() (map[string]map[string]bool, error) {
	rows, err := tx.tx.QueryContext(tx.ctx, "SELECT tbl, row_id FROM sealed")
	if err != nil {
		return nil, fmt.Errorf("read sealed items: %w", err)
	}
	defer rows.Close()
	out := map[string]map[string]bool{}
	for rows.Next() {
		var t, id string
		if err := rows.Scan(&t, &id); err != nil {
			return nil, fmt.Errorf("read sealed items: %w", err)
		}
		if out[t] == nil {
			out[t] = map[string]bool{}
		}
		out[t][id] = true
	}
	return out, rows.Err()
}

// idsWhereAny lists the ids of a table's rows matching where, deleted or not.
func (tx *Tx) idsWhereAny(table, where string, args ...any) ([]string, error) {
	rows, err := tx.tx.QueryContext(tx.ctx, "SELECT id FROM "+table+" WHERE "+where, args...)
	if err != nil {
		return nil, fmt.Errorf("list %s: %w", table, err)
	}
	defer rows.Close()
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("list %s: %w", table, err)
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

// protection says why no field of a row from another computer may be
// merged here, or "": the row is private or sealed here, or it would hang
// under a private item.
func (g guard) protection(cat *catalog, table, id string, fields []SyncField) string {
	if g.closed[rowKey(table, id)] {
		return "is private on this computer; another computer cannot change it"
	}
	if p, ok := cat.parents[table]; ok {
		for _, f := range fields {
			if f.Column != p.Column {
				continue
			}
			if parent, _ := f.Value.(string); g.privateParents[p.Table][parent] {
				return "belongs to an item that is private on this computer"
			}
		}
	}
	return ""
}

// authorRefusal says why a remote field of one person's words may not be
// merged: the row exists here, written by another computer than the one
// the field comes from. local holds the row's stamps here.
func (c *catalog) authorRefusal(f SyncField, local map[string]string) string {
	a, ok := c.authored[f.Table]
	if !ok || a.open[f.Column] {
		return ""
	}
	made := local[a.author]
	if made == "" {
		return "" // a row new here: whoever sends it wrote it
	}
	if stampDevice(made) == f.Stamp.Device {
		return ""
	}
	return "is one person's words, written on another computer; only that computer changes them"
}

// stampDevice returns the device of an encoded stamp without parsing the
// rest ("000001763800000000-0000000003-<device>").
func stampDevice(encoded string) string {
	const prefix = 15 + 1 + 10 + 1
	if len(encoded) <= prefix {
		return ""
	}
	return encoded[prefix:]
}

// WrittenElsewhere reports whether a row of one person's words was written
// on another computer, which alone may change it (Entity.Author).
func (tx *Tx) WrittenElsewhere(table, id string) (bool, error) {
	a, ok := tx.store.cat.authored[table]
	if !ok {
		return false, nil
	}
	made, err := tx.FieldStamp(table, id, a.author)
	if err != nil {
		return false, err
	}
	return made.Device != "" && made.Device != tx.store.device, nil
}

// writers is, for one merge, who may send the rows and marks only a
// partner's own computer writes (Entity.OwnComputer, Column.Slot): which
// partner each computer known here belongs to, and who sits in each slot.
type writers struct {
	partnerOf map[string]string // device → partner id
	inSlot    map[model.Slot]string
}

// loadWriters reads them when a touched table needs them.
func (tx *Tx) loadWriters(touched map[string]bool) (writers, error) {
	var w writers
	needed := false
	for table := range touched {
		_, own := tx.store.cat.ownComputer[table]
		needed = needed || own || tx.store.cat.slots[table] != nil
	}
	if !needed {
		return w, nil
	}
	var err error
	if w.partnerOf, err = tx.store.devicePartnersQ(tx.ctx, tx.tx); err != nil {
		return w, err
	}
	partners, err := tx.Partners()
	if err != nil {
		return w, err
	}
	w.inSlot = map[model.Slot]string{}
	for _, p := range partners {
		w.inSlot[p.Slot] = p.ID
	}
	return w, nil
}

// screen returns the fields of one row that its writers' rules let in,
// with why the others were left out (""): a row new here that names
// another partner than the one whose computer stamped it is left whole; a
// slot's mark stamped by another partner's computer is left alone. A row
// already here is the author rule's (authorRefusal).
func (w writers) screen(cat *catalog, group []SyncField, local map[string]string) ([]SyncField, string) {
	table := group[0].Table
	if author, ok := cat.ownComputer[table]; ok && local[author] == "" {
		person := ""
		for _, f := range group {
			if f.Column == author {
				person, _ = f.Value.(string)
			}
		}
		for _, f := range group {
			if person == "" || w.partnerOf[f.Stamp.Device] != person {
				return nil, "names another partner than the one whose computer wrote it; each partner rates on their own computer"
			}
		}
	}
	slots := cat.slots[table]
	if slots == nil {
		return group, ""
	}
	kept, why := group[:0:0], ""
	for _, f := range group {
		if s, ok := slots[f.Column]; ok && (w.inSlot[s] == "" || w.partnerOf[f.Stamp.Device] != w.inSlot[s]) {
			why = "says a partner did it, but came from another computer than theirs"
			continue
		}
		kept = append(kept, f)
	}
	return kept, why
}
