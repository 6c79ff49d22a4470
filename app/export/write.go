package export

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage"
)

// Write writes everything in st as indented JSON, exported at now: each
// entity the store describes with a key of its own (storage.Entities), in
// their order, each object's fields as its description names them.
func Write(ctx context.Context, st *storage.Store, now time.Time, w io.Writer) error {
	ex := newExporter(ctx, st)
	doc := jsonObject{{"format", Format}, {"version", Version}, {"exported_at", now.UTC().Format(time.RFC3339)}}
	for _, en := range ex.entities {
		if en.Export == nil || en.Export.In != "" {
			continue
		}
		v, err := ex.value(en)
		if err != nil {
			return fmt.Errorf("export %s: %w", en.Export.Key, err)
		}
		doc = append(doc, member{en.Export.Key, v})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("write export: %w", err)
	}
	return nil
}

// exporter reads the store's entities as the export's objects.
type exporter struct {
	ctx      context.Context
	store    *storage.Store
	entities []storage.Entity
	byTable  map[string]storage.Entity
}

func newExporter(ctx context.Context, st *storage.Store) *exporter {
	ex := &exporter{ctx: ctx, store: st, entities: st.Entities(), byTable: map[string]storage.Entity{}}
	for _, en := range ex.entities {
		ex.byTable[en.Table] = en
	}
	return ex
}

// value is what an entity's key holds: a list of objects, or one object
// (or null) for a single entity.
func (ex *exporter) value(en storage.Entity) (any, error) {
	if write, ok := specialWriters[en.Table]; ok {
		return write(ex, en)
	}
	objects, err := ex.objects(en)
	if err != nil || !en.Export.Single {
		return objects, err
	}
	if len(objects) == 0 {
		return nil, nil
	}
	return objects[0], nil
}

// objects reads an entity's rows as objects, with the rows nested in
// them.
func (ex *exporter) objects(en storage.Entity) ([]any, error) {
	rows, err := ex.store.LiveRows(ex.ctx, en.Table)
	if err != nil {
		return nil, err
	}
	nested := map[string]map[string][]any{}
	for _, col := range en.Columns {
		if col.Nested != "" {
			if nested[col.Nested], err = ex.nested(ex.byTable[col.Nested]); err != nil {
				return nil, err
			}
		}
	}
	out := make([]any, 0, len(rows))
	for _, values := range rows {
		out = append(out, objectOf(en, newRow(en, values), nested))
	}
	return out, nil
}

// nested reads the rows of an entity held in another's objects, by the
// id of the row they belong to.
func (ex *exporter) nested(en storage.Entity) (map[string][]any, error) {
	rows, err := ex.store.LiveRows(ex.ctx, en.Table)
	if err != nil {
		return nil, err
	}
	link := en.Export.LinkColumn(en)
	out := map[string][]any{}
	for _, values := range rows {
		r := newRow(en, values)
		parent := r.text(link)
		if en.Export.Bare {
			out[parent] = append(out[parent], bareValue(en, r))
		} else {
			out[parent] = append(out[parent], objectOf(en, r, nil))
		}
	}
	if sortNested, ok := nestedOrder[en.Table]; ok {
		for _, list := range out {
			sortNested(list)
		}
	}
	return out, nil
}

// objectOf writes one row as the export's object: its id (unless the
// entity's objects have none), then each exported field in order.
func objectOf(en storage.Entity, r row, nested map[string]map[string][]any) jsonObject {
	o := make(jsonObject, 0, len(en.Columns)+1)
	if id := en.Export.ID; id != "-" {
		o = append(o, member{cmpOr(id, "id"), r.text("id")})
	}
	for _, col := range en.Columns {
		switch {
		case col.Nested != "":
			o = append(o, member{col.JSON, nonNil(nested[col.Nested][r.text("id")])})
		case col.JSON != "":
			v := fieldValue(col, r[col.Name])
			if col.Omit && v == "" {
				continue
			}
			o = append(o, member{col.JSON, v})
		}
	}
	if adjust, ok := rowAdjusters[en.Table]; ok {
		adjust(r, o)
	}
	return o
}

