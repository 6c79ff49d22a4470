package replica_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/vennplanner/venn/app"
	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage"
	"github.com/vennplanner/venn/storage/replica"
)

// world is a fake wall clock shared by simulated devices; each device may
// run ahead or behind it.
type world struct {
	mu  sync.Mutex
	now time.Time
	// household is the household set up first: computers without one yet
	// join it, as the join screen would have them do.
	household string
}

func newWorld() *world { return &world{now: time.Date(2026, 11, 22, 18, 0, 0, 0, time.UTC)} }

func (w *world) tick() {
	w.mu.Lock()
	w.now = w.now.Add(1500 * time.Millisecond)
	w.mu.Unlock()
}

func (w *world) clock(skew time.Duration) func() time.Time {
	return func() time.Time {
		w.mu.Lock()
		defer w.mu.Unlock()
		return w.now.Add(skew)
	}
}

// device is one simulated computer: its own data folder, clock and syncer
// over a shared folder.
type device struct {
	t          *testing.T
	name       string
	svc        *app.Service
	syncer     *replica.Syncer
	world      *world
	shared     string
	passphrase string
	now        func() time.Time
}

func newDevice(t *testing.T, w *world, shared, name string, skew time.Duration, passphrase string) *device {
	t.Helper()
	return openDeviceWith(t, w, shared, t.TempDir(), name, skew, passphrase)
}

func openDevice(t *testing.T, w *world, shared, dataDir, name string) *device {
	t.Helper()
	return openDeviceWith(t, w, shared, dataDir, name, 0, "")
}

func openDeviceWith(t *testing.T, w *world, shared, dataDir, name string, skew time.Duration, passphrase string) *device {
	t.Helper()
	now := w.clock(skew)
	svc, err := app.Open(context.Background(), dataDir, app.Options{Now: now, LockWorkFactor: 10})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { svc.Close() })
	d := &device{t: t, name: name, svc: svc, world: w, shared: shared, passphrase: passphrase, now: now}
	d.syncer = d.newSyncer()
	return d
}

func (d *device) newSyncer() *replica.Syncer {
	d.world.mu.Lock()
	household := d.world.household
	d.world.mu.Unlock()
	return replica.New(d.svc.Store(), replica.Options{Folder: d.shared, DeviceName: d.name, Passphrase: d.passphrase, Now: d.now,
		Household: household, AfterMerge: d.svc.ReleaseHeldAnswers})
}

func (d *device) sync() replica.Report {
	d.t.Helper()
	d.world.tick()
	if _, _, err := d.svc.Household(context.Background()); err != nil {
		d.syncer = d.newSyncer() // not joined yet: join the household set up first
	}
	rep, err := d.syncer.Pass(context.Background())
	if err != nil {
		d.t.Fatalf("%s: sync: %v", d.name, err)
	}
	return rep
}

func (d *device) setUp() (a, b model.Partner) {
	d.t.Helper()
	err := d.svc.SaveHousehold(context.Background(), app.HouseholdSetup{
		Name: "Maya & Liam", Currency: "EUR", WeekStart: time.Monday,
		A: app.PartnerSetup{Name: "Maya", Color: "#3b82f6"}, B: app.PartnerSetup{Name: "Liam", Color: "#e07a5f"},
	})
	if err != nil {
		d.t.Fatal(err)
	}
	h, partners, _ := d.svc.Household(context.Background())
	d.world.mu.Lock()
	d.world.household = h.ID
	d.world.mu.Unlock()
	return partners[0], partners[1]
}

func (d *device) create(title string, p model.GoalPatch) model.Goal {
	d.t.Helper()
	d.world.tick()
	p.Title = &title
	g, err := d.svc.CreateGoal(context.Background(), p)
	if err != nil {
		d.t.Fatal(err)
	}
	return g
}

func (d *device) update(id string, p model.GoalPatch) {
	d.t.Helper()
	d.world.tick()
	if _, err := d.svc.UpdateGoal(context.Background(), id, p); err != nil {
		d.t.Fatalf("%s: update: %v", d.name, err)
	}
}

