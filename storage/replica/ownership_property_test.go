package replica_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"strings"
	"testing"

	"github.com/vennplanner/venn/app"
	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage"
)

// TestOwnershipProperty is the couple's month, at random: two partners on
// two or three computers answer check-ins (for themselves and "as" the
// other), keep private goals and answers, lock and unlock their spaces,
// make goals private and public again, delete, and find hostile files in
// the folder; files arrive late, twice or not at all. Whatever happens:
//
//   - no private word ever leaves its computer (it is in no file sent),
//   - no sealed row is lost (unlocked at the end, every one is back),
//   - no person's answer is destroyed (each computer still holds the last
//     words it wrote for each person, week and prompt),
//   - the honest computers converge on everything they share.
func TestOwnershipProperty(t *testing.T) {
	seeds := ownershipSeeds
	if testing.Short() {
		seeds = 12
	}
	for seed := range seeds {
		t.Run(fmt.Sprint(seed), func(t *testing.T) { runOwnership(t, uint64(seed)) })
	}
}

// couplesMonth is one run's computers and what the invariants need.
type couplesMonth struct {
	t       *testing.T
	rng     *rand.Rand
	w       *world
	devs    []*device
	owner   []model.Partner // whose computer each is
	secrets map[string]int  // private words still private, by the computer that keeps them
	// answers holds the last words each computer wrote for a person, week
	// and prompt.
	answers map[string]string
	// locked is whose space each computer has a lock for ("" for none).
	locks   []string
	sent    []snapshot
	goalIDs []string
	n       int
}

const lockPass = "lantern orchard Tuesday velvet"

func runOwnership(t *testing.T, seed uint64) {
	m := &couplesMonth{t: t, rng: rand.New(rand.NewPCG(seed, 0x0a11)), w: newWorld(), secrets: map[string]int{}, answers: map[string]string{}}
	shared := t.TempDir()
	count := 2 + m.rng.IntN(2)
	for i := range count {
		m.devs = append(m.devs, newDevice(t, m.w, shared, fmt.Sprintf("computer %d", i), 0, ""))
	}
	a, b := m.devs[0].setUp()
	first := snapshotOf(t, m.devs[0])
	for _, d := range m.devs[1:] {
		apply(t, d, first)
	}
	// Maya's laptop, Liam's laptop, and sometimes Maya's desktop.
	m.owner = []model.Partner{a, b, a}[:count]
	m.locks = make([]string, count)
	for i, d := range m.devs {
		if err := d.svc.SetThisPartner(context.Background(), m.owner[i].ID); err != nil {
			t.Fatal(err)
		}
	}
	for range 30 + m.rng.IntN(30) {
		m.w.tick()
		m.step()
	}
	m.finish()
}

// step makes one random move on one computer, then maybe a delivery.
func (m *couplesMonth) step() {
	k := m.rng.IntN(len(m.devs))
	op := m.rng.IntN(10)
	if os.Getenv("VENN_DEBUG_OWN") != "" {
		fmt.Println("step", k, op, "goals", m.goalIDs)
	}
	switch {
	case op < 3:
		m.answer(k)
	case op < 5:
		m.goal(k)
	case op == 5:
		m.lockOrUnlock(k)
	case op == 6:
		m.hostile(k)
	default:
		m.n++ // a quiet moment: only files move
	}
	if m.rng.IntN(2) == 0 {
		m.send(k)
	}
	if len(m.sent) > 0 && m.rng.IntN(2) == 0 {
		s := m.sent[m.rng.IntN(len(m.sent))]
		if to := m.rng.IntN(len(m.devs)); to != s.from {
			m.deliver(to, s)
		}
	}
}

// answer writes a check-in answer on computer k for either partner (for
// the other it is "answering as"), sometimes private for good.
func (m *couplesMonth) answer(k int) {
	ctx := context.Background()
	d := m.devs[k]
	if m.locked(k) {
		return // a locked partner's own answers wait for the unlock
	}
	_, partners, _ := d.svc.Household(ctx)
	p := partners[m.rng.IntN(2)]
	if m.locks[k] == p.ID && d.svc.IsLocked(p.ID) {
		return
	}
	prompts, err := d.svc.Prompts(ctx)
	if err != nil || len(prompts) == 0 {
		return
	}
	m.n++
	prompt := prompts[m.rng.IntN(len(prompts))]
	wk := checkinWeeks[m.rng.IntN(len(checkinWeeks))]
	vis := []model.Visibility{model.VisibleNow, model.VisibleUntilBoth, model.VisiblePrivate}[m.rng.IntN(3)]
	text := fmt.Sprintf("answer %d by computer %d", m.n, k)
	if vis == model.VisiblePrivate {
		text = fmt.Sprintf("PRIVATE answer %d on computer %d", m.n, k)
	}
	in := []app.AnswerInput{{PromptID: prompt.ID, Text: text, Visibility: vis}}
	if err := d.svc.SaveCheckin(ctx, wk, p.ID, in); err != nil {
		m.t.Fatalf("%s: answer: %v", d.name, err)
	}
	key := fmt.Sprintf("%d/%s/%s/%s", k, p.ID, wk, prompt.ID)
	if old := m.answers[key]; strings.HasPrefix(old, "PRIVATE") {
		delete(m.secrets, old) // replaced by its own author: no longer anywhere
	}
	m.answers[key] = text
	if vis == model.VisiblePrivate {
		m.secrets[text] = k
	}
}