// bareValue is a nested row written as its one exported field's value.
func bareValue(en storage.Entity, r row) any {
	if value, ok := bareValues[en.Table]; ok {
		return value(r)
	}
	for _, col := range en.Columns {
		if col.JSON != "" {
			return fieldValue(col, r[col.Name])
		}
	}
	return nil
}

// fieldValue is a stored value as the export writes it: as its kind reads,
// or in the column's form.
func fieldValue(col storage.Column, v any) any {
	switch col.Form {
	case storage.Month:
		day := col.Kind.Canonical(textOf(v))
		return day[:min(len(day), len("2026-11"))]
	case storage.WeekdayName:
		return strings.ToLower(time.Weekday(intOf(v)).String())
	case storage.UTCTime:
		t, _ := time.Parse(time.RFC3339Nano, textOf(v))
		return t.UTC().Format(time.RFC3339Nano)
	case storage.UTCSeconds:
		t, _ := time.Parse(time.RFC3339, textOf(v))
		return t.UTC().Format(time.RFC3339)
	}
	switch col.Kind.JSON {
	case storage.JSONNumber:
		return intOf(v)
	case storage.JSONBool:
		return intOf(v) != 0
	case storage.JSONWeekdays:
		return weekdayNamesOf(textOf(v))
	case storage.JSONDates:
		return datesOf(textOf(v))
	}
	return col.Kind.Canonical(textOf(v))
}

// row is one row's values by column, as SQLite holds them.
type row map[string]any

func newRow(en storage.Entity, values []any) row {
	r := make(row, len(values))
	r["id"] = values[0]
	i := 1
	for _, col := range en.Columns {
		if col.Name != "" && i < len(values) {
			r[col.Name] = values[i]
			i++
		}
	}
	return r
}

func (r row) text(col string) string { return textOf(r[col]) }

func textOf(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case []byte:
		return string(x)
	}
	return ""
}

func intOf(v any) int64 {
	n, _ := v.(int64)
	return n
}

// weekdayNamesOf reads stored weekdays ("1,5") as their names; what is not
// a weekday is left out.
func weekdayNamesOf(s string) []string {
	out := []string{}
	for _, p := range strings.Split(s, ",") {
		if n, err := strconv.Atoi(p); err == nil && n >= 0 && n <= 6 {
			out = append(out, weekdayNames[n])
		}
	}
	return out
}

// datesOf reads stored days ("2026-10-01,2026-10-08"); what is not a date
// is left out.
func datesOf(s string) []string {
	out := []string{}
	for _, p := range strings.Split(s, ",") {
		if d, err := model.ParseDate(p); err == nil && !d.IsZero() {
			out = append(out, d.String())
		}
	}
	return out
}

func nonNil(v []any) []any {
	if v == nil {
		return []any{}
	}
	return v
}

func cmpOr(s, otherwise string) string {
	if s == "" {
		return otherwise
	}
	return s
}

// jsonObject is a JSON object whose fields keep their order.
type jsonObject []member

type member struct {
	key   string
	value any
}

// MarshalJSON writes the object's fields in order.
func (o jsonObject) MarshalJSON() ([]byte, error) {
	buf := []byte{'{'}
	for i, m := range o {
		if i > 0 {
			buf = append(buf, ',')
		}
		var err error
		if buf, err = appendJSON(buf, m.key); err != nil {
			return nil, err
		}
		buf = append(buf, ':')
		if buf, err = appendJSON(buf, m.value); err != nil {
			return nil, fmt.Errorf("%s: %w", m.key, err)
		}
	}
	return append(buf, '}'), nil
}

// appendJSON appends v as JSON, as encoding/json writes it.
func appendJSON(buf []byte, v any) ([]byte, error) {
	switch x := v.(type) {
	case nil:
		return append(buf, "null"...), nil
	case bool:
		return strconv.AppendBool(buf, x), nil
	case int64:
		return strconv.AppendInt(buf, x, 10), nil
	case []any:
		buf = append(buf, '[')
		for i, e := range x {
			if i > 0 {
				buf = append(buf, ',')
			}
			var err error
			if buf, err = appendJSON(buf, e); err != nil {
				return nil, err
			}
		}
		return append(buf, ']'), nil
	case jsonObject:
		b, err := x.MarshalJSON()
		return append(buf, b...), err
	}
	b, err := json.Marshal(v)
	return append(buf, b...), err
}

