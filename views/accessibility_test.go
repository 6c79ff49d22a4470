package views

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// vennPackage is where Venn's own widgets come from.
const vennPackage = "github.com/vennplanner/venn/"

// spoken is what a screen reader would say of o, and whether o is a control
// or a widget of Venn's own that must say something. Fyne 2.8's own
// controls that do not implement fyne.Accessible yet (check boxes, choices,
// radio groups, fields) are judged by the words they show, which is what
// Fyne will hand on once they do.
func spoken(o fyne.CanvasObject) (words string, judged bool, problem string) {
	typ := reflect.TypeOf(o)
	ours := strings.HasPrefix(typ.Elem().PkgPath(), vennPackage)
	acc, accessible := o.(fyne.Accessible)
	switch {
	case ours && !accessible:
		return "", true, "a widget of Venn's that does not implement fyne.Accessible"
	case ours:
		return acc.AccessibilityLabel(), true, unnamed(o)
	}
	switch x := o.(type) {
	case *widget.Button:
		return x.AccessibilityLabel(), true, ""
	case *widget.Hyperlink:
		return x.AccessibilityLabel(), true, ""
	case *widget.Check:
		return x.Text, true, ""
	case *widget.Select:
		return strings.TrimSpace(x.Selected + " " + x.PlaceHolder), true, ""
	case *widget.RadioGroup:
		return strings.Join(x.Options, ", "), true, ""
	case *widget.Entry:
		return x.PlaceHolder, true, ""
	}
	return "", false, ""
}

// unnamed says a widget of Venn's with a Name field left empty, which then
// speaks only of its kind ("Ritual", "Week").
func unnamed(o fyne.CanvasObject) string {
	v := reflect.ValueOf(o).Elem()
	name := v.FieldByName("Name")
	if !name.IsValid() || name.Kind() != reflect.String || name.String() != "" {
		return ""
	}
	if ph := v.FieldByName("PlaceHolder"); ph.IsValid() && ph.String() != "" {
		return "" // a field named by its placeholder
	}
	if dec := v.FieldByName("Decorative"); dec.IsValid() && dec.Bool() {
		return "a decorative mark without a Name"
	}
	return "its Name is not set, so it says only what kind of thing it is"
}

// meaningless reports why words are no name for o: empty, its type's name,
// or an icon's file name.
func meaningless(o fyne.CanvasObject, words string) string {
	typ := reflect.TypeOf(o)
	w := strings.TrimSpace(words)
	switch {
	case w == "":
		return "it says nothing"
	case strings.EqualFold(w, typ.Elem().Name()) || w == typ.String() || w == "Container":
		return "it says only its type"
	case strings.HasSuffix(w, ".svg") || strings.HasSuffix(w, ".png"):
		return "it says an icon's file name"
	}
	return ""
}

// accessibilityProblems walks a page's widget tree as Fyne draws it and
// lists every control or widget of Venn's without a meaningful label.
func accessibilityProblems(page string, root fyne.CanvasObject) (problems []string, judged int) {
	walkShown(root, func(o fyne.CanvasObject) bool {
		if words, ok, problem := spoken(o); ok {
			judged++
			if problem == "" {
				problem = meaningless(o, words)
			}
			if problem != "" {
				problems = append(problems, fmt.Sprintf("%s: %T %q: %s", page, o, words, problem))
			}
		}
		switch o.(type) {
		case *widget.Select, *widget.Check, *widget.RadioGroup, *widget.Entry:
			return false // Fyne's insides of a control already judged
		case interface{ SetPlaceHolder(string) }:
			return false // a field's insides (its own buttons) are Fyne's
		}
		return true
	})
	return problems, judged
}

// Every screen, and every inner page of a screen, has a screen reader's
// words for each control and each of Venn's own widgets: not empty, not
// its type, not an icon's file name; every widget of Venn's implements
// fyne.Accessible and is told what it is about.
func TestEveryScreenSpeaksToAScreenReader(t *testing.T) {
	ui, w := newTestUI(t, true)
	total, pages := 0, 0
	check := func(name string, root fyne.CanvasObject) {
		problems, judged := accessibilityProblems(name, root)
		total, pages = total+judged, pages+1
		for _, p := range problems {
			t.Error(p)
		}
	}
	showEveryTab(ui, w, check)
	// The dialogs people use most: a new goal, an existing one.
	ui.showTab(tabBoard)
	ui.board.newGoal()
	check("the new goal form", w.Canvas().Overlays().Top())
	ui.dismissTop()
	ui.board.openGoal(shownCards(w)[0].Goal.ID)
	check("a goal's form", w.Canvas().Overlays().Top())
	ui.dismissTop()
	if total < 200 {
		t.Errorf("only %d controls and widgets were judged: the walk does not reach the screens", total)
	}
	t.Logf("%d controls and widgets judged on %d pages of %d screens", total, pages, len(screens))
}

// The walk above is not blind: it finds a widget of Venn's that says
// nothing, and a button with only an icon.
func TestTheScreenReaderWalkFindsWhatSaysNothing(t *testing.T) {
	test.NewTempApp(t)
	silent := widget.NewButtonWithIcon("", test.NewTheme().Icon("delete"), nil)
	problems, judged := accessibilityProblems("test", container.NewVBox(silent, widget.NewCheck("", nil), widget.NewLabel("words")))
	if judged != 2 || len(problems) != 2 {
		t.Errorf("judged %d, problems %q; want the icon button and the check box without words", judged, problems)
	}
}
