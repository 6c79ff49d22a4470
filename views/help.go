package views

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// shortcutHelp lists every keyboard shortcut, as the Help dialog shows it:
// the keys (a catalogue key where they are words), and the catalogue key
// of what they do.
var shortcutHelp = [][2]string{
	{"Ctrl+N", "ui.settings.keyNewGoal"},
	{"Ctrl+F", "ui.settings.keySearch"},
	{"Ctrl+P", "ui.settings.keyPrint"},
	{"Ctrl+Z", "ui.settings.keyUndo"},
	{"ui.settings.keyRedoKeys", "ui.settings.keyRedo"},
	{"Ctrl+0 … Ctrl+7", "ui.settings.keyTabs"},
	{"Ctrl+PageDown / Ctrl+PageUp", "ui.settings.keyPages"},
	{"Tab / Shift+Tab", "ui.settings.keyTab"},
	{"ui.settings.keyArrowKeys", "ui.settings.keyArrows"},
	{"Enter", "ui.settings.keyEnter"},
	{"Ctrl+Left / Ctrl+Right", "ui.settings.keyMoveColumn"},
	{"Ctrl+Up / Ctrl+Down", "ui.settings.keyMoveUpDown"},
	{"Ctrl+Shift+Up / Down", "ui.settings.keyMoveLane"},
	{"Delete", "ui.settings.keyDelete"},
	{"Escape", "ui.settings.keyEscape"},
	{"ui.settings.keyChartKeys", "ui.settings.keyChart"},
	{"Ctrl+L", "ui.settings.keyLock"},
	{"F1", "ui.settings.keyF1"},
	{"Ctrl+Q", "ui.settings.keyQuit"},
}

// ShortcutList is the list F1 shows: the keys, and what they do.
func ShortcutList() [][2]string {
	rows := make([][2]string, len(shortcutHelp))
	for i, row := range shortcutHelp {
		keys := row[0]
		if strings.HasPrefix(keys, "ui.") {
			keys = say(keys)
		}
		rows[i] = [2]string{keys, say(row[1])}
	}
	return rows
}

func (ui *UI) showShortcuts() {
	grid := container.NewGridWithColumns(2)
	for _, row := range ShortcutList() {
		grid.Add(widget.NewLabelWithStyle(row[0], fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
		grid.Add(widget.NewLabel(row[1]))
	}
	note := widget.NewLabel(say("ui.settings.keysNote"))
	note.Importance = widget.LowImportance
	d := dialog.NewCustom(say("ui.settings.keyboardShortcuts"), say("ui.common.close"), container.NewVBox(grid, note), ui.win)
	ui.openDialog(d, nil)
}

func (ui *UI) showAbout() {
	meta := ui.app.Metadata()
	version := meta.Version
	if version == "" {
		version = Version
	}
	text := widget.NewLabel(say("ui.settings.about", "Version", version))
	text.Alignment = fyne.TextAlignCenter
	ui.openDialog(dialog.NewCustom(say("ui.settings.aboutVenn"), say("ui.common.close"), text, ui.win), nil)
}
