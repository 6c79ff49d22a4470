package i18n

import (
	"os"
	"strings"
	"sync"

	"github.com/jeandeaual/go-locale"
)

// Surface is a place Venn's words appear; each chooses its language on its
// own, as soon as that language's words for it are complete.
type Surface string

// The surfaces. A key belongs to the surface named before its first dot;
// the shared prefixes (dates, numbers) belong to all of them.
const (
	Window    Surface = "window" // the window's screens, with its tray menu and reminders
	Summary   Surface = "summary"
	Calendar  Surface = "ics"
	CLI       Surface = "cli"
	Tray      Surface = "tray"
	Reminders Surface = "remind"
)

// sharedPrefixes are the key prefixes every surface uses.
var sharedPrefixes = []string{"date.", "num."}

// pluralForms are the forms each language's plural messages need (CLDR's
// cardinal rules, as pluralForm applies them).
var pluralForms = map[string][]string{
	"en": {"one", "other"},
	"de": {"one", "other"},
	"fr": {"one", "many", "other"},
	"es": {"one", "many", "other"},
	"ar": {"zero", "one", "two", "few", "many", "other"},
}

// PluralForms are the plural forms messages in lang must give.
func PluralForms(lang string) []string { return pluralForms[match(lang).Tag] }

// surfaceOf is the surface a key belongs to, "" for a shared key.
func surfaceOf(key string) Surface {
	for _, p := range sharedPrefixes {
		if strings.HasPrefix(key, p) {
			return ""
		}
	}
	s, _, _ := strings.Cut(key, ".")
	return Surface(s)
}

// uses reports whether surface s shows the key's words. The window shows
// its tray and reminders too, so it needs their words.
func (s Surface) uses(key string) bool {
	k := surfaceOf(key)
	return k == "" || k == s || s == Window
}

// Missing lists the keys of surface s that lang does not translate fully:
// missing, empty, or without one of the plural forms lang needs. English,
// the source, is never missing anything.
func Missing(lang string, s Surface) []string {
	l := match(lang)
	en, them := catalogue("en"), catalogue(l.Tag)
	var out []string
	for key, src := range en {
		if !s.uses(key) {
			continue
		}
		if !translated(them[key], src, l.Tag) {
			out = append(out, key)
		}
	}
	return out
}

// translated reports whether e gives every form lang needs of the English
// message src: its plural forms when src is plural, else "other".
func translated(e, src entry, lang string) bool {
	forms := []string{"other"}
	if src.isPlural() {
		forms = pluralForms[lang]
	}
	for _, f := range forms {
		if strings.TrimSpace(e.form(f)) == "" {
			return false
		}
	}
	return true
}

// Complete reports whether lang speaks every word of surface s.
func Complete(lang string, s Surface) bool {
	l := match(lang)
	if l.Tag == "en" {
		return true
	}
	// The catalogues are embedded and never change: each answer is kept.
	key := l.Tag + "/" + string(s)
	if done, ok := completeness.Load(key); ok {
		return done.(bool)
	}
	done := len(Missing(l.Tag, s)) == 0
	completeness.Store(key, done)
	return done
}

// completeness remembers Complete's answers by language and surface.
var completeness sync.Map

// EnvVar overrides the system's language for Venn alone.
const EnvVar = "VENN_LANG"

// Choose is the translator for surface s. An explicit choice wins alone:
// the command line's --lang (flag), else $VENN_LANG, else the setting;
// without one, the system's languages are tried in order. The first
// language complete for s is spoken; English when none is.
func Choose(s Surface, flag, setting string) *Tr {
	for _, tag := range wanted(flag, setting) {
		l := match(tag)
		if normalize(tag) == l.Tag && Complete(l.Tag, s) {
			return For(tag)
		}
	}
	return English()
}

// wanted are the languages to try, most wanted first.
func wanted(flag, setting string) []string {
	for _, explicit := range []string{flag, os.Getenv(EnvVar), setting} {
		if explicit != "" {
			return []string{explicit}
		}
	}
	return System()
}

// System are the system's languages, most preferred first (on Linux from
// LANGUAGE, LC_ALL, LC_MESSAGES and LANG).
func System() []string {
	all, err := locale.GetLocales()
	if err != nil {
		return nil
	}
	return all
}
