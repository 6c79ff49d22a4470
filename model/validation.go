package model

import (
	"errors"
	"fmt"

	"github.com/vennplanner/venn/i18n"
)

// ValidationError explains in plain words why input was refused. A
// refusal in the catalogue has its Key and Args, and says itself in any
// language (In; Error is the English, for logs and the command line): its
// words are read only when it is said, so an error value made as a
// package starts reads no catalogue. Message holds words that are not in
// the catalogue.
type ValidationError struct {
	Field   string
	Message string // the words of a refusal without a Key
	Key     string // the catalogue key of the words; "" for words not in the catalogue
	Args    []any  // Key's named values: name, value, …
}

// Error is the refusal in English.
func (e *ValidationError) Error() string { return e.In(nil) }

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
	return &ValidationError{Field: field, Key: key, Args: pairs}
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
