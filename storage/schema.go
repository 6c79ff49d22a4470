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

// What each synced column may hold. A field that arrives from another
// computer passes the same checks as a local edit before it is merged:
// type, range, length, format, enumeration. A field that fails is skipped
// and reported; it never reaches the database, so a broken or hostile file
// in the shared folder can never break a screen or spread to the partner.
//
// The checks are per field: merging is per field, so rules that tie two
// fields together (a block's end after its start) cannot be enforced here,
// and the screens read such combinations calmly instead.

// check validates one field value; it returns why the value is refused.
type check func(v any) error

// schema maps table → column → check. Every synced table and column is
// here; a table or column missing from it is not synced (tests keep the two
// in step with the migrations).
var schema = map[string]map[string]check{
	"household": {
		"name": text(model.MaxNameLen), "currency": currencyCode, "week_start": intIn(0, 6), "deleted": boolean,
	},
	"partners": {
		"slot": oneOf(string(model.SlotA), string(model.SlotB), ""), "name": text(model.MaxNameLen), "color": hexColor, "deleted": boolean,
	},
	"board_columns": {
		"name": text(model.MaxNameLen), "wip_limit": intIn(0, model.MaxWIPLimit), "deleted": boolean,
	},
	"goals": {
		"title": text(model.MaxTitleLen), "notes": text(model.MaxNotesLen), "owner": owner, "board_column": column,
		"rank": rank, "target_quarter": quarter, "start_date": date, "due_date": date,
		"archived": boolean, "private": boolean, "created_at": timestamp, "deleted": boolean,
	},
	"goal_steps": {
		"goal_id": ref, "text": text(model.MaxStepLen), "done": boolean, "rank": rank, "private": boolean, "deleted": boolean,
	},
	"goal_labels": {
		"goal_id": ref, "label": text(model.MaxLabelLen), "private": boolean, "deleted": boolean,
	},
	"label_colours": {
		"label": text(model.MaxLabelLen), "colour": hexColor, "deleted": boolean,
	},
	"rituals": {
		"title": text(model.MaxTitleLen), "who": owner, "times": intIn(1, 92), "per": period, "start_date": date,
		"reminder_time": clockOrEmpty, "reminder_days": weekdays, "notes": text(model.MaxNotesLen),
		"archived": boolean, "private": boolean, "deleted": boolean,
	},
	"ritual_entries": {
		"ritual_id": ref, "day": date, "status": oneOf(string(model.Done), string(model.Skipped), string(model.Paused)),
		"reason": text(model.MaxReasonLen), "confirm_a": boolean, "confirm_b": boolean, "by_id": refOrEmpty, "private": boolean, "deleted": boolean,
	},
	"ritual_adaptations": {
		"ritual_id": ref, "from_date": date, "times": intIn(1, 92), "per": period, "note": text(model.MaxReasonLen),
		"private": boolean, "deleted": boolean,
	},
	"capacities": {
		"partner_id": ref, "resource": resource, "amount": amount, "from_date": date, "deleted": boolean,
	},
	"allocations": {
		"goal_id": ref, "resource": resource, "amount": amount, "split_a": intIn(0, 100), "since": date, "private": boolean, "deleted": boolean,
	},
	"actuals": {
		"goal_id": ref, "partner_id": ref, "resource": resource, "amount": amount, "day": date,
		"note": text(model.MaxReasonLen), "private": boolean, "deleted": boolean,
	},
	"prompts": {
		"text": text(model.MaxItemLen), "kind": oneOf(string(model.PromptPlain), string(model.PromptAutonomy)),
		"rank": rank, "retired": boolean, "deleted": boolean,
	},
	"checkin_weeks": {
		"week": date, "answered_a": boolean, "answered_b": boolean, "deleted": boolean,
	},
	"checkins": {
		"week": date, "partner_id": ref, "prompt_id": ref, "answer": text(model.MaxAnswerLen),
		"visibility": oneOf(string(model.VisibleUntilBoth), string(model.VisibleNow), string(model.VisiblePrivate)),
		"felt": oneOf(string(model.FeltUnknown), string(model.FeltNo), string(model.FeltALittle), string(model.FeltYes),
			string(model.FeltRatherNot)),
		"private": boolean, "deleted": boolean,
	},
	"balance_signs": {
		"text": text(model.MaxItemLen), "lean": oneOf(string(model.LeanIndependent), string(model.LeanTogether)),
		"rank": rank, "retired": boolean, "deleted": boolean,
	},
	"assessments": {
		"month": date, "partner_id": ref, "sign_id": ref, "score": intIn(0, model.MaxScore), "private": boolean, "deleted": boolean,
	},
	"closeness": {
		"month": date, "partner_id": ref, "now": intIn(1, model.ClosenessSteps), "wished": intIn(1, model.ClosenessSteps),
		"private": boolean, "deleted": boolean,
	},
	"reviews": {
		"year": intIn(model.MinYear, model.MaxYear), "principles": text(model.MaxReviewText), "celebrations": text(model.MaxReviewText),
		"answer_a": text(model.MaxReviewText), "answer_b": text(model.MaxReviewText), "notes": text(model.MaxReviewText),
		"private": boolean, "deleted": boolean,
	},
	"review_rituals": {
		"review_id": ref, "ritual_id": ref,
		"decision": oneOf(string(model.DecideNone), string(model.DecideKeep), string(model.DecideAdapt), string(model.DecideRetire)),
		"note":     text(model.MaxReasonLen), "private": boolean, "deleted": boolean,
	},
	"blocks": {
		"title": text(model.MaxTitleLen), "kind": oneOf(string(model.KindSolo), string(model.KindJoint), string(model.KindFlexible), string(model.KindBuffer)),
		"owner": refOrEmpty, "start_at": wallTime, "end_at": wallTime, "repeat": boolean, "days": weekdays,
		"until_date": date, "skip": dateList, "notes": text(model.MaxNotesLen), "private": boolean, "deleted": boolean,
		"cycle":   oneOf(string(model.CycleNone), string(model.CycleMonthly), string(model.CycleYearly)),
		"goal_id": refOrEmpty, "ritual_id": refOrEmpty,
	},
	"calendar_targets": {
		"solo_each": intIn(0, 168*60), "joint": intIn(0, 168*60), "solo_a": intIn(0, 168*60), "solo_b": intIn(0, 168*60), "deleted": boolean,
	},
	"life_events": {
		"kind":  oneOf(string(model.EventCareer), string(model.EventIllness), string(model.EventMove), string(model.EventBaby), string(model.EventLoss), string(model.EventOther)),
		"title": text(model.MaxTitleLen), "day": date, "notes": text(model.MaxNotesLen), "undone": boolean,
		"private": boolean, "deleted": boolean,
	},
	"life_event_changes": {
		"event_id": ref, "seq": intIn(0, 10_000), "details": jsonObject(64 << 10), "private": boolean, "deleted": boolean,
	},
	"value_entries": {
		"owner": owner, "kind": oneOf(string(model.ValueCore), string(model.ValueAspiration), string(model.ValueDream)),
		"text": text(model.MaxValueLen), "rank": rank, "private": boolean, "deleted": boolean,
	},
	"goal_values": {
		"goal_id": ref, "value_id": ref, "private": boolean, "deleted": boolean,
	},
	"contracts": {
		"goal_id": ref, "commitment": text(model.MaxNotesLen), "support": text(model.MaxNotesLen),
		"every_weeks": intIn(1, 52), "started": date, "private": boolean, "deleted": boolean,
	},
	"contract_reviews": {
		"contract_id": ref, "day": date, "note": text(model.MaxNotesLen), "rating": intIn(1, 5), "private": boolean, "deleted": boolean,
	},
	"milestones": {
		"title": text(model.MaxTitleLen), "day": date, "goal_id": refOrEmpty, "owner": owner, "reached": boolean,
		"reached_on": date, "celebration": text(model.MaxNotesLen), "private": boolean, "deleted": boolean,
	},
	"sessions": {
		"quarter": quarter, "day": date, "step": intIn(0, len(model.SessionSteps)-1), "notes": text(model.MaxNotesLen),
		"decisions": text(model.MaxNotesLen), "done": boolean, "private": boolean, "deleted": boolean,
	},
	"appreciations": {
		"from_id": ref, "to_id": ref, "day": date, "text": text(model.MaxAppreciationLen), "printable": boolean, "deleted": boolean,
	},
	"requests": {
		"from_id": ref, "day": date, "need": text(model.MaxRequestLen), "proposal": text(model.MaxRequestLen),
		"reply":   oneOf(string(model.ReplyOpen), string(model.ReplyAgree), string(model.ReplyCounter), string(model.ReplyTalk)),
		"counter": text(model.MaxRequestLen), "answered_on": date,
		"became":  oneOf(string(model.BecameNothing), string(model.BecameBlocks), string(model.BecameRitual), string(model.BecameAgreement)),
		"deleted": boolean,
	},
	"agreements": {
		"text": text(model.MaxAgreementLen), "agreed_on": date, "revisit_on": date, "request_id": refOrEmpty, "deleted": boolean,
	},
	"health_checks": {
		"partner_id": ref, "week": date, "physical": intIn(1, model.HealthScale), "mental": intIn(1, model.HealthScale),
		"emotional": intIn(1, model.HealthScale), "note": text(model.MaxNotesLen), "private": boolean, "deleted": boolean,
	},
	"health_plans": {
		"partner_id": ref, "every_weeks": intIn(1, model.MaxHealthWeeks), "deleted": boolean,
	},
	"conflicts": {
		"tbl": conflictTable, "row_id": conflictRow, "col": conflictColumn, "lost": conflictText, "lost_stamp": stamp,
		"kept": conflictText, "kept_stamp": stamp, "combined": boolean, "deleted": boolean,
	},
	"questions": {
		"text": text(model.MaxItemLen), "depth": oneOf(string(model.DepthLight), string(model.DepthDeep)),
		"rank": rank, "retired": boolean, "deleted": boolean,
	},
}

