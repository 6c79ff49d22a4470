package views

import (
	"fmt"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/app"
	"github.com/vennplanner/venn/i18n"
	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/views/forms"
	"github.com/vennplanner/venn/views/widgets"
)

// calendarScreen is the colour-coded calendar: a week of blocks (or a
// month overview), the legend, the week's balance and the life events.
type calendarScreen struct {
	ui    *UI
	week  model.Date // first day of the week shown
	month bool       // showing the month overview
	view  app.CalendarView

	title  *widget.Label
	grid   *widgets.WeekGrid
	scroll *container.Scroll
	// scrollBox holds scroll and sets its first offset once it has a size;
	// scrolledTo is the week it was set for.
	scrollBox  *fyne.Container
	scrollInit *scrollOnLayout
	scrolledTo model.Date
	header     *fyne.Container
	monthGrid  *widgets.MonthGrid
	body       *fyne.Container
	balance    *fyne.Container
	legend     *fyne.Container
	events     *fyne.Container
	mode       *widget.RadioGroup
	content    fyne.CanvasObject
	// side is the side panel (mini-month, balance, legend, life events,
	// calendar files); sideToggle folds it away and back.
	side       *fyne.Container
	sideToggle *widget.Button

	mini      *widgets.MiniMonth
	miniTitle *widget.Label
	miniNext  *widgets.IconButton
	browsed   bool // the mini-month was moved off the week shown

	blockForm  *forms.Block  // the open block dialog, if any
	moveChoice dialog.Dialog // "only this one or the series?", once asked
}

func newCalendarScreen(ui *UI) *calendarScreen {
	s := &calendarScreen{ui: ui}
	s.week = ui.svc.WeekOf(ui.ctx, ui.today())
	s.title = widget.NewLabelWithStyle("", fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	s.grid = widgets.NewWeekGrid()
	s.grid.OnCreate = s.createAt
	s.grid.OnMove = s.moveTo
	s.grid.OnResize = s.resize
	s.grid.OnTap = func(b widgets.GridBlock) { s.editBlock(b.Placed.Block, b.Placed.Day) }
	s.scroll = container.NewVScroll(s.grid)
	s.scrollInit = &scrollOnLayout{scroll: s.scroll, grid: s.grid}
	s.scrollBox = container.New(s.scrollInit, s.scroll)
	s.header = container.NewGridWithColumns(7)
	s.monthGrid = widgets.NewMonthGrid()
	s.monthGrid.OnTap = s.openDay
	s.body = container.NewStack()
	s.balance = container.NewVBox()
	s.legend = container.NewVBox()
	s.events = container.NewVBox()
	s.mini = widgets.NewMiniMonth(s.week, ui.household.WeekStart)
	s.mini.OnTapped = func(day model.Date) { s.browsed = false; s.goTo(day) }
	s.miniTitle = widget.NewLabelWithStyle("", fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	miniMove := func(months int) func() {
		return func() {
			s.browsed = true
			s.mini.Month = model.DateOf(app.MonthOf(s.mini.Month).Time().AddDate(0, months, 0))
			s.drawMini()
		}
	}
	s.miniNext = widgets.NewIconButton(say("ui.board.nextMonth"), theme.NavigateNextIcon(), miniMove(1))
	s.miniNext.Importance = widget.LowImportance
	miniPrev := widgets.NewIconButton(say("ui.board.previousMonth"), theme.NavigateBackIcon(), miniMove(-1))
	miniPrev.Importance = widget.LowImportance
	miniBar := container.NewBorder(nil, nil, miniPrev, s.miniNext, s.miniTitle)
	prev := widgets.NewIconButton(say("ui.board.earlier"), theme.NavigateBackIcon(), func() { s.step(-1) })
	next := widgets.NewIconButton(say("ui.board.later"), theme.NavigateNextIcon(), func() { s.step(1) })
	today := widget.NewButton(say("ui.board.today"), func() { s.week = ui.svc.WeekOf(ui.ctx, ui.today()); s.reload() })
	s.mode = widget.NewRadioGroup([]string{say("ui.board.week"), say("ui.board.month")}, func(v string) { s.month = v == s.mode.Options[1]; s.reload() })
	s.mode.Horizontal = true
	s.mode.SetSelected(s.mode.Options[0])
	add := widget.NewButtonWithIcon(say("ui.board.newBlock"), theme.ContentAddIcon(), func() {
		start := model.WallTime{Date: ui.today(), Minute: 18 * 60}
		s.showBlockForm(model.Block{Kind: model.KindJoint, Start: start, End: model.WallTime{Date: start.Date, Minute: 19 * 60}}, model.Date{})
	})
	add.Importance = widget.HighImportance
	event := widget.NewButtonWithIcon(say("ui.board.lifeEvent"), theme.WarningIcon(), s.logLifeEvent)
	export := widget.NewButtonWithIcon(say("ui.board.exportICS"), theme.DownloadIcon(), s.exportICS)
	s.sideToggle = widget.NewButtonWithIcon("", nil, s.toggleSide)
	bar := widgets.NewFlow(prev, s.title, next, today, s.mode, layout.NewSpacer(), event, export, add, s.sideToggle)
	help := widget.NewLabel(say("ui.board.calendarHelp"))
	help.Wrapping = fyne.TextWrapWord
	help.SizeName = theme.SizeNameCaptionText
	side := container.NewVScroll(container.NewVBox(
		container.NewCenter(container.NewVBox(miniBar, s.mini)), widget.NewSeparator(),
		widget.NewLabelWithStyle(say("ui.board.thisWeek"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), s.balance,
		widget.NewSeparator(), widget.NewLabelWithStyle(say("ui.board.legend"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), s.legend,
		widget.NewSeparator(), widget.NewLabelWithStyle(say("ui.board.lifeEvents"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), s.events,
		widget.NewSeparator(), widget.NewLabelWithStyle(say("ui.board.calendarFiles"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), s.folderCheck(),
	))
	s.side = container.New(sideWidth(sidePanelWidth), container.NewBorder(nil, nil, widget.NewSeparator(), nil, side))
	s.content = container.NewBorder(bar, nil, nil, s.side, container.NewBorder(nil, help, nil, nil, s.body))
	s.showSide()
	return s
}

// sidePanelWidth is the side panel's width: a quarter of a small window.
const sidePanelWidth = 256

// toggleSide folds the side panel away, or brings it back; the choice holds
// while Venn is open.
func (s *calendarScreen) toggleSide() {
	s.ui.calendarSideFolded = !s.ui.calendarSideFolded
	s.showSide()
}

// showSide shows or hides the side panel as chosen, and names the toggle
// after what it will do.
func (s *calendarScreen) showSide() {
	if s.ui.calendarSideFolded {
		s.side.Hide()
		s.sideToggle.SetText(say("ui.board.showPanel"))
		s.sideToggle.SetIcon(theme.VisibilityIcon())
	} else {
		s.side.Show()
		s.sideToggle.SetText(say("ui.board.hidePanel"))
		s.sideToggle.SetIcon(theme.VisibilityOffIcon())
	}
	if c, ok := s.content.(*fyne.Container); ok {
		c.Refresh()
	}
}

// sideWidth lays its objects over each other at one width, whatever they
// would like: long words in the side panel wrap or are cut, never widen it.
type sideWidth float32

func (w sideWidth) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objects {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}

func (w sideWidth) MinSize(objects []fyne.CanvasObject) fyne.Size {
	var h float32
	for _, o := range objects {
		h = max(h, o.MinSize().Height)
	}
	return fyne.NewSize(float32(w), h)
}

func (s *calendarScreen) step(dir int) {
	if s.month {
		first := app.MonthOf(s.week.AddDays(7))
		s.week = s.ui.svc.WeekOf(s.ui.ctx, model.DateOf(first.Time().AddDate(0, dir, 0)))
	} else {
		s.week = s.week.AddDays(7 * dir)
	}
	s.reload()
}

// reload asks the service for the days shown and redraws.
func (s *calendarScreen) reload() {
	s.ui.redrew("calendar")
	from, to := s.week, s.week.AddDays(6)
	if s.month {
		first := app.MonthOf(s.week.AddDays(6))
		from = s.ui.svc.WeekOf(s.ui.ctx, first)
		to = from.AddDays(6*7 - 1)
	}
	v, err := s.ui.svc.Calendar(s.ui.ctx, from, to)
	if err != nil {
		s.title.SetText(say("ui.board.calendarLoadFailed", "Error", sayError(err)))
		return
	}
	s.view = v
	if s.month {
		s.title.SetText(i18n.Screen().MonthYear(app.MonthOf(s.week.AddDays(6)).Time()))
		s.drawMonth()
	} else {
		s.title.SetText(i18n.Screen().Range(from.Time(), to.Time()))
		s.drawWeek()
	}
	s.drawSide()
}

func (s *calendarScreen) drawWeek() {
	v := s.view
	var blocks []widgets.GridBlock
	for day, placed := range v.Days {
		date := v.From.AddDays(day)
		for _, p := range placed {
			top, bottom := 0, 24*60
			if p.Start.Date == date {
				top = p.Start.Minute
			}
			if p.End.Date == date {
				bottom = p.End.Minute
			}
			blocks = append(blocks, widgets.GridBlock{Placed: p, Day: day, Top: top, Bottom: bottom,
				Color: widgets.HexColor(p.Block.Color(v.Partners)), Title: p.Block.Title, Hatch: p.Block.Kind == model.KindBuffer})
		}
	}
	var markers []widgets.GridMarker
	s.header.Objects = nil
	for day, ms := range v.Markers {
		date := v.From.AddDays(day)
		head := container.NewVBox(widget.NewLabelWithStyle(widgets.WeekdayNumber(date.Time()), fyne.TextAlignCenter, fyne.TextStyle{Bold: date == s.ui.today()}))
		for _, m := range ms {
			if m.Minute < 0 {
				l := widget.NewLabel(strings.TrimPrefix(m.Title, "Due: "))
				l.Truncation = fyne.TextTruncateEllipsis
				l.SizeName = theme.SizeNameCaptionText
				head.Add(marked(widgets.NewDiamond(widgets.HexColor(m.Color), 10, m.Milestone), l))
				continue
			}
			markers = append(markers, widgets.GridMarker{Day: day, Minute: m.Minute, Title: m.Title, Color: widgets.HexColor(m.Color)})
		}
		s.header.Add(head)
	}
	s.header.Refresh()
	s.grid.Blocks, s.grid.Markers, s.grid.Today, s.grid.Now = blocks, markers, -1, -1
	s.grid.Name = say("ui.board.weekFrom", "Day", widgets.ShortDay(v.From.Time()))
	for d := range s.grid.DayNames {
		s.grid.DayNames[d] = widgets.WeekdayNumber(v.From.AddDays(d).Time())
	}
	if i := int(s.ui.today().Time().Sub(v.From.Time()).Hours() / 24); i >= 0 && i < 7 && !s.ui.today().Before(v.From) {
		s.grid.Today = i
		now := s.ui.now()
		s.grid.Now = now.Hour()*60 + now.Minute()
	}
	s.grid.Refresh()
	gutter := canvas.NewRectangle(nil)
	gutter.SetMinSize(fyne.NewSize(48, 0))
	s.body.Objects = []fyne.CanvasObject{container.NewBorder(container.NewBorder(nil, nil, gutter, nil, s.header), nil, nil, nil, s.scrollBox)}
	s.body.Refresh()
	if s.scrolledTo != v.From {
		s.scrolledTo = v.From
		s.scrollInit.want(weekOpening(blocks))
	}
}

// The hours a week opens at: the morning, or half an hour before the first
// block when that starts earlier, but never in the night. A block that
// starts in the night (an airport run at 03:30), or the morning end of one
// from the evening before, does not pull the week up to it.
const (
	weekMorning = 7 * 60
	nightEnds   = 5 * 60
)

// weekOpening is the minute of the day the week grid opens scrolled to.
func weekOpening(blocks []widgets.GridBlock) int {
	first := weekMorning
	for _, b := range blocks {
		if b.Top >= nightEnds {
			first = min(first, b.Top)
		}
	}
	return max(first-30, nightEnds)
}

func (s *calendarScreen) drawMonth() {
	v := s.view
	month := app.MonthOf(s.week.AddDays(6)).Month
	for d := range 7 {
		s.monthGrid.Weekdays[d] = widgets.WeekdayShort(v.From.AddDays(d).Time().Weekday())
	}
	s.monthGrid.Days = s.monthGrid.Days[:0]
	s.monthGrid.Name = i18n.Screen().MonthYear(app.MonthOf(s.week.AddDays(6)).Time())
	for day, placed := range v.Days {
		date := v.From.AddDays(day)
		md := widgets.MonthDay{Day: date.Day, InMonth: date.Month == month, Today: date == s.ui.today()}
		for _, p := range placed {
			if p.Start.Date != date {
				continue
			}
			md.Entries = append(md.Entries, widgets.MonthEntry{
				Text:  say("ui.board.clockTitle", "Clock", model.FormatClock(p.Start.Minute), "Title", p.Block.Title),
				Color: widgets.HexColor(p.Block.Color(v.Partners)),
			})
		}
		s.monthGrid.Days = append(s.monthGrid.Days, md)
	}
	s.monthGrid.Refresh()
	s.body.Objects = []fyne.CanvasObject{s.monthGrid}
	s.body.Refresh()
}

// openDay shows the week of the month grid's day i.
// goTo shows the week holding day.
func (s *calendarScreen) goTo(day model.Date) {
	s.week = s.ui.svc.WeekOf(s.ui.ctx, day)
	if s.month {
		s.mode.SetSelected(s.mode.Options[0]) // the week, which redraws
		return
	}
	s.reload()
}

func (s *calendarScreen) openDay(i int) {
	s.week = s.ui.svc.WeekOf(s.ui.ctx, s.view.From.AddDays(i))
	s.mode.SetSelected(s.mode.Options[0])
}

// drawMini shows the mini-month: the month of the week shown, unless the
// couple browsed to another with its arrows.
func (s *calendarScreen) drawMini() {
	if !s.browsed {
		s.mini.Month = s.week.AddDays(3)
	}
	s.mini.WeekStart, s.mini.Today, s.mini.Shown = s.ui.household.WeekStart, s.ui.today(), model.Date{}
	if !s.month {
		s.mini.Shown = s.week
	}
	s.miniTitle.SetText(i18n.Screen().MonthYear(app.MonthOf(s.mini.Month).Time()))
	s.mini.Refresh()
}

// drawSide shows the mini-month, the week's balance, the legend and the life events.
func (s *calendarScreen) drawSide() {
	s.drawMini()
	v := s.view
	s.balance.Objects = nil
	if s.month {
		s.balance.Add(wrapped(say("ui.board.balanceWeekOnly")))
	} else {
		longest := max(v.Balance.Joint, v.Targets.Joint, 60)
		for _, p := range v.Partners {
			longest = max(longest, v.Balance.Solo[p.ID], v.Targets.SoloFor(p))
		}
		row := func(name, hex string, minutes, aim int) {
			bar := widgets.NewScoreBar()
			bar.Set(float64(minutes)/float64(longest), widgets.HexColor(hex))
			text := say("ui.board.hours", "Name", name, "Hours", model.Hours(minutes))
			if aim > 0 {
				text = say("ui.board.hoursAim", "Name", name, "Hours", model.Hours(minutes), "Aim", model.Hours(aim))
			}
			bar.Name, bar.Decorative = text, true
			s.balance.Add(container.NewVBox(wrapped(text), bar)) // wrapped: the side panel is narrow
		}
		for _, p := range v.Partners {
			row(say("ui.board.solo", "Name", p.Short()), p.Color, v.Balance.Solo[p.ID], v.Targets.SoloFor(p))
		}
		row(say("ui.board.joint"), model.SharedColor, v.Balance.Joint, v.Targets.Joint)
		for _, f := range v.Flags {
			l := widget.NewLabel(f)
			l.Wrapping = fyne.TextWrapWord
			l.Importance = widget.WarningImportance
			s.balance.Add(l)
		}
		s.balance.Add(container.NewHBox(widget.NewButton(say("ui.board.weeklyAimsButton"), s.editAims), s.ui.whyButton(say("ui.board.whySolo"), model.MethodSolo)))
	}
	s.balance.Refresh()
	s.legend.Objects = nil
	add := func(hex, name string, light bool) {
		c := widgets.HexColor(hex)
		if light {
			c = widgets.Tint(c, 0x40)
		}
		sw := canvas.NewRectangle(c)
		sw.CornerRadius = 3
		sw.SetMinSize(fyne.NewSize(16, 16))
		if light {
			// A light swatch keeps its full colour as an outline, so it
			// shows on the dark background too.
			sw.StrokeColor, sw.StrokeWidth = widgets.HexColor(hex), 1.5
		}
		s.legend.Add(container.NewBorder(nil, nil, container.NewCenter(sw), nil, wrapped(name)))
	}
	for _, p := range v.Partners {
		add(p.Color, model.KindNameIn(i18n.Screen(), model.KindSolo, p.ID, v.Partners), false)
	}
	add(model.SharedColor, model.KindNameIn(i18n.Screen(), model.KindJoint, "", nil), false)
	add(model.FlexibleColor, model.KindNameIn(i18n.Screen(), model.KindFlexible, "", nil), false)
	add(model.BufferColor, model.KindNameIn(i18n.Screen(), model.KindBuffer, "", nil), true)
	dot := container.NewGridWrap(fyne.NewSize(9, 9), canvas.NewCircle(theme.Color(theme.ColorNameForeground)))
	s.legend.Add(marked(dot, widget.NewLabel(say("ui.board.legendReminder"))))
	s.legend.Add(marked(widgets.NewDiamond(theme.Color(theme.ColorNameForeground), 10, false), widget.NewLabel(say("ui.board.legendTarget"))))
	s.legend.Add(marked(widgets.NewDiamond(theme.Color(theme.ColorNameForeground), 10, true), widget.NewLabel(say("ui.board.legendMilestone"))))
	s.legend.Refresh()
	s.drawEvents(s.events)
}

// drawEvents lists the life events into box (the calendar's side and the
// board's log share it).
func (s *calendarScreen) drawEvents(box *fyne.Container) {
	box.Objects = nil
	events, err := s.ui.svc.LifeEvents(s.ui.ctx)
	if err != nil || len(events) == 0 {
		box.Add(widget.NewLabel(say("ui.board.noLifeEvents")))
		box.Refresh()
		return
	}
	for _, e := range events {
		box.Add(forms.LifeEventCard(s.ui.host(), e))
	}
	box.Refresh()
}

func (s *calendarScreen) editAims() {
	t := s.view.Targets
	solo, joint := newEntry(), newEntry()
	solo.SetText(hoursText(t.SoloEach))
	joint.SetText(hoursText(t.Joint))
	items := []*widget.FormItem{widget.NewFormItem(say("ui.board.soloEach"), solo), widget.NewFormItem(say("ui.board.jointHours"), joint)}
	own := map[model.Slot]*entry{}
	for _, p := range s.view.Partners {
		e := newEntry()
		e.SetPlaceHolder(say("ui.board.asForEach"))
		if v := map[model.Slot]int{model.SlotA: t.SoloA, model.SlotB: t.SoloB}[p.Slot]; v > 0 {
			e.SetText(hoursText(v))
		}
		own[p.Slot] = e
		items = append(items, widget.NewFormItem(say("ui.board.ownSoloAim", "Name", p.Short()), e))
	}
	items = append(items, widget.NewFormItem("", quietLabel(say("ui.board.ownAimsHint"))))
	d := s.ui.showForm(say("ui.board.weeklyAims"), say("ui.common.save"), say("ui.common.cancel"), items, func(ok bool) {
		if !ok {
			return
		}
		var next model.BalanceTargets
		var errs [4]error
		next.SoloEach, errs[0] = parseHours(solo.Text)
		next.Joint, errs[1] = parseHours(joint.Text)
		if e := own[model.SlotA]; e != nil {
			next.SoloA, errs[2] = parseHours(e.Text)
		}
		if e := own[model.SlotB]; e != nil {
			next.SoloB, errs[3] = parseHours(e.Text)
		}
		for _, err := range errs {
			if err != nil {
				s.ui.showError(&model.ValidationError{Field: "aims", Message: say("ui.board.aimsAreHours")})
				return
			}
		}
		if err := s.ui.svc.SetCalendarTargets(s.ui.ctx, next); err != nil {
			s.ui.showError(err)
		}
	})
	d.Resize(fyne.NewSize(520, 380))
}

func hoursText(minutes int) string {
	if minutes%60 == 0 {
		return fmt.Sprint(minutes / 60)
	}
	return fmt.Sprintf("%.2g", float64(minutes)/60)
}

func parseHours(s string) (int, error) {
	s = strings.TrimSpace(strings.ReplaceAll(s, ",", "."))
	if s == "" {
		return 0, nil
	}
	var h float64
	if _, err := fmt.Sscanf(s, "%g", &h); err != nil || h < 0 || h > 168 {
		return 0, fmt.Errorf("%q is not a number of hours", s)
	}
	return int(h*60 + 0.5), nil
}

// createAt opens the form for a block dragged out over empty time.
func (s *calendarScreen) createAt(day, from, to int) {
	date := s.view.From.AddDays(day)
	end := model.WallTime{Date: date, Minute: to}
	if to >= 24*60 {
		end = model.WallTime{Date: date.AddDays(1)}
	}
	s.showBlockForm(model.Block{Kind: model.KindJoint, Start: model.WallTime{Date: date, Minute: from}, End: end}, model.Date{})
}

func (s *calendarScreen) moveTo(b widgets.GridBlock, day, from int) {
	p := b.Placed
	// The part dragged may not be where the block starts (an overnight
	// block): move the start by as much as the part moved.
	delta := (day-b.Day)*24*60 + from - b.Top
	start, length := p.Start.AddMinutes(delta), p.End.MinutesSince(p.Start)
	if !p.Block.Repeats() {
		moved, err := s.ui.svc.MoveBlock(s.ui.ctx, p.Block.ID, p.Day, start, length)
		if err != nil {
			s.ui.showError(err)
			s.reload() // the block goes back where it was
			return
		}
		s.noteClashes(moved)
		return
	}
	s.askWhichToMove(p, start, length)
}

// logLifeEvent opens the life-event flow: what happened, and what to adjust.
func (s *calendarScreen) logLifeEvent() { forms.ShowLifeEvent(s.ui.host()) }

func (s *calendarScreen) editBlock(b *model.Block, day model.Date) { s.showBlockForm(*b, day) }

// showBlockForm opens the block dialog; day is the occurrence opened (zero
// for a new block).
func (s *calendarScreen) showBlockForm(b model.Block, day model.Date) *forms.Block {
	f := forms.ShowBlock(s.ui.host(), b, day, func() { s.blockForm = nil })
	s.blockForm = f
	return f
}

// noteClashes says, once a joint block has been moved, whose solo time it
// now sits on (the move stands: it was the couple's own gesture).
func (s *calendarScreen) noteClashes(b model.Block) {
	if b.Kind != model.KindJoint {
		return
	}
	if clashes, err := s.ui.svc.SoloClashes(s.ui.ctx, b); err == nil && len(clashes) > 0 {
		s.ui.toast(forms.ClashWords(b.Title, clashes, s.ui.partners))
	}
}

// askWhichToMove asks whether a repeating block moves on this day only or
// as a whole series, as calendar apps do.
func (s *calendarScreen) askWhichToMove(p model.Placed, start model.WallTime, length int) {
	var d dialog.Dialog
	// A move redraws the calendar through the change it makes; a refused
	// or cancelled one redraws it here, so the block goes back.
	done := func(moved model.Block, err error) {
		d.Hide()
		if err != nil {
			s.ui.showError(err)
			s.reload()
			return
		}
		s.noteClashes(moved)
	}
	one := widget.NewButton(say("ui.board.onlyThisOne"), func() {
		done(s.ui.svc.MoveOccurrence(s.ui.ctx, p.Block.ID, p.Day, start, length))
	})
	one.Importance = widget.HighImportance
	all := widget.NewButton(say("ui.board.wholeSeries"), func() {
		done(s.ui.svc.MoveBlock(s.ui.ctx, p.Block.ID, p.Day, start, length))
	})
	cancel := widget.NewButton(say("ui.common.cancel"), func() { d.Hide(); s.reload() })
	msg := widget.NewLabel(say("ui.board.moveRepeating", "Title", p.Block.Title, "Repeats", lowerFirst(p.Block.RepeatWords()),
		"To", widgets.ShortDay(start.Date.Time()), "Clock", model.FormatClock(start.Minute), "Day", widgets.ShortDay(p.Day.Time())))
	msg.Wrapping = fyne.TextWrapWord
	d = dialog.NewCustomWithoutButtons(say("ui.board.moveRepeatingTitle"), container.NewBorder(nil, container.NewHBox(layout.NewSpacer(), cancel, all, one), nil, nil, msg), s.ui.win)
	s.ui.showDialog(d, fyne.NewSize(520, 200))
	s.moveChoice = d
}

func (s *calendarScreen) resize(b widgets.GridBlock, minutes int) {
	p := b.Placed
	if _, err := s.ui.svc.MoveBlock(s.ui.ctx, p.Block.ID, p.Day, p.Start, minutes); err != nil {
		s.ui.showError(err)
		s.reload() // the block goes back to its length
	}
}

// folderCheck turns on writing the .ics files into the shared folder on
// every sync, so calendar apps can subscribe to them.
func (s *calendarScreen) folderCheck() fyne.CanvasObject {
	c := widget.NewCheck(say("ui.board.keepInFolder"), func(on bool) {
		if err := s.ui.svc.SetCalendarInFolder(s.ui.ctx, on); err != nil {
			s.ui.showError(err)
		}
	})
	c.Checked = s.ui.svc.CalendarInFolder(s.ui.ctx)
	hint := quietLabel(say("ui.board.folderHint"))
	return container.NewVBox(c, hint)
}

// exportICS writes one .ics file per partner and one for joint time into
// a folder the user picks.
func (s *calendarScreen) exportICS() {
	d := dialog.NewFolderOpen(func(dir fyne.ListableURI, err error) {
		if err != nil {
			s.ui.showError(err)
			return
		}
		if dir == nil {
			return
		}
		names, err := s.ui.writeCalendars(dir.Path())
		if err != nil {
			s.ui.showError(err)
			return
		}
		s.ui.toast(say("ui.board.calendarsSaved", "Files", strings.Join(names, ", ")))
	}, s.ui.win)
	s.ui.showDialog(d, fileDialogSize)
}

// writeCalendars writes the calendar files into dir and returns their names.
func (ui *UI) writeCalendars(dir string) ([]string, error) {
	files, err := ui.svc.CalendarFiles(ui.ctx)
	if err != nil {
		return nil, err
	}
	var names []string
	for _, f := range files {
		if err := ui.svc.WriteICSFile(ui.ctx, filepath.Join(dir, f.Name), f); err != nil {
			return names, err
		}
		names = append(names, f.Name)
	}
	return names, nil
}

// scrollOnLayout lays out the week's scroll container to fill its space,
// gives the grid's hours the room that space has (a tall window shows the
// day from the morning to midnight, taller hours, rather than the night
// before it), and, the first time that space is known after want was
// called, scrolls to the minute wanted. A scroll without a size cannot take
// an offset: asked before the first layout, it clamps the offset away.
type scrollOnLayout struct {
	scroll  *container.Scroll
	grid    *widgets.WeekGrid
	pending int // minutes after midnight
	has     bool
}

// openingHours is how much of the day a tall window shows at once: from
// the latest a week opens (06:30) to midnight.
const openingHours = 24 - float32(weekMorning-30)/60

func (l *scrollOnLayout) want(minute int) {
	l.pending, l.has = minute, true
	if l.scroll.Size().Height > 0 {
		l.apply()
	}
}

func (l *scrollOnLayout) apply() {
	l.has = false
	l.scroll.ScrollToOffset(fyne.NewPos(0, float32(l.pending)/60*l.grid.HourPx()))
}

func (l *scrollOnLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	if hour := max(widgets.HourHeight, size.Height/openingHours); size.Height > 0 && hour != l.grid.HourPx() {
		// Keep the hour at the top where it was.
		top := l.scroll.Offset.Y / l.grid.HourPx()
		l.grid.Hour = hour
		l.grid.Refresh()
		if !l.has {
			l.pending, l.has = int(top*60+0.5), true
		}
	}
	for _, o := range objects {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
	if l.has && size.Height > 0 {
		l.apply()
	}
}

func (l *scrollOnLayout) MinSize(objects []fyne.CanvasObject) fyne.Size {
	var m fyne.Size
	for _, o := range objects {
		m = m.Max(o.MinSize())
	}
	return m
}
