package views

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
)

func TestFileDialogsOpen(t *testing.T) {
	// Each of these sized its file dialog before showing it, which
	// dereferenced nil in Fyne 2.8.1 and closed the window.
	ui, w := newTestUI(t, true)
	opens := map[string]func(){
		"Export everything…":  ui.exportDialog,
		"Import…":             ui.importDialog,
		"Restore a backup…":   ui.restoreDialog,
		"Export .ics…":        func() { ui.showTab(tabCalendar); ui.calendarTab().exportICS() },
		"Choose folder…":      func() { ui.showTab(tabSettings); ui.settingsTab().sync.chooseFolder() },
		"Print → Browse…":     func() { f := ui.showPrintDialog(); f.path.browse() },
		"Join → browse":       func() { showJoinDialog(ui, func() {}) },
		"Crash note":          func() { ui.noteCrash(filepath.Join(t.TempDir(), "crash.txt")) },
		"Keyboard shortcuts":  ui.showShortcuts,
		"About Venn":          ui.showAbout,
		"Life event…":         func() { ui.showTab(tabCalendar); ui.calendarTab().logLifeEvent() },
		"Print a summary…":    func() { ui.showPrintDialog() },
		"New goal (Ctrl+N)":   ui.board.newGoal,
		"Weekly aims…":        func() { ui.showTab(tabCalendar); ui.calendarTab().editAims() },
		"Five-minute pause":   func() { ui.showBreathing() },
		"Signs…":              func() { ui.showTab(tabCheckins); ui.checkinsTab().balance.editSigns() },
		"Set capacity…":       func() { ui.showTab(tabResources); ui.resourcesTab().capacityDialog() },
		"Log what was spent…": func() { ui.showTab(tabResources); ui.resourcesTab().actualDialog("") },
	}
	for name, open := range opens {
		t.Run(name, func(t *testing.T) {
			open()
			if w.Canvas().Overlays().Top() == nil {
				t.Fatalf("%s opened no dialog", name)
			}
			// Escape closes it, and whatever it opened from.
			for range 3 {
				ui.typedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
			}
			if top := w.Canvas().Overlays().Top(); top != nil {
				t.Errorf("Escape left a dialog open after %s", name)
				top.Hide()
			}
		})
	}
}

func TestEscapeClosesTheFormEvenFromItsTitleField(t *testing.T) {
	ui, w := newTestUI(t, true)
	ui.board.newGoal()
	if ui.goalForm == nil || w.Canvas().Focused() != goalFormField[*entry](t, w, "Title") {
		t.Fatal("the goal form did not open with its title field focused")
	}
	typeInFocused(t, w, "Half-typed")
	w.Canvas().Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if w.Canvas().Overlays().Top() != nil || ui.goalForm != nil {
		t.Fatal("Escape in the title field did not cancel the goal form")
	}
	if hasCard(w, "Half-typed") {
		t.Error("Escape saved the goal")
	}
}

func TestEnterSavesTheGoalForm(t *testing.T) {
	ui, w := newTestUI(t, true)
	ui.board.newGoal()
	title := "Sunday brunch 🥞 — Café Zoë, жизнь 周末"
	typeInFocused(t, w, title)
	goalFormField[*entry](t, w, "Title").TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if w.Canvas().Overlays().Top() != nil {
		t.Fatal("Enter did not close the goal form")
	}
	if !hasCard(w, title) {
		t.Fatalf("no card %q after Enter", title)
	}
}

func TestF1ListsTheShortcutsWhereverTheFocusIs(t *testing.T) {
	ui, w := newTestUI(t, true)
	// Nothing focused: the window's own key handler.
	w.Canvas().Focus(nil)
	w.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyF1})
	if !strings.Contains(windowText(w), "Move the selected card") {
		t.Fatal("F1 did not list the shortcuts")
	}
	ui.typedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	// Typing in the search field.
	w.Canvas().Focus(ui.board.search)
	ui.board.search.TypedKey(&fyne.KeyEvent{Name: fyne.KeyF1})
	if w.Canvas().Overlays().Top() == nil || !strings.Contains(windowText(w), "Move the selected card") {
		t.Fatal("F1 in the search field did not list the shortcuts")
	}
}

func TestEveryListedShortcutIsBound(t *testing.T) {
	ui, _ := newTestUI(t, true)
	bound := map[string]bool{"F1": true} // a typed key (see keys.go)
	for _, m := range ui.win.MainMenu().Items {
		for _, it := range m.Items {
			if it.Shortcut != nil {
				bound[it.Shortcut.ShortcutName()] = true
			}
		}
	}
	for _, want := range []string{"CustomDesktop:Control+N", "CustomDesktop:Control+P", "CustomDesktop:Control+Q", "CustomDesktop:Control+F", "CustomDesktop:Control+1", "CustomDesktop:Control+7"} {
		if !bound[want] {
			t.Errorf("%s is not bound to a menu item (bound: %v)", want, bound)
		}
	}
}

func TestCrashNoteNamesTheReport(t *testing.T) {
	ui, w := newTestUI(t, true)
	report := filepath.Join(t.TempDir(), "crash-20261129-201500.000.txt")
	if err := os.WriteFile(report, []byte("panic: boom"), 0o600); err != nil {
		t.Fatal(err)
	}
	ui.noteCrash(report)
	if text := windowText(w); !strings.Contains(text, "closed unexpectedly") || !strings.Contains(text, report) {
		t.Fatalf("the crash note does not say where the report is:\n%s", text)
	}
}

// menuAction finds the action of the main menu's item whose shortcut is name.
func menuAction(t *testing.T, ui *UI, name string) func() {
	t.Helper()
	for _, m := range ui.win.MainMenu().Items {
		for _, it := range m.Items {
			if it.Shortcut != nil && it.Shortcut.ShortcutName() == name {
				return it.Action
			}
		}
	}
	t.Fatalf("no menu item bound to %s", name)
	return nil
}

func TestTabShortcutsDoNothingUnderAnOpenDialog(t *testing.T) {
	ui, _ := newTestUI(t, true)
	ui.showTab(tabBoard)
	ui.board.newGoal()
	if ui.win.Canvas().Overlays().Top() == nil {
		t.Fatal("the goal form did not open")
	}
	for _, name := range []string{"CustomDesktop:Control+2", "CustomDesktop:Control+7", "CustomDesktop:Control+0", "CustomDesktop:Control+P", "CustomDesktop:Control+N"} {
		menuAction(t, ui, name)()
		if tab(ui.tabs.SelectedIndex()) != tabBoard {
			t.Fatalf("%s changed the tab under the open goal form", name)
		}
	}
	ui.dismissTop()
	menuAction(t, ui, "CustomDesktop:Control+2")()
	if tab(ui.tabs.SelectedIndex()) != tabCalendar {
		t.Fatal("Ctrl+2 does not open the calendar once the form is closed")
	}
}
