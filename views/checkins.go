package views

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/app"
	"github.com/vennplanner/venn/i18n"
	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/views/widgets"
)

// trendWeeks is how many weeks the autonomy trend looks back.
const trendWeeks = 12

// checkinsScreen holds the weekly check-in, its history, the balance
// self-assessment and the annual review, each on its own inner tab.
type checkinsScreen struct {
	ui       *UI
	week     model.Date
	readerID string // the partner answering on this computer now
	view     app.CheckinWeekView
	dirty    bool

	tabs      *container.AppTabs
	reader    *widget.Select
	weekLabel *widget.Label
	status    *widget.Label
	form      *fyne.Container
	entries   map[string]*entry             // prompt id → the reader's answer
	vis       map[string]*widget.Select     // prompt id → its visibility
	felt      map[string]*widget.RadioGroup // autonomy prompt id → the reader's choice
	save      *widget.Button
	trendText *widget.Label
	trend     *fyne.Container

	search  *entry
	history []app.CheckinHistoryWeek
	list    *widget.List
	noHist  *widget.Label

	balance  *balanceScreen
	between  *betweenScreen
	health   *healthScreen
	journal  *journalScreen
	people   *peopleScreen
	memories *memoriesScreen
	review   *reviewScreen
	content  fyne.CanvasObject
}

// The check-ins' inner tabs, in order.
const (
	checkinsWeek = iota
	checkinsHistory
	checkinsBalance
	checkinsBetween
	checkinsHealth
	checkinsJournal
	checkinsPeople
	checkinsMemories
	checkinsReview
)

var visibilityChoices = []model.Visibility{model.VisibleUntilBoth, model.VisibleNow, model.VisiblePrivate}

