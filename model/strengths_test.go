package model

import (
	"strings"
	"testing"
)

func TestSplitStepsWords(t *testing.T) {
	maya := Partner{ID: "pa", Name: "Maya", Slot: SlotA}
	liam := Partner{ID: "pb", Name: "Liam", Slot: SlotB}
	long := Partner{ID: "pb", Name: strings.Repeat("Åsa-Ødegård ", 5), Slot: SlotB} // 60 characters
	step := func(doer Owner) ChecklistStep { return ChecklistStep{Text: "Book the van 🚐", Doer: doer} }
	for _, tc := range []struct {
		name     string
		steps    []ChecklistStep
		partners []Partner
		want     string
	}{
		{"nobody named", []ChecklistStep{step(""), step("")}, []Partner{maya, liam}, ""},
		{"no steps", nil, []Partner{maya, liam}, ""},
		{"the issue's example", []ChecklistStep{step("pa"), step("pa"), step("pa"), step("pb"), step("pb"), step(Shared)}, []Partner{maya, liam},
			"Maya 3 steps, Liam 2, both 1"},
		{"one step", []ChecklistStep{step("pa")}, []Partner{maya, liam}, "Maya 1 step, Liam 0, both 0"},
		{"unnamed are said last", []ChecklistStep{step(Shared), step("")}, []Partner{maya, liam}, "Maya 0 steps, Liam 0, both 1, not named 1"},
		{"a former partner counts as unnamed", []ChecklistStep{step("gone"), step("pb")}, []Partner{maya, liam}, "Maya 0 steps, Liam 1, both 0, not named 1"},
		{"a long name", []ChecklistStep{step("pb")}, []Partner{maya, long}, "Maya 0 steps, " + long.Name + " 1, both 0"},
	} {
		if got := SplitSteps(tc.steps, tc.partners).Words(); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestValidateDoers(t *testing.T) {
	partners := []Partner{{ID: "pa", Name: "Maya"}, {ID: "pb", Name: "Liam"}}
	for _, tc := range []struct {
		doer Owner
		ok   bool
	}{{"", true}, {Shared, true}, {"pa", true}, {"pb", true}, {"stranger", false}} {
		g := Goal{Title: "Renovate the kitchen", Owner: Shared, Column: ColumnIdeas,
			Checklist: []ChecklistStep{{Text: "Tiles", Doer: tc.doer}}}
		if err := g.Validate(partners); (err == nil) != tc.ok {
			t.Errorf("doer %q: %v", tc.doer, err)
		}
	}
	if DoerName(Shared, partners) != "both" || DoerName("pa", partners) != "Maya" || DoerName("", partners) != "" {
		t.Error("DoerName names the wrong people")
	}
}
