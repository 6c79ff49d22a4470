package views

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/model"
)

// ownSpace is the frame of a screen a partner keeps on this computer only
// (the journal, people of one's own): it shows the screen's body, or,
// while that partner's space is locked, a banner saying what is sealed.
type ownSpace struct {
	ui     *UI
	locked *fyne.Container
	body   fyne.CanvasObject
	sealed string // what the banner says is sealed away
}

func newOwnSpace(ui *UI, body fyne.CanvasObject, sealed string) *ownSpace {
	return &ownSpace{ui: ui, locked: container.NewVBox(), body: body, sealed: sealed}
}

// stack is the body with the banner's place over it.
func (o *ownSpace) stack() fyne.CanvasObject { return container.NewStack(o.body, o.locked) }

// showFor shows the body, or the banner when p's space is locked; it
// reports whether the body is shown.
func (o *ownSpace) showFor(p model.Partner) bool {
	o.locked.Objects = nil
	if o.ui.svc.IsLocked(p.ID) {
		o.body.Hide()
		o.locked.Add(container.NewVBox(o.ui.lockedBanner(p, o.sealed), layout.NewSpacer()))
		o.locked.Refresh()
		return false
	}
	o.locked.Refresh()
	o.body.Show()
	return true
}

// twoLineList is a list whose rows are a bold line over a plain one that
// ends in an ellipsis when it is too long (the bold one too, with
// truncateTop); fill sets row i's two lines.
func twoLineList(length func() int, fill func(i int, top, bottom *widget.Label), truncateTop bool) *widget.List {
	return widget.NewList(
		length,
		func() fyne.CanvasObject {
			top := widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
			if truncateTop {
				top.Truncation = fyne.TextTruncateEllipsis
			}
			bottom := widget.NewLabel("")
			bottom.Truncation = fyne.TextTruncateEllipsis
			return container.NewVBox(top, bottom)
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			if id >= length() {
				return
			}
			box := o.(*fyne.Container)
			fill(id, box.Objects[0].(*widget.Label), box.Objects[1].(*widget.Label))
		},
	)
}
