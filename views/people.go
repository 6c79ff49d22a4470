package views

import (
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/model"
)

// peopleScreen is a partner's people of their own: the few who matter to
// them outside the couple, how often they would like to meet, when they
// last did. It never leaves this computer, and a partner's lock seals it.
type peopleScreen struct {
	ui     *UI
	who    *partnerPicker
	people []model.Person
	chosen string // the id of the person shown on the right

	list    *widget.List
	empty   *widget.Label
	name    *widget.Label
	details *widget.Label
	met     *widget.Button
	edit    *widget.Button
	remove  *widget.Button
	add     *widget.Button
	space   *ownSpace // the list and the chosen one, or what a lock says
	content fyne.CanvasObject
}

func newPeopleScreen(ui *UI) *peopleScreen {
	s := &peopleScreen{ui: ui}
	s.who = newPartnerPicker(ui, func() { s.chosen = ""; s.reload() })
	s.empty = quietLabel("")
	s.list = twoLineList(func() int { return len(s.people) }, func(i int, name, line *widget.Label) {
		name.SetText(s.people[i].Name)
		line.SetText(s.lastMetWords(s.people[i]))
	}, true)
	s.list.OnSelected = func(id widget.ListItemID) {
		if id < len(s.people) {
			s.chosen = s.people[id].ID
			s.showChosen()
		}
	}
	s.name = heading("")
	s.name.Wrapping = fyne.TextWrapWord
	s.details = wrapped("")
	s.met = widget.NewButtonWithIcon("We met today", theme.ConfirmIcon(), s.metToday)
	s.met.Importance = widget.HighImportance
	s.edit = widget.NewButtonWithIcon("Edit…", theme.DocumentCreateIcon(), func() {
		if p, ok := s.current(); ok {
			s.editPerson(p)
		}
	})
	s.remove = widget.NewButtonWithIcon("Remove…", theme.DeleteIcon(), s.removePerson)
	s.remove.Importance = widget.LowImportance
	s.add = widget.NewButtonWithIcon("Add someone…", theme.ContentAddIcon(), func() { s.editPerson(model.Person{EveryWeeks: 4}) })
	where := quietLabel("Only on this computer — never synced, never printed. A lock on your private space seals it.")
	right := container.NewBorder(nil, container.NewVBox(container.NewHBox(s.remove, layout.NewSpacer(), s.edit, s.met), where), nil, nil,
		container.NewVScroll(container.NewVBox(s.name, s.details)))
	left := container.NewStack(s.list, container.NewCenter(s.empty))
	split := container.NewHSplit(left, right)
	split.Offset = 0.4
	s.space = newOwnSpace(ui, split, "their people of their own are sealed away.")
	intro := quietLabel("The people who matter to you outside the two of you — friends, family. Venn reminds you gently when it has been longer than you wished.")
	bar := container.NewHBox(widget.NewLabel("People of"), s.who.sel, layout.NewSpacer(), s.add)
	s.content = container.NewBorder(container.NewVBox(bar, intro), nil, nil, nil, s.space.stack())
	return s
}

func (s *peopleScreen) reload() {
	s.who.sync()
	me, _, ok := s.who.me()
	if !ok {
		return
	}
	if !s.space.showFor(me) {
		s.people, s.chosen = nil, ""
		s.add.Disable()
		return
	}
	s.add.Enable()
	people, err := s.ui.svc.People(s.ui.ctx, me.ID)
	if err != nil {
		s.ui.showError(err)
		return
	}
	s.people = people
	if len(people) == 0 {
		s.empty.SetText("Nobody here yet. Add a friend or someone of your family you would like to see more often.")
	} else {
		s.empty.SetText("")
	}
	s.list.Refresh()
	if _, ok := s.current(); !ok && len(people) > 0 {
		s.chosen = people[0].ID
	}
	s.list.UnselectAll()
	if i := slices.IndexFunc(people, func(p model.Person) bool { return p.ID == s.chosen }); i >= 0 {
		s.list.Select(i)
	}
	s.showChosen()
}

// current is the person shown on the right, if any.
func (s *peopleScreen) current() (model.Person, bool) {
	i := slices.IndexFunc(s.people, func(p model.Person) bool { return p.ID == s.chosen })
	if i < 0 {
		return model.Person{}, false
	}
	return s.people[i], true
}

