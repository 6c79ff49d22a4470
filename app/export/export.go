// Package export writes everything a household holds as one JSON document
// and reads such a document back as local edits (docs/export-format.md).
//
// Every kind of row is one entry of the registry (registry.go): its key in
// the file, how its rows are read for an export, and how one object of an
// import is checked and written. Export, import and their round-trip test
// all work from that one list, so a new synced entity is one declaration.
package export

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"reflect"
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

// exporter is what an entity's rows are read through for an export.
type exporter struct {
	ctx   context.Context
	store *storage.Store
}

// Write writes everything in st as indented JSON, exported at now.
func Write(ctx context.Context, st *storage.Store, now time.Time, w io.Writer) error {
	ex := &exporter{ctx: ctx, store: st}
	fields := []reflect.StructField{
		{Name: "Format", Type: reflect.TypeFor[string](), Tag: `json:"format"`},
		{Name: "Version", Type: reflect.TypeFor[int](), Tag: `json:"version"`},
		{Name: "ExportedAt", Type: reflect.TypeFor[string](), Tag: `json:"exported_at"`},
	}
	values := []any{Format, Version, now.UTC().Format(time.RFC3339)}
	for i, en := range registry {
		v, err := en.write(ex)
		if err != nil {
			return fmt.Errorf("export %s: %w", en.key, err)
		}
		fields = append(fields, reflect.StructField{Name: fmt.Sprintf("E%d", i), Type: en.fileType(), Tag: reflect.StructTag(`json:"` + en.key + `"`)})
		values = append(values, v)
	}
	// A struct made for this document keeps the keys in the registry's
	// order, so exports of the same data are byte for byte the same.
	doc := reflect.New(reflect.StructOf(fields)).Elem()
	for i, v := range values {
		doc.Field(i).Set(reflect.ValueOf(v))
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(doc.Interface()); err != nil {
		return fmt.Errorf("write export: %w", err)
	}
	return nil
}

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
}

func (im *importer) today() model.Date { return model.DateOf(im.now) }
