package widgets

import (
	"errors"
	"strings"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/vennplanner/venn/i18n"
	"github.com/vennplanner/venn/model"
)

// DateField is Fyne's date entry (typed, or picked from its calendar) that
// also reads ISO dates (2027-03-15) beside the locale's own form
// (15/03/2027 here), says both in its placeholder, and reads nothing at all
// from text that is not a date: its tick and its Date agree, and a date
// typed wrong is never taken for the last one that was right.
type DateField struct {
	widget.DateEntry
	// Name is what the date is ("Target date"), for a screen reader.
	Name string
}

// localeDateLayout is the layout Fyne's date entry writes dates in, for
// this computer's locale: the reference date written by the entry itself.
var localeDateLayout = sync.OnceValue(func() string {
	probe := widget.NewDateEntry()
	ref := time.Date(2006, time.January, 2, 0, 0, 0, 0, time.UTC)
	probe.SetDate(&ref)
	if probe.Text == "" {
		return time.DateOnly
	}
	return probe.Text
})

// NewDateField returns an empty date field.
func NewDateField() *DateField {
	f := &DateField{}
	f.ExtendBaseWidget(f)
	f.Wrapping = fyne.TextWrap(fyne.TextTruncateClip)
	f.SetPlaceHolder(dateHint())
	return f
}

// NewDateFieldAt returns a date field showing d (empty for the zero date).
func NewDateFieldAt(d model.Date) *DateField {
	f := NewDateField()
	if !d.IsZero() {
		t := d.Time()
		f.SetDate(&t)
	}
	return f
}

// dateHint says which forms of a date are read: "2027-03-15 or 15/03/2027";
// in another language than English, its own order ("TT.MM.JJJJ oder
// 2027-03-15").
func dateHint() string {
	if tr := i18n.Screen(); tr.Lang().Tag != "en" {
		return tr.DateHint()
	}
	example := time.Date(2027, time.March, 15, 0, 0, 0, 0, time.UTC)
	iso := example.Format(time.DateOnly)
	if local := example.Format(localeDateLayout()); local != iso {
		return say("ui.board.dateOr", "ISO", iso, "Local", local)
	}
	return iso
}

// errNotADate is a typed date the field cannot read, in plain words.
var errNotADate = errors.New("not a date")

// parseTypedDate reads a typed date, ISO first, then the form the field
// writes dates in, then the window language's own order (15.03.2027 in
// German).
func parseTypedDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	for _, layout := range []string{time.DateOnly, localeDateLayout()} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	if d, err := model.ParseLocalDate(s, i18n.Screen().NumericLayout()); err == nil && !d.IsZero() {
		return d.Time(), nil
	}
	return time.Time{}, errNotADate
}

// CreateRenderer builds the date entry, then reads typed text its way.
func (f *DateField) CreateRenderer() fyne.WidgetRenderer {
	r := f.DateEntry.CreateRenderer()
	f.Validator = func(s string) error {
		if strings.TrimSpace(s) == "" {
			return nil
		}
		_, err := parseTypedDate(s)
		return err
	}
	f.Entry.OnChanged = f.typed
	return r
}

// typed follows the text: a date it can read becomes Date; anything else
// (empty, or not a date) leaves none.
func (f *DateField) typed(s string) {
	t, err := parseTypedDate(s)
	if err != nil {
		f.Date = nil
		if f.OnChanged != nil {
			f.OnChanged(nil)
		}
		return
	}
	f.Date = &t
	if f.OnChanged != nil {
		f.OnChanged(&t)
	}
}

// Read is the field's date: the zero date when it is empty, an error in
// plain words (naming what the field is for) when its text is not a date.
func (f *DateField) Read(what string) (model.Date, error) {
	text := strings.TrimSpace(f.Text)
	if text == "" {
		return model.Date{}, nil
	}
	t, err := parseTypedDate(text)
	if err != nil {
		return model.Date{}, &model.ValidationError{Field: what,
			Message: say("ui.board.typeDate", "What", what, "Hint", dateHint())}
	}
	return model.DateOf(t), nil
}

// DateOrZero is the field's date, the zero date when it is empty or cannot
// be read (forms that need to say why use Read).
func (f *DateField) DateOrZero() model.Date {
	d, _ := f.Read(say("ui.board.whatDate"))
	return d
}
