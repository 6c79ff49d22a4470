package replica

import (
	"context"
	"slices"
	"strconv"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage"
)

// Compaction: a deleted row is kept as a tombstone (its stamps and its
// "deleted" mark) so that a computer that has not heard of the delete yet
// cannot bring the row back. Once every computer has heard of it, the
// tombstone is dead weight, in the database and in every replica.
//
// When has a computer heard of a delete? Each replica holds its writer's
// whole state, and stamps from one computer only grow. So if a file holds
// any stamp of computer O at or after the stamp O gave a delete, its writer
// had merged O's state from after the delete — which held the delete. A
// tombstone is forgotten when every other computer's file in the folder
// holds such a stamp of the delete's computer, every partner of the
// household has a computer among them (so none that has never synced is
// left out), and no file of the household had to be left alone in the
// pass. A conflicted copy is a file like any other: an old one keeps its
// tombstones until it is gone.

// seen is, per computer, the newest of its stamps a file holds.
type seen map[string]model.Stamp

func seenIn(r Replica) seen {
	out := seen{}
	for _, f := range r.Fields {
		if cur, ok := out[f.Stamp.Device]; !ok || f.Stamp.Compare(cur) > 0 {
			out[f.Stamp.Device] = f.Stamp
		}
	}
	return out
}

// heard reports whether every file has heard of what was stamped st.
func heard(files map[string]seen, st model.Stamp) bool {
	for _, sn := range files {
		if got, ok := sn[st.Device]; !ok || got.Compare(st) < 0 {
			return false
		}
	}
	return true
}

// compact forgets the tombstones every computer has heard of.
func (p *mergePass) compact(ctx context.Context) error {
	if p.incomplete || len(p.seen) == 0 || !p.everyPartnerSynced(ctx) {
		return nil
	}
	n, err := p.s.store.DropTombstones(ctx, func(t storage.Tombstone) bool { return heard(p.seen, t.Stamp) })
	if err != nil {
		return err
	}
	p.rep.Compacted = n
	if n > 0 {
		p.s.opts.Logger.Info("forgot deleted rows every computer has heard of", "rows", n)
	}
	return nil
}

// everyPartnerSynced reports whether each partner of the household has a
// computer whose file was read in this pass, or is this computer's.
func (p *mergePass) everyPartnerSynced(ctx context.Context) bool {
	partners, err := p.s.store.Partners(ctx)
	if err != nil || len(partners) == 0 {
		return false
	}
	covered := []string{p.s.opts.PartnerID}
	for name := range p.seen {
		if d, ok := p.s.devices[name]; ok {
			covered = append(covered, d.PartnerID)
		}
	}
	for _, pt := range partners {
		if !slices.Contains(covered, pt.ID) {
			return false
		}
	}
	return true
}

// HeardOf returns whether every one of the given replicas' writers has
// heard of a tombstone, by the rule above: for compaction tests that hold
// replicas in memory rather than in a folder.
func HeardOf(replicas ...Replica) func(storage.Tombstone) bool {
	files := map[string]seen{}
	for i, r := range replicas {
		files[strconv.Itoa(i)] = seenIn(r)
	}
	return func(t storage.Tombstone) bool { return len(files) > 0 && heard(files, t.Stamp) }
}
