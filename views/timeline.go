package views

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/app"
	"github.com/vennplanner/venn/i18n"
	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/views/widgets"
)

// timelineView is the goal-mapping map with its range and value filter,
// and the collisions it found, in words.
type timelineView struct {
	ui       *UI
	from, to model.Date
	valueID  string
	view     app.TimelineView

	span       *widget.Select
	filter     *widget.Select
	tmap       *widgets.TimelineMap
	collisions *fyne.Container
	content    fyne.CanvasObject
}

func newTimelineView(ui *UI) *timelineView {
	t := &timelineView{ui: ui}
	q := ui.today().Quarter()
	t.from, t.to = q.First(), q.Last()
	t.tmap = widgets.NewTimelineMap()
	t.tmap.OnTap = func(g model.Goal) { ui.showGoalForm(g, false, nil) }
	t.tmap.OnResize = func(g model.Goal, from, to model.Date) {
		if _, err := ui.svc.SetGoalDates(ui.ctx, g.ID, from, to); err != nil {
			ui.showError(err)
			t.reload() // the bar goes back
		}
	}
	spans := []string{say("ui.sessions.thisQuarter"), say("ui.sessions.nextQuarter"), say("ui.sessions.theYear")}
	t.span = newSelect(spans, func(v string) {
		q := ui.today().Quarter()
		switch v {
		case spans[1]:
			q = q.Next()
			t.from, t.to = q.First(), q.Last()
		case spans[2]:
			t.from, t.to = model.Date{Year: q.Year, Month: 1, Day: 1}, model.Date{Year: q.Year, Month: 12, Day: 31}
		default:
			t.from, t.to = q.First(), q.Last()
		}
		t.reload()
	})
	t.filter = newSelect(nil, nil)
	t.collisions = container.NewVBox()
	legend := quietLabel(say("ui.sessions.mapLegend"))
	bar := container.NewHBox(widget.NewLabel(say("ui.sessions.show")), t.span, widget.NewLabel(say("ui.sessions.goalsOfValue")), t.filter)
	t.content = container.NewBorder(container.NewVBox(bar, legend), nil, nil, nil,
		container.NewVScroll(container.NewVBox(t.tmap, widget.NewSeparator(), t.collisions)))
	return t
}

func (t *timelineView) syncFilter() {
	options := []string{say("ui.sessions.allGoals")}
	ids := []string{""}
	for _, v := range t.view.Values {
		if v.Kind == model.ValueCore {
			options = append(options, v.Text+" ("+ownerLabel(v.Owner, t.ui.partners)+")")
			ids = append(ids, v.ID)
		}
	}
	t.filter.OnChanged = nil
	t.filter.Options = options
	for i, id := range ids {
		if id == t.valueID {
			t.filter.SetSelectedIndex(i)
		}
	}
	t.filter.OnChanged = func(string) {
		if i := t.filter.SelectedIndex(); i >= 0 && i < len(ids) {
			t.valueID = ids[i]
			t.reload()
		}
	}
	t.filter.Refresh()
}

func (t *timelineView) reload() {
	v, err := t.ui.svc.Timeline(t.ui.ctx, t.from, t.to, t.valueID)
	if err != nil {
		t.ui.showError(err)
		return
	}
	t.view = v
	if t.span.Selected == "" {
		t.span.OnChanged, t.span.Selected = nil, t.span.Options[0]
		t.span.Refresh()
	}
	t.syncFilter()
	t.draw()
}

// draw hands the map its bars, milestones and crunch weeks.
func (t *timelineView) draw() {
	v := t.view
	m := t.tmap
	m.From, m.To, m.Rows = v.From, v.To, v.Rows
	for i, o := range []model.Owner{ownerInSlot(v.Partners, model.SlotA), model.Shared, ownerInSlot(v.Partners, model.SlotB)} {
		m.LaneNames[i] = ownerLabel(o, v.Partners)
		m.LaneColors[i] = widgets.HexColor(model.OwnerColor(o, v.Partners))
	}
	m.Bars = m.Bars[:0]
	for _, b := range v.Bars {
		m.Bars = append(m.Bars, widgets.MapBar{Bar: b, Color: widgets.HexColor(model.OwnerColor(b.Goal.Owner, v.Partners))})
	}
	m.Marks = m.Marks[:0]
	for _, ms := range v.Milestones {
		m.Marks = append(m.Marks, widgets.MapMark{Day: ms.Day, Lane: model.LaneOf(ms.Owner, v.Partners), Title: ms.Title,
			Color: widgets.HexColor(model.OwnerColor(ms.Owner, v.Partners)), Reached: ms.Reached})
	}
	m.Shades = m.Shades[:0]
	for _, c := range v.Crunch {
		m.Shades = append(m.Shades, widgets.MapShade{Week: c.Week, Lane: model.LaneOf(model.Owner(c.PartnerID), v.Partners)})
	}
	m.Refresh()
	t.collisions.Objects = nil
	if len(v.Collisions) == 0 && len(v.Crunch) == 0 {
		t.collisions.Add(wrapped(say("ui.sessions.noCrunch")))
	}
	if n := len(v.Crunch); n > 0 {
		l := wrapped(crunchText(v))
		l.Importance = widget.WarningImportance
		t.collisions.Add(l)
	}
	for _, c := range v.Collisions {
		l := wrapped(c.MessageIn(i18n.Screen(), v.Partners))
		l.Importance = widget.WarningImportance
		t.collisions.Add(marked(widget.NewIcon(theme.WarningIcon()), l))
	}
	t.collisions.Refresh()
}

func crunchText(v app.TimelineView) string {
	byPartner := map[string]int{}
	for _, c := range v.Crunch {
		byPartner[c.PartnerID]++
	}
	var who []string
	for _, p := range v.Partners {
		if n := byPartner[p.ID]; n > 0 {
			who = append(who, say("ui.sessions.crunchOf", "Name", p.Short(), "Weeks", i18n.Screen().Int(n)))
		}
	}
	return say("ui.sessions.crunchWeeks", "List", strings.Join(who, say("ui.sessions.listComma")))
}

func ownerInSlot(partners []model.Partner, slot model.Slot) model.Owner {
	for _, p := range partners {
		if p.Slot == slot {
			return model.Owner(p.ID)
		}
	}
	return ""
}
