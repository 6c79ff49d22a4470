package views

import (
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/app"
	"github.com/vennplanner/venn/i18n"
	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/views/forms"
	"github.com/vennplanner/venn/views/widgets"
)

const (
	laneWidth = 116
	// scrollBarRoom is the room kept right of the lanes for the scroll bar.
	scrollBarRoom = 12
)

// boardScreen is the Kanban board: a lane per partner and a shared lane,
// four columns; the lanes scroll as a whole, each as tall as its fullest
// cell. It is focusable so the keyboard can select and move cards.
type boardScreen struct {
	widget.BaseWidget
	ui *UI

	filter   model.BoardFilter
	view     app.BoardView
	loaded   bool // view holds the goals as last read; filters redraw from them
	selected string
	reveal   string // a card to scroll to once the change under way is redrawn

	syncing  bool   // filter pickers are being updated by code, not a person
	dragging string // the card being dragged
	dragPos  fyne.Position
	dropCell *cellRef
	// ghost follows the pointer while a card is dragged, and dropLine
	// shows where it would land, on dragLayer over the board.
	ghost     *widgets.GoalCard
	dropLine  *canvas.Rectangle
	dragLayer *fyne.Container

	search   *entry
	owner    *widget.Select
	label    *widget.Select
	quarter  *widget.Select
	archive  *widget.Check
	status   *widget.Label
	events   *widgets.IconButton // the latest life event; opens the log
	headers  []*columnHeader
	lanes    *fyne.Container // the lanes one under the other
	scroll   *container.Scroll
	cells    [][]*boardCell
	laneKeys string // the owners the lanes were built for
	content  fyne.CanvasObject
}

type cellRef struct{ lane, column int }

var (
	_ fyne.Focusable    = (*boardScreen)(nil)
	_ fyne.Shortcutable = (*boardScreen)(nil)
)

func newBoardScreen(ui *UI) *boardScreen {
	b := &boardScreen{ui: ui}
	b.ExtendBaseWidget(b)

	newGoal := widget.NewButtonWithIcon(say("ui.board.newGoal"), theme.ContentAddIcon(), func() { b.newGoal() })
	newGoal.Importance = widget.HighImportance
	b.search = newEntry()
	b.search.SetPlaceHolder(say("ui.board.searchHint"))
	b.search.OnChanged = func(s string) { b.filter.Search = s; b.refilter() }
	b.owner = newSelect(nil, func(string) {
		if !b.syncing {
			b.filter.Owner = b.selectedOwner()
			b.refilter()
		}
	})
	b.label = newSelect(nil, func(s string) {
		if b.syncing {
			return
		}
		b.filter.Label = ""
		if b.label.SelectedIndex() > 0 {
			b.filter.Label = s
		}
		b.refilter()
	})
	now := ui.today().Quarter()
	b.quarter = newSelect(quarterOptions(now), nil)
	b.quarter.SetSelectedIndex(0)
	b.quarter.OnChanged = func(string) {
		b.filter.Quarter = model.Quarter{}
		if i := b.quarter.SelectedIndex(); i > 0 {
			b.filter.Quarter = now.Add(i - 1 + quartersBack)
		}
		b.refilter()
	}
	b.archive = widget.NewCheck(say("ui.board.archive"), func(on bool) { b.filter.Archived = on; b.selected = ""; b.refilter() })
	b.status = widget.NewLabel("")
	b.status.Truncation = fyne.TextTruncateEllipsis
	b.events = widgets.NewIconButton(say("ui.board.lifeEvents"), theme.WarningIcon(), func() { forms.ShowLifeEventLog(ui.host()) })
	b.events.Importance = widget.LowImportance
	b.events.Hide()

	filters := container.NewHBox(b.owner, b.label, b.quarter, b.archive)
	toolbar := container.NewBorder(nil, nil, newGoal, filters, b.search)

	for i := range model.Columns {
		b.headers = append(b.headers, newColumnHeader(i))
	}
	// The lanes keep clear of the scroll bar on their right; the column
	// names above them keep in line.
	clearOfBar := layout.NewCustomPaddedLayout(0, 0, 0, scrollBarRoom)
	headerRow := container.New(clearOfBar, container.NewBorder(nil, nil, fixedWidth(laneWidth), nil, container.NewGridWithColumns(len(model.Columns), b.headersAsObjects()...)))
	b.lanes = container.NewVBox()
	b.scroll = container.NewVScroll(container.New(clearOfBar, b.lanes))
	b.ghost = widgets.NewGoalCard()
	b.ghost.Today = ui.today
	b.dropLine = canvas.NewRectangle(theme.Color(theme.ColorNamePrimary))
	b.dropLine.CornerRadius = 2
	b.dragLayer = container.NewWithoutLayout(b.dropLine, b.ghost)
	b.ghost.Hide()
	b.dropLine.Hide()
	board := container.NewBorder(
		container.NewVBox(toolbar, headerRow),
		container.NewBorder(nil, nil, nil, container.NewHBox(b.events, ui.whyButton(say("ui.board.whyLanes"), model.MethodLanes)), b.status), nil, nil, b.scroll)
	b.content = container.NewStack(board, b.dragLayer)
	return b
}

