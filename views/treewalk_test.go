package views

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// insideOf are the objects o draws inside it: a container's, or a
// widget's as its renderer draws them.
func insideOf(o fyne.CanvasObject) []fyne.CanvasObject {
	switch x := o.(type) {
	case *fyne.Container:
		return x.Objects
	case fyne.Widget:
		return test.WidgetRenderer(x).Objects()
	}
	return nil
}

// walkShown visits root and everything drawn inside it, hidden objects
// (and what is inside them) left out; visit says whether to go on inside
// the object it was given.
func walkShown(root fyne.CanvasObject, visit func(o fyne.CanvasObject) (inside bool)) {
	if root == nil || !root.Visible() || !visit(root) {
		return
	}
	for _, o := range insideOf(root) {
		walkShown(o, visit)
	}
}

// shownObjects are the object and those inside it that are drawn: hidden
// ones and what is inside them are left out.
func shownObjects(o fyne.CanvasObject) []fyne.CanvasObject {
	var out []fyne.CanvasObject
	walkShown(o, func(o fyne.CanvasObject) bool {
		out = append(out, o)
		return true
	})
	return out
}
