package views

import "github.com/vennplanner/venn/i18n"

// speakChosenLanguage turns the window to the language chosen in Settings,
// once that language's words for the window are complete (English until
// then): the screens are built again in it, and the Settings page in view
// stays in view.
func (ui *UI) speakChosenLanguage() {
	tr := ui.svc.Translator(ui.ctx, i18n.Window)
	if tr.Lang() == i18n.Screen().Lang() {
		return
	}
	page := 0
	if s := ui.settings; s != nil && s.pages != nil {
		page = s.pages.SelectedIndex()
	}
	i18n.SetScreen(tr)
	ui.showMain()
	ui.showTab(tabSettings)
	if s := ui.settingsTab(); s.pages != nil && page < len(s.pages.Items) {
		s.pages.SelectIndex(page)
	}
}
