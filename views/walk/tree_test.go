package walk

import (
	"fmt"
	"github.com/vennplanner/venn/views/widgets"
	"reflect"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// The widget tree, read the way the driver draws it: containers' objects
// and widgets' renderer objects. Every function here runs on the UI
// goroutine (inside onUI).

// children are the objects drawn inside o. For tabs, only the selected
// item's content is drawn.
func children(o fyne.CanvasObject) []fyne.CanvasObject {
	switch x := o.(type) {
	case *fyne.Container:
		return x.Objects
	case fyne.Widget:
		r := test.WidgetRenderer(x)
		if r == nil {
			return nil
		}
		return r.Objects()
	}
	return nil
}

// visit calls fn for every visible object under root, depth first, with
// its ancestors (root first). fn returns false to skip o's children.
func visit(root fyne.CanvasObject, fn func(o fyne.CanvasObject, parents []fyne.CanvasObject) bool) {
	var walk func(o fyne.CanvasObject, parents []fyne.CanvasObject)
	walk = func(o fyne.CanvasObject, parents []fyne.CanvasObject) {
		if o == nil || !o.Visible() {
			return
		}
		if !fn(o, parents) {
			return
		}
		next := append(parents[:len(parents):len(parents)], o)
		for _, c := range children(o) {
			walk(c, next)
		}
	}
	walk(root, nil)
}

// roots are the window's content and its overlays (dialogs, menus).
func roots(c fyne.Canvas) []fyne.CanvasObject {
	out := []fyne.CanvasObject{c.Content()}
	return append(out, c.Overlays().List()...)
}

// twoParents lists every object that is placed in two parents (or twice in
// one). A Fyne object has one parent: the second place draws nothing, or
// takes the object away from the first. Hidden tabs are searched too.
func twoParents(c fyne.Canvas) []string {
	parent := map[fyne.CanvasObject]fyne.CanvasObject{}
	var problems []string
	var walk func(o, from fyne.CanvasObject)
	walk = func(o, from fyne.CanvasObject) {
		if o == nil {
			return
		}
		if p, seen := parent[o]; seen {
			problems = append(problems, fmt.Sprintf("%s is in %s and in %s", describe(o), describe(p), describe(from)))
			return
		}
		parent[o] = from
		kids := children(o)
		if tabs, ok := o.(*container.AppTabs); ok {
			// The unselected tabs' contents are parented by the tabs too.
			for i, item := range tabs.Items {
				if i != tabs.SelectedIndex() {
					kids = append(kids, item.Content)
				}
			}
		}
		for _, k := range kids {
			walk(k, o)
		}
	}
	for _, r := range roots(c) {
		walk(r, nil)
	}
	return problems
}

// describe names an object for a report: its type and its text, if any.
func describe(o fyne.CanvasObject) string {
	if o == nil {
		return "the window"
	}
	name := reflect.TypeOf(o).String()
	if text := label(o); text != "" {
		name += fmt.Sprintf(" %q", text)
	}
	return name
}

// label is the words on a control, or what it shows.
func label(o fyne.CanvasObject) string {
	switch x := o.(type) {
	case *widget.Button:
		if x.Text == "" && x.Icon != nil {
			return "icon:" + x.Icon.Name()
		}
		return x.Text
	case *widgets.IconButton:
		return x.Name
	case *widget.Check:
		return x.Text
	case *widget.Label:
		return x.Text
	case *widget.Select:
		if x.Selected != "" {
			return x.Selected
		}
		return x.PlaceHolder
	case *widget.Hyperlink:
		return x.Text
	}
	return ""
}

// textsIn lists the text of every label, rich text and canvas text under
// root, in drawing order.
func textsIn(root fyne.CanvasObject) []string {
	var out []string
	visit(root, func(o fyne.CanvasObject, _ []fyne.CanvasObject) bool {
		switch x := o.(type) {
		case *widget.Label:
			out = append(out, x.Text)
		case *widget.RichText:
			out = append(out, x.String())
			return false
		case *canvas.Text:
			out = append(out, x.Text)
		}
		return true
	})
	return out
}

// topOverlay is the overlay on top, if any.
func topOverlay(c fyne.Canvas) fyne.CanvasObject {
	return c.Overlays().Top()
}

// visibleRect reports whether the centre of o is on screen: inside the
// window and inside every scroll container around it.
func visibleCentre(o fyne.CanvasObject, parents []fyne.CanvasObject, window fyne.Size) (fyne.Position, bool) {
	d := fyne.CurrentApp().Driver()
	pos := d.AbsolutePositionForObject(o)
	size := o.Size()
	if size.Width < 2 || size.Height < 2 {
		return fyne.Position{}, false
	}
	c := pos.Add(fyne.NewPos(size.Width/2, size.Height/2))
	if c.X < 0 || c.Y < 0 || c.X >= window.Width || c.Y >= window.Height {
		return c, false
	}
	for _, p := range parents {
		if s, ok := p.(*container.Scroll); ok {
			sp, ss := d.AbsolutePositionForObject(s), s.Size()
			if c.X < sp.X || c.Y < sp.Y || c.X >= sp.X+ss.Width || c.Y >= sp.Y+ss.Height {
				return c, false
			}
		}
	}
	return c, true
}

// widest explains a window that is too big: from root down, each object
// whose minimum size is over the limit, and which child makes it so.
func widest(root fyne.CanvasObject, limit fyne.Size) string {
	var b strings.Builder
	o := root
	for depth := 0; o != nil && depth < 40; depth++ {
		min := o.MinSize()
		fmt.Fprintf(&b, "  %s%s needs %.0f×%.0f\n", strings.Repeat(" ", depth), describe(o), min.Width, min.Height)
		var next fyne.CanvasObject
		var most float32
		kids := children(o)
		if tabs, ok := o.(*container.AppTabs); ok {
			kids = nil // a tab container is as wide as its widest tab
			for _, item := range tabs.Items {
				kids = append(kids, item.Content)
			}
		}
		for _, c := range kids {
			if !c.Visible() {
				continue
			}
			m := c.MinSize()
			over := max(m.Width-limit.Width, m.Height-limit.Height)
			if m.Width > most && (m.Width > limit.Width*0.5 || over > 0) {
				next, most = c, m.Width
			}
		}
		o = next
	}
	return b.String()
}
