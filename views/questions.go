package views

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/model"
)

// depthChoices are the draw's choices of depth, by label.
var depthChoices = []struct {
	label string // a catalogue key
	depth model.Depth
}{{"ui.between.any", ""}, {"ui.between.light", model.DepthLight}, {"ui.between.deep", model.DepthDeep}}

// drawQuestion shows one card of the couple's deck of open questions, and
// draws another on request — from the check-in, the session or Between us.
func (ui *UI) drawQuestion() {
	deck, err := ui.svc.Questions(ui.ctx)
	if err != nil {
		ui.showError(err)
		return
	}
	card := widget.NewRichText()
	card.Wrapping = fyne.TextWrapWord
	kind := widget.NewLabel("")
	kind.Importance = widget.LowImportance
	var labels []string
	for _, c := range depthChoices {
		labels = append(labels, say(c.label))
	}
	depth := widget.NewRadioGroup(labels, nil)
	depth.Horizontal = true
	depth.Required = true
	last := ""
	draw := func() {
		want := model.Depth("")
		for _, c := range depthChoices {
			if say(c.label) == depth.Selected {
				want = c.depth
			}
		}
		q, ok := model.DrawQuestion(deck, want, last, ui.random(1<<30))
		if !ok {
			card.ParseMarkdown(say("ui.between.deckEmpty"))
			kind.SetText("")
			return
		}
		last = q.ID
		card.Segments = []widget.RichTextSegment{&widget.TextSegment{Text: q.Text, Style: widget.RichTextStyleSubHeading}}
		card.Refresh()
		kind.SetText(map[model.Depth]string{model.DepthLight: say("ui.between.lightAsk"), model.DepthDeep: say("ui.between.deepAsk")}[q.Kind])
		if kind.Text == "" {
			kind.SetText(say("ui.between.plainAsk"))
		}
	}
	depth.SetSelected(say("ui.between.any"))
	depth.OnChanged = func(string) { draw() }
	draw()
	another := widget.NewButtonWithIcon(say("ui.between.another"), theme.ViewRefreshIcon(), draw)
	another.Importance = widget.HighImportance
	content := container.NewBorder(nil, container.NewVBox(widget.NewSeparator(), container.NewHBox(depth, widget.NewSeparator(), another)),
		nil, nil, container.NewVBox(card, kind))
	d := dialog.NewCustom(say("ui.between.openQuestion"), say("ui.common.close"), content, ui.win)
	ui.openDialog(d, nil)
	d.Resize(fyne.NewSize(560, 300))
}

// editQuestions lets the couple add questions of their own, reword,
// reorder and retire them, as they do prompts and signs.
func (ui *UI) editQuestions() {
	svc, ctx := ui.svc, ui.ctx
	editItems(ui, itemEditor[model.Depth]{
		title: say("ui.between.openQuestions"), field: say("ui.between.question"), placeholder: say("ui.between.questionPlaceholder"),
		hint:  say("ui.between.questionsHint"),
		kinds: []itemKind[model.Depth]{{say("ui.between.lightOne"), model.DepthLight}, {say("ui.between.deepOne"), model.DepthDeep}},
		list:  func() ([]model.Question, error) { return svc.Questions(ctx) },
		save: func(q model.Question) error {
			_, err := svc.SaveQuestion(ctx, q)
			return err
		},
		move:   func(id string, by int) error { return svc.MoveQuestion(ctx, id, by) },
		retire: func(id string, retired bool) error { return svc.RetireQuestion(ctx, id, retired) },
		closed: func() {},
	})
}
