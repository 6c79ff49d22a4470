// Package export writes everything a household holds as one JSON document
// and reads such a document back as local edits (docs/export-format.md).
//
// The document follows the storage package's descriptions of Venn's rows
// (storage.Entities): each entity with a key of its own is a key of the
// file, in their order, and its objects' fields are the columns the
// description names, written as their kinds read (write.go). The import
// reads them back through each entity's reader, where an entity has rules
// beyond its fields' own checks (registry.go); a field the reader does not
// know is written through its column's check as it is. The format's
// documentation is made from the same descriptions (doc.go).
package export

import (
	"time"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage"
)

// Format and Version identify Venn's JSON export.
const (
	Format  = "venn-export"
	Version = 1
)

// MaxImportSize bounds what Import reads.
const MaxImportSize = 256 << 20

// Rules are the service's use cases that imported rows go through where a
// row has rules beyond its own validation (a goal's rank in its column,
// who may make it private; answers held until both partners answered).
type Rules interface {
	CreateGoal(tx *storage.Tx, g model.Goal, p model.GoalPatch) (model.Goal, error)
	UpdateGoal(tx *storage.Tx, id string, p model.GoalPatch) (model.Goal, error)
	ReleaseHeld(tx *storage.Tx) error
}

// importer is what an import's objects are written through.
type importer struct {
	tx    *storage.Tx
	rules Rules
	now   time.Time
	seen  map[string]bool // keys an entity has seen in this file (a ritual's days)
	isNew bool            // the object just read was a new row (goals tell)
	row   string          // the id of the row the object just read was written to
}

func (im *importer) today() model.Date { return model.DateOf(im.now) }

// wrote notes that the object just read was written to the row id, unless
// writing it failed; it returns err.
func (im *importer) wrote(id string, err error) error {
	if err == nil {
		im.row = id
	}
	return err
}
