package widgets

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"github.com/vennplanner/venn/i18n"
	"github.com/vennplanner/venn/model"
)

func TestADateFieldReadsISOAndTheLocalesFormAndNothingElse(t *testing.T) {
	test.NewTempApp(t)
	f := NewDateField()
	test.NewTempWindow(t, f)
	if hint := f.PlaceHolder; !strings.Contains(hint, "2027-03-15") || !strings.Contains(hint, "15/03/2027") {
		t.Fatalf("the empty field does not say which forms it reads: %q", hint)
	}
	for typed, want := range map[string]string{"2027-03-15": "2027-03-15", "15/03/2027": "2027-03-15", " 2027-03-15 ": "2027-03-15"} {
		f.SetText("")
		test.Type(f, typed)
		d, err := f.Read("target date")
		if err != nil || d.String() != want || f.Date == nil || f.Validate() != nil {
			t.Errorf("typed %q: %v %v (Date %v, tick %v)", typed, d, err, f.Date, f.Validate())
		}
	}
	// A date typed wrong after a right one is not taken for the right one.
	f.SetText("")
	test.Type(f, "2027-03-15")
	f.SetText("15.3.27")
	if f.Date != nil || f.Validate() == nil {
		t.Fatalf("after %q the field still holds %v (tick: %v)", f.Text, f.Date, f.Validate())
	}
	if _, err := f.Read("target date"); err == nil || !strings.Contains(err.Error(), "Type the target date like 2027-03-15") {
		t.Fatalf("the error does not say how to type it: %v", err)
	}
}

// In German the field reads the day first with dots, and says so.
func TestDateFieldReadsTheWindowLanguagesOrder(t *testing.T) {
	test.NewTempApp(t)
	i18n.SetScreen(i18n.For("de"))
	t.Cleanup(func() { i18n.SetScreen(nil) })
	f := NewDateField()
	test.NewTempWindow(t, f)
	f.SetText("15.03.2027")
	d, err := f.Read("Fällig")
	if err != nil || d != model.DateOf(time.Date(2027, 3, 15, 0, 0, 0, 0, time.UTC)) {
		t.Fatalf("15.03.2027 in German reads as %v, %v", d, err)
	}
	if !strings.Contains(f.PlaceHolder, "TT.MM.JJJJ") || !strings.Contains(f.PlaceHolder, "2027-03-15") {
		t.Errorf("the German field says %q", f.PlaceHolder)
	}
}