func (b *boardScreen) headersAsObjects() []fyne.CanvasObject {
	out := make([]fyne.CanvasObject, len(b.headers))
	for i, h := range b.headers {
		out[i] = h
	}
	return out
}

// CreateRenderer draws the board's content.
func (b *boardScreen) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(b.content)
}

// reload asks the service for the board and redraws it.
func (b *boardScreen) reload() {
	view, err := b.ui.svc.Board(b.ui.ctx, b.filter)
	if err != nil {
		b.ui.redrew("board")
		b.status.SetText(say("ui.board.loadFailed", "Error", sayError(err)))
		return
	}
	b.loaded = true
	b.show(view)
}

// refilter redraws the goals already read for the filter as it is now.
func (b *boardScreen) refilter() {
	if !b.loaded {
		b.reload()
		return
	}
	b.show(b.view.WithFilter(b.filter))
}

// show draws a board view.
func (b *boardScreen) show(view app.BoardView) {
	b.ui.redrew("board")
	b.view = view
	if b.selected != "" {
		if _, _, _, ok := b.find(b.selected); !ok {
			b.selected = ""
		}
	}
	b.syncFilterOptions()
	b.rebuildLanesIfNeeded()
	for i, h := range b.headers {
		h.set(view.Columns[i], view.InColumn[i])
	}
	for _, row := range b.cells {
		for _, c := range row {
			b.fillCell(c)
		}
	}
	b.relayoutLanes()
	b.updateStatus()
	if b.reveal != "" && b.reveal == b.selected {
		b.revealSelected()
	}
	b.reveal = ""
}

// showLatestEvent puts the latest life event at the foot of the board; it
// opens the life-event log. It runs when the board is shown or the data
// changed, not on every search keystroke or filter.
func (b *boardScreen) showLatestEvent() {
	events, err := b.ui.svc.LifeEvents(b.ui.ctx)
	if err != nil || len(events) == 0 {
		b.events.Hide()
		return
	}
	e := events[0]
	text := say("ui.board.latestEvent", "Title", e.Title, "Day", i18n.Screen().DayMonth(e.Day.Time()))
	if len(events) > 1 {
		text = sayN("ui.board.latestEventAndMore", len(events)-1, "Title", e.Title, "Day", i18n.Screen().DayMonth(e.Day.Time()))
	}
	b.events.SetText(text)
	b.events.Show()
}

func (b *boardScreen) updateStatus() {
	v := b.view
	switch {
	case v.Total == 0 && !b.filter.Archived:
		b.status.SetText(say("ui.board.noGoals"))
	case v.Total == 0:
		b.status.SetText(say("ui.board.archiveEmpty"))
	case v.Shown == 0:
		b.status.SetText(sayN("ui.board.noneMatch", v.Total))
	default:
		shown := sayN("ui.board.goalsShown", v.Total, "Shown", v.Shown)
		if b.filter.Archived {
			shown = sayN("ui.board.archivedShown", v.Total, "Shown", v.Shown)
		}
		b.status.SetText(shown + "  " + b.statusHint())
	}
}

