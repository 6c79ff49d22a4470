package export

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/vennplanner/venn/storage"
)

// Result counts what an import changed.
type Result struct {
	// Saved counts the objects written, by the entity's plural ("goals",
	// "ritual days"); New counts those that did not exist before, where
	// an entity tells (goals).
	Saved map[string]int
	New   map[string]int
	// Unknown lists keys in the file that Venn does not know; they were
	// left alone ("goals[3].colour").
	Unknown []string
	// Unread counts the fields written through their column's check
	// alone, which no rule of their entity read: fields newer than the
	// entity's reader, or of an entity without rules of its own (see
	// writeUnread).
	Unread int
	// order is the plurals in the file's order.
	order []string
}

// String says what the import did, in the file's order.
func (r Result) String() string {
	var parts []string
	for _, plural := range r.order {
		n := r.Saved[plural]
		if n == 0 {
			continue
		}
		if added, ok := r.New[plural]; ok {
			parts = append(parts, fmt.Sprintf("%s: %d added, %d updated", plural, added, n-added))
			continue
		}
		parts = append(parts, fmt.Sprintf("%s: %d", plural, n))
	}
	out := "nothing changed"
	if len(parts) > 0 {
		out = strings.Join(parts, "; ")
	}
	if n := len(r.Unknown); n > 0 {
		shown := r.Unknown[:min(n, 5)]
		out += fmt.Sprintf("; left alone %d key(s) Venn does not know: %s", n, strings.Join(shown, ", "))
		if n > len(shown) {
			out += ", …"
		}
	}
	return out
}

// Error explains why an import was refused; nothing was changed.
type Error struct{ Msg string }

func (e *Error) Error() string { return "import refused: " + e.Msg + " (nothing was changed)" }

func importErr(format string, args ...any) error {
	return &Error{Msg: fmt.Sprintf(format, args...)}
}

// Import reads an export of the entities described and merges it as local
// edits, in one transaction run by update: rows are matched by id, and
// only the fields present in each object change; a problem anywhere leaves
// the data as it was.
func Import(ctx context.Context, entities []storage.Entity, update func(ctx context.Context, fn func(tx *storage.Tx) error) error, rules Rules, now time.Time, r io.Reader) (Result, error) {
	registry, err := registry(entities)
	if err != nil {
		return Result{}, err
	}
	data, err := io.ReadAll(io.LimitReader(r, MaxImportSize+1))
	if err != nil {
		return Result{}, fmt.Errorf("read import: %w", err)
	}
	if len(data) > MaxImportSize {
		return Result{}, importErr("the file is larger than %d MB", MaxImportSize>>20)
	}
	top, err := parse(data, registry)
	if err != nil {
		return Result{}, err
	}
	var res Result
	err = update(ctx, func(tx *storage.Tx) error {
		res = Result{Saved: map[string]int{}, New: map[string]int{}}
		for _, en := range registry {
			res.order = append(res.order, en.Export.Plural)
		}
		im := &importer{tx: tx, rules: rules, now: now}
		for _, en := range registry {
			if err := apply(im, en, top[en.Export.Key], &res); err != nil {
				return err
			}
		}
		return nil
	})
	res.Unknown = unknownKeys(top, registry)
	return res, err
}

// apply writes one entity's objects.
func apply(im *importer, en entity, raw json.RawMessage, res *Result) error {
	if raw == nil || string(raw) == "null" {
		return nil
	}
	var objects []map[string]json.RawMessage
	if en.Export.Single {
		var one map[string]json.RawMessage
		if json.Unmarshal(raw, &one) != nil || one == nil {
			return importErr("%q must be an object", en.Export.Key)
		}
		objects = append(objects, one)
	} else if json.Unmarshal(raw, &objects) != nil {
		return importErr("%q must be a list of objects", en.Export.Key)
	}
	im.seen = map[string]bool{}
	for i, raw := range objects {
		im.isNew, im.row = false, ""
		o := &object{raw: raw, where: en.where(i), read: map[string]bool{}}
		if err := en.read(im, o); err != nil {
			return err
		}
		n, err := im.writeUnread(en, o)
		if err != nil {
			return err
		}
		res.Unread += n
		res.Saved[en.Export.Plural]++
		if im.isNew {
			res.New[en.Export.Plural]++
		}
	}
	if en.after != nil && len(objects) > 0 {
		return en.after(im)
	}
	return nil
}

// parse checks that data is a Venn export this Venn can read and returns
// its top-level keys.
func parse(data []byte, registry []entity) (map[string]json.RawMessage, error) {
	// Windows tools begin UTF-8 text with a byte-order mark.
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if !utf8.Valid(data) {
		// Go's JSON decoder would quietly turn bad bytes into "�".
		return nil, importErr("the file is not UTF-8 text (byte %d is not); save it as UTF-8 and try again", firstInvalid(data))
	}
	var top map[string]json.RawMessage
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&top); err != nil || top == nil {
		return nil, importErr("the file is not valid JSON, or not a JSON object: %s", shortJSONError(err))
	}
	if dec.More() {
		return nil, importErr("the file has more after its JSON object")
	}
	if raw, ok := top["format"]; ok {
		var f string
		if json.Unmarshal(raw, &f) != nil || f != Format {
			return nil, importErr("this is not a Venn export (its format is %s)", raw)
		}
	}
	if raw, ok := top["version"]; ok {
		var v int
		if json.Unmarshal(raw, &v) != nil || v < 1 {
			return nil, importErr("the export version %s is not a number", raw)
		}
		if v > Version {
			return nil, importErr("this export was made by a newer Venn (version %d); please update Venn", v)
		}
	}
	if !slices.ContainsFunc(registry, func(en entity) bool { raw, ok := top[en.Export.Key]; return ok && string(raw) != "null" }) {
		return nil, importErr("this is not a Venn export: it has no household, partners, goals, rituals, resources, check-ins, calendar or sessions")
	}
	return top, nil
}

func firstInvalid(data []byte) int {
	at := 0
	for at < len(data) {
		r, size := utf8.DecodeRune(data[at:])
		if r == utf8.RuneError && size <= 1 {
			break
		}
		at += size
	}
	return at
}

// unknownKeys lists, for the person importing, the keys of the file that
// are not in Venn's export format (a typo, or another program's field):
// they are reported, not silently dropped. The format is read off the
// entities' descriptions.
func unknownKeys(top map[string]json.RawMessage, registry []entity) []string {
	var out []string
	for key, raw := range top {
		if key == "format" || key == "version" || key == "exported_at" {
			continue
		}
		en, ok := knows(registry, key)
		if !ok {
			out = append(out, key)
			continue
		}
		fields := en.fields()
		var objects []map[string]json.RawMessage
		if json.Unmarshal(raw, &objects) != nil {
			var one map[string]json.RawMessage
			if json.Unmarshal(raw, &one) != nil {
				continue
			}
			objects = append(objects, one)
		}
		for n, o := range objects {
			for k := range o {
				if !slices.Contains(fields, k) {
					out = append(out, fmt.Sprintf("%s[%d].%s", key, n, k))
				}
			}
		}
	}
	slices.Sort(out)
	return out
}

func shortJSONError(err error) string {
	if err == nil {
		return "it is empty"
	}
	msg := err.Error()
	if len(msg) > 120 {
		msg = msg[:120] + "…"
	}
	return msg
}
