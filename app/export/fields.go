package export

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage"
)

// readFields reads an object of an entity without rules of its own: the
// row its id names, or a new one; its fields are written by writeUnread.
func readFields(im *importer, o *object) error {
	id := o.id()
	if o.err != nil {
		return o.err
	}
	if id == "" {
		id = storage.NewID()
	}
	return im.wrote(id, nil)
}

// writeUnread writes the fields of the object that its reader did not
// read to the row the reader wrote, each as a local edit through its
// column's check, a reference only to a row that is there: an entity's
// fields need no code of their own to be imported, only its rules do.
func (im *importer) writeUnread(en entity, o *object) (int, error) {
	if im.row == "" {
		return 0, nil // nothing written (one person's words written elsewhere)
	}
	var fields []storage.Field
	for _, col := range en.Columns {
		if col.Name == "" || col.JSON == "" || o.read[col.JSON] {
			continue
		}
		if _, present := o.raw[col.JSON]; !present {
			continue
		}
		v, ok := storedValue(o, col)
		if !ok {
			return 0, o.err
		}
		if err := im.checkRef(o, col, v); err != nil {
			return 0, err
		}
		fields = append(fields, storage.Field{Name: col.Name, Value: v})
	}
	if len(fields) == 0 {
		return 0, nil
	}
	if en.Local {
		return 0, importErr("%s: Venn cannot import %q", o.where, fields[0].Name)
	}
	if err := im.tx.SetFields(en.Table, im.row, fields...); err != nil {
		return 0, importErr("%s: %s", o.where, msg(err))
	}
	return len(fields), nil
}

// checkRef refuses a field naming a row that is not there: a column whose
// kind holds another table's ids must name a live row of it ("" and
// "shared" pass where the kind allows them, which its check says).
func (im *importer) checkRef(o *object, col storage.Column, v any) error {
	id, isText := v.(string)
	if col.Kind.Ref == "" || !isText || id == "" || id == string(model.Shared) {
		return nil
	}
	found, err := im.tx.Exists(col.Kind.Ref, id)
	if err != nil {
		return fmt.Errorf("%s: %w", o.where, err)
	}
	if !found {
		return importErr("%s: %q names %q, which is not there", o.where, col.JSON, truncate(id, 40))
	}
	return nil
}

// storedValue reads a field of the object as its column stores it.
func storedValue(o *object, col storage.Column) (any, bool) {
	switch col.Form {
	case storage.Month:
		v := o.str(col.JSON)
		if v == nil {
			return nil, false
		}
		return *v + "-01", true
	case storage.WeekdayName:
		v := o.str(col.JSON)
		if v == nil {
			return nil, false
		}
		day := slices.Index(weekdayNames, strings.ToLower(*v))
		if day < 0 {
			o.fail("%q must be a weekday", col.JSON)
			return nil, false
		}
		return int64(day), true
	case storage.UTCTime, storage.UTCSeconds:
		v := o.str(col.JSON)
		if v == nil {
			return nil, false
		}
		t, err := time.Parse(time.RFC3339Nano, *v)
		if err != nil {
			o.fail("%q must be a time such as 2026-11-29T20:15:00Z", col.JSON)
			return nil, false
		}
		if col.Form == storage.UTCSeconds {
			return t.UTC().Format(time.RFC3339), true
		}
		return t.UTC().Format(time.RFC3339Nano), true
	}
	return kindValue(o, col)
}

// kindValue reads a field of the object as its column's kind stores it.
func kindValue(o *object, col storage.Column) (any, bool) {
	switch col.Kind.JSON {
	case storage.JSONNumber:
		v := field[int64](o, col.JSON, "a whole number")
		return deref(v), v != nil
	case storage.JSONBool:
		v := o.boolean(col.JSON)
		return deref(v), v != nil
	case storage.JSONWeekdays:
		v := o.strings(col.JSON)
		if v == nil {
			return nil, false
		}
		days, err := weekdaysNamed(*v, o.where)
		if err != nil {
			o.err = err
			return nil, false
		}
		parts := make([]string, len(days))
		for i, d := range days {
			parts[i] = strconv.Itoa(int(d))
		}
		return strings.Join(parts, ","), true
	case storage.JSONDates:
		v := o.strings(col.JSON)
		if v == nil {
			return nil, false
		}
		return strings.Join(*v, ","), true
	}
	v := o.str(col.JSON)
	return deref(v), v != nil
}

func deref[T any](v *T) any {
	if v == nil {
		return nil
	}
	return *v
}
