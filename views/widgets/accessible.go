package widgets

import (
	"strings"

	"fyne.io/fyne/v2"

	"github.com/vennplanner/venn/i18n"
	"github.com/vennplanner/venn/model"
)

// Every widget of Venn's says what a sighted person reads from it, state
// included, to a screen reader (fyne.Accessible; Fyne hands it to Windows'
// and macOS's screen readers in builds with the accessibility tag). A
// widget that is about something names it in its Name field, set by the
// screen that shows it ("Date night", "Maya's balance"); without one it
// says what kind of thing it is.

var (
	_ fyne.Accessible = (*GoalCard)(nil)
	_ fyne.Accessible = (*DayMarks)(nil)
	_ fyne.Accessible = (*BalanceGauge)(nil)
	_ fyne.Accessible = (*Meter)(nil)
	_ fyne.Accessible = (*HeatMap)(nil)
	_ fyne.Accessible = (*ScoreBar)(nil)
	_ fyne.Accessible = (*MiniMonth)(nil)
	_ fyne.Accessible = (*MonthGrid)(nil)
	_ fyne.Accessible = (*TimelineMap)(nil)
	_ fyne.Accessible = (*VennPicture)(nil)
	_ fyne.Accessible = (*ClosenessScale)(nil)
	_ fyne.Accessible = (*ClosenessPicture)(nil)
	_ fyne.Accessible = (*ColorChoice)(nil)
	_ fyne.Accessible = (*swatch)(nil)
	_ fyne.Accessible = (*WeekGrid)(nil)
	_ fyne.Accessible = (*FitLabel)(nil)
	_ fyne.Accessible = (*Entry)(nil)
	_ fyne.Accessible = (*DateField)(nil)
)

// named is name, or fallback when the screen gave none.
func named(name, fallback string) string {
	if strings.TrimSpace(name) == "" {
		return fallback
	}
	return name
}

// AccessibilityLabel says the card as it reads: "Card: Run a half marathon,
// in progress, due Thu 3 Dec, 3 of 5 steps".
func (c *GoalCard) AccessibilityLabel() string {
	g := c.Goal
	parts := []string{say("ui.board.a11yCard", "Title", g.Title), strings.ToLower(g.Column.DefaultName())}
	if due := dueWords(g, c.today()); due != "" {
		parts = append(parts, due)
	}
	if len(g.Labels) > 0 {
		parts = append(parts, say("ui.common.labels", "Labels", strings.Join(g.Labels, ", ")))
	}
	if done, total := g.Progress(); total > 0 {
		parts = append(parts, sayN("ui.common.stepsDone", total, "Done", done))
	}
	if g.Private {
		parts = append(parts, say("ui.board.chipPrivate"))
	}
	if c.Selected {
		parts = append(parts, say("ui.board.a11ySelected"))
	}
	return strings.Join(parts, ", ")
}

// dueWords is where a goal stands against its date, as its chip says it.
func dueWords(g model.Goal, today model.Date) string {
	day := ShortDay(g.Due.Time())
	switch model.DueStatusOf(g, today) {
	case model.DueOverdue:
		return say("ui.board.a11yOverdue", "Day", day)
	case model.DueSoon:
		switch g.Due {
		case today:
			return say("ui.board.a11yDueToday")
		case today.AddDays(1):
			return say("ui.board.a11yDueTomorrow")
		}
		return say("ui.board.a11yDue", "Day", day)
	case model.DueDone:
		return say("ui.board.a11yDoneWasDue", "Day", day)
	case model.DueLater:
		return say("ui.board.a11yDue", "Day", day)
	}
	if q := g.TargetQuarter; !q.IsZero() {
		return say("ui.board.a11yAimedAt", "Quarter", i18n.Screen().Quarter(q.Year, q.Q))
	}
	return ""
}

// AccessibilityRole of a card is a button: Enter opens it.
func (c *GoalCard) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleButton }

// AccessibilityLabel says each day and what happened: "Date night, last 5
// days: Monday 23 done, Tuesday 24 skipped, … today (Friday 27) not yet
// marked".
func (m *DayMarks) AccessibilityLabel() string {
	var days []string
	for i := range m.Days {
		d := m.DayAt(i)
		if d.Before(m.Start) {
			continue
		}
		state := markWords(m.Marks[d])
		day := say("ui.board.weekdayNumber", "Weekday", i18n.Screen().Weekday(d.Time().Weekday()), "Day", d.Day)
		if d == m.Today {
			day = say("ui.board.a11yTodayDay", "Day", day)
		}
		if i == m.focus && m.focused {
			state = say("ui.board.a11yFocused", "State", state)
		}
		days = append(days, say("ui.board.a11yDayState", "Day", day, "State", state))
	}
	return sayN("ui.board.a11yLastDays", m.Days, "Name", named(m.Name, say("ui.board.a11yRitual")), "Days", strings.Join(days, ", "))
}

// markWords names a day's mark: "done", "skipped", "paused", "not marked".
func markWords(s model.EntryStatus) string {
	switch s {
	case model.Done:
		return say("ui.board.markDone")
	case model.Skipped:
		return say("ui.board.markSkipped")
	case model.Paused:
		return say("ui.board.markPaused")
	case "":
		return say("ui.board.markNone")
	}
	return string(s)
}

// AccessibilityRole of the marks is a button: a mark is pressed.
func (m *DayMarks) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleButton }

// AccessibilityLabel says where the needle stands.
func (g *BalanceGauge) AccessibilityLabel() string {
	name := named(g.Name, say("ui.board.a11yBalance"))
	switch {
	case !g.Rated:
		return say("ui.board.a11yNotRated", "Name", name)
	case g.Needle < -g.Band:
		return say("ui.board.a11yLeaningIndependent", "Name", name)
	case g.Needle > g.Band:
		return say("ui.board.a11yLeaningTogether", "Name", name)
	}
	return say("ui.board.a11yBalanced", "Name", name)
}

// AccessibilityRole of a gauge is text.
func (g *BalanceGauge) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleText }

// AccessibilityLabel says how full the meter is and whether that is enough.
func (m *Meter) AccessibilityLabel() string {
	name := named(m.Name, say("ui.board.a11yStrength"))
	if m.Good {
		return say("ui.board.a11yStrongEnough", "Name", name, "Percent", percent(m.Value))
	}
	return say("ui.board.a11yNotStrongEnough", "Name", name, "Percent", percent(m.Value))
}

// AccessibilityRole of a meter is text.
func (m *Meter) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleText }

func percent(v float64) int { return int(v*100 + 0.5) }

// AccessibilityLabel counts what the map shows: "Date night, the last 26
// weeks: done 20 times, skipped 3, paused 2".
func (h *HeatMap) AccessibilityLabel() string {
	counts := map[model.EntryStatus]int{}
	for week := range h.Weeks {
		for wd := range 7 {
			if d := h.DayAt(week, wd); !h.Today.Before(d) && !d.Before(h.Start) {
				counts[h.Days[d]]++
			}
		}
	}
	return sayN("ui.board.a11yHeatMap", h.Weeks, "Name", named(h.Name, say("ui.board.a11yRitual")),
		"Done", sayN("ui.board.a11yDoneTimes", counts[model.Done]), "Skipped", counts[model.Skipped], "Paused", counts[model.Paused])
}

// AccessibilityRole of a heat map is text.
func (h *HeatMap) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleText }

// AccessibilityLabel says the bar's value: "Strength: 72 %".
func (b *ScoreBar) AccessibilityLabel() string {
	if b.Name == "" {
		return say("ui.board.a11yPercent", "Name", say("ui.board.a11yBar"), "Percent", percent(b.Value))
	}
	if b.Decorative {
		return b.Name
	}
	return say("ui.board.a11yPercent", "Name", b.Name, "Percent", percent(b.Value))
}

// AccessibilityRole of a bar is text.
func (b *ScoreBar) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleText }

// AccessibilityLabel names the month, the week shown and today.
func (m *MiniMonth) AccessibilityLabel() string {
	return say("ui.board.a11yMiniMonth", "Month", i18n.Screen().MonthYear(m.First().AddDays(7).Time()),
		"Shown", ShortDay(m.Shown.Time()), "Today", ShortDay(m.Today.Time()))
}

// AccessibilityRole of the mini-month is a button: a day is pressed.
func (m *MiniMonth) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleButton }

// AccessibilityLabel lists the days of the month that have something:
// "November 2026: 2 Date night, Band practice; 3 …".
func (g *MonthGrid) AccessibilityLabel() string {
	var days []string
	for _, d := range g.Days {
		if !d.InMonth || len(d.Entries) == 0 {
			continue
		}
		var texts []string
		for _, e := range d.Entries {
			texts = append(texts, e.Text)
		}
		day := say("ui.board.a11yDayEntries", "Day", d.Day, "Entries", strings.Join(texts, ", "))
		if d.Today {
			day = say("ui.board.a11yTodayEntries", "Day", d.Day, "Entries", strings.Join(texts, ", "))
		}
		days = append(days, day)
	}
	name := named(g.Name, say("ui.board.month"))
	if len(days) == 0 {
		return say("ui.board.a11yNothingPlanned", "Name", name)
	}
	return say("ui.board.a11yList", "Name", name, "Parts", strings.Join(days, "; "))
}

// AccessibilityRole of the month is a button: a day is pressed.
func (g *MonthGrid) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleButton }

// AccessibilityLabel lists each lane's goals with their dates, and the
// milestones.
func (m *TimelineMap) AccessibilityLabel() string {
	tr := i18n.Screen()
	parts := []string{say("ui.board.a11yTimeline", "From", tr.DayMonthYear(m.From.Time()), "To", tr.DayMonthYear(m.To.Time()))}
	for _, b := range m.Bars {
		parts = append(parts, say("ui.board.a11yTimelineBar", "Lane", m.LaneNames[b.Bar.Lane], "Title", b.Bar.Goal.Title,
			"From", tr.DayMonth(b.Bar.From.Time()), "To", tr.DayMonth(b.Bar.To.Time())))
	}
	for _, mk := range m.Marks {
		key := say("ui.board.a11yMilestoneToReach", "Title", mk.Title, "Day", tr.DayMonth(mk.Day.Time()))
		if mk.Reached {
			key = say("ui.board.a11yMilestoneReached", "Title", mk.Title, "Day", tr.DayMonth(mk.Day.Time()))
		}
		parts = append(parts, key)
	}
	return strings.Join(parts, "; ")
}

// AccessibilityRole of the timeline is a button: a bar is pressed.
func (m *TimelineMap) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleButton }

// AccessibilityLabel says the numbers of each part: "The living Venn:
// Maya's own: 34 h 15 min; Liam's own: 47 h; Together: 17 h 30 min".
func (v *VennPicture) AccessibilityLabel() string {
	if v.Detail == nil {
		return say("ui.board.a11yVennEmpty")
	}
	var parts []string
	for _, region := range []int{VennOnlyA, VennOnlyB, VennTogether} {
		if d := v.Detail(region); d != "" {
			parts = append(parts, d)
		}
	}
	return say("ui.board.a11yList", "Name", named(v.Name, say("ui.board.livingVenn")), "Parts", strings.Join(parts, "; "))
}

// AccessibilityRole of the picture is text.
func (v *VennPicture) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleText }

// AccessibilityLabel says the picture chosen, and how to choose.
func (s *ClosenessScale) AccessibilityLabel() string {
	name := named(s.Name, say("ui.board.a11yCloseness"))
	if s.Selected < 1 || s.Selected > model.ClosenessSteps {
		return say("ui.board.a11yClosenessUnchosen", "Name", name, "Steps", model.ClosenessSteps)
	}
	return say("ui.board.a11yClosenessPicture", "Name", name, "Words", model.ClosenessWordsIn(i18n.Screen())[s.Selected], "K", s.Selected, "Steps", model.ClosenessSteps)
}

// AccessibilityRole of the scale is a button: a picture is chosen.
func (s *ClosenessScale) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleButton }

// AccessibilityLabel says the picture in words.
func (p *ClosenessPicture) AccessibilityLabel() string {
	if p.K < 1 || p.K > model.ClosenessSteps {
		return say("ui.board.a11yNotChosen", "Name", named(p.Name, say("ui.board.a11yCloseness")))
	}
	return say("ui.board.a11yClosenessPicture", "Name", named(p.Name, say("ui.board.a11yCloseness")), "Words", model.ClosenessWordsIn(i18n.Screen())[p.K], "K", p.K, "Steps", model.ClosenessSteps)
}

// AccessibilityRole of the picture is text.
func (p *ClosenessPicture) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleText }

// AccessibilityLabel names the colour chosen.
func (c *ColorChoice) AccessibilityLabel() string {
	return say("ui.board.a11yColourChosen", "Name", named(c.Name, say("ui.board.a11yColour")), "Colour", model.ColourName(c.Selected), "Count", len(c.Colors))
}

// AccessibilityRole of the palette is a button: a colour is chosen.
func (c *ColorChoice) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleButton }

// AccessibilityLabel names the swatch's colour, and whether it is chosen.
func (s *swatch) AccessibilityLabel() string {
	if s.choice.Selected == s.hex {
		return say("ui.board.a11ySwatchChosen", "Colour", model.ColourName(s.hex))
	}
	return model.ColourName(s.hex)
}

// AccessibilityRole of a swatch is a button.
func (s *swatch) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleButton }

// AccessibilityLabel lists the week's blocks day by day.
func (g *WeekGrid) AccessibilityLabel() string {
	var parts []string
	for _, b := range g.Blocks {
		when := b.Times()
		if when == "" {
			when = model.FormatClock(b.Top) + "–" + model.FormatClock(b.Bottom)
		}
		parts = append(parts, say("ui.board.a11yWeekBlock", "Day", g.dayName(b.Day), "When", when, "Title", b.Title))
	}
	for _, m := range g.Markers {
		parts = append(parts, say("ui.board.a11yWeekReminder", "Day", g.dayName(m.Day), "Clock", model.FormatClock(m.Minute), "Title", m.Title))
	}
	name := named(g.Name, say("ui.board.week"))
	if len(parts) == 0 {
		return say("ui.board.a11yNothingPlanned", "Name", name)
	}
	return say("ui.board.a11yList", "Name", name, "Parts", strings.Join(parts, "; "))
}

func (g *WeekGrid) dayName(i int) string {
	if i >= 0 && i < len(g.DayNames) && g.DayNames[i] != "" {
		return g.DayNames[i]
	}
	return say("ui.board.a11yDayN", "N", i+1)
}

// AccessibilityRole of the week is a button: blocks are pressed.
func (g *WeekGrid) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleButton }

// AccessibilityLabel is the label's whole text, also where it is cut.
func (l *FitLabel) AccessibilityLabel() string { return l.Text }

// AccessibilityRole of a label is text.
func (l *FitLabel) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleText }

// AccessibilityLabel names the field and says what is in it (never a
// password's characters).
func (e *Entry) AccessibilityLabel() string {
	name := named(e.Name, e.PlaceHolder)
	switch {
	case e.Password && e.Text != "":
		return sayN("ui.board.a11yPasswordTyped", len([]rune(e.Text)), "Name", named(name, say("ui.board.a11yPassword")))
	case e.Text == "":
		return say("ui.board.a11yEmpty", "Name", named(name, say("ui.board.a11yTextField")))
	case name == "":
		return e.Text
	}
	return name + ": " + e.Text
}

// AccessibilityRole of a field is text.
func (e *Entry) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleText }

// AccessibilityLabel names the date field and its date.
func (f *DateField) AccessibilityLabel() string {
	name := named(f.Name, say("ui.board.a11yDate"))
	if f.Text == "" {
		return say("ui.board.a11yDateNone", "Name", name, "Hint", dateHint())
	}
	return name + ": " + f.Text
}

// AccessibilityRole of a date field is text.
func (f *DateField) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleText }
