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
	// ErrDiskFull: the disk (or the file's size limit) has no room left.
	ErrDiskFull = errors.New("there is no room left on the disk for Venn's data; free some space and try again (nothing was changed)")
	// ErrReadOnly: the data folder or file cannot be written.
	ErrReadOnly = errors.New("cannot write to Venn's data folder (is it read-only, or on a disk that was unplugged?); nothing was changed")
	// ErrBusy: another program kept the database locked for too long.
	ErrBusy = errors.New("another program is holding Venn's data locked; close it and try again (nothing was changed)")
	// ErrNotFound: no live row with that id.
	ErrNotFound = errors.New("not found")
)
