package walk

import (
	"context"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/views/widgets"
)

// combo is one way of looking at the window: a theme and a size. In the
// combos marked press, every control on every screen is pressed too.
type combo struct {
	theme string // the Settings → Appearance choice
	size  fyne.Size
	press bool
}

func (c combo) String() string {
	return fmt.Sprintf("%s-%dx%d", strings.ToLower(c.theme), int(c.size.Width), int(c.size.Height))
}

// Every control is pressed once, in the smallest window (where a dialog
// is likeliest not to fit); the other combos visit every page and check
// it in their theme and size. (The light theme at the large size gave way
// to the walk in German and Arabic, to keep the walk's time.)
var combos = []combo{
	{"Light", fyne.NewSize(1024, 640), true},
	{"Dark", fyne.NewSize(1600, 1000), false},
	{"Dark", fyne.NewSize(1024, 640), false},
}

// TestRealWindow walks the whole window. The parts run in order: the keys
// and Quit come last because Ctrl+Q ends the app.
func TestRealWindow(t *testing.T) {
	for _, c := range combos {
		t.Run(c.String(), func(t *testing.T) { walkScreens(t, c) })
	}
	t.Run("keyboard only", testKeyboardOnly)
	t.Run("text at 150 %", testLargeText)
	t.Run("in German and Arabic", testLanguages)
	t.Run("menus", testMenus)
	t.Run("getting help", testGettingHelp)
	t.Run("keys", testKeys)
	t.Run("board mouse", testBoardMouse)
	t.Run("tray", testTray)
	t.Run("quit", testQuit)
}

// walkScreens visits every tab and inner tab in one combo: a screenshot of
// each, the checks every page must pass, and (when c.press) every control.
func walkScreens(t *testing.T, c combo) {
	setAppearance(t, c.theme)
	resize(t, c.size)
	tabs := mainTabs()
	for i, title := range tabTitles(tabs) {
		clickTab(t, tabs, i)
		page := c.String() + " " + title
		inner := innerTabs(tabs)
		if inner == nil {
			visitPage(t, c, page, func() fyne.CanvasObject { return tabs.Items[i].Content })
			continue
		}
		for j, sub := range tabTitles(inner) {
			clickTab(t, inner, j)
			visitPage(t, c, page+" › "+sub, func() fyne.CanvasObject { return inner.Items[j].Content })
		}
	}
}

// visitPage checks one page and, in a press combo, presses its controls.
func visitPage(t *testing.T, c combo, page string, root func() fyne.CanvasObject) {
	t.Helper()
	progress("%s", page)
	checkPage(t, c, page)
	screenshot(t, fileName(c.String(), pageName(page, c)))
	if strings.HasSuffix(page, "Sessions › Session") {
		walkSessionSteps(t, c, page, root)
		return
	}
	if pageName(page, c) == "Board" && c.size.Width == 1024 {
		walkBoardAtItsSmallest(t, page, root)
	}
	if c.press && pageName(page, c) == "Board" {
		walkStepDoer(t, c, page)
	}
	if strings.HasSuffix(page, " Calendar") {
		walkCalendarFold(t, c, page, root)
	}
	if c.press && strings.HasSuffix(page, " Rituals") {
		walkRitualFormError(t, c, page, root)
		walkRitualPresence(t, c, page, root)
	}
	if c.press && strings.HasSuffix(page, " Calendar") {
		walkBlockPresence(t, c, page, root)
	}
	if c.press && strings.HasSuffix(page, "Check-ins › My people") {
		walkPeople(t, c, page, root)
	}
	if c.press && strings.HasSuffix(page, "Check-ins › Memories") {
		walkMemories(t, c, page, root)
	}
	if c.press && strings.HasSuffix(page, "Check-ins › Between us") && !requestsWalked {
		requestsWalked = true // the answers change the data: the first combo that presses gives them all
		walkArrivingRequest(t, page, root)
		walkRequests(t, c, page, root)
	}
	// Charts are pointed at and clicked once in light and once in dark.
	if c.press || (c.theme == "Dark" && c.size.Width >= 1600) {
		walkCharts(t, c, page, root)
	}
	if c.press {
		pressAll(t, c, page, root, nil)
	}
}

// requestsWalked is set once walkRequests ran in this run.
var requestsWalked bool

// requestActions are the buttons a request offers, in the order the walk
// presses them: each answer changes the request, so pressing them in the
// page's order would leave some unpressed.
var requestActions = []string{"Counter-propose…", "Accept the counter-proposal", "Let's talk", "Keep as agreement",
	"Make it a ritual", "Add to calendar", "Agree"}

