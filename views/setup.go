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
	title := widget.NewLabelWithStyle(say("ui.settings.welcome"), fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	title.SizeName = theme.SizeNameHeadingText
	intro := widget.NewLabel(say("ui.settings.welcomeIntro"))
	intro.Wrapping = fyne.TextWrapWord
	intro.Alignment = fyne.TextAlignCenter
	form := forms.NewHousehold()
	ui.setupForm = form
	start := widget.NewButton(say("ui.settings.startPlanning"), func() {
		if err := ui.svc.SaveHousehold(ui.ctx, form.Values()); err != nil {
			ui.showError(err)
			return
		}
		ui.setupForm = nil
		done()
		ui.offerStartAtLogin()
	})
	start.Importance = widget.HighImportance
	join := widget.NewButton(say("ui.settings.joinPartner"), func() { showJoinDialog(ui, done) })
	join.Importance = widget.LowImportance
	card := widget.NewCard("", "", container.NewVBox(title, intro, widget.NewSeparator(), form.Content(),
		container.NewCenter(start), widget.NewSeparator(), container.NewCenter(join)))
	return container.NewCenter(container.New(layout.NewGridWrapLayout(fyne.NewSize(560, 620)), card))
}
