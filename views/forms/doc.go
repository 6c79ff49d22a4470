// Package forms holds Venn's form dialogs: the goal form (with its
// checklist, resources, edits made at the same time and activity), the
// calendar block form, the household form of the set-up screen and
// Settings, the life-event flow with its log, and Checked, the form that
// stays open until what is typed is saved and says why a save was refused
// under the field at fault.
//
// A form reaches the window it opens in only through a Host: the service,
// the household as last read, and the window's stack of dialogs and its
// messages. The screens in views give it one; this package never imports
// views. What a form saves goes through the app service, as a screen's
// edits do.
package forms
