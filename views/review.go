package views

import (
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/app"
	"github.com/vennplanner/venn/model"
)

var decisionChoices = []model.RitualDecision{model.DecideKeep, model.DecideAdapt, model.DecideRetire}

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
	answers      [2]*entry
	answerLabels [2]*widget.Label
	notes        *entry
	private      *widget.Check
	status       *widget.Label
	content      fyne.CanvasObject
}

func multiline(placeholder string) *entry {
	e := newMultiLineEntry()
	e.Wrapping = fyne.TextWrapWord
	e.SetMinRowsVisible(3)
	e.SetPlaceHolder(placeholder)
	return e
}

func newReviewScreen(ui *UI) *reviewScreen {
	s := &reviewScreen{ui: ui, year: ui.today().Year, decisions: map[string]*widget.RadioGroup{}}
	var years []string
	for y := s.year; y >= s.year-5; y-- {
		years = append(years, strconv.Itoa(y))
	}
	s.yearSel = widget.NewSelect(years, func(v string) {
		if y, err := strconv.Atoi(v); err == nil && y != s.year {
			s.year = y
			s.reload()
		}
	})
	s.yearSel.SetSelected(years[0])
	s.principles = multiline("The principles and values you live by — still true? Anything to add?")
	s.celebrations = multiline("This year's milestones, personal and shared, worth celebrating")
	s.reminders = widget.NewLabel("")
	s.reminders.Wrapping = fyne.TextWrapWord
	s.rituals = container.NewVBox()
	for i := range s.answers {
		s.answers[i] = multiline("In your own words")
		s.answerLabels[i] = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		s.answerLabels[i].Wrapping = fyne.TextWrapWord
	}
	s.notes = multiline("What you decided for next year")
	s.private = widget.NewCheck("Keep this review on this computer only", nil)
	s.status = widget.NewLabel("")
	save := widget.NewButtonWithIcon("Save the review", theme.DocumentSaveIcon(), s.save)
	save.Importance = widget.HighImportance
	print := widget.NewButtonWithIcon("Print the year's summary…", theme.DocumentPrintIcon(), func() {
		ui.showPrintDialogFor(strconv.Itoa(s.year))
	})
	step := func(n int, title string) fyne.CanvasObject {
		l := widget.NewLabelWithStyle(fmt.Sprintf("%d. %s", n, title), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		l.Wrapping = fyne.TextWrapWord
		return l
	}
	body := container.NewVBox(
		step(1, "Revisit your core principles and values"), s.principles,
		step(2, "Celebrate the year's milestones"), s.reminders, s.celebrations,
		step(3, "Review your rituals: keep, adapt or retire (retired rituals are archived when you save; their history stays)"), s.rituals,
		step(4, model.ReviewQuestion), s.answerLabels[0], s.answers[0], s.answerLabels[1], s.answers[1],
		step(5, "Notes and decisions"), s.notes,
	)
	top := container.NewHBox(widget.NewLabel("Year"), s.yearSel, s.status)
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
	s.view = v
	r := v.Review
	s.principles.SetText(r.Principles)
	s.celebrations.SetText(r.Celebrations)
	s.notes.SetText(r.Notes)
	s.private.SetChecked(r.Private)
	for i := range s.answers {
		name := "Partner"
		slot := model.SlotA
		if i == 1 {
			slot = model.SlotB
		}
		for _, p := range v.Partners {
			if p.Slot == slot {
				name = p.Short()
			}
		}
		s.answerLabels[i].SetText(name + ":")
		s.answers[i].SetText(r.Answer(slot))
	}
	s.status.SetText("Not saved yet.")
	if v.Saved {
		s.status.SetText("Saved.")
	}
	var done []string
	for _, g := range v.Done {
		done = append(done, g.Title)
	}
	done = append(done, v.Reached...)
	if len(done) > 0 {
		s.reminders.SetText("Finished this year: " + strings.Join(done, " · "))
	} else {
		s.reminders.SetText("")
	}
	s.buildRituals()
}

func (s *reviewScreen) buildRituals() {
	s.rituals.Objects = nil
	s.decisions = map[string]*widget.RadioGroup{}
	decided := map[string]model.RitualDecision{}
	for _, d := range s.view.Review.Rituals {
		decided[d.RitualID] = d.Decision
	}
	words := []string{"Keep", "Adapt", "Retire"}
	for _, rv := range s.view.Rituals {
		r := rv.Ritual
		if r.Archived && decided[r.ID] == "" {
			continue
		}
		radio := widget.NewRadioGroup(words, nil)
		radio.Horizontal = true
		for i, d := range decisionChoices {
			if decided[r.ID] == d {
				radio.SetSelected(words[i])
			}
		}
		s.decisions[r.ID] = radio
		label := fmt.Sprintf("%s — %s, strength %d%%", r.Title, ownerLabel(r.Who, s.ui.partners), int(rv.Stats.Score*100+0.5))
		l := widget.NewLabel(label)
		l.Truncation = fyne.TextTruncateEllipsis
		s.rituals.Add(container.NewBorder(nil, nil, nil, radio, l))
	}
	if len(s.rituals.Objects) == 0 {
		s.rituals.Add(widget.NewLabel("No rituals yet."))
	}
	s.rituals.Refresh()
}

func (s *reviewScreen) save() {
	r := s.view.Review
	r.Year = s.year
	r.Principles, r.Celebrations, r.Notes = s.principles.Text, s.celebrations.Text, s.notes.Text
	r.AnswerA, r.AnswerB = s.answers[0].Text, s.answers[1].Text
	r.Private = s.private.Checked
	notes := map[string]string{}
	for _, d := range r.Rituals {
		notes[d.RitualID] = d.Note
	}
	r.Rituals = nil
	words := map[string]model.RitualDecision{"Keep": model.DecideKeep, "Adapt": model.DecideAdapt, "Retire": model.DecideRetire}
	for _, rv := range s.view.Rituals {
		if radio, ok := s.decisions[rv.Ritual.ID]; ok && radio.Selected != "" {
			r.Rituals = append(r.Rituals, model.ReviewRitual{RitualID: rv.Ritual.ID, Decision: words[radio.Selected], Note: notes[rv.Ritual.ID]})
		}
	}
	if _, err := s.ui.svc.SaveReview(s.ui.ctx, r); err != nil {
		s.ui.showError(err)
		return
	}
	s.ui.toast(fmt.Sprintf("The %d review is saved.", s.year))
}