// walkRequests presses every answer a request can get, each at least once,
// agreeing to another request whenever the next action needs an agreed
// one (the demo has requests in every state).
func walkRequests(t *testing.T, c combo, page string, root func() fyne.CanvasObject) {
	t.Helper()
	pressed := map[string]bool{}
	for range 2 * len(requestActions) {
		next := ""
		for _, label := range requestActions {
			if !pressed[label] && findButton(root(), label) != nil {
				next = label
				break
			}
		}
		if next == "" && findButton(root(), "Agree") != nil && len(pressed) < len(requestActions) {
			next = "Agree" // agree to one more, to have something to turn into a block or a ritual
		}
		if next == "" {
			break
		}
		pressed[next] = true
		press(t, c, page, findButton(root(), next))
	}
	for _, label := range requestActions {
		if !pressed[label] {
			t.Errorf("%s: the walk never met a request offering %q", page, label)
		}
	}
}

// walkArrivingRequest has the other partner ask while the page is open, as
// a sync would bring it, and checks the request shows in full at once: its
// words and the buttons to answer it inside the card that holds it, not
// cut off under the card's old size.
func walkArrivingRequest(t *testing.T, page string, root func() fyne.CanvasObject) {
	t.Helper()
	ctx := context.Background()
	svc := h.session.Service
	_, partners, err := svc.Household(ctx)
	if err != nil {
		t.Fatal(err)
	}
	set, _ := svc.SyncSettings(ctx)
	from := partners[1]
	if set.PartnerID == from.ID {
		from = partners[0]
	}
	const need = "Une soirée à moi chaque semaine 🌙"
	progress("%s: a request arrives", page)
	// A proposal long enough to wrap: the request is taller than the one
	// it pushes out of the list, so the list must grow to show it.
	const proposal = "Thursdays, and we cook together on Fridays — and on the first Sunday of the month we visit your parents, " +
		"so nobody waits for the other and nobody is left out"
	if _, err := svc.MakeRequest(ctx, from.ID, need, proposal); err != nil {
		t.Fatal(err)
	}
	settle()
	settle()
	var problem string
	found := false
	onUI(func() {
		visit(root(), func(o fyne.CanvasObject, parents []fyne.CanvasObject) bool {
			if l, ok := o.(*widget.Label); ok && strings.Contains(l.Text, need) {
				found = true
			}
			// Every line and button of the requests' card lies inside it.
			switch x := o.(type) {
			case *widget.Label, *widget.Button:
				if problem == "" && inRequestsCard(parents) && shownWithParents(x, parents) {
					if why := squeezed(x); why != "" {
						problem = fmt.Sprintf("%q: %s", labelOf(x), why)
					} else if why := clippedBy(x, parents); why != "" {
						problem = fmt.Sprintf("%q: %s", labelOf(x), why)
					}
				}
			}
			return true
		})
	})
	if !found {
		t.Fatalf("%s: the request that arrived is not shown", page)
	}
	if problem != "" {
		screenshot(t, fileName("arriving-request-cut-off"))
		t.Fatalf("%s: the request that arrived is cut off: %s", page, problem)
	}
}

// inRequestsCard reports whether an object is inside the requests' card.
func inRequestsCard(parents []fyne.CanvasObject) bool {
	for _, p := range parents {
		if c, ok := p.(*widget.Card); ok && c.Title == "Needs and requests" {
			return true
		}
	}
	return false
}

// labelOf is a label's or a button's text.
func labelOf(o fyne.CanvasObject) string {
	switch x := o.(type) {
	case *widget.Label:
		return x.Text
	case *widget.Button:
		return x.Text
	}
	return fmt.Sprintf("%T", o)
}

// clippedBy says which container (up to the nearest scroll) does not hold
// all of o within its bounds, or "".
func clippedBy(o fyne.CanvasObject, parents []fyne.CanvasObject) string {
	d := fyne.CurrentApp().Driver()
	pos := d.AbsolutePositionForObject(o)
	end := pos.Add(fyne.NewPos(o.Size().Width, o.Size().Height))
	for i := len(parents) - 1; i >= 0; i-- {
		p := parents[i]
		if _, isScroll := p.(*container.Scroll); isScroll {
			return ""
		}
		ppos := d.AbsolutePositionForObject(p)
		pend := ppos.Add(fyne.NewPos(p.Size().Width, p.Size().Height))
		if end.Y > pend.Y+1 || end.X > pend.X+1 {
			return fmt.Sprintf("%T at %v…%v holds it only to %v", p, ppos, pend, end)
		}
	}
	return ""
}

