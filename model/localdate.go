package model

import (
	"strconv"
	"strings"
	"time"
)

// ParseLocalDate reads a date typed into a field: ISO ("2027-03-15")
// always, and the order the person's language writes in figures, given as
// a layout of DD, MM and YYYY ("DD.MM.YYYY" in German, "DD/MM/YYYY" in
// French, "MM/DD/YYYY" in American English). Day and month may have one
// digit ("5.3.2027") and the separator may be any of . / - (people type
// what their keyboard makes easy). An empty string is the zero Date; a day
// the calendar lacks (31.02.2027) is refused.
func ParseLocalDate(s, layout string) (Date, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return Date{}, nil
	}
	if d, err := ParseDate(s); err == nil {
		return d, nil
	}
	isSep := func(r rune) bool { return r == '.' || r == '/' || r == '-' }
	parts := strings.FieldsFunc(s, isSep)
	if len(parts) != 3 || strings.IndexFunc(s, isSep) != len(parts[0]) || len(s) != len(parts[0])+len(parts[1])+len(parts[2])+2 {
		return Date{}, invalid("date", "ui.model.dateNotLike", "Text", quoted(s), "Layout", layout)
	}
	day, month, year, ok := fields(parts, monthFirstLayout(layout))
	if !ok {
		return Date{}, invalid("date", "ui.model.dateNotLike", "Text", quoted(s), "Layout", layout)
	}
	t := time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC)
	if t.Day() != day || int(t.Month()) != month {
		return Date{}, invalid("date", "ui.model.dateNotDay", "Text", quoted(s))
	}
	return DateOf(t), nil
}

// monthFirstLayout reports whether a layout puts the month before the day.
func monthFirstLayout(layout string) bool {
	m, d := strings.Index(layout, "MM"), strings.Index(layout, "DD")
	return m >= 0 && d >= 0 && m < d
}

// fields reads day, month and year from three parts in the layout's order:
// day and month of one or two digits, the year of four.
func fields(parts []string, monthFirst bool) (day, month, year int, ok bool) {
	if len(parts[2]) != 4 || len(parts[0]) > 2 || len(parts[1]) > 2 {
		return 0, 0, 0, false
	}
	n := [3]int{}
	for i, p := range parts {
		v, err := strconv.Atoi(p)
		if err != nil || v < 0 || strings.ContainsAny(p, "+- ") {
			return 0, 0, 0, false
		}
		n[i] = v
	}
	day, month = n[0], n[1]
	if monthFirst {
		day, month = month, day
	}
	if day < 1 || day > 31 || month < 1 || month > 12 {
		return 0, 0, 0, false
	}
	return day, month, n[2], true
}
