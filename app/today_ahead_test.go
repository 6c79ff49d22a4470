package app

import (
	"context"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/vennplanner/venn/model"
)

// Today read ahead (while the window creates itself) is the same view as
// Today read when asked, and is not used once the data changed meanwhile.
func TestTodayReadAheadIsTheSameViewUnlessTheDataChanged(t *testing.T) {
	ctx := context.Background()
	s := demoAt(t, time.Date(2026, 12, 3, 19, 0, 0, 0, time.UTC))
	want, err := s.readToday(ctx)
	if err != nil {
		t.Fatal(err)
	}
	s.ReadTodayAhead(ctx)
	got, err := s.Today(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("Today read ahead differs from Today read when asked:\n%+v\n%+v", got, want)
	}
	if s.ahead != nil {
		t.Fatal("the view read ahead is kept after it was taken")
	}

	s.ReadTodayAhead(ctx)
	s.mu.Lock()
	read := s.ahead.done
	s.mu.Unlock()
	<-read // read in full before the goal is added
	title, due, owner := "Renew the passports 🛂", model.DateOf(s.now()), model.Shared
	if _, err := s.CreateGoal(ctx, model.GoalPatch{Title: &title, Due: &due, Owner: &owner}); err != nil {
		t.Fatal(err)
	}
	got, err = s.Today(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(got.GoalsDue[model.Shared], func(g model.Goal) bool { return g.Title == title }) {
		t.Fatal("Today gave the view read before a goal due today was added")
	}
}