// goal makes a goal (sometimes the computer's partner's own and private),
// or flips a goal's privacy, or deletes one.
func (m *couplesMonth) goal(k int) {
	ctx := context.Background()
	d := m.devs[k]
	me := m.owner[k]
	m.n++
	switch op := m.rng.IntN(4); {
	case op < 2 || len(m.goalIDs) == 0:
		private := m.rng.IntN(2) == 0
		title := fmt.Sprintf("goal %d", m.n)
		owner := model.Shared
		if private {
			title = fmt.Sprintf("PRIVATE goal %d of computer %d", m.n, k)
			owner = model.Owner(me.ID)
		}
		g, err := d.svc.CreateGoal(ctx, model.GoalPatch{Title: &title, Owner: &owner, Private: &private})
		if err != nil {
			m.t.Fatalf("%s: goal: %v", d.name, err)
		}
		m.goalIDs = append(m.goalIDs, g.ID)
		if os.Getenv("VENN_DEBUG_OWN") != "" {
			fmt.Println("create", k, g.ID, private, owner)
		}
		if private {
			m.secrets[title] = k
		}
	case op == 2:
		id := m.goalIDs[m.rng.IntN(len(m.goalIDs))]
		g, err := d.svc.Goal(ctx, id)
		if err != nil || g.Owner != model.Owner(me.ID) {
			return // not here, or not this partner's to make private
		}
		if os.Getenv("VENN_DEBUG_OWN") != "" {
			fmt.Println("flip", k, id, g.Private, "->", !g.Private)
		}
		if _, err := d.svc.UpdateGoal(ctx, id, model.GoalPatch{Private: model.Ptr(!g.Private)}); err != nil {
			m.t.Fatalf("%s: privacy: %v", d.name, err)
		}
		if g.Private {
			delete(m.secrets, g.Title) // its owner shared it: no longer a secret
		}
	default:
		id := m.goalIDs[m.rng.IntN(len(m.goalIDs))]
		if g, err := d.svc.Goal(ctx, id); err == nil && !g.Private {
			if os.Getenv("VENN_DEBUG_OWN") != "" {
				fmt.Println("delete", k, id)
			}
			d.svc.DeleteGoal(ctx, id) //nolint:errcheck // may be gone meanwhile
		}
	}
}

// locked reports whether computer k's own partner is locked there.
func (m *couplesMonth) locked(k int) bool {
	return m.locks[k] != "" && m.devs[k].svc.IsLocked(m.locks[k])
}

// lockOrUnlock gives computer k's partner a lock, or locks or unlocks it.
func (m *couplesMonth) lockOrUnlock(k int) {
	ctx := context.Background()
	d := m.devs[k]
	me := m.owner[k].ID
	var err error
	switch {
	case m.locks[k] == "":
		err = d.svc.SetLock(ctx, me, lockPass)
		m.locks[k] = me
	case d.svc.IsLocked(me):
		err = d.svc.Unlock(ctx, me, lockPass)
	default:
		err = d.svc.Lock(ctx, me)
	}
	if err != nil {
		m.t.Fatalf("%s: lock: %v", d.name, err)
	}
}

// hostile puts a file in the folder that tries to change what is private
// or one person's words on computer k, with stamps far newer than theirs.
func (m *couplesMonth) hostile(k int) {
	ctx := context.Background()
	d := m.devs[k]
	at := model.Stamp{WallMS: d.now().UnixMilli() + 10_000, Device: mallory}
	var fields []storage.SyncField
	answers, _ := d.svc.Store().AllAnswers(ctx)
	for _, a := range answers {
		fields = append(fields,
			storage.SyncField{Table: "checkins", RowID: a.ID, Column: "private", Value: int64(0), Stamp: at},
			storage.SyncField{Table: "checkins", RowID: a.ID, Column: "answer", Value: "overwritten by a file", Stamp: at},
			storage.SyncField{Table: "checkins", RowID: a.ID, Column: "deleted", Value: int64(1), Stamp: at})
	}
	for _, id := range m.goalIDs {
		fields = append(fields, storage.SyncField{Table: "goals", RowID: id, Column: "private", Value: int64(0), Stamp: at})
	}
	res, err := d.svc.Store().ApplyFields(ctx, fields)
	if err != nil {
		m.t.Fatalf("%s: a hostile file: %v", d.name, err)
	}
	if os.Getenv("VENN_DEBUG_OWN") != "" {
		fmt.Println("hostile", k, "fields", res.Fields, "protected", res.Protected)
	}
	if err := d.svc.ReleaseHeldAnswers(ctx); err != nil {
		m.t.Fatal(err)
	}
	// A file may make a shared goal public that was shared anyway; private
	// rows and words must be exactly as they were.
	m.checkSecretsStay(k)
}

