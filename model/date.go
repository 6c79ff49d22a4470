package model

import (
	"fmt"
	"time"
)

// Date is a calendar day without a time of day or a zone. The zero Date means
// "not set".
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// Earliest and latest years a goal's dates may use.
const (
	MinYear = 2000
	MaxYear = 2100
)

// DateOf returns the calendar day of t in t's location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date{Year: y, Month: m, Day: d}
}

// ParseDate reads an ISO date ("2026-11-22"). An empty string is the zero Date.
func ParseDate(s string) (Date, error) {
	if s == "" {
		return Date{}, nil
	}
	if d, ok := parseISODate(s); ok {
		return d, nil
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return Date{}, fmt.Errorf("%q is not a date like 2026-11-22", s)
	}
	return DateOf(t), nil
}

// IsZero reports whether the date is unset.
func (d Date) IsZero() bool { return d == Date{} }

// String formats the date as ISO 8601 ("2026-11-22"), or "" when unset.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
}

// Time returns midnight UTC of the day.
func (d Date) Time() time.Time {
	return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC)
}

// Before reports whether d is an earlier day than o.
func (d Date) Before(o Date) bool { return d.Compare(o) < 0 }

// Quarter returns the calendar quarter the day falls in.
func (d Date) Quarter() Quarter {
	return Quarter{Year: d.Year, Q: (int(d.Month)-1)/3 + 1}
}

// parseISODate reads a well-formed "YYYY-MM-DD" without time.Parse, which
// matters when loading years of ritual history. Anything unusual falls back
// to time.Parse and its checks.
func parseISODate(s string) (Date, bool) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return Date{}, false
	}
	num := func(part string) (int, bool) {
		n := 0
		for i := 0; i < len(part); i++ {
			c := part[i]
			if c < '0' || c > '9' {
				return 0, false
			}
			n = n*10 + int(c-'0')
		}
		return n, true
	}
	y, ok1 := num(s[:4])
	m, ok2 := num(s[5:7])
	d, ok3 := num(s[8:])
	if !ok1 || !ok2 || !ok3 || m < 1 || m > 12 || d < 1 || d > 28 {
		return Date{}, false // days 29–31 need the calendar: let time.Parse check them
	}
	return Date{Year: y, Month: time.Month(m), Day: d}, true
}

// Compare orders days: -1 when d is earlier than o, 0 when equal, +1 when later.
func (d Date) Compare(o Date) int {
	switch {
	case d.Year != o.Year:
		return cmpInt(int64(d.Year), int64(o.Year))
	case d.Month != o.Month:
		return cmpInt(int64(d.Month), int64(o.Month))
	default:
		return cmpInt(int64(d.Day), int64(o.Day))
	}
}

// AddDays returns the day n days after d (before it when n is negative).
func (d Date) AddDays(n int) Date { return DateOf(d.Time().AddDate(0, 0, n)) }

// DaysFrom counts the days from..to, both included (1 when they are the
// same day).
func DaysFrom(from, to Date) int {
	return int(to.Time().Sub(from.Time()).Hours()/24+0.5) + 1
}

// MarshalText writes the date as "2026-11-22" ("" when unset).
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText reads a date written by MarshalText.
func (d *Date) UnmarshalText(b []byte) error {
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// RoundDuration says a length of time in rounded words for people: "3
// minutes", "5 hours", "12 days", "2 years".
func RoundDuration(d time.Duration) string {
	const day = 24 * time.Hour
	switch {
	case d >= 2*365*day:
		return fmt.Sprintf("%d years", int64(d/(365*day)))
	case d >= 2*day:
		return fmt.Sprintf("%d days", int64(d/day))
	case d >= 2*time.Hour:
		return fmt.Sprintf("%d hours", int64(d/time.Hour))
	default:
		return fmt.Sprintf("%d minutes", int64(d/time.Minute))
	}
}