func (d *device) goal(id string) (model.Goal, error) { return d.svc.Goal(context.Background(), id) }

var exportedAt = regexp.MustCompile(`"exported_at": "[^"]*"`)

func (d *device) export() string {
	d.t.Helper()
	var buf bytes.Buffer
	if err := d.svc.Export(context.Background(), &buf); err != nil {
		d.t.Fatal(err)
	}
	return exportedAt.ReplaceAllString(buf.String(), "")
}

func requireSame(t *testing.T, devices ...*device) {
	t.Helper()
	first := devices[0].export()
	races := racesOf(t, devices[0])
	for _, d := range devices[1:] {
		if got := d.export(); got != first {
			t.Fatalf("%s and %s differ after sync:\n%s", devices[0].name, d.name, diffLine(first, got))
		}
		if got := racesOf(t, d); got != races {
			t.Fatalf("%s and %s keep different edits made at the same time:\n%s", devices[0].name, d.name, diffLine(races, got))
		}
	}
}

// racesOf is every race a computer keeps, as text (the export leaves them out).
func racesOf(t *testing.T, d *device) string {
	t.Helper()
	cs, err := d.svc.Store().Conflicts(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var sb strings.Builder
	for _, c := range cs {
		fmt.Fprintf(&sb, "%s %s.%s %s lost %q (%s) kept %q (%s) combined %v\n", c.ID, c.Table, c.Column, c.Row, c.Lost, c.LostStamp, c.Kept, c.KeptStamp, c.Combined)
	}
	return sb.String()
}

func diffLine(a, b string) string {
	la, lb := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := range min(len(la), len(lb)) {
		if la[i] != lb[i] {
			from := max(0, i-12)
			return strings.Join(la[from:i+1], "\n") + "\n   vs " + lb[i]
		}
	}
	return "one is longer"
}

func TestTwoDevicesJoinAndConverge(t *testing.T) {
	w, shared := newWorld(), t.TempDir()
	maya := newDevice(t, w, shared, "Maya's laptop", 0, "")
	liam := newDevice(t, w, shared, "Liam's laptop", 0, "")
	maya.setUp()
	maya.create("Two weeks in Italy", model.GoalPatch{Labels: &[]string{"travel"}})
	maya.sync()
	rep := liam.sync()
	if len(rep.Merged) != 1 || !rep.Changed {
		t.Fatalf("Liam's first sync merged %+v", rep.Merged)
	}
	if _, partners, err := liam.svc.Household(context.Background()); err != nil || partners[1].Name != "Liam" {
		t.Fatalf("Liam's computer did not receive the household: %v", err)
	}
	maya.sync()
	requireSame(t, maya, liam)
	if len(rep.Devices) != 1 || rep.Devices[0].Name != "Maya's laptop" {
		t.Fatalf("devices seen: %+v", rep.Devices)
	}
}

func TestConcurrentEditsOfDifferentFieldsBothSurvive(t *testing.T) {
	w, shared := newWorld(), t.TempDir()
	maya := newDevice(t, w, shared, "maya", 0, "")
	liam := newDevice(t, w, shared, "liam", 0, "")
	maya.setUp()
	g := maya.create("Save for a house", model.GoalPatch{})
	maya.sync()
	liam.sync()
	// Offline, both edit the goal: Maya its notes, Liam its title.
	maya.update(g.ID, model.GoalPatch{Notes: model.Ptr("€40,000 by next year")})
	liam.update(g.ID, model.GoalPatch{Title: model.Ptr("Save for our first home")})
	maya.sync()
	liam.sync()
	maya.sync()
	for _, d := range []*device{maya, liam} {
		got, _ := d.goal(g.ID)
		if got.Title != "Save for our first home" || got.Notes != "€40,000 by next year" {
			t.Fatalf("%s has %q / %q", d.name, got.Title, got.Notes)
		}
	}
	requireSame(t, maya, liam)
}

func TestSameFieldLaterEditWins(t *testing.T) {
	w, shared := newWorld(), t.TempDir()
	maya := newDevice(t, w, shared, "maya", 0, "")
	liam := newDevice(t, w, shared, "liam", 0, "")
	maya.setUp()
	g := maya.create("Dog", model.GoalPatch{})
	maya.sync()
	liam.sync()
	maya.update(g.ID, model.GoalPatch{Title: model.Ptr("Adopt a dog")})
	liam.update(g.ID, model.GoalPatch{Title: model.Ptr("Adopt a rescue dog")}) // later
	// Deliver in the "wrong" order: the later edit arrives first.
	liam.sync()
	maya.sync()
	liam.sync()
	for _, d := range []*device{maya, liam} {
		if got, _ := d.goal(g.ID); got.Title != "Adopt a rescue dog" {
			t.Fatalf("%s kept %q", d.name, got.Title)
		}
	}
}

// TestDeleteVersusEditInBothOrders: Maya deletes a goal while Liam, who has
// not seen the delete yet, edits it. The later of the two wins, on both
// computers: an edit made after the delete brings the goal back (with
// everything it had, and the edit); a delete made after the edit stays.
func TestDeleteVersusEditInBothOrders(t *testing.T) {
	for _, deleteFirst := range []bool{true, false} {
		w, shared := newWorld(), t.TempDir()
		maya := newDevice(t, w, shared, "maya", 0, "")
		liam := newDevice(t, w, shared, "liam", 0, "")
		maya.setUp()
		g := maya.create("Paint the hallway", model.GoalPatch{})
		maya.sync()
		liam.sync()
		del := func() {
			w.tick()
			if err := maya.svc.DeleteGoal(context.Background(), g.ID); err != nil {
				t.Fatal(err)
			}
		}
		edit := func() { w.tick(); liam.update(g.ID, model.GoalPatch{Notes: model.Ptr("white")}) }
		if deleteFirst {
			del()
			edit()
		} else {
			edit()
			del()
		}
		liam.sync()
		maya.sync()
		liam.sync()
		for _, d := range []*device{maya, liam} {
			got, err := d.goal(g.ID)
			switch {
			case deleteFirst && (err != nil || got.Notes != "white" || got.Title != "Paint the hallway"):
				t.Fatalf("edited after the delete: %s has %+v, %v; want the goal back with the edit", d.name, got, err)
			case !deleteFirst && !errors.Is(err, app.ErrGoalGone):
				t.Fatalf("deleted after the edit: %s still has the goal (%v)", d.name, err)
			}
		}
		requireSame(t, maya, liam)
	}
}

func TestRestoreAfterDelete(t *testing.T) {
	w, shared := newWorld(), t.TempDir()
	maya := newDevice(t, w, shared, "maya", 0, "")
	liam := newDevice(t, w, shared, "liam", 0, "")
	maya.setUp()
	g := maya.create("Garden party", model.GoalPatch{})
	maya.sync()
	liam.sync()
	w.tick()
	maya.svc.DeleteGoal(context.Background(), g.ID)
	maya.sync()
	liam.sync()
	if _, err := liam.goal(g.ID); err == nil {
		t.Fatal("delete did not reach Liam")
	}
	w.tick()
	err := liam.svc.Store().Update(context.Background(), func(tx *storage.Tx) error {
		return tx.SetFields("goals", g.ID, storage.Field{Name: "deleted", Value: false})
	})
	if err != nil {
		t.Fatal(err)
	}
	liam.sync()
	maya.sync()
	if got, err := maya.goal(g.ID); err != nil || got.Title != "Garden party" {
		t.Fatalf("restore did not reach Maya: %v", err)
	}
	requireSame(t, maya, liam)
}

func TestClockSkewNeverBlocksAMerge(t *testing.T) {
	for _, skew := range []time.Duration{time.Hour, -time.Hour, 20 * time.Hour, -20 * time.Hour} {
		w, shared := newWorld(), t.TempDir()
		maya := newDevice(t, w, shared, "maya", 0, "")
		liam := newDevice(t, w, shared, "liam", skew, "")
		maya.setUp()
		g := maya.create("Learn Italian", model.GoalPatch{})
		maya.sync()
		liam.sync()
		liam.update(g.ID, model.GoalPatch{Notes: model.Ptr("Thursday group")})
		maya.update(g.ID, model.GoalPatch{Labels: &[]string{"learning"}})
		liam.sync()
		rep := maya.sync()
		liam.sync()
		got, _ := maya.goal(g.ID)
		if got.Notes != "Thursday group" || len(got.Labels) != 1 {
			t.Fatalf("skew %v: edits lost: %+v", skew, got)
		}
		requireSame(t, maya, liam)
		if skew > 0 && len(rep.Warnings) == 0 {
			t.Errorf("skew %v: no warning shown", skew)
		}
		// A later edit on the computer whose clock is behind still wins once
		// it has seen the other computer's edits (the clock moves past them).
		maya.sync()
		liam.update(g.ID, model.GoalPatch{Title: model.Ptr("Learn Italian together")})
		liam.sync()
		maya.sync()
		if got, _ := maya.goal(g.ID); got.Title != "Learn Italian together" {
			t.Fatalf("skew %v: a later edit after seeing the other side lost: %q", skew, got.Title)
		}
	}
}

func TestPrivateGoalNeverReachesTheSharedFolder(t *testing.T) {
	for _, pass := range []string{"", "correct horse battery staple"} {
		w, shared := newWorld(), t.TempDir()
		maya := newDevice(t, w, shared, "maya", 0, pass)
		liam := newDevice(t, w, shared, "liam", 0, pass)
		mayaP, _ := maya.setUp()
		const secret = "Surprise trip for Liam's birthday"
		priv := maya.create(secret, model.GoalPatch{Private: model.Ptr(true), Notes: model.Ptr("book the cabin")})
		open := maya.create("Two weeks in Italy", model.GoalPatch{Owner: model.Ptr(model.Owner(mayaP.ID))})
		both := maya.create("Paint the hallway", model.GoalPatch{})
		maya.sync()
		liam.sync()
		if _, err := liam.goal(priv.ID); err == nil {
			t.Fatal("a private goal reached the partner")
		}
		if _, err := liam.goal(open.ID); err != nil {
			t.Fatal("a shared goal did not reach the partner")
		}
		// Maya turning her own goal private withdraws it from the partner.
		maya.update(open.ID, model.GoalPatch{Private: model.Ptr(true)})
		maya.sync()
		rep := liam.sync()
		if _, err := liam.goal(open.ID); err == nil {
			t.Fatalf("a goal made private is still on the partner's computer (%+v)", rep.Merged)
		}
		assertNotInFolder(t, shared, secret, "book the cabin", "Two weeks in Italy")
		// A shared goal is both of theirs: one of them keeping it on their
		// own computer does not take it away from the other.
		maya.update(both.ID, model.GoalPatch{Private: model.Ptr(true)})
		maya.sync()
		liam.sync()
		if got, err := liam.goal(both.ID); err != nil || got.Title != "Paint the hallway" {
			t.Fatalf("a shared goal made private on Maya's computer left Liam's: %v", err)
		}
		// And making it shared again brings it back.
		maya.update(open.ID, model.GoalPatch{Private: model.Ptr(false)})
		maya.sync()
		liam.sync()
		if got, err := liam.goal(open.ID); err != nil || got.Title != "Two weeks in Italy" {
			t.Fatalf("a goal made shared again did not come back: %v", err)
		}
	}
}

func TestCheckinAnswersWaitForBothAndPrivateOnesNeverLeave(t *testing.T) {
	ctx := context.Background()
	w, shared := newWorld(), t.TempDir()
	maya := newDevice(t, w, shared, "maya", 0, "")
	liam := newDevice(t, w, shared, "liam", 0, "")
	a, b := maya.setUp()
	prompts, err := maya.svc.Prompts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	maya.sync()
	liam.sync()
	week := model.Date{Year: 2026, Month: 11, Day: 16}
	const mayaWaits, mayaPrivate = "MAYA-WAITS the long run", "MAYA-PRIVATE the thing I keep to myself"
	const liamWaits, liamPrivate = "LIAM-WAITS band practice", "LIAM-PRIVATE some evenings alone"
	err = maya.svc.SaveCheckin(ctx, week, a.ID, []app.AnswerInput{
		{PromptID: prompts[0].ID, Text: mayaWaits},
		{PromptID: prompts[2].ID, Text: mayaPrivate, Visibility: model.VisiblePrivate},
	})
	if err != nil {
		t.Fatal(err)
	}
	maya.sync()
	liam.sync()
	assertNotInFolder(t, shared, mayaWaits, mayaPrivate)
	view, err := liam.svc.Checkin(ctx, week, b.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !view.Marks.AnsweredA || view.Marks.AnsweredB {
		t.Fatalf("Liam's computer should know Maya answered: %+v", view.Marks)
	}
	if _, ok := view.Answer(a.ID, prompts[0].ID); ok {
		t.Fatal("Maya's answer reached Liam before he answered")
	}

	err = liam.svc.SaveCheckin(ctx, week, b.ID, []app.AnswerInput{
		{PromptID: prompts[0].ID, Text: liamWaits},
		{PromptID: prompts[2].ID, Text: liamPrivate, Visibility: model.VisiblePrivate},
	})
	if err != nil {
		t.Fatal(err)
	}
	liam.sync()
	maya.sync() // Maya's computer sees both have answered and lets hers go
	liam.sync()
	view, _ = liam.svc.Checkin(ctx, week, b.ID)
	if got, ok := view.Answer(a.ID, prompts[0].ID); !ok || !got.Shown || got.Text != mayaWaits {
		t.Fatalf("after both answered, Liam sees %+v (%v)", got, ok)
	}
	if _, ok := view.Answer(a.ID, prompts[2].ID); ok {
		t.Fatal("Maya's private answer reached Liam's computer")
	}
	mv, _ := maya.svc.Checkin(ctx, week, a.ID)
	if got, ok := mv.Answer(b.ID, prompts[0].ID); !ok || got.Text != liamWaits {
		t.Fatalf("Maya does not see Liam's answer: %+v", got)
	}
	assertNotInFolder(t, shared, mayaPrivate, liamPrivate)
	if !inFolder(shared, mayaWaits) {
		t.Fatal("the shared answer is not in the folder: the search above would prove nothing")
	}

	// Making a shared answer private for good withdraws it from the partner.
	err = maya.svc.SaveCheckin(ctx, week, a.ID, []app.AnswerInput{{PromptID: prompts[0].ID, Text: mayaWaits, Visibility: model.VisiblePrivate}})
	if err != nil {
		t.Fatal(err)
	}
	maya.sync()
	liam.sync()
	view, _ = liam.svc.Checkin(ctx, week, b.ID)
	if _, ok := view.Answer(a.ID, prompts[0].ID); ok {
		t.Fatal("an answer made private is still on Liam's computer")
	}
	assertNotInFolder(t, shared, mayaWaits, mayaPrivate, liamPrivate)
}

func inFolder(dir, s string) bool {
	found := false
	filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			data, _ := os.ReadFile(path)
			found = found || bytes.Contains(replica.Uncompressed(data), []byte(s))
		}
		return nil
	})
	return found
}

func assertNotInFolder(t *testing.T, dir string, secrets ...string) {
	t.Helper()
	filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, _ := os.ReadFile(path)
		data = replica.Uncompressed(data)
		for _, s := range secrets {
			if bytes.Contains(data, []byte(s)) {
				t.Errorf("%q found in %s", s, path)
			}
		}
		return nil
	})
}

func TestPassphrase(t *testing.T) {
	w, shared := newWorld(), t.TempDir()
	maya := newDevice(t, w, shared, "maya", 0, "our secret words")
	maya.setUp()
	maya.create("Couples' dance class", model.GoalPatch{})
	maya.sync()
	assertNotInFolder(t, shared, "Couples' dance class", "Maya")

	for _, c := range []struct {
		pass string
		want error
	}{{"", replica.ErrNeedPassphrase}, {"wrong words", replica.ErrWrongPassphrase}} {
		liam := newDevice(t, w, shared, "liam", 0, c.pass)
		rep := liam.sync()
		mayaFile := replica.FileName(maya.svc.Store().Device())
		if !skippedBecause(rep, mayaFile, "passphrase") {
			t.Fatalf("passphrase %q: skipped %+v", c.pass, rep.Skipped)
		}
		if _, _, err := liam.svc.Household(context.Background()); err == nil {
			t.Fatal("an unreadable replica was merged")
		}
		_, err := replica.Read(context.Background(), filepath.Join(replica.Dir(shared), replica.FileName(maya.svc.Store().Device())), c.pass)
		if !errors.Is(err, c.want) {
			t.Fatalf("passphrase %q: %v, want %v", c.pass, err, c.want)
		}
	}
	liam := newDevice(t, w, shared, "liam", 0, "our secret words")
	liam.sync()
	requireSame(t, maya, liam)
}

