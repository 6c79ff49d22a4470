package export

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage"
)

// object reads typed fields out of a raw JSON object, remembering the first
// type error so callers can check once.
type object struct {
	raw   map[string]json.RawMessage
	where string
	err   error
	read  map[string]bool // the keys a reader read
}

func (o *object) fail(format string, args ...any) {
	if o.err == nil {
		o.err = importErr("%s: %s", o.where, fmt.Sprintf(format, args...))
	}
}

func field[T any](o *object, key, kind string) *T {
	raw, ok := o.raw[key]
	if !ok {
		return nil
	}
	o.read[key] = true
	var v T
	if err := json.Unmarshal(raw, &v); err != nil || string(raw) == "null" {
		o.fail("%q must be %s", key, kind)
		return nil
	}
	return &v
}

// str reads a text field; an id or a reference to one must be an id Venn
// makes (a UUID), or empty for "none".
func (o *object) str(key string) *string {
	v := field[string](o, key, "text")
	if v != nil && (key == "id" || strings.HasSuffix(key, "_id")) && *v != "" && !storage.ValidID(*v) {
		o.fail("%q must be an id Venn makes (a UUID such as 0197b3a2-5c1e-7d4f-9a10-2b3c4d5e6f70), not %q", key, truncate(*v, 40))
		return nil
	}
	return v
}

// id reads the object's id, "" when it has none (or it is not one Venn
// makes, which str reports).
func (o *object) id() string {
	if v := o.str("id"); v != nil {
		return *v
	}
	return ""
}

func (o *object) boolean(key string) *bool     { return field[bool](o, key, "true or false") }
func (o *object) integer(key string) *int      { return field[int](o, key, "a whole number") }
func (o *object) strings(key string) *[]string { return field[[]string](o, key, "a list of text") }

func (o *object) checklist(key string) *[]model.ChecklistStep {
	return field[[]model.ChecklistStep](o, key, `a list of {"text", "done"} steps`)
}

func (o *object) date(key string) *model.Date {
	v := o.str(key)
	if v == nil {
		return nil
	}
	d, err := model.ParseDate(*v)
	if err != nil {
		o.fail("%s: %v", key, err)
		return nil
	}
	return &d
}

// msg is an error as the person importing reads it: a validation's own
// words, else the error.
func msg(err error) string {
	var ve *model.ValidationError
	if errors.As(err, &ve) {
		return ve.Error()
	}
	return err.Error()
}
