package replica_test

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/vennplanner/venn/app"
	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage"
	"github.com/vennplanner/venn/storage/replica"
)

// Two computers naming who does different steps of one shared goal at the
// same time keep both: the doer is a field of each step.
func TestDoersOfDifferentStepsMergeFieldByField(t *testing.T) {
	h := couple(t)
	steps := []model.ChecklistStep{{Text: "Ask the landlord 🏠"}, {Text: "Peindre la chambre"}, {Text: "买油漆"}, {Text: "Купить кисти"}}
	g := h.maya.create("Redo the flat", model.GoalPatch{Owner: model.Ptr(model.Shared), Checklist: &steps})
	h.maya.sync()
	h.liam.sync()
	mine, err := h.maya.goal(g.ID)
	if err != nil {
		t.Fatal(err)
	}
	theirs, err := h.liam.goal(g.ID)
	if err != nil {
		t.Fatal(err)
	}
	// Without seeing each other: Maya names herself for the first step and
	// both for the third; Liam names himself for the second and the fourth.
	a := mine.Checklist
	a[0].Doer, a[2].Doer = model.Owner(h.a.ID), model.Shared
	h.maya.update(g.ID, model.GoalPatch{Checklist: &a})
	b := theirs.Checklist
	b[1].Doer, b[3].Doer = model.Owner(h.b.ID), model.Owner(h.b.ID)
	h.liam.update(g.ID, model.GoalPatch{Checklist: &b})
	h.maya.sync()
	h.liam.sync()
	h.maya.sync()
	want := []model.Owner{model.Owner(h.a.ID), model.Owner(h.b.ID), model.Shared, model.Owner(h.b.ID)}
	for _, d := range []*device{h.maya, h.liam} {
		got, err := d.goal(g.ID)
		if err != nil {
			t.Fatal(err)
		}
		for i, st := range got.Checklist {
			if st.Doer != want[i] || st.Text != steps[i].Text {
				t.Errorf("%s: step %d is %+v, want doer %q", d.name, i, st, want[i])
			}
		}
		partners := []model.Partner{h.a, h.b}
		if w := model.SplitSteps(got.Checklist, partners).Words(); w != h.a.Name+" 1 step, "+h.b.Name+" 2, both 1" {
			t.Errorf("%s: split %q", d.name, w)
		}
	}
}

// A decision checked against a shared value and a partner's private one:
// the shared check travels, the private one never leaves, and a file
// cannot make it public.
func TestValueChecksTravelButAPrivateValueStaysHidden(t *testing.T) {
	h := couple(t)
	ctx := context.Background()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	shared, err := h.maya.svc.SaveValue(ctx, model.Value{Owner: model.Shared, Kind: model.ValueCore, Text: "Aventure en famille 🏔️"})
	must(err)
	const secret = "Тихие утра, 静かな朝"
	private, err := h.maya.svc.SaveValue(ctx, model.Value{Owner: model.Owner(h.a.ID), Kind: model.ValueCore, Text: secret, Private: true})
	must(err)
	e, err := h.maya.svc.LogLifeEvent(ctx, model.LifeEvent{Kind: model.EventMove, Title: "Déménager à Lisboa", Day: week}, model.Decision{})
	must(err)
	h.w.tick()
	ref := app.DecisionRef{EventID: e.ID}
	must(h.maya.svc.SaveDecisionChecks(ctx, ref, map[string]model.Verdict{shared.ID: model.VerdictServes, private.ID: model.VerdictStrains}))
	h.maya.sync()
	h.liam.sync()
	if replicaHolds(t, h.maya, private.ID) || replicaHolds(t, h.maya, secret) {
		t.Fatal("the check of Maya's private value left her computer")
	}
	theirs, err := h.liam.svc.DecisionChecks(ctx, ref)
	must(err)
	if len(theirs.Verdicts) != 1 || theirs.Verdicts[shared.ID] != model.VerdictServes || theirs.Line() != "Serves Aventure en famille 🏔️" {
		t.Fatalf("Liam sees %+v (%q)", theirs.Verdicts, theirs.Line())
	}
	// Liam changes his mind about the shared value; Maya's computer takes it.
	h.w.tick()
	must(h.liam.svc.SaveDecisionChecks(ctx, ref, map[string]model.Verdict{shared.ID: model.VerdictStrains}))
	h.liam.sync()
	h.maya.sync()
	mine, err := h.maya.svc.DecisionChecks(ctx, ref)
	must(err)
	if mine.Verdicts[shared.ID] != model.VerdictStrains || mine.Verdicts[private.ID] != model.VerdictStrains {
		t.Fatalf("Maya's checks after Liam's edit: %+v", mine.Verdicts)
	}
	// A file that knows the private check's id says it is public now.
	id := storage.ValueCheckID(private.ID, e.ID, "")
	now := model.Stamp{WallMS: h.w.clock(0)().UnixMilli() + 1000, Device: mallory}
	h.drop(mallory+".venn", h.hostileMeta(mallory), []storage.SyncField{
		{Table: "value_checks", RowID: id, Column: "private", Value: int64(0), Stamp: now},
		{Table: "value_checks", RowID: id, Column: "verdict", Value: string(model.VerdictServes), Stamp: now},
	}, "")
	h.maya.sync()
	checks, err := h.maya.svc.ValueChecks(ctx)
	must(err)
	for _, c := range checks {
		if c.ValueID == private.ID && (!c.Private || c.Verdict != model.VerdictStrains) {
			t.Fatalf("a file changed the check of a private value: %+v", c)
		}
	}
	if replicaHolds(t, h.maya, private.ID) {
		t.Fatal("the check of Maya's private value left her computer after the file")
	}
	// Making the shared value private takes its check off the shared folder too.
	h.w.tick()
	shared.Private = true
	_, err = h.maya.svc.SaveValue(ctx, shared)
	must(err)
	checks, err = h.maya.svc.ValueChecks(ctx)
	must(err)
	for _, c := range checks {
		if !c.Private {
			t.Fatalf("a check of a value made private is still shared: %+v", c)
		}
	}
}

