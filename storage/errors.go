package storage

import "errors"

// Errors a caller may want to tell apart. Their messages are written for people.
var (
	// ErrNewerSchema: the file was written by a newer Venn; it is left untouched.
	ErrNewerSchema = errors.New("this data was saved by a newer version of Venn; please update Venn to open it (the file was not changed)")
	// ErrNotVenn: the file is not a Venn database, or it is damaged.
	ErrNotVenn = errors.New("this file is not a Venn database, or it is damaged (it was not changed)")
	// ErrLocked: another Venn process has the data folder open.
	ErrLocked = errors.New("another Venn window already has this data folder open; close it first")
	// ErrNotFound: no live row with that id.
	ErrNotFound = errors.New("not found")
)
