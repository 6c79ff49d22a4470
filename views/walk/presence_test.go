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

// walkRitualPresence selects the demo's daily shared ritual and rates its
// last done day.
func walkRitualPresence(t *testing.T, c combo, page string, root func() fyne.CanvasObject) {
	t.Helper()
	const shared = "Morning coffee together"
	var row fyne.CanvasObject
	onUI(func() {
		visit(root(), func(o fyne.CanvasObject, _ []fyne.CanvasObject) bool {
			if l, ok := o.(*widgets.FitLabel); ok && l.Text == shared && row == nil {
				row = l
			}
			return row == nil
		})
	})
	if row == nil {
		t.Errorf("%s: no %q in the list", page, shared)
		return
	}
	click(t, row)
	settle()
	tapPresence(t, c, page, root, model.PresenceWordsIn(nil)[2])
}

// walkBlockPresence opens a joint block that has happened (this week's,
// or last week's when none has yet), rates it in its dialog and closes the
// dialog with Escape.
func walkBlockPresence(t *testing.T, c combo, page string, root func() fyne.CanvasObject) {
	t.Helper()
	at, ok := pastJointBlock(root)
	if !ok {
		var earlier fyne.CanvasObject
		onUI(func() {
			visit(root(), func(o fyne.CanvasObject, _ []fyne.CanvasObject) bool {
				if b, isIcon := o.(*widgets.IconButton); isIcon && b.Name == "Earlier" {
					earlier = b
				}
				return earlier == nil
			})
		})
		if earlier == nil {
			t.Errorf("%s: no Earlier to go to last week", page)
			return
		}
		click(t, earlier)
		settle()
		defer func() { click(t, findButton(root(), "Today")); settle() }()
		at, ok = pastJointBlock(root)
	}
	if !ok {
		t.Errorf("%s: no joint time that happened in this week or the last", page)
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
	tapPresence(t, c, page+" block", func() fyne.CanvasObject { return dlg }, model.PresenceWordsIn(nil)[4])
	closeDialogs(t, page+" block", before)
}

// pastJointBlock is where to click a joint block of the week shown that
// has happened, if one is on screen.
func pastJointBlock(root func() fyne.CanvasObject) (at fyne.Position, ok bool) {
	today := model.DateOf(h.session.Service.Now())
	onUI(func() {
		visit(root(), func(o fyne.CanvasObject, _ []fyne.CanvasObject) bool {
			g, isGrid := o.(*widgets.WeekGrid)
			if !isGrid || ok {
				return !ok
			}
			for _, b := range g.Blocks {
				occ := b.Placed.Occurrence
				if occ.Block == nil || occ.Block.Kind != model.KindJoint || today.Before(occ.Day) {
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
	return at, ok
}
