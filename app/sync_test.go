package app

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage/replica"
)

func TestJoinHouseholdThroughFolder(t *testing.T) {
	ctx := context.Background()
	shared := t.TempDir()
	maya := newService(t)
	if err := maya.Demo(ctx, 1); err != nil {
		t.Fatal(err)
	}
	if _, err := maya.SyncNow(ctx); !errors.Is(err, ErrNoSyncFolder) {
		t.Fatalf("sync without a folder: %v", err)
	}
	if err := maya.SetSyncFolder(ctx, shared); err != nil {
		t.Fatal(err)
	}
	if err := maya.ChooseNoPassphrase(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := maya.SyncNow(ctx); err != nil {
		t.Fatal(err)
	}
	liam := newService(t)
	if err := liam.JoinHousehold(ctx, shared, "", "nobody", ""); !model.IsValidation(err) || !strings.Contains(err.Error(), "Maya and Liam") {
		t.Fatalf("join as an unknown partner: %v", err)
	}
	if err := liam.JoinHousehold(ctx, shared, "", "liam", ""); err != nil {
		t.Fatal(err)
	}
	set, _ := liam.SyncSettings(ctx)
	_, partners, _ := liam.Household(ctx)
	if set.PartnerID != partners[1].ID {
		t.Fatal("the joining computer does not know it is Liam's")
	}
	// Everything arrived except the check-in answers Maya's computer holds
	// back (this week's, until Liam answers, and a private one).
	want, held := withoutHeldAnswers(t, maya)
	if held == 0 {
		t.Fatal("the demo should hold some answers back")
	}
	if got, _ := withoutHeldAnswers(t, liam); got != want {
		t.Fatalf("exports differ after joining: %s", firstDiff(want, got))
	}
	// Maya's private therapy block, Liam's private check-in answer and
	// health note, both journals and both lists of people of their own
	// stay on Maya's computer.
	for _, secret := range []string{"Therapy", "Some evenings I want the flat to myself", "Cold. Stayed in.",
		"Booked the pottery class", "sent the orange route", "Inès Moreau", "Ólafur", "Band, since school",
		"The song I am writing for her"} {
		if strings.Contains(exportString(t, liam), secret) {
			t.Errorf("%q reached Liam's computer", secret)
		}
		filepath.WalkDir(shared, func(path string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				if data, _ := os.ReadFile(path); strings.Contains(string(replica.Uncompressed(data)), secret) {
					t.Errorf("%q is in the shared folder (%s)", secret, filepath.Base(path))
				}
			}
			return nil
		})
	}
	// A third household cannot take over the folder.
	other := newService(t)
	setUp(t, other)
	if err := other.SetSyncFolder(ctx, shared); !model.IsValidation(err) {
		t.Fatalf("another household's folder accepted: %v", err)
	}
}

// withoutHeldAnswers is the service's export without the check-in answers
// held on this computer and without private items, and how many answers
// were held.
func withoutHeldAnswers(t *testing.T, s *Service) (string, int) {
	t.Helper()
	answers, err := s.store.Answers(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	held := map[string]bool{}
	for _, a := range answers {
		if a.Private {
			held[a.ID] = true
		}
	}
	var doc map[string]any
	if err := json.Unmarshal([]byte(exportString(t, s)), &doc); err != nil {
		t.Fatal(err)
	}
	// A journal never leaves its computer, nor the people of one's own.
	delete(doc, "journal")
	delete(doc, "people")
	// How present time together felt travels only from the rater's own
	// computer: the demo rated for both on one that belonged to nobody.
	delete(doc, "presence")
	delete(doc, "presence_marks")
	// Private items of any kind stay on their computer too.
	for key, list := range doc {
		items, ok := list.([]any)
		if !ok {
			continue
		}
		var kept []any
		for _, c := range items {
			item, _ := c.(map[string]any)
			if item == nil || (!held[fmt.Sprint(item["id"])] && item["private"] != true) {
				kept = append(kept, c)
			}
		}
		doc[key] = kept
	}
	out, _ := json.MarshalIndent(doc, "", "  ")
	return string(out), len(held)
}

func TestBackgroundSyncWritesAfterEditsAndStops(t *testing.T) {
	ctx := context.Background()
	shared := t.TempDir()
	s := newService(t)
	setUp(t, s)
	if err := s.SetSyncFolder(ctx, shared); err != nil {
		t.Fatal(err)
	}
	if err := s.ChooseNoPassphrase(ctx); err != nil {
		t.Fatal(err)
	}
	statuses := make(chan struct{}, 16)
	cancel := s.OnSyncStatus(func() {
		select {
		case statuses <- struct{}{}:
		default:
		}
	})
	defer cancel()
	if err := s.StartSync(ctx); err != nil {
		t.Fatal(err)
	}
	select {
	case <-statuses:
	case <-time.After(10 * time.Second):
		t.Fatal("no first pass")
	}
	if !s.SyncStatus().Running {
		t.Fatal("status says sync is not running")
	}
	own := filepath.Join(replica.Dir(shared), replica.FileName(s.Store().Device()))
	if _, err := os.Stat(own); err != nil {
		t.Fatalf("no replica after the first pass: %v", err)
	}
	g, err := s.CreateGoal(ctx, model.GoalPatch{Title: model.Ptr("Written in the background")})
	if err != nil {
		t.Fatal(err)
	}
	// StopSync writes the pending edit before it returns.
	s.StopSync()
	if s.SyncStatus().Running {
		t.Fatal("still running after StopSync")
	}
	r, err := replica.Read(ctx, own, "")
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, f := range r.Fields {
		if f.RowID == g.ID && f.Column == "title" {
			found = true
		}
	}
	if !found {
		t.Fatal("the edit made just before closing is not in the replica")
	}
}

func TestPassphraseRules(t *testing.T) {
	s := newService(t)
	if err := s.SetSyncPassphrase(context.Background(), "short"); !model.IsValidation(err) {
		t.Fatalf("short passphrase: %v", err)
	}
	if err := s.SetSyncPassphrase(context.Background(), "long enough words"); err != nil {
		t.Fatal(err)
	}
	set, _ := s.SyncSettings(context.Background())
	if !set.HasPassphrase {
		t.Fatal("passphrase not saved")
	}
}

// TestJoinAsksWhichHouseholdWhenTheFolderHoldsSeveral: an old household's
// files, or a decoy named to sort first, must not decide what a new
// computer joins.
func TestJoinAsksWhichHouseholdWhenTheFolderHoldsSeveral(t *testing.T) {
	ctx := context.Background()
	shared := t.TempDir()
	maya := newService(t)
	if err := maya.Demo(ctx, 1); err != nil {
		t.Fatal(err)
	}
	if err := maya.SetSyncFolder(ctx, shared); err != nil {
		t.Fatal(err)
	}
	if err := maya.ChooseNoPassphrase(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := maya.SyncNow(ctx); err != nil {
		t.Fatal(err)
	}
	// Another household's computer writes into the same folder, under a
	// name that sorts before Maya's file.
	decoy := newService(t)
	setUp(t, decoy)
	fields, err := decoy.Store().SyncedFields(ctx)
	if err != nil {
		t.Fatal(err)
	}
	h, _, _ := decoy.Household(ctx)
	err = replica.Write(ctx, filepath.Join(replica.Dir(shared), "00000000-0000-0000-0000-000000000000.venn"), replica.Replica{
		Meta:   replica.Meta{DeviceID: decoy.Store().Device(), DeviceName: "Decoy", HouseholdID: h.ID, SchemaVersion: 8, WrittenAt: time.Now().Add(-time.Hour)},
		Fields: fields,
	}, "")
	if err != nil {
		t.Fatal(err)
	}
	liam := newService(t)
	err = liam.JoinHousehold(ctx, shared, "", "liam", "")
	if !errors.Is(err, ErrSeveralHouseholds) || !strings.Contains(err.Error(), "Maya & Liam") || !strings.Contains(err.Error(), "Zoë & Łukasz") {
		t.Fatalf("joining a folder of two households: %v", err)
	}
	if _, _, err := liam.Household(ctx); !errors.Is(err, ErrNoHousehold) {
		t.Fatal("a household was adopted before anyone chose")
	}
	found, _, err := liam.FolderHouseholds(ctx, shared, "")
	if err != nil || len(found) != 2 {
		t.Fatalf("households in the folder: %+v, %v", found, err)
	}
	mayas, _, _ := maya.Household(ctx)
	if err := liam.JoinHousehold(ctx, shared, "", "liam", mayas.ID); err != nil {
		t.Fatal(err)
	}
	got, partners, _ := liam.Household(ctx)
	if got.ID != mayas.ID || len(partners) != 2 || partners[0].Name != "Maya" {
		t.Fatalf("joined %+v with %+v", got, partners)
	}
	if strings.Contains(exportString(t, liam), "Łukasz") {
		t.Error("the other household's data was merged")
	}
}