func newCheckinsScreen(ui *UI) *checkinsScreen {
	s := &checkinsScreen{ui: ui, entries: map[string]*entry{}, vis: map[string]*widget.Select{}}
	s.week = ui.svc.WeekOf(ui.ctx, ui.today())
	s.readerID = ui.thisPartnerID()

	s.reader = newSelect(partnerNames(ui.partners), nil)
	s.weekLabel = widget.NewLabelWithStyle("", fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	s.status = widget.NewLabel("")
	s.status.Wrapping = fyne.TextWrapWord
	s.form = container.NewVBox()
	s.save = widget.NewButtonWithIcon(say("ui.between.saveMyAnswers"), theme.DocumentSaveIcon(), s.saveAnswers)
	s.save.Importance = widget.HighImportance
	s.trendText = widget.NewLabel("")
	s.trendText.Wrapping = fyne.TextWrapWord
	s.trend = container.NewHBox()

	prev := widgets.NewIconButton(say("ui.between.previousWeek"), theme.NavigateBackIcon(), func() { s.goToWeek(s.week.AddDays(-7)) })
	next := widgets.NewIconButton(say("ui.between.nextWeek"), theme.NavigateNextIcon(), func() { s.goToWeek(s.week.AddDays(7)) })
	thisWeek := widget.NewButton(say("ui.between.thisWeek"), func() { s.goToWeek(ui.svc.WeekOf(ui.ctx, ui.today())) })
	pause := widget.NewButtonWithIcon(say("ui.between.fiveMinutePause"), theme.MediaPlayIcon(), func() { ui.showBreathing() })
	question := widget.NewButtonWithIcon(say("ui.between.question"), theme.HelpIcon(), func() { ui.drawQuestion() })
	prompts := widget.NewButtonWithIcon(say("ui.between.promptsEdit"), theme.ListIcon(), s.editPrompts)
	bar := widgets.NewFlow(prev, s.weekLabel, next, thisWeek, widget.NewSeparator(),
		widget.NewLabel(say("ui.between.answeringAs")), s.reader, layout.NewSpacer(), prompts, question, pause)
	bottom := container.NewVBox(widget.NewSeparator(), container.NewBorder(nil, nil, nil, s.save, container.NewVBox(s.trendText, s.trend)))
	weekTab := container.NewBorder(container.NewVBox(bar, container.NewBorder(nil, nil, nil, ui.whyButton(say("ui.between.whyEveryWeek"), model.MethodRhythm), s.status)), bottom, nil, nil, container.NewVScroll(container.NewPadded(s.form)))

	s.search = newEntry()
	s.search.SetPlaceHolder(say("ui.between.searchCheckins"))
	s.search.OnChanged = func(string) { s.reloadHistory() }
	s.noHist = widget.NewLabel("")
	s.list = widget.NewList(
		func() int { return len(s.history) },
		func() fyne.CanvasObject {
			title := widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
			body := widget.NewLabel("")
			body.Truncation = fyne.TextTruncateEllipsis
			return container.NewVBox(title, body)
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			if id >= len(s.history) {
				return
			}
			box := o.(*fyne.Container)
			h := s.history[id]
			box.Objects[0].(*widget.Label).SetText(s.historyTitle(h))
			box.Objects[1].(*widget.Label).SetText(s.historyLine(h))
		},
	)
	s.list.OnSelected = func(id widget.ListItemID) {
		if id < len(s.history) {
			s.list.UnselectAll()
			s.tabs.SelectIndex(0)
			s.goToWeek(s.history[id].Week)
		}
	}
	historyTab := container.NewBorder(s.search, nil, nil, nil, container.NewStack(s.list, container.NewCenter(s.noHist)))

	s.balance = newBalanceScreen(ui)
	s.between = newBetweenScreen(ui)
	s.health = newHealthScreen(ui)
	s.journal = newJournalScreen(ui)
	s.people = newPeopleScreen(ui)
	s.memories = newMemoriesScreen(ui)
	s.review = newReviewScreen(ui)
	s.tabs = container.NewAppTabs(
		container.NewTabItem(say("ui.between.thisWeek"), weekTab),
		container.NewTabItem(say("ui.between.tabHistory"), historyTab),
		container.NewTabItem(say("ui.between.tabBalance"), s.balance.content),
		container.NewTabItem(say("ui.between.tabBetween"), s.between.content),
		container.NewTabItem(say("ui.between.tabHealth"), s.health.content),
		container.NewTabItem(say("ui.between.tabJournal"), s.journal.content),
		container.NewTabItem(say("ui.between.tabPeople"), s.people.content),
		container.NewTabItem(say("ui.between.tabMemories"), s.memories.content),
		container.NewTabItem(say("ui.between.tabReview"), s.review.content),
	)
	s.tabs.OnSelected = func(*container.TabItem) { s.journal.keep(); s.reload() }
	s.content = s.tabs
	return s
}

// syncPartnerID is the partner this computer was said to belong to in
// Settings › Sync, or "" when nobody chose.
func (ui *UI) syncPartnerID() string {
	if set, err := ui.svc.SyncSettings(ui.ctx); err == nil {
		return set.PartnerID
	}
	return ""
}

// thisPartnerID is the partner this computer belongs to (from Settings ›
// Sync), or the first partner.
func (ui *UI) thisPartnerID() string {
	if set, err := ui.svc.SyncSettings(ui.ctx); err == nil && set.PartnerID != "" {
		return set.PartnerID
	}
	if len(ui.partners) > 0 {
		return ui.partners[0].ID
	}
	return ""
}

func (s *checkinsScreen) partnerIndex(id string) int {
	for i, p := range s.ui.partners {
		if p.ID == id {
			return i
		}
	}
	return 0
}

// reload redraws the inner tab in view.
func (s *checkinsScreen) reload() {
	switch s.tabs.SelectedIndex() {
	case checkinsHistory:
		s.reloadHistory()
	case checkinsBalance:
		s.balance.reload()
	case checkinsBetween:
		s.between.reload()
	case checkinsHealth:
		s.health.reload()
	case checkinsJournal:
		s.journal.reload()
	case checkinsPeople:
		s.people.reload()
	case checkinsMemories:
		s.memories.reload()
	case checkinsReview:
		s.review.reload()
	default:
		s.reloadWeek()
	}
}

func (s *checkinsScreen) syncReader() {
	s.reader.OnChanged = nil
	s.reader.Options = partnerNames(s.ui.partners)
	if len(s.ui.partners) > 0 {
		s.reader.SetSelectedIndex(s.partnerIndex(s.readerID))
		s.readerID = s.ui.partners[s.reader.SelectedIndex()].ID
	}
	s.reader.OnChanged = func(string) {
		s.saveIfDirty()
		s.readerID = s.ui.partners[max(0, s.reader.SelectedIndex())].ID
		s.reloadWeek()
	}
	s.reader.Refresh()
}

// goToWeek saves what was typed, then shows another week.
func (s *checkinsScreen) goToWeek(week model.Date) {
	s.saveIfDirty()
	s.week = s.ui.svc.WeekOf(s.ui.ctx, week)
	s.reloadWeek()
}

func (s *checkinsScreen) saveIfDirty() {
	if s.dirty {
		s.saveAnswers()
	}
}

func (s *checkinsScreen) reloadWeek() {
	if s.dirty {
		return // a sync arrived while typing: keep the words, they are saved on Save or leaving
	}
	s.ui.redrew("checkin")
	s.syncReader()
	v, err := s.ui.svc.Checkin(s.ui.ctx, s.week, s.readerID)
	if err != nil {
		s.status.SetText(say("ui.between.couldNotLoadCheckin", "Error", sayError(err)))
		return
	}
	s.view = v
	s.weekLabel.SetText(say("ui.between.weekOf", "Day", i18n.Screen().DayMonthYear(v.Week.Time())))
	s.status.SetText(s.statusText())
	s.buildForm()
	s.drawTrend()
}

func (s *checkinsScreen) other() (model.Partner, bool) {
	for _, p := range s.ui.partners {
		if p.ID != s.readerID {
			return p, true
		}
	}
	return model.Partner{}, false
}

func (s *checkinsScreen) statusText() string {
	me := s.ui.partners[s.partnerIndex(s.readerID)]
	other, ok := s.other()
	if !ok {
		return ""
	}
	mine, theirs := s.view.Marks.Answered(me.Slot), s.view.Marks.Answered(other.Slot)
	switch {
	case mine && theirs:
		return say("ui.between.statusBoth")
	case theirs:
		return say("ui.between.statusTheirs", "Name", other.Short())
	case mine:
		return say("ui.between.statusMine", "Name", other.Short(), "Until", model.VisibleUntilBoth.LabelIn(i18n.Screen()))
	}
	return say("ui.between.statusNone", "Now", model.VisibleNow.LabelIn(i18n.Screen()))
}

// buildForm lays out each prompt with the reader's answer and the other
// partner's, when it may be shown.
func (s *checkinsScreen) buildForm() {
	s.entries, s.vis, s.felt = map[string]*entry{}, map[string]*widget.Select{}, map[string]*widget.RadioGroup{}
	s.form.Objects = nil
	other, hasOther := s.other()
	labels := make([]string, len(visibilityChoices))
	for i, v := range visibilityChoices {
		labels[i] = v.LabelIn(i18n.Screen())
	}
	if me := s.ui.partners[s.partnerIndex(s.readerID)]; s.ui.svc.IsLocked(me.ID) {
		s.form.Add(s.ui.lockedBanner(me, say("ui.between.sealedAnswers")))
		s.save.Disable()
		s.form.Refresh()
		s.dirty = false
		return
	}
	s.save.Enable()
	if len(s.view.Prompts) == 0 {
		s.form.Add(widget.NewLabel(say("ui.between.noPrompts")))
	}
	for _, p := range s.view.Prompts {
		q := widget.NewLabelWithStyle(p.Text, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		q.Wrapping = fyne.TextWrapWord
		e := newMultiLineEntry()
		e.SetMinRowsVisible(2)
		e.Wrapping = fyne.TextWrapWord
		e.SetPlaceHolder(say("ui.between.yourAnswer"))
		sel := newSelect(labels, nil)
		sel.SetSelectedIndex(0)
		if a, ok := s.view.Answer(s.readerID, p.ID); ok {
			e.SetText(a.Text)
			for i, v := range visibilityChoices {
				if v == a.Visibility {
					sel.SetSelectedIndex(i)
				}
			}
		}
		e.OnChanged = func(string) { s.dirty = true }
		sel.OnChanged = func(string) { s.dirty = true }
		s.entries[p.ID], s.vis[p.ID] = e, sel
		card := container.NewVBox(q)
		if p.Kind == model.PromptAutonomy {
			card.Add(s.feltChoice(p.ID))
			e.SetPlaceHolder(say("ui.between.ownWordsIfYouLike"))
		}
		card.Add(container.NewBorder(nil, nil, nil, container.NewGridWrap(fyne.NewSize(270, sel.MinSize().Height), sel), e))
		if versions := s.otherVersions(s.readerID, p.ID, e); versions != nil {
			card.Add(versions)
		}
		if hasOther {
			card.Add(s.otherAnswer(other, p.ID))
			if versions := s.otherVersions(other.ID, p.ID, nil); versions != nil {
				card.Add(versions)
			}
		}
		s.form.Add(widget.NewCard("", "", card))
	}
	s.form.Refresh()
	s.dirty = false
}

// feltChoice is the autonomy prompt's own answer — No, A little, Yes or
// Rather not say — which the trend, the balance view and the summary
// count; the words beside it are never read for it.
func (s *checkinsScreen) feltChoice(promptID string) fyne.CanvasObject {
	labels := make([]string, len(model.FeltChoices))
	for i, f := range model.FeltChoices {
		labels[i] = f.LabelIn(i18n.Screen())
	}
	r := widget.NewRadioGroup(labels, nil)
	r.Horizontal = true
	if a, ok := s.view.Answer(s.readerID, promptID); ok && a.Felt != model.FeltUnknown {
		r.SetSelected(a.Felt.LabelIn(i18n.Screen()))
	}
	r.OnChanged = func(string) { s.dirty = true }
	s.felt[promptID] = r
	return r
}

// feltOf is the choice a radio group shows.
func feltOf(r *widget.RadioGroup) model.Felt {
	if r == nil {
		return model.FeltUnknown
	}
	for _, f := range model.FeltChoices {
		if f.LabelIn(i18n.Screen()) == r.Selected {
			return f
		}
	}
	return model.FeltUnknown
}

func (s *checkinsScreen) otherAnswer(other model.Partner, promptID string) fyne.CanvasObject {
	a, ok := s.view.Answer(other.ID, promptID)
	var text string
	// shown is whether the line gives the answer itself, not a note about it.
	shown := false
	switch {
	case ok && a.Shown && a.Felt != model.FeltUnknown:
		text, shown = say("ui.between.otherFelt", "Name", other.Short(), "Felt", a.Felt.LabelIn(i18n.Screen())), true
		if a.Text != "" {
			text = say("ui.between.otherFeltText", "Name", other.Short(), "Felt", a.Felt.LabelIn(i18n.Screen()), "Text", a.Text)
		}
	case ok && a.Shown && a.Text != "":
		text, shown = say("ui.between.otherText", "Name", other.Short(), "Text", a.Text), true
	case ok && a.Visibility == model.VisiblePrivate:
		text = say("ui.between.keptPrivate", "Name", other.Short())
	case s.view.Marks.Answered(other.Slot):
		text = say("ui.between.answeredWaiting", "Name", other.Short())
	default:
		text = say("ui.between.notAnsweredYet", "Name", other.Short())
	}
	l := quietLabel(text)
	if shown {
		l = wrapped(text)
	}
	stripe := canvas.NewRectangle(widgets.HexColor(other.Color))
	stripe.SetMinSize(fyne.NewSize(4, 0))
	return container.NewBorder(nil, nil, stripe, nil, l)
}

// otherVersions lists the answers written for partnerID to a prompt on
// another computer than the one that stands (a couple answering together
// on one laptop after one of them answered on their own): kept, never
// overwritten. On the partner's own computer each has a button that takes
// its words into the answer above (into e), to save as their own.
func (s *checkinsScreen) otherVersions(partnerID, promptID string, e *entry) fyne.CanvasObject {
	others := s.view.Others[partnerID][promptID]
	if len(others) == 0 {
		return nil
	}
	p := s.ui.partners[s.partnerIndex(partnerID)]
	box := container.NewVBox()
	for _, a := range others {
		where := say("ui.between.anotherComputer")
		switch {
		case a.WrittenHere:
			where = say("ui.between.thisComputer")
		case a.WrittenBy != "":
			where = say("ui.between.whoseComputer", "Name", s.ui.partners[s.partnerIndex(a.WrittenBy)].Short())
		}
		line := quietLabel(say("ui.between.alsoWritten", "Name", p.Short(), "Where", where, "Text", a.Text))
		if s.ui.syncPartnerID() == partnerID && e != nil {
			text := a.Text
			use := widget.NewButton(say("ui.between.useTheseWords"), func() {
				e.SetText(text)
				s.dirty = true
			})
			box.Add(container.NewBorder(nil, nil, nil, use, line))
			continue
		}
		box.Add(line)
	}
	return box
}

func (s *checkinsScreen) saveAnswers() {
	var in []app.AnswerInput
	for _, p := range s.view.Prompts {
		e, sel := s.entries[p.ID], s.vis[p.ID]
		if e == nil {
			continue
		}
		in = append(in, app.AnswerInput{PromptID: p.ID, Text: e.Text, Visibility: visibilityChoices[max(0, sel.SelectedIndex())], Felt: feltOf(s.felt[p.ID])})
	}
	s.dirty = false
	if err := s.ui.svc.SaveCheckin(s.ui.ctx, s.view.Week, s.readerID, in); err != nil {
		s.dirty = true
		s.ui.showError(err)
	}
}

// drawTrend shows the autonomy trend as a row of squares, gently worded.
func (s *checkinsScreen) drawTrend() {
	trend, err := s.ui.svc.AutonomyTrend(s.ui.ctx, s.readerID, trendWeeks)
	if err != nil {
		s.trendText.SetText("")
		return
	}
	n := 0
	s.trend.Objects = nil
	th, v := s.ui.app.Settings().Theme(), s.ui.app.Settings().ThemeVariant()
	gold := widgets.HexColor("#d4a017")
	for _, w := range trend {
		c := th.Color(theme.ColorNameSeparator, v)
		// A calm week is an outlined square: the separator's colour alone
		// vanishes on the dark background.
		outline := th.Color(theme.ColorNameInputBorder, v)
		switch w.Felt {
		case model.FeltYes:
			n++
			c = gold
		case model.FeltALittle:
			n++
			c = widgets.Tint(gold, 0x80)
		}
		r := canvas.NewRectangle(c)
		r.CornerRadius = 3
		r.SetMinSize(fyne.NewSize(14, 14))
		if w.Felt != model.FeltYes && w.Felt != model.FeltALittle {
			r.StrokeColor, r.StrokeWidth = outline, 1
		}
		s.trend.Add(r)
	}
	s.trend.Refresh()
	switch n {
	case 0:
		s.trendText.SetText(sayN("ui.between.trendNone", trendWeeks))
	default:
		s.trendText.SetText(sayN("ui.between.trendSome", trendWeeks, "N", n))
	}
}

func (s *checkinsScreen) reloadHistory() {
	h, err := s.ui.svc.CheckinHistory(s.ui.ctx, s.readerID, s.search.Text)
	if err != nil {
		s.noHist.SetText(say("ui.between.couldNotLoadHistory", "Error", sayError(err)))
		return
	}
	s.history = h
	switch {
	case len(h) > 0:
		s.noHist.SetText("")
	case strings.TrimSpace(s.search.Text) != "":
		s.noHist.SetText(say("ui.between.noCheckinsMatch", "Search", strings.TrimSpace(s.search.Text)))
	default:
		s.noHist.SetText(say("ui.between.noCheckins"))
	}
	s.list.Refresh()
}

func (s *checkinsScreen) historyTitle(h app.CheckinHistoryWeek) string {
	var who []string
	for _, p := range s.ui.partners {
		if h.Marks.Answered(p.Slot) {
			who = append(who, p.Short())
		}
	}
	day := i18n.Screen().DayMonthYear(h.Week.Time())
	switch len(who) {
	case 1:
		return say("ui.between.oneAnswered", "Day", day, "Name", who[0])
	case 2:
		return say("ui.between.bothAnswered", "Day", day)
	}
	return say("ui.between.nobodyAnswered", "Day", day)
}

func (s *checkinsScreen) historyLine(h app.CheckinHistoryWeek) string {
	var parts []string
	for _, a := range h.Matches {
		if a.Text != "" {
			parts = append(parts, say("ui.between.whoSaid", "Who", ownerLabel(model.Owner(a.PartnerID), s.ui.partners), "Text", a.Text))
		}
	}
	if len(parts) == 0 {
		return say("ui.between.answersWaiting")
	}
	return strings.Join(parts, "  ·  ")
}

// editPrompts lets the couple add, edit, reorder and retire prompts.
func (s *checkinsScreen) editPrompts() {
	svc, ctx := s.ui.svc, s.ui.ctx
	editItems(s.ui, itemEditor[model.PromptKind]{
		title: say("ui.between.promptsTitle"), field: say("ui.between.question"), placeholder: say("ui.between.promptPlaceholder"),
		hint:  say("ui.between.promptsHint"),
		kinds: []itemKind[model.PromptKind]{{say("ui.between.question"), model.PromptPlain}},
		list:  func() ([]model.Prompt, error) { return svc.Prompts(ctx) },
		save: func(p model.Prompt) error {
			_, err := svc.SavePrompt(ctx, p)
			return err
		},
		move:   func(id string, by int) error { return svc.MovePrompt(ctx, id, by) },
		retire: func(id string, retired bool) error { return svc.RetirePrompt(ctx, id, retired) },
		closed: s.reloadWeek,
	})
}