func skippedBecause(rep replica.Report, file, words string) bool {
	for _, s := range rep.Skipped {
		if s.File == file && strings.Contains(s.Reason, words) {
			return true
		}
	}
	return false
}

// TestAClockAYearAheadIsHeldBackThenRecovers: a computer whose clock is a
// year ahead would stamp edits that win every later edit for a year. Its
// partner holds them back and says which clock to fix; once it is fixed, the
// next start renews its stamps and its edits arrive.
func TestAClockAYearAheadIsHeldBackThenRecovers(t *testing.T) {
	w, shared := newWorld(), t.TempDir()
	maya := newDevice(t, w, shared, "Maya's laptop", 0, "")
	liamDir := t.TempDir()
	liam := openDeviceWith(t, w, shared, liamDir, "Liam's laptop", 365*24*time.Hour, "")
	maya.setUp()
	g := maya.create("Learn Italian", model.GoalPatch{})
	maya.sync()
	liam.sync()
	if _, err := liam.goal(g.ID); err != nil {
		t.Fatal("Maya's goal did not reach the computer whose clock is ahead")
	}
	liam.update(g.ID, model.GoalPatch{Notes: model.Ptr("Thursday group")})
	liam.sync()
	rep := maya.sync()
	if got, _ := maya.goal(g.ID); got.Notes != "" {
		t.Fatalf("an edit stamped a year ahead was merged: %q", got.Notes)
	}
	warned := false
	for _, warn := range rep.Warnings {
		if strings.Contains(warn, "Liam's laptop") && strings.Contains(warn, "ahead") {
			warned = true
		}
	}
	if !warned {
		t.Fatalf("no warning names the clock to fix: %q", rep.Warnings)
	}
	// Maya goes on editing; her edit is not beaten by the stamp from the future.
	maya.update(g.ID, model.GoalPatch{Title: model.Ptr("Learn Italian together")})
	maya.sync()

	// Liam's clock is put right and Venn starts again.
	if err := liam.svc.Close(); err != nil {
		t.Fatal(err)
	}
	liam = openDeviceWith(t, w, shared, liamDir, "Liam's laptop", 0, "")
	liam.sync()
	maya.sync()
	got, _ := maya.goal(g.ID)
	if got.Notes != "Thursday group" || got.Title != "Learn Italian together" {
		t.Fatalf("after the clock was fixed: %+v", got)
	}
	requireSame(t, maya, liam)
}

