package model

import (
	"testing"
)

// FuzzParseAmount: whatever is typed into an amount field, the parser
// either refuses it plainly or returns a valid amount that formats and
// parses back to itself.
func FuzzParseAmount(f *testing.F) {
	for _, s := range []string{"7.5", "7:30", "1,250.50", "€ 40", "1.234.567,89", "-3", "abc", "", "168", "0,5"} {
		f.Add(s, uint8(0))
		f.Add(s, uint8(1))
		f.Add(s, uint8(2))
	}
	f.Fuzz(func(t *testing.T, text string, which uint8) {
		r := Resources[int(which)%len(Resources)]
		a, err := ParseAmount(r, text, "EUR")
		if err != nil {
			if !IsValidation(err) {
				t.Fatalf("ParseAmount(%s, %q) failed without a plain message: %v", r, text, err)
			}
			return
		}
		if err := ValidateAmount(r, a, "EUR"); err != nil {
			t.Fatalf("ParseAmount(%s, %q) = %d, which is not valid: %v", r, text, a, err)
		}
		back, err := ParseAmount(r, FormatPlain(r, a, "EUR"), "EUR")
		if err != nil || back != a {
			t.Fatalf("%s %d → %q → %d, %v", r, a, FormatPlain(r, a, "EUR"), back, err)
		}
	})
}

// FuzzParseDateAndQuarter: dates and quarters from files and forms either
// parse to something that prints back the same way, or are refused.
func FuzzParseDateAndQuarter(f *testing.F) {
	for _, s := range []string{"2026-11-22", "2026-02-29", "2024-02-29", "2026-Q4", "2026q1", "", "x", "2026-13-01", "0000-01-01"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if d, err := ParseDate(s); err == nil && !d.IsZero() {
			if back, err := ParseDate(d.String()); err != nil || back != d {
				t.Fatalf("date %q → %v → %v, %v", s, d, back, err)
			}
			if d.Day < 1 || d.Day > 31 || d.Month < 1 || d.Month > 12 {
				t.Fatalf("date %q parsed to an impossible day %v", s, d)
			}
		}
		if q, err := ParseQuarter(s); err == nil && !q.IsZero() {
			if back, err := ParseQuarter(q.String()); err != nil || back != q {
				t.Fatalf("quarter %q → %v → %v, %v", s, q, back, err)
			}
		}
	})
}
