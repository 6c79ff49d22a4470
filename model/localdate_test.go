package model

import (
	"testing"
)

func TestParseLocalDate(t *testing.T) {
	day := Date{Year: 2027, Month: 3, Day: 15}
	for _, c := range []struct {
		in, layout string
		want       Date
		ok         bool
	}{
		{"2027-03-15", "DD.MM.YYYY", day, true},
		{"15.03.2027", "DD.MM.YYYY", day, true},
		{" 15.3.2027 ", "DD.MM.YYYY", day, true},
		{"15/03/2027", "DD/MM/YYYY", day, true},
		{"03/15/2027", "MM/DD/YYYY", day, true},
		{"15/03/2027", "MM/DD/YYYY", Date{}, false}, // no 15th month
		{"", "DD.MM.YYYY", Date{}, true},
		{"31.02.2027", "DD.MM.YYYY", Date{}, false},
		{"29.02.2028", "DD.MM.YYYY", Date{Year: 2028, Month: 2, Day: 29}, true},
		{"15..03.2027", "DD.MM.YYYY", Date{}, false},
		{"15.03.27", "DD.MM.YYYY", Date{}, false},
		{"+5.03.2027", "DD.MM.YYYY", Date{}, false},
		{"١٥/٠٣/٢٠٢٧", "DD/MM/YYYY", Date{}, false},
		{"15.03.2027 🎉", "DD.MM.YYYY", Date{}, false},
		{"März 15", "DD.MM.YYYY", Date{}, false},
	} {
		got, err := ParseLocalDate(c.in, c.layout)
		if (err == nil) != c.ok || got != c.want {
			t.Errorf("ParseLocalDate(%q, %s) = %v, %v; want %v, ok %v", c.in, c.layout, got, err, c.want, c.ok)
		}
		if err != nil && !IsValidation(err) {
			t.Errorf("ParseLocalDate(%q): %v is not a plain message", c.in, err)
		}
	}
}

// FuzzParseLocalDate: whatever is typed into a date field, in any of the
// layouts, the parser refuses it plainly or returns a real day that,
// written back in the same layout, parses to itself.
func FuzzParseLocalDate(f *testing.F) {
	for _, s := range []string{"2027-03-15", "15.03.2027", "3/15/2027", "31/02/2027", "1.1.2000", "", "x", "15-03-2027", "99.99.9999", "0.0.0000"} {
		f.Add(s, uint8(0))
		f.Add(s, uint8(2))
	}
	layouts := []string{"DD.MM.YYYY", "DD/MM/YYYY", "MM/DD/YYYY"}
	f.Fuzz(func(t *testing.T, text string, which uint8) {
		layout := layouts[int(which)%len(layouts)]
		d, err := ParseLocalDate(text, layout)
		if err != nil {
			if !IsValidation(err) {
				t.Fatalf("ParseLocalDate(%q) failed without a plain message: %v", text, err)
			}
			return
		}
		if d.IsZero() {
			return
		}
		back, err := ParseLocalDate(d.String(), layout)
		if err != nil || back != d {
			t.Fatalf("%q → %v → %q → %v, %v", text, d, d.String(), back, err)
		}
		if d.Time().Day() != d.Day || d.Time().Month() != d.Month {
			t.Fatalf("%q gave %v, not a day of the calendar", text, d)
		}
	})
}
