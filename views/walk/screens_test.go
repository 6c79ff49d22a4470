package walk

import (
	"reflect"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
)

// Walk steps of screens whose controls change what they show: the
// automatic walk presses each control once, which does not meet these.

// walkCalendarFold folds the calendar's side panel away and back: the
// week then takes the window, which must keep its size.
func walkCalendarFold(t *testing.T, c combo, page string, root func() fyne.CanvasObject) {
	t.Helper()
	hide := findButton(root(), "Hide panel")
	if hide == nil {
		t.Errorf("%s: no Hide panel to fold the side panel away", page)
		return
	}
	click(t, hide)
	show := findButton(root(), "Show panel")
	if show == nil {
		t.Errorf("%s: Hide panel did not fold the side panel away", page)
		return
	}
	if findButton(root(), "Weekly aims…") != nil {
		t.Errorf("%s: the side panel still shows when folded", page)
	}
	name := page + " side panel folded"
	checkPage(t, c, name)
	screenshot(t, fileName(c.String(), pageName(name, c)))
	click(t, show)
	if findButton(root(), "Hide panel") == nil || findButton(root(), "Weekly aims…") == nil {
		t.Errorf("%s: Show panel did not bring the side panel back", page)
	}
}

// walkRitualFormError opens the new-ritual form, types a name into it
// (it has the keyboard when it opens), asks for nine times a week and
// saves: the form must stay open with the name, say what is wrong next to
// the field, and close with Escape.
func walkRitualFormError(t *testing.T, c combo, page string, root func() fyne.CanvasObject) {
	t.Helper()
	var before fyne.CanvasObject
	onUI(func() { before = topOverlay(h.win.Canvas()) })
	click(t, findButton(root(), "New ritual"))
	if !opened(before) {
		t.Errorf("%s: New ritual opened no form", page)
		return
	}
	var form fyne.CanvasObject
	onUI(func() { form = topOverlay(h.win.Canvas()) })
	typeText(t, "Tea on the balcony ")
	paste(t, "☕ — Zoë, 朝")
	const name = "Tea on the balcony ☕ — Zoë, 朝"
	if got := focusedText(); got != name {
		t.Errorf("%s: the form's name field did not have the keyboard when it opened (it holds %q)", page, got)
	}
	times := fieldWithText(form, "1")
	if times == nil {
		t.Fatalf("%s: the form has no How often field", page)
	}
	click(t, times)
	key(t, "ctrl+a")
	typeText(t, "9")
	click(t, findButton(form, "Save"))
	var top fyne.CanvasObject
	var texts []string
	onUI(func() {
		top = topOverlay(h.win.Canvas())
		texts = textsIn(form)
	})
	if top != form {
		t.Fatalf("%s: a refused save closed the ritual form, or put a dialog over it", page)
	}
	if fieldWithText(form, name) == nil {
		t.Errorf("%s: the refused form lost the name typed", page)
	}
	if !strings.Contains(strings.Join(texts, "\n"), "more than the 7 days a week has") {
		t.Errorf("%s: the refused form does not say why:\n%s", page, strings.Join(texts, "\n"))
	}
	name2 := page + " new ritual refused"
	checkPage(t, c, name2)
	screenshot(t, fileName(c.String(), pageName(name2, c)))
	closeDialogs(t, name2, before)
}

// fieldWithText is the text field under root that holds text.
func fieldWithText(root fyne.CanvasObject, text string) fyne.CanvasObject {
	var found fyne.CanvasObject
	onUI(func() {
		visit(root, func(o fyne.CanvasObject, _ []fyne.CanvasObject) bool {
			if _, ok := o.(fyne.Focusable); !ok || found != nil {
				return found == nil
			}
			// Venn's fields embed widget.Entry: a text and a placeholder.
			v := reflect.ValueOf(o).Elem()
			if t, p := v.FieldByName("Text"), v.FieldByName("PlaceHolder"); t.IsValid() && p.IsValid() && t.String() == text {
				found = o
			}
			return found == nil
		})
	})
	return found
}

// walkPeople adds someone of one's own through the form, typing a name
// with accents, Cyrillic and an emoji (the name field has the keyboard
// when the form opens), and checks they are on the list: the row's own
// buttons (We met today, Edit…, Remove…) are then pressed by the walk.
func walkPeople(t *testing.T, c combo, page string, root func() fyne.CanvasObject) {
	t.Helper()
	var before fyne.CanvasObject
	onUI(func() { before = topOverlay(h.win.Canvas()) })
	click(t, findButton(root(), "Add someone…"))
	if !opened(before) {
		t.Errorf("%s: Add someone… opened no form", page)
		return
	}
	var form fyne.CanvasObject
	onUI(func() { form = topOverlay(h.win.Canvas()) })
	typeText(t, "Ines ")
	paste(t, "Łукаш 🎻")
	const name = "Ines Łукаш 🎻"
	if got := focusedText(); got != name {
		t.Errorf("%s: the name field did not have the keyboard when the form opened (it holds %q)", page, got)
	}
	click(t, findButton(form, "Save"))
	settle()
	var texts []string
	onUI(func() { texts = textsIn(root()) })
	if !strings.Contains(strings.Join(texts, "\n"), name) {
		t.Errorf("%s: %q is not on the list after saving:\n%s", page, name, strings.Join(texts, "\n"))
	}
	name2 := page + " someone added"
	checkPage(t, c, name2)
	screenshot(t, fileName(c.String(), pageName(name2, c)))
}
