package replica_test

import (
	"testing"

	"github.com/vennplanner/venn/model"
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
