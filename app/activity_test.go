package app

import (
	"context"
	"strings"
	"testing"

	"github.com/vennplanner/venn/model"
)

// TestAGoalsActivityNamesWhoChangedWhat: the activity of a goal edited on
// two computers puts each edit down to the partner whose computer made it.
func TestAGoalsActivityNamesWhoChangedWhat(t *testing.T) {
	ctx := context.Background()
	shared := t.TempDir()
	maya := newService(t)
	setUp(t, maya)
	_, partners, _ := maya.Household(ctx)
	if err := maya.SetThisPartner(ctx, partners[0].ID); err != nil {
		t.Fatal(err)
	}
	if err := maya.SetSyncFolder(ctx, shared); err != nil {
		t.Fatal(err)
	}
	if err := maya.ChooseNoPassphrase(ctx); err != nil {
		t.Fatal(err)
	}
	g, err := maya.CreateGoal(ctx, model.GoalPatch{Title: model.Ptr("Sail to Bornholm ⛵"), Labels: &[]string{"été"}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := maya.SyncNow(ctx); err != nil {
		t.Fatal(err)
	}
	liam := newService(t)
	if err := liam.JoinHousehold(ctx, shared, "", "łukasz", ""); err != nil {
		t.Fatal(err)
	}
	if _, err := liam.MoveGoal(ctx, g.ID, Placement{Owner: model.Shared, Column: model.ColumnDoing, After: End}); err != nil {
		t.Fatal(err)
	}
	if _, err := liam.SyncNow(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := maya.SyncNow(ctx); err != nil {
		t.Fatal(err)
	}
	lines, err := maya.GoalActivity(ctx, g.ID)
	if err != nil {
		t.Fatal(err)
	}
	var text []string
	for _, l := range lines {
		text = append(text, l.Who+" "+l.What)
	}
	got := strings.Join(text, " | ")
	if len(lines) < 2 || lines[0].Who != "Łukasz" || !strings.Contains(lines[0].What, "the column") {
		t.Errorf("the newest line should be Łukasz moving it: %s", got)
	}
	if last := lines[len(lines)-1]; last.Who != "Zoë" || last.What != "made this goal" {
		t.Errorf("the oldest line should be Zoë making it: %s", got)
	}
}
