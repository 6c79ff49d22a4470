package storage

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/google/uuid"
	"golang.org/x/text/currency"

	"github.com/vennplanner/venn/model"
)

// What each column may hold. A field that arrives from another computer
// passes the same check as a local edit before it is merged: type, range,
// length, format, enumeration. A field that fails is skipped and reported;
// it never reaches the database, so a broken or hostile file in the shared
// folder can never break a screen or spread to the partner.
//
// The checks are per field: merging is per field, so rules that tie two
// fields together (a block's end after its start) cannot be enforced here,
// and the screens read such combinations calmly instead.

// Kind is what a column may hold: the check every value written or merged
// passes, what the export makes of it, and how the export's documentation
// says it.
type Kind struct {
	// Words say what the field holds, in the export's documentation.
	Words string
	// JSON is how the export writes the value.
	JSON JSONType
	// Ref names the table whose row's id the column holds ("" for none).
	Ref string
	// check says why a value is refused, or nil.
	check check
	// canon is the form a read gives a stored text (a quarter written
	// "2026q4" reads as "2026-Q4"); nil when it is the text itself.
	canon func(string) string
}

// Check says why v may not be stored in a column of this kind, or nil.
func (k Kind) Check(v any) error { return k.check(v) }

// Canonical is the form a read gives a stored text of this kind.
func (k Kind) Canonical(s string) string {
	if k.canon == nil {
		return s
	}
	return k.canon(s)
}

// JSONType is how the export writes a kind's values.
type JSONType uint8

const (
	JSONText     JSONType = iota // text
	JSONNumber                   // a whole number
	JSONBool                     // 0 and 1 as false and true
	JSONWeekdays                 // "0,6" as ["sunday", "saturday"]
	JSONDates                    // "2026-10-01,2026-10-08" as a list of dates
)

// check validates one field value; it returns why the value is refused.
type check func(v any) error

// Text is a text of at most maxRunes characters, checked by the one check
// every way of writing it uses (model.CheckText).
func Text(maxRunes int) Kind {
	return Kind{Words: fmt.Sprintf("text, at most %s characters", thousands(maxRunes)), check: func(v any) error {
		s, err := asString(v)
		if err != nil {
			return err
		}
		return model.CheckText(s, maxRunes)
	}}
}

// IntIn is a whole number from lo to hi.
func IntIn(lo, hi int) Kind {
	return Kind{Words: fmt.Sprintf("a whole number, %s to %s", thousands(lo), thousands(hi)), JSON: JSONNumber, check: func(v any) error {
		n, err := asInt(v)
		if err != nil {
			return err
		}
		if n < int64(lo) || n > int64(hi) {
			return fmt.Errorf("is %d, outside %d…%d", n, lo, hi)
		}
		return nil
	}}
}

// OneOf is one of a few texts.
func OneOf(values ...string) Kind {
	quoted := make([]string, len(values))
	for i, v := range values {
		quoted[i] = "`" + strconv.Quote(v) + "`"
	}
	return Kind{Words: "one of " + strings.Join(quoted, ", "), check: func(v any) error {
		s, err := asString(v)
		if err != nil {
			return err
		}
		for _, ok := range values {
			if s == ok {
				return nil
			}
		}
		return fmt.Errorf("%q is not one of the values Venn knows", clip(s))
	}}
}

// Ref holds the id of a row of table.
func Ref(table string) Kind {
	return Kind{Words: "an id", Ref: table, check: textCheck(func(s string) error {
		if !ValidID(s) {
			return fmt.Errorf("%q is not an id Venn makes", clip(s))
		}
		return nil
	})}
}

// RefOrEmpty holds the id of a row of table, or "" for none.
func RefOrEmpty(table string) Kind {
	return Kind{Words: "an id, or `\"\"`", Ref: table, check: textCheck(func(s string) error {
		if s != "" && !ValidID(s) {
			return fmt.Errorf("%q is not an id Venn makes", clip(s))
		}
		return nil
	})}
}

// JSONObject is a JSON object of at most maxBytes.
func JSONObject(maxBytes int) Kind {
	return Kind{Words: "a JSON object", check: textCheck(func(s string) error {
		if len(s) > maxBytes {
			return fmt.Errorf("is %d bytes long, more than the %d Venn allows", len(s), maxBytes)
		}
		var m map[string]any
		if err := json.Unmarshal([]byte(s), &m); err != nil {
			return fmt.Errorf("is not a JSON object")
		}
		return nil
	})}
}