// statusHint is the board's hint after its count: how to use the keys, or
// whose private goals are locked away.
func (b *boardScreen) statusHint() string {
	hint := say("ui.board.keysHint")
	if b.selected != "" {
		if g, _, _, ok := b.find(b.selected); ok {
			hint = say("ui.board.selectedHint", "Title", g.Title)
		}
	}
	if locked := b.ui.svc.LockedNames(b.ui.ctx); len(locked) > 0 && b.selected == "" {
		who := locked[0]
		for _, n := range locked[1:] {
			who = say("ui.board.twoNames", "First", who, "Second", n)
		}
		hint = say("ui.board.privateLocked", "Names", who)
	}
	return hint
}

// syncFilterOptions keeps the owner and label pickers in step with the data.
func (b *boardScreen) syncFilterOptions() {
	b.syncing = true
	defer func() { b.syncing = false }()
	owners := []string{say("ui.board.everyone")}
	for _, o := range model.LaneOrder(b.view.Partners) {
		owners = append(owners, ownerLabel(o, b.view.Partners))
	}
	b.owner.SetOptions(owners)
	if b.owner.Selected == "" {
		b.owner.SetSelectedIndex(0)
	}
	labels := append([]string{say("ui.board.allLabels")}, b.view.Labels...)
	b.label.SetOptions(labels)
	if b.label.Selected == "" {
		b.label.SetSelectedIndex(0)
	}
}

// showOwner shows only the lane of owner's goals, as choosing it in the
// filter does.
func (b *boardScreen) showOwner(o model.Owner) {
	b.owner.SetSelected(ownerLabel(o, b.view.Partners)) // which filters
}

func (b *boardScreen) selectedOwner() model.Owner {
	for _, o := range model.LaneOrder(b.view.Partners) {
		if ownerLabel(o, b.view.Partners) == b.owner.Selected {
			return o
		}
	}
	return ""
}

// rebuildLanesIfNeeded makes one row of cells per lane shown, only when the
// set of lanes changed; otherwise the cells are filled again in place.
func (b *boardScreen) rebuildLanesIfNeeded() {
	var keys []string
	for _, l := range b.view.Lanes {
		keys = append(keys, string(l.Owner)+"="+ownerLabel(l.Owner, b.view.Partners)+b.ui.ownerColorHex(l.Owner, b.view.Partners))
	}
	key := strings.Join(keys, "|")
	if key == b.laneKeys {
		return
	}
	b.laneKeys = key
	b.cells = nil
	rows := make([]fyne.CanvasObject, 0, len(b.view.Lanes))
	for li, lane := range b.view.Lanes {
		tint := widgets.HexColor(b.ui.ownerColorHex(lane.Owner, b.view.Partners))
		var row []*boardCell
		var objs []fyne.CanvasObject
		for ci := range model.Columns {
			c := b.newCell(li, ci, tint)
			row = append(row, c)
			objs = append(objs, c.object())
		}
		b.cells = append(b.cells, row)
		label := newLaneLabel(ownerLabel(lane.Owner, b.view.Partners), laneSubtitle(lane.Owner), tint)
		rows = append(rows, container.NewBorder(nil, nil, label, nil, container.NewGridWithColumns(len(model.Columns), objs...)))
	}
	b.lanes.Objects = rows
	b.lanes.Refresh()
}

func laneSubtitle(o model.Owner) string {
	if o == model.Shared {
		return say("ui.board.laneTogether")
	}
	return say("ui.board.lanePersonal")
}

func (b *boardScreen) cellGoals(li, ci int) []model.Goal {
	if li >= len(b.view.Lanes) {
		return nil
	}
	return b.view.Lanes[li].Cells[ci]
}

// find locates a shown goal: its lane, column and row.
func (b *boardScreen) find(id string) (model.Goal, int, int, bool) {
	for li, lane := range b.view.Lanes {
		for ci, cell := range lane.Cells {
			for _, g := range cell {
				if g.ID == id {
					return g, li, ci, true
				}
			}
		}
	}
	return model.Goal{}, 0, 0, false
}

func indexOf(cell []model.Goal, id string) int {
	for i, g := range cell {
		if g.ID == id {
			return i
		}
	}
	return -1
}

func (b *boardScreen) selectCard(id string) {
	b.selected = id
	if c := fyne.CurrentApp().Driver().CanvasForObject(b); c != nil {
		c.Focus(b)
	}
	b.refreshCards()
	b.updateStatus()
}