// specialWriters write the entities whose objects are not simply their
// rows.
var specialWriters = map[string]func(ex *exporter, en storage.Entity) (any, error){
	// The board's four columns are always all there, each with its default
	// name until the couple renames it.
	"board_columns": func(ex *exporter, en storage.Entity) (any, error) {
		rows, err := ex.store.LiveRows(ex.ctx, en.Table)
		if err != nil {
			return nil, err
		}
		stored := map[string]row{}
		for _, values := range rows {
			r := newRow(en, values)
			stored[r.text("id")] = r
		}
		out := []any{}
		for _, c := range model.DefaultColumnSettings() {
			r := row{"id": string(c.Column), "name": c.Name, "wip_limit": int64(c.WIPLimit)}
			if s, ok := stored[string(c.Column)]; ok {
				r["name"], r["wip_limit"] = cmpOr(s.text("name"), c.Name), s["wip_limit"]
			}
			out = append(out, objectOf(en, r, nil))
		}
		return out, nil
	},
	// The calendar's aims are one row, and none when all are 0.
	"calendar_targets": func(ex *exporter, en storage.Entity) (any, error) {
		rows, err := ex.store.LiveRows(ex.ctx, en.Table)
		if err != nil {
			return nil, err
		}
		for _, values := range rows {
			if values[0] != storage.CalendarTargetsID {
				continue
			}
			r := newRow(en, values)
			for _, col := range en.Columns {
				if col.JSON != "" && intOf(r[col.Name]) != 0 {
					return objectOf(en, r, nil), nil
				}
			}
		}
		return nil, nil
	},
	// A label's colour is the label's whatever its case: one per label,
	// named in lower case.
	"label_colours": func(ex *exporter, en storage.Entity) (any, error) {
		objects, err := ex.objects(en)
		out := []any{}
		seen := map[string]bool{}
		for _, o := range objects {
			label := strings.ToLower(textOf(o.(jsonObject).get("label")))
			if !seen[label] {
				seen[label] = true
				o.(jsonObject).set("label", label)
				out = append(out, o)
			}
		}
		slices.SortStableFunc(out, func(a, b any) int {
			return strings.Compare(textOf(a.(jsonObject).get("label")), textOf(b.(jsonObject).get("label")))
		})
		return out, err
	},
}

// rowAdjusters set the fields of an object that do not follow from one
// column each.
var rowAdjusters = map[string]func(r row, o jsonObject){
	// A block repeats on weekdays (repeat set, no cycle), by its cycle
	// (both), or not at all: the weekdays are null but on weekdays, and a
	// cycle counts only where repeat is set.
	"blocks": func(r row, o jsonObject) {
		repeat, cycle := intOf(r["repeat"]) != 0, r.text("cycle")
		if !repeat || cycle != "" {
			o.set("repeat", nil)
		}
		if !repeat {
			o.set("cycle", "")
		}
	},
}

// get returns the value of the object's field key.
func (o jsonObject) get(key string) any {
	for _, m := range o {
		if m.key == key {
			return m.value
		}
	}
	return nil
}

// set sets the value of the object's field key.
func (o jsonObject) set(key string, v any) {
	for i := range o {
		if o[i].key == key {
			o[i].value = v
		}
	}
}

// bareValues write nested rows whose one field is not a column's value.
var bareValues = map[string]func(r row) any{
	// A life event's change is kept as JSON: written as Venn reads it.
	"life_event_changes": func(r row) any {
		var c model.Change
		if err := json.Unmarshal([]byte(r.text("details")), &c); err != nil {
			c = model.Change{Summary: "(a change this version of Venn cannot read)"}
		}
		return c
	},
}

// nestedOrder sorts nested rows whose order SQL cannot give.
var nestedOrder = map[string]func(list []any){
	// A goal's labels go by their letters whatever their case, in any
	// alphabet.
	"goal_labels": func(list []any) {
		slices.SortStableFunc(list, func(a, b any) int {
			return strings.Compare(strings.ToLower(a.(string)), strings.ToLower(b.(string)))
		})
	},
}
