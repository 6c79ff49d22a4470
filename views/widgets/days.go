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