// shownWithParents reports whether o and everything around it is visible.
func shownWithParents(o fyne.CanvasObject, parents []fyne.CanvasObject) bool {
	for _, p := range append(parents, o) {
		if !p.Visible() {
			return false
		}
	}
	return true
}

// squeezed says how a shown object is drawn smaller than it needs, as a
// line or button added to a container that was not laid out again is
// (nothing at all, at its corner).
func squeezed(o fyne.CanvasObject) string {
	size, need := o.Size(), o.MinSize()
	if size.Width < 1 || size.Height < need.Height-1 {
		return fmt.Sprintf("drawn %.0f×%.0f, it needs %.0f×%.0f", size.Width, size.Height, need.Width, need.Height)
	}
	return ""
}

// pageName is a page's name without the combo.
func pageName(page string, c combo) string {
	return strings.TrimPrefix(page, c.String()+" ")
}

// checkPage is what every page must pass: the window keeps the size asked
// for (the content fits), no object has two parents, Fyne logged nothing.
func checkPage(t *testing.T, c combo, page string) {
	t.Helper()
	if got := canvasSize(); got.Width > c.size.Width+1 || got.Height > c.size.Height+1 {
		var why string
		onUI(func() { why = widest(h.win.Content(), c.size) })
		t.Errorf("%s: the window is %v, bigger than the %v asked for: its content does not fit.\n%s", page, got, c.size, why)
	}
	var needs, has fyne.Size
	onUI(func() { needs, has = framedSize() })
	if needs.Width > has.Width+1 || needs.Height > has.Height+1 {
		progress("%s scrolls: it needs %.0f×%.0f of the %.0f×%.0f it has", page, needs.Width, needs.Height, has.Width, has.Height)
	}
	var problems []string
	onUI(func() { problems = twoParents(h.win.Canvas()) })
	for _, p := range problems {
		t.Errorf("%s: %s", page, p)
	}
	checkFyneErrors(t, page)
}

// framedSize is what the screens need and the room they have, when a
// large text size puts them in a scroll (zero otherwise).
func framedSize() (needs, has fyne.Size) {
	if stack, ok := h.win.Content().(*fyne.Container); ok && len(stack.Objects) > 0 {
		if scroll, ok := stack.Objects[0].(*container.Scroll); ok {
			return scroll.Content.MinSize(), scroll.Size()
		}
	}
	return fyne.Size{}, fyne.Size{}
}

// walkSessionSteps goes through the eight steps of a session with Next,
// checking and pressing each, then back to the first with Back.
func walkSessionSteps(t *testing.T, c combo, page string, root func() fyne.CanvasObject) {
	for range 8 {
		if b := findButton(root(), "Back"); b == nil {
			break
		}
		press(t, c, page, findButton(root(), "Back"))
	}
	for step := 1; ; step++ {
		name := fmt.Sprintf("%s step %d", page, step)
		checkPage(t, c, name)
		screenshot(t, fileName(c.String(), pageName(name, c)))
		var empty bool
		onUI(func() { empty = !hasContentBelowBar(root()) })
		if empty {
			t.Errorf("%s shows an empty page", name)
		}
		if c.press {
			pressAll(t, c, name, root, []string{"Next", "Back"})
		}
		next := findButton(root(), "Next")
		if next == nil || step > 8 {
			if step != 8 {
				t.Errorf("%s: the session has %d steps, want 8", page, step)
			}
			break
		}
		press(t, c, name, next)
	}
}

// hasContentBelowBar reports whether a session step draws anything but
// its bar: a step with one widget in two parents showed nothing at all.
func hasContentBelowBar(root fyne.CanvasObject) bool {
	border, ok := root.(*fyne.Container)
	if !ok {
		return true
	}
	for _, o := range border.Objects {
		if stack, ok := o.(*fyne.Container); ok && o.Visible() && len(stack.Objects) > 0 {
			body := stack.Objects[0]
			if body.Visible() && body.Size().Height > 20 && len(textsIn(body)) > 0 {
				return true
			}
		}
	}
	return false
}

// --- finding the tabs ---

// mainTabs is the window's tab container, the first one in the tree.
func mainTabs() *container.AppTabs {
	var tabs *container.AppTabs
	onUI(func() {
		visit(h.win.Content(), func(o fyne.CanvasObject, _ []fyne.CanvasObject) bool {
			if x, ok := o.(*container.AppTabs); ok && tabs == nil {
				tabs = x
			}
			return tabs == nil
		})
	})
	return tabs
}

func tabTitles(tabs *container.AppTabs) []string {
	var out []string
	onUI(func() {
		for _, item := range tabs.Items {
			out = append(out, item.Text)
		}
	})
	return out
}

