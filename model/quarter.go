package model

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Quarter is a calendar quarter such as 2026-Q4. The zero Quarter means "not set".
type Quarter struct {
	Year int
	Q    int // 1..4
}

// ParseQuarter reads "2026-Q4" (case-insensitive, "2026Q4" also accepted).
// An empty string is the zero Quarter.
func ParseQuarter(s string) (Quarter, error) {
	s = strings.ToUpper(strings.TrimSpace(s))
	if s == "" {
		return Quarter{}, nil
	}
	year, q, ok := strings.Cut(s, "Q")
	year = strings.TrimSuffix(year, "-")
	y, errY := strconv.Atoi(year)
	n, errQ := strconv.Atoi(q)
	if !ok || errY != nil || errQ != nil || len(year) != 4 || n < 1 || n > 4 {
		return Quarter{}, fmt.Errorf("%q is not a quarter like 2026-Q4", s)
	}
	return Quarter{Year: y, Q: n}, nil
}

// IsZero reports whether the quarter is unset.
func (q Quarter) IsZero() bool { return q == Quarter{} }

// String formats the quarter as "2026-Q4", or "" when unset.
func (q Quarter) String() string {
	if q.IsZero() {
		return ""
	}
	return fmt.Sprintf("%04d-Q%d", q.Year, q.Q)
}

// First returns the first day of the quarter.
func (q Quarter) First() Date {
	return Date{Year: q.Year, Month: monthOfQuarter(q.Q), Day: 1}
}

// Last returns the last day of the quarter.
func (q Quarter) Last() Date {
	return DateOf(q.Next().First().Time().AddDate(0, 0, -1))
}

// Next returns the following quarter.
func (q Quarter) Next() Quarter {
	if q.Q == 4 {
		return Quarter{Year: q.Year + 1, Q: 1}
	}
	return Quarter{Year: q.Year, Q: q.Q + 1}
}

// Prev returns the preceding quarter.
func (q Quarter) Prev() Quarter {
	if q.Q == 1 {
		return Quarter{Year: q.Year - 1, Q: 4}
	}
	return Quarter{Year: q.Year, Q: q.Q - 1}
}

// Contains reports whether the day falls inside the quarter.
func (q Quarter) Contains(d Date) bool { return !d.IsZero() && d.Quarter() == q }

func monthOfQuarter(q int) time.Month { return time.Month(3*(q-1) + 1) }

// Add returns the quarter n quarters later (earlier for negative n).
func (q Quarter) Add(n int) Quarter {
	i := q.Year*4 + (q.Q - 1) + n
	return Quarter{Year: i / 4, Q: i%4 + 1}
}

// MarshalText writes the quarter as "2026-Q4" ("" when unset).
func (q Quarter) MarshalText() ([]byte, error) { return []byte(q.String()), nil }

// UnmarshalText reads a quarter written by MarshalText.
func (q *Quarter) UnmarshalText(b []byte) error {
	v, err := ParseQuarter(string(b))
	if err != nil {
		return err
	}
	*q = v
	return nil
}
