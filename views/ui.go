package views

import (
	"context"
	"errors"
	"log/slog"
	"math/rand/v2"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"

	"github.com/vennplanner/venn/app"
	"github.com/vennplanner/venn/i18n"
	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/views/forms"
	"github.com/vennplanner/venn/views/widgets"
)

// UI is the main window's shell: the tabs for each screen, the menus and the
// keyboard shortcuts. Screens reach the service and the window through it.
type UI struct {
	ctx context.Context
	svc *app.Service
	app fyne.App
	win fyne.Window
	now func() time.Time
	// random picks a number below n: the question drawn from the deck
	// (tests make it steady).
	random func(n int) int
	tabs   *container.AppTabs
	// quitting is closed when Venn is asked to end.
	quitting *quitting

	todayTab  *todayScreen
	board     *boardScreen
	calendar  *calendarScreen
	rituals   *ritualsScreen
	resources *resourcesScreen
	checkins  *checkinsScreen
	sessions  *sessionsScreen
	settings  *settingsScreen
	holders   map[tab]*fyne.Container // the tabs' contents, filled when first shown
	// background is true in the real window: sync then runs on its own
	// goroutine. Headless tests leave it off and sync explicitly.
	background bool

	goalForm       *forms.Goal      // the open goal dialog, if any
	toldRaces      map[string]bool  // edits made at the same time already told of at the window's foot
	setupForm      *forms.Household // the first-run form while it shows
	joinForm       *joinForm        // the join dialog, once opened
	ritualForm     *ritualForm      // the ritual form, once opened
	allocationForm *allocationForm  // the allocation dialog, once opened
	printForm      *printForm       // the print dialog, once opened
	pause          *breathing       // the five-minute pause, once opened

	// calendarSideFolded is set while the calendar's side panel is folded
	// away: the couple's choice for as long as Venn is open.
	calendarSideFolded bool

	dialogs []*openDialog // open dialogs, the newest last (Escape closes it)
	// redraws counts each screen's redraws, so tests can check that a
	// change redraws its screen once (the change's notification does it;
	// the action itself does not).
	redraws map[string]int
	notice  *notice // the short message at the foot of the window

	household model.Household
	partners  []model.Partner
	stopWatch func()
	// stopPassWatch ends the watch for a missing household passphrase;
	// askedPass is set once it was asked for this session.
	stopPassWatch func()
	askedPass     bool
	// blocked is what Today last said of sync being blocked ("" for nothing).
	blocked  string
	desk     desktop.App // the system tray, where the desktop has one
	fakeTray bool        // the screens' tests stand in for a tray
}

// NewUI builds the window's content for an open service. When the household
// is not set up yet it shows the set-up screen first.
func NewUI(ctx context.Context, svc *app.Service, a fyne.App, win fyne.Window, background bool) *UI {
	ui := &UI{ctx: ctx, svc: svc, app: a, win: win, now: svc.Now, random: rand.IntN, background: background, notice: newNotice(), quitting: newQuitting()}
	i18n.SetScreen(svc.Translator(ctx, i18n.Window))
	ui.stopWatch = svc.OnChange(func() { fyne.Do(ui.dataChanged) })
	ui.stopPassWatch = svc.OnSyncStatus(func() { fyne.Do(ui.syncStatusChanged) })
	widgets.HandleWindowKeys(win.Canvas(), ui.typedKey)
	win.Canvas().SetOnTypedKey(func(ev *fyne.KeyEvent) { ui.typedKey(ev) })
	if _, _, err := svc.Household(ctx); errors.Is(err, app.ErrNoHousehold) {
		win.SetContent(newSetupScreen(ui, ui.showMain))
	} else {
		ui.showMain()
	}
	return ui
}

// Close stops listening to the service.
func (ui *UI) Close() {
	widgets.HandleWindowKeys(ui.win.Canvas(), nil)
	if ui.stopWatch != nil {
		ui.stopWatch()
	}
	if ui.stopPassWatch != nil {
		ui.stopPassWatch()
	}
	if ui.settings != nil && ui.settings.sync != nil {
		ui.settings.sync.stopWatch()
	}
}

func (ui *UI) today() model.Date { return model.DateOf(ui.now()) }