// refreshCards shows which card is selected.
func (b *boardScreen) refreshCards() {
	for _, row := range b.cells {
		for _, c := range row {
			for _, o := range c.cards.Objects {
				card := o.(*widgets.GoalCard)
				if selected := card.Visible() && card.Goal.ID == b.selected; card.Selected != selected {
					card.Selected = selected
					card.Refresh()
				}
			}
		}
	}
}

// selectAfterChange selects a card a change just added: when the change's
// redraw already ran, the card is shown selected now; when it is still to
// come (the window runs it after this click), that redraw shows it.
func (b *boardScreen) selectAfterChange(id string) {
	b.selected, b.reveal = id, id
	if _, _, _, ok := b.find(id); ok {
		b.refreshCards()
		b.updateStatus()
		b.revealSelected()
		b.reveal = ""
	}
}

// revealSelected scrolls the board so the selected card is in sight,
// unfolding its cell when the card was folded away.
func (b *boardScreen) revealSelected() {
	_, li, ci, ok := b.find(b.selected)
	if !ok || li >= len(b.cells) {
		return
	}
	c := b.cells[li][ci]
	index := indexOf(b.cellGoals(li, ci), b.selected)
	if index >= b.shownCount(c) {
		c.unfolded = true
		b.fillCell(c)
		b.relayoutLanes()
	}
	card, shown := c.cardAt(index)
	if !shown {
		return
	}
	last := fyne.CanvasObject(card)
	if c.adder.field.Visible() && index == b.shownCount(c)-1 {
		last = c.adder.row // a goal just added: the field for the next in sight too
	}
	b.scrollIntoView(card, last)
}

// scrollIntoView scrolls the board the least that brings the objects from
// top to last into sight (top first when they are taller than the board).
func (b *boardScreen) scrollIntoView(top, last fyne.CanvasObject) {
	d := fyne.CurrentApp().Driver()
	origin := d.AbsolutePositionForObject(b.lanes).Y
	from := d.AbsolutePositionForObject(top).Y - origin
	to := d.AbsolutePositionForObject(last).Y - origin + last.Size().Height
	view := b.scroll.Size().Height
	switch {
	case from < b.scroll.Offset.Y || to-from > view:
		b.scroll.ScrollToOffset(fyne.NewPos(0, from))
	case to > b.scroll.Offset.Y+view:
		b.scroll.ScrollToOffset(fyne.NewPos(0, to-view))
	}
}

func (b *boardScreen) newGoal() {
	start := model.Goal{Owner: model.Shared, Column: model.ColumnIdeas, TargetQuarter: b.filter.Quarter}
	if b.filter.Owner != "" {
		start.Owner = b.filter.Owner
	}
	b.ui.showGoalForm(start, true, b.selectAfterChange)
}

func (b *boardScreen) openGoal(id string) {
	g, err := b.ui.svc.Goal(b.ui.ctx, id)
	if err != nil {
		b.ui.showError(err)
		return
	}
	b.ui.showGoalForm(g, false, nil)
}

func (b *boardScreen) cardMenu(id string, at fyne.Position) {
	b.selectCard(id)
	g, _, _, ok := b.find(id)
	if !ok {
		return
	}
	items := []*fyne.MenuItem{fyne.NewMenuItem(say("ui.board.open"), func() { b.openGoal(id) })}
	var moves []*fyne.MenuItem
	for i, c := range model.Columns {
		if c == g.Column {
			continue
		}
		col := c
		moves = append(moves, fyne.NewMenuItem(columnTitle(b.view.Columns[i]), func() {
			b.move(id, app.Placement{Owner: g.Owner, Column: col, After: app.End})
		}))
	}
	move := fyne.NewMenuItem(say("ui.board.moveTo"), nil)
	move.ChildMenu = fyne.NewMenu("", moves...)
	items = append(items, move)
	if steps := b.checklistItems(g); len(steps) > 0 {
		tick := fyne.NewMenuItem(say("ui.board.checklist"), nil)
		tick.ChildMenu = fyne.NewMenu("", steps...)
		items = append(items, tick)
	}
	items = append(items, fyne.NewMenuItemSeparator())
	if g.Archived {
		items = append(items, fyne.NewMenuItem(say("ui.board.restore"), func() { b.setArchived(id, false) }))
	} else {
		items = append(items, fyne.NewMenuItem(say("ui.board.archiveGoal"), func() { b.setArchived(id, true) }))
	}
	items = append(items, fyne.NewMenuItem(say("ui.board.delete"), func() { b.confirmDelete(id) }))
	c := fyne.CurrentApp().Driver().CanvasForObject(b)
	if c == nil {
		return
	}
	widget.ShowPopUpMenuAtPosition(fyne.NewMenu("", items...), c, at)
}

