package views

import (
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/i18n"
	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/views/forms"
	"github.com/vennplanner/venn/views/widgets"
)

const prefAppearance = "appearance"

// settingsScreen edits the household, the board's columns, the appearance,
// and shows where the data lives.
type settingsScreen struct {
	ui         *UI
	household  *forms.Household
	colNames   []*entry
	colLimits  []*entry
	appearance *widget.RadioGroup
	textSize   *widget.RadioGroup
	sync       *syncPanel
	locks      *lockPanel
	reminders  *reminderPanel
	dataPath   *widget.Label
	labels     *fyne.Container // a row per label: its chip and the palette
	pages      *container.AppTabs
	content    fyne.CanvasObject
}

// appearanceLabels are the appearance choices' words, in the window's
// language.
func appearanceLabels() map[string]string {
	return map[string]string{AppearanceSystem: say("ui.settings.followSystem"), AppearanceLight: say("ui.settings.light"), AppearanceDark: say("ui.settings.dark")}
}

// settingsPages are Settings' pages, in order, by their English titles:
// openSettings finds a page by them whatever language the window speaks.
var settingsPages = []string{"Household", "Sync", "Reminders", "Private spaces", "Board", "Appearance", "Your data"}

func newSettingsScreen(ui *UI) *settingsScreen {
	s := &settingsScreen{ui: ui, household: forms.NewHousehold(), labels: container.NewVBox()}
	saveHousehold := widget.NewButton(say("ui.settings.saveHousehold"), s.saveHousehold)
	saveHousehold.Importance = widget.HighImportance

	grid := container.NewGridWithColumns(3,
		widget.NewLabelWithStyle(say("ui.settings.column"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		widget.NewLabelWithStyle(say("ui.settings.nameOnBoard"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		widget.NewLabelWithStyle(say("ui.settings.limitHeading"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	for _, c := range model.Columns {
		name, limit := newEntry(), newEntry()
		name.Name, limit.Name = say("ui.settings.columnName", "Column", c.DefaultNameIn(i18n.Screen())), say("ui.settings.columnLimit", "Column", c.DefaultNameIn(i18n.Screen()))
		s.colNames = append(s.colNames, name)
		s.colLimits = append(s.colLimits, limit)
		grid.Add(widget.NewLabel(c.DefaultNameIn(i18n.Screen())))
		grid.Add(name)
		grid.Add(limit)
	}
	saveColumns := widget.NewButton(say("ui.settings.saveColumns"), s.saveColumns)
	limitsHelp := quietLabel(say("ui.settings.limitsHelp"))

	appearanceLabels := appearanceLabels()
	var options []string
	for _, k := range []string{AppearanceSystem, AppearanceLight, AppearanceDark} {
		options = append(options, appearanceLabels[k])
	}
	s.appearance = widget.NewRadioGroup(options, func(label string) {
		for k, v := range appearanceLabels {
			if v == label {
				ui.app.Preferences().SetString(prefAppearance, k)
				ui.app.Settings().SetTheme(vennTheme{appearance: k})
			}
		}
	})
	s.appearance.Horizontal = true
	s.appearance.SetSelected(appearanceLabels[ui.app.Preferences().StringWithFallback(prefAppearance, AppearanceSystem)])

	s.textSize = newTextSizeChoice(ui)

	s.dataPath = widget.NewLabel(ui.svc.Store().Path())
	s.dataPath.Wrapping = fyne.TextWrapBreak
	exportBtn := widget.NewButton(say("ui.settings.exportEverything"), ui.exportDialog)
	importBtn := widget.NewButton(say("ui.settings.import"), ui.importDialog)
	restoreBtn := widget.NewButton(say("ui.settings.restoreBackup"), ui.restoreDialog)
	backupsNote := widget.NewLabel(say("ui.settings.backupsNote", "Folder", ui.svc.BackupDir()))
	backupsNote.Wrapping = fyne.TextWrapBreak
	backupsNote.Importance = widget.LowImportance

	s.sync = newSyncPanel(ui)
	s.locks = newLockPanel(ui)
	s.reminders = newReminderPanel(ui)
	// One page a subject, listed down the side as desktop settings are:
	// each page has at most one Save, and most fit the window unscrolled.
	page := func(title, subtitle string, body ...fyne.CanvasObject) *container.TabItem {
		return container.NewTabItem(title, container.NewVScroll(container.NewPadded(widget.NewCard(title, subtitle, container.NewVBox(body...)))))
	}
	s.pages = container.NewAppTabs(
		page(say("ui.settings.pageHousehold"), say("ui.settings.pageHouseholdSub"), s.household.Content(), container.NewHBox(saveHousehold)),
		page(say("ui.settings.pageSync"), say("ui.settings.pageSyncSub"), s.sync.content),
		page(say("ui.settings.pageReminders"), say("ui.settings.pageRemindersSub"), s.reminders.content),
		page(say("ui.settings.pagePrivate"), say("ui.settings.pagePrivateSub"), s.locks.content),
		page(say("ui.settings.pageBoard"), say("ui.settings.pageBoardSub"),
			grid, limitsHelp, container.NewHBox(saveColumns), widget.NewSeparator(),
			widget.NewLabelWithStyle(say("ui.settings.labelColours"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
			quietLabel(say("ui.settings.labelColoursHelp")), s.labels),
		page(say("ui.settings.pageAppearance"), "", s.appearance, widget.NewSeparator(),
			widget.NewLabelWithStyle(say("ui.settings.textSize"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), s.textSize,
			quietLabel(say("ui.settings.textSizeHelp")), widget.NewSeparator(),
			widget.NewLabelWithStyle(say("ui.settings.language"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), newLanguageChoice(ui), quietLabel(say("ui.settings.languageNote"))),
		page(say("ui.settings.pageData"), say("ui.settings.pageDataSub"),
			s.dataPath, container.NewHBox(exportBtn, importBtn, restoreBtn), backupsNote),
	)
	s.pages.SetTabLocation(container.TabLocationLeading)
	s.content = s.pages
	s.load()
	return s
}

// load fills the forms from the service.
func (s *settingsScreen) load() {
	if h, err := s.ui.svc.HouseholdSettings(s.ui.ctx); err == nil {
		s.household.Set(h)
	}
	if s.sync != nil {
		s.sync.load()
	}
	if s.locks != nil {
		s.locks.reload()
	}
	if s.reminders != nil {
		s.reminders.load()
	}
	s.loadLabels()
	cols, err := s.ui.svc.Columns(s.ui.ctx)
	if err != nil {
		return
	}
	for i, c := range cols {
		s.colNames[i].SetText(c.Name)
		s.colLimits[i].SetText(strconv.Itoa(c.WIPLimit))
	}
}

func (s *settingsScreen) saveHousehold() {
	if err := s.ui.svc.SaveHousehold(s.ui.ctx, s.household.Values()); err != nil {
		s.ui.showError(err)
		return
	}
	s.ui.toast(say("ui.settings.householdSaved"))
}

func (s *settingsScreen) saveColumns() {
	var cols []model.ColumnSettings
	for i, c := range model.Columns {
		text := strings.TrimSpace(s.colLimits[i].Text)
		limit := 0
		if text != "" {
			n, err := strconv.Atoi(text)
			if err != nil {
				s.ui.showError(&model.ValidationError{Field: "limit",
					Message: say("ui.settings.limitNotNumber", "Column", c.DefaultNameIn(i18n.Screen()), "Text", text)})
				return
			}
			limit = n
		}
		cols = append(cols, model.ColumnSettings{Column: c, Name: s.colNames[i].Text, WIPLimit: limit})
	}
	if err := s.ui.svc.SaveColumns(s.ui.ctx, cols...); err != nil {
		s.ui.showError(err)
		return
	}
	s.ui.toast(say("ui.settings.columnsSaved"))
}

// loadLabels lists every label in use with its chip and the palette to
// choose its colour from; a choice is saved at once.
func (s *settingsScreen) loadLabels() {
	choices, err := s.ui.svc.LabelChoices(s.ui.ctx)
	s.labels.Objects = nil
	switch {
	case err != nil:
		s.labels.Add(wrapped(say("ui.settings.labelsFailed", "Problem", sayError(err))))
	case len(choices) == 0:
		s.labels.Add(wrapped(say("ui.settings.noLabels")))
	}
	for _, c := range choices {
		label := c.Label
		pick := widgets.NewColorChoice(model.LabelPalette, c.Colour, func(hex string) {
			if err := s.ui.svc.SetLabelColour(s.ui.ctx, label, hex); err != nil {
				s.ui.showError(err)
			}
		})
		pick.Name = say("ui.settings.labelColour", "Label", label)
		chip := container.NewHBox(widgets.NewChip(label, widgets.HexColor(c.Colour)))
		s.labels.Add(container.NewBorder(nil, nil, container.NewGridWrap(fyne.NewSize(220, 30), container.NewCenter(chip)), nil, pick))
	}
	s.labels.Refresh()
}

// openSettings shows Settings at the page titled title in English
// ("Sync"; see settingsPages).
func (ui *UI) openSettings(title string) {
	ui.showTab(tabSettings)
	if i := slices.Index(settingsPages, title); i >= 0 {
		ui.settingsTab().pages.SelectIndex(i)
	}
}

// newLanguageChoice is Settings › Appearance › Language: follow the
// system, or one of the languages Venn speaks, each named in its own words.
// The choice is kept on this computer.
func newLanguageChoice(ui *UI) *widget.Select {
	languageSystem := say("ui.settings.followSystem")
	options := []string{languageSystem}
	current := ui.svc.Language(ui.ctx)
	selected := languageSystem
	for _, l := range i18n.Languages {
		options = append(options, l.Name)
		if l.Tag == current {
			selected = l.Name
		}
	}
	choice := newSelect(options, nil)
	choice.SetSelected(selected)
	choice.OnChanged = func(name string) {
		tag := ""
		for _, l := range i18n.Languages {
			if l.Name == name {
				tag = l.Tag
			}
		}
		if err := ui.svc.SetLanguage(ui.ctx, tag); err != nil {
			ui.showError(err)
			return
		}
		ui.speakChosenLanguage()
	}
	return choice
}