// send snapshots computer k's file, and checks no secret of any computer
// is in it.
func (m *couplesMonth) send(k int) {
	s := snapshotOf(m.t, m.devs[k])
	s.from = k
	for _, f := range s.r.Fields {
		if v, ok := f.Value.(string); ok {
			if _, secret := m.secrets[v]; secret {
				m.t.Fatalf("%s sent a private word: %q (%s.%s)", m.devs[k].name, v, f.Table, f.Column)
			}
		}
	}
	m.sent = append(m.sent, s)
}

// deliver merges a file into computer to, as an honest computer's: nothing
// refused (what is protected is left alone, not refused).
func (m *couplesMonth) deliver(to int, s snapshot) {
	d := m.devs[to]
	res, err := d.svc.Store().ApplyFields(context.Background(), s.r.Fields)
	if os.Getenv("VENN_DEBUG_OWN") != "" {
		fmt.Println("deliver", s.from, "->", to, "fields", res.Fields, "withdrawn", res.Withdrawn, "kept", res.Kept, "protected", res.ProtectedRows)
	}
	if err != nil {
		m.t.Fatalf("%s: merge: %v", d.name, err)
	}
	if res.RefusedCount > 0 {
		m.t.Fatalf("%s: an honest computer's fields were refused: %+v", d.name, res.Refused)
	}
	if err := d.svc.ReleaseHeldAnswers(context.Background()); err != nil {
		m.t.Fatal(err)
	}
}

// checkSecretsStay checks computer k still holds each secret it keeps
// (unless its partner is locked: then it is sealed) and still holds the
// last words it wrote for each person, week and prompt.
func (m *couplesMonth) checkSecretsStay(k int) {
	if m.locked(k) {
		return
	}
	export := m.devs[k].export()
	for secret, at := range m.secrets {
		if at == k && !strings.Contains(export, secret) {
			m.t.Fatalf("%s lost its private %q", m.devs[k].name, secret)
		}
	}
	for key, text := range m.answers {
		if strings.HasPrefix(key, fmt.Sprint(k, "/")) && !strings.Contains(export, text) {
			m.t.Fatalf("%s lost the answer it wrote: %q", m.devs[k].name, text)
		}
	}
}

// finish unlocks every space, delivers every computer's last file to every
// other, twice, and checks the invariants.
func (m *couplesMonth) finish() {
	ctx := context.Background()
	for k, d := range m.devs {
		if m.locks[k] != "" && d.svc.IsLocked(m.locks[k]) {
			if err := d.svc.Unlock(ctx, m.locks[k], lockPass); err != nil {
				m.t.Fatalf("%s: unlock: %v", d.name, err)
			}
		}
	}
	for range 2 {
		var finals []snapshot
		for i := range m.devs {
			m.send(i)
			finals = append(finals, m.sent[len(m.sent)-1])
		}
		for _, i := range m.rng.Perm(len(m.devs)) {
			for _, j := range m.rng.Perm(len(m.devs)) {
				if i != j {
					m.deliver(i, finals[j])
				}
			}
		}
	}
	for k := range m.devs {
		m.checkSecretsStay(k)
		for secret, at := range m.secrets {
			if at != k && strings.Contains(m.devs[k].export(), secret) {
				m.t.Fatalf("%s holds %s's private %q", m.devs[k].name, m.devs[at].name, secret)
			}
		}
	}
	m.requireShared()
}

// requireShared checks the computers agree on every field they share: all
// but the rows private on one of them (which the others never have, or —
// when a hostile file made one up under a private row's id — cannot touch
// there).
func (m *couplesMonth) requireShared() {
	private := map[string]bool{}
	for _, d := range m.devs {
		for _, table := range []string{"goals", "checkins", "goal_steps", "goal_labels"} {
			rows, err := d.svc.Store().DB().Query("SELECT id FROM " + table + " WHERE private <> 0")
			if err != nil {
				m.t.Fatal(err)
			}
			for rows.Next() {
				var id string
				rows.Scan(&id) //nolint:errcheck // a test's read
				private[id] = true
			}
			rows.Close()
		}
	}
	want := sharedFields(m.t, m.devs[0], private)
	for _, d := range m.devs[1:] {
		if got := sharedFields(m.t, d, private); got != want {
			m.t.Fatalf("%s and %s differ in what they share:\n%s", m.devs[0].name, d.name, diffLine(want, got))
		}
	}
}

// sharedFields is every field a computer would write to its file, as text,
// but the rows private somewhere and the tombstones (a computer that never
// had a row keeps none of its delete).
func sharedFields(t *testing.T, d *device, private map[string]bool) string {
	t.Helper()
	fields, err := d.svc.Store().SyncedFields(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	deleted := map[string]bool{}
	for _, f := range fields {
		if f.Column == "deleted" && f.Value == int64(1) {
			deleted[f.RowID] = true
		}
	}
	var sb strings.Builder
	for _, f := range fields {
		if private[f.RowID] || deleted[f.RowID] {
			continue
		}
		fmt.Fprintf(&sb, "%s %s %s %v %s\n", f.Table, f.RowID, f.Column, f.Value, f.Stamp)
	}
	return sb.String()
}
