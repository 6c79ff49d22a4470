package i18n

import (
	"compress/gzip"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

// The catalogues Venn carries: English as it is written (catalog/en.json
// and the window's parts, read at every start), the other languages packed
// (packed/<lang>.json.gz, each language's files merged and gzipped by
// gen_packed.go: 0.18 MB of the program instead of 0.72 MB).
//
//go:generate go run gen_packed.go
//go:embed catalog/en.json catalog/ui-*.en.json packed/*.json.gz
var catalogs embed.FS

// CatalogDir is the folder of Catalogues that holds English's en.json, and
// for the window's screens ui-<part>.en.json files beside it, ready for
// fyne.io/fyne/v2/lang.AddTranslationsFS.
const CatalogDir = "catalog"

// packedDir holds the other languages' catalogues, one gzipped JSON file
// each.
const packedDir = "packed"

// Catalogues are the embedded catalogue files.
func Catalogues() embed.FS { return catalogs }

// Language is a language Venn speaks, named in its own words.
type Language struct {
	Tag  string // "de"
	Name string // "Deutsch"
	RTL  bool   // written right to left
}

// Languages are the languages with a catalogue, English first.
var Languages = []Language{
	{Tag: "en", Name: "English"},
	{Tag: "de", Name: "Deutsch"},
	{Tag: "fr", Name: "Français"},
	{Tag: "es", Name: "Español"},
	{Tag: "ar", Name: "العربية", RTL: true},
}

var (
	catMu    sync.Mutex
	messages = map[string]map[string]entry{} // language → key → its forms, read on first use
	loadErr  error
)

// entry is one message as the catalogue writes it: a plain sentence in
// other alone, a plural message with one text for each CLDR form its
// language uses besides "other". A start reads two thousand of them, so
// a plain sentence is one string, not a map of one (0.3 MB of the
// English catalogue instead of 0.9).
type entry struct {
	other  string
	plural *[len(pluralFormNames)]string // by pluralFormNames; nil for a plain sentence
}

// pluralFormNames are the CLDR forms a plural message may give besides
// "other".
var pluralFormNames = [...]string{"zero", "one", "two", "few", "many"}

// form is the message's text in the named form ("other", "one"…), "" when
// it does not give it.
func (e entry) form(name string) string {
	if name == "other" {
		return e.other
	}
	if i := slices.Index(pluralFormNames[:], name); i >= 0 && e.plural != nil {
		return e.plural[i]
	}
	return ""
}

// isPlural reports whether the message has plural forms (English gives
// "one" for each).
func (e entry) isPlural() bool { return e.form("one") != "" }

// forms are the forms the message gives, with their texts.
func (e entry) forms() iter.Seq2[string, string] {
	return func(yield func(string, string) bool) {
		if e.plural != nil {
			for i, text := range e.plural {
				if text != "" && !yield(pluralFormNames[i], text) {
					return
				}
			}
		}
		if e.other != "" {
			yield("other", e.other)
		}
	}
}

// entryOf is the entry for a message's forms as the catalogue writes them
// ("description" is a note for translators, not a form).
func entryOf(forms map[string]string) (entry, error) {
	var e entry
	for name, text := range forms {
		switch i := slices.Index(pluralFormNames[:], name); {
		case name == "other":
			e.other = text
		case name == "description":
		case i >= 0:
			if e.plural == nil {
				e.plural = new([len(pluralFormNames)]string)
			}
			e.plural[i] = text
		default:
			return entry{}, fmt.Errorf("%q is not a plural form", name)
		}
	}
	return e, nil
}

// catalogue is a language's messages, read from the embedded files the
// first time the language is spoken: a start in English reads English
// alone.
func catalogue(tag string) map[string]entry {
	catMu.Lock()
	defer catMu.Unlock()
	if m, ok := messages[tag]; ok {
		return m
	}
	if err := loadOne(tag); err != nil {
		loadErr = err
		slog.Error("translations", "err", err)
	}
	return messages[tag]
}

// load reads every language's catalogue.
func load() {
	for _, l := range Languages {
		catalogue(l.Tag)
	}
}

// loadOne reads a language's catalogue: for English <tag>.json and any
// <part>.<tag>.json beside it (the window's screens keep their words in
// parts of their own, so each screen's words can be written without
// touching the others'), for the others their packed file. A key in two
// parts is an error.
func loadOne(tag string) error {
	msgs := map[string]entry{}
	messages[tag] = msgs
	if tag != "en" {
		return loadPacked(tag, msgs)
	}
	names, err := catalogueFiles(tag)
	if err != nil {
		return err
	}
	for _, name := range names {
		data, err := catalogs.ReadFile(name)
		if err != nil {
			return fmt.Errorf("read %s: %w", name, err)
		}
		if err := addMessages(name, data, msgs); err != nil {
			return err
		}
	}
	return nil
}

// catalogueFiles are the files of tag's catalogue, <tag>.json first.
func catalogueFiles(tag string) ([]string, error) {
	all, err := catalogs.ReadDir(CatalogDir)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", CatalogDir, err)
	}
	names := []string{CatalogDir + "/" + tag + ".json"}
	for _, f := range all {
		if strings.HasSuffix(f.Name(), "."+tag+".json") {
			names = append(names, CatalogDir+"/"+f.Name())
		}
	}
	return names, nil
}

