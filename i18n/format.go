package i18n

import (
	"strconv"
	"strings"
	"time"
)

// Dates and times are written from the catalogue: month and weekday names
// are date.month.N, date.mon.N (short) and date.weekday.N, and the order of
// a date's parts is a pattern (date.dayMonth, date.dayMonthYear,
// date.long), so each language writes "2. Januar 2027", "2 janvier 2027"
// or "2 de enero de 2027" its own way.

// monthKeys and the others are the dynamic keys the formatter builds; the
// source test counts them as in use.
var (
	monthKeys   = numbered("date.month.", 1, 12)
	monKeys     = numbered("date.mon.", 1, 12)
	weekdayKeys = numbered("date.weekday.", 0, 6)
)

func numbered(prefix string, from, to int) []string {
	var out []string
	for i := from; i <= to; i++ {
		out = append(out, prefix+strconv.Itoa(i))
	}
	return out
}

// DynamicKeys are the keys this package builds rather than names
// literally.
func DynamicKeys() []string {
	return append(append(append([]string{}, monthKeys...), monKeys...), weekdayKeys...)
}

func (tr *Tr) month(m time.Month) string { return tr.T(monthKeys[(int(m)+11)%12]) }

func (tr *Tr) mon(m time.Month) string { return tr.T(monKeys[(int(m)+11)%12]) }

// Month is the month's name: "January", "Januar", "janvier".
func (tr *Tr) Month(m time.Month) string { return tr.month(m) }

// MonthShort is the month's short name: "Jan", "Jan.", "janv.".
func (tr *Tr) MonthShort(m time.Month) string { return tr.mon(m) }

// Weekday is the day's name: "Monday", "Montag", "lundi".
func (tr *Tr) Weekday(d time.Weekday) string { return tr.T(weekdayKeys[int(d)%7]) }

// DayMonth is a day of the year without the year: "2 Jan", "2. Jan.".
func (tr *Tr) DayMonth(t time.Time) string {
	return tr.T("date.dayMonth", "Day", t.Day(), "Mon", tr.mon(t.Month()))
}

// DayMonthYear is a day in short: "2 Jan 2027", "2. Jan. 2027".
func (tr *Tr) DayMonthYear(t time.Time) string {
	return tr.T("date.dayMonthYear", "Day", t.Day(), "Mon", tr.mon(t.Month()), "Year", t.Year())
}

// LongDate is a day written out: "2 January 2027", "2 de enero de 2027".
func (tr *Tr) LongDate(t time.Time) string {
	return tr.T("date.long", "Day", t.Day(), "Month", tr.month(t.Month()), "Year", t.Year())
}

// WeekdayDate is a day with its weekday, without the year: "Monday 2
// January", "Montag, 2. Januar".
func (tr *Tr) WeekdayDate(t time.Time) string {
	return tr.T("date.weekdayDate", "Weekday", tr.Weekday(t.Weekday()), "Day", t.Day(), "Month", tr.month(t.Month()))
}

// DayMonthLong is a day of the year written out: "2 January", "2. Januar",
// "2 de enero".
func (tr *Tr) DayMonthLong(t time.Time) string {
	return tr.T("date.dayMonthLong", "Day", t.Day(), "Month", tr.month(t.Month()))
}

// MonthYear is a month of a year: "January 2027", "enero de 2027".
func (tr *Tr) MonthYear(t time.Time) string {
	return tr.T("date.monthYear", "Month", tr.month(t.Month()), "Year", t.Year())
}

// Range is two days, the first without its year when both share it:
// "1 Oct – 31 Dec 2026".
func (tr *Tr) Range(from, to time.Time) string {
	first := tr.DayMonthYear(from)
	if from.Year() == to.Year() {
		first = tr.DayMonth(from)
	}
	return tr.T("date.range", "From", first, "To", tr.DayMonthYear(to))
}

// twelveHour are the regions whose English uses a 12-hour clock.
var twelveHour = map[string]bool{"US": true, "CA": true, "AU": true, "NZ": true, "PH": true, "IN": true}

// monthFirst are the regions whose English writes the month first.
var monthFirst = map[string]bool{"US": true, "PH": true}

// Clock is a time of day, minutes after midnight: "18:30" on the 24-hour
// clock every language here uses, "6:30 pm" in American English.
func (tr *Tr) Clock(minute int) string {
	h, m := minute/60%24, minute%60
	tr = tr.orEnglish()
	if tr.lang.Tag == "en" && twelveHour[tr.region] {
		suffix := "am"
		if h >= 12 {
			suffix = "pm"
		}
		h12 := (h+11)%12 + 1
		return strconv.Itoa(h12) + ":" + pad2(m) + " " + suffix
	}
	return pad2(h) + ":" + pad2(m)
}

func pad2(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// NumericLayout is how the language writes a date in figures, as
// model.ParseLocalDate reads it: "DD.MM.YYYY" in German, "DD/MM/YYYY" in
// French, Spanish, Arabic and British English, "MM/DD/YYYY" in American
// English.
func (tr *Tr) NumericLayout() string {
	tr = tr.orEnglish()
	if tr.lang.Tag == "en" && monthFirst[tr.region] {
		return "MM/DD/YYYY"
	}
	return tr.T("date.layout")
}

// NumericDate is t in the language's figures: "15.03.2027".
func (tr *Tr) NumericDate(t time.Time) string {
	r := strings.NewReplacer("DD", pad2(t.Day()), "MM", pad2(int(t.Month())), "YYYY", strconv.Itoa(t.Year()))
	return r.Replace(tr.NumericLayout())
}

// DateHint is what a date field says it accepts: "TT.MM.JJJJ or
// 2027-03-15".
func (tr *Tr) DateHint() string {
	tr = tr.orEnglish()
	letters := strings.NewReplacer("DD", tr.T("date.letters.day"), "MM", tr.T("date.letters.month"), "YYYY", tr.T("date.letters.year"))
	return tr.T("date.hint", "Local", letters.Replace(tr.NumericLayout()), "ISO", "2027-03-15")
}

// Quarter is a quarter of a year: "2027-Q1", "Q1 2027", "T1 2027".
func (tr *Tr) Quarter(year, q int) string { return tr.T("date.quarter", "Year", year, "Q", q) }

// Money is an amount in a currency's minor units (cents) with the
// currency's narrow symbol, its figures the language's way: "€ 1,234.50",
// "€ 1.234,50". scale is the number of the currency's decimals.
func (tr *Tr) Money(symbol string, minor int64, scale int) string {
	unit := int64(1)
	for range scale {
		unit *= 10
	}
	sign := ""
	if minor < 0 {
		sign, minor = "-", -minor
	}
	whole := tr.Int(int(minor / unit))
	if scale > 0 {
		whole += tr.T("num.decimalSep") + fmtFraction(minor%unit, scale)
	}
	return tr.T("num.money", "Sign", sign, "Symbol", symbol, "Amount", whole)
}

func fmtFraction(n int64, digits int) string {
	s := strconv.FormatInt(n, 10)
	return strings.Repeat("0", max(0, digits-len(s))) + s
}