// redrew counts a redraw of the screen named.
func (ui *UI) redrew(screen string) {
	if ui.redraws == nil {
		ui.redraws = map[string]int{}
	}
	ui.redraws[screen]++
}

// showMain replaces whatever the window shows with the tabs.
func (ui *UI) showMain() {
	ui.loadHousehold()
	ui.calendar, ui.rituals, ui.resources, ui.checkins, ui.sessions, ui.settings = nil, nil, nil, nil, nil, nil
	// Today and the Board are built now; the other screens when first
	// shown (see screens), so Venn opens fast.
	ui.holders = map[tab]*fyne.Container{}
	// The tabs are made in one go: appending them one by one redraws
	// every tab's icon on each append (a tenth of the start-up).
	items := make([]*container.TabItem, 0, len(screens))
	for t, sc := range screens {
		var content fyne.CanvasObject
		if sc.build != nil {
			content = sc.build(ui)
		} else {
			ui.holders[tab(t)] = container.NewStack()
			content = ui.holders[tab(t)]
		}
		items = append(items, container.NewTabItemWithIcon(sc.title(), sc.icon(), content))
	}
	ui.tabs = container.NewAppTabs(items...)
	ui.restartSync()
	ui.tabs.OnSelected = func(*container.TabItem) { ui.svc.Touch(); ui.reloadSelected() }
	ui.win.SetContent(container.NewStack(ui.framed(ui.tabs), ui.notice.box))
	ui.win.SetMainMenu(ui.mainMenu())
	ui.addUndoShortcuts()
	// Venn opens on Today; the other screens, the board included, load
	// when first shown (reloadSelected), so opening reads only what Today
	// shows.
	ui.todayTab.reload()
	ui.tellRaces()
}

// showTab selects a tab.
func (ui *UI) showTab(t tab) { ui.tabs.SelectIndex(int(t)) }

func (ui *UI) loadHousehold() {
	h, partners, err := ui.svc.Household(ui.ctx)
	if err != nil {
		slog.Warn("load household", "err", err)
		return
	}
	ui.household, ui.partners = h, partners
	title := "Venn"
	if h.Name != "" {
		title += " — " + h.Name
	}
	ui.win.SetTitle(title)
}

// dataChanged runs on the UI goroutine after any change to the data. Only
// the screen in view is redrawn; the others redraw when they are selected.
func (ui *UI) dataChanged() {
	if ui.board == nil {
		return
	}
	ui.loadHousehold()
	ui.reloadSelected()
	ui.refreshTray()
	if ui.goalForm != nil {
		ui.goalForm.SavedMeanwhile()
	}
	ui.tellRaces()
}

func (ui *UI) showError(err error) {
	ui.openDialog(dialog.NewError(errors.New(sayError(err)), ui.win), nil)
}

// quit remembers the window's size and ends Venn (Ctrl+Q, File → Quit).
func (ui *UI) quit() {
	ui.rememberSize()
	ui.quitting.begin()
	ui.app.Quit()
}

// rememberSize keeps the window's size for the next start.
func (ui *UI) rememberSize() {
	size := ui.win.Canvas().Size()
	ui.app.Preferences().SetFloat(prefWidth, float64(size.Width))
	ui.app.Preferences().SetFloat(prefHeight, float64(size.Height))
}

// ownerLabel is an owner's name as the screens show it: a partner's name
// cut at model.ShortNameLen characters, or "Shared".
func ownerLabel(o model.Owner, partners []model.Partner) string {
	return model.Shorten(model.OwnerNameIn(i18n.Screen(), o, partners), model.ShortNameLen)
}

// columnTitle is a board column's name: the couple's own, or the default
// one in the window's language.
func columnTitle(c model.ColumnSettings) string {
	if c.Name == "" || c.Name == c.Column.DefaultName() {
		return c.Column.DefaultNameIn(i18n.Screen())
	}
	return c.Name
}

func (ui *UI) ownerColorHex(o model.Owner, partners []model.Partner) string {
	return model.OwnerColor(o, partners)
}

// restartSync (re)starts background sync with the current settings.
func (ui *UI) restartSync() {
	if !ui.background {
		return
	}
	if err := ui.svc.RestartSync(ui.ctx); err != nil {
		slog.Warn("start sync", "err", err)
	}
}