// innerTabs is the tab container inside the selected tab, if there is one.
func innerTabs(tabs *container.AppTabs) *container.AppTabs {
	var inner *container.AppTabs
	onUI(func() {
		visit(tabs.Selected().Content, func(o fyne.CanvasObject, _ []fyne.CanvasObject) bool {
			if x, ok := o.(*container.AppTabs); ok && inner == nil {
				inner = x
				return false
			}
			return inner == nil
		})
	})
	return inner
}

// clickTab clicks tab i's button in the tab bar, as a person would.
func clickTab(t *testing.T, tabs *container.AppTabs, i int) {
	t.Helper()
	var buttons []fyne.CanvasObject
	var window fyne.Size
	onUI(func() {
		window = h.win.Canvas().Size()
		bar := children(tabs)[0]
		visit(bar, func(o fyne.CanvasObject, _ []fyne.CanvasObject) bool {
			if _, ok := o.(fyne.Tappable); ok {
				buttons = append(buttons, o)
				return false
			}
			return true
		})
	})
	if i >= len(buttons) {
		t.Fatalf("tab %d has no button in the tab bar (%d buttons)", i, len(buttons))
	}
	var pos fyne.Position
	var ok bool
	onUI(func() { pos, ok = visibleCentre(buttons[i], nil, window) })
	if !ok {
		t.Fatalf("tab %d's button is off screen", i)
	}
	clickAt(t, pos, "1")
	var got int
	onUI(func() { got = tabs.SelectedIndex() })
	if got != i {
		t.Fatalf("clicking tab %d (at %v in a %v window) selected tab %d", i, pos, window, got)
	}
}

// --- pressing controls ---

// control is something on a page a person can press.
type control struct {
	obj     fyne.CanvasObject
	parents []fyne.CanvasObject
}

// controls lists the page's pressable objects in drawing order. Only the
// selected inner tab is searched, and neither text fields nor the
// appearance choice (each combo sets it) are pressed.
func controls(root fyne.CanvasObject) []control {
	var out []control
	cards := 0
	visit(root, func(o fyne.CanvasObject, parents []fyne.CanvasObject) bool {
		switch x := o.(type) {
		case *container.AppTabs:
			return false // inner tabs are visited as pages of their own
		case *widget.Button:
			if !x.Disabled() {
				out = append(out, control{o, parents})
			}
			return false
		case *widgets.IconButton:
			if !x.Disabled() {
				out = append(out, control{o, parents})
			}
			return false
		case *widget.Check:
			if !x.Disabled() {
				out = append(out, control{o, parents})
			}
			return false
		case *widget.Select:
			if !x.Disabled() {
				out = append(out, control{o, parents})
			}
			return false
		case *widget.RadioGroup:
			if !x.Disabled() && !slices.Contains(x.Options, "Dark") && !slices.Contains(x.Options, "150 %") {
				out = append(out, control{o, parents})
			}
			return false
		case *widget.List:
			// The first row stands for all of them.
			visit(x, func(item fyne.CanvasObject, ps []fyne.CanvasObject) bool {
				if reflect.TypeOf(item).String() == "*widget.listItem" {
					out = append(out, control{item, append(append(parents[:len(parents):len(parents)], o), ps...)})
					return false
				}
				return true
			})
			return true
		case *widgets.GoalCard:
			if cards == 0 && x.Goal.ID != "" {
				out = append(out, control{o, parents})
			}
			cards++
			return false
		case *widgets.WeekGrid, *widgets.TimelineMap, *widgets.VennPicture, *widgets.ClosenessScale, *widgets.DayMarks, *widgets.MiniMonth, *widgets.ColorChoice:
			out = append(out, control{o, parents})
			return false
		case interface{ SetPlaceHolder(string) }:
			return false // text fields: typed into by the key tests
		}
		return true
	})
	return out
}

// pressAll presses every control of a page once, looking again after each
// press (a press may change what the page shows, or redraw it with new
// objects: a control is known by its kind, its words and how many alike
// come before it). Of controls alike — one per row of a list, say — the
// first two stand for the rest. skip names buttons not to press here.
func pressAll(t *testing.T, c combo, page string, root func() fyne.CanvasObject, skip []string) {
	t.Helper()
	pressed := map[string]bool{}
	for range 300 {
		var next fyne.CanvasObject
		var id string
		onUI(func() {
			seen := map[string]int{}
			for _, ctl := range controls(root()) {
				d := describe(ctl.obj)
				seen[d]++
				key := fmt.Sprintf("%s#%d", d, seen[d])
				if pressed[key] || seen[d] > 2 || slices.Contains(skip, label(ctl.obj)) {
					continue
				}
				next, id = ctl.obj, key
				return
			}
		})
		if next == nil {
			return
		}
		pressed[id] = true
		press(t, c, page, next)
	}
	t.Errorf("%s: more than 300 controls; the walk stopped", page)
}

// press presses one control as a person would, then handles what it
// opened: a dialog is looked into and closed with Escape, a drop-down
// list closed with Escape, a check or radio choice set back.
func press(t *testing.T, c combo, page string, o fyne.CanvasObject) {
	t.Helper()
	if o == nil {
		t.Fatalf("%s: nothing to press", page)
	}
	tabs := mainTabs()
	var tab int
	var before fyne.CanvasObject
	var what string
	onUI(func() {
		tab = tabs.SelectedIndex()
		before = topOverlay(h.win.Canvas())
		what = describe(o)
	})
	progress("%s › press %s", page, what)
	switch x := o.(type) {
	case *widget.Check:
		click(t, o)
		afterPress(t, c, page, what, before)
		click(t, o)
		afterPress(t, c, page, what, before)
	case *widget.Select:
		click(t, o)
		var popup fyne.CanvasObject
		onUI(func() { popup = topOverlay(h.win.Canvas()) })
		if popup == before {
			t.Errorf("%s: %s did not open its list", page, what)
			return
		}
		key(t, "Escape")
		onUI(func() { popup = topOverlay(h.win.Canvas()) })
		if popup != before {
			t.Errorf("%s: Escape did not close the list of %s", page, what)
			onUI(func() { popup.Hide() })
		}
	case *widget.RadioGroup:
		var was string
		var items []fyne.CanvasObject
		onUI(func() {
			was = x.Selected
			visit(x, func(item fyne.CanvasObject, _ []fyne.CanvasObject) bool {
				if _, ok := item.(fyne.Tappable); ok && item != o {
					items = append(items, item)
					return false
				}
				return true
			})
		})
		for _, item := range items {
			click(t, item)
			afterPress(t, c, page, what, before)
			if c.press {
				// A choice can change the whole page (the month view…).
				option := reflect.ValueOf(item).Elem().FieldByName("Label")
				if option.IsValid() {
					screenshot(t, fileName(c.String(), pageName(page, c), option.String()))
				}
			}
		}
		onUI(func() { x.SetSelected(was) })
	case *widgets.WeekGrid:
		var at fyne.Position
		var ok bool
		onUI(func() {
			for _, b := range x.Blocks {
				bx, by, _, bh := x.BlockRect(b)
				p := fyne.CurrentApp().Driver().AbsolutePositionForObject(x).Add(fyne.NewPos(bx+6, by+min(bh/2, 10)))
				if inside(p, h.win.Canvas().Size()) {
					at, ok = p, true
					return
				}
			}
		})
		if ok {
			clickAt(t, at, "1")
			afterPress(t, c, page, what+" (a block)", before)
		}
	case *widgets.TimelineMap:
		var at fyne.Position
		var ok bool
		onUI(func() {
			for _, b := range x.Bars {
				bx, by, bw, bh := x.BarRect(b)
				if bw < 24 {
					continue
				}
				p := fyne.CurrentApp().Driver().AbsolutePositionForObject(x).Add(fyne.NewPos(bx+bw/2, by+bh/2))
				if inside(p, h.win.Canvas().Size()) {
					at, ok = p, true
					return
				}
			}
		})
		if ok {
			clickAt(t, at, "1")
			afterPress(t, c, page, what+" (a bar)", before)
		}
	case *widgets.GoalCard:
		click(t, o)
		time.Sleep(350 * time.Millisecond) // past the double-click time
		afterPress(t, c, page, what, before)
	case *widgets.VennPicture:
		// The overlap, clicked, says what the couple shares.
		var at fyne.Position
		var ok bool
		onUI(func() {
			// The middle of the overlap along a row across the circles.
			size := x.Size()
			var xs []float32
			for dx := float32(1); dx < size.Width; dx++ {
				if x.RegionAt(fyne.NewPos(dx, size.Height*0.4)) == widgets.VennTogether {
					xs = append(xs, dx)
				}
			}
			if len(xs) > 0 {
				at = fyne.CurrentApp().Driver().AbsolutePositionForObject(x).Add(fyne.NewPos(xs[len(xs)/2], size.Height*0.4))
				ok = inside(at, h.win.Canvas().Size())
			}
		})
		if ok {
			clickAt(t, at, "1")
			afterPress(t, c, page, what+" (the overlap)", before)
			var caption string
			onUI(func() { caption = x.Caption() })
			if !strings.HasPrefix(caption, "Together: ") {
				t.Errorf("%s: clicking the Venn's overlap says %q", page, caption)
			}
		}
	case *widgets.MiniMonth:
		// A day of the month's fourth row opens its week.
		var at fyne.Position
		var ok bool
		var want model.Date
		onUI(func() {
			want = x.DayAt(3, 2)
			at = fyne.CurrentApp().Driver().AbsolutePositionForObject(x).Add(fyne.NewPos(2.5*x.Size().Width/7, 4.5*x.Size().Height/7))
			ok = inside(at, h.win.Canvas().Size())
		})
		if ok {
			clickAt(t, at, "1")
			afterPress(t, c, page, what+" (a day)", before)
			var shown model.Date
			onUI(func() { shown = x.Shown })
			if shown.IsZero() || want.Before(shown) || !want.Before(shown.AddDays(7)) {
				t.Errorf("%s: clicking %v in the mini-month shows the week of %v", page, want, shown)
			}
		}
	case *widgets.DayMarks:
		// Today's mark, clicked, toggles it done; right-clicked, it asks
		// why the day is skipped (the dialog is closed with Escape).
		var at fyne.Position
		var ok bool
		var was string
		onUI(func() {
			was = x.Words()
			at = fyne.CurrentApp().Driver().AbsolutePositionForObject(x).Add(fyne.NewPos(x.Size().Width-12, x.Size().Height*0.7))
			ok = inside(at, h.win.Canvas().Size())
		})
		if ok {
			clickAt(t, at, "1")
			afterPress(t, c, page, what+" (today)", before)
			var now string
			onUI(func() { now = x.Words() })
			if now == was {
				t.Errorf("%s: clicking today's mark left %q", page, now)
			}
			onUI(func() { before = topOverlay(h.win.Canvas()) })
			clickAt(t, at, "3")
			afterPress(t, c, page, what+" (skip today)", before)
		}
	case *widgets.ClosenessScale:
		var at fyne.Position
		var ok bool
		var was int
		onUI(func() {
			was = x.Selected
			k := 2
			if was == 2 {
				k = 3
			}
			w := x.Size().Width / model.ClosenessSteps
			at = fyne.CurrentApp().Driver().AbsolutePositionForObject(x).Add(fyne.NewPos(w*(float32(k)-0.5), x.Size().Height/2))
			ok = inside(at, h.win.Canvas().Size())
		})
		if ok {
			clickAt(t, at, "1")
			afterPress(t, c, page, what, before)
			var now int
			onUI(func() { now = x.Selected })
			if now == was || now == 0 {
				t.Errorf("%s: clicking a closeness picture left the choice at %d", page, now)
			}
		}
	case *widgets.ColorChoice:
		pressColorChoice(t, c, page, what, before, x)
	default:
		click(t, o)
		afterPress(t, c, page, what, before)
	}
	// A press may switch tabs (a day in the month opens its week…): go back.
	var now int
	onUI(func() { now = tabs.SelectedIndex() })
	if now != tab {
		clickTab(t, tabs, tab)
	}
}

