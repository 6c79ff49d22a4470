package forms

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/app"
	"github.com/vennplanner/venn/i18n"
	"github.com/vennplanner/venn/model"
)

// Presence is the one-tap "How present did it feel?" of one occasion of
// time together (a shared ritual's day, a joint block that happened), for
// the partner at the keyboard: this computer's partner, or on a computer
// that belongs to nobody, the one chosen in "Rating as". It shows the
// other partner's rating only once both rated; until then, "waiting for".
type Presence struct {
	host    Host
	occ     model.Occasion
	rater   string
	as      *widget.Select // nil on a computer that belongs to a partner
	buttons []*widget.Button
	status  *widget.Label
	box     *fyne.Container
}

// NewPresence makes the tap for occ; heading says what is rated ("Dinner
// on Tue 3 Nov"). chosen, when not nil, keeps the "Rating as" choice of a
// screen that makes its tap again after each change.
func NewPresence(h Host, occ model.Occasion, heading string, chosen *string) *Presence {
	if chosen == nil {
		chosen = new(string)
	}
	p := &Presence{host: h, occ: occ, rater: h.ThisPartner()}
	row := container.NewHBox()
	for i := 1; i <= model.PresenceScale; i++ {
		b := widget.NewButton(model.PresenceWordsIn(i18n.Screen())[i], func() { p.Rate(i) })
		p.buttons = append(p.buttons, b)
		row.Add(b)
	}
	p.status = wrapped("")
	title := widget.NewLabelWithStyle(say("ui.board.howPresent", "Occasion", heading), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.Wrapping = fyne.TextWrapWord
	p.box = container.NewVBox(title)
	if partners := h.Partners(); p.rater == "" && len(partners) == 2 {
		i := max(0, slices.IndexFunc(partners, func(pt model.Partner) bool { return pt.ID == *chosen }))
		p.rater = partners[i].ID
		p.as = newSelect([]string{partners[0].Short(), partners[1].Short()}, nil)
		p.as.SetSelectedIndex(i)
		p.as.OnChanged = func(string) {
			p.rater = partners[p.as.SelectedIndex()].ID
			*chosen = p.rater
			p.Refresh()
		}
		p.box.Add(container.NewHBox(widget.NewLabel(say("ui.board.ratingAs")), p.as))
	}
	p.box.Add(container.NewHScroll(row))
	p.box.Add(p.status)
	p.Refresh()
	return p
}

// Widget is what the screen shows.
func (p *Presence) Widget() fyne.CanvasObject { return p.box }

// Rate saves the rater's rating (1 to model.PresenceScale) and shows it.
func (p *Presence) Rate(rating int) {
	if err := p.host.Service().RatePresence(p.host.Context(), p.occ, p.rater, rating); err != nil {
		p.host.ShowError(err)
		return
	}
	p.Refresh()
}

// Status is the line under the choices.
func (p *Presence) Status() string { return p.status.Text }

// Refresh reads the occasion's ratings again, as the rater may see them.
func (p *Presence) Refresh() {
	got, err := p.host.Service().Presence(p.host.Context(), p.occ, p.rater)
	if err != nil {
		p.status.SetText(say("ui.board.presenceFailed", "Error", err.Error()))
		return
	}
	for i, b := range p.buttons {
		b.Importance = widget.MediumImportance
		if got.Mine == i+1 {
			b.Importance = widget.HighImportance
		}
		b.Refresh()
	}
	p.status.SetText(presenceStatus(got, p.rater, p.host.Partners()))
}

// presenceStatus says where the occasion's ratings stand for the rater.
func presenceStatus(got app.OccasionPresence, rater string, partners []model.Partner) string {
	i := slices.IndexFunc(partners, func(pt model.Partner) bool { return pt.ID == rater })
	if i < 0 || len(partners) != 2 {
		return ""
	}
	me, other := partners[i], partners[1-i]
	switch {
	case got.Both:
		return say("ui.board.presenceBoth", "Me", me.Short(), "Mine", presenceWord(got.Mine), "Other", other.Short(), "Theirs", presenceWord(got.Theirs))
	case got.Mine > 0:
		return say("ui.board.presenceWaiting", "Me", me.Short(), "Mine", presenceWord(got.Mine), "Other", other.Short())
	case got.TheyRated:
		return say("ui.board.presenceTheyRated", "Other", other.Short())
	}
	return say("ui.board.presenceNone")
}

// presenceWord names a rating; 0 is one rated on another computer that has
// not reached this one yet.
func presenceWord(rating int) string {
	if rating < 1 || rating > model.PresenceScale {
		return say("ui.board.notHereYet")
	}
	return model.PresenceWordsIn(i18n.Screen())[rating]
}
