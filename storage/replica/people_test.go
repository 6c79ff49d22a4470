package replica_test

import (
	"context"
	"strings"
	"testing"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage"
)

// People of one's own as real couples type them: accents, Cyrillic, CJK,
// emoji, and a name of the longest length Venn takes.
var ownPeople = []model.Person{
	{Name: "Inès Łukasiewicz-Ångström", How: "from the choir 🎶", EveryWeeks: 4},
	{Name: "Тётя Наташа", How: "моя тётя", EveryWeeks: 8},
	{Name: "王小明 👋", How: "大学の友達", EveryWeeks: 2},
	{Name: strings.Repeat("Bartholomew ", 5), How: "school, then the band", EveryWeeks: 12},
}

// Maya's list of people of her own, and when she met them, stay on her
// computer: Liam's computer never receives them, nor the shared folder,
// and a file in the folder (another computer's, or an attacker's) cannot
// add to the list or change it.
func TestPeopleOfOnesOwnNeverLeaveTheirComputer(t *testing.T) {
	h := couple(t)
	ctx := context.Background()
	var saved []model.Person
	for _, p := range ownPeople {
		p.PartnerID = h.a.ID
		p.Name = strings.TrimSpace(p.Name)
		got, err := h.maya.svc.SavePerson(ctx, p)
		if err != nil {
			t.Fatalf("%q: %v", p.Name, err)
		}
		saved = append(saved, got)
	}
	if err := h.maya.svc.MetToday(ctx, h.a.ID, saved[1].ID); err != nil {
		t.Fatal(err)
	}
	h.maya.sync()
	h.liam.sync()
	for _, partner := range []string{h.a.ID, h.b.ID} {
		if got, err := h.liam.svc.People(ctx, partner); err != nil || len(got) != 0 {
			t.Errorf("Liam's computer holds people of one's own: %+v, %v", got, err)
		}
	}
	for _, p := range ownPeople {
		for _, word := range []string{strings.TrimSpace(p.Name), p.How} {
			if replicaHolds(t, h.maya, word) {
				t.Errorf("%q is in Maya's file in the shared folder", word)
			}
		}
	}
	// A file that knows a person's id says otherwise, with newer stamps;
	// another adds someone to her list.
	now := model.Stamp{WallMS: h.w.clock(0)().UnixMilli() + 1000, Device: mallory}
	h.drop(mallory+".venn", h.hostileMeta(mallory), []storage.SyncField{
		{Table: "own_people", RowID: saved[0].ID, Column: "name", Value: "Mallory", Stamp: now},
		{Table: "own_people", RowID: saved[0].ID, Column: "partner_id", Value: h.b.ID, Stamp: now},
		{Table: "own_people", RowID: storage.NewID(), Column: "name", Value: "A stranger", Stamp: now},
		{Table: "own_people", RowID: storage.NewID(), Column: "partner_id", Value: h.a.ID, Stamp: now},
	}, "")
	h.maya.sync()
	after, err := h.maya.svc.People(ctx, h.a.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(after) != len(ownPeople) {
		t.Fatalf("Maya's list has %d people after the file, want %d: %+v", len(after), len(ownPeople), after)
	}
	for _, p := range after {
		if p.Name == "Mallory" || p.Name == "A stranger" {
			t.Errorf("a file changed Maya's list: %+v", p)
		}
		if p.ID == saved[1].ID && p.LastMet != model.DateOf(h.w.clock(0)()) {
			t.Errorf("the meeting Maya noted reads %v", p.LastMet)
		}
	}
	if got, _ := h.maya.svc.People(ctx, h.b.ID); len(got) != 0 {
		t.Errorf("a file moved Maya's people to Liam: %+v", got)
	}
}

// A need rating Maya keeps on her computer is never sent, and a file that
// says it is shared cannot make it so.
func TestAFileCannotMakeAPrivateNeedRatingPublic(t *testing.T) {
	h := couple(t)
	ctx := context.Background()
	month := model.Date{Year: 2026, Month: 11, Day: 1}
	if err := h.maya.svc.SaveNeeds(ctx, month, h.a.ID, map[model.Need]int{model.NeedRelatedness: 0}, true); err != nil {
		t.Fatal(err)
	}
	ratings, err := h.maya.svc.Store().NeedRatings(ctx)
	if err != nil || len(ratings) != 1 {
		t.Fatalf("need ratings %+v, %v", ratings, err)
	}
	h.maya.sync()
	h.liam.sync()
	if got, _ := h.liam.svc.Store().NeedRatings(ctx); len(got) != 0 {
		t.Errorf("Liam's computer received Maya's private need rating: %+v", got)
	}
	now := model.Stamp{WallMS: h.w.clock(0)().UnixMilli() + 1000, Device: mallory}
	name := h.drop(mallory+".venn", h.hostileMeta(mallory), []storage.SyncField{
		{Table: "need_ratings", RowID: ratings[0].ID, Column: "private", Value: int64(0), Stamp: now},
		{Table: "need_ratings", RowID: ratings[0].ID, Column: "score", Value: int64(3), Stamp: now},
	}, "")
	rep := h.maya.sync()
	after, _ := h.maya.svc.Store().NeedRatings(ctx)
	if len(after) != 1 || !after[0].Private || after[0].Score != 0 {
		t.Fatalf("a file changed Maya's private need rating: %+v", after)
	}
	if got := protectedIn(rep, name); got != 1 {
		t.Errorf("the protected rating was reported %d times, want once", got)
	}
}
