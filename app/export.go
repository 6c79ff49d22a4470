package app

import (
	"context"
	"io"

	"github.com/vennplanner/venn/app/export"
	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage"
)

// ImportResult counts what an import changed (package export).
type ImportResult = export.Result

// ImportError explains why an import was refused; nothing was changed.
type ImportError = export.Error

// Export writes everything as indented JSON (docs/export-format.md).
func (s *Service) Export(ctx context.Context, w io.Writer) error {
	return export.Write(ctx, s.store, s.now(), w)
}

// Import merges a JSON export as local edits: rows are matched by id, and
// only the fields present in each object change. Everything lands in one
// transaction: a problem anywhere leaves the data as it was.
//
// An import is not an edit to undo: a file of thousands of rows would
// hold as many values in the undo history, and read each row twice.
func (s *Service) Import(ctx context.Context, r io.Reader) (ImportResult, error) {
	return export.Import(ctx, s.store.Entities(), s.writeUnrecorded, importRules{s}, s.now(), r)
}

// importRules are the use cases an import writes goals and answers through.
type importRules struct{ s *Service }

func (r importRules) CreateGoal(tx *storage.Tx, g model.Goal, p model.GoalPatch) (model.Goal, error) {
	return r.s.createGoal(tx, g, p)
}

func (r importRules) UpdateGoal(tx *storage.Tx, id string, p model.GoalPatch) (model.Goal, error) {
	return r.s.updateGoal(tx, id, p)
}

func (r importRules) ReleaseHeld(tx *storage.Tx) error {
	_, err := releaseHeld(tx)
	return err
}
