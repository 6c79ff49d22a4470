package views

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/app"
	"github.com/vennplanner/venn/i18n"
	"github.com/vennplanner/venn/model"
)

// decisionWords are the review's choices for a ritual on its radio, in the
// window's language; adapting is a button of its own, Adapt…, which opens
// the cadence dialog.
func decisionWords() map[string]model.RitualDecision {
	return map[string]model.RitualDecision{say("ui.sessions.keep"): model.DecideKeep, say("ui.sessions.retire"): model.DecideRetire}
}

// reviewScreen is the annual relationship health review: principles,
// celebrations, each ritual's fate and each partner's answer.
type reviewScreen struct {
	ui   *UI
	year int
	view app.ReviewView

	yearSel      *widget.Select
	principles   *entry
	celebrations *entry
	reminders    *widget.Label
	rituals      *fyne.Container
	decisions    map[string]*widget.RadioGroup
	// decided is each ritual's decision as last loaded; loaded is each
	// text field's words as last loaded. A reload (after any change, the
	// review's own Adapt… among them) keeps what was changed on the
	// screen since, so nothing typed is lost before Save.
	decided       map[string]model.ReviewRitual
	loaded        map[*entry]string
	loadedYear    int
	loadedPrivate bool
	answers       [2]*entry
	answerLabels  [2]*widget.Label
	notes         *entry
	private       *widget.Check
	status        *widget.Label
	content       fyne.CanvasObject
}

func multiline(placeholder string) *entry {
	e := newMultiLineEntry()
	e.Wrapping = fyne.TextWrapWord
	e.SetMinRowsVisible(3)
	e.SetPlaceHolder(placeholder)
	return e
}

