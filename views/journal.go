package views

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/i18n"
	"github.com/vennplanner/venn/model"
)

// journalScreen is a partner's private journal: pages by day, a search,
// and an editor. It never leaves this computer, and a partner's lock
// seals it.
type journalScreen struct {
	ui      *UI
	who     *partnerPicker
	entries []model.JournalEntry
	open    model.JournalEntry // the page in the editor (ID "" for a new one)
	ownerID string             // whose journal the editor is open on
	dirty   bool

	search  *entry
	list    *widget.List
	empty   *widget.Label
	editor  *entry
	dayText *widget.Label
	save    *widget.Button
	del     *widget.Button
	space   *ownSpace     // the pages, or what a lock says
	prompt  *widget.Label // a question to reflect on
	asked   int           // which of model.ReflectionPromptsIn's prompts it is
	content fyne.CanvasObject
}

func newJournalScreen(ui *UI) *journalScreen {
	s := &journalScreen{ui: ui}
	s.who = newPartnerPicker(ui, func() { s.keep(); s.open = model.JournalEntry{}; s.reload() })
	s.search = newEntry()
	s.search.SetPlaceHolder(say("ui.between.searchJournal"))
	s.search.OnChanged = func(string) { s.reloadList() }
	s.empty = quietLabel("")
	s.list = twoLineList(func() int { return len(s.entries) }, func(i int, day, first *widget.Label) {
		day.SetText(s.ui.dayWords(s.entries[i].Day))
		first.SetText(firstLine(s.entries[i].Text))
	}, false)
	s.list.OnSelected = func(id widget.ListItemID) {
		if id < len(s.entries) && s.entries[id].ID != s.open.ID {
			s.keep()
			s.show(s.entries[id])
		}
	}
	s.editor = newMultiLineEntry()
	s.editor.SetPlaceHolder(say("ui.between.journalPlaceholder"))
	s.editor.OnChanged = func(string) { s.dirty = true }
	s.dayText = heading("")
	s.save = widget.NewButtonWithIcon(say("ui.common.save"), theme.DocumentSaveIcon(), func() { s.keep() })
	s.save.Importance = widget.HighImportance
	s.del = widget.NewButtonWithIcon(say("ui.between.deletePage"), theme.DeleteIcon(), s.deletePage)
	s.del.Importance = widget.LowImportance
	newPage := widget.NewButtonWithIcon(say("ui.between.newPage"), theme.ContentAddIcon(), func() { s.keep(); s.show(model.JournalEntry{}) })
	where := quietLabel(say("ui.between.journalWhere"))
	s.prompt = quietLabel("")
	s.nextPrompt(0)
	another := widget.NewButtonWithIcon(say("ui.between.anotherQuestion"), theme.ViewRefreshIcon(), func() { s.nextPrompt(1) })
	another.Importance = widget.LowImportance
	write := widget.NewButtonWithIcon(say("ui.between.writeAboutIt"), theme.DocumentCreateIcon(), s.writeAboutPrompt)
	write.Importance = widget.LowImportance
	prompts := container.NewBorder(nil, nil, nil, container.NewHBox(another, write), s.prompt)
	editor := container.NewBorder(container.NewVBox(s.dayText, prompts), container.NewVBox(container.NewHBox(s.del, layout.NewSpacer(), s.save), where), nil, nil, s.editor)
	left := container.NewBorder(s.search, nil, nil, nil, container.NewStack(s.list, container.NewCenter(s.empty)))
	split := container.NewHSplit(left, editor)
	split.Offset = 0.34
	s.space = newOwnSpace(ui, split, say("ui.between.sealedJournal"))
	bar := container.NewHBox(widget.NewLabel(say("ui.between.journalOf")), s.who.sel, layout.NewSpacer(), newPage)
	s.content = container.NewBorder(bar, nil, nil, nil, s.space.stack())
	return s
}

// firstLine is a page's first non-empty line, for the list.
func firstLine(text string) string {
	for _, l := range strings.Split(text, "\n") {
		if strings.TrimSpace(l) != "" {
			return strings.TrimSpace(l)
		}
	}
	return ""
}

