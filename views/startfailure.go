package views

import "github.com/vennplanner/venn/i18n"

// startError is why Venn could not open its window, said in the language
// of whoever started it: the command line says it, as no window speaks
// yet. It is ErrNoDesktop or ErrWindowFailed for errors.Is.
type startError struct {
	kind  error
	key   string
	pairs []any
}

func (e *startError) Error() string         { return i18n.English().T(e.key, e.pairs...) }
func (e *startError) Unwrap() error         { return e.kind }
func (e *startError) In(tr *i18n.Tr) string { return tr.T(e.key, e.pairs...) }
