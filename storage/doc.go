// Package storage keeps Venn's data in a local SQLite file.
//
// Every user-visible field is written through one path, Tx.SetFields, which
// also records the field's hybrid-logical-clock stamp in the clocks table.
// Deletes are a tombstone field ("deleted") written the same way. That is
// what makes every table syncable by construction: the replica package only
// needs the clocks table and the column names SQLite reports.
//
// The package has one file per entity (household, goals, board columns) with
// plain SQL, plus store.go for opening, locking and migrating the file.
package storage