// TestTicksAndLabelsFromBothComputersSurvive: Maya ticks one step and adds
// a label while Liam, offline, ticks another step, renames a third and adds
// another label. Every one of those edits survives on both computers.
func TestTicksAndLabelsFromBothComputersSurvive(t *testing.T) {
	w, shared := newWorld(), t.TempDir()
	maya := newDevice(t, w, shared, "maya", 0, "")
	liam := newDevice(t, w, shared, "liam", 0, "")
	maya.setUp()
	g := maya.create("Two weeks in Italy", model.GoalPatch{Labels: &[]string{"travel"},
		Checklist: &[]model.ChecklistStep{{Text: "Book flights"}, {Text: "Book the hut"}, {Text: "Plan Rome"}}})
	maya.sync()
	liam.sync()
	mine, _ := maya.goal(g.ID)
	theirs, _ := liam.goal(g.ID)
	steps := append([]model.ChecklistStep(nil), mine.Checklist...)
	steps[0].Done = true
	maya.update(g.ID, model.GoalPatch{Checklist: &steps, Labels: &[]string{"travel", "summer"}})
	steps = append([]model.ChecklistStep(nil), theirs.Checklist...)
	steps[1].Done = true
	steps[2].Text = "Plan three days in Rome"
	liam.update(g.ID, model.GoalPatch{Checklist: &steps, Labels: &[]string{"travel", "adventure"}})
	liam.sync()
	maya.sync()
	liam.sync()
	for _, d := range []*device{maya, liam} {
		got, _ := d.goal(g.ID)
		c := got.Checklist
		if len(c) != 3 || !c[0].Done || !c[1].Done || c[2].Text != "Plan three days in Rome" {
			t.Fatalf("%s's checklist lost an edit: %+v", d.name, c)
		}
		if fmt.Sprint(got.Labels) != "[adventure summer travel]" {
			t.Fatalf("%s's labels lost one: %q", d.name, got.Labels)
		}
	}
	requireSame(t, maya, liam)
	// A label removed on one computer while the other adds another: both happen.
	maya.update(g.ID, model.GoalPatch{Labels: &[]string{"adventure", "travel"}})
	liam.update(g.ID, model.GoalPatch{Labels: &[]string{"adventure", "summer", "travel", "food"}})
	liam.sync()
	maya.sync()
	liam.sync()
	got, _ := liam.goal(g.ID)
	if fmt.Sprint(got.Labels) != "[adventure food travel]" {
		t.Fatalf("a removal and an addition at once gave %q", got.Labels)
	}
	requireSame(t, maya, liam)
}