// How present a dinner felt stays each partner's own until both said it;
// then both see both. A file cannot make a held rating public, nor change
// the other partner's rating.
func TestPresenceIsHeldUntilBothRated(t *testing.T) {
	h := couple(t)
	ctx := context.Background()
	h.w.tick()
	r, err := h.maya.svc.SaveRitual(ctx, model.Ritual{Title: "Dîner sans téléphones 📵", Who: model.Shared,
		Cadence: model.Cadence{Times: 1, Per: model.PerWeek}, Start: week})
	if err != nil {
		t.Fatal(err)
	}
	h.maya.sync()
	h.liam.sync()
	occ := model.Occasion{Kind: model.OccasionRitual, RefID: r.ID, Day: week.AddDays(1)}
	h.w.tick()
	if err := h.maya.svc.RatePresence(ctx, occ, h.a.ID, 4); err != nil {
		t.Fatal(err)
	}
	h.maya.sync()
	h.liam.sync()
	seen, err := h.liam.svc.Presence(ctx, occ, h.b.ID)
	if err != nil || seen.Theirs != 0 || seen.Both {
		t.Fatalf("Liam sees Maya's rating before he rated: %+v %v", seen, err)
	}
	// A file that knows Maya's rating's id says it is public now and 1.
	held, err := h.maya.svc.Store().PresenceRatings(ctx)
	if err != nil || len(held) != 1 || !held[0].Private {
		t.Fatalf("Maya's rating is not held: %+v %v", held, err)
	}
	now := model.Stamp{WallMS: h.w.clock(0)().UnixMilli() + 1000, Device: mallory}
	forged := h.drop(mallory+".venn", h.hostileMeta(mallory), []storage.SyncField{
		{Table: "presence", RowID: held[0].ID, Column: "private", Value: int64(0), Stamp: now},
		{Table: "presence", RowID: held[0].ID, Column: "rating", Value: int64(1), Stamp: now},
	}, "")
	h.maya.sync()
	if after, _ := h.maya.svc.Store().PresenceRatings(ctx); len(after) != 1 || !after[0].Private || after[0].Rating != 4 {
		t.Fatalf("a file changed Maya's held rating: %+v", after)
	}
	if replicaHolds(t, h.maya, held[0].ID) {
		t.Fatal("Maya's held rating is in her replica")
	}
	// This test is about Maya's computer; the forged file goes before Liam's
	// computer reads the folder.
	if err := os.Remove(forged); err != nil {
		t.Fatal(err)
	}
	h.w.tick()
	if err := h.liam.svc.RatePresence(ctx, occ, h.b.ID, 2); err != nil {
		t.Fatal(err)
	}
	h.liam.sync()
	h.maya.sync() // Maya's computer lets hers go in this pass
	h.liam.sync()
	for _, x := range []struct {
		d            *device
		reader       string
		mine, theirs int
	}{{h.maya, h.a.ID, 4, 2}, {h.liam, h.b.ID, 2, 4}} {
		got, err := x.d.svc.Presence(ctx, occ, x.reader)
		if err != nil || !got.Both || got.Mine != x.mine || got.Theirs != x.theirs {
			t.Errorf("%s sees %+v (%v), want mine %d and theirs %d", x.d.name, got, err, x.mine, x.theirs)
		}
	}
	// Maya's computer cannot rewrite Liam's rating: a file with his row's id is not merged.
	liams, _ := h.liam.svc.Store().PresenceRatings(ctx)
	for _, p := range liams {
		if p.PartnerID != h.b.ID {
			continue
		}
		now := model.Stamp{WallMS: h.w.clock(0)().UnixMilli() + 5000, Device: h.maya.svc.Store().Device()}
		h.drop("Maya's laptop (forged).venn", h.hostileMeta(h.maya.svc.Store().Device()), []storage.SyncField{
			{Table: "presence", RowID: p.ID, Column: "rating", Value: int64(4), Stamp: now}}, "")
	}
	h.liam.sync()
	if got, _ := h.liam.svc.Presence(ctx, occ, h.b.ID); got.Mine != 2 {
		t.Fatalf("another computer changed Liam's rating: %+v", got)
	}
	trend, err := h.liam.svc.PresenceTrend(ctx, week, week.AddDays(6), model.PerWeek)
	if err != nil || len(trend) != 1 || trend[0].Mean != 3 || trend[0].Occasions != 1 {
		t.Fatalf("trend %+v %v", trend, err)
	}
}

