package forms

import (
	"strings"
	"testing"

	"github.com/vennplanner/venn/model"
)

// monday is the Monday of the week the tests start in.
var monday = model.Date{Year: 2026, Month: 11, Day: 16}

func TestTheBlockFormRefusesARepeatWithNoWeekdayAndAnHourPast24(t *testing.T) {
	h := newTestHost(t, true)
	f := ShowBlock(h, model.Block{Kind: model.KindJoint, Start: model.WallTime{Date: monday, Minute: 600}, End: model.WallTime{Date: monday, Minute: 660}}, model.Date{}, nil)
	f.title.SetText("Nope")
	f.repeat.SetSelectedIndex(repeatWeekly)
	f.days.SetSelected(nil)
	if _, err := f.save(); err == nil || !strings.Contains(err.Error(), "weekday") {
		t.Fatalf("a repeat with no weekday: %v", err)
	}
	f.repeat.SetSelectedIndex(repeatNone)
	f.from.SetText("25:00")
	if _, err := f.save(); err == nil {
		t.Fatal("25:00 was accepted")
	}
	f.dialog.Hide()
}

func TestABlockRepeatsMonthlyIsTimeForAGoalAndAsksAboutSoloTime(t *testing.T) {
	h := newTestHost(t, true)
	w := h.win
	// Saturday 5 December 2026 is the first Saturday of its month.
	first := model.Date{Year: 2026, Month: 12, Day: 5}
	f := ShowBlock(h, model.Block{Kind: model.KindJoint, Start: model.WallTime{Date: first, Minute: 9 * 60}, End: model.WallTime{Date: first, Minute: 17 * 60}}, model.Date{}, nil)
	if f.repeat.Options[repeatMonthly] != "Every month on the first Saturday" || f.repeat.Options[repeatYearly] != "Every year on 5 December" {
		t.Fatalf("repeat choices %q", f.repeat.Options)
	}
	f.title.SetText("Solo weekend, Liam 🚲")
	f.kind.SetSelectedIndex(1) // Liam's solo time
	f.repeat.SetSelectedIndex(repeatMonthly)
	if f.days.Visible() {
		t.Error("the weekdays show for a monthly repeat")
	}
	goal := -1
	for i, o := range f.link.Options {
		if o == "Goal: Record the band's first EP" {
			goal = i
		}
	}
	if goal < 0 {
		t.Fatalf("the goal is not offered: %q", f.link.Options)
	}
	f.link.SetSelectedIndex(goal)
	if saved, err := f.save(); err != nil || !saved {
		t.Fatal(saved, err)
	}
	f.dialog.Hide()
	cal, _ := h.svc.Calendar(h.ctx, first, first.AddDays(40))
	var days []string
	for _, o := range cal.Occurrence {
		if o.Block.Title == "Solo weekend, Liam 🚲" {
			days = append(days, o.Day.String())
			if o.Block.GoalID == "" || o.Block.Cycle != model.CycleMonthly {
				t.Errorf("saved as %+v", *o.Block)
			}
		}
	}
	if strings.Join(days, " ") != "2026-12-05 2027-01-02" {
		t.Errorf("occurs on %v", days)
	}
	// A joint block over Liam's band practice asks first; Cancel keeps the form open.
	thursday := model.Date{Year: 2026, Month: 11, Day: 19}
	f = ShowBlock(h, model.Block{Kind: model.KindJoint, Start: model.WallTime{Date: thursday, Minute: 20 * 60}, End: model.WallTime{Date: thursday, Minute: 22 * 60}}, model.Date{}, nil)
	f.title.SetText("Dinner with the Okafors")
	if saved, err := f.save(); err != nil || saved {
		t.Fatalf("saved at once over solo time: %v %v", saved, err)
	}
	if !strings.Contains(windowText(w), "sits on Liam's “Band practice” on Thu 19 Nov 19:00–22:00") {
		t.Fatalf("the question does not say whose time:\n%s", windowText(w))
	}
	tapButtonLabelled(t, w, "Yes")
	cal, _ = h.svc.Calendar(h.ctx, thursday, thursday)
	found := false
	for _, o := range cal.Occurrence {
		found = found || o.Block.Title == "Dinner with the Okafors"
	}
	if !found {
		t.Error("keeping it anyway did not save it")
	}
}
