package views

import (
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
	s.met = widget.NewButtonWithIcon(say("ui.between.metToday"), theme.ConfirmIcon(), s.metToday)
	s.met.Importance = widget.HighImportance
	s.edit = widget.NewButtonWithIcon(say("ui.between.edit"), theme.DocumentCreateIcon(), func() {
		if p, ok := s.current(); ok {
			s.editPerson(p)
		}
	})
	s.remove = widget.NewButtonWithIcon(say("ui.between.remove"), theme.DeleteIcon(), s.removePerson)
	s.remove.Importance = widget.LowImportance
	s.add = widget.NewButtonWithIcon(say("ui.between.addSomeone"), theme.ContentAddIcon(), func() { s.editPerson(model.Person{EveryWeeks: 4}) })
	where := quietLabel(say("ui.between.peopleWhere"))
	right := container.NewBorder(nil, container.NewVBox(container.NewHBox(s.remove, layout.NewSpacer(), s.edit, s.met), where), nil, nil,
		container.NewVScroll(container.NewVBox(s.name, s.details)))
	left := container.NewStack(s.list, container.NewCenter(s.empty))
	split := container.NewHSplit(left, right)
	split.Offset = 0.4
	s.space = newOwnSpace(ui, split, say("ui.between.sealedPeople"))
	intro := quietLabel(say("ui.between.peopleIntro"))
	bar := container.NewHBox(widget.NewLabel(say("ui.between.peopleOf")), s.who.sel, layout.NewSpacer(), s.add)
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
		s.empty.SetText(say("ui.between.nobodyHere"))
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
	lines = append(lines, sayN("ui.between.meetEvery", p.EveryWeeks), say("ui.between.sentence", "Words", s.lastMetWords(p)))
	today := s.ui.today()
	if p.Due(today) {
		lines = append(lines, say("ui.between.longerThanWished"))
	} else {
		lines = append(lines, say("ui.between.nextTimeAround", "Day", s.ui.dayWords(p.NextMeeting())))
	}
	s.details.SetText(strings.Join(lines, "\n\n"))
}

// lastMetWords says when a partner last met someone.
func (s *peopleScreen) lastMetWords(p model.Person) string {
	if p.LastMet.IsZero() {
		return say("ui.between.noMeetingYet")
	}
	return say("ui.between.lastMetDay", "Day", s.ui.dayWords(p.LastMet))
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
	s.ui.toast(say("ui.between.notedMet", "Name", p.Name))
}

// everyLabels are the cadences offered, as the form shows them.
func everyLabels() []string {
	out := make([]string, len(model.MeetEvery))
	for i, w := range model.MeetEvery {
		out[i] = sayN("ui.between.everyWeeks", w)
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
	name.SetPlaceHolder(say("ui.between.theirName"))
	name.SetText(p.Name)
	how := newEntry()
	how.SetPlaceHolder(say("ui.between.howPlaceholder"))
	how.SetText(p.How)
	every := newSelect(everyLabels(), nil)
	every.SetSelectedIndex(max(0, slices.Index(model.MeetEvery, p.EveryWeeks)))
	last := newDateField()
	if !p.LastMet.IsZero() {
		last = newDateFieldAt(p.LastMet)
	}
	items := []*widget.FormItem{widget.NewFormItem(say("ui.between.name"), name), widget.NewFormItem(say("ui.between.howYouKnow"), how),
		widget.NewFormItem(say("ui.between.meet"), every), widget.NewFormItem(say("ui.between.lastMet"), last)}
	title := say("ui.between.someoneOwn")
	if p.ID != "" {
		title = p.Name
	}
	d := s.ui.showForm(title, say("ui.common.save"), say("ui.common.cancel"), items, func(ok bool) {
		if !ok {
			return
		}
		day, err := last.Read(say("ui.between.dayLastMet"))
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
	s.ui.showConfirm(say("ui.between.removeQ", "Name", p.Name), say("ui.between.removeText"), func(yes bool) {
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
