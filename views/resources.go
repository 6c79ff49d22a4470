package views

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/app"
	"github.com/vennplanner/venn/app/summary"
	"github.com/vennplanner/venn/i18n"
	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/views/widgets"
)

// panelSpans are the spans the panel can show, in the order of its choice.
var panelSpans = []app.Span{app.SpanWeek, app.SpanMonth, app.SpanQuarter}

// spanLabel is a span as the choice names it: "This month".
func spanLabel(sp app.Span) string {
	switch sp {
	case app.SpanWeek:
		return say("ui.rhythm.thisWeekLabel")
	case app.SpanQuarter:
		return say("ui.rhythm.thisQuarterLabel")
	}
	return say("ui.rhythm.thisMonthLabel")
}

// spanWords is a span inside a sentence: "this month".
func spanWords(sp app.Span) string {
	switch sp {
	case app.SpanWeek:
		return say("ui.rhythm.thisWeek")
	case app.SpanQuarter:
		return say("ui.rhythm.thisQuarter")
	}
	return say("ui.rhythm.thisMonth")
}

// resourceWords are the resources as the panel's choices name them, in
// the order of model.Resources.
func resourceWords() []string {
	return []string{say("ui.rhythm.time"), say("ui.rhythm.money"), say("ui.rhythm.energy")}
}

// resourceWord is one resource as the panel's choices name it.
func resourceWord(r model.Resource) string {
	return resourceWords()[max(0, slices.Index(model.Resources, r))]
}

// resourcesScreen is the resource-allocation panel: each partner's
// capacity, what is allocated to personal and shared goals, what is still
// free (red when over-allocated), what was used, charts, and the goals.
type resourcesScreen struct {
	ui       *UI
	span     app.Span
	resource model.Resource
	view     app.ResourcesView

	spanSel   *widget.Select
	chartSel  *widget.Select
	warnings  *fyne.Container
	partners  *fyne.Container
	split     *widgets.Chart
	weekly    *widgets.Chart
	goals     *widget.List
	table     []app.GoalRow  // the goals' table for tableRes
	tableRes  model.Resource // what the goals' table shows
	tableSel  *widget.Select
	tableSpan *widget.Label // the span the table covers, in words
	spent     *widget.List  // what was logged in the span
	noSpent   *widget.Label
	content   fyne.CanvasObject
}

// chartMin is the least room a chart of the panel takes: it lays itself
// out in whatever it is given, so it never makes the window wider.
var chartMin = fyne.NewSize(300, 240)

func newResourcesScreen(ui *UI) *resourcesScreen {
	s := &resourcesScreen{ui: ui, span: app.SpanMonth, resource: model.Time, tableRes: model.Time}
	var spans []string
	for _, sp := range panelSpans {
		spans = append(spans, spanLabel(sp))
	}
	s.spanSel = newSelect(spans, nil)
	s.spanSel.SetSelected(spanLabel(s.span))
	s.spanSel.OnChanged = func(string) {
		s.span = panelSpans[max(0, s.spanSel.SelectedIndex())]
		s.reload()
	}
	s.chartSel = newSelect(resourceWords(), nil)
	s.chartSel.SetSelectedIndex(0)
	s.chartSel.OnChanged = func(string) { s.resource = model.Resources[max(0, s.chartSel.SelectedIndex())]; s.drawCharts() }
	capBtn := widget.NewButtonWithIcon(say("ui.rhythm.setCapacityEllipsis"), theme.SettingsIcon(), s.capacityDialog)
	logBtn := widget.NewButtonWithIcon(say("ui.rhythm.logSpentEllipsis"), theme.DocumentCreateIcon(), func() { s.actualDialog("") })
	logBtn.Importance = widget.HighImportance
	planBtn := widget.NewButtonWithIcon(say("ui.rhythm.planGoalEllipsis"), theme.ContentAddIcon(), s.planDialog)
	energy := quietLabel(model.EnergyExplanationIn(i18n.Screen()))
	s.warnings = container.NewVBox()
	s.partners = container.NewGridWithColumns(2)
	s.split = widgets.NewChart(chartMin)
	s.split.OnTapped = s.showGoalsOfRow
	s.weekly = widgets.NewChart(chartMin)
	s.weekly.OnTapped = s.showWeek
	s.goals = widget.NewList(
		func() int { return len(s.table) },
		func() fyne.CanvasObject { return newGoalResourceRow(s) },
		func(id widget.ListItemID, o fyne.CanvasObject) {
			if id < len(s.table) {
				o.(*goalResourceRow).set(s.table[id])
			}
		},
	)
	s.tableSpan = widget.NewLabel("")
	s.tableSel = newSelect(resourceWords(), nil)
	s.tableSel.SetSelected(resourceWord(s.tableRes))
	s.tableSel.OnChanged = func(string) {
		s.tableRes = model.Resources[max(0, s.tableSel.SelectedIndex())]
		s.table = app.GoalTable(s.view, s.tableRes)
		s.goals.Refresh()
	}
	goalsBox := container.NewBorder(tableHeader(), nil, nil, nil, container.NewStack(fixedHeight(320), s.goals))
	s.spent = widget.NewList(
		func() int { return len(s.view.Spending) },
		func() fyne.CanvasObject { return newSpentRow(s) },
		func(id widget.ListItemID, o fyne.CanvasObject) {
			if id < len(s.view.Spending) {
				o.(*spentRow).set(s.view.Spending[id])
			}
		},
	)
	s.noSpent = quietLabel("")
	top := container.NewBorder(nil, nil, container.NewHBox(logBtn, planBtn, capBtn), s.spanSel)
	charts := container.NewGridWithColumns(2, s.split, container.NewBorder(container.NewHBox(widget.NewLabel(say("ui.rhythm.chartOf")), s.chartSel), nil, nil, nil, s.weekly))
	s.content = container.NewBorder(top, nil, nil, nil, container.NewVScroll(container.NewPadded(container.NewVBox(
		energy, s.warnings, s.partners, charts,
		container.NewHBox(widget.NewLabelWithStyle(say("ui.rhythm.goalsBy"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), s.tableSel, s.tableSpan),
		quietLabel(say("ui.rhythm.goalsHint")),
		goalsBox,
		widget.NewLabelWithStyle(say("ui.rhythm.whatWasSpent"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		container.NewStack(fixedHeight(240), s.spent, container.NewCenter(s.noSpent)),
	))))
	return s
}

// reload asks the service for the panel and redraws.
func (s *resourcesScreen) reload() {
	s.ui.redrew("resources")
	v, err := s.ui.svc.Resources(s.ui.ctx, s.span, s.ui.today())
	if err != nil {
		s.warnings.Objects = []fyne.CanvasObject{widget.NewLabel(say("ui.rhythm.resourcesLoadError", "Error", sayError(err)))}
		s.warnings.Refresh()
		return
	}
	s.view = v
	s.warnings.RemoveAll()
	for _, w := range v.Warnings {
		l := wrapped(say("ui.rhythm.warningLine", "Warning", w))
		l.Importance = widget.DangerImportance
		s.warnings.Add(marked(widget.NewIcon(theme.WarningIcon()), l))
	}
	s.partners.RemoveAll()
	for _, p := range v.Partners {
		s.partners.Add(s.partnerCard(p))
	}
	s.table = app.GoalTable(v, s.tableRes)
	s.tableSpan.SetText(say("ui.rhythm.tableSpan", "Span", spanWords(s.span)))
	s.goals.Refresh()
	s.noSpent.SetText("")
	if len(v.Spending) == 0 {
		s.noSpent.SetText(say("ui.rhythm.nothingSpent", "Span", spanWords(s.span)))
	}
	s.spent.Refresh()
	s.drawCharts()
}

func (s *resourcesScreen) money(r model.Resource, a model.Amount) string {
	return model.FormatAmount(r, a, s.view.Household.Currency)
}

// partnerCard shows one partner's capacity, allocations, free and used.
func (s *resourcesScreen) partnerCard(p model.Partner) fyne.CanvasObject {
	rows := container.NewVBox()
	for _, b := range s.view.Balances[p.ID] {
		headWords := say("ui.rhythm.resourceAWeek", "Resource", b.Resource.TitleIn(i18n.Screen()))
		if b.Resource.Period() == model.PerMonth {
			headWords = say("ui.rhythm.resourceAMonth", "Resource", b.Resource.TitleIn(i18n.Screen()))
		}
		head := widget.NewLabelWithStyle(headWords, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		line := widget.NewLabel(say("ui.rhythm.hasOwnShared", "Capacity", s.money(b.Resource, b.Capacity), "Personal", s.money(b.Resource, b.Personal), "Shared", s.money(b.Resource, b.Shared)))
		line.Wrapping = fyne.TextWrapWord
		free := widget.NewLabel("")
		free.Wrapping = fyne.TextWrapWord
		if b.Over() {
			free.SetText(say("ui.rhythm.overAllocated", "Amount", s.money(b.Resource, -b.Free)))
			free.Importance = widget.DangerImportance
		} else {
			free.SetText(say("ui.rhythm.stillFree", "Amount", s.money(b.Resource, b.Free)))
		}
		figures := container.NewGridWithColumns(2, free, s.usedLabel(b))
		if b.PastCapacity() > 0 {
			figures = container.NewVBox(free, s.usedLabel(b)) // the words need the card's width
		}
		rows.Add(container.NewVBox(head, line, figures))
	}
	col := widgets.HexColor(p.Color)
	bar := canvas.NewRectangle(col)
	bar.SetMinSize(fyne.NewSize(0, 4))
	return widget.NewCard(p.Short(), "", container.NewBorder(bar, nil, nil, nil, rows))
}

// usedLabel says what a partner used in the span; past their capacity over
// it, it says by how much, in words and in the warning colour.
func (s *resourcesScreen) usedLabel(b model.Balance) *widget.Label {
	text := say("ui.rhythm.usedIn", "Span", spanWords(s.span), "Amount", s.money(b.Resource, b.Used))
	past := b.PastCapacity()
	if past > 0 {
		text = say("ui.rhythm.usedPast", "Span", spanWords(s.span), "Amount", s.money(b.Resource, b.Used),
			"Past", s.money(b.Resource, past), "Capacity", s.money(b.Resource, b.SpanCapacity))
	}
	l := wrapped(text)
	if past > 0 {
		l.Importance = widget.WarningImportance
	}
	return l
}

func (s *resourcesScreen) drawCharts() {
	s.split.Set(summary.SplitChart(i18n.Screen(), s.view))
	s.weekly.Set(summary.WeeklyChart(i18n.Screen(), s.view, s.resource))
}

// showGoalsOfRow answers a click on a row of the split chart: the goals'
// table below turns to the row's resource, to show the goals behind it.
func (s *resourcesScreen) showGoalsOfRow(i int) {
	p, r, ok := app.SplitRowAt(s.view, i)
	if !ok {
		return
	}
	s.tableSel.SetSelected(resourceWord(r)) // which redraws the table
	s.ui.toast(say("ui.rhythm.goalsBehind", "Name", p.Short(), "Resource", resourceWord(r)))
}

// showWeek answers a click on a week of the weekly chart: the calendar at
// that week, where its time was planned and spent.
func (s *resourcesScreen) showWeek(i int) {
	if i < 0 || i >= len(s.view.Quarter) {
		return
	}
	cal := s.ui.calendarTab()
	s.ui.showTab(tabCalendar)
	cal.goTo(s.view.Quarter[i].Start)
}

// capacityDialog sets a partner's capacity of a resource from a day on.
func (s *resourcesScreen) capacityDialog() {
	who := newSelect(partnerNames(s.ui.partners), nil)
	who.SetSelectedIndex(s.ui.thisPartnerIndex())
	res := newSelect([]string{say("ui.rhythm.timeHoursAWeek"), say("ui.rhythm.moneyAMonth"), say("ui.rhythm.energyPointsAWeek")}, nil)
	res.SetSelectedIndex(0)
	amount := newEntry()
	amount.SetPlaceHolder(say("ui.rhythm.capacityHint"))
	from := newDateField()
	t := s.ui.today().Time()
	from.SetDate(&t)
	d := dialog.NewForm(say("ui.rhythm.setCapacity"), say("ui.common.save"), say("ui.common.cancel"), []*widget.FormItem{
		widget.NewFormItem(say("ui.rhythm.who"), who), widget.NewFormItem(say("ui.rhythm.resource"), res),
		widget.NewFormItem(say("ui.rhythm.amount"), amount), widget.NewFormItem(say("ui.rhythm.from"), from),
	}, func(ok bool) {
		if !ok {
			return
		}
		r := model.Resources[max(0, res.SelectedIndex())]
		a, err := model.ParseAmount(r, amount.Text, s.view.Household.Currency)
		if err == nil && from.Date == nil {
			err = &model.ValidationError{Field: "from", Message: say("ui.rhythm.pickDay")}
		}
		if err == nil {
			err = s.ui.svc.SetCapacity(s.ui.ctx, s.ui.partners[max(0, who.SelectedIndex())].ID, r, a, model.DateOf(*from.Date))
		}
		if err != nil {
			s.ui.showError(err)
		}
	}, s.ui.win)
	s.ui.showDialog(d, fyne.NewSize(520, 300))
}

// planDialog offers the goals with no time, money or energy planned yet;
// the one chosen gets its allocation dialog.
func (s *resourcesScreen) planDialog() {
	goals, err := s.ui.svc.GoalsToPlan(s.ui.ctx)
	if err != nil {
		s.ui.showError(err)
		return
	}
	if len(goals) == 0 {
		s.ui.showInformation(say("ui.rhythm.planGoal"), say("ui.rhythm.allPlanned"))
		return
	}
	columns, err := s.ui.svc.Columns(s.ui.ctx)
	if err != nil {
		s.ui.showError(err)
		return
	}
	names := make([]string, len(goals))
	for i, g := range goals {
		column := g.Column.DefaultNameIn(i18n.Screen())
		if ci := g.Column.Index(); ci >= 0 && ci < len(columns) {
			column = columns[ci].Name
		}
		names[i] = say("ui.rhythm.goalToPlan", "Title", g.Title, "Owner", ownerLabel(g.Owner, s.ui.partners), "Column", column)
	}
	pick := newSelect(names, nil)
	pick.SetSelectedIndex(0)
	hint := quietLabel(say("ui.rhythm.planHint"))
	d := s.ui.showForm(say("ui.rhythm.planGoal"), say("ui.rhythm.next"), say("ui.common.cancel"), []*widget.FormItem{
		widget.NewFormItem(say("ui.rhythm.goal"), pick), widget.NewFormItem("", hint),
	}, func(ok bool) {
		if i := pick.SelectedIndex(); ok && i >= 0 && i < len(goals) {
			showAllocationDialog(s.ui, goals[i], nil)
		}
	})
	d.Resize(fyne.NewSize(560, 240))
}

// actualDialog logs time, money or energy spent on a goal.
func (s *resourcesScreen) actualDialog(goalID string) {
	s.spentDialog(model.Actual{GoalID: goalID, Resource: model.Time, Day: s.ui.today()})
}

// spentDialog logs what was spent, or edits a logged use (a's ID set).
func (s *resourcesScreen) spentDialog(a model.Actual) {
	goalID := a.GoalID
	goals, err := s.ui.svc.Board(s.ui.ctx, model.BoardFilter{})
	if err != nil {
		s.ui.showError(err)
		return
	}
	var titles []string
	var ids []string
	for _, lane := range goals.Lanes {
		for _, cell := range lane.Cells {
			for _, g := range cell {
				titles = append(titles, g.Title)
				ids = append(ids, g.ID)
			}
		}
	}
	goalSel := newSelect(titles, nil)
	for i, id := range ids {
		if id == goalID {
			goalSel.SetSelectedIndex(i)
		}
	}
	who := newSelect(partnerNames(s.ui.partners), nil)
	who.SetSelectedIndex(s.ui.thisPartnerIndex()) // unless the use says who
	for i, p := range s.ui.partners {
		if p.ID == a.PartnerID {
			who.SetSelectedIndex(i)
		}
	}
	res := newSelect([]string{say("ui.rhythm.timeHours"), say("ui.rhythm.money"), say("ui.rhythm.energyPoints")}, nil)
	res.SetSelectedIndex(max(0, slices.Index(model.Resources, a.Resource)))
	amount := newEntry()
	if a.Amount != 0 {
		amount.SetText(model.FormatPlain(a.Resource, a.Amount, s.view.Household.Currency))
	}
	day := newDateField()
	t := a.Day.Time()
	day.SetDate(&t)
	note := newEntry()
	note.SetText(a.Note)
	title, confirm := say("ui.rhythm.logSpent"), say("ui.rhythm.log")
	if a.ID != "" {
		title, confirm = say("ui.rhythm.editSpent"), say("ui.common.save")
	}
	d := dialog.NewForm(title, confirm, say("ui.common.cancel"), []*widget.FormItem{
		widget.NewFormItem(say("ui.rhythm.goal"), goalSel), widget.NewFormItem(say("ui.rhythm.who"), who), widget.NewFormItem(say("ui.rhythm.what"), res),
		widget.NewFormItem(say("ui.rhythm.amount"), amount), widget.NewFormItem(say("ui.rhythm.day"), day), widget.NewFormItem(say("ui.rhythm.note"), note),
	}, func(ok bool) {
		if !ok {
			return
		}
		if goalSel.SelectedIndex() < 0 {
			s.ui.showError(&model.ValidationError{Field: "goal", Message: say("ui.rhythm.chooseGoal")})
			return
		}
		r := model.Resources[max(0, res.SelectedIndex())]
		amt, err := model.ParseAmount(r, amount.Text, s.view.Household.Currency)
		if err == nil && day.Date == nil {
			err = &model.ValidationError{Field: "day", Message: say("ui.rhythm.pickDay")}
		}
		if err == nil {
			_, err = s.ui.svc.LogActual(s.ui.ctx, model.Actual{ID: a.ID, GoalID: ids[goalSel.SelectedIndex()], PartnerID: s.ui.partners[max(0, who.SelectedIndex())].ID,
				Resource: r, Amount: amt, Day: model.DateOf(*day.Date), Note: note.Text})
		}
		if err != nil {
			s.ui.showError(err)
		}
	}, s.ui.win)
	s.ui.showDialog(d, fyne.NewSize(560, 420))
}

// thisPartnerIndex is the place of this computer's partner among the
// partners (the first when nobody said), for a choice of who.
func (ui *UI) thisPartnerIndex() int {
	me := ui.thisPartnerID()
	for i, p := range ui.partners {
		if p.ID == me {
			return i
		}
	}
	return 0
}

func partnerNames(ps []model.Partner) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.Short()
	}
	return out
}

// showAllocationDialog edits a goal's allocations; the board's goal form
// and the panel share it.
func showAllocationDialog(ui *UI, g model.Goal, done func()) *allocationForm {
	allocs, err := ui.svc.GoalAllocations(ui.ctx, g.ID)
	if err != nil {
		ui.showError(err)
		return nil
	}
	currency := ui.household.Currency
	f := &allocationForm{amounts: map[model.Resource]*entry{}}
	var items []*widget.FormItem
	labels := map[model.Resource]string{model.Time: say("ui.rhythm.hoursAWeek"), model.Money: say("ui.rhythm.moneyAMonthIn", "Currency", currency),
		model.Energy: say("ui.rhythm.energyPointsWeek")}
	splitA := 50
	for _, r := range model.Resources {
		e := newEntry()
		if a, ok := allocs[r]; ok {
			e.SetText(model.FormatPlain(r, a.Amount, currency))
			splitA = a.SplitA
		}
		e.SetPlaceHolder("0")
		f.amounts[r] = e
		items = append(items, widget.NewFormItem(labels[r], e))
	}
	if g.Owner == model.Shared && len(ui.partners) == 2 {
		f.splitA, f.splitB = newEntry(), newEntry()
		f.splitA.SetText(strconv.Itoa(splitA))
		f.splitB.SetText(strconv.Itoa(100 - splitA))
		items = append(items,
			widget.NewFormItem(say("ui.rhythm.shareOf", "Name", ui.partners[0].Short()), f.splitA),
			widget.NewFormItem(say("ui.rhythm.shareOf", "Name", ui.partners[1].Short()), f.splitB))
	}
	d := dialog.NewForm(say("ui.rhythm.allocationTitle", "Title", g.Title), say("ui.common.save"), say("ui.common.cancel"), items, func(ok bool) {
		if !ok {
			return
		}
		if err := f.save(ui, g); err != nil {
			ui.showError(err)
			return
		}
		if done != nil {
			done()
		}
	}, ui.win)
	ui.showDialog(d, fyne.NewSize(560, 360))
	f.dialog = d
	ui.allocationForm = f
	return f
}

// allocationForm is the open allocation dialog.
type allocationForm struct {
	amounts        map[model.Resource]*entry
	splitA, splitB *entry
	dialog         *dialog.FormDialog
}

func (f *allocationForm) save(ui *UI, g model.Goal) error {
	amounts := map[model.Resource]model.Amount{}
	for r, e := range f.amounts {
		text := strings.TrimSpace(e.Text)
		if text == "" {
			text = "0"
		}
		a, err := model.ParseAmount(r, text, ui.household.Currency)
		if err != nil {
			return err
		}
		amounts[r] = a
	}
	sa, sb := 50, 50
	if f.splitA != nil {
		var errA, errB error
		sa, errA = strconv.Atoi(strings.TrimSpace(strings.TrimSuffix(f.splitA.Text, "%")))
		sb, errB = strconv.Atoi(strings.TrimSpace(strings.TrimSuffix(f.splitB.Text, "%")))
		if errA != nil || errB != nil {
			return &model.ValidationError{Field: "split", Message: say("ui.rhythm.sharesWhole")}
		}
	}
	return ui.svc.SetAllocations(ui.ctx, g.ID, amounts, sa, sb)
}

// tableColumn is the width of each amount column of the goals' table.
const tableColumn = 104

// amountColumns lays out right-aligned amounts side by side, each in a
// column of the same width, so rows and heading line up.
func amountColumns(objs ...fyne.CanvasObject) fyne.CanvasObject {
	box := container.NewHBox()
	for _, o := range objs {
		box.Add(container.New(layout.NewGridWrapLayout(fyne.NewSize(tableColumn, o.MinSize().Height)), o))
	}
	return box
}

// tableHeader is the goals' table heading: the columns named as YNAB
// names them.
func tableHeader() fyne.CanvasObject {
	head := func(text string) *widget.Label {
		l := widget.NewLabelWithStyle(text, fyne.TextAlignTrailing, fyne.TextStyle{Bold: true})
		return l
	}
	goal := widget.NewLabelWithStyle(say("ui.rhythm.goal"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	// Room for a row's buttons, measured on the same buttons.
	buttons := container.NewHBox(widget.NewButton(say("ui.rhythm.allocate"), nil), widget.NewButton(say("ui.rhythm.logEllipsis"), nil))
	spacer := container.New(layout.NewGridWrapLayout(fyne.NewSize(buttons.MinSize().Width, 1)))
	return container.NewBorder(nil, nil, nil, container.NewHBox(amountColumns(head(say("ui.rhythm.allocated")), head(say("ui.rhythm.used")), head(say("ui.rhythm.available"))), spacer), goal)
}

// goalResourceRow is one goal's line in the goals' table: its title and
// owner, then allocated, used and available for the resource shown —
// available in green when some is left, red when overspent ("€71 used of
// €60") — and its Allocate… and Log… buttons.
type goalResourceRow struct {
	widget.BaseWidget
	screen    *resourcesScreen
	goal      model.Goal
	title     *widgets.FitLabel
	line      *widgets.FitLabel
	allocated *widget.Label
	used      *widget.Label
	available *widget.Label
	edit      *widget.Button
	log       *widget.Button
}

func newGoalResourceRow(s *resourcesScreen) *goalResourceRow {
	r := &goalResourceRow{screen: s, title: widgets.NewFitLabel(""), line: widgets.NewFitLabel("")}
	r.title.TextStyle = fyne.TextStyle{Bold: true}
	r.line.SizeName = theme.SizeNameCaptionText
	amount := func() *widget.Label { return widget.NewLabelWithStyle("", fyne.TextAlignTrailing, fyne.TextStyle{}) }
	r.allocated, r.used, r.available = amount(), amount(), amount()
	r.available.TextStyle = fyne.TextStyle{Bold: true}
	r.edit = widget.NewButton(say("ui.rhythm.allocate"), func() { showAllocationDialog(s.ui, r.goal, nil) })
	r.log = widget.NewButton(say("ui.rhythm.logEllipsis"), func() { s.actualDialog(r.goal.ID) })
	r.ExtendBaseWidget(r)
	return r
}

func (r *goalResourceRow) set(row app.GoalRow) {
	s := r.screen
	res := s.tableRes
	r.goal = row.Goal
	r.title.SetText(row.Goal.Title)
	line := ownerLabel(row.Goal.Owner, s.ui.partners)
	if row.Overspent() {
		line = say("ui.rhythm.usedOf", "Line", line, "Used", s.money(res, row.Used), "Allocated", s.money(res, row.Allocated))
	}
	r.line.SetText(line)
	r.allocated.SetText(s.money(res, row.Allocated))
	r.used.SetText(s.money(res, row.Used))
	r.available.SetText(s.money(res, row.Available))
	switch {
	case row.Available > 0:
		r.available.Importance = widget.SuccessImportance
	case row.Available < 0:
		r.available.Importance = widget.DangerImportance
	default:
		r.available.Importance = widget.MediumImportance
	}
	r.available.Refresh()
	// A row may come from the list's pool, drawn in the theme of before.
	r.edit.Refresh()
	r.log.Refresh()
}

func (r *goalResourceRow) CreateRenderer() fyne.WidgetRenderer {
	right := container.NewHBox(amountColumns(r.allocated, r.used, r.available), container.NewHBox(r.edit, r.log))
	return widget.NewSimpleRenderer(container.NewBorder(nil, nil, nil, right, container.NewVBox(r.title, r.line)))
}

// spentRow is one logged use in the list of what was spent: day, who, the
// goal, the amount and the note, with Edit… and Delete.
type spentRow struct {
	widget.BaseWidget
	screen *resourcesScreen
	spent  app.Spent
	text   *widgets.FitLabel
	edit   *widgets.IconButton
	del    *widgets.IconButton
}

func newSpentRow(s *resourcesScreen) *spentRow {
	r := &spentRow{screen: s, text: widgets.NewFitLabel("")}
	r.edit = widgets.NewIconButton(say("ui.rhythm.editSpent"), theme.DocumentCreateIcon(), func() { s.spentDialog(r.spent.Actual) })
	r.del = widgets.NewIconButton(say("ui.rhythm.deleteSpent"), theme.DeleteIcon(), func() { s.deleteSpent(r.spent) })
	r.edit.Importance, r.del.Importance = widget.LowImportance, widget.LowImportance
	r.ExtendBaseWidget(r)
	return r
}

func (r *spentRow) set(sp app.Spent) {
	s := r.screen
	r.spent = sp
	text := fmt.Sprintf("%s · %s · %s · %s", s.ui.dayWords(sp.Day), ownerLabel(model.Owner(sp.PartnerID), s.ui.partners), sp.GoalTitle, s.money(sp.Resource, sp.Amount))
	if sp.Note != "" {
		text += " · " + sp.Note
	}
	r.text.SetText(text)
	r.edit.Refresh()
	r.del.Refresh()
}

func (r *spentRow) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewBorder(nil, nil, nil, container.NewHBox(r.edit, r.del), r.text))
}

// deleteSpent deletes a logged use after asking.
func (s *resourcesScreen) deleteSpent(sp app.Spent) {
	s.ui.showConfirm(say("ui.rhythm.deleteSpentQuestion"), say("ui.rhythm.deleteSpentText", "Amount", s.money(sp.Resource, sp.Amount), "Goal", sp.GoalTitle, "Day", s.ui.dayWords(sp.Day)),
		func(ok bool) {
			if !ok {
				return
			}
			if err := s.ui.svc.DeleteActual(s.ui.ctx, sp.ID); err != nil {
				s.ui.showError(err)
				return
			}
			s.ui.offerUndo(say("ui.rhythm.deletedSpent", "Goal", sp.GoalTitle))
		})
}
