package views

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/app/summary"
	"github.com/vennplanner/venn/i18n"
	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/views/widgets"
)

// presenceMonths is how many months the presence trend shows.
const presenceMonths = 6

// presencePanel shows, beside the hours together, how present that time
// felt to each partner: the month's mean and its trend in words, and a
// chart of the last months. Only occasions both partners rated count.
type presencePanel struct {
	ui      *UI
	lines   *fyne.Container
	chart   *widgets.Chart
	content fyne.CanvasObject
}

func newPresencePanel(ui *UI) *presencePanel {
	p := &presencePanel{ui: ui, lines: container.NewVBox(), chart: widgets.NewChart(fyne.NewSize(340, 180))}
	head := widget.NewLabelWithStyle(say("ui.rhythm.presenceHeading"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	note := quietLabel(say("ui.rhythm.presenceNote"))
	p.content = container.NewVBox(head, p.lines, note, p.chart)
	return p
}

// reload reads the months up to month's.
func (p *presencePanel) reload(month model.Date) {
	from := model.DateOf(month.Time().AddDate(0, 1-presenceMonths, 0))
	to := model.DateOf(month.Time().AddDate(0, 1, -1))
	months, err := p.ui.svc.PresenceMonths(p.ui.ctx, from, to)
	if err != nil {
		p.ui.showError(err)
		return
	}
	p.lines.RemoveAll()
	partners := shortNames(p.ui.partners)
	for i, pt := range partners {
		if i < len(months) {
			p.lines.Add(wrapped(model.PresenceLineIn(i18n.Screen(), pt.Name, months[i])))
		}
	}
	p.chart.Set(summary.PresenceChart(i18n.Screen(), partners, months))
}
