package forms

import (
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"github.com/vennplanner/venn/app"
	"github.com/vennplanner/venn/model"
)

// TestTheHouseholdFormGivesBackWhatItShows: a new form has two names to
// type, euros and Monday; a household set in it comes back as it was, and
// what is typed is read.
func TestTheHouseholdFormGivesBackWhatItShows(t *testing.T) {
	test.NewTempApp(t)
	f := NewHousehold()
	test.NewTempWindow(t, f.Content())
	v := f.Values()
	if v.A.Name != "" || v.B.Name != "" || v.Currency != "EUR" || v.WeekStart != time.Monday || v.A.Color == v.B.Color {
		t.Fatalf("a new form holds %+v", v)
	}
	want := app.HouseholdSetup{Name: "Zoë & Łukasz", Currency: "PLN", WeekStart: time.Sunday,
		A: app.PartnerSetup{Name: "Zoë", Color: model.PartnerColors[2]}, B: app.PartnerSetup{Name: "Łukasz", Color: model.PartnerColors[3]}}
	f.Set(want)
	if got := f.Values(); got != want {
		t.Fatalf("set %+v, the form gives back %+v", want, got)
	}
	f.bName.SetText("")
	test.Type(f.bName, "Łukasz Nowak")
	if got := f.Values().B.Name; got != "Łukasz Nowak" {
		t.Fatalf("typed a name, the form reads %q", got)
	}
}
