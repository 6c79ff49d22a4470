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
	"github.com/vennplanner/venn/views/widgets"
)

// shownNotes is how many appreciations and requests each list shows; the
// count of the earlier ones is said below it.
const shownNotes = 12

// betweenScreen is "Between us": the small everyday acts. Appreciations to
// the partner, needs and requests with their answers, and the couple's
// agreements, with the deck of open questions a click away.
type betweenScreen struct {
	ui     *UI
	writer *partnerPicker

	appreciation *entry
	printable    *widget.Check
	send         *widget.Button
	received     *fyne.Container
	need         *entry
	proposal     *entry
	ask          *widget.Button
	requests     *fyne.Container
	agreements   *fyne.Container
	// left and right are the two scrolling columns: refreshed after a fill,
	// so a list that grew (a request arriving) is laid out at its new size.
	left, right *container.Scroll
	content     fyne.CanvasObject
}

func newBetweenScreen(ui *UI) *betweenScreen {
	s := &betweenScreen{ui: ui, received: container.NewVBox(), requests: container.NewVBox(), agreements: container.NewVBox()}
	s.writer = newPartnerPicker(ui, s.reload)

	s.appreciation = newMultiLineEntry()
	s.appreciation.SetMinRowsVisible(2)
	s.appreciation.SetPlaceHolder(say("ui.between.appreciatePlaceholder"))
	s.printable = widget.NewCheck(say("ui.between.mayBePrintedInSummary"), nil)
	s.send = widget.NewButtonWithIcon(say("ui.between.send"), theme.MailSendIcon(), s.sendAppreciation)
	s.send.Importance = widget.HighImportance
	appreciate := widget.NewCard(say("ui.between.appreciate"), "", container.NewVBox(s.appreciation,
		container.NewHBox(s.printable, layout.NewSpacer(), s.send), widget.NewSeparator(), s.received))

	s.need = newEntry()
	s.need.SetPlaceHolder(say("ui.between.needPlaceholder"))
	s.proposal = newEntry()
	s.proposal.SetPlaceHolder(say("ui.between.proposalPlaceholder"))
	s.ask = widget.NewButtonWithIcon(say("ui.between.ask"), theme.ConfirmIcon(), s.makeRequest)
	requests := widget.NewCard(say("ui.between.needsAndRequests"), "", container.NewVBox(s.need, s.proposal,
		container.NewHBox(layout.NewSpacer(), s.ask), widget.NewSeparator(), s.requests))

	add := widget.NewButtonWithIcon(say("ui.between.addAgreement"), theme.ContentAddIcon(), func() { s.editAgreement(model.Agreement{}) })
	agreements := widget.NewCard(say("ui.between.ourAgreements"), "", container.NewVBox(
		quietLabel(say("ui.between.agreementsHint")), s.agreements, container.NewHBox(add)))

	draw := widget.NewButtonWithIcon(say("ui.between.drawQuestion"), theme.HelpIcon(), func() { ui.drawQuestion() })
	deck := widget.NewButtonWithIcon(say("ui.between.questionsDeck"), theme.ListIcon(), func() { ui.editQuestions() })
	deck.Importance = widget.LowImportance
	bar := widgets.NewFlow(widget.NewLabel(say("ui.between.writingAs")), s.writer.sel, layout.NewSpacer(), deck, draw)
	s.left, s.right = container.NewVScroll(appreciate), container.NewVScroll(container.NewVBox(requests, agreements))
	split := container.NewHSplit(s.left, s.right)
	split.Offset = 0.48
	s.content = container.NewBorder(bar, nil, nil, nil, split)
	return s
}

func (s *betweenScreen) reload() {
	s.writer.sync()
	me, other, ok := s.writer.me()
	if !ok {
		return
	}
	// Buttons name the partner in short: a long name would widen the window.
	s.send.SetText(say("ui.between.sendTo", "Name", model.Shorten(other.Name, 14)))
	s.ask.SetText(say("ui.between.askName", "Name", model.Shorten(other.Name, 14)))
	s.fillAppreciations(me)
	s.fillRequests(me, other)
	s.fillAgreements()
	// A container refreshed lays its rows out in the size it had: the
	// columns are laid out again, so rows that arrived get their room.
	s.left.Refresh()
	s.right.Refresh()
}

func (s *betweenScreen) sendAppreciation() {
	me, other, ok := s.writer.me()
	if !ok {
		return
	}
	if _, err := s.ui.svc.SendAppreciation(s.ui.ctx, me.ID, s.appreciation.Text, s.printable.Checked); err != nil {
		s.ui.showError(err)
		return
	}
	s.appreciation.SetText("")
	s.printable.SetChecked(false)
	s.ui.toast(say("ui.between.sentTo", "Name", other.Short()))
}