func (b *boardScreen) setArchived(id string, archived bool) {
	b.selected = ""
	if err := b.ui.svc.ArchiveGoal(b.ui.ctx, id, archived); err != nil {
		b.ui.showError(err)
		return
	}
	if archived {
		b.ui.offerUndo(say("ui.board.archived"))
	}
}

func (b *boardScreen) confirmDelete(id string) {
	g, _, _, ok := b.find(id)
	if !ok {
		return
	}
	b.ui.showConfirm(say("ui.board.deleteTitle"), say("ui.board.deleteQuestion", "Title", g.Title),
		func(yes bool) {
			if !yes {
				return
			}
			b.selected = ""
			if err := b.ui.svc.DeleteGoal(b.ui.ctx, id); err != nil {
				b.ui.showError(err)
				return
			}
			b.ui.offerUndo(say("ui.board.deleted", "Title", g.Title))
		})
}

func (b *boardScreen) move(id string, to app.Placement) {
	b.selected, b.reveal = id, id // the move's redraw shows it where it lands
	if _, err := b.ui.svc.MoveGoal(b.ui.ctx, id, to); err != nil {
		b.ui.showError(err)
		b.reload() // the card goes back where it was
	}
}

// --- drag and drop ---

func (b *boardScreen) dragged(id string, at fyne.Position) {
	target := b.cellAt(at)
	if b.dropCell != nil && (target == nil || *target != *b.dropCell) {
		b.highlightCell(*b.dropCell, false)
	}
	if target != nil {
		b.highlightCell(*target, true)
	}
	b.dropCell = target
	b.dragPos = at
	b.dragging = id
	b.showDragFeedback(id, at, target)
}

func (b *boardScreen) dropped(id string) {
	b.ghost.Hide()
	b.dropLine.Hide()
	target := b.dropCell
	b.dropCell = nil
	if target == nil || b.dragging != id {
		return
	}
	b.highlightCell(*target, false)
	b.dragging = ""
	b.dropAt(id, *target, b.dragPos)
}

// showDragFeedback draws the dragged card under the pointer and a line
// where it would land in the cell below it.
func (b *boardScreen) showDragFeedback(id string, at fyne.Position, target *cellRef) {
	d := fyne.CurrentApp().Driver()
	layer := d.AbsolutePositionForObject(b.dragLayer)
	g, li, _, ok := b.find(id)
	if !ok {
		return
	}
	width := float32(220)
	if li < len(b.cells) {
		width = b.cells[li][0].cards.Size().Width
	}
	if b.ghost.Goal.ID != id || !b.ghost.Visible() {
		tint := widgets.HexColor(b.ui.ownerColorHex(g.Owner, b.view.Partners))
		b.ghost.LabelColours = b.view.LabelColours
		b.ghost.Set(g, tint, true)
		b.ghost.Resize(fyne.NewSize(width, widgets.CardHeight))
		b.ghost.Show()
	}
	// The card hangs a little below and right of the pointer, so the line
	// where it lands stays in sight.
	b.ghost.Move(at.Subtract(layer).Add(fyne.NewPos(12, 8)))
	if target == nil {
		b.dropLine.Hide()
		return
	}
	c := b.cells[target.lane][target.column]
	// The line goes between the rows as drawn, the dragged card included.
	row := b.dropRow(*target, at)
	origin := d.AbsolutePositionForObject(c.cards).Subtract(layer)
	cell := d.AbsolutePositionForObject(c.bg).Subtract(layer)
	y := origin.Y + float32(row)*c.rowPitch() - (c.rowPitch()-widgets.CardHeight)/2 - 2
	y = max(cell.Y, min(y, cell.Y+c.bg.Size().Height-3))
	b.dropLine.FillColor = theme.Color(theme.ColorNamePrimary)
	b.dropLine.Move(fyne.NewPos(cell.X+4, y))
	b.dropLine.Resize(fyne.NewSize(c.bg.Size().Width-8, 3))
	b.dropLine.Show()
	b.dropLine.Refresh()
}

