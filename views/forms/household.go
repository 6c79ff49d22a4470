package forms

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/app"
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
		weekStart: widget.NewSelect([]string{"Monday", "Sunday"}, nil),
	}
	f.aColor.Name, f.bColor.Name = "First partner's colour", "Second partner's colour"
	f.aName.SetPlaceHolder("e.g. Maya")
	f.bName.SetPlaceHolder("e.g. Liam")
	f.name.SetPlaceHolder("optional, e.g. Maya & Liam")
	f.currency.SetText("EUR")
	f.weekStart.SetSelected("Monday")
	f.form = widget.NewForm(
		widget.NewFormItem("First partner", f.aName),
		widget.NewFormItem("Their colour", f.aColor),
		widget.NewFormItem("Second partner", f.bName),
		widget.NewFormItem("Their colour", f.bColor),
		widget.NewFormItem("Household name", f.name),
		widget.NewFormItem("Currency", f.currency),
		widget.NewFormItem("Weeks start on", f.weekStart),
	)
	return f
}

// Content is the form, to place in a screen.
func (f *Household) Content() fyne.CanvasObject { return f.form }

// Values is the household as the form has it now.
func (f *Household) Values() app.HouseholdSetup {
	week := time.Monday
	if f.weekStart.Selected == "Sunday" {
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
		f.weekStart.SetSelected("Sunday")
	} else {
		f.weekStart.SetSelected("Monday")
	}
}
