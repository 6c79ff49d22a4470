package views

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"

	"github.com/vennplanner/venn/app"
	"github.com/vennplanner/venn/model"
)

// TestTheLongestNamesFitTheSmallestWindow: with both partners' names as
// long as Venn takes (60 characters of accents, Cyrillic, CJK and emoji)
// and a goal title of 200, no screen and no inner tab asks for a window
// wider than 1024 px: long words are cut or wrapped, not allowed to push.
func TestTheLongestNamesFitTheSmallestWindow(t *testing.T) {
	ui, w := newTestUI(t, true)
	w.Resize(fyne.NewSize(1024, 640))
	long := func(s string) string {
		for len([]rune(s)) < model.MaxNameLen {
			s += s
		}
		return string([]rune(s)[:model.MaxNameLen])
	}
	maya, liam := long("Zoë-Łucja 🌸 "), long("Александр 王小明 ")
	err := ui.svc.SaveHousehold(ui.ctx, app.HouseholdSetup{
		Name: "Us", Currency: "EUR", WeekStart: time.Monday,
		A: app.PartnerSetup{Name: maya, Color: "#3b82f6"}, B: app.PartnerSetup{Name: liam, Color: "#e07a5f"},
	})
	if err != nil {
		t.Fatal(err)
	}
	title := string([]rune(strings.Repeat("Très long objectif — очень длинная цель 🎯 ", 5))[:model.MaxTitleLen-10])
	if _, err := ui.svc.CreateGoal(ui.ctx, model.GoalPatch{Title: &title, Due: model.Ptr(ui.today())}); err != nil {
		t.Fatal(err)
	}
	ui.showMain()
	w.Resize(fyne.NewSize(1024, 640))
	// A tab bar asks for the widest of its tabs, shown or not: each tab's
	// own content is what is measured.
	showEveryTab(ui, w, func(where string, content fyne.CanvasObject) {
		t.Helper()
		if got := content.MinSize().Width; got > 1024 {
			t.Errorf("%s asks for a window %.0f px wide with the longest names: %s", where, got, widestChild(t, content, 1024))
		}
	})
}

// showEveryTab shows each tab and each inner tab in turn, and calls shown
// with its name and content while it is shown.
func showEveryTab(ui *UI, w fyne.Window, shown func(where string, content fyne.CanvasObject)) {
	for i, info := range screens {
		ui.showTab(tab(i))
		shown(info.title(), ui.tabs.Selected().Content)
		for _, o := range test.LaidOutObjects(w.Canvas().Content()) {
			inner, ok := o.(*container.AppTabs)
			if !ok || inner == ui.tabs || !inner.Visible() {
				continue
			}
			for j, item := range inner.Items {
				inner.SelectIndex(j)
				shown(info.title()+" › "+item.Text, item.Content)
			}
		}
	}
}

// widestChild follows, from root down, the child whose minimum width is
// over the limit: what makes a screen too wide.
func widestChild(t *testing.T, root fyne.CanvasObject, limit float32) string {
	var path []string
	o := root
	for range 40 {
		path = append(path, fmt.Sprintf("%T(%.0f)", o, o.MinSize().Width))
		var next fyne.CanvasObject
		var kids []fyne.CanvasObject
		switch x := o.(type) {
		case *fyne.Container:
			kids = x.Objects
		case fyne.Widget:
			kids = test.TempWidgetRenderer(t, x).Objects()
		}
		// The widest child; past a split, the wider of its two sides.
		for _, k := range kids {
			if k.Visible() && k.MinSize().Width > 250 && (next == nil || k.MinSize().Width > next.MinSize().Width) {
				next = k
			}
		}
		if next == nil {
			if x, ok := o.(*canvas.Text); ok {
				path = append(path, strconvQuote(x.Text))
			}
			break
		}
		o = next
	}
	return strings.Join(path[max(0, len(path)-4):], " › ")
}

func strconvQuote(s string) string { return fmt.Sprintf("%q", s) }
