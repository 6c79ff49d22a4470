package views

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/i18n"
	"github.com/vennplanner/venn/model"
)

// methodGuide is Help › The method: the idea Venn is built on, a section
// at a time, the sections listed on the left.
type methodGuide struct {
	list  *widget.List
	title *widget.Label
	body  *fyne.Container
	shown string // the key of the section shown
}

// showMethod opens the guide at the section with key (the first when
// there is none).
func (ui *UI) showMethod(key string) *methodGuide {
	g := &methodGuide{title: heading(""), body: container.NewVBox()}
	method := model.MethodIn(i18n.Screen())
	g.list = widget.NewList(
		func() int { return len(method) },
		func() fyne.CanvasObject { return widget.NewLabel("") },
		func(id widget.ListItemID, o fyne.CanvasObject) {
			l := o.(*widget.Label)
			l.Wrapping = fyne.TextWrapWord
			l.SetText(method[id].Title)
			g.list.SetItemHeight(id, l.MinSize().Height)
		},
	)
	g.list.OnSelected = func(id widget.ListItemID) { g.show(method[id]) }
	split := container.NewHSplit(g.list, container.NewVScroll(container.NewPadded(container.NewVBox(g.title, g.body))))
	split.Offset = 0.32
	d := dialog.NewCustom(say("ui.between.theMethod"), say("ui.common.close"), split, ui.win)
	ui.openDialog(d, nil)
	size := ui.win.Canvas().Size()
	d.Resize(fyne.NewSize(min(860, size.Width-40), min(580, size.Height-40)))
	at := 0
	for i, s := range method {
		if s.Key == key {
			at = i
		}
	}
	g.list.Select(at)
	return g
}

// show puts a section on the right.
func (g *methodGuide) show(s model.MethodSection) {
	g.shown = s.Key
	g.title.SetText(s.Title)
	g.body.RemoveAll()
	for _, p := range s.Paragraphs {
		g.body.Add(wrapped(p))
	}
}

// whyButton is a small "why" beside a practice, saying in one line what it
// is for, that opens the guide at the section behind it.
func (ui *UI) whyButton(label, key string) *widget.Button {
	b := widget.NewButtonWithIcon(label, theme.HelpIcon(), func() { ui.showMethod(key) })
	b.Importance = widget.LowImportance
	return b
}
