package views

import (
	"log/slog"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// noticeTime is how long a notice stays.
const noticeTime = 4 * time.Second

// notice is the short message that floats at the foot of the window for a
// few seconds ("Exported to …"), with an optional action such as Undo. It
// is drawn in the window, not as a pop-up: a pop-up would take the next
// click for itself, and the person meant that click for the screen.
type notice struct {
	text   *widget.Label
	action *widget.Button
	bg     *canvas.Rectangle
	box    *fyne.Container // the floating layer; hidden when there is nothing to say
	shown  int             // counts notices, so an old timer leaves a newer one alone
	// after runs f once d has passed, on a goroutine of its own (it hands
	// the hiding to the UI goroutine with fyne.Do): time.AfterFunc.
	after func(d time.Duration, f func())
}

func newNotice() *notice {
	n := &notice{text: widget.NewLabel(""), action: widget.NewButton("", nil),
		after: func(d time.Duration, f func()) { time.AfterFunc(d, f) }}
	n.text.Wrapping = fyne.TextWrapWord
	n.action.Importance = widget.HighImportance
	n.action.Hide()
	n.bg = canvas.NewRectangle(theme.Color(theme.ColorNameOverlayBackground))
	n.bg.CornerRadius = 8
	n.bg.StrokeWidth = 1
	n.bg.StrokeColor = theme.Color(theme.ColorNameShadow)
	row := container.NewBorder(nil, nil, nil, n.action, n.text)
	card := container.NewStack(n.bg, container.NewPadded(row))
	width := canvas.NewRectangle(nil)
	width.SetMinSize(fyne.NewSize(420, 0))
	n.box = container.NewVBox(layout.NewSpacer(),
		container.NewHBox(layout.NewSpacer(), container.NewStack(width, card), layout.NewSpacer()),
		fixedHeight(44))
	n.box.Hide()
	return n
}

// show puts message at the foot of the window; with an action label, a
// button does act. Both go after noticeTime.
func (n *notice) show(message, actionLabel string, act func()) {
	n.shown++
	id := n.shown
	n.text.SetText(message)
	n.bg.FillColor = theme.Color(theme.ColorNameOverlayBackground)
	n.bg.StrokeColor = theme.Color(theme.ColorNameShadow)
	n.bg.Refresh()
	if actionLabel != "" && act != nil {
		n.action.SetText(actionLabel)
		n.action.OnTapped = func() { n.hide(id); act() }
		n.action.Show()
	} else {
		n.action.Hide()
	}
	n.box.Show()
	n.box.Refresh()
	slog.Debug("notice", "message", message)
	n.after(noticeTime, func() { fyne.Do(func() { n.hide(id) }) })
}

// hide takes notice id away, unless a newer one replaced it.
func (n *notice) hide(id int) {
	if id == n.shown {
		n.box.Hide()
	}
}

// fixedHeight is an invisible spacer at least h tall.
func fixedHeight(h float32) fyne.CanvasObject {
	r := canvas.NewRectangle(nil)
	r.SetMinSize(fyne.NewSize(0, h))
	return r
}