// ValidateField checks a field that arrived from another computer: the
// table and column must be ones Venn syncs, the row id one Venn makes, and
// the value what a local edit could have written.
func ValidateField(table, rowID, col string, v any) error {
	cols, ok := schema[table]
	if !ok {
		return fmt.Errorf("%s is not a table Venn syncs", table)
	}
	c, ok := cols[col]
	if !ok {
		return fmt.Errorf("%s.%s is not a field Venn syncs", table, col)
	}
	if !validRowID(table, rowID) {
		return fmt.Errorf("%q is not an id Venn makes", rowID)
	}
	if err := c(v); err != nil {
		return fmt.Errorf("%s.%s: %w", table, col, err)
	}
	return nil
}

// ValidID reports whether s is a UUID in its usual written form.
func ValidID(s string) bool {
	if len(s) != 36 {
		return false
	}
	_, err := uuid.Parse(s)
	return err == nil
}

func validRowID(table, id string) bool {
	if table == "board_columns" {
		return model.Column(id).Index() >= 0
	}
	return ValidID(id)
}

// --- the checks ---

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

// text is a text of at most maxRunes characters, checked by the one check
// every way of writing it uses (model.CheckText).
func text(maxRunes int) check {
	return func(v any) error {
		s, err := asString(v)
		if err != nil {
			return err
		}
		return model.CheckText(s, maxRunes)
	}
}

