package model

import (
	"errors"
	"fmt"

	"github.com/vennplanner/venn/i18n"
)

// ValidationError explains in plain words why input was refused. Message
// is the English, for logs and the command line; Key and Args say it
// again in the window's language (In). A refusal made before it is needed
// (Refusal: a package's error values) has no Message; Error and In say
// its English from Key.
type ValidationError struct {
	Field   string
	Message string
	Key     string // the catalogue key of Message; "" for words not in the catalogue
	Args    []any  // Key's named values: name, value, …
}

func (e *ValidationError) Error() string {
	if e.Message == "" {
		return e.In(nil)
	}
	return e.Message
}

// In is the message in tr's language (nil: English).
func (e *ValidationError) In(tr *i18n.Tr) string {
	if e.Key == "" {
		return e.Message
	}
	return tr.T(e.Key, sayValues(tr, e.Args)...)
}

// said is a named value that is a word of the catalogue (its key): a
// message says it in its own language ("week", "Woche").
type said string

// sayValues are the named values with each said word in tr's language.
func sayValues(tr *i18n.Tr, pairs []any) []any {
	out := make([]any, len(pairs))
	for i, v := range pairs {
		if w, ok := v.(said); ok {
			v = tr.T(string(w))
		}
		out[i] = v
	}
	return out
}

// Invalid is a ValidationError of field with the catalogue's words for key
// and its named values (name, value, …).
func Invalid(field, key string, pairs ...any) *ValidationError {
	return &ValidationError{Field: field, Message: i18n.English().T(key, sayValues(nil, pairs)...), Key: key, Args: pairs}
}

// Refusal is Invalid for an error value made when a package starts: its
// words are read from the catalogue only when the error is said, so that
// no catalogue is read while Venn starts.
func Refusal(field, key string) *ValidationError {
	return &ValidationError{Field: field, Key: key}
}

// invalid is Invalid as an error.
func invalid(field, key string, pairs ...any) error { return Invalid(field, key, pairs...) }

// invalidf is a ValidationError whose English is not in the catalogue yet:
// it reads the same in every language.
func invalidf(field, format string, args ...any) error {
	return &ValidationError{Field: field, Message: fmt.Sprintf(format, args...)}
}

// quoted is a value as the messages show it, in straight quotes ("x").
func quoted(v any) string { return fmt.Sprintf("%q", v) }

// IsValidation reports whether err (or an error it wraps) is a ValidationError.
func IsValidation(err error) bool {
	var v *ValidationError
	return errors.As(err, &v)
}