// loadPacked adds a language's packed catalogue to msgs; a language
// without one has no messages (and speaks English).
func loadPacked(tag string, msgs map[string]entry) error {
	name := packedDir + "/" + tag + ".json.gz"
	f, err := catalogs.Open(name)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("read %s: %w", name, err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return fmt.Errorf("read %s: %w", name, err)
	}
	data, err := io.ReadAll(zr)
	if err != nil {
		return fmt.Errorf("read %s: %w", name, err)
	}
	return addMessages(name, data, msgs)
}

// addMessages adds one catalogue file's messages to msgs.
func addMessages(name string, data []byte, msgs map[string]entry) error {
	var file map[string]entry
	if err := json.Unmarshal(data, &file); err != nil {
		return fmt.Errorf("parse %s: %w", name, err)
	}
	for key, e := range file {
		if _, twice := msgs[key]; twice {
			return fmt.Errorf("%s: %s is also in another part of the catalogue", name, key)
		}
		msgs[key] = e
	}
	return nil
}

// UnmarshalJSON reads a message as the catalogue writes it: a sentence,
// or an object of its plural forms.
func (e *entry) UnmarshalJSON(data []byte) error {
	if len(data) > 0 && data[0] == '"' {
		*e = entry{}
		return json.Unmarshal(data, &e.other)
	}
	var forms map[string]string
	if err := json.Unmarshal(data, &forms); err != nil {
		return fmt.Errorf("a message is a sentence or its plural forms: %w", err)
	}
	var err error
	*e, err = entryOf(forms)
	return err
}

// LoadError is what went wrong reading the embedded catalogues, or nil.
func LoadError() error {
	load()
	catMu.Lock()
	defer catMu.Unlock()
	return loadErr
}

// Tr speaks one language. Its zero value and a nil *Tr speak English.
type Tr struct {
	lang   Language
	region string // "US", "" when the tag names none
	print  *message.Printer
	marked bool // every message between Mark and its end (Marked)
}

var (
	trMu  sync.Mutex
	trFor = map[string]*Tr{}
)

// For is the translator for a language tag ("de", "de-AT", "fr_FR.UTF-8");
// a language Venn has no catalogue for gets English.
func For(tag string) *Tr {
	l, region := match(tag), regionOf(tag)
	trMu.Lock()
	defer trMu.Unlock()
	if tr, ok := trFor[l.Tag+"-"+region]; ok {
		return tr
	}
	tr := &Tr{lang: l, region: region, print: message.NewPrinter(numbers(l))}
	trFor[l.Tag+"-"+region] = tr
	return tr
}

// numbers is the tag numbers are written by: Arabic with the Western
// digits its dates use too (as the Maghreb and most software write them).
func numbers(l Language) language.Tag {
	if l.Tag == "ar" {
		return language.Make("ar-u-nu-latn")
	}
	return language.Make(l.Tag)
}

// regionOf is the region a tag names ("US" of "en_US.UTF-8"), else "".
func regionOf(tag string) string {
	if i := strings.IndexAny(tag, ".@"); i >= 0 {
		tag = tag[:i]
	}
	parts := strings.FieldsFunc(tag, func(r rune) bool { return r == '_' || r == '-' })
	for _, p := range parts[min(1, len(parts)):] {
		if len(p) == 2 {
			return strings.ToUpper(p)
		}
	}
	return ""
}

// English is the translator of the source language.
func English() *Tr { return For("en") }

// match is the language of ours closest to tag, else English.
func match(tag string) Language {
	t := normalize(tag)
	for _, l := range Languages {
		if t == l.Tag {
			return l
		}
	}
	return Languages[0]
}

// normalize takes a tag the way a system writes it ("de_DE.UTF-8@euro",
// "fr-CA") down to its base language ("de", "fr").
func normalize(tag string) string {
	tag = strings.ToLower(strings.TrimSpace(tag))
	if i := strings.IndexAny(tag, ".@"); i >= 0 {
		tag = tag[:i]
	}
	if i := strings.IndexAny(tag, "_-"); i >= 0 {
		tag = tag[:i]
	}
	return tag
}

// MarkOpen and MarkClose surround each message a Marked translator gives.
const (
	MarkOpen  = "⟦"
	MarkClose = "⟧"
)

// Marked speaks English with every message between MarkOpen and
// MarkClose: a test that shows the window through it finds each word on
// screen that did not come from the catalogue, whatever the language.
func Marked() *Tr {
	en := English()
	return &Tr{lang: en.lang, region: en.region, print: en.print, marked: true}
}

