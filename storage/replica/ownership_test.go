package replica_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vennplanner/venn/app"
	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage"
	"github.com/vennplanner/venn/storage/replica"
)

// Two people, not one user: each partner's words stay theirs through the
// merge, whatever the other computer (or a file someone put in the shared
// folder) says. Each test here failed on the Venn before ownership was part
// of the merge.

var week = model.Date{Year: 2026, Month: 11, Day: 16}

// couple is a household on two computers that say whose they are.
func couple(t *testing.T) *household {
	t.Helper()
	h := newHousehold(t, "")
	ctx := context.Background()
	for _, x := range []struct {
		d *device
		p model.Partner
	}{{h.maya, h.a}, {h.liam, h.b}} {
		if err := x.d.svc.SetThisPartner(ctx, x.p.ID); err != nil {
			t.Fatal(err)
		}
		x.d.asPartner(x.p.ID)
	}
	h.maya.sync()
	h.liam.sync()
	return h
}

func firstPrompt(t *testing.T, d *device) string {
	t.Helper()
	prompts, err := d.svc.Prompts(context.Background())
	if err != nil || len(prompts) == 0 {
		t.Fatalf("prompts: %v", err)
	}
	return prompts[0].ID
}

func answer(t *testing.T, d *device, partnerID, prompt, text string, vis model.Visibility) {
	t.Helper()
	d.world.tick()
	if err := d.svc.SaveCheckin(context.Background(), week, partnerID, []app.AnswerInput{{PromptID: prompt, Text: text, Visibility: vis}}); err != nil {
		t.Fatalf("%s: answer: %v", d.name, err)
	}
}

