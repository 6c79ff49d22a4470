package walk

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/views/widgets"
)

// tapPresence presses a word of "How present did it feel?" under root and
// checks it then shows as chosen (the screen draws its tap again).
func tapPresence(t *testing.T, c combo, page string, root func() fyne.CanvasObject, word string) {
	t.Helper()
	b := findButton(root(), word)
	if b == nil {
		t.Errorf("%s: no %q to say how present it felt", page, word)
		return
	}
	progress("%s › how present: %s", page, word)
	click(t, b)
	settle()
	var chosen bool
	again := findButton(root(), word)
	onUI(func() {
		if b, ok := again.(*widget.Button); ok {
			chosen = b.Importance == widget.HighImportance
		}
	})
	if !chosen {
		t.Errorf("%s: %q pressed does not show as chosen", page, word)
	}
	checkPage(t, c, page+" presence "+word)
	screenshot(t, fileName(c.String(), pageName(page+" presence", c)))
}

// walkRitualPresence rates the selected shared ritual's last done day.
func walkRitualPresence(t *testing.T, c combo, page string, root func() fyne.CanvasObject) {
	t.Helper()
	tapPresence(t, c, page, root, model.PresenceWords[2])
}

// walkBlockPresence opens a joint block of the week shown that has
// happened, rates it in its dialog and closes the dialog with Escape.
func walkBlockPresence(t *testing.T, c combo, page string, root func() fyne.CanvasObject) {
	t.Helper()
	var at fyne.Position
	var ok bool
	onUI(func() {
		visit(root(), func(o fyne.CanvasObject, _ []fyne.CanvasObject) bool {
			g, isGrid := o.(*widgets.WeekGrid)
			if !isGrid || ok {
				return !ok
			}
			for _, b := range g.Blocks {
				occ := b.Placed.Occurrence
				if occ.Block == nil || occ.Block.Kind != model.KindJoint || model.DateOf(h.session.Service.Now()).Before(occ.Day) {
					continue
				}
				bx, by, _, bh := g.BlockRect(b)
				p := fyne.CurrentApp().Driver().AbsolutePositionForObject(g).Add(fyne.NewPos(bx+6, by+min(bh/2, 10)))
				if inside(p, h.win.Canvas().Size()) {
					at, ok = p, true
					return false
				}
			}
			return true
		})
	})
	if !ok {
		t.Logf("%s: no joint time that happened is in view this week; its dialog's tap is walked another day", page)
		return
	}
	var before fyne.CanvasObject
	onUI(func() { before = topOverlay(h.win.Canvas()) })
	clickAt(t, at, "1")
	settle()
	if !opened(before) {
		t.Errorf("%s: a joint block clicked opened no dialog", page)
		return
	}
	var dlg fyne.CanvasObject
	onUI(func() { dlg = topOverlay(h.win.Canvas()) })
	tapPresence(t, c, page+" block", func() fyne.CanvasObject { return dlg }, model.PresenceWords[4])
	closeDialogs(t, page+" block", before)
}