// dropAfter is the card that card id follows in the target cell when
// dropped at the position ("" for the top).
func (b *boardScreen) dropAfter(id string, target cellRef, at fyne.Position) string {
	index := b.dropRow(target, at)
	var others []model.Goal
	for _, g := range b.cellGoals(target.lane, target.column) {
		if g.ID != id {
			others = append(others, g)
		}
	}
	// A card dragged downwards within its own column passes its old place.
	if old := indexOf(b.cellGoals(target.lane, target.column), id); old >= 0 && old < index {
		index--
	}
	index = max(0, min(index, len(others)))
	if index == 0 {
		return ""
	}
	return others[index-1].ID
}

// dropRow is the gap between the target cell's cards, as drawn, nearest
// the position: 0 above the first card, n below the n-th (below all the
// cards shown, when the pointer is under them).
func (b *boardScreen) dropRow(target cellRef, at fyne.Position) int {
	c := b.cells[target.lane][target.column]
	origin := fyne.CurrentApp().Driver().AbsolutePositionForObject(c.cards)
	y := at.Y - origin.Y
	return max(0, min(int(y/c.rowPitch()+0.5), b.shownCount(c)))
}

// dropAt moves card id into the target cell at the drop position.
func (b *boardScreen) dropAt(id string, target cellRef, at fyne.Position) {
	after := b.dropAfter(id, target, at)
	lane := b.view.Lanes[target.lane]
	b.move(id, app.Placement{Owner: lane.Owner, Column: model.Columns[target.column], After: after})
}

func (b *boardScreen) cellAt(at fyne.Position) *cellRef {
	d := fyne.CurrentApp().Driver()
	for li, row := range b.cells {
		for ci, c := range row {
			p := d.AbsolutePositionForObject(c.bg)
			s := c.bg.Size()
			if at.X >= p.X && at.X < p.X+s.Width && at.Y >= p.Y && at.Y < p.Y+s.Height {
				return &cellRef{li, ci}
			}
		}
	}
	return nil
}

func (b *boardScreen) highlightCell(ref cellRef, on bool) {
	if ref.lane >= len(b.cells) {
		return
	}
	c := b.cells[ref.lane][ref.column]
	tint := widgets.HexColor(b.ui.ownerColorHex(b.view.Lanes[ref.lane].Owner, b.view.Partners))
	c.bg.FillColor = widgets.Tint(tint, widgets.LaneTint)
	c.bg.StrokeWidth = 0
	if on {
		c.bg.FillColor = widgets.Tint(tint, widgets.LaneTintDropping)
		c.bg.StrokeWidth = 2
		c.bg.StrokeColor = tint
	}
	c.bg.Refresh()
}

// --- keyboard ---

// FocusGained selects the first card when none is, so Tab onto the board
// shows where the arrow keys start.
func (b *boardScreen) FocusGained() {
	if b.selected == "" {
		b.selectFirst()
	}
}

// FocusLost is part of fyne.Focusable.
func (b *boardScreen) FocusLost() {}

// TypedRune is part of fyne.Focusable.
func (b *boardScreen) TypedRune(rune) {}

// TypedKey moves the selection with the arrow keys and acts on the selected card.
func (b *boardScreen) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyUp:
		b.moveSelection(0, -1)
	case fyne.KeyDown:
		b.moveSelection(0, 1)
	case fyne.KeyLeft:
		b.moveSelection(-1, 0)
	case fyne.KeyRight:
		b.moveSelection(1, 0)
	case fyne.KeyReturn, fyne.KeyEnter:
		if b.selected != "" {
			b.openGoal(b.selected)
		}
	case fyne.KeyDelete:
		if b.selected != "" {
			b.confirmDelete(b.selected)
		}
	case fyne.KeyEscape:
		b.selected = ""
		b.refreshCards()
		b.updateStatus()
	}
}