func storedAnswers(t *testing.T, d *device) []storage.StoredAnswer {
	t.Helper()
	all, err := d.svc.Store().AllAnswers(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return all
}

func TestAFileCannotMakeAPrivateAnswerPublic(t *testing.T) {
	h := couple(t)
	prompt := firstPrompt(t, h.maya)
	const secret = "Some evenings I want the flat to myself"
	answer(t, h.maya, h.a.ID, prompt, secret, model.VisiblePrivate)
	mine := storedAnswers(t, h.maya)[0]
	// A file that knows the row's id (say a copy leaked) says it is public
	// and rewrites it, with stamps newer than Maya's.
	now := model.Stamp{WallMS: h.w.clock(0)().UnixMilli() + 1000, Device: mallory}
	name := h.drop(mallory+".venn", h.hostileMeta(mallory), []storage.SyncField{
		{Table: "checkins", RowID: mine.ID, Column: "private", Value: int64(0), Stamp: now},
		{Table: "checkins", RowID: mine.ID, Column: "visibility", Value: string(model.VisibleNow), Stamp: now},
		{Table: "checkins", RowID: mine.ID, Column: "answer", Value: secret + " (public now)", Stamp: now},
	}, "")
	rep := h.maya.sync()
	after := storedAnswers(t, h.maya)
	if len(after) != 1 || !after[0].Private || after[0].Text != secret || after[0].Visibility != model.VisiblePrivate {
		t.Fatalf("a file changed Maya's private answer: %+v", after)
	}
	if replicaHolds(t, h.maya, secret) {
		t.Fatal("Maya's private answer left her computer")
	}
	if got := protectedIn(rep, name); got != 1 {
		t.Fatalf("the protected row was reported %d times, want once: %+v", got, rep.Merged)
	}
}

// replicaHolds reports whether d's own replica holds text.
func replicaHolds(t *testing.T, d *device, text string) bool {
	t.Helper()
	data, err := os.ReadFile(d.syncer.OwnPath())
	if err != nil {
		t.Fatal(err)
	}
	return bytes.Contains(replica.Uncompressed(data), []byte(text))
}

func protectedIn(rep replica.Report, file string) int {
	n := 0
	for _, m := range rep.Merged {
		if m.File == filepath.Base(file) {
			n += m.Protected
		}
	}
	return n
}

func TestAFileCannotChangeOrHangStepsOnAPrivateGoal(t *testing.T) {
	h := couple(t)
	g := h.maya.create("Write a novel", model.GoalPatch{Owner: model.Ptr(model.Owner(h.a.ID)), Private: model.Ptr(true)})
	now := model.Stamp{WallMS: h.w.clock(0)().UnixMilli() + 1000, Device: h.liam.svc.Store().Device()}
	h.drop("Liam's laptop (conflicted copy).venn", h.hostileMeta(h.liam.svc.Store().Device()), []storage.SyncField{
		{Table: "goals", RowID: g.ID, Column: "title", Value: "Renamed from afar", Stamp: now},
		{Table: "goals", RowID: g.ID, Column: "private", Value: int64(0), Stamp: now},
		{Table: "goal_steps", RowID: storage.NewID(), Column: "goal_id", Value: g.ID, Stamp: now},
		{Table: "goal_steps", RowID: storage.NewID(), Column: "text", Value: "A step from afar", Stamp: now},
	}, "")
	h.maya.sync()
	got, err := h.maya.goal(g.ID)
	if err != nil || got.Title != "Write a novel" || !got.Private || len(got.Checklist) != 0 {
		t.Fatalf("a file changed Maya's private goal: %+v %v", got, err)
	}
}

func TestAnsweringAsThePartnerKeepsHerOwnAnswer(t *testing.T) {
	h := couple(t)
	ctx := context.Background()
	prompt := firstPrompt(t, h.maya)
	// Maya answers on her computer, one answer private for good.
	const hers = "I loved our walk on Saturday"
	answer(t, h.maya, h.a.ID, prompt, hers, model.VisibleNow)
	h.maya.sync()
	h.liam.sync()
	// On Sunday evening they answer together on Liam's laptop: "Answering
	// as: Maya" first, then Liam.
	const onHis = "The walk, and the soup after"
	answer(t, h.liam, h.a.ID, prompt, onHis, model.VisibleUntilBoth)
	answer(t, h.liam, h.b.ID, prompt, "Finishing the shelves", model.VisibleUntilBoth)
	for range 2 {
		h.liam.sync()
		h.maya.sync()
	}
	for _, d := range []*device{h.maya, h.liam} {
		v, err := d.svc.Checkin(ctx, week, h.a.ID)
		if err != nil {
			t.Fatal(err)
		}
		a, ok := v.Answer(h.a.ID, prompt)
		if !ok || a.Text != hers {
			t.Fatalf("%s: Maya's answer is %q, want her own %q", d.name, a.Text, hers)
		}
		others := v.Others[h.a.ID][prompt]
		if len(others) != 1 || others[0].Text != onHis || others[0].WrittenBy != h.b.ID || others[0].WrittenHere != (d == h.liam) {
			t.Fatalf("%s: the answer written for Maya on Liam's laptop is not kept beside hers: %+v", d.name, others)
		}
	}
	requireSame(t, h.maya, h.liam)
}

func TestAnAnswerPrivateForGoodSurvivesAnsweringAs(t *testing.T) {
	h := couple(t)
	prompt := firstPrompt(t, h.maya)
	const secret = "I miss having evenings alone"
	answer(t, h.maya, h.a.ID, prompt, secret, model.VisiblePrivate)
	h.maya.sync()
	h.liam.sync()
	answer(t, h.liam, h.a.ID, prompt, "Good week", model.VisibleNow)
	answer(t, h.liam, h.b.ID, prompt, "Busy week", model.VisibleNow)
	for range 2 {
		h.liam.sync()
		h.maya.sync()
	}
	var kept bool
	for _, a := range storedAnswers(t, h.maya) {
		if a.Text == secret {
			kept = a.Private
		}
	}
	if !kept {
		t.Fatal("Maya's private answer was replaced by the one written for her on Liam's laptop")
	}
	if inFolder(h.shared, secret) {
		t.Fatal("Maya's private answer left her computer")
	}
}

func TestUnlockingKeepsSealedRowsAFileWroteInto(t *testing.T) {
	h := couple(t)
	ctx := context.Background()
	// Liam's private health check, then his lock.
	hc, err := h.liam.svc.SaveHealthCheck(ctx, model.HealthCheck{PartnerID: h.b.ID, Week: week, Physical: 2, Mental: 3, Emotional: 2,
		Note: "Cold. Stayed in.", Private: true})
	if err != nil {
		t.Fatal(err)
	}
	if err := h.liam.svc.SetLock(ctx, h.b.ID, "a long enough passphrase"); err != nil {
		t.Fatal(err)
	}
	if err := h.liam.svc.Lock(ctx, h.b.ID); err != nil {
		t.Fatal(err)
	}
	// While it is sealed, a file writes into its id.
	now := model.Stamp{WallMS: h.w.clock(0)().UnixMilli() + 1000, Device: mallory}
	h.drop(mallory+".venn", h.hostileMeta(mallory), []storage.SyncField{
		{Table: "health_checks", RowID: hc.ID, Column: "note", Value: "overwritten", Stamp: now},
		{Table: "health_checks", RowID: hc.ID, Column: "private", Value: int64(0), Stamp: now},
	}, "")
	h.liam.sync()
	if err := h.liam.svc.Unlock(ctx, h.b.ID, "a long enough passphrase"); err != nil {
		t.Fatal(err)
	}
	all, err := h.liam.svc.Store().AllHealthChecks(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 1 || all[0].Note != "Cold. Stayed in." || !all[0].Private || all[0].Physical != 2 {
		t.Fatalf("after unlocking, Liam's sealed health check is %+v", all)
	}
}

func TestOnePersonsWordsChangeOnlyWhereTheyWereWritten(t *testing.T) {
	h := couple(t)
	ctx := context.Background()
	a, err := h.maya.svc.SendAppreciation(ctx, h.a.ID, "Thank you for the soup 🍲", true)
	if err != nil {
		t.Fatal(err)
	}
	h.maya.sync()
	h.liam.sync()
	// Liam's computer may not delete Maya's words…
	if err := h.liam.svc.DeleteAppreciation(ctx, a.ID); !model.IsValidation(err) {
		t.Fatalf("Liam's computer deleted Maya's appreciation: %v", err)
	}
	// …nor may a file from it change them.
	now := model.Stamp{WallMS: h.w.clock(0)().UnixMilli() + 1000, Device: h.liam.svc.Store().Device()}
	h.drop("Liam's laptop-2.venn", h.hostileMeta(h.liam.svc.Store().Device()), []storage.SyncField{
		{Table: "appreciations", RowID: a.ID, Column: "text", Value: "Thank you for nothing", Stamp: now},
		{Table: "appreciations", RowID: a.ID, Column: "deleted", Value: int64(1), Stamp: now},
	}, "")
	rep := h.maya.sync()
	got, err := h.maya.svc.Appreciations(ctx)
	if err != nil || len(got) != 1 || got[0].Text != "Thank you for the soup 🍲" {
		t.Fatalf("Maya's appreciation after the file: %+v %v", got, err)
	}
	if protectedIn(rep, "Liam's laptop-2.venn") != 1 {
		t.Fatalf("not reported: %+v", rep.Merged)
	}
	// Liam may still say whether it is printed: that is his to choose too.
	if err := h.liam.svc.SetAppreciationPrintable(ctx, a.ID, false); err != nil {
		t.Fatal(err)
	}
	h.liam.sync()
	h.maya.sync()
	got, _ = h.maya.svc.Appreciations(ctx)
	if got[0].Printable {
		t.Fatal("Liam's choice not to print the appreciation did not arrive")
	}
	if strings.Contains(h.maya.export(), "nothing") {
		t.Fatal("the file's words landed")
	}
}

func TestATickOnThePartnersRitualSaysWhoMadeIt(t *testing.T) {
	h := couple(t)
	ctx := context.Background()
	start := model.Date{Year: 2026, Month: 1, Day: 1}
	run, err := h.maya.svc.SaveRitual(ctx, model.Ritual{Title: "Morning run 🏃‍♀️", Who: model.Owner(h.a.ID), Cadence: model.Cadence{Times: 1, Per: model.PerDay}, Start: start})
	if err != nil {
		t.Fatal(err)
	}
	coffee, err := h.maya.svc.SaveRitual(ctx, model.Ritual{Title: "Coffee together", Who: model.Shared, Cadence: model.Cadence{Times: 1, Per: model.PerDay}, Start: start})
	if err != nil {
		t.Fatal(err)
	}
	h.maya.sync()
	h.liam.sync()
	today := model.DateOf(h.w.clock(0)())
	// On his computer, Liam ticks Maya's run and their coffee.
	for _, id := range []string{run.ID, coffee.ID} {
		if err := h.liam.svc.LogEntry(ctx, model.RitualEntry{RitualID: id, Day: today, Status: model.Done}, true); err != nil {
			t.Fatal(err)
		}
	}
	h.liam.sync()
	h.maya.sync()
	v, err := h.maya.svc.Today(ctx)
	if err != nil {
		t.Fatal(err)
	}
	mine := v.Rituals[model.Owner(h.a.ID)]
	if len(mine) != 1 || mine[0].Entry == nil || mine[0].Entry.By != h.b.ID {
		t.Fatalf("Maya's run does not say Liam ticked it: %+v", mine)
	}
	both := v.Rituals[model.Shared]
	if len(both) != 1 || both[0].Entry == nil || !both[0].Entry.ConfirmB || both[0].Entry.ConfirmA {
		t.Fatalf("the coffee does not say Liam took part (and only he): %+v", both)
	}
	// He takes the tick away again: Maya's computer says who did.
	if err := h.liam.svc.ClearEntry(ctx, run.ID, today); err != nil {
		t.Fatal(err)
	}
	h.liam.sync()
	h.maya.sync()
	v, _ = h.maya.svc.Today(ctx)
	if mine := v.Rituals[model.Owner(h.a.ID)]; len(mine) != 1 || mine[0].Entry != nil || mine[0].ClearedBy != h.b.ID {
		t.Fatalf("the tick taken away does not say by whom: %+v", mine)
	}
}
