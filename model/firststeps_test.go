package model

import "testing"

func TestFirstStepsTickFromWhatTheHouseholdDid(t *testing.T) {
	var f FirstStepFacts
	steps := FirstSteps(f)
	if len(steps) != 8 || AllDone(steps) {
		t.Fatalf("a new household: %d steps, all done %v", len(steps), AllDone(steps))
	}
	for _, s := range steps {
		if s.Done {
			t.Errorf("a new household has %q done", s.Text)
		}
		if _, ok := MethodOf(s.Method); !ok {
			t.Errorf("%q says why with a guide section %q that does not exist", s.Text, s.Method)
		}
	}
	// One partner's own goal is not both partners'.
	f.OwnGoals = [2]int{3, 0}
	if FirstSteps(f)[0].Done {
		t.Error("only Maya has a goal of her own, yet the step is done")
	}
	f = FirstStepFacts{OwnGoals: [2]int{1, 2}, SharedGoals: 1, TimeCapacity: [2]bool{true, true}, SharedRituals: 1,
		SoloTime: [2]bool{true, true}, CheckinWeeks: 1, Rated: [2]bool{true, true}, SessionsDone: 1}
	if !AllDone(FirstSteps(f)) {
		t.Errorf("everything done, yet: %+v", FirstSteps(f))
	}
	f.Rated[1] = false
	if AllDone(FirstSteps(f)) || FirstSteps(f)[6].Done {
		t.Error("Liam has not rated the signs, yet the step is done")
	}
}

func TestTheGuideHasEverySectionOnce(t *testing.T) {
	seen := map[string]bool{}
	for _, s := range MethodIn(nil) {
		if seen[s.Key] || s.Title == "" || s.Why == "" || len(s.Paragraphs) == 0 {
			t.Errorf("section %q: repeated, or without a title, a why or text", s.Key)
		}
		seen[s.Key] = true
	}
	for _, k := range []string{MethodHeart, MethodLanes, MethodSigns, MethodNeeds, MethodRituals, MethodSolo, MethodRhythm, MethodHelp} {
		if _, ok := MethodOf(k); !ok {
			t.Errorf("no section %q", k)
		}
	}
}
