package views

import (
	"slices"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/i18n"
	"github.com/vennplanner/venn/internal/autostart"
	"github.com/vennplanner/venn/model"
)

// reminderPanel is Settings › Reminders: each kind of nudge on or off, and
// its time.
type reminderPanel struct {
	ui      *UI
	on      map[model.NudgeKind]*widget.Check
	at      map[model.NudgeKind]*entry
	day     *widget.Select
	ahead   *widget.Select
	tray    *widget.Check // keep running in the tray when the window closes
	login   *widget.Check // start at login, in the tray
	content fyne.CanvasObject
}

var weekdays = []time.Weekday{time.Monday, time.Tuesday, time.Wednesday, time.Thursday, time.Friday, time.Saturday, time.Sunday}

// goalDaysAhead are the days before a goal's date its reminder may come.
var goalDaysAhead = []int{0, 1, 2, 3, 5, 7}

func newReminderPanel(ui *UI) *reminderPanel {
	p := &reminderPanel{ui: ui, on: map[model.NudgeKind]*widget.Check{}, at: map[model.NudgeKind]*entry{}}
	var days []string
	for _, d := range weekdays {
		days = append(days, i18n.Screen().Weekday(d))
	}
	p.day = newSelect(days, nil)
	ahead := []string{say("ui.between.onTheDay")}
	for _, n := range goalDaysAhead[1:] {
		ahead = append(ahead, sayN("ui.between.daysBefore", n))
	}
	p.ahead = newSelect(ahead, nil)
	form := widget.NewForm()
	for _, k := range model.NudgeKinds {
		p.on[k] = widget.NewCheck(k.TitleIn(i18n.Screen()), nil)
		row := container.NewHBox(p.on[k])
		switch k {
		case model.NudgeRitual:
			row.Add(wrapped(say("ui.between.ritualTime")))
		default:
			e := newEntry()
			e.SetPlaceHolder("19:00")
			p.at[k] = e
			row.Add(widget.NewLabel(say("ui.between.at")))
			row.Add(sized(80, e))
			if k == model.NudgeCheckin {
				row.Add(widget.NewLabel(say("ui.between.on")))
				row.Add(p.day)
			}
			if k == model.NudgeGoal {
				row.Add(p.ahead)
			}
		}
		form.Append("", row)
	}
	save := widget.NewButton(say("ui.between.saveReminders"), p.save)
	p.tray = widget.NewCheck(say("ui.between.keepInTray"), func(on bool) {
		choice := "no"
		if on {
			choice = "yes"
		}
		ui.app.Preferences().SetString(prefCloseToTray, choice)
	})
	p.login = widget.NewCheck(say("ui.between.startAtLogin"), func(on bool) {
		if err := ui.setStartAtLogin(on); err != nil {
			ui.showError(err)
		}
	})
	note := quietLabel(sayN("ui.between.remindersNote", model.MaxNudgesPerDay))
	p.content = container.NewVBox(form, note, container.NewHBox(save), widget.NewSeparator(), p.tray, p.login)
	return p
}

// sized wraps o at a fixed width.
func sized(w float32, o fyne.CanvasObject) fyne.CanvasObject {
	return container.NewGridWrap(fyne.NewSize(w, o.MinSize().Height), o)
}

// load shows the saved settings.
func (p *reminderPanel) load() {
	s, err := p.ui.svc.NudgeSettings(p.ui.ctx)
	if err != nil {
		p.ui.showError(err)
		return
	}
	for k, c := range p.on {
		c.SetChecked(!s.Off[k])
	}
	for k, e := range p.at {
		e.SetText(s.At[k])
	}
	p.day.SetSelectedIndex(slices.Index(weekdays, s.CheckinDay))
	p.tray.SetChecked(p.ui.app.Preferences().String(prefCloseToTray) == "yes")
	if !p.ui.hasTray() {
		p.tray.SetText(say("ui.between.keepInTrayNoTray"))
		p.tray.Disable()
	}
	login := p.login.OnChanged
	p.login.OnChanged = nil
	p.login.SetChecked(autostart.Enabled())
	p.login.OnChanged = login
	p.ahead.SetSelectedIndex(max(0, slices.Index(goalDaysAhead, s.GoalDaysAhead)))
}

func (p *reminderPanel) save() {
	s := model.DefaultNudgeSettings()
	for k, c := range p.on {
		s.Off[k] = !c.Checked
	}
	for k, e := range p.at {
		s.At[k] = e.Text
	}
	if i := p.day.SelectedIndex(); i >= 0 {
		s.CheckinDay = weekdays[i]
	}
	if i := p.ahead.SelectedIndex(); i >= 0 {
		s.GoalDaysAhead = goalDaysAhead[i]
	}
	if err := p.ui.svc.SaveNudgeSettings(p.ui.ctx, s); err != nil {
		p.ui.showError(err)
		return
	}
	p.ui.toast(say("ui.between.remindersSaved"))
}
