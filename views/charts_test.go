package views

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/vennplanner/venn/app"
	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/views/widgets"
)

// pointAt moves the window's pointer to category i of a chart, as a
// person would, and returns what the chart says there.
func pointAt(w fyne.Window, c *widgets.Chart, i int) string {
	at := fyne.CurrentApp().Driver().AbsolutePositionForObject(c).Add(c.CategoryCentre(i))
	test.MoveMouse(w.Canvas(), at)
	return c.Pointed()
}

// clickAt clicks category i of a chart through the window.
func clickAt(w fyne.Window, c *widgets.Chart, i int) {
	at := fyne.CurrentApp().Driver().AbsolutePositionForObject(c).Add(c.CategoryCentre(i))
	test.TapCanvas(w.Canvas(), at)
}

// On Resources, a week of the weekly chart says its hours under the
// pointer and a click opens the calendar at that week; a row of the split
// chart turns the goals' table to its resource.
func TestResourceChartsAnswerThePointerAndGoWhereTheNumbersComeFrom(t *testing.T) {
	ui, w := newTestUI(t, true)
	ui.showTab(tabResources)
	s := ui.resourcesTab()
	s.chartSel.SetSelected("time")
	week := s.view.Quarter[2]
	if got := pointAt(w, s.weekly, 2); !strings.HasPrefix(got, "Week of "+week.Start.Time().Format("2 Jan")+": allocated ") ||
		!strings.Contains(got, ", used ") {
		t.Fatalf("pointing at the third week says %q", got)
	}
	clickAt(w, s.weekly, 2)
	if ui.tabs.SelectedIndex() != int(tabCalendar) {
		t.Fatalf("a click on a week opened tab %d, not the calendar", ui.tabs.SelectedIndex())
	}
	if got := ui.calendarTab().week; got != ui.svc.WeekOf(ui.ctx, week.Start) {
		t.Fatalf("the calendar shows the week of %v, not of %v", got, week.Start)
	}
	ui.showTab(tabResources)
	row := 1 // the first partner's money
	p, r, _ := app.SplitRowAt(s.view, row)
	if got := pointAt(w, s.split, row); !strings.HasPrefix(got, p.Name+" · "+string(r)+": personal goals ") {
		t.Fatalf("pointing at the second row says %q", got)
	}
	clickAt(w, s.split, row)
	if s.tableRes != r {
		t.Fatalf("a click on %s's %s row shows the goals by %s", p.Name, r, s.tableRes)
	}
}

// On Balance, a month of the trend chart says each partner's lean and a
// click turns the screen to that month.
func TestBalanceChartTurnsToTheMonthClicked(t *testing.T) {
	ui, w := newTestUI(t, true)
	ui.showTab(tabCheckins)
	s := ui.checkinsTab()
	s.tabs.SelectIndex(checkinsBalance)
	b := s.balance
	trend := b.view.Partners[0].Trend
	last := len(trend) - 1
	if got := pointAt(w, b.chart, last); !strings.HasPrefix(got, trend[last].Month.Time().Format("January 2006")) {
		t.Fatalf("pointing at the last month says %q", got)
	}
	clickAt(w, b.chart, 0)
	if b.month != trend[0].Month {
		t.Fatalf("a click on the first month shows %v, not %v", b.month, trend[0].Month)
	}
	if !strings.Contains(windowText(w), trend[0].Month.Time().Format("January 2006")) {
		t.Fatal("the screen does not name the month clicked")
	}
}

// On Health, a click on this week says the checks behind its point.
func TestHealthChartSaysTheChecksOfTheWeekClicked(t *testing.T) {
	ui, w := newTestUI(t, true)
	ui.showTab(tabCheckins)
	s := ui.checkinsTab()
	s.tabs.SelectIndex(checkinsHealth)
	h := s.health
	n := len(h.chart.Description().Categories)
	clickAt(w, h.chart, n-1)
	if got := h.weekWords.Text; !strings.HasPrefix(got, "The week of "+h.view.Week.Time().Format("2 January")) {
		t.Fatalf("a click on this week says %q", got)
	}
}

// A click on a part of the living Venn opens the board on that part's
// goals: one partner's own lane, or the shared one.
func TestLivingVennPartOpensItsGoals(t *testing.T) {
	ui, w := newTestUI(t, true)
	ui.showTab(tabCheckins)
	s := ui.checkinsTab()
	s.tabs.SelectIndex(checkinsBalance)
	pic := s.balance.venn.picture
	for region, want := range map[int]model.Owner{widgets.VennOnlyA: model.Owner(ui.partners[0].ID), widgets.VennTogether: model.Shared} {
		ui.showTab(tabCheckins)
		at, ok := pic.PointIn(region)
		if !ok {
			t.Fatalf("the picture has no part %d to click", region)
		}
		test.TapCanvas(w.Canvas(), fyne.CurrentApp().Driver().AbsolutePositionForObject(pic).Add(at))
		if ui.tabs.SelectedIndex() != int(tabBoard) || ui.board.filter.Owner != want {
			t.Fatalf("a click on part %d shows tab %d with the lane of %q, want the board with %q", region, ui.tabs.SelectedIndex(), ui.board.filter.Owner, want)
		}
	}
}
