package views

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/views/forms"
)

// newSetupScreen is the first-run welcome: who the two partners are.
// done runs once the household is saved.
func newSetupScreen(ui *UI, done func()) fyne.CanvasObject {
	title := widget.NewLabelWithStyle("Welcome to Venn", fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	title.SizeName = theme.SizeNameHeadingText
	intro := widget.NewLabel("Venn keeps each of you whole and helps you build a shared life: " +
		"your own goals, your shared goals, and the overlap. Tell it who you are; you can change this later in Settings.")
	intro.Wrapping = fyne.TextWrapWord
	intro.Alignment = fyne.TextAlignCenter
	form := forms.NewHousehold()
	ui.setupForm = form
	start := widget.NewButton("Start planning", func() {
		if err := ui.svc.SaveHousehold(ui.ctx, form.Values()); err != nil {
			ui.showError(err)
			return
		}
		ui.setupForm = nil
		done()
		ui.offerStartAtLogin()
	})
	start.Importance = widget.HighImportance
	join := widget.NewButton("Join the household your partner set up…", func() { showJoinDialog(ui, done) })
	join.Importance = widget.LowImportance
	card := widget.NewCard("", "", container.NewVBox(title, intro, widget.NewSeparator(), form.Content(),
		container.NewCenter(start), widget.NewSeparator(), container.NewCenter(join)))
	return container.NewCenter(container.New(layout.NewGridWrapLayout(fyne.NewSize(560, 620)), card))
}
