package widgets

import (
	"time"

	"github.com/vennplanner/venn/i18n"
)

// weekdayShortKeys are the weekdays' short names, Sunday first.
var weekdayShortKeys = [7]string{"ui.board.wdSun", "ui.board.wdMon", "ui.board.wdTue", "ui.board.wdWed",
	"ui.board.wdThu", "ui.board.wdFri", "ui.board.wdSat"}

// WeekdayShort is a weekday's short name in the window's language: "Mon",
// "Mo.", "lun.".
func WeekdayShort(d time.Weekday) string { return say(weekdayShortKeys[int(d)%7]) }

// ShortDay is a day with its short weekday, without the year: "Mon 2 Jan".
func ShortDay(t time.Time) string {
	return say("ui.board.shortDay", "Weekday", WeekdayShort(t.Weekday()), "Date", i18n.Screen().DayMonth(t))
}

// WeekdayNumber is a day's short weekday and its number: "Mon 2".
func WeekdayNumber(t time.Time) string {
	return say("ui.board.weekdayNumber", "Weekday", WeekdayShort(t.Weekday()), "Day", t.Day())
}

// weekdayMinKeys are the weekdays' shortest names, Sunday first: "Su",
// "Mo", as a row of days under a dot names them.
var weekdayMinKeys = [7]string{"ui.board.wdMinSun", "ui.board.wdMinMon", "ui.board.wdMinTue", "ui.board.wdMinWed",
	"ui.board.wdMinThu", "ui.board.wdMinFri", "ui.board.wdMinSat"}

// weekdayLetterKeys are the weekdays' one-letter names, Sunday first, as
// the head of a small month's columns.
var weekdayLetterKeys = [7]string{"ui.board.wdLetterSun", "ui.board.wdLetterMon", "ui.board.wdLetterTue", "ui.board.wdLetterWed",
	"ui.board.wdLetterThu", "ui.board.wdLetterFri", "ui.board.wdLetterSat"}

// weekdayMin is a weekday's shortest name: "Mo".
func weekdayMin(d time.Weekday) string { return say(weekdayMinKeys[int(d)%7]) }

// weekdayLetter is a weekday's one-letter name: "M".
func weekdayLetter(d time.Weekday) string { return say(weekdayLetterKeys[int(d)%7]) }

// minDay is a day's shortest weekday and its number: "Mo 23".
func minDay(t time.Time) string {
	return say("ui.board.minDay", "Weekday", weekdayMin(t.Weekday()), "Day", t.Day())
}
