package walk

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/views/widgets"
)

// walkCharts points at every chart on the page and clicks it, as a person
// would with the mouse: the chart must say the values under the pointer,
// and a click must go somewhere (another tab, or something on the page
// changes). The page is shown again afterwards.
func walkCharts(t *testing.T, c combo, page string, root func() fyne.CanvasObject) {
	t.Helper()
	charts := shownOf[*widgets.Chart](root)
	if !strings.Contains(page, " Board") {
		walkVennPictures(t, c, page, root)
	}
	for k, ch := range charts {
		name := fmt.Sprintf("%s chart %d", page, k+1)
		var n int
		onUI(func() { n = len(ch.Description().Categories) })
		if n == 0 {
			continue // nothing to chart yet
		}
		if !scrollIntoView(ch) {
			t.Errorf("%s: the chart cannot be scrolled into the window", name)
			continue
		}
		progress("%s: point and click", name)
		if said := pointAtChart(t, ch, n-1); said == "" {
			t.Errorf("%s: pointing at the last category says nothing", name)
			continue
		}
		screenshot(t, fileName(c.String(), pageName(page, c), fmt.Sprintf("chart %d pointed", k+1)))
		if !clickChartGoesSomewhere(t, ch, n) {
			t.Errorf("%s: a click on the chart changed nothing", name)
		}
		checkFyneErrors(t, name)
	}
}

// pointAtChart moves the pointer onto category i of the chart and returns
// what the chart then says.
func pointAtChart(t *testing.T, ch *widgets.Chart, i int) string {
	t.Helper()
	at := chartPoint(ch, i)
	moveTo(t, at.SubtractXY(3, 0))
	moveTo(t, at)
	settle()
	var said, want string
	onUI(func() { said, want = ch.Pointed(), ch.Description().Describe(i) })
	if said != want {
		t.Errorf("pointing at category %d of %q says %q, want %q", i, ch.Description().Title, said, want)
	}
	return said
}

// chartPoint is the middle of category i of the chart in the window.
func chartPoint(ch *widgets.Chart, i int) fyne.Position {
	var at fyne.Position
	onUI(func() { at = fyne.CurrentApp().Driver().AbsolutePositionForObject(ch).Add(ch.CategoryCentre(i)) })
	return at
}

// clickChartGoesSomewhere clicks the chart's last category, and its first
// when that changed nothing (the page may show it already), and says
// whether either click took the window elsewhere or changed the page. The
// tabs shown before are selected again afterwards.
func clickChartGoesSomewhere(t *testing.T, ch *widgets.Chart, n int) bool {
	t.Helper()
	tabs := mainTabs()
	inner := innerTabs(tabs)
	var mainAt, innerAt int
	onUI(func() {
		mainAt = tabs.SelectedIndex()
		if inner != nil {
			innerAt = inner.SelectedIndex()
		}
	})
	defer func() {
		onUI(func() {
			tabs.SelectIndex(mainAt)
			if inner != nil {
				inner.SelectIndex(innerAt)
			}
		})
		settle()
	}()
	for _, i := range []int{n - 1, 0} {
		before := windowState(tabs)
		if !scrollIntoView(ch) {
			return false
		}
		clickAt(t, chartPoint(ch, i), "1")
		settle()
		if windowState(tabs) != before {
			return true
		}
	}
	return false
}

// windowState is the selected tab and every text in the window.
func windowState(tabs *container.AppTabs) string {
	var s string
	onUI(func() { s = fmt.Sprint(tabs.SelectedIndex()) + "\n" + strings.Join(textsIn(h.win.Content()), "\n") })
	return s
}

// scrollIntoView scrolls the nearest scroll around o (in the window or a
// dialog) so o is in view, and says whether all of it then lies in the
// window.
func scrollIntoView(o fyne.CanvasObject) bool {
	ok := false
	onUI(func() {
		var scroll *container.Scroll
		for _, r := range roots(h.win.Canvas()) {
			visit(r, func(x fyne.CanvasObject, parents []fyne.CanvasObject) bool {
				if x == o {
					for i := len(parents) - 1; i >= 0 && scroll == nil; i-- {
						scroll, _ = parents[i].(*container.Scroll)
					}
					return false
				}
				return true
			})
		}
		d := fyne.CurrentApp().Driver()
		if scroll != nil {
			y := d.AbsolutePositionForObject(o).Y - d.AbsolutePositionForObject(scroll.Content).Y
			most := max(0, scroll.Content.Size().Height-scroll.Size().Height)
			scroll.ScrollToOffset(fyne.NewPos(scroll.Offset.X, min(max(0, y-8), most)))
		}
	})
	settle()
	onUI(func() {
		d := fyne.CurrentApp().Driver()
		p, s, w := d.AbsolutePositionForObject(o), o.Size(), h.win.Canvas().Size()
		ok = p.X >= 0 && p.Y >= 0 && p.X+s.Width <= w.Width+1 && p.Y+s.Height <= w.Height+1
	})
	return ok
}

