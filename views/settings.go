package views

import (
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/app"
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

var appearanceLabels = map[string]string{AppearanceSystem: "Follow the system", AppearanceLight: "Light", AppearanceDark: "Dark"}

func newSettingsScreen(ui *UI) *settingsScreen {
	s := &settingsScreen{ui: ui, household: forms.NewHousehold(), labels: container.NewVBox()}
	saveHousehold := widget.NewButton("Save household", s.saveHousehold)
	saveHousehold.Importance = widget.HighImportance

	grid := container.NewGridWithColumns(3,
		widget.NewLabelWithStyle("Column", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		widget.NewLabelWithStyle("Name on the board", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		widget.NewLabelWithStyle("Limit (0 = none)", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	for _, c := range model.Columns {
		name, limit := newEntry(), newEntry()
		name.Name, limit.Name = c.DefaultName()+" column's name", c.DefaultName()+" column's limit"
		s.colNames = append(s.colNames, name)
		s.colLimits = append(s.colLimits, limit)
		grid.Add(widget.NewLabel(c.DefaultName()))
		grid.Add(name)
		grid.Add(limit)
	}
	saveColumns := widget.NewButton("Save columns", s.saveColumns)
	limitsHelp := quietLabel("A limit turns the column's header red when more goals than that are in it: a gentle nudge to finish before starting more.")

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
	exportBtn := widget.NewButton("Export everything…", ui.exportDialog)
	importBtn := widget.NewButton("Import…", ui.importDialog)
	restoreBtn := widget.NewButton("Restore a backup…", ui.restoreDialog)
	backupsNote := widget.NewLabel("Venn keeps a backup of each of the last 7 days and 4 weeks in " + ui.svc.BackupDir() + ".")
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
		page("Household", "Who you are, and how Venn shows it", s.household.Content(), container.NewHBox(saveHousehold)),
		page("Sync", "Keep your two computers in step through a shared folder", s.sync.content),
		page("Reminders", "Gentle nudges for the rhythm you chose, on this computer", s.reminders.content),
		page("Private spaces", "For a computer you share: each of you can lock your private items away", s.locks.content),
		page("Board", "The columns' names and limits, and each label's colour",
			grid, limitsHelp, container.NewHBox(saveColumns), widget.NewSeparator(),
			widget.NewLabelWithStyle("Label colours", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
			quietLabel("Each label's chip on the cards, the same on both your computers."), s.labels),
		page("Appearance", "", s.appearance, widget.NewSeparator(),
			widget.NewLabelWithStyle("Text size", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), s.textSize,
			quietLabel("Everything in the window grows with the text; a screen that no longer fits scrolls."), widget.NewSeparator(),
			widget.NewLabelWithStyle("Language", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), newLanguageChoice(ui), quietLabel(languageNote)),
		page("Your data", "Saved on this computer in one file; it works offline.",
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
	s.ui.toast("Household saved.")
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
					Message: fmt.Sprintf("The limit for %s must be a whole number (0 for no limit), not %q.", c.DefaultName(), text)})
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
	s.ui.toast("Columns saved.")
}

// loadLabels lists every label in use with its chip and the palette to
// choose its colour from; a choice is saved at once.
func (s *settingsScreen) loadLabels() {
	choices, err := s.ui.svc.LabelChoices(s.ui.ctx)
	s.labels.Objects = nil
	switch {
	case err != nil:
		s.labels.Add(wrapped("Could not list the labels: " + app.UserMessage(err)))
	case len(choices) == 0:
		s.labels.Add(wrapped("No labels yet: give a goal a label in its form, and choose its colour here."))
	}
	for _, c := range choices {
		label := c.Label
		pick := widgets.NewColorChoice(model.LabelPalette, c.Colour, func(hex string) {
			if err := s.ui.svc.SetLabelColour(s.ui.ctx, label, hex); err != nil {
				s.ui.showError(err)
			}
		})
		pick.Name = "Colour of the label " + label
		chip := container.NewHBox(widgets.NewChip(label, widgets.HexColor(c.Colour)))
		s.labels.Add(container.NewBorder(nil, nil, container.NewGridWrap(fyne.NewSize(220, 30), container.NewCenter(chip)), nil, pick))
	}
	s.labels.Refresh()
}

// openSettings shows Settings at the page titled title ("Sync").
func (ui *UI) openSettings(title string) {
	ui.showTab(tabSettings)
	pages := ui.settingsTab().pages
	for i, it := range pages.Items {
		if it.Text == title {
			pages.SelectIndex(i)
		}
	}
}

// languageSystem is the language choice that follows the system.
const languageSystem = "Follow the system"

// languageNote says where the language chosen shows today.
const languageNote = "The printed summary, the calendar files, the reminders, the tray's menu and the command line speak it now; " +
	"the window follows as soon as its own words are translated."

// newLanguageChoice is Settings › Appearance › Language: follow the
// system, or one of the languages Venn speaks, each named in its own words.
// The choice is kept on this computer.
func newLanguageChoice(ui *UI) *widget.Select {
	options := []string{languageSystem}
	current := ui.svc.Language(ui.ctx)
	selected := languageSystem
	for _, l := range i18n.Languages {
		options = append(options, l.Name)
		if l.Tag == current {
			selected = l.Name
		}
	}
	choice := widget.NewSelect(options, nil)
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
		}
	}
	return choice
}