func inside(p fyne.Position, s fyne.Size) bool {
	return p.X > 0 && p.Y > 0 && p.X < s.Width && p.Y < s.Height
}

// opened reports whether a dialog or menu opened since before was on top.
func opened(before fyne.CanvasObject) bool {
	var top fyne.CanvasObject
	onUI(func() { top = topOverlay(h.win.Canvas()) })
	return top != nil && top != before
}

// click clicks the centre of o with the mouse if it is on screen, or taps
// it in code if it is scrolled out of view.
func click(t *testing.T, o fyne.CanvasObject) {
	t.Helper()
	var pos fyne.Position
	var ok bool
	onUI(func() {
		var parents []fyne.CanvasObject
		found := false
		find := func(match func(x fyne.CanvasObject) bool) {
			for _, r := range roots(h.win.Canvas()) {
				visit(r, func(x fyne.CanvasObject, ps []fyne.CanvasObject) bool {
					if !found && match(x) {
						found, parents, o = true, ps, x
					}
					return !found
				})
			}
		}
		find(func(x fyne.CanvasObject) bool { return x == o })
		if !found {
			// The screen was redrawn since o was found (a check set back
			// after its change redrew the page): its position would be its
			// old parent's, somewhere else on the screen. Click the control
			// that took its place instead.
			kind, what := reflect.TypeOf(o), describe(o)
			find(func(x fyne.CanvasObject) bool { return reflect.TypeOf(x) == kind && describe(x) == what })
		}
		if !found {
			return
		}
		pos, ok = visibleCentre(o, parents, h.win.Canvas().Size())
	})
	if ok {
		waitForNoticeAway(o, pos)
		clickAt(t, pos, "1")
		return
	}
	tappable, isTappable := o.(fyne.Tappable)
	if !isTappable {
		return
	}
	onUI(func() { test.Tap(tappable) })
	settle()
}

// afterPress checks the window after a press and closes what it opened.
func afterPress(t *testing.T, c combo, page, what string, before fyne.CanvasObject) {
	t.Helper()
	var problems []string
	onUI(func() { problems = twoParents(h.win.Canvas()) })
	for _, p := range problems {
		t.Errorf("%s, after pressing %s: %s", page, what, p)
	}
	checkFyneErrors(t, page+" › "+what)
	if opened(before) {
		handleDialog(t, c, page+" › "+what, before, 1)
	} else if strings.HasSuffix(strings.Trim(what, `"`), "…") && !strings.HasPrefix(what, "*widget.Select") {
		t.Errorf("%s: %s promises a dialog (…) but none opened", page, what)
		screenshot(t, fileName(c.String(), "no-dialog", page, what))
	}
}

// handleDialog looks at the dialog on top: a screenshot, the checks, its
// own "…" buttons pressed (each opens another dialog), then Escape, which
// must close it.
func handleDialog(t *testing.T, c combo, where string, below fyne.CanvasObject, depth int) {
	t.Helper()
	var top fyne.CanvasObject
	var title string
	onUI(func() {
		top = topOverlay(h.win.Canvas())
		title = dialogTitle(top)
	})
	progress("%s › dialog %q", where, title)
	if c.press && c.theme == "Light" {
		screenshot(t, fileName(c.String(), "dialog", title))
	}
	if depth < 3 {
		pressed := map[fyne.CanvasObject]bool{}
		for range 20 {
			var next fyne.CanvasObject
			onUI(func() {
				if !slices.Contains(h.win.Canvas().Overlays().List(), top) || topOverlay(h.win.Canvas()) != top {
					return
				}
				for _, ctl := range controls(top) {
					b, ok := ctl.obj.(*widget.Button)
					if ok && strings.HasSuffix(b.Text, "…") && !pressed[b] {
						next = b
						return
					}
				}
			})
			if next == nil {
				break
			}
			pressed[next] = true
			var text string
			onUI(func() { text = next.(*widget.Button).Text })
			progress("%s › dialog %q › press %q", where, title, text)
			click(t, next)
			if opened(top) {
				handleDialog(t, c, where+" › "+text, top, depth+1)
			}
		}
	}
	closeDialogs(t, where, below)
}

// closeDialogs presses Escape until the overlay on top is below again.
func closeDialogs(t *testing.T, where string, below fyne.CanvasObject) {
	t.Helper()
	for range 4 {
		var top fyne.CanvasObject
		var title string
		var focusedEntry bool
		onUI(func() {
			top = topOverlay(h.win.Canvas())
			title = dialogTitle(top)
			_, focusedEntry = h.win.Canvas().Focused().(*widget.Entry)
		})
		if top == nil || top == below {
			return
		}
		key(t, "Escape")
		if !opened(below) {
			return
		}
		var still bool
		onUI(func() { still = topOverlay(h.win.Canvas()) == top })
		if !still {
			continue
		}
		if focusedEntry && isFileDialog(top) {
			// A file dialog's own name field keeps Escape to itself: press
			// its Cancel button, as a person would.
			progress("%s › %q: Cancel (its name field has the keys)", where, title)
			click(t, findButton(top, "Cancel"))
			continue
		}
		t.Errorf("%s: Escape did not close the dialog %q", where, title)
		if b := findAnyButton(top, "Cancel", "Close", "No", "OK", "Done", "Stop"); b != nil {
			click(t, b)
		} else {
			onUI(func() { top.Hide() })
		}
	}
	t.Errorf("%s: dialogs stay open", where)
}

// dialogTitle is a dialog's title: Fyne puts it, a bold label, last in
// the dialog's own container. Other pop-ups are named by their first bold
// label, or their type.
func dialogTitle(o fyne.CanvasObject) string {
	if o == nil {
		return ""
	}
	title := ""
	visit(o, func(x fyne.CanvasObject, _ []fyne.CanvasObject) bool {
		if c, ok := x.(*fyne.Container); ok && len(c.Objects) == 5 {
			if l, ok := c.Objects[4].(*widget.Label); ok && l.TextStyle.Bold {
				title = l.Text
			}
		}
		return title == ""
	})
	if title == "" {
		visit(o, func(x fyne.CanvasObject, _ []fyne.CanvasObject) bool {
			if l, ok := x.(*widget.Label); ok && title == "" && l.TextStyle.Bold && l.Text != "" {
				title = l.Text
			}
			return title == ""
		})
	}
	if title == "" {
		if isFileDialog(o) {
			return "file dialog"
		}
		return reflect.TypeOf(o).String()
	}
	return title
}

