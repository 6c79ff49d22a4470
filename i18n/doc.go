// Package i18n gives Venn's words in the couple's own language: the
// catalogues, a translator per language, plural forms, and the local forms
// of dates, times and numbers.
//
// # Catalogues
//
// catalog/<lang>.json per language, and catalog/ui-<part>.<lang>.json for
// the window's screens. They are the JSON files of Fyne's lang package
// (go-i18n's format): each key maps to a sentence, or to an object with the
// plural forms the language has ("zero", "one", "two", "few", "many",
// "other"; Arabic uses all six, German and English "one" and "other",
// French and Spanish "one", "many" and "other"). Venn carries English's
// files as they are and every other language packed: its files merged and
// gzipped into packed/<lang>.json.gz by `go generate ./i18n`, which a test
// holds to the files.
// report, app and cli may not import Fyne, so they read the files
// themselves, with a translator per language (For): a summary printed in
// German while the window stays English needs more than the one
// process-wide language Fyne's lang keeps. A language's files are read the
// first time it is spoken (a start in English reads English alone, in half
// a millisecond), and a message is its catalogue's sentence with the
// {{.Name}} places filled: no template is parsed. Plural forms follow CLDR's
// rules as golang.org/x/text keeps them.
//
// The English files load into fyne.io/fyne/v2/lang as they are
// (Catalogues, CatalogDir; a test checks it). Fyne's lang chooses its
// language from the system alone and has no call to choose another, and it
// would choose a German system's German before the window's German is
// complete; so the window's screens speak through the translator
// Choose(Window, …) gives (say in views), like the other surfaces, and
// Fyne's lang keeps only Fyne's own words (its file dialogs), in the
// system's language.
//
// # Keys
//
// Keys are stable ids ("summary.heading.goals"), never the English
// sentence: a plural message has several English forms and no single one
// of them can name it, an English sentence that is reworded would orphan
// every translation of it, and the same English word ("Shared") may need
// two translations in two places. English is the source language:
// catalog/en.json holds every key in use and its English words. The part of
// a key before its first dot is the surface it belongs to (summary, ics,
// cli, tray, remind, and ui for the window's screens); "date." and "num."
// are shared by all of them.
//
// Calls are tr.T("key", "Name", value, ...) and tr.N("key", count, ...):
// the key is always a string literal, so a test finds every key in use by
// reading Venn's source with go/ast and checks each against en.json and
// every language marked complete.
//
// # Complete languages
//
// A language is complete for a surface when every key of that surface in
// en.json has a non-empty translation, with every plural form the language
// needs (Complete). A surface uses the language asked for (the setting,
// VENN_LANG, --lang, else the system's) only when the language is complete
// for it; otherwise English. A language missing a single word of the window is not
// spoken there, so a German system never gets a half-German window.
package i18n
