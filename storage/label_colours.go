package storage

import (
	"context"
	"database/sql"
	"slices"
	"strings"

	"github.com/vennplanner/venn/model"
)

// LabelColourID is the derived id of a label's colour: the same on both
// computers for the same label, whatever its case.
func LabelColourID(label string) string { return DerivedID("label-colour", strings.ToLower(label)) }

// LabelColours returns the colour chosen for each label, keyed by the label
// in lower case, as "#rrggbb".
func (s *Store) LabelColours(ctx context.Context) (map[string]string, error) {
	return stringMap(ctx, s.db, "label colours", "SELECT label, colour FROM label_colours WHERE deleted = 0", strings.ToLower)
}

// PutLabelColour chooses a label's colour.
func (tx *Tx) PutLabelColour(label, colour string) error {
	return tx.SetFields("label_colours", LabelColourID(label), Field{"label", label}, Field{"colour", colour}, Field{"deleted", false})
}

// LabelsInUse returns every label on a live goal, each once whatever its
// case (the first spelling met), sorted without regard to case.
func (s *Store) LabelsInUse(ctx context.Context) ([]string, error) {
	all, err := queryRows(ctx, s.db, "labels", "SELECT label FROM goal_labels WHERE deleted = 0 AND goal_id IN (SELECT id FROM goals WHERE deleted = 0)",
		func(r *sql.Rows) (string, error) {
			var l string
			err := r.Scan(&l)
			return l, err
		})
	if err != nil {
		return nil, err
	}
	all = model.NormalizeLabels(all)
	slices.SortFunc(all, func(a, b string) int { return strings.Compare(strings.ToLower(a), strings.ToLower(b)) })
	return all, nil
}
