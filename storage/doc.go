// Package storage keeps Venn's data in a local SQLite file, in plain SQL,
// one file per entity (goals, goal_lists for a goal's steps and labels,
// rituals, resources, check-ins, assessments, closeness, reviews, blocks,
// life events, sessions, household and columns), with store.go for
// opening, locking and migrating the file, entities.go for the one
// description of every kind of row (its columns and what each may hold,
// whose a row is, what a partner's lock seals, its place in the export:
// Entities), sync.go for the field-level merge, and backup.go.
//
// Every user-visible field is written through one path (Tx.SetFields, and
// Tx.putRow for rows written whole), which also records the field's
// hybrid-logical-clock stamp in the clocks table. Deletes are a tombstone
// field ("deleted") written the same way. That makes every table syncable
// by construction: the replica package needs only the clocks table and the
// descriptions; a merged field passes the same checks as a local edit
// (ApplyFieldsFrom), both read off the column's Kind.
package storage