// TypedShortcut moves the selected card: Ctrl+Left/Right to the neighbouring
// column, Ctrl+Up/Down within its column, Ctrl+Shift+Up/Down to the next lane.
func (b *boardScreen) TypedShortcut(s fyne.Shortcut) {
	if b.ui.undoShortcut(s) {
		return
	}
	cs, ok := s.(*desktop.CustomShortcut)
	if !ok || b.selected == "" {
		return
	}
	withShift := fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift
	switch {
	case cs.Modifier == fyne.KeyModifierShortcutDefault && cs.KeyName == fyne.KeyLeft:
		b.moveSelectedCard(-1, 0, 0)
	case cs.Modifier == fyne.KeyModifierShortcutDefault && cs.KeyName == fyne.KeyRight:
		b.moveSelectedCard(1, 0, 0)
	case cs.Modifier == fyne.KeyModifierShortcutDefault && cs.KeyName == fyne.KeyUp:
		b.moveSelectedCard(0, -1, 0)
	case cs.Modifier == fyne.KeyModifierShortcutDefault && cs.KeyName == fyne.KeyDown:
		b.moveSelectedCard(0, 1, 0)
	case cs.Modifier == withShift && cs.KeyName == fyne.KeyUp:
		b.moveSelectedCard(0, 0, -1)
	case cs.Modifier == withShift && cs.KeyName == fyne.KeyDown:
		b.moveSelectedCard(0, 0, 1)
	}
}

// moveSelection selects the neighbouring card up/down or left/right.
func (b *boardScreen) moveSelection(dx, dy int) {
	_, li, ci, ok := b.find(b.selected)
	if !ok {
		b.selectFirst()
		return
	}
	row := indexOf(b.cellGoals(li, ci), b.selected)
	if dy != 0 {
		cell := b.cellGoals(li, ci)
		if r := row + dy; r >= 0 && r < len(cell) {
			b.selectCard(cell[r].ID)
		} else if l := li + dy; l >= 0 && l < len(b.view.Lanes) {
			if target := b.cellGoals(l, ci); len(target) > 0 {
				if dy > 0 {
					b.selectCard(target[0].ID)
				} else {
					b.selectCard(target[len(target)-1].ID)
				}
			}
		}
	} else {
		for c := ci + dx; c >= 0 && c < len(model.Columns); c += dx {
			if target := b.cellGoals(li, c); len(target) > 0 {
				b.selectCard(target[min(row, len(target)-1)].ID)
				break
			}
		}
	}
	b.revealSelected()
}

func (b *boardScreen) selectFirst() {
	for li := range b.view.Lanes {
		for ci := range model.Columns {
			if cell := b.cellGoals(li, ci); len(cell) > 0 {
				b.selectCard(cell[0].ID)
				return
			}
		}
	}
}

// moveSelectedCard moves the selected card by columns (dx), rows (dy) or lanes (dl).
func (b *boardScreen) moveSelectedCard(dx, dy, dl int) {
	g, li, ci, ok := b.find(b.selected)
	if !ok {
		return
	}
	cell := b.cellGoals(li, ci)
	row := indexOf(cell, g.ID)
	switch {
	case dx != 0:
		c := ci + dx
		if c < 0 || c >= len(model.Columns) {
			return
		}
		b.move(g.ID, app.Placement{Owner: g.Owner, Column: model.Columns[c], After: app.End})
	case dy < 0:
		if row == 0 {
			return
		}
		after := ""
		if row >= 2 {
			after = cell[row-2].ID
		}
		b.move(g.ID, app.Placement{Owner: g.Owner, Column: g.Column, After: after})
	case dy > 0:
		if row >= len(cell)-1 {
			return
		}
		b.move(g.ID, app.Placement{Owner: g.Owner, Column: g.Column, After: cell[row+1].ID})
	case dl != 0:
		owners := model.LaneOrder(b.view.Partners)
		i := -1
		for k, o := range owners {
			if o == g.Owner {
				i = k
			}
		}
		if i+dl < 0 || i+dl >= len(owners) {
			return
		}
		target := owners[i+dl]
		if b.filter.Owner != "" {
			// Keep the card in view: show every lane again.
			b.filter.Owner = ""
			b.owner.SetSelectedIndex(0)
		}
		b.move(g.ID, app.Placement{Owner: target, Column: g.Column, After: app.End})
	}
}

// --- small pieces ---

// columnHeader shows a column's name and count, red when over its limit.
type columnHeader struct {
	widget.BaseWidget
	index int
	name  *widget.Label
	count *widget.Label
	bg    *canvas.Rectangle
}

