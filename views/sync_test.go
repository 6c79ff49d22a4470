package views

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/app"
	"github.com/vennplanner/venn/model"
)

// partnerComputer is the other computer: a service with the demo household
// syncing into shared (encrypted with the passphrase, if one is given).
func partnerComputer(t *testing.T, shared string, passphrase ...string) *app.Service {
	t.Helper()
	ctx := context.Background()
	svc, err := app.Open(ctx, t.TempDir(), app.Options{Now: testClock, Secrets: noKeychain{}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { svc.Close() })
	if err := svc.Demo(ctx, 1); err != nil {
		t.Fatal(err)
	}
	for _, p := range passphrase {
		if err := svc.SetSyncPassphrase(ctx, p); err != nil {
			t.Fatal(err)
		}
	}
	if err := svc.SetSyncFolder(ctx, shared); err != nil {
		t.Fatal(err)
	}
	if len(passphrase) == 0 {
		if err := svc.ChooseNoPassphrase(ctx); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := svc.SyncNow(ctx); err != nil {
		t.Fatal(err)
	}
	return svc
}

func tapButton(t *testing.T, objects []fyne.CanvasObject, text string) {
	t.Helper()
	for _, o := range objects {
		if b, ok := o.(*widget.Button); ok && b.Text == text {
			test.Tap(b)
			return
		}
	}
	t.Fatalf("no button %q", text)
}

func TestJoinFromTheSetUpScreenThenSeeThePartnersEdits(t *testing.T) {
	shared := t.TempDir()
	maya := partnerComputer(t, shared)
	ui, w := newTestUI(t, false)
	showJoinDialog(ui, ui.showMain)
	ui.joinForm.folder.SetText(shared)
	ui.joinForm.name.SetText("Liam")
	tapButton(t, test.LaidOutObjects(w.Canvas().Overlays().Top()), "Join")
	if ui.board == nil || ui.tabs.SelectedIndex() != int(tabToday) {
		t.Fatal("joining did not open the main window on Today")
	}
	ui.showTab(tabBoard)
	if ui.board.view.Total != app.DemoGoalCount || !hasCard(w, "Two weeks in Italy") {
		t.Fatalf("the joined board shows %d goals", ui.board.view.Total)
	}
	// Maya adds a goal on her computer; after a sync it is on Liam's board.
	ctx := context.Background()
	if _, err := maya.CreateGoal(ctx, model.GoalPatch{Title: model.Ptr("Learn to sail")}); err != nil {
		t.Fatal(err)
	}
	if _, err := maya.SyncNow(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := ui.svc.SyncNow(ctx); err != nil {
		t.Fatal(err)
	}
	if !hasCard(w, "Learn to sail") {
		t.Fatal("the board did not refresh after a merge")
	}
	ui.settingsTab().sync.showStatus()
	text := labelsText(ui.settingsTab().sync.details.Objects)
	if !strings.Contains(text, "Other computers") || !strings.Contains(ui.settingsTab().sync.status.Text, "Last synced") {
		t.Fatalf("sync panel shows %q / %q", ui.settingsTab().sync.status.Text, text)
	}
}

func TestJoinWithAWrongNameExplains(t *testing.T) {
	shared := t.TempDir()
	partnerComputer(t, shared)
	ui, _ := newTestUI(t, false)
	err := ui.svc.JoinHousehold(context.Background(), shared, "", "Zed", "")
	if err == nil || !strings.Contains(sayError(err), "Maya and Liam") {
		t.Fatalf("joining as an unknown partner: %v", err)
	}
}

func TestSyncPanelShowsSkippedFiles(t *testing.T) {
	shared := t.TempDir()
	partnerComputer(t, shared)
	ui, _ := newTestUI(t, true)
	p := ui.settingsTab().sync
	if err := ui.svc.SetSyncFolder(ui.ctx, shared); err == nil {
		t.Fatal("a folder with another household's data was accepted")
	}
	own := t.TempDir()
	p.useFolder(own)
	if p.folder.Text != own {
		t.Fatalf("folder label %q", p.folder.Text)
	}
	writeFile(t, own, "Venn/replicas/half.venn", "SQLite format 3")
	if _, err := ui.svc.SyncNow(ui.ctx); err != nil {
		t.Fatal(err)
	}
	p.showStatus()
	if text := labelsText(p.details.Objects); !strings.Contains(text, "half.venn") {
		t.Fatalf("skipped file not shown: %q", text)
	}
}

func labelsText(objs []fyne.CanvasObject) string {
	var sb strings.Builder
	for _, o := range objs {
		if l, ok := o.(*widget.Label); ok {
			sb.WriteString(l.Text)
			sb.WriteByte('\n')
		}
	}
	return sb.String()
}

func writeFile(t *testing.T, dir, rel, body string) {
	t.Helper()
	path := filepath.Join(dir, rel)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestJoinAFolderOfTwoHouseholdsAsksWhichIsYours(t *testing.T) {
	shared := t.TempDir()
	maya := partnerComputer(t, shared)
	// An old household synced into the same folder once.
	ctx := context.Background()
	old, err := app.Open(ctx, t.TempDir(), app.Options{Now: testClock})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { old.Close() })
	if err := old.SaveHousehold(ctx, app.HouseholdSetup{Name: "Old", Currency: "EUR", WeekStart: 1,
		A: app.PartnerSetup{Name: "Ana", Color: "#3b82f6"}, B: app.PartnerSetup{Name: "Ben", Color: "#e07a5f"}}); err != nil {
		t.Fatal(err)
	}
	if err := old.Store().SetMeta(ctx, "sync_folder", shared); err != nil {
		t.Fatal(err)
	}
	if err := old.ChooseNoPassphrase(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := old.SyncNow(ctx); err != nil {
		t.Fatal(err)
	}
	ui, w := newTestUI(t, false)
	showJoinDialog(ui, ui.showMain)
	ui.joinForm.folder.SetText(shared)
	ui.joinForm.name.SetText("Liam")
	tapButton(t, test.LaidOutObjects(w.Canvas().Overlays().Top()), "Join")
	var pick *widget.RadioGroup
	for _, o := range test.LaidOutObjects(w.Canvas().Overlays().Top()) {
		if r, ok := o.(*widget.RadioGroup); ok {
			pick = r
		}
	}
	if text := windowText(w); !strings.Contains(text, "Which one is yours") || pick == nil ||
		!strings.Contains(strings.Join(pick.Options, "|"), "Maya & Liam") || !strings.Contains(strings.Join(pick.Options, "|"), "Ana & Ben") {
		t.Fatalf("no choice of households shown:\n%s", text)
	}
	for _, opt := range pick.Options {
		if strings.HasPrefix(opt, "Maya & Liam") {
			pick.SetSelected(opt)
		}
	}
	tapButton(t, test.LaidOutObjects(w.Canvas().Overlays().Top()), "Join")
	h, _, err := ui.svc.Household(ctx)
	mh, _, _ := maya.Household(ctx)
	if err != nil || h.ID != mh.ID {
		t.Fatalf("joined %+v, %v; want Maya and Liam's household", h, err)
	}
}

func TestWithoutAKeychainVennAsksForThePassphraseWhenSyncNeedsIt(t *testing.T) {
	t.Setenv("VENN_PASSPHRASE", "")
	ctx := context.Background()
	shared := t.TempDir()
	const pass = "our kitchen-table passphrase"
	maya := partnerComputer(t, shared, pass)
	ui, w := newTestUI(t, false)
	if err := ui.svc.JoinHousehold(ctx, shared, pass, "Liam", ""); err != nil {
		t.Fatal(err)
	}
	ui.showMain()
	ui.showTab(tabBoard)
	set, _ := ui.svc.SyncSettings(ctx)
	if set.PassKept != app.PassKeptSession || !strings.Contains(passKeptWords(set), "no keychain") {
		t.Fatalf("kept %q", set.PassKept)
	}
	// Venn restarts: the passphrase is gone with the session.
	if err := ui.svc.SetSyncPassphrase(ctx, ""); err != nil {
		t.Fatal(err)
	}
	if _, err := maya.CreateGoal(ctx, model.GoalPatch{Title: model.Ptr("Learn to sail")}); err != nil {
		t.Fatal(err)
	}
	if _, err := maya.SyncNow(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := ui.svc.SyncNow(ctx); err != nil {
		t.Fatal(err)
	}
	if !ui.svc.SyncStatus().Report.NeedPassphrase {
		t.Fatal("the sync report does not say the passphrase is needed")
	}
	ui.askPassphraseIfNeeded()
	top := w.Canvas().Overlays().Top()
	if top == nil || !strings.Contains(windowText(w), "shared folder is encrypted") {
		t.Fatal("Venn did not ask for the passphrase")
	}
	overlayWidgets[*entry](w)[0].SetText(pass)
	tapButton(t, test.LaidOutObjects(top), "Sync")
	if _, err := ui.svc.SyncNow(ctx); err != nil {
		t.Fatal(err)
	}
	if !hasCard(w, "Learn to sail") {
		t.Fatal("after typing the passphrase, Maya's goal did not arrive")
	}
	// Asked once a session, not at every pass: when the passphrase is
	// needed again (here it is forgotten once more and Maya writes), the
	// passes that follow do not ask again.
	if err := ui.svc.SetSyncPassphrase(ctx, ""); err != nil {
		t.Fatal(err)
	}
	if _, err := maya.CreateGoal(ctx, model.GoalPatch{Title: model.Ptr("Paint the boat")}); err != nil {
		t.Fatal(err)
	}
	if _, err := maya.SyncNow(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := ui.svc.SyncNow(ctx); err != nil {
		t.Fatal(err)
	}
	if !ui.svc.SyncStatus().Report.NeedPassphrase {
		t.Fatal("the passphrase is not needed again: nothing shows whether Venn would ask twice")
	}
	ui.askPassphraseIfNeeded()
	if len(w.Canvas().Overlays().List()) != 0 {
		t.Error("asked again in the same session")
	}
}

func TestChoosingAFolderAsksWhetherToEncryptBeforeWritingAnything(t *testing.T) {
	ui, w := newTestUI(t, true)
	shared := t.TempDir()
	ui.showTab(tabSettings)
	ui.settingsTab().sync.useFolder(shared)
	if !strings.Contains(windowText(w), "Encrypt what Venn keeps in the shared folder?") {
		t.Fatalf("no question whether to encrypt:\n%s", windowText(w))
	}
	own := filepath.Join(shared, "Venn", "replicas", ui.svc.Store().Device()+".venn")
	if _, err := ui.svc.SyncNow(ui.ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(own); err == nil {
		t.Fatal("a file was written before the couple chose")
	}
	if why := syncBlocked(ui.svc.SyncStatus()); !strings.Contains(why, "whether your household uses a passphrase") {
		t.Fatalf("the sync headline does not say why nothing is written: %q", why)
	}
	tapButton(t, test.LaidOutObjects(w.Canvas().Overlays().Top()), "No passphrase")
	if _, err := ui.svc.SyncNow(ui.ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(own); err != nil {
		t.Fatalf("no file after choosing: %v", err)
	}
}

func TestTodaySaysWhenThePartnersFilesCannotBeRead(t *testing.T) {
	shared := t.TempDir()
	partnerComputer(t, shared, "our kitchen table")
	ui, w := newTestUI(t, true)
	ctx := context.Background()
	if err := ui.svc.SetSyncFolder(ctx, shared); err != nil {
		t.Fatal(err)
	}
	if err := ui.svc.ChooseNoPassphrase(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := ui.svc.SyncNow(ctx); err != nil {
		t.Fatal(err)
	}
	ui.showTab(tabToday)
	if !strings.Contains(windowText(w), "Your other computer's files are encrypted and this computer has no household passphrase") {
		t.Fatalf("Today does not say the partner's files cannot be read:\n%s", windowText(w))
	}
}