// isFileDialog reports whether an overlay is one of Fyne's file pickers.
func isFileDialog(o fyne.CanvasObject) bool {
	found := false
	visit(o, func(x fyne.CanvasObject, _ []fyne.CanvasObject) bool {
		if strings.Contains(reflect.TypeOf(x).String(), "fileDialogItem") || strings.Contains(reflect.TypeOf(x).String(), "breadcrumb") {
			found = true
		}
		if b, ok := x.(*widget.Button); ok && b.Icon != nil {
			name := strings.ToLower(b.Icon.Name())
			if strings.Contains(name, "folder") && strings.Contains(name, "new") {
				found = true
			}
		}
		return !found
	})
	return found
}

// findButton is the visible button with the text under root.
func findButton(root fyne.CanvasObject, text string) fyne.CanvasObject {
	var found fyne.CanvasObject
	onUI(func() {
		visit(root, func(o fyne.CanvasObject, _ []fyne.CanvasObject) bool {
			if b, ok := o.(*widget.Button); ok && b.Text == text && found == nil {
				found = b
			}
			return found == nil
		})
	})
	return found
}

func findAnyButton(root fyne.CanvasObject, texts ...string) fyne.CanvasObject {
	for _, text := range texts {
		if b := findButton(root, text); b != nil {
			return b
		}
	}
	return nil
}

// pressColorChoice clicks a colour other than the chosen one, expects it
// chosen, and sets the choice back (as a check is), so the colours stay
// the demo's for the rest of the walk and for the screenshots.
func pressColorChoice(t *testing.T, c combo, page, what string, before fyne.CanvasObject, x *widgets.ColorChoice) {
	swatch := func(match func(hex string) bool) fyne.CanvasObject {
		var found fyne.CanvasObject
		onUI(func() {
			visit(x, func(o fyne.CanvasObject, _ []fyne.CanvasObject) bool {
				if _, ok := o.(fyne.Tappable); ok && o != x && found == nil {
					if hex := reflect.ValueOf(o).Elem().FieldByName("hex"); hex.IsValid() && match(hex.String()) {
						found = o
					}
				}
				return found == nil
			})
		})
		return found
	}
	var was string
	onUI(func() { was = x.Selected })
	target := swatch(func(hex string) bool { return hex != was })
	if target == nil {
		t.Errorf("%s: a colour choice without another colour to choose", page)
		return
	}
	click(t, target)
	afterPress(t, c, page, what+" (a colour)", before)
	var now string
	onUI(func() { now = x.Selected })
	if now == was {
		t.Errorf("%s: clicking a colour left the choice at %s", page, was)
	}
	// A choice saved at once (a label's colour) redraws its page: the
	// choice pressed is gone and the new colour stays. One in a form (a
	// partner's colour) is set back.
	var shown bool
	onUI(func() {
		for _, r := range roots(h.win.Canvas()) {
			visit(r, func(o fyne.CanvasObject, _ []fyne.CanvasObject) bool {
				shown = shown || o == x
				return !shown
			})
		}
	})
	if back := swatch(func(hex string) bool { return hex == was }); shown && back != nil {
		click(t, back)
		afterPress(t, c, page, what+" (the colour back)", before)
	}
}

// waitForNoticeAway waits, as a person would, while the notice at the foot
// of the window (its Undo or Redo button) lies over the point about to be
// clicked for another control; it goes by itself within a few seconds.
func waitForNoticeAway(o fyne.CanvasObject, at fyne.Position) {
	for range 60 {
		covered := false
		onUI(func() {
			visit(h.win.Content(), func(x fyne.CanvasObject, _ []fyne.CanvasObject) bool {
				b, isButton := x.(*widget.Button)
				if !isButton || x == o || !b.Visible() || (b.Text != "Undo" && b.Text != "Redo") {
					return true
				}
				p := fyne.CurrentApp().Driver().AbsolutePositionForObject(b)
				if at.X >= p.X && at.X <= p.X+b.Size().Width && at.Y >= p.Y && at.Y <= p.Y+b.Size().Height {
					covered = true
				}
				return !covered
			})
		})
		if !covered {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
}
