package summary

import (
	"context"
	"testing"
	"time"

	"github.com/vennplanner/venn/model"
)

func TestLookBackOnTheDemoQuarter(t *testing.T) {
	s := demoAt(t, time.Date(2026, 11, 22, 12, 0, 0, 0, time.UTC))
	lb, err := LookBackOn(context.Background(), s, model.Quarter{Year: 2026, Q: 4})
	if err != nil {
		t.Fatal(err)
	}
	if len(lb.Done) == 0 || len(lb.Rituals) == 0 || len(lb.Reached) == 0 || lb.Checkins == nil || len(lb.Resources) == 0 {
		t.Fatalf("look back: %d done, %d rituals, %d reached, check-ins %v, %d resource lines",
			len(lb.Done), len(lb.Rituals), len(lb.Reached), lb.Checkins != nil, len(lb.Resources))
	}
}
