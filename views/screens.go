package views

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
)

// tab names a tab of the main window, in the order shown: an index into
// screens.
type tab int

const (
	tabToday tab = iota
	tabBoard
	tabCalendar
	tabRituals
	tabResources
	tabCheckins
	tabSessions
	tabSettings
)

// screen is one of the main window's tabs: what it is called, its icon,
// the key that selects it with Ctrl, and how it is built and redrawn.
type screen struct {
	titleKey string // the catalogue key of its name

	icon func() fyne.Resource
	key  fyne.KeyName // Ctrl+key selects the screen
	// build makes a screen built with the window and returns what its tab
	// shows; nil for one built when first shown (by reload, through its
	// accessor such as ui.calendarTab), so Venn opens fast.
	build func(ui *UI) fyne.CanvasObject
	// reload redraws the screen when it is selected or the data changed.
	reload func(ui *UI)
	// pages are the screen's own tabs, if it has some: Ctrl+PageDown and
	// Ctrl+PageUp turn them, since Fyne's tabs take no keyboard focus.
	pages func(ui *UI) *container.AppTabs
}

// screens is the registry of the main window's tabs, in the order shown.
// It is filled in init, since a screen's reload may lead back to
// reloadSelected, which reads it.
var screens [tabSettings + 1]screen

func init() {
	screens = [...]screen{
		tabToday: {titleKey: "ui.board.tabToday", icon: theme.HomeIcon, key: fyne.Key0,
			build: func(ui *UI) fyne.CanvasObject {
				ui.todayTab = newTodayScreen(ui)
				return ui.todayTab.content
			},
			reload: func(ui *UI) { ui.todayTab.reload() }},
		tabBoard: {titleKey: "ui.board.tabBoard", icon: theme.GridIcon, key: fyne.Key1,
			build: func(ui *UI) fyne.CanvasObject {
				ui.board = newBoardScreen(ui)
				return ui.board
			},
			reload: func(ui *UI) { ui.board.reload(); ui.board.showLatestEvent() }},
		tabCalendar: {titleKey: "ui.board.tabCalendar", icon: theme.CalendarIcon, key: fyne.Key2,
			reload: func(ui *UI) { ui.calendarTab().reload() }},
		tabRituals: {titleKey: "ui.board.tabRituals", icon: theme.HistoryIcon, key: fyne.Key3,
			reload: func(ui *UI) { ui.ritualsTab().reload() }},
		tabResources: {titleKey: "ui.board.tabResources", icon: theme.StorageIcon, key: fyne.Key4,
			reload: func(ui *UI) { ui.resourcesTab().reload() }},
		tabCheckins: {titleKey: "ui.board.tabCheckins", icon: theme.MailComposeIcon, key: fyne.Key5,
			reload: func(ui *UI) { ui.checkinsTab().reload() },
			pages:  func(ui *UI) *container.AppTabs { return ui.checkinsTab().tabs }},
		tabSessions: {titleKey: "ui.board.tabSessions", icon: theme.ViewFullScreenIcon, key: fyne.Key6,
			reload: func(ui *UI) { ui.sessionsTab().reload() },
			pages:  func(ui *UI) *container.AppTabs { return ui.sessionsTab().tabs }},
		tabSettings: {titleKey: "ui.board.tabSettings", icon: theme.SettingsIcon, key: fyne.Key7,
			reload: func(ui *UI) { ui.settingsTab().load() },
			pages:  func(ui *UI) *container.AppTabs { return ui.settingsTab().pages }},
	}
}

// title is the screen's name on its tab and in the menu.
func (sc screen) title() string { return say(sc.titleKey) }

// turnPage selects the next (step 1) or previous (-1) page of the screen
// shown, round the end.
func (ui *UI) turnPage(step int) {
	t := ui.tabs.SelectedIndex()
	if t < 0 || t >= len(screens) || screens[t].pages == nil {
		return
	}
	pages := screens[t].pages(ui)
	if n := len(pages.Items); n > 0 {
		pages.SelectIndex((pages.SelectedIndex() + step + n) % n)
	}
}

// reloadSelected redraws the screen of the selected tab.
func (ui *UI) reloadSelected() {
	if t := ui.tabs.SelectedIndex(); t >= 0 && t < len(screens) {
		screens[t].reload(ui)
	}
}

// built returns a tab's screen, building it (and filling its tab) on first
// use, so Venn opens fast with only Today and the Board built.
func built[S any](ui *UI, t tab, screen **S, build func(*UI) *S, content func(*S) fyne.CanvasObject) *S {
	if *screen == nil {
		*screen = build(ui)
		ui.fill(t, content(*screen))
	}
	return *screen
}

func (ui *UI) calendarTab() *calendarScreen {
	return built(ui, tabCalendar, &ui.calendar, newCalendarScreen, func(s *calendarScreen) fyne.CanvasObject { return s.content })
}

func (ui *UI) ritualsTab() *ritualsScreen {
	return built(ui, tabRituals, &ui.rituals, newRitualsScreen, func(s *ritualsScreen) fyne.CanvasObject { return s.content })
}

func (ui *UI) resourcesTab() *resourcesScreen {
	return built(ui, tabResources, &ui.resources, newResourcesScreen, func(s *resourcesScreen) fyne.CanvasObject { return s.content })
}

func (ui *UI) checkinsTab() *checkinsScreen {
	return built(ui, tabCheckins, &ui.checkins, newCheckinsScreen, func(s *checkinsScreen) fyne.CanvasObject { return s.content })
}

func (ui *UI) sessionsTab() *sessionsScreen {
	return built(ui, tabSessions, &ui.sessions, newSessionsScreen, func(s *sessionsScreen) fyne.CanvasObject { return s.content })
}

func (ui *UI) settingsTab() *settingsScreen {
	return built(ui, tabSettings, &ui.settings, newSettingsScreen, func(s *settingsScreen) fyne.CanvasObject { return s.content })
}

// fill puts a screen built late into its tab.
func (ui *UI) fill(t tab, content fyne.CanvasObject) {
	ui.holders[t].Objects = []fyne.CanvasObject{content}
	ui.holders[t].Refresh()
}