// TestAMilestoneImportedOnAPrivateGoalStaysHome: a milestone of a private
// goal, imported without its private mark, once reached the partner with
// its title and celebration. Whatever belongs to a private item never
// leaves the computer.
func TestAMilestoneImportedOnAPrivateGoalStaysHome(t *testing.T) {
	ctx := context.Background()
	w, shared := newWorld(), t.TempDir()
	maya := newDevice(t, w, shared, "maya", 0, "")
	liam := newDevice(t, w, shared, "liam", 0, "")
	maya.setUp()
	surprise := maya.create("Surprise party for Liam", model.GoalPatch{Private: model.Ptr(true)})
	doc := fmt.Sprintf(`{"format": "venn-export", "version": 1, "milestones": [
		{"id": "%s", "title": "Invitations sent", "day": "2026-12-01", "goal_id": "%s", "owner": "shared",
		 "reached": true, "reached_on": "2026-11-20", "celebration": "cake with the band", "private": false}]}`,
		storage.NewID(), surprise.ID)
	if _, err := maya.svc.Import(ctx, strings.NewReader(doc)); err != nil {
		t.Fatal(err)
	}
	maya.sync()
	liam.sync()
	assertNotInFolder(t, shared, "Invitations sent", "cake with the band", "Surprise party")
	ms, err := liam.svc.Milestones(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range ms {
		t.Errorf("a private goal's milestone reached the partner: %+v", m)
	}
}
