package model

import "testing"

func TestContractReviewsComeDue(t *testing.T) {
	c := Contract{Commitment: "Study twice a week", EveryWeeks: 2, Started: Date{2026, 10, 1}}
	if err := c.Validate(); err != nil {
		t.Fatal(err)
	}
	if c.Due(Date{2026, 10, 14}) || !c.Due(Date{2026, 10, 15}) {
		t.Fatalf("first review due %s", c.NextReview())
	}
	c.Reviews = []ContractReview{{Day: Date{2026, 10, 16}, Rating: 4}}
	if c.Due(Date{2026, 10, 29}) || !c.Due(Date{2026, 10, 30}) {
		t.Fatalf("next review due %s", c.NextReview())
	}
	for _, bad := range []Contract{
		{Commitment: " ", EveryWeeks: 2, Started: Date{2026, 10, 1}},
		{Commitment: "x", EveryWeeks: 0, Started: Date{2026, 10, 1}},
		{Commitment: "x", EveryWeeks: 2},
	} {
		if !IsValidation(bad.Validate()) {
			t.Errorf("accepted %+v", bad)
		}
	}
	if !IsValidation(ContractReview{Day: Date{2026, 10, 1}, Rating: 6}.Validate()) {
		t.Error("a rating of 6 was accepted")
	}
}

func TestMilestoneValueSessionValidate(t *testing.T) {
	partners := []Partner{maya, liam}
	if err := (Milestone{Title: "Ten years together", Day: Date{2026, 6, 1}, Owner: Shared}).Validate(partners); err != nil {
		t.Fatal(err)
	}
	if !IsValidation((Milestone{Title: "x", Day: Date{2026, 6, 1}, Owner: Shared, Reached: true}).Validate(partners)) {
		t.Error("reached without a day was accepted")
	}
	if !IsValidation((Value{Text: "Adventure", Kind: ValueCore, Owner: "nobody"}).Validate(partners)) {
		t.Error("a value of nobody was accepted")
	}
	if !IsValidation((Session{Quarter: Quarter{2027, 1}, Day: Date{2026, 12, 20}, Step: len(SessionSteps)}).Validate()) {
		t.Error("a step past the end was accepted")
	}
}
