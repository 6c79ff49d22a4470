package views

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/views/widgets"
)

const (
	lockedGoal   = "Ask for a room of my own 🫖"
	lockedRitual = "Night pages ✍️"
	lockedAnswer = "Some evenings I want the flat to myself"
)

// overlayWidgets finds widgets of type T in the dialogs on top.
func overlayWidgets[T any](w fyne.Window) []T {
	var out []T
	for _, o := range w.Canvas().Overlays().List() {
		for _, x := range test.LaidOutObjects(o) {
			if v, ok := x.(T); ok {
				out = append(out, v)
			}
		}
	}
	return out
}

func TestALockedPartnersPrivateItemsAreOnNoScreen(t *testing.T) {
	ui, w := newTestUI(t, true)
	maya, liam := ui.partners[0], ui.partners[1]
	if _, err := ui.svc.CreateGoal(ui.ctx, model.GoalPatch{Title: model.Ptr(lockedGoal), Owner: model.Ptr(model.Owner(liam.ID)), Private: model.Ptr(true)}); err != nil {
		t.Fatal(err)
	}
	if _, err := ui.svc.SaveRitual(ui.ctx, model.Ritual{Title: lockedRitual, Who: model.Owner(liam.ID), Cadence: model.Cadence{Times: 1, Per: model.PerDay}, Private: true}); err != nil {
		t.Fatal(err)
	}
	// Liam sets his lock in Settings; the form asks twice.
	ui.showTab(tabSettings)
	ui.setLockDialog(liam)
	entries := overlayWidgets[*entry](w)
	if len(entries) != 2 {
		t.Fatalf("the lock form has %d fields", len(entries))
	}
	entries[0].SetText("a quiet room")
	entries[1].SetText("a quiet room")
	form := overlayWidgets[*widget.Button](w)
	for _, b := range form {
		if b.Text == "Set the lock" {
			test.Tap(b)
		}
	}
	waitFor(t, func() bool { st, _ := ui.svc.LockStatuses(ui.ctx); return st[1].HasLock })
	if ui.svc.IsLocked(liam.ID) {
		t.Fatal("the space closed as the lock was set")
	}
	// Ctrl+L locks it.
	ui.lockAll()
	if !ui.svc.IsLocked(liam.ID) || ui.svc.IsLocked(maya.ID) {
		t.Fatal("Ctrl+L did not lock Liam's space")
	}
	// The board, the rituals, the check-ins and the balance, as Maya and as Liam.
	ui.showTab(tabBoard)
	if text := windowText(w); strings.Contains(text, lockedGoal) || !strings.Contains(text, "Liam: private goals locked away") {
		t.Errorf("board while locked:\n%s", text)
	}
	ui.showTab(tabRituals)
	for _, r := range ui.ritualsTab().view.Rituals {
		if r.Ritual.Title == lockedRitual {
			t.Error("the locked ritual is listed")
		}
	}
	ui.showTab(tabCheckins)
	s := ui.checkinsTab()
	s.reader.SetSelected(liam.Name)
	s.goToWeek(s.week.AddDays(-35)) // the week of Liam's private answer
	text := windowText(w)
	if strings.Contains(text, lockedAnswer) || !strings.Contains(text, "Liam's space is locked") || !s.save.Disabled() {
		t.Errorf("check-ins as Liam while locked:\n%s", text)
	}
	s.tabs.SelectIndex(1)
	s.search.SetText("flat to myself")
	if len(s.history) != 0 {
		t.Error("search finds the locked answer")
	}
	s.tabs.SelectIndex(2)
	b := s.balance
	b.rater.SetSelectedIndex(1)
	if len(b.radios) != 0 || !b.saveButton.Disabled() || b.closeness.choose.Visible() {
		t.Error("Liam's balance ratings can be seen or changed while locked")
	}
	// Unlocking with the wrong passphrase says so and keeps the dialog.
	s.tabs.SelectIndex(0)
	ui.unlockDialog(liam, nil)
	pass := overlayWidgets[*entry](w)[0]
	pass.SetText("a loud room")
	pass.OnSubmitted(pass.Text)
	waitFor(t, func() bool { return strings.Contains(windowText(w), "does not unlock") })
	if !ui.svc.IsLocked(liam.ID) {
		t.Fatal("a wrong passphrase opened the space")
	}
	pass.SetText("a quiet room")
	pass.OnSubmitted(pass.Text)
	waitFor(t, func() bool { return !ui.svc.IsLocked(liam.ID) })
	s.reloadWeek()
	if !strings.Contains(s.entries[s.view.Prompts[2].ID].Text, lockedAnswer) {
		t.Errorf("after unlocking, Liam's private answer is not back: %q", s.entries[s.view.Prompts[2].ID].Text)
	}
	if len(w.Canvas().Overlays().List()) != 0 {
		t.Error("the unlock dialog stayed open")
	}
}

// waitFor waits for work done off the UI goroutine: up to a minute, far
// beyond what the slowest machine needs, so only work that never ends
// fails here.
func waitFor(t *testing.T, ok func() bool) {
	t.Helper()
	for range 2400 {
		if ok() {
			return
		}
		time.Sleep(25 * time.Millisecond)
	}
	t.Fatal("timed out")
}

func TestTheLockFormSaysHowLongAPassphraseWouldTakeToGuess(t *testing.T) {
	ui, w := newTestUI(t, true)
	liam := ui.partners[1]
	ui.setLockDialog(liam)
	entries := overlayWidgets[*entry](w)
	bars := overlayWidgets[*widgets.Meter](w)
	if len(entries) < 2 || len(bars) != 1 {
		t.Fatalf("the lock form has %d entries and %d strength bars", len(entries), len(bars))
	}
	test.Type(entries[0], "123456")
	if text := windowText(w); !strings.Contains(text, "too easy") || bars[0].Value >= 1 || bars[0].Good {
		t.Fatalf("a six-digit PIN is not called too easy (bar %.2f):\n%s", bars[0].Value, text)
	}
	entries[0].SetText("")
	test.Type(entries[0], "lantern orchard Tuesday velvet")
	if text := windowText(w); strings.Contains(text, "too easy") || bars[0].Value != 1 || !bars[0].Good {
		t.Fatalf("four unrelated words are not strong enough (bar %.2f):\n%s", bars[0].Value, text)
	}
}

func TestAResetLockKeepsItsItemsForTheOwnerToBringBack(t *testing.T) {
	ui, w := newTestUI(t, true)
	liam := ui.partners[1]
	if _, err := ui.svc.CreateGoal(ui.ctx, model.GoalPatch{Title: model.Ptr(lockedGoal), Owner: model.Ptr(model.Owner(liam.ID)), Private: model.Ptr(true)}); err != nil {
		t.Fatal(err)
	}
	const pass = "lantern orchard Tuesday velvet"
	if err := ui.svc.SetLock(ui.ctx, liam.ID, pass); err != nil {
		t.Fatal(err)
	}
	if err := ui.svc.LockAll(ui.ctx); err != nil {
		t.Fatal(err)
	}
	statuses, _ := ui.svc.LockStatuses(ui.ctx)
	ui.forgotLockDialog(statuses[1])
	if !strings.Contains(windowText(w), "stays sealed, out of sight, for 30 days") {
		t.Fatalf("the reset does not say what is kept:\n%s", windowText(w))
	}
	tapButtonLabelled(t, w, "Reset the lock")
	ui.openSettings("Private spaces")
	if !strings.Contains(windowText(w), "kept until") {
		t.Fatalf("Settings does not say the items are kept:\n%s", windowText(w))
	}
	if _, _, err := ui.svc.RestoreReset(ui.ctx, liam.ID, pass); err != nil {
		t.Fatal(err)
	}
	ui.showTab(tabBoard)
	if !hasCard(w, lockedGoal) {
		t.Fatal("the goal kept by the reset did not come back")
	}
}