// walkVennPictures points at each part of every living Venn on the page and
// clicks one partner's part: the picture must say the part's numbers, and
// the click must open the board on that partner's goals. The board's
// filter and the page are set back afterwards.
func walkVennPictures(t *testing.T, c combo, page string, root func() fyne.CanvasObject) {
	t.Helper()
	pics := shownOf[*widgets.VennPicture](root)
	for k, pic := range pics {
		name := fmt.Sprintf("%s living Venn %d", page, k+1)
		if !scrollIntoView(pic) {
			t.Errorf("%s: the picture cannot be scrolled into the window", name)
			continue
		}
		progress("%s: point and click", name)
		at, ok := vennPoint(pic, widgets.VennOnlyA)
		if !ok {
			continue // an empty picture: nothing planned yet
		}
		moveTo(t, at.SubtractXY(2, 0))
		moveTo(t, at)
		settle()
		var caption string
		onUI(func() { caption = pic.Caption() })
		if !strings.Contains(caption, "'s own") {
			t.Errorf("%s: pointing at the first partner's part says %q", name, caption)
		}
		tabs := mainTabs()
		inner := innerTabs(tabs)
		var mainAt, innerAt int
		onUI(func() {
			mainAt = tabs.SelectedIndex()
			if inner != nil {
				innerAt = inner.SelectedIndex()
			}
		})
		clickAt(t, at, "1")
		var board, filter string
		onUI(func() { board, filter = tabs.Selected().Text, boardFilter(tabs) })
		if board != "Board" || filter == "Everyone" {
			t.Errorf("%s: a click on a partner's part shows %q filtered to %q, not the board on their goals", name, board, filter)
		}
		onUI(func() {
			setBoardFilter(tabs, "Everyone")
			tabs.SelectIndex(mainAt)
			if inner != nil {
				inner.SelectIndex(innerAt)
			}
		})
		settle()
		checkFyneErrors(t, name)
	}
}

// vennPoint is a point of the picture's region in the window.
func vennPoint(pic *widgets.VennPicture, region int) (fyne.Position, bool) {
	var at fyne.Position
	var ok bool
	onUI(func() {
		at, ok = pic.PointIn(region)
		at = fyne.CurrentApp().Driver().AbsolutePositionForObject(pic).Add(at)
	})
	return at, ok
}

// boardSelect is the board's owner filter: the select offering "Everyone".
func boardSelect(tabs *container.AppTabs) *widget.Select {
	var sel *widget.Select
	visit(tabs.Items[1].Content, func(o fyne.CanvasObject, _ []fyne.CanvasObject) bool {
		if s, ok := o.(*widget.Select); ok && sel == nil && len(s.Options) > 0 && s.Options[0] == "Everyone" {
			sel = s
		}
		return sel == nil
	})
	return sel
}

// boardFilter is whose goals the board shows (call on the UI goroutine).
func boardFilter(tabs *container.AppTabs) string {
	if s := boardSelect(tabs); s != nil {
		return s.Selected
	}
	return ""
}

// setBoardFilter chooses whose goals the board shows (on the UI goroutine).
func setBoardFilter(tabs *container.AppTabs, owner string) {
	if s := boardSelect(tabs); s != nil {
		s.SetSelected(owner)
	}
}

// shownOf is every object of type T shown on the page.
func shownOf[T fyne.CanvasObject](root func() fyne.CanvasObject) []T {
	var out []T
	onUI(func() {
		visit(root(), func(o fyne.CanvasObject, parents []fyne.CanvasObject) bool {
			if x, ok := o.(T); ok && shownWithParents(x, parents) {
				out = append(out, x)
			}
			return true
		})
	})
	return out
}

// checkChartKeys gives the Resources screen's weekly chart the keyboard:
// it starts at the latest week, Left says the week before, and Enter
// opens the calendar at that week.
func checkChartKeys(t *testing.T) {
	tabs := mainTabs()
	resources := -1
	for i, title := range tabTitles(tabs) {
		if title == "Resources" {
			resources = i
		}
	}
	clickTab(t, tabs, resources)
	charts := shownOf[*widgets.Chart](func() fyne.CanvasObject { return tabs.Items[resources].Content })
	if len(charts) < 2 {
		t.Fatalf("Resources shows %d charts", len(charts))
	}
	weekly := charts[1]
	var n int
	onUI(func() {
		n = len(weekly.Description().Categories)
		h.win.Canvas().Focus(weekly)
	})
	key(t, "Left")
	var said, want string
	onUI(func() { said, want = weekly.Pointed(), weekly.Description().Describe(n-2) })
	if said != want {
		t.Fatalf("Left on the weekly chart says %q, want %q", said, want)
	}
	key(t, "Return")
	var shown string
	onUI(func() { shown = tabs.Selected().Text })
	if shown != "Calendar" {
		t.Fatalf("Enter on a week of the chart shows %q, not the calendar", shown)
	}
}
