package i18n

import (
	"embed"
	"encoding/json"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"sync/atomic"

	goi18n "github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

//go:embed catalog/*.json
var catalogs embed.FS

// CatalogDir is the folder of Catalogues that holds a <lang>.json per
// language, and for the window's screens <part>.<lang>.json files beside
// it, ready for fyne.io/fyne/v2/lang.AddTranslationsFS.
const CatalogDir = "catalog"

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
	loadOnce sync.Once
	bundle   *goi18n.Bundle
	messages map[string]map[string]entry // language → key → its forms
	loadErr  error
)

// entry is one message's forms as the catalogue writes them: "other" for a
// plain sentence.
type entry map[string]string

func load() {
	bundle = goi18n.NewBundle(language.English)
	bundle.RegisterUnmarshalFunc("json", json.Unmarshal)
	messages = map[string]map[string]entry{}
	for _, l := range Languages {
		if err := loadOne(l.Tag); err != nil {
			loadErr = err
			slog.Error("translations", "err", err)
		}
	}
}

// loadOne reads a language's catalogue: <tag>.json and any <part>.<tag>.json
// beside it (the window's screens keep their words in parts of their own,
// so each screen's words can be written without touching the others').
// A key in two parts is an error.
func loadOne(tag string) error {
	names, err := catalogueFiles(tag)
	if err != nil {
		return err
	}
	msgs := map[string]entry{}
	for _, name := range names {
		if err := loadFile(name, msgs); err != nil {
			return err
		}
	}
	messages[tag] = msgs
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

// loadFile adds one catalogue file's messages to msgs and to the bundle.
func loadFile(name string, msgs map[string]entry) error {
	data, err := catalogs.ReadFile(name)
	if err != nil {
		return fmt.Errorf("read %s: %w", name, err)
	}
	if _, err := bundle.ParseMessageFileBytes(data, name); err != nil {
		return fmt.Errorf("parse %s: %w", name, err)
	}
	raw := map[string]json.RawMessage{}
	if err := json.Unmarshal(data, &raw); err != nil {
		return fmt.Errorf("parse %s: %w", name, err)
	}
	for key, v := range raw {
		if _, twice := msgs[key]; twice {
			return fmt.Errorf("%s: %s is also in another part of the catalogue", name, key)
		}
		var s string
		if json.Unmarshal(v, &s) == nil {
			msgs[key] = entry{"other": s}
			continue
		}
		e := entry{}
		if err := json.Unmarshal(v, &e); err != nil {
			return fmt.Errorf("%s: %s: %w", name, key, err)
		}
		msgs[key] = e
	}
	return nil
}

// LoadError is what went wrong reading the embedded catalogues, or nil.
func LoadError() error {
	loadOnce.Do(load)
	return loadErr
}

// Tr speaks one language. Its zero value and a nil *Tr speak English.
type Tr struct {
	lang   Language
	region string // "US", "" when the tag names none
	loc    *goi18n.Localizer
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
	loadOnce.Do(load)
	l, region := match(tag), regionOf(tag)
	trMu.Lock()
	defer trMu.Unlock()
	if tr, ok := trFor[l.Tag+"-"+region]; ok {
		return tr
	}
	tr := &Tr{lang: l, region: region, loc: goi18n.NewLocalizer(bundle, l.Tag), print: message.NewPrinter(numbers(l))}
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
	return &Tr{lang: en.lang, region: en.region, loc: en.loc, print: en.print, marked: true}
}

func (tr *Tr) orEnglish() *Tr {
	if tr == nil || tr.loc == nil {
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
	out, err := tr.loc.Localize(&goi18n.LocalizeConfig{MessageID: key, PluralCount: count, TemplateData: d})
	if out != "" {
		if err != nil { // a plural form missing: the language's "other" form stands in
			slog.Warn("translation", "lang", tr.lang.Tag, "key", key, "err", err)
		}
		return out
	}
	if tr.lang.Tag != "en" {
		slog.Warn("translation", "lang", tr.lang.Tag, "key", key, "err", err)
		return English().localize(key, count, d)
	}
	slog.Error("translation", "key", key, "err", err)
	return key
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