func newReviewScreen(ui *UI) *reviewScreen {
	s := &reviewScreen{ui: ui, year: ui.today().Year, decisions: map[string]*widget.RadioGroup{}, loaded: map[*entry]string{}}
	var years []string
	for y := s.year; y >= s.year-5; y-- {
		years = append(years, strconv.Itoa(y))
	}
	s.yearSel = newSelect(years, func(v string) {
		if y, err := strconv.Atoi(v); err == nil && y != s.year {
			s.year = y
			s.reload() // another year: its own words
		}
	})
	s.yearSel.SetSelected(years[0])
	s.principles = multiline(say("ui.sessions.principlesHint"))
	s.celebrations = multiline(say("ui.sessions.celebrationsHint"))
	s.reminders = widget.NewLabel("")
	s.reminders.Wrapping = fyne.TextWrapWord
	s.rituals = container.NewVBox()
	for i := range s.answers {
		s.answers[i] = multiline(say("ui.sessions.answerHint"))
		s.answerLabels[i] = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		s.answerLabels[i].Wrapping = fyne.TextWrapWord
	}
	s.notes = multiline(say("ui.sessions.nextYearHint"))
	s.private = widget.NewCheck(say("ui.sessions.keepReviewPrivate"), nil)
	s.status = widget.NewLabel("")
	save := widget.NewButtonWithIcon(say("ui.sessions.saveReview"), theme.DocumentSaveIcon(), s.save)
	save.Importance = widget.HighImportance
	print := widget.NewButtonWithIcon(say("ui.sessions.printYear"), theme.DocumentPrintIcon(), func() {
		ui.showPrintDialogFor(strconv.Itoa(s.year))
	})
	step := func(n int, title string) fyne.CanvasObject {
		l := widget.NewLabelWithStyle(say("ui.sessions.numbered", "N", i18n.Screen().Int(n), "Title", title), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		l.Wrapping = fyne.TextWrapWord
		return l
	}
	body := container.NewVBox(
		step(1, say("ui.sessions.revisitPrinciples")), s.principles,
		step(2, say("ui.sessions.celebrateYear")), s.reminders, s.celebrations,
		step(3, say("ui.sessions.reviewRituals")), s.rituals,
		step(4, model.ReviewQuestion), s.answerLabels[0], s.answers[0], s.answerLabels[1], s.answers[1],
		step(5, say("ui.sessions.notesAndDecisions")), s.notes,
	)
	top := container.NewHBox(widget.NewLabel(say("ui.sessions.year")), s.yearSel, s.status)
	bottom := container.NewHBox(s.private, layout.NewSpacer(), print, save)
	s.content = container.NewBorder(top, bottom, nil, nil, container.NewVScroll(container.NewPadded(body)))
	return s
}

func (s *reviewScreen) reload() {
	v, err := s.ui.svc.Review(s.ui.ctx, s.year)
	if err != nil {
		s.ui.showError(err)
		return
	}
	keep := s.loadedYear == s.year // the same review: keep what was typed
	s.view, s.loadedYear = v, s.year
	r := v.Review
	edited := false
	fill := func(e *entry, text string) {
		was, ok := s.loaded[e]
		switch {
		case keep && ok && e.Text != was && e.Text != text:
			edited = true // typed here and not saved: it stays
		case e.Text != text:
			e.SetText(text)
		}
		s.loaded[e] = text
	}
	fill(s.principles, r.Principles)
	fill(s.celebrations, r.Celebrations)
	fill(s.notes, r.Notes)
	if keep && s.private.Checked != s.loadedPrivate && s.private.Checked != r.Private {
		edited = true
	} else {
		s.private.SetChecked(r.Private)
	}
	s.loadedPrivate = r.Private
	for i := range s.answers {
		name := say("ui.sessions.partner")
		slot := model.SlotA
		if i == 1 {
			slot = model.SlotB
		}
		for _, p := range v.Partners {
			if p.Slot == slot {
				name = p.Short()
			}
		}
		s.answerLabels[i].SetText(say("ui.sessions.answerOf", "Name", name))
		fill(s.answers[i], r.Answer(slot))
	}
	s.drawReached()
	edited = s.buildRituals(keep) || edited
	switch {
	case edited:
		s.status.SetText(say("ui.sessions.changesNotSaved"))
	case v.Saved:
		s.status.SetText(say("ui.sessions.savedDot"))
	default:
		s.status.SetText(say("ui.sessions.notSavedYetDot"))
	}
}

// drawReached lists what was finished this year.
func (s *reviewScreen) drawReached() {
	var done []string
	for _, g := range s.view.Done {
		done = append(done, g.Title)
	}
	done = append(done, s.view.Reached...)
	if len(done) > 0 {
		s.reminders.SetText(say("ui.sessions.finishedThisYear", "List", strings.Join(done, " · ")))
	} else {
		s.reminders.SetText("")
	}
}

// buildRituals draws a line for each ritual: keep or retire it, or adapt
// it (Adapt… opens the cadence dialog, as on the Rituals tab and in a
// session, and records the decision). With keep, a choice made on the
// screen since the last load stays; it reports whether one did.
func (s *reviewScreen) buildRituals(keep bool) bool {
	chosen := map[string]string{}
	if keep {
		for id, radio := range s.decisions {
			if radio.Selected != wordOf(s.decided[id].Decision) {
				chosen[id] = radio.Selected
			}
		}
	}
	s.rituals.Objects = nil
	s.decisions = map[string]*widget.RadioGroup{}
	s.decided = map[string]model.ReviewRitual{}
	for _, d := range s.view.Review.Rituals {
		s.decided[d.RitualID] = d
	}
	edited := false
	for id, w := range chosen {
		edited = edited || w != wordOf(s.decided[id].Decision)
	}
	for _, rv := range s.view.Rituals {
		if rv.Ritual.Archived && s.decided[rv.Ritual.ID].Decision == model.DecideNone {
			continue
		}
		s.rituals.Add(s.ritualLine(rv, chosen))
	}
	if len(s.rituals.Objects) == 0 {
		s.rituals.Add(widget.NewLabel(say("ui.sessions.noRitualsYet")))
	}
	s.rituals.Refresh()
	return edited
}

// ritualLine is one ritual's line in the review.
func (s *reviewScreen) ritualLine(rv app.RitualView, chosen map[string]string) fyne.CanvasObject {
	r := rv.Ritual
	radio := widget.NewRadioGroup([]string{say("ui.sessions.keep"), say("ui.sessions.retire")}, nil)
	radio.Horizontal = true
	radio.Selected = wordOf(s.decided[r.ID].Decision)
	if w, ok := chosen[r.ID]; ok {
		radio.Selected = w
	}
	s.decisions[r.ID] = radio
	adapt := widget.NewButtonWithIcon(say("ui.sessions.adapt"), theme.HistoryIcon(), func() {
		s.ui.cadenceDialog(rv, func(from model.Date, c model.Cadence, note string) error {
			// Adapting is the decision now, whatever was picked before.
			was := radio.Selected
			radio.Selected = ""
			err := s.ui.svc.AdaptInReview(s.ui.ctx, s.year, s.private.Checked, r.ID, from, c, note)
			if err != nil {
				radio.Selected = was
			}
			radio.Refresh()
			return err
		})
	})
	l := widget.NewLabel(ritualSummary(rv, s.ui.partners))
	l.Truncation = fyne.TextTruncateEllipsis
	line := container.NewBorder(nil, nil, nil, container.NewHBox(radio, adapt), l)
	if d := s.decided[r.ID]; d.Decision == model.DecideAdapt && radio.Selected == "" {
		words := say("ui.sessions.adapted")
		if d.Note != "" {
			words = say("ui.sessions.adaptedNote", "Note", lowerFirst(d.Note))
		}
		return container.NewVBox(line, quietLabel(words))
	}
	return line
}

// wordOf is a decision's word on the radio ("" for adapt or none).
func wordOf(d model.RitualDecision) string {
	for w, x := range decisionWords() {
		if x == d {
			return w
		}
	}
	return ""
}

func (s *reviewScreen) save() {
	r := s.view.Review
	r.Year = s.year
	r.Principles, r.Celebrations, r.Notes = s.principles.Text, s.celebrations.Text, s.notes.Text
	r.AnswerA, r.AnswerB = s.answers[0].Text, s.answers[1].Text
	r.Private = s.private.Checked
	words := decisionWords()
	notes := map[string]string{}
	for _, d := range r.Rituals {
		notes[d.RitualID] = d.Note
	}
	r.Rituals = nil
	for _, rv := range s.view.Rituals {
		id := rv.Ritual.ID
		radio, ok := s.decisions[id]
		switch {
		case ok && radio.Selected != "":
			d := model.ReviewRitual{RitualID: id, Decision: words[radio.Selected]}
			if s.decided[id].Decision == d.Decision {
				d.Note = notes[id] // a note goes with its decision
			}
			r.Rituals = append(r.Rituals, d)
		case s.decided[id].Decision == model.DecideAdapt:
			r.Rituals = append(r.Rituals, s.decided[id]) // adapted with Adapt…
		}
	}
	if _, err := s.ui.svc.SaveReview(s.ui.ctx, r); err != nil {
		s.ui.showError(err)
		return
	}
	s.ui.toast(say("ui.sessions.reviewSaved", "Year", s.year))
}
