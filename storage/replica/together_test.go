package replica_test

import (
	"context"
	"testing"

	"github.com/vennplanner/venn/app"
	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage"
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
