package forms

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/app"
	"github.com/vennplanner/venn/i18n"
	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/views/widgets"
)

var currencies = []string{"EUR", "USD", "GBP", "CHF", "SEK", "NOK", "DKK", "PLN", "CZK", "CAD", "AUD", "NZD", "JPY"}

// Household asks for the two partners' names and colours, the
// household's name, currency and first day of the week. The set-up screen
// and Settings share it, each with its own button to save it.
type Household struct {
	name           *widgets.Entry
	aName, bName   *widgets.Entry
	aColor, bColor *widgets.ColorChoice
	currency       *widget.SelectEntry
	weekStart      *widget.Select
	form           *widget.Form
}

// NewHousehold makes an empty household form, in euros, with weeks that
// start on Monday.
func NewHousehold() *Household {
	f := &Household{
		name:      widgets.NewEntry(),
		aName:     widgets.NewEntry(),
		bName:     widgets.NewEntry(),
		aColor:    widgets.NewColorChoice(model.PartnerColors, model.PartnerColors[0], nil),
		bColor:    widgets.NewColorChoice(model.PartnerColors, model.PartnerColors[1], nil),
		currency:  widget.NewSelectEntry(currencies),
		weekStart: newSelect([]string{weekday(time.Monday), weekday(time.Sunday)}, nil),
	}
	f.aColor.Name, f.bColor.Name = say("ui.settings.firstColour"), say("ui.settings.secondColour")
	f.aName.SetPlaceHolder(say("ui.settings.egMaya"))
	f.bName.SetPlaceHolder(say("ui.settings.egLiam"))
	f.name.SetPlaceHolder(say("ui.settings.egHousehold"))
	f.currency.SetText("EUR")
	f.weekStart.SetSelected(weekday(time.Monday))
	f.form = widget.NewForm(
		widget.NewFormItem(say("ui.settings.firstPartner"), f.aName),
		widget.NewFormItem(say("ui.settings.theirColour"), f.aColor),
		widget.NewFormItem(say("ui.settings.secondPartner"), f.bName),
		widget.NewFormItem(say("ui.settings.theirColour"), f.bColor),
		widget.NewFormItem(say("ui.settings.householdName"), f.name),
		widget.NewFormItem(say("ui.settings.currency"), f.currency),
		widget.NewFormItem(say("ui.settings.weeksStartOn"), f.weekStart),
	)
	return f
}

// Content is the form, to place in a screen.
func (f *Household) Content() fyne.CanvasObject { return f.form }

// Values is the household as the form has it now.
func (f *Household) Values() app.HouseholdSetup {
	week := time.Monday
	if f.weekStart.Selected == weekday(time.Sunday) {
		week = time.Sunday
	}
	return app.HouseholdSetup{
		Name: f.name.Text, Currency: f.currency.Text, WeekStart: week,
		A: app.PartnerSetup{Name: f.aName.Text, Color: f.aColor.Selected},
		B: app.PartnerSetup{Name: f.bName.Text, Color: f.bColor.Selected},
	}
}

// Set shows the household h in the form.
func (f *Household) Set(h app.HouseholdSetup) {
	f.name.SetText(h.Name)
	f.aName.SetText(h.A.Name)
	f.bName.SetText(h.B.Name)
	f.aColor.SetSelected(h.A.Color)
	f.bColor.SetSelected(h.B.Color)
	f.currency.SetText(h.Currency)
	if h.WeekStart == time.Sunday {
		f.weekStart.SetSelected(weekday(time.Sunday))
	} else {
		f.weekStart.SetSelected(weekday(time.Monday))
	}
}

// weekday is a day's name in the window's language.
func weekday(d time.Weekday) string { return i18n.Screen().Weekday(d) }