func (tr *Tr) orEnglish() *Tr {
	if tr == nil || tr.print == nil {
		return English()
	}
	return tr
}

// Lang is the language the translator speaks.
func (tr *Tr) Lang() Language { return tr.orEnglish().lang }

// RTL reports whether the language is written right to left.
func (tr *Tr) RTL() bool { return tr.orEnglish().lang.RTL }

// T is the message key in the translator's language, its {{.Name}}
// placeholders filled from name, value pairs.
func (tr *Tr) T(key string, pairs ...any) string {
	tr = tr.orEnglish()
	return tr.localize(key, nil, data(pairs))
}

// N is the plural message key for count, in the form the language uses
// for it; {{.Count}} is count written the language's way.
func (tr *Tr) N(key string, count int, pairs ...any) string {
	tr = tr.orEnglish()
	d := data(pairs)
	d["Count"] = tr.Int(count)
	return tr.localize(key, count, d)
}

func (tr *Tr) localize(key string, count any, d map[string]any) string {
	if tr.marked {
		return MarkOpen + English().localize(key, count, d) + MarkClose
	}
	if text, ok := tr.message(key, count); ok {
		return fill(text, d)
	}
	if tr.lang.Tag != "en" {
		slog.Warn("translation", "lang", tr.lang.Tag, "key", key, "err", "not in the catalogue")
		return English().localize(key, count, d)
	}
	slog.Error("translation", "key", key, "err", "not in the catalogue")
	return key
}

// message is the form of key the language uses for count (nil: a plain
// sentence); a plural form the catalogue lacks is stood in for by the
// language's own "other".
func (tr *Tr) message(key string, count any) (string, bool) {
	e := catalogue(tr.lang.Tag)[key]
	form := "other"
	if n, ok := count.(int); ok {
		form = pluralForm(tr.lang.Tag, n)
	}
	if text := e.form(form); text != "" {
		return text, true
	}
	if text := e.other; text != "" {
		slog.Warn("translation", "lang", tr.lang.Tag, "key", key, "err", "no "+form+" form")
		return text, true
	}
	return "", false
}

// pluralForm is the form of a plural message the language uses for n
// (CLDR's cardinal rules, as x/text keeps them, with the "many" of French
// and Spanish that CLDR added since: a whole number of millions, "1 000 000
// de modifications").
func pluralForm(tag string, n int) string {
	if n < 0 {
		n = -n
	}
	if (tag == "fr" || tag == "es") && n != 0 && n%1000000 == 0 {
		return "many"
	}
	switch plural.Cardinal.MatchPlural(language.Make(tag), n, 0, 0, 0, 0) {
	case plural.Zero:
		return "zero"
	case plural.One:
		return "one"
	case plural.Two:
		return "two"
	case plural.Few:
		return "few"
	case plural.Many:
		return "many"
	}
	return "other"
}

// fill puts the named values into a message's {{.Name}} places; a name
// given no value leaves "<no value>", as Go's templates do.
func fill(text string, d map[string]any) string {
	if !strings.Contains(text, "{{.") {
		return text
	}
	var b strings.Builder
	for {
		open := strings.Index(text, "{{.")
		if open < 0 {
			break
		}
		end := strings.Index(text[open:], "}}")
		if end < 0 {
			break
		}
		b.WriteString(text[:open])
		name := text[open+3 : open+end]
		if v, ok := d[name]; ok {
			fmt.Fprint(&b, v)
		} else {
			b.WriteString("<no value>")
		}
		text = text[open+end+2:]
	}
	b.WriteString(text)
	return b.String()
}

// data turns name, value pairs into a template's data; a name without a
// value is left out.
func data(pairs []any) map[string]any {
	d := make(map[string]any, len(pairs)/2+1)
	for i := 0; i+1 < len(pairs); i += 2 {
		if name, ok := pairs[i].(string); ok {
			d[name] = pairs[i+1]
		}
	}
	return d
}

// Int is n written the language's way ("1,234", "1.234", "1 234").
func (tr *Tr) Int(n int) string { return tr.orEnglish().print.Sprintf("%d", n) }

// Decimal is x with the given number of decimals, written the language's
// way ("2.5", "2,5").
func (tr *Tr) Decimal(x float64, decimals int) string {
	return tr.orEnglish().print.Sprintf("%.*f", decimals, x)
}

// screen is the language the window's screens speak (nil: English).
var screen atomic.Pointer[Tr]

// Screen is the translator of the window's screens: what SetScreen was
// given when the window opened, English until then.
func Screen() *Tr { return screen.Load() }

// SetScreen chooses the language of the window's screens; the window sets
// it as it opens, from Choose(Window, …).
func SetScreen(tr *Tr) { screen.Store(tr) }