// A file cannot rate for the partner whose computer reads it: neither a
// stranger's file nor the other partner's computer plants a rating of
// Maya's, or says she (or Liam) rated, before she did. Her own rating,
// made later, stands and stays hers until Liam rated.
func TestAFileCannotRateForAnotherPartner(t *testing.T) {
	h := couple(t)
	ctx := context.Background()
	h.w.tick()
	r, err := h.maya.svc.SaveRitual(ctx, model.Ritual{Title: "Café du matin ☕ 朝のコーヒー", Who: model.Shared,
		Cadence: model.Cadence{Times: 1, Per: model.PerWeek}, Start: week})
	if err != nil {
		t.Fatal(err)
	}
	h.maya.sync()
	h.liam.sync()
	occ := model.Occasion{Kind: model.OccasionRitual, RefID: r.ID, Day: week.AddDays(2)}
	key := occ.Key()
	liamsDevice := h.liam.svc.Store().Device()
	plant := func(name string, meta replica.Meta, device string, ahead int64, marks ...string) {
		now := model.Stamp{WallMS: h.w.clock(0)().UnixMilli() + ahead, Device: device}
		id := storage.DerivedID("planted", name)
		fields := []storage.SyncField{
			{Table: "presence", RowID: id, Column: "occasion", Value: key, Stamp: now},
			{Table: "presence", RowID: id, Column: "partner_id", Value: h.a.ID, Stamp: now},
			{Table: "presence", RowID: id, Column: "day", Value: occ.Day.String(), Stamp: now},
			{Table: "presence", RowID: id, Column: "rating", Value: int64(1), Stamp: now},
			{Table: "presence", RowID: id, Column: "private", Value: int64(0), Stamp: now},
			{Table: "presence_marks", RowID: storage.PresenceMarksID(key), Column: "occasion", Value: key, Stamp: now},
			{Table: "presence_marks", RowID: storage.PresenceMarksID(key), Column: "day", Value: occ.Day.String(), Stamp: now},
		}
		for _, col := range marks {
			fields = append(fields, storage.SyncField{Table: "presence_marks", RowID: storage.PresenceMarksID(key), Column: col, Value: int64(1), Stamp: now})
		}
		h.drop(name, meta, fields, "")
	}
	// A stranger's file that rates as Maya and says both rated, and one
	// from Liam's computer (his partner id, his device) that rates as Maya
	// and says she rated.
	plant(mallory+".venn", h.hostileMeta(mallory), mallory, 1000, "rated_a", "rated_b")
	liamMeta := h.hostileMeta(liamsDevice)
	liamMeta.PartnerID = h.b.ID
	plant("Liam's laptop (conflicted copy).venn", liamMeta, liamsDevice, 2000, "rated_a")
	h.maya.sync()
	seen, err := h.maya.svc.Presence(ctx, occ, h.a.ID)
	if err != nil || seen.Mine != 0 || seen.Theirs != 0 || seen.Both {
		t.Fatalf("a file rated for Maya: %+v %v", seen, err)
	}
	marks, err := h.maya.svc.Store().PresenceMarks(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range marks {
		if m.Occasion == key && (m.RatedA || m.RatedB) {
			t.Fatalf("a file marked the dinner as rated: %+v", m)
		}
	}
	// Maya's own rating, later, is hers and held until Liam rated.
	h.w.tick()
	if err := h.maya.svc.RatePresence(ctx, occ, h.a.ID, 3); err != nil {
		t.Fatal(err)
	}
	h.maya.sync()
	ratings, err := h.maya.svc.Store().PresenceRatings(ctx)
	if err != nil || len(ratings) != 1 || ratings[0].Rating != 3 || !ratings[0].Private {
		t.Fatalf("Maya's ratings after the files: %+v %v", ratings, err)
	}
	if replicaHolds(t, h.maya, ratings[0].ID) {
		t.Fatal("Maya's held rating left her computer")
	}
	if got, _ := h.maya.svc.Presence(ctx, occ, h.a.ID); got.Mine != 3 || got.Both {
		t.Fatalf("Maya sees %+v, want her 3, held", got)
	}
	// Her export holds her held rating; Liam's holds none of hers.
	h.liam.sync()
	if !strings.Contains(h.maya.export(), ratings[0].ID) || strings.Contains(h.liam.export(), ratings[0].ID) {
		t.Fatal("a held rating is in the wrong export")
	}
}