var (
	// PhotoID names a photo file Venn made (a UUID), or "" for none.
	PhotoID = Kind{Words: "a photo's id, or `\"\"`", check: textCheck(func(s string) error {
		if s != "" && !ValidID(s) {
			return fmt.Errorf("%q is not a photo id Venn makes", clip(s))
		}
		return nil
	})}
	// Boolean is yes or no, stored as 1 or 0.
	Boolean = Kind{Words: "`true` or `false`", JSON: JSONBool, check: func(v any) error {
		n, err := asInt(v)
		if err != nil {
			return err
		}
		if n != 0 && n != 1 {
			return fmt.Errorf("is %d where yes or no belongs", n)
		}
		return nil
	}}
	// Owner is "shared" or a partner's id (owners are checked against the
	// household's partners where rows are merged: Entity.Owner).
	Owner = Kind{Words: "a partner's id, or `\"shared\"`", Ref: "partners", check: textCheck(func(s string) error {
		if s == string(model.Shared) || ValidID(s) {
			return nil
		}
		return fmt.Errorf("%q is neither a partner nor shared", clip(s))
	})}
	// Doer is who takes a shared goal's step on: a partner's id, "shared"
	// for both, or "" for nobody named.
	Doer = Kind{Words: "a partner's id, `\"shared\"` for both, or `\"\"`", Ref: "partners", check: textCheck(func(s string) error {
		if s == "" || s == string(model.Shared) || ValidID(s) {
			return nil
		}
		return fmt.Errorf("%q is neither a partner nor shared", clip(s))
	})}
	// BoardColumn is one of the board's column keys.
	BoardColumn = Kind{Words: "a column's `key`", check: textCheck(func(s string) error {
		if model.Column(s).Index() < 0 {
			return fmt.Errorf("%q is not a board column", clip(s))
		}
		return nil
	})}
	// Period is what a cadence counts in.
	Period = OneOf(string(model.PerDay), string(model.PerWeek), string(model.PerMonth), string(model.PerQuarter))
	// Resource is time, money or energy.
	Resource = OneOf(string(model.Time), string(model.Money), string(model.Energy))
	// Amount is a stored amount of time, money or energy (see model.Amount).
	Amount = func() Kind {
		k := IntIn(-model.MaxMoneyUnits*1000, model.MaxMoneyUnits*1000)
		k.Words = "a whole number in stored units"
		return k
	}()
	// Date is a day, "2026-11-22", or "" for none.
	Date = Kind{Words: "a date `YYYY-MM-DD`, or `\"\"`", check: textCheck(func(s string) error {
		_, err := model.ParseDate(s)
		return err
	}), canon: func(s string) string {
		d, _ := model.ParseDate(s)
		return d.String()
	}}
	// Quarter is a quarter, "2026-Q4", or "" for none.
	Quarter = Kind{Words: "a quarter `YYYY-QN`, or `\"\"`", check: textCheck(func(s string) error {
		_, err := model.ParseQuarter(s)
		return err
	}), canon: func(s string) string {
		q, _ := model.ParseQuarter(s)
		return q.String()
	}}
	// WallTime is a time without a zone, "2026-11-22T18:30", or "".
	WallTime = Kind{Words: "a time without a zone, `YYYY-MM-DDTHH:MM`", check: textCheck(func(s string) error {
		if s == "" {
			return nil
		}
		_, err := model.ParseWallTime(s)
		return err
	}), canon: func(s string) string {
		w, _ := model.ParseWallTime(s)
		return w.String()
	}}
	// ClockOrEmpty is a time of day, "07:30", or "".
	ClockOrEmpty = Kind{Words: "a time of day `HH:MM`, or `\"\"`", check: textCheck(func(s string) error {
		if s == "" {
			return nil
		}
		_, err := model.ParseClock(s)
		return err
	})}
	// Timestamp is an instant, RFC 3339 with a fraction of a second, or "".
	Timestamp = Kind{Words: "a time (RFC 3339)", check: textCheck(func(s string) error {
		if s == "" {
			return nil
		}
		_, err := time.Parse(time.RFC3339Nano, s)
		return err
	})}
	// HexColor is a colour, "#3b82f6".
	HexColor = Kind{Words: "a colour `#rrggbb`", check: textCheck(func(s string) error {
		_, _, _, err := model.ParseHexColor(s)
		return err
	})}
	// CurrencyCode is an ISO 4217 currency.
	CurrencyCode = Kind{Words: "an ISO 4217 currency code", check: textCheck(func(s string) error {
		if _, err := currency.ParseISO(s); err != nil {
			return fmt.Errorf("%q is not a currency", clip(s))
		}
		return nil
	})}
	// Rank places a row among its siblings: a base-36 fraction.
	Rank = Kind{Words: "a rank: a base-36 fraction (`0-9a-z`), compared as text", check: func(v any) error {
		s, err := asString(v)
		if err != nil {
			return err
		}
		if len(s) > model.MaxRankLen {
			return fmt.Errorf("is a rank of %d characters", len(s))
		}
		if s != "" && !model.ValidRank(s) {
			return fmt.Errorf("%q is not a rank", clip(s))
		}
		return nil
	}}
	// Weekdays are weekdays, stored as their numbers ("0,6": Sunday and
	// Saturday) and exported as their names.
	Weekdays = Kind{Words: "a list of weekday names", JSON: JSONWeekdays, check: textCheck(func(s string) error {
		if s == "" {
			return nil
		}
		parts := strings.Split(s, ",")
		if len(parts) > 7 {
			return fmt.Errorf("names more than seven weekdays")
		}
		for _, p := range parts {
			if n, err := strconv.Atoi(p); err != nil || n < 0 || n > 6 {
				return fmt.Errorf("%q is not a list of weekdays", clip(s))
			}
		}
		return nil
	})}
	// DateList is a list of days, stored "2026-10-01,2026-10-08".
	DateList = Kind{Words: "a list of dates `YYYY-MM-DD`", JSON: JSONDates, check: textCheck(func(s string) error {
		if s == "" {
			return nil
		}
		parts := strings.Split(s, ",")
		if len(parts) > model.MaxSkips {
			return fmt.Errorf("lists more than %d days", model.MaxSkips)
		}
		for _, p := range parts {
			if _, err := model.ParseDate(p); err != nil {
				return err
			}
		}
		return nil
	})}
)

// The kinds of a kept race (conflicts): the table and column of a text
// field whose lost words are kept, the row, and stamps as Venn writes them.
var (
	ConflictTable = Kind{Words: "a table", check: textCheck(func(s string) error {
		if _, ok := venn.lost[s]; !ok {
			return fmt.Errorf("%q is not a table whose words Venn keeps", clip(s))
		}
		return nil
	})}
	ConflictColumn = Kind{Words: "a column", check: textCheck(func(s string) error {
		for _, cols := range venn.lost {
			if _, ok := cols[s]; ok {
				return nil
			}
		}
		return fmt.Errorf("%q is not a field whose words Venn keeps", clip(s))
	})}
	ConflictRow = Kind{Words: "an id", check: textCheck(func(s string) error {
		if !ValidID(s) && model.Column(s).Index() < 0 {
			return fmt.Errorf("%q is not an id Venn makes", clip(s))
		}
		return nil
	})}
	Stamp = Kind{Words: "a clock stamp", check: textCheck(func(s string) error {
		st, err := model.ParseStamp(s)
		if err != nil {
			return err
		}
		if !ValidID(st.Device) {
			return fmt.Errorf("the stamp names no device Venn knows")
		}
		return nil
	})}
)

// ValidID reports whether s is a UUID in its usual written form.
func ValidID(s string) bool {
	if len(s) != 36 {
		return false
	}
	_, err := uuid.Parse(s)
	return err == nil
}

// textCheck turns a parser of texts into a check: text of any length Venn
// writes, valid UTF-8, no NUL.
func textCheck(parse func(string) error) check {
	return func(v any) error {
		s, err := asString(v)
		if err != nil {
			return err
		}
		if len(s) > 4096 {
			return fmt.Errorf("is too long")
		}
		return parse(s)
	}
}

func asString(v any) (string, error) {
	switch x := v.(type) {
	case string:
		if !utf8.ValidString(x) {
			return "", fmt.Errorf("is not valid UTF-8 text")
		}
		if strings.ContainsRune(x, 0) {
			return "", fmt.Errorf("holds a NUL character")
		}
		return x, nil
	case []byte:
		return asString(string(x))
	}
	return "", fmt.Errorf("holds %s where text belongs", typeName(v))
}

func asInt(v any) (int64, error) {
	if x, ok := v.(int64); ok {
		return x, nil
	}
	return 0, fmt.Errorf("holds %s where a whole number belongs", typeName(v))
}

func typeName(v any) string {
	switch v.(type) {
	case nil:
		return "nothing"
	case int64:
		return "a number"
	case float64:
		return "a fraction"
	case string, []byte:
		return "text"
	}
	return fmt.Sprintf("a %T", v)
}

// thousands writes n with thousands separated by commas: 20,000.
func thousands(n int) string {
	s := strconv.Itoa(n)
	sign := ""
	if n < 0 {
		sign, s = "-", s[1:]
	}
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return sign + s
}

// clip shortens a value quoted in a report.
func clip(s string) string {
	if len(s) <= 40 {
		return s
	}
	cut := 40
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}