func intIn(lo, hi int) check {
	return func(v any) error {
		n, err := asInt(v)
		if err != nil {
			return err
		}
		if n < int64(lo) || n > int64(hi) {
			return fmt.Errorf("is %d, outside %d…%d", n, lo, hi)
		}
		return nil
	}
}

func boolean(v any) error {
	n, err := asInt(v)
	if err != nil {
		return err
	}
	if n != 0 && n != 1 {
		return fmt.Errorf("is %d where yes or no belongs", n)
	}
	return nil
}

func oneOf(values ...string) check {
	return func(v any) error {
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
	}
}

// stringCheck turns a parser of strings into a check.
func stringCheck(parse func(string) error) check {
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

var (
	column = stringCheck(func(s string) error {
		if model.Column(s).Index() < 0 {
			return fmt.Errorf("%q is not a board column", clip(s))
		}
		return nil
	})
	period   = oneOf(string(model.PerDay), string(model.PerWeek), string(model.PerMonth), string(model.PerQuarter))
	resource = oneOf(string(model.Time), string(model.Money), string(model.Energy))
	// owner is "shared" or a partner's id (owners are checked against the
	// household's partners where rows are read).
	owner = stringCheck(func(s string) error {
		if s == string(model.Shared) || ValidID(s) {
			return nil
		}
		return fmt.Errorf("%q is neither a partner nor shared", clip(s))
	})
	ref = stringCheck(func(s string) error {
		if !ValidID(s) {
			return fmt.Errorf("%q is not an id Venn makes", clip(s))
		}
		return nil
	})
	refOrEmpty = stringCheck(func(s string) error {
		if s != "" && !ValidID(s) {
			return fmt.Errorf("%q is not an id Venn makes", clip(s))
		}
		return nil
	})
	date = stringCheck(func(s string) error {
		if s == "" {
			return nil
		}
		_, err := model.ParseDate(s)
		return err
	})
	quarter = stringCheck(func(s string) error {
		if s == "" {
			return nil
		}
		_, err := model.ParseQuarter(s)
		return err
	})
	wallTime = stringCheck(func(s string) error {
		if s == "" {
			return nil
		}
		_, err := model.ParseWallTime(s)
		return err
	})
	clockOrEmpty = stringCheck(func(s string) error {
		if s == "" {
			return nil
		}
		_, err := model.ParseClock(s)
		return err
	})
	timestamp = stringCheck(func(s string) error {
		if s == "" {
			return nil
		}
		_, err := time.Parse(time.RFC3339Nano, s)
		return err
	})
	hexColor = stringCheck(func(s string) error {
		_, _, _, err := model.ParseHexColor(s)
		return err
	})
	currencyCode = stringCheck(func(s string) error {
		if _, err := currency.ParseISO(s); err != nil {
			return fmt.Errorf("%q is not a currency", clip(s))
		}
		return nil
	})
	rank = check(func(v any) error {
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
	})
	weekdays = stringCheck(func(s string) error {
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
	})
	dateList = stringCheck(func(s string) error {
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
	})
)

func jsonObject(maxBytes int) check {
	return stringCheck(func(s string) error {
		if len(s) > maxBytes {
			return fmt.Errorf("is %d bytes long, more than the %d Venn allows", len(s), maxBytes)
		}
		var m map[string]any
		if err := json.Unmarshal([]byte(s), &m); err != nil {
			return fmt.Errorf("is not a JSON object")
		}
		return nil
	})
}

// conflictTable and conflictColumn name a text field whose lost words are
// kept; stamp is a clock stamp as Venn writes it.
var (
	conflictTable = stringCheck(func(s string) error {
		if _, ok := textColumns[s]; !ok {
			return fmt.Errorf("%q is not a table whose words Venn keeps", clip(s))
		}
		return nil
	})
	conflictColumn = stringCheck(func(s string) error {
		for _, cols := range textColumns {
			if _, ok := cols[s]; ok {
				return nil
			}
		}
		return fmt.Errorf("%q is not a field whose words Venn keeps", clip(s))
	})
	conflictRow = stringCheck(func(s string) error {
		if !ValidID(s) && model.Column(s).Index() < 0 {
			return fmt.Errorf("%q is not an id Venn makes", clip(s))
		}
		return nil
	})
	stamp = stringCheck(func(s string) error {
		st, err := model.ParseStamp(s)
		if err != nil {
			return err
		}
		if !ValidID(st.Device) {
			return fmt.Errorf("the stamp names no device Venn knows")
		}
		return nil
	})
)

// amount is a stored amount of time, money or energy (see model.Amount).
var amount = intIn(-model.MaxMoneyUnits*1000, model.MaxMoneyUnits*1000)

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
