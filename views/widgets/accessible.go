package widgets

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"

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
	parts := []string{"Card: " + g.Title, strings.ToLower(g.Column.DefaultName())}
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
		parts = append(parts, "private")
	}
	if c.Selected {
		parts = append(parts, "selected")
	}
	return strings.Join(parts, ", ")
}

// dueWords is where a goal stands against its date, as its chip says it.
func dueWords(g model.Goal, today model.Date) string {
	day := g.Due.Time().Format("Mon 2 Jan")
	switch model.DueStatusOf(g, today) {
	case model.DueOverdue:
		return "overdue since " + day
	case model.DueSoon:
		words := dueSoonWords(g.Due, today)
		return strings.ToLower(words[:1]) + words[1:]
	case model.DueDone:
		return "done, was due " + day
	case model.DueLater:
		return "due " + day
	}
	if !g.TargetQuarter.IsZero() {
		return "aimed at " + g.TargetQuarter.String()
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
		state := string(m.Marks[d])
		if state == "" {
			state = "not marked"
		}
		day := d.Time().Format("Monday 2")
		if d == m.Today {
			day = "today (" + day + ")"
		}
		if i == m.focus && m.focused {
			state += ", focused"
		}
		days = append(days, day+" "+state)
	}
	return fmt.Sprintf("%s, last %d days: %s", named(m.Name, "Ritual"), m.Days, strings.Join(days, ", "))
}

// AccessibilityRole of the marks is a button: a mark is pressed.
func (m *DayMarks) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleButton }

// AccessibilityLabel says where the needle stands.
func (g *BalanceGauge) AccessibilityLabel() string {
	name := named(g.Name, "Balance")
	switch {
	case !g.Rated:
		return name + ": not rated yet"
	case g.Needle < -g.Band:
		return name + ": leaning independent"
	case g.Needle > g.Band:
		return name + ": leaning together"
	}
	return name + ": balanced"
}

// AccessibilityRole of a gauge is text.
func (g *BalanceGauge) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleText }

// AccessibilityLabel says how full the meter is and whether that is enough.
func (m *Meter) AccessibilityLabel() string {
	verdict := "not strong enough yet"
	if m.Good {
		verdict = "strong enough"
	}
	return fmt.Sprintf("%s: %d %%, %s", named(m.Name, "Strength"), percent(m.Value), verdict)
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
	return fmt.Sprintf("%s, the last %d weeks: done %d times, skipped %d, paused %d",
		named(h.Name, "Ritual"), h.Weeks, counts[model.Done], counts[model.Skipped], counts[model.Paused])
}

// AccessibilityRole of a heat map is text.
func (h *HeatMap) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleText }

// AccessibilityLabel says the bar's value: "Strength: 72 %".
func (b *ScoreBar) AccessibilityLabel() string {
	if b.Name == "" {
		return fmt.Sprintf("Bar: %d %%", percent(b.Value))
	}
	if b.Decorative {
		return b.Name
	}
	return fmt.Sprintf("%s: %d %%", b.Name, percent(b.Value))
}

// AccessibilityRole of a bar is text.
func (b *ScoreBar) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleText }

// AccessibilityLabel names the month, the week shown and today.
func (m *MiniMonth) AccessibilityLabel() string {
	return fmt.Sprintf("Month %s; showing the week of %s; today is %s; press a day to show its week",
		m.First().AddDays(7).Time().Format("January 2006"), m.Shown.Time().Format("Mon 2 Jan"), m.Today.Time().Format("Mon 2 Jan"))
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
		day := fmt.Sprint(d.Day)
		if d.Today {
			day += " (today)"
		}
		days = append(days, day+" "+strings.Join(texts, ", "))
	}
	if len(days) == 0 {
		return named(g.Name, "Month") + ": nothing planned"
	}
	return named(g.Name, "Month") + ": " + strings.Join(days, "; ")
}

// AccessibilityRole of the month is a button: a day is pressed.
func (g *MonthGrid) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleButton }

// AccessibilityLabel lists each lane's goals with their dates, and the
// milestones.
func (m *TimelineMap) AccessibilityLabel() string {
	parts := []string{fmt.Sprintf("Timeline from %s to %s", m.From.Time().Format("2 Jan 2006"), m.To.Time().Format("2 Jan 2006"))}
	for _, b := range m.Bars {
		g := b.Bar.Goal
		parts = append(parts, fmt.Sprintf("%s: %s, %s to %s", m.LaneNames[b.Bar.Lane], g.Title,
			b.Bar.From.Time().Format("2 Jan"), b.Bar.To.Time().Format("2 Jan")))
	}
	for _, mk := range m.Marks {
		state := "to reach"
		if mk.Reached {
			state = "reached"
		}
		parts = append(parts, fmt.Sprintf("milestone %s, %s, %s", mk.Title, mk.Day.Time().Format("2 Jan"), state))
	}
	return strings.Join(parts, "; ")
}

// AccessibilityRole of the timeline is a button: a bar is pressed.
func (m *TimelineMap) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleButton }

// AccessibilityLabel says the numbers of each part: "The living Venn:
// Maya's own: 34 h 15 min; Liam's own: 47 h; Together: 17 h 30 min".
func (v *VennPicture) AccessibilityLabel() string {
	if v.Detail == nil {
		return "The living Venn: nothing planned yet"
	}
	var parts []string
	for _, region := range []int{VennOnlyA, VennOnlyB, VennTogether} {
		if d := v.Detail(region); d != "" {
			parts = append(parts, d)
		}
	}
	return named(v.Name, "The living Venn") + ": " + strings.Join(parts, "; ")
}

// AccessibilityRole of the picture is text.
func (v *VennPicture) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleText }

// AccessibilityLabel says the picture chosen, and how to choose.
func (s *ClosenessScale) AccessibilityLabel() string {
	name := named(s.Name, "Closeness")
	if s.Selected < 1 || s.Selected > model.ClosenessSteps {
		return fmt.Sprintf("%s: not chosen yet; 1 to %d, or the arrow keys", name, model.ClosenessSteps)
	}
	return fmt.Sprintf("%s: %s, picture %d of %d", name, model.ClosenessWords[s.Selected], s.Selected, model.ClosenessSteps)
}

// AccessibilityRole of the scale is a button: a picture is chosen.
func (s *ClosenessScale) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleButton }

// AccessibilityLabel says the picture in words.
func (p *ClosenessPicture) AccessibilityLabel() string {
	if p.K < 1 || p.K > model.ClosenessSteps {
		return named(p.Name, "Closeness") + ": not chosen"
	}
	return fmt.Sprintf("%s: %s, picture %d of %d", named(p.Name, "Closeness"), model.ClosenessWords[p.K], p.K, model.ClosenessSteps)
}

// AccessibilityRole of the picture is text.
func (p *ClosenessPicture) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleText }

// AccessibilityLabel names the colour chosen.
func (c *ColorChoice) AccessibilityLabel() string {
	return named(c.Name, "Colour") + ": " + model.ColourName(c.Selected) + " chosen, of " + fmt.Sprint(len(c.Colors))
}

// AccessibilityRole of the palette is a button: a colour is chosen.
func (c *ColorChoice) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleButton }

// AccessibilityLabel names the swatch's colour, and whether it is chosen.
func (s *swatch) AccessibilityLabel() string {
	if s.choice.Selected == s.hex {
		return model.ColourName(s.hex) + ", chosen"
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
		parts = append(parts, fmt.Sprintf("%s %s %s", g.dayName(b.Day), when, b.Title))
	}
	for _, m := range g.Markers {
		parts = append(parts, fmt.Sprintf("%s %s reminder: %s", g.dayName(m.Day), model.FormatClock(m.Minute), m.Title))
	}
	if len(parts) == 0 {
		return named(g.Name, "Week") + ": nothing planned"
	}
	return named(g.Name, "Week") + ": " + strings.Join(parts, "; ")
}

func (g *WeekGrid) dayName(i int) string {
	if i >= 0 && i < len(g.DayNames) && g.DayNames[i] != "" {
		return g.DayNames[i]
	}
	return fmt.Sprintf("day %d", i+1)
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
		return named(name, "Password") + ": " + fmt.Sprint(len([]rune(e.Text))) + " characters typed"
	case e.Text == "":
		return named(name, "Text field") + ": empty"
	case name == "":
		return e.Text
	}
	return name + ": " + e.Text
}

// AccessibilityRole of a field is text.
func (e *Entry) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleText }

// AccessibilityLabel names the date field and its date.
func (f *DateField) AccessibilityLabel() string {
	name := named(f.Name, "Date")
	if f.Text == "" {
		return name + ": none, type a date like " + dateHint()
	}
	return name + ": " + f.Text
}

// AccessibilityRole of a date field is text.
func (f *DateField) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleText }
