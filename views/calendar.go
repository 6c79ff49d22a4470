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
	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/views/widgets"
)

// calendarScreen is the colour-coded calendar: a week of blocks (or a
// month overview), the legend, the week's balance and the life events.
type calendarScreen struct {
	ui    *UI
	week  model.Date // first day of the week shown
	month bool       // showing the month overview
	view  app.CalendarView

	title    *widget.Label
	grid     *widgets.WeekGrid
	scroll   *container.Scroll
	header   *fyne.Container
	monthBox *fyne.Container
	body     *fyne.Container
	balance  *fyne.Container
	legend   *fyne.Container
	events   *fyne.Container
	mode     *widget.RadioGroup
	content  fyne.CanvasObject

	blockForm  *blockForm    // the open block dialog, if any
	moveChoice dialog.Dialog // "only this one or the series?", once asked
	eventFlow  *lifeEventFlow
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
	s.header = container.NewGridWithColumns(7)
	s.monthBox = container.NewGridWithColumns(7)
	s.body = container.NewStack()
	s.balance = container.NewVBox()
	s.legend = container.NewVBox()
	s.events = container.NewVBox()
	prev := widget.NewButtonWithIcon("", theme.NavigateBackIcon(), func() { s.step(-1) })
	next := widget.NewButtonWithIcon("", theme.NavigateNextIcon(), func() { s.step(1) })
	today := widget.NewButton("Today", func() { s.week = ui.svc.WeekOf(ui.ctx, ui.today()); s.reload() })
	s.mode = widget.NewRadioGroup([]string{"Week", "Month"}, func(v string) { s.month = v == "Month"; s.reload() })
	s.mode.Horizontal = true
	s.mode.SetSelected("Week")
	add := widget.NewButtonWithIcon("New block", theme.ContentAddIcon(), func() {
		start := model.WallTime{Date: ui.today(), Minute: 18 * 60}
		s.showBlockForm(model.Block{Kind: model.KindJoint, Start: start, End: model.WallTime{Date: start.Date, Minute: 19 * 60}}, model.Date{})
	})
	add.Importance = widget.HighImportance
	event := widget.NewButtonWithIcon("Life event…", theme.WarningIcon(), func() { s.eventFlow = showLifeEventFlow(ui) })
	export := widget.NewButtonWithIcon("Export .ics…", theme.DownloadIcon(), s.exportICS)
	bar := container.NewHBox(prev, s.title, next, today, s.mode, layout.NewSpacer(), export, event, add)
	help := widget.NewLabel("Drag over empty time to add a block; drag a block to move it, its lower edge to resize it; click it to edit.")
	help.Importance = widget.LowImportance
	side := container.NewVScroll(container.NewVBox(
		widget.NewLabelWithStyle("This week", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), s.balance,
		widget.NewSeparator(), widget.NewLabelWithStyle("Legend", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), s.legend,
		widget.NewSeparator(), widget.NewLabelWithStyle("Life events", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), s.events,
		widget.NewSeparator(), s.folderCheck(),
	))
	split := container.NewHSplit(container.NewBorder(nil, help, nil, nil, s.body), side)
	split.Offset = 0.76
	s.content = container.NewBorder(bar, nil, nil, nil, split)
	return s
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
	from, to := s.week, s.week.AddDays(6)
	if s.month {
		first := app.MonthOf(s.week.AddDays(6))
		from = s.ui.svc.WeekOf(s.ui.ctx, first)
		to = from.AddDays(6*7 - 1)
	}
	v, err := s.ui.svc.Calendar(s.ui.ctx, from, to)
	if err != nil {
		s.title.SetText("Could not load the calendar: " + app.UserMessage(err))
		return
	}
	s.view = v
	if s.month {
		s.title.SetText(app.MonthOf(s.week.AddDays(6)).Time().Format("January 2006"))
		s.drawMonth()
	} else {
		s.title.SetText(from.Time().Format("2 Jan") + " – " + to.Time().Format("2 Jan 2006"))
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
		head := container.NewVBox(widget.NewLabelWithStyle(date.Time().Format("Mon 2"), fyne.TextAlignCenter, fyne.TextStyle{Bold: date == s.ui.today()}))
		for _, m := range ms {
			if m.Minute < 0 {
				l := widget.NewLabel("◆ " + strings.TrimPrefix(m.Title, "Due: "))
				l.Truncation = fyne.TextTruncateEllipsis
				l.Importance = widget.LowImportance
				head.Add(l)
				continue
			}
			markers = append(markers, widgets.GridMarker{Day: day, Minute: m.Minute, Title: m.Title, Color: widgets.HexColor(m.Color)})
		}
		s.header.Add(head)
	}
	s.header.Refresh()
	s.grid.Blocks, s.grid.Markers, s.grid.Today = blocks, markers, -1
	if i := int(s.ui.today().Time().Sub(v.From.Time()).Hours() / 24); i >= 0 && i < 7 && !s.ui.today().Before(v.From) {
		s.grid.Today = i
	}
	s.grid.Refresh()
	gutter := canvas.NewRectangle(nil)
	gutter.SetMinSize(fyne.NewSize(48, 0))
	s.body.Objects = []fyne.CanvasObject{container.NewBorder(container.NewBorder(nil, nil, gutter, nil, s.header), nil, nil, nil, s.scroll)}
	s.body.Refresh()
	if s.scroll.Offset.Y == 0 {
		s.scroll.ScrollToOffset(fyne.NewPos(0, 7*widgets.HourHeight))
	}
}

func (s *calendarScreen) drawMonth() {
	v := s.view
	month := app.MonthOf(s.week.AddDays(6)).Month
	s.monthBox.Objects = nil
	for day, placed := range v.Days {
		date := v.From.AddDays(day)
		cell := container.NewVBox()
		num := widget.NewLabelWithStyle(fmt.Sprint(date.Day), fyne.TextAlignLeading, fyne.TextStyle{Bold: date == s.ui.today()})
		if date.Month != month {
			num.Importance = widget.LowImportance
		}
		cell.Add(num)
		shown := 0
		for _, p := range placed {
			if p.Start.Date != date || shown >= 3 {
				continue
			}
			shown++
			bar := canvas.NewRectangle(widgets.HexColor(p.Block.Color(v.Partners)))
			bar.SetMinSize(fyne.NewSize(4, 0))
			l := widget.NewLabel(model.FormatClock(p.Start.Minute) + " " + p.Block.Title)
			l.Truncation = fyne.TextTruncateEllipsis
			cell.Add(container.NewBorder(nil, nil, bar, nil, l))
		}
		if more := countStarts(placed, date) - shown; more > 0 {
			cell.Add(widget.NewLabel(fmt.Sprintf("+ %d more", more)))
		}
		d := date
		open := widget.NewButton("", func() { s.week = s.ui.svc.WeekOf(s.ui.ctx, d); s.mode.SetSelected("Week") })
		open.Importance = widget.LowImportance
		s.monthBox.Add(container.NewStack(open, cell))
	}
	s.monthBox.Refresh()
	s.body.Objects = []fyne.CanvasObject{container.NewVScroll(s.monthBox)}
	s.body.Refresh()
}

func countStarts(placed []model.Placed, d model.Date) int {
	n := 0
	for _, p := range placed {
		if p.Start.Date == d {
			n++
		}
	}
	return n
}

// drawSide shows the week's balance, the legend and the life events.
func (s *calendarScreen) drawSide() {
	v := s.view
	s.balance.Objects = nil
	if s.month {
		s.balance.Add(widget.NewLabel("Switch to the week view for the balance."))
	} else {
		longest := max(v.Balance.Joint, v.Targets.Joint, v.Targets.SoloEach, 60)
		for _, p := range v.Partners {
			longest = max(longest, v.Balance.Solo[p.ID])
		}
		row := func(name, hex string, minutes, aim int) {
			bar := widgets.NewScoreBar()
			bar.Set(float64(minutes)/float64(longest), widgets.HexColor(hex))
			text := name + ": " + model.Hours(minutes)
			if aim > 0 {
				text += " (aim " + model.Hours(aim) + ")"
			}
			s.balance.Add(container.NewVBox(widget.NewLabel(text), bar))
		}
		for _, p := range v.Partners {
			row(p.Name+" solo", p.Color, v.Balance.Solo[p.ID], v.Targets.SoloEach)
		}
		row("Joint", model.SharedColor, v.Balance.Joint, v.Targets.Joint)
		for _, f := range v.Flags {
			l := widget.NewLabel(f)
			l.Wrapping = fyne.TextWrapWord
			l.Importance = widget.WarningImportance
			s.balance.Add(l)
		}
		s.balance.Add(widget.NewButton("Weekly aims…", s.editAims))
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
		s.legend.Add(container.NewBorder(nil, nil, container.NewCenter(sw), nil, widget.NewLabel(name)))
	}
	for _, p := range v.Partners {
		add(p.Color, model.KindName(model.KindSolo, p.ID, v.Partners), false)
	}
	add(model.SharedColor, model.KindName(model.KindJoint, "", nil), false)
	add(model.FlexibleColor, model.KindName(model.KindFlexible, "", nil), false)
	add(model.BufferColor, model.KindName(model.KindBuffer, "", nil), true)
	s.legend.Add(widget.NewLabel("● a ritual's reminder   ◆ a goal's target date"))
	s.legend.Refresh()
	s.drawEvents(s.events)
}

// drawEvents lists the life events into box (the calendar's side and the
// board's log share it).
func (s *calendarScreen) drawEvents(box *fyne.Container) {
	box.Objects = nil
	events, err := s.ui.svc.LifeEvents(s.ui.ctx)
	if err != nil || len(events) == 0 {
		box.Add(widget.NewLabel("None logged. When life changes plans, press “Life event…”."))
		box.Refresh()
		return
	}
	for _, e := range events {
		box.Add(lifeEventCard(s.ui, e))
	}
	box.Refresh()
}

func (s *calendarScreen) editAims() {
	solo, joint := widget.NewEntry(), widget.NewEntry()
	solo.SetText(hoursText(s.view.Targets.SoloEach))
	joint.SetText(hoursText(s.view.Targets.Joint))
	dialog.ShowForm("Weekly aims", "Save", "Cancel", []*widget.FormItem{
		widget.NewFormItem("Solo time each (hours)", solo), widget.NewFormItem("Joint time (hours)", joint),
	}, func(ok bool) {
		if !ok {
			return
		}
		a, errA := parseHours(solo.Text)
		b, errB := parseHours(joint.Text)
		if errA != nil || errB != nil {
			s.ui.showError(&model.ValidationError{Field: "aims", Message: "Aims are hours, like 4 or 2.5 (0 for none)."})
			return
		}
		if err := s.ui.svc.SetCalendarTargets(s.ui.ctx, model.BalanceTargets{SoloEach: a, Joint: b}); err != nil {
			s.ui.showError(err)
			return
		}
		s.reload()
	}, s.ui.win)
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
		if _, err := s.ui.svc.MoveBlock(s.ui.ctx, p.Block.ID, p.Day, start, length); err != nil {
			s.ui.showError(err)
		}
		s.reload()
		return
	}
	s.askWhichToMove(p, start, length)
}

// askWhichToMove asks whether a repeating block moves on this day only or
// as a whole series, as calendar apps do.
func (s *calendarScreen) askWhichToMove(p model.Placed, start model.WallTime, length int) {
	var d dialog.Dialog
	done := func(err error) {
		d.Hide()
		if err != nil {
			s.ui.showError(err)
		}
		s.reload()
	}
	one := widget.NewButton("Only this one", func() {
		_, err := s.ui.svc.MoveOccurrence(s.ui.ctx, p.Block.ID, p.Day, start, length)
		done(err)
	})
	one.Importance = widget.HighImportance
	all := widget.NewButton("The whole series", func() {
		_, err := s.ui.svc.MoveBlock(s.ui.ctx, p.Block.ID, p.Day, start, length)
		done(err)
	})
	cancel := widget.NewButton("Cancel", func() { done(nil) })
	msg := widget.NewLabel(fmt.Sprintf("“%s” repeats every week. Move it to %s %s only on %s, or the whole series?",
		p.Block.Title, start.Date.Time().Format("Mon 2 Jan"), model.FormatClock(start.Minute), p.Day.Time().Format("Mon 2 Jan")))
	msg.Wrapping = fyne.TextWrapWord
	d = dialog.NewCustomWithoutButtons("Move a repeating block", container.NewBorder(nil, container.NewHBox(layout.NewSpacer(), cancel, all, one), nil, nil, msg), s.ui.win)
	d.Resize(fyne.NewSize(520, 200))
	d.Show()
	s.moveChoice = d
}

func (s *calendarScreen) resize(b widgets.GridBlock, minutes int) {
	p := b.Placed
	if _, err := s.ui.svc.MoveBlock(s.ui.ctx, p.Block.ID, p.Day, p.Start, minutes); err != nil {
		s.ui.showError(err)
	}
	s.reload()
}

// folderCheck turns on writing the .ics files into the shared folder on
// every sync, so calendar apps can subscribe to them.
func (s *calendarScreen) folderCheck() fyne.CanvasObject {
	c := widget.NewCheck("Keep .ics files in the shared folder, updated on every sync", func(on bool) {
		if err := s.ui.svc.SetCalendarInFolder(s.ui.ctx, on); err != nil {
			s.ui.showError(err)
		}
	})
	c.Checked = s.ui.svc.CalendarInFolder(s.ui.ctx)
	hint := widget.NewLabel("In Venn/calendars: one file each and one for joint time. Private blocks are left out.")
	hint.Wrapping = fyne.TextWrapWord
	hint.Importance = widget.LowImportance
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
		s.ui.toast("Saved " + strings.Join(names, ", ") + ". Add them to your calendar app.")
	}, s.ui.win)
	d.Resize(fyne.NewSize(760, 520))
	d.Show()
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