// fillAppreciations lists the notes the writer received and sent, newest first.
func (s *betweenScreen) fillAppreciations(me model.Partner) {
	all, err := s.ui.svc.Appreciations(s.ui.ctx)
	if err != nil {
		s.ui.showError(err)
		return
	}
	s.received.Objects = nil
	if len(all) == 0 {
		s.received.Add(quietLabel(say("ui.between.noAppreciations")))
	}
	for i, a := range all {
		if i == shownNotes {
			s.received.Add(quietLabel(sayN("ui.between.andEarlier", len(all)-shownNotes)))
			break
		}
		if i > 0 {
			s.received.Add(widget.NewSeparator())
		}
		s.received.Add(s.appreciationRow(a, me))
	}
	s.received.Refresh()
}

func (s *betweenScreen) appreciationRow(a model.Appreciation, me model.Partner) fyne.CanvasObject {
	who := say("ui.between.fromWhoDay", "Who", ownerLabel(model.Owner(a.FromID), s.ui.partners), "Day", s.ui.dayWords(a.Day))
	if a.FromID == me.ID {
		who = say("ui.between.toWhoDay", "Who", ownerLabel(model.Owner(a.ToID), s.ui.partners), "Day", s.ui.dayWords(a.Day))
	}
	head := widget.NewLabelWithStyle(who, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	head.Truncation = fyne.TextTruncateEllipsis
	row := container.NewVBox(head, wrapped(a.Text))
	if a.FromID != me.ID {
		return row
	}
	id := a.ID
	print := widget.NewCheck(say("ui.between.mayBePrinted"), func(on bool) {
		if err := s.ui.svc.SetAppreciationPrintable(s.ui.ctx, id, on); err != nil {
			s.ui.showError(err)
		}
	})
	print.Checked = a.Printable
	del := widgets.NewIconButton(say("ui.between.delete"), theme.DeleteIcon(), func() {
		s.ui.showConfirm(say("ui.between.deleteAppreciationQ"), say("ui.between.goneForBoth"), func(ok bool) {
			if ok {
				if err := s.ui.svc.DeleteAppreciation(s.ui.ctx, id); err != nil {
					s.ui.showError(err)
					return
				}
				s.ui.offerUndo(say("ui.between.appreciationDeleted"))
			}
		})
	})
	del.Importance = widget.LowImportance
	row.Add(container.NewHBox(print, layout.NewSpacer(), del))
	return row
}

func (s *betweenScreen) makeRequest() {
	me, other, ok := s.writer.me()
	if !ok {
		return
	}
	if _, err := s.ui.svc.MakeRequest(s.ui.ctx, me.ID, s.need.Text, s.proposal.Text); err != nil {
		s.ui.showError(err)
		return
	}
	s.need.SetText("")
	s.proposal.SetText("")
	s.ui.toast(say("ui.between.requestNoted", "Name", other.Short()))
}

func (s *betweenScreen) fillRequests(me, other model.Partner) {
	all, err := s.ui.svc.Requests(s.ui.ctx)
	if err != nil {
		s.ui.showError(err)
		return
	}
	s.requests.Objects = nil
	if len(all) == 0 {
		s.requests.Add(quietLabel(say("ui.between.noRequests", "Name", other.Short())))
	}
	for i, r := range all {
		if i == shownNotes {
			s.requests.Add(quietLabel(sayN("ui.between.andEarlier", len(all)-shownNotes)))
			break
		}
		if i > 0 {
			s.requests.Add(widget.NewSeparator())
		}
		s.requests.Add(s.requestRow(r, me))
	}
	s.requests.Refresh()
}

// requestRow shows a request, where it stands, and what the writer can do
// with it now.
func (s *betweenScreen) requestRow(r model.Request, me model.Partner) fyne.CanvasObject {
	from := ownerLabel(model.Owner(r.FromID), s.ui.partners)
	head := widget.NewLabelWithStyle(say("ui.between.requestHead", "Who", from, "Day", s.ui.dayWords(r.Day), "Reply", r.Reply.Words()), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	head.Truncation = fyne.TextTruncateEllipsis
	lines := []string{say("ui.between.iNeedLine", "Need", r.Need)}
	if strings.TrimSpace(r.Proposal) != "" {
		lines = append(lines, say("ui.between.iProposeLine", "Proposal", r.Proposal))
	}
	if strings.TrimSpace(r.Counter) != "" {
		lines = append(lines, say("ui.between.counterLine", "Counter", r.Counter))
	}
	switch r.Became {
	case model.BecameAgreement:
		lines = append(lines, say("ui.between.becameAgreement"))
	case model.BecameRitual:
		lines = append(lines, say("ui.between.becameRitual"))
	case model.BecameBlocks:
		lines = append(lines, say("ui.between.becameBlock"))
	}
	box := container.NewVBox(head, wrapped(strings.Join(lines, "\n")))
	if buttons := s.requestActions(r, me); len(buttons) > 0 {
		box.Add(widgets.NewFlow(buttons...))
	}
	return box
}

func (s *betweenScreen) requestActions(r model.Request, me model.Partner) []fyne.CanvasObject {
	id := r.ID
	answer := func(reply model.Reply) func() {
		return func() {
			if _, err := s.ui.svc.AnswerRequest(s.ui.ctx, id, me.ID, reply, ""); err != nil {
				s.ui.showError(err)
			}
		}
	}
	mine := r.FromID == me.ID
	var out []fyne.CanvasObject
	switch {
	case !mine && (r.Reply == model.ReplyOpen || r.Reply == model.ReplyTalk):
		out = append(out, widget.NewButton(say("ui.between.agree"), answer(model.ReplyAgree)),
			widget.NewButton(say("ui.between.counterPropose"), func() { s.counter(r, me) }))
		if r.Reply == model.ReplyOpen {
			out = append(out, widget.NewButton(say("ui.between.letsTalk"), answer(model.ReplyTalk)))
		}
	case mine && r.Reply == model.ReplyCounter:
		out = append(out, widget.NewButton(say("ui.between.acceptCounter"), answer(model.ReplyAgree)),
			widget.NewButton(say("ui.between.letsTalk"), answer(model.ReplyTalk)))
	case r.Reply == model.ReplyAgree && r.Became == model.BecameNothing:
		out = append(out,
			widget.NewButtonWithIcon(say("ui.between.addToCalendar"), theme.CalendarIcon(), func() { s.toBlock(id) }),
			widget.NewButtonWithIcon(say("ui.between.makeRitual"), theme.HistoryIcon(), func() { s.toRitual(id) }),
			widget.NewButtonWithIcon(say("ui.between.keepAsAgreement"), theme.DocumentIcon(), func() { s.toAgreement(id) }))
	}
	if mine {
		del := widgets.NewIconButton(say("ui.between.delete"), theme.DeleteIcon(), func() {
			s.ui.showConfirm(say("ui.between.deleteRequestQ"), say("ui.between.goneForBoth"), func(ok bool) {
				if ok {
					if err := s.ui.svc.DeleteRequest(s.ui.ctx, id); err != nil {
						s.ui.showError(err)
						return
					}
					s.ui.offerUndo(say("ui.between.requestDeleted"))
				}
			})
		})
		del.Importance = widget.LowImportance
		out = append(out, layout.NewSpacer(), del)
	}
	return out
}

// counter asks for a counter-proposal to a request, with the request in view.
func (s *betweenScreen) counter(r model.Request, me model.Partner) {
	who := ownerLabel(model.Owner(r.FromID), s.ui.partners)
	asked := say("ui.between.whoNeeds", "Who", who, "Need", r.Need)
	if strings.TrimSpace(r.Proposal) != "" {
		asked += "\n" + say("ui.between.whoProposes", "Who", who, "Proposal", r.Proposal)
	}
	words := newMultiLineEntry()
	words.SetMinRowsVisible(2)
	words.SetPlaceHolder(say("ui.between.offerInstead"))
	items := []*widget.FormItem{widget.NewFormItem("", wrapped(asked)), widget.NewFormItem(say("ui.between.iPropose"), words)}
	d := s.ui.showForm(say("ui.between.counterTitle"), say("ui.between.send"), say("ui.common.cancel"), items, func(ok bool) {
		if !ok {
			return
		}
		if _, err := s.ui.svc.AnswerRequest(s.ui.ctx, r.ID, me.ID, model.ReplyCounter, words.Text); err != nil {
			s.ui.showError(err)
		}
	})
	d.Resize(fyne.NewSize(540, 280))
	s.ui.win.Canvas().Focus(words)
}

func (s *betweenScreen) toBlock(id string) {
	b, err := s.ui.svc.RequestToBlock(s.ui.ctx, id)
	if err != nil {
		s.ui.showError(err)
		return
	}
	tr := i18n.Screen()
	words := say("ui.between.inCalendarEvery", "Title", b.Title, "Weekday", tr.Weekday(b.Start.Date.Time().Weekday()), "From", tr.Clock(19*60), "To", tr.Clock(21*60))
	s.ui.notice.show(words, say("ui.between.show"), func() {
		s.ui.showTab(tabCalendar)
		s.ui.calendarTab().goTo(b.Start.Date)
	})
}

func (s *betweenScreen) toRitual(id string) {
	r, err := s.ui.svc.RequestToRitual(s.ui.ctx, id)
	if err != nil {
		s.ui.showError(err)
		return
	}
	s.ui.notice.show(say("ui.between.nowRitual", "Title", r.Title), say("ui.between.show"), func() { s.ui.showTab(tabRituals) })
}

func (s *betweenScreen) toAgreement(id string) {
	if _, err := s.ui.svc.RequestToAgreement(s.ui.ctx, id); err != nil {
		s.ui.showError(err)
		return
	}
	s.ui.toast(say("ui.between.keptAgreement"))
}

func (s *betweenScreen) fillAgreements() {
	all, err := s.ui.svc.Agreements(s.ui.ctx)
	if err != nil {
		s.ui.showError(err)
		return
	}
	s.agreements.Objects = nil
	if len(all) == 0 {
		s.agreements.Add(quietLabel(say("ui.between.noAgreements")))
	}
	today := s.ui.today()
	for _, a := range all {
		when := say("ui.between.agreedOn", "Day", s.ui.dayWords(a.Agreed))
		if !a.Revisit.IsZero() {
			when = say("ui.between.agreedLookAgain", "Day", s.ui.dayWords(a.Agreed), "Revisit", s.ui.dayWords(a.Revisit))
		}
		meta := wrapped(when)
		meta.Importance = widget.LowImportance
		if a.DueForRevisit(today) {
			meta.SetText(say("ui.between.timeToLookAgain", "When", when))
			meta.Importance = widget.WarningImportance
		}
		ag := a
		edit := widgets.NewIconButton(say("ui.between.editAgreement"), theme.DocumentCreateIcon(), func() { s.editAgreement(ag) })
		edit.Importance = widget.LowImportance
		del := widgets.NewIconButton(say("ui.between.deleteAgreement"), theme.DeleteIcon(), func() { s.deleteAgreement(ag) })
		del.Importance = widget.LowImportance
		s.agreements.Add(container.NewBorder(nil, nil, nil, container.NewHBox(edit, del), container.NewVBox(wrapped(a.Text), meta)))
	}
	s.agreements.Refresh()
}

// revisitChoices are the offered times to look at an agreement again.
var revisitChoices = []struct {
	label  string // a catalogue key
	months int
}{{"ui.between.inAMonth", 1}, {"ui.between.inThreeMonths", 3}, {"ui.between.inSixMonths", 6}, {"ui.between.inAYear", 12}, {"ui.between.noDate", 0}}

func (s *betweenScreen) editAgreement(a model.Agreement) {
	text := newMultiLineEntry()
	text.SetMinRowsVisible(2)
	text.SetPlaceHolder(say("ui.between.agreementPlaceholder"))
	text.SetText(a.Text)
	var labels []string
	for _, c := range revisitChoices {
		labels = append(labels, say(c.label))
	}
	revisit := newSelect(labels, nil)
	revisit.SetSelectedIndex(1)
	if !a.Revisit.IsZero() {
		revisit.Options = append([]string{say("ui.between.onDay", "Day", s.ui.dayWords(a.Revisit))}, labels...)
		revisit.SetSelectedIndex(0)
	}
	items := []*widget.FormItem{widget.NewFormItem(say("ui.between.agreement"), text), widget.NewFormItem(say("ui.between.lookAgain"), revisit)}
	title := say("ui.between.newAgreement")
	if a.ID != "" {
		title = say("ui.between.agreement")
	}
	d := s.ui.showForm(title, say("ui.common.save"), say("ui.common.cancel"), items, func(ok bool) {
		if !ok {
			return
		}
		a.Text = text.Text
		if i := revisit.SelectedIndex() - (len(revisit.Options) - len(revisitChoices)); i >= 0 {
			a.Revisit = model.Date{}
			if m := revisitChoices[i].months; m > 0 {
				a.Revisit = model.DateOf(s.ui.today().Time().AddDate(0, m, 0))
			}
		}
		if _, err := s.ui.svc.SaveAgreement(s.ui.ctx, a); err != nil {
			s.ui.showError(err)
		}
	})
	d.Resize(fyne.NewSize(520, 300))
}

func (s *betweenScreen) deleteAgreement(a model.Agreement) {
	s.ui.showConfirm(say("ui.between.deleteAgreementQ"), say("ui.between.deleteAgreementText", "Text", a.Text), func(ok bool) {
		if ok {
			if err := s.ui.svc.DeleteAgreement(s.ui.ctx, a.ID); err != nil {
				s.ui.showError(err)
				return
			}
			s.ui.offerUndo(say("ui.between.agreementDeleted"))
		}
	})
}

// quietLabel is a wrapped label in the low-importance colour: hints and
// notes beside what they explain. Venn sets them apart by colour, never by
// italics: each text style drawn loads its own set of fonts (about 9 MB
// each: the theme's face, the emoji font and the system's fallback).
func quietLabel(text string) *widget.Label {
	l := wrapped(text)
	l.Importance = widget.LowImportance
	return l
}