func newColumnHeader(i int) *columnHeader {
	h := &columnHeader{index: i, name: widget.NewLabel(model.Columns[i].DefaultNameIn(i18n.Screen())), count: widget.NewLabel("")}
	h.name.TextStyle = fyne.TextStyle{Bold: true}
	h.name.Truncation = fyne.TextTruncateEllipsis
	h.bg = canvas.NewRectangle(color.Transparent)
	h.bg.CornerRadius = 6
	h.ExtendBaseWidget(h)
	return h
}

// overLimitTint is the wash of red under a column's header when the
// column holds more goals than its limit.
var overLimitTint = widgets.Tint(widgets.HexColor("#dc2626"), 0x1c)

func (h *columnHeader) set(c model.ColumnSettings, count int) {
	h.name.SetText(columnTitle(c))
	if c.WIPLimit > 0 {
		h.count.SetText(say("ui.board.countOfLimit", "N", i18n.Screen().Int(count), "Limit", i18n.Screen().Int(c.WIPLimit)))
	} else {
		h.count.SetText(i18n.Screen().Int(count))
	}
	if c.OverLimit(count) {
		h.name.Importance = widget.DangerImportance
		h.count.Importance = widget.DangerImportance
		h.bg.FillColor = overLimitTint
	} else {
		h.name.Importance = widget.MediumImportance
		h.count.Importance = widget.MediumImportance
		h.bg.FillColor = color.Transparent
	}
	h.name.Refresh()
	h.count.Refresh()
	h.bg.Refresh()
}

// OverLimit reports whether the header is showing the over-limit warning.
func (h *columnHeader) OverLimit() bool { return h.name.Importance == widget.DangerImportance }

func (h *columnHeader) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewStack(h.bg, container.NewBorder(nil, nil, nil, h.count, h.name)))
}

// newLaneLabel draws a lane's name on a band of its colour.
func newLaneLabel(name, subtitle string, c color.NRGBA) fyne.CanvasObject {
	band := canvas.NewRectangle(widgets.Tint(c, 0x30))
	band.CornerRadius = 8
	bar := canvas.NewRectangle(c)
	bar.CornerRadius = 3
	bar.SetMinSize(fyne.NewSize(6, 0))
	title := widget.NewLabel(name)
	title.TextStyle = fyne.TextStyle{Bold: true}
	title.Truncation = fyne.TextTruncateEllipsis
	sub := widget.NewLabel(subtitle)
	sub.SizeName = theme.SizeNameCaptionText
	text := container.NewVBox(title, sub)
	return container.NewStack(fixedWidth(laneWidth-6), band,
		container.NewBorder(nil, nil, container.NewPadded(bar), nil, container.NewVBox(text)))
}

// fixedWidth is an invisible spacer that keeps a column at least w wide.
func fixedWidth(w float32) fyne.CanvasObject {
	r := canvas.NewRectangle(color.Transparent)
	r.SetMinSize(fyne.NewSize(w, 0))
	return r
}

// quartersBack and quartersAhead are how far the quarter filter's choices
// reach around the current quarter.
const quartersBack, quartersAhead = -4, 6

// quarterOptions lists the quarter filter's choices around the current
// quarter, after "All quarters"; the current one says "(now)".
func quarterOptions(now model.Quarter) []string {
	out := []string{say("ui.board.allQuarters")}
	for i := quartersBack; i <= quartersAhead; i++ {
		s := quarterWords(now.Add(i))
		if i == 0 {
			s = say("ui.board.quarterNow", "Quarter", s)
		}
		out = append(out, s)
	}
	return out
}

// checklistItems are a card's steps as ticks in its menu: ticked there
// without opening the goal.
func (b *boardScreen) checklistItems(g model.Goal) []*fyne.MenuItem {
	var out []*fyne.MenuItem
	for _, st := range g.Checklist {
		label := st.Text
		if who := model.DoerName(st.Doer, b.view.Partners); who != "" && g.Owner == model.Shared {
			label += " · " + who
		}
		item := fyne.NewMenuItem(label, func() {
			if err := b.ui.svc.SetStepDone(b.ui.ctx, g.ID, st.ID, !st.Done); err != nil {
				b.ui.showError(err)
			}
		})
		item.Checked = st.Done
		out = append(out, item)
	}
	return out
}
