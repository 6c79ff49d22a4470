package views

import (
	"strings"

	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/i18n"
	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/views/widgets"
)

// partnerPicker is the "Writing as" choice the practice screens share: the
// partner at the keyboard, this computer's partner to begin with.
type partnerPicker struct {
	ui       *UI
	id       string
	sel      *widget.Select
	onChange func()
}

func newPartnerPicker(ui *UI, onChange func()) *partnerPicker {
	p := &partnerPicker{ui: ui, id: ui.thisPartnerID(), onChange: onChange}
	p.sel = newSelect(nil, nil)
	return p
}

// sync refreshes the choices (names may have changed) without firing.
func (p *partnerPicker) sync() {
	p.sel.OnChanged = nil
	p.sel.Options = partnerNames(p.ui.partners)
	p.sel.ClearSelected()
	for i, pt := range p.ui.partners {
		if pt.ID == p.id {
			p.sel.SetSelectedIndex(i)
		}
	}
	if p.sel.SelectedIndex() < 0 && len(p.ui.partners) > 0 {
		p.sel.SetSelectedIndex(0)
		p.id = p.ui.partners[0].ID
	}
	p.sel.OnChanged = func(string) {
		if i := p.sel.SelectedIndex(); i >= 0 && i < len(p.ui.partners) {
			p.id = p.ui.partners[i].ID
			p.onChange()
		}
	}
	p.sel.Refresh()
}

// me and other are the partner at the keyboard and the other one.
func (p *partnerPicker) me() (me, other model.Partner, ok bool) {
	ps := p.ui.partners
	if len(ps) < 2 {
		return me, other, false
	}
	if ps[1].ID == p.id {
		return ps[1], ps[0], true
	}
	return ps[0], ps[1], true
}

// lowerFirst lowers a sentence's first letter, to go inside another one.
func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}

// dayWords writes a day as "Tue 3 Nov", with the year when it is not this year's.
func (ui *UI) dayWords(d model.Date) string {
	if d.Year != ui.today().Year {
		return i18n.Screen().DayMonthYear(d.Time())
	}
	return widgets.ShortDay(d.Time())
}

// quarterWords is a quarter as the screens write it: "2027-Q1".
func quarterWords(q model.Quarter) string {
	if q.IsZero() {
		return ""
	}
	return i18n.Screen().Quarter(q.Year, q.Q)
}
