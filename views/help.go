package views

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// shortcutHelp lists every keyboard shortcut, as the Help dialog shows it.
var shortcutHelp = [][2]string{
	{"Ctrl+N", "New goal"},
	{"Ctrl+F", "Search the board"},
	{"Ctrl+P", "Print a summary of a quarter or year"},
	{"Ctrl+Z", "Undo the last edit since Venn opened (in a text field: the typing)"},
	{"Ctrl+Shift+Z or Ctrl+Y", "Redo what was undone"},
	{"Ctrl+0 … Ctrl+7", "Today / Board / Calendar / Rituals / Resources / Check-ins / Sessions / Settings"},
	{"Ctrl+PageDown / Ctrl+PageUp", "Next / previous page of a screen (Check-ins, Sessions, Settings)"},
	{"Tab / Shift+Tab", "Next / previous control; Space presses it, the arrow keys move in a group, the week, a ritual's days"},
	{"Arrow keys", "Select the next card up, down, left or right"},
	{"Enter", "Open the selected card"},
	{"Ctrl+Left / Ctrl+Right", "Move the selected card to the previous / next column"},
	{"Ctrl+Up / Ctrl+Down", "Move the selected card up / down in its column"},
	{"Ctrl+Shift+Up / Down", "Move the selected card to the lane above / below"},
	{"Delete", "Delete the selected card (asks first)"},
	{"Escape", "Clear the selection"},
	{"Left / Right on a chart (Up / Down on the split)", "Say the next week, month or row; Enter opens where its numbers come from"},
	{"Ctrl+L", "Lock every open private space"},
	{"F1", "This list"},
	{"Ctrl+Q", "Quit"},
}

// ShortcutList is the list F1 shows: the keys, and what they do.
func ShortcutList() [][2]string { return slices.Clone(shortcutHelp) }

func (ui *UI) showShortcuts() {
	grid := container.NewGridWithColumns(2)
	for _, row := range shortcutHelp {
		grid.Add(widget.NewLabelWithStyle(row[0], fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
		grid.Add(widget.NewLabel(row[1]))
	}
	note := widget.NewLabel("On a Mac, use Cmd where this says Ctrl. Cards can also be dragged with the mouse.")
	note.Importance = widget.LowImportance
	d := dialog.NewCustom("Keyboard shortcuts", say("ui.common.close"), container.NewVBox(grid, note), ui.win)
	ui.openDialog(d, nil)
}

func (ui *UI) showAbout() {
	meta := ui.app.Metadata()
	version := meta.Version
	if version == "" {
		version = Version
	}
	text := widget.NewLabel("Venn " + version + "\n\nA planner for two partners who want to stay two whole people\nand still build a shared life.\n\nYour data stays on your computers.")
	text.Alignment = fyne.TextAlignCenter
	ui.openDialog(dialog.NewCustom("About Venn", say("ui.common.close"), text, ui.win), nil)
}
