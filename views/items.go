package views

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/views/widgets"
)

// itemEditor edits one of the couple's own lists (model.Item): check-in
// prompts or signs of imbalance. Both are added to, reworded, reordered and
// retired the same way; only their words and kinds differ.
type itemEditor[K model.ItemKind] struct {
	title       string // the dialog's title
	field       string // what one item's words are: "Question", "Sign"
	placeholder string
	hint        string
	// kinds are the choices of kind for a new item, by label; with one,
	// there is no choice to make.
	kinds  []itemKind[K]
	list   func() ([]model.Item[K], error)
	save   func(model.Item[K]) error
	move   func(id string, by int) error
	retire func(id string, retired bool) error
	closed func()
}

type itemKind[K model.ItemKind] struct {
	label string
	kind  K
}

// editItems shows the editor.
func editItems[K model.ItemKind](ui *UI, e itemEditor[K]) {
	box := container.NewVBox()
	var fill func()
	act := func(err error) {
		if err != nil {
			ui.showError(err)
		}
		fill()
	}
	fill = func() {
		items, err := e.list()
		if err != nil {
			ui.showError(err)
			return
		}
		box.Objects = nil
		for _, it := range items {
			box.Add(itemRow(ui, e, it, act))
		}
		box.Refresh()
	}
	fill()
	add := newEntry()
	add.SetPlaceHolder(e.placeholder)
	labels := make([]string, len(e.kinds))
	for i, k := range e.kinds {
		labels[i] = k.label
	}
	kind := widget.NewRadioGroup(labels, nil)
	kind.Horizontal = true
	kind.SetSelected(labels[0])
	addBtn := widget.NewButtonWithIcon(say("ui.board.add"), theme.ContentAddIcon(), func() {
		it := model.Item[K]{Text: add.Text, Kind: e.kinds[0].kind}
		for _, k := range e.kinds {
			if k.label == kind.Selected {
				it.Kind = k.kind
			}
		}
		if err := e.save(it); err != nil {
			ui.showError(err)
			return
		}
		add.SetText("")
		fill()
	})
	adding := container.NewVBox(container.NewBorder(nil, nil, nil, addBtn, add))
	if len(e.kinds) > 1 {
		adding.Add(kind)
	}
	hint := widget.NewLabel(e.hint)
	hint.Wrapping = fyne.TextWrapWord
	adding.Add(hint)
	content := container.NewBorder(nil, adding, nil, nil, container.NewVScroll(box))
	d := dialog.NewCustom(e.title, say("ui.board.done"), content, ui.win)
	d.SetOnClosed(e.closed)
	ui.showDialog(d, fyne.NewSize(720, 480))
}

// itemRow is one item with its buttons: up, down, edit, retire.
func itemRow[K model.ItemKind](ui *UI, e itemEditor[K], it model.Item[K], act func(error)) fyne.CanvasObject {
	text := wrapped(it.Text)
	if it.Retired {
		text = quietLabel(say("ui.board.retiredItem", "Text", it.Text))
	}
	up := widgets.NewIconButton(say("ui.board.moveUp"), theme.MoveUpIcon(), func() { act(e.move(it.ID, -1)) })
	down := widgets.NewIconButton(say("ui.board.moveDown"), theme.MoveDownIcon(), func() { act(e.move(it.ID, 1)) })
	edit := widgets.NewIconButton(say("ui.board.edit"), theme.DocumentCreateIcon(), func() {
		words := newEntry()
		words.SetText(it.Text)
		ui.showForm(say("ui.board.edit"), say("ui.common.save"), say("ui.common.cancel"), []*widget.FormItem{widget.NewFormItem(e.field, words)}, func(ok bool) {
			if ok {
				it.Text = words.Text
				act(e.save(it))
			}
		})
	})
	retireLabel := say("ui.board.retire")
	if it.Retired {
		retireLabel = say("ui.board.bringBack")
	}
	retire := widget.NewButton(retireLabel, func() { act(e.retire(it.ID, !it.Retired)) })
	return container.NewBorder(nil, nil, nil, container.NewHBox(up, down, edit, retire), text)
}