func (s *journalScreen) reload() {
	s.who.sync()
	me, _, ok := s.who.me()
	if !ok {
		return
	}
	if !s.space.showFor(me) {
		s.dirty = false
		s.open = model.JournalEntry{}
		s.entries = nil
		return
	}
	s.reloadList()
	if !s.dirty {
		s.show(s.open)
	}
}

func (s *journalScreen) reloadList() {
	me, _, ok := s.who.me()
	if !ok {
		return
	}
	entries, err := s.ui.svc.Journal(s.ui.ctx, me.ID, s.search.Text)
	if err != nil {
		s.ui.showError(err)
		return
	}
	s.entries = entries
	switch {
	case len(entries) > 0:
		s.empty.SetText("")
	case strings.TrimSpace(s.search.Text) != "":
		s.empty.SetText(say("ui.between.noPageHolds", "Search", strings.TrimSpace(s.search.Text)))
	default:
		s.empty.SetText(say("ui.between.noPages"))
	}
	s.list.UnselectAll()
	s.list.Refresh()
}

// show puts a page in the editor (a blank one for a new page).
func (s *journalScreen) show(j model.JournalEntry) {
	if j.ID != "" {
		for _, e := range s.entries {
			if e.ID == j.ID {
				j = e
			}
		}
	}
	s.open = j
	if me, _, ok := s.who.me(); ok {
		s.ownerID = me.ID
	}
	day := j.Day
	if day.IsZero() {
		day = s.ui.today()
	}
	s.dayText.SetText(say("ui.between.journalDay", "Weekday", i18n.Screen().Weekday(day.Time().Weekday()), "Date", i18n.Screen().LongDate(day.Time())))
	s.editor.OnChanged = nil
	s.editor.SetText(j.Text)
	s.editor.OnChanged = func(string) { s.dirty = true }
	s.dirty = false
	if j.ID == "" {
		s.del.Disable()
	} else {
		s.del.Enable()
	}
}

// keep saves the open page if it changed; an empty new page is let go.
func (s *journalScreen) keep() {
	if !s.dirty {
		return
	}
	// The page belongs to whoever's journal was open when it was written,
	// even when the picker has just moved on to the other partner.
	if s.ownerID == "" || (s.open.ID == "" && strings.TrimSpace(s.editor.Text) == "") {
		s.dirty = false
		return
	}
	j := s.open
	j.PartnerID, j.Text = s.ownerID, s.editor.Text
	saved, err := s.ui.svc.SaveJournalEntry(s.ui.ctx, j)
	if err != nil {
		s.ui.showError(err)
		return
	}
	s.dirty = false
	s.open = saved
	s.del.Enable()
}

func (s *journalScreen) deletePage() {
	me, _, ok := s.who.me()
	if !ok || s.open.ID == "" {
		return
	}
	id := s.open.ID
	s.ui.showConfirm(say("ui.between.deletePageQ"), say("ui.between.goneForGood"), func(yes bool) {
		if !yes {
			return
		}
		if err := s.ui.svc.DeleteJournalEntry(s.ui.ctx, me.ID, id); err != nil {
			s.ui.showError(err)
			return
		}
		s.dirty = false
		s.open = model.JournalEntry{}
	})
}

// nextPrompt moves to the next question to reflect on, by steps (0 shows
// today's: a different one each day).
func (s *journalScreen) nextPrompt(by int) {
	n := len(model.ReflectionPromptsIn(i18n.Screen()))
	if by == 0 {
		s.asked = (s.ui.today().Time().YearDay()) % n
	} else {
		s.asked = (s.asked + by) % n
	}
	s.prompt.SetText(say("ui.between.questionForYou", "Prompt", model.ReflectionPromptsIn(i18n.Screen())[s.asked]))
}

// writeAboutPrompt starts a new page with the question at its top.
func (s *journalScreen) writeAboutPrompt() {
	s.keep()
	s.show(model.JournalEntry{})
	s.editor.SetText(model.ReflectionPromptsIn(i18n.Screen())[s.asked] + "\n\n")
	s.dirty = true
	s.ui.win.Canvas().Focus(s.editor)
}
