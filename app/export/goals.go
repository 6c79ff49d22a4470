package export

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage"
)

var goals = list("goals", "goal", "goals", writeGoals, readGoal)

type goalRow struct {
	ID            string                `json:"id"`
	Title         string                `json:"title"`
	Notes         string                `json:"notes"`
	Owner         string                `json:"owner"`
	Column        string                `json:"column"`
	Rank          string                `json:"rank"`
	Labels        []string              `json:"labels"`
	TargetQuarter string                `json:"target_quarter"`
	Start         string                `json:"start"`
	Due           string                `json:"due"`
	Checklist     []model.ChecklistStep `json:"checklist"`
	Archived      bool                  `json:"archived"`
	Private       bool                  `json:"private"`
	Created       string                `json:"created"`
}

func writeGoals(ex *exporter) ([]goalRow, error) {
	goals, err := ex.store.Goals(ex.ctx)
	if err != nil {
		return nil, err
	}
	slices.SortFunc(goals, func(a, b model.Goal) int { return cmp.Compare(a.ID, b.ID) })
	out := make([]goalRow, 0, len(goals))
	for _, g := range goals {
		out = append(out, goalRow{
			ID: g.ID, Title: g.Title, Notes: g.Notes, Owner: string(g.Owner), Column: string(g.Column), Rank: g.Rank,
			Labels: nonNil(g.Labels), TargetQuarter: g.TargetQuarter.String(), Start: g.Start.String(), Due: g.Due.String(),
			Checklist: nonNil(g.Checklist), Archived: g.Archived, Private: g.Private, Created: g.Created.UTC().Format(time.RFC3339Nano),
		})
	}
	return out, nil
}

func nonNil[T any](v []T) []T {
	if v == nil {
		return []T{}
	}
	return v
}

func readGoal(im *importer, o *object) error {
	id := o.str("id")
	p := model.GoalPatch{
		Title: o.str("title"), Notes: o.str("notes"), Rank: o.str("rank"),
		Labels: o.strings("labels"), Archived: o.boolean("archived"), Private: o.boolean("private"),
	}
	if v := o.str("owner"); v != nil {
		p.Owner = model.Ptr(model.Owner(*v))
	}
	if v := o.str("column"); v != nil {
		p.Column = model.Ptr(model.Column(*v))
	}
	if v := o.str("target_quarter"); v != nil {
		q, err := model.ParseQuarter(*v)
		if err != nil {
			o.fail("target_quarter: %v", err)
		}
		p.TargetQuarter = &q
	}
	p.Start = o.date("start")
	p.Due = o.date("due")
	p.Checklist = o.checklist("checklist")
	created := o.str("created")
	if o.err != nil {
		return o.err
	}
	if id == nil || *id == "" {
		id = model.Ptr(storage.NewID())
	}
	if p.Checklist != nil {
		// Steps without an id (an export from before steps had ids) get one
		// from their place, so importing the same file twice changes nothing.
		for i, step := range *p.Checklist {
			if step.ID == "" {
				(*p.Checklist)[i].ID = storage.StepID(*id, i)
			}
		}
	}
	exists, err := im.tx.GoalExists(*id)
	if err != nil {
		return err
	}
	where := o.where
	if p.Title != nil {
		where = fmt.Sprintf("%s (%q)", o.where, truncate(*p.Title, 40))
	}
	if exists {
		if _, err := im.rules.UpdateGoal(im.tx, *id, p); err != nil {
			return importErr("%s: %s", where, msg(err))
		}
		return nil
	}
	g := model.Goal{ID: *id, Owner: model.Shared, Column: model.ColumnIdeas, Created: im.now.UTC()}
	if created != nil {
		if t, err := time.Parse(time.RFC3339Nano, *created); err == nil {
			g.Created = t
		}
	}
	if _, err := im.rules.CreateGoal(im.tx, g, p); err != nil {
		return importErr("%s: %s", where, msg(err))
	}
	im.isNew = true
	return nil
}

func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}

// labelColours is the colour chosen for each label.
var labelColours = list("label_colours", "label colour", "label colours", writeLabelColours, readLabelColour)

type labelColourRow struct {
	Label  string `json:"label"`
	Colour string `json:"colour"` // "#rrggbb"
}

func writeLabelColours(ex *exporter) ([]labelColourRow, error) {
	all, err := ex.store.LabelColours(ex.ctx)
	out := make([]labelColourRow, 0, len(all))
	for label, colour := range all {
		out = append(out, labelColourRow{Label: label, Colour: colour})
	}
	slices.SortFunc(out, func(a, b labelColourRow) int { return strings.Compare(a.Label, b.Label) })
	return out, err
}

func readLabelColour(im *importer, o *object) error {
	label, colour := o.str("label"), o.str("colour")
	if o.err != nil {
		return o.err
	}
	if label == nil || colour == nil {
		return importErr("%s needs label and colour", o.where)
	}
	if err := model.ValidLabelColour(*label, *colour); err != nil {
		return importErr("%s: %s", o.where, msg(err))
	}
	return im.tx.PutLabelColour(*label, *colour)
}