// showChosen fills the right side with the person chosen.
func (s *peopleScreen) showChosen() {
	p, ok := s.current()
	for _, b := range []*widget.Button{s.met, s.edit, s.remove} {
		if ok {
			b.Enable()
		} else {
			b.Disable()
		}
	}
	if !ok {
		s.name.SetText("")
		s.details.SetText("")
		return
	}
	s.name.SetText(p.Name)
	var lines []string
	if p.How != "" {
		lines = append(lines, p.How)
	}
	lines = append(lines, fmt.Sprintf("You would like to meet every %d weeks.", p.EveryWeeks), s.lastMetWords(p)+".")
	today := s.ui.today()
	if p.Due(today) {
		lines = append(lines, "It has been longer than you wished. Maybe a call, or a coffee this week?")
	} else {
		lines = append(lines, "Next time around "+s.ui.dayWords(p.NextMeeting())+".")
	}
	s.details.SetText(strings.Join(lines, "\n\n"))
}

// lastMetWords says when a partner last met someone.
func (s *peopleScreen) lastMetWords(p model.Person) string {
	if p.LastMet.IsZero() {
		return "No meeting noted yet"
	}
	return "Last met " + s.ui.dayWords(p.LastMet)
}

func (s *peopleScreen) metToday() {
	me, _, ok := s.who.me()
	p, chosen := s.current()
	if !ok || !chosen {
		return
	}
	if err := s.ui.svc.MetToday(s.ui.ctx, me.ID, p.ID); err != nil {
		s.ui.showError(err)
		return
	}
	s.ui.toast("Noted: you met " + p.Name + " today.")
}

// everyLabels are the cadences offered, as the form shows them.
func everyLabels() []string {
	out := make([]string, len(model.MeetEvery))
	for i, w := range model.MeetEvery {
		out[i] = fmt.Sprintf("Every %d weeks", w)
	}
	return out
}

// editPerson opens the form for someone new (empty ID) or on the list.
func (s *peopleScreen) editPerson(p model.Person) {
	me, _, ok := s.who.me()
	if !ok {
		return
	}
	name := newEntry()
	name.SetPlaceHolder("Their name")
	name.SetText(p.Name)
	how := newEntry()
	how.SetPlaceHolder("e.g. my sister, from the choir, school friend")
	how.SetText(p.How)
	every := widget.NewSelect(everyLabels(), nil)
	every.SetSelectedIndex(max(0, slices.Index(model.MeetEvery, p.EveryWeeks)))
	last := newDateField()
	if !p.LastMet.IsZero() {
		last = newDateFieldAt(p.LastMet)
	}
	items := []*widget.FormItem{widget.NewFormItem("Name", name), widget.NewFormItem("How you know them", how),
		widget.NewFormItem("Meet", every), widget.NewFormItem("Last met", last)}
	title := "Someone of your own"
	if p.ID != "" {
		title = p.Name
	}
	d := s.ui.showForm(title, say("ui.common.save"), say("ui.common.cancel"), items, func(ok bool) {
		if !ok {
			return
		}
		day, err := last.Read("day you last met")
		if err != nil {
			s.ui.showError(err)
			return
		}
		p.PartnerID, p.Name, p.How, p.LastMet = me.ID, name.Text, how.Text, day
		p.EveryWeeks = model.MeetEvery[max(0, every.SelectedIndex())]
		saved, err := s.ui.svc.SavePerson(s.ui.ctx, p)
		if err != nil {
			s.ui.showError(err)
			return
		}
		s.chosen = saved.ID
	})
	d.Resize(fyne.NewSize(480, 320))
	s.ui.win.Canvas().Focus(name)
}

func (s *peopleScreen) removePerson() {
	me, _, ok := s.who.me()
	p, chosen := s.current()
	if !ok || !chosen {
		return
	}
	s.ui.showConfirm("Remove "+p.Name+"?", "They leave your list, with when you last met. There is no copy anywhere else.", func(yes bool) {
		if !yes {
			return
		}
		if err := s.ui.svc.DeletePerson(s.ui.ctx, me.ID, p.ID); err != nil {
			s.ui.showError(err)
			return
		}
		s.chosen = ""
	})
}
