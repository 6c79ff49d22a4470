package replica_test

import (
	"context"
	"strings"
	"testing"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage"
)

// conflicts returns the races a computer keeps.
func conflicts(t *testing.T, d *device) []storage.Conflict {
	t.Helper()
	cs, err := d.svc.Store().Conflicts(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return cs
}

func TestTitlesChangedAtOnceKeepTheLosingWords(t *testing.T) {
	h := couple(t)
	// Both change the shared goal's title before either has synced.
	h.maya.update(h.goal.ID, model.GoalPatch{Title: model.Ptr("Two weeks in Puglia")})
	h.liam.update(h.goal.ID, model.GoalPatch{Title: model.Ptr("Three weeks in Sicily 🍋")})
	h.maya.sync()
	h.liam.sync()
	h.maya.sync()
	for _, d := range []*device{h.maya, h.liam} {
		g, _ := d.goal(h.goal.ID)
		if g.Title != "Three weeks in Sicily 🍋" {
			t.Fatalf("%s: the later title did not win: %q", d.name, g.Title)
		}
		cs := conflicts(t, d)
		if len(cs) != 1 {
			t.Fatalf("%s: %d races kept, want 1: %+v", d.name, len(cs), cs)
		}
		c := cs[0]
		if c.Column != "title" || c.Lost != "Two weeks in Puglia" || c.Kept != "Three weeks in Sicily 🍋" ||
			c.LostStamp.Device != h.maya.svc.Store().Device() || c.KeptStamp.Device != h.liam.svc.Store().Device() {
			t.Fatalf("%s: the race kept is %+v", d.name, c)
		}
	}
	requireSame(t, h.maya, h.liam)
}

func TestAnEditMadeAfterSeeingTheOtherIsNoRace(t *testing.T) {
	h := couple(t)
	h.maya.update(h.goal.ID, model.GoalPatch{Title: model.Ptr("Two weeks in Puglia"), Notes: model.Ptr("Trains, not planes")})
	h.maya.sync()
	h.liam.sync()
	h.liam.update(h.goal.ID, model.GoalPatch{Title: model.Ptr("Two weeks in Puglia, in May"), Notes: model.Ptr("Night train from Vienna")})
	h.liam.sync()
	h.maya.sync()
	for _, d := range []*device{h.maya, h.liam} {
		if cs := conflicts(t, d); len(cs) != 0 {
			t.Fatalf("%s: an edit made after seeing the other's was taken for a race: %+v", d.name, cs)
		}
		g, _ := d.goal(h.goal.ID)
		if g.Notes != "Night train from Vienna" {
			t.Fatalf("%s: notes %q", d.name, g.Notes)
		}
	}
}

func TestLinesAddedToTheSameNotesAtOnceAreBothKept(t *testing.T) {
	h := couple(t)
	h.maya.update(h.goal.ID, model.GoalPatch{Notes: model.Ptr("Budget: €2,000")})
	h.maya.sync()
	h.liam.sync()
	h.maya.update(h.goal.ID, model.GoalPatch{Notes: model.Ptr("Budget: €2,000\nAsk Ana about the flat")})
	h.liam.update(h.goal.ID, model.GoalPatch{Notes: model.Ptr("Budget: €2,000\nBook the ferry to Brindisi")})
	for range 2 {
		h.maya.sync()
		h.liam.sync()
	}
	want := "Budget: €2,000\nBook the ferry to Brindisi\nAsk Ana about the flat"
	for _, d := range []*device{h.maya, h.liam} {
		g, _ := d.goal(h.goal.ID)
		if g.Notes != want {
			t.Fatalf("%s: notes after both added a line:\n%s\nwant\n%s", d.name, g.Notes, want)
		}
		cs := conflicts(t, d)
		if len(cs) != 1 || !cs[0].Combined || !strings.Contains(cs[0].Lost, "Ask Ana") {
			t.Fatalf("%s: the race is %+v", d.name, cs)
		}
	}
	requireSame(t, h.maya, h.liam)
	// Liam then edits the combined notes: he has seen both, so it is no race.
	h.liam.update(h.goal.ID, model.GoalPatch{Notes: model.Ptr("Ferry booked")})
	h.liam.sync()
	h.maya.sync()
	if g, _ := h.maya.goal(h.goal.ID); g.Notes != "Ferry booked" || len(conflicts(t, h.maya)) != 1 {
		t.Fatalf("a later edit of the combined notes: %q, %d races", g.Notes, len(conflicts(t, h.maya)))
	}
}
