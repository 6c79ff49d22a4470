package model

import (
	"github.com/vennplanner/venn/i18n"
	"strings"
	"time"
	"unicode/utf8"
)

// Owner says whose a goal (or any owned item) is: a partner's id, or Shared.
type Owner string

// Shared is the owner of everything the two partners hold together.
const Shared Owner = "shared"

// Column is a stable key of a board column; its display name is renameable.
type Column string

// The four board columns, in board order.
const (
	ColumnIdeas   Column = "ideas"
	ColumnPlanned Column = "planned"
	ColumnDoing   Column = "doing"
	ColumnDone    Column = "done"
)

// Columns lists the board columns from left to right.
var Columns = []Column{ColumnIdeas, ColumnPlanned, ColumnDoing, ColumnDone}

// DefaultName is the column's name until the couple renames it.
func (c Column) DefaultName() string {
	switch c {
	case ColumnIdeas:
		return "Ideas"
	case ColumnPlanned:
		return "Planned"
	case ColumnDoing:
		return "In progress"
	case ColumnDone:
		return "Done"
	}
	return string(c)
}

// DefaultNameIn is DefaultName in tr's language (nil: English).
func (c Column) DefaultNameIn(tr *i18n.Tr) string {
	switch c {
	case ColumnIdeas:
		return tr.T("summary.column.ideas")
	case ColumnPlanned:
		return tr.T("summary.column.planned")
	case ColumnDoing:
		return tr.T("summary.column.doing")
	case ColumnDone:
		return tr.T("summary.column.done")
	}
	return string(c)
}

// Index returns the column's position on the board, or -1 if it is unknown.
func (c Column) Index() int {
	for i, k := range Columns {
		if k == c {
			return i
		}
	}
	return -1
}

// Limits on what a goal may hold.
const (
	MaxTitleLen     = 200
	MaxNotesLen     = 20000
	MaxLabelLen     = 40
	MaxLabels       = 20
	MaxStepLen      = 200
	MaxChecklistLen = 100
)

// ChecklistStep is one step of a goal's checklist.
type ChecklistStep struct {
	ID   string `json:"id,omitempty"` // empty for a step not saved yet
	Text string `json:"text"`
	Done bool   `json:"done"`
	// Doer is who takes the step on, on a shared goal: a partner's id,
	// Shared for both of them, or "" when nobody was named.
	Doer Owner `json:"doer,omitempty"`
}

// Goal is a card on the board: a personal goal of one partner or a shared one.
type Goal struct {
	ID            string
	Title         string
	Notes         string
	Owner         Owner
	Column        Column
	Rank          string
	Labels        []string
	TargetQuarter Quarter
	Start         Date
	Due           Date
	Checklist     []ChecklistStep
	Archived      bool
	Private       bool
	Created       time.Time
}

// Progress returns how many checklist steps are done and how many there are.
func (g Goal) Progress() (done, total int) {
	for _, s := range g.Checklist {
		if s.Done {
			done++
		}
	}
	return done, len(g.Checklist)
}

// HasLabel reports whether the goal carries the label (case-insensitive).
func (g Goal) HasLabel(label string) bool {
	for _, l := range g.Labels {
		if strings.EqualFold(l, label) {
			return true
		}
	}
	return false
}

// Validate checks a goal against the household's partners. It returns the
// first problem found as a *ValidationError with a message for people.
func (g Goal) Validate(partners []Partner) error {
	title := strings.TrimSpace(g.Title)
	switch {
	case title == "":
		return invalid("title", "ui.model.goalTitleEmpty")
	case utf8.RuneCountInString(title) > MaxTitleLen:
		return invalid("title", "ui.model.goalTitleTooLong", "Length", utf8.RuneCountInString(title), "Max", MaxTitleLen)
	case utf8.RuneCountInString(g.Notes) > MaxNotesLen:
		return invalid("notes", "ui.model.goalNotesTooLong", "Length", utf8.RuneCountInString(g.Notes), "Max", MaxNotesLen)
	case g.Column.Index() < 0:
		return invalid("column", "ui.model.goalColumnUnknown", "Column", quoted(g.Column))
	case g.Rank != "" && !ValidRank(g.Rank):
		return invalid("rank", "ui.model.goalRankInvalid", "Rank", quoted(g.Rank))
	}
	if err := ValidateOwner(g.Owner, partners); err != nil {
		return err
	}
	if err := validateQuarter("target quarter", g.TargetQuarter); err != nil {
		return err
	}
	for _, d := range []struct {
		name, key string
		date      Date
	}{{"start date", "ui.model.startDateOutside", g.Start}, {"target date", "ui.model.targetDateOutside", g.Due}} {
		if !d.date.IsZero() && (d.date.Year < MinYear || d.date.Year > MaxYear) {
			return invalid(d.name, d.key, "Date", d.date, "Min", MinYear, "Max", MaxYear)
		}
	}
	if !g.Start.IsZero() && !g.Due.IsZero() && g.Due.Before(g.Start) {
		return invalid("target date", "ui.model.goalDueBeforeStart", "Due", g.Due, "Start", g.Start)
	}
	if err := ValidateLabels(g.Labels); err != nil {
		return err
	}
	if err := ValidateChecklist(g.Checklist); err != nil {
		return err
	}
	return ValidateDoers(g.Checklist, partners)
}

// ValidateDoers checks that each step names nobody, both partners or one
// of the household's partners.
func ValidateDoers(steps []ChecklistStep, partners []Partner) error {
	for i, s := range steps {
		if s.Doer == "" {
			continue
		}
		if ValidateOwner(s.Doer, partners) != nil {
			return invalid("checklist", "ui.model.stepNotPartner", "Step", i+1)
		}
	}
	return nil
}

// ValidateLabels checks a goal's labels: how many, and how long each is.
func ValidateLabels(labels []string) error {
	if len(labels) > MaxLabels {
		return invalid("labels", "ui.model.goalTooManyLabels", "Max", MaxLabels)
	}
	for _, l := range labels {
		if strings.TrimSpace(l) == "" || utf8.RuneCountInString(l) > MaxLabelLen {
			return invalid("labels", "ui.model.labelLength", "Max", MaxLabelLen)
		}
	}
	return nil
}

// ValidateChecklist checks a goal's checklist: how many steps, and each
// step's text.
func ValidateChecklist(steps []ChecklistStep) error {
	if len(steps) > MaxChecklistLen {
		return invalid("checklist", "ui.model.checklistTooLong", "Max", MaxChecklistLen)
	}
	for i, s := range steps {
		if strings.TrimSpace(s.Text) == "" || utf8.RuneCountInString(s.Text) > MaxStepLen {
			return invalid("checklist", "ui.model.stepLength", "Step", i+1, "Max", MaxStepLen)
		}
	}
	return nil
}

func validateQuarter(name string, q Quarter) error {
	if q.IsZero() {
		return nil
	}
	if q.Q < 1 || q.Q > 4 || q.Year < MinYear || q.Year > MaxYear {
		return invalid(name, "ui.model.targetQuarterOutside", "Quarter", q, "Min", MinYear, "Max", MaxYear)
	}
	return nil
}

// ValidateOwner checks that owner is Shared or one of the partners.
func ValidateOwner(owner Owner, partners []Partner) error {
	if owner == Shared {
		return nil
	}
	for _, p := range partners {
		if Owner(p.ID) == owner {
			return nil
		}
	}
	return invalid("owner", "ui.model.ownerUnknown", "Owner", quoted(owner))
}

// NormalizeLabels trims labels, drops empty ones and duplicates (ignoring
// case), keeping the first spelling and the order given.
func NormalizeLabels(labels []string) []string {
	out := make([]string, 0, len(labels))
	for _, l := range labels {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		dup := false
		for _, o := range out {
			if strings.EqualFold(o, l) {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, l)
		}
	}
	return out
}

// GoalPatch names the fields of a goal to change; nil fields stay as they are.
// Creating a goal, editing it in the form, moving it, and importing it from
// JSON all go through a patch, so every path validates the same way.
type GoalPatch struct {
	Title         *string
	Notes         *string
	Owner         *Owner
	Column        *Column
	Rank          *string
	Labels        *[]string
	TargetQuarter *Quarter
	Start         *Date
	Due           *Date
	Checklist     *[]ChecklistStep
	Archived      *bool
	Private       *bool
}

// Apply returns g with the patch's fields set. Titles are trimmed and
// labels normalised.
func (p GoalPatch) Apply(g Goal) Goal {
	if p.Title != nil {
		g.Title = strings.TrimSpace(*p.Title)
	}
	if p.Notes != nil {
		g.Notes = *p.Notes
	}
	if p.Owner != nil {
		g.Owner = *p.Owner
	}
	if p.Column != nil {
		g.Column = *p.Column
	}
	if p.Rank != nil {
		g.Rank = *p.Rank
	}
	if p.Labels != nil {
		g.Labels = NormalizeLabels(*p.Labels)
	}
	if p.TargetQuarter != nil {
		g.TargetQuarter = *p.TargetQuarter
	}
	if p.Start != nil {
		g.Start = *p.Start
	}
	if p.Due != nil {
		g.Due = *p.Due
	}
	if p.Checklist != nil {
		g.Checklist = append([]ChecklistStep(nil), (*p.Checklist)...)
	}
	if p.Archived != nil {
		g.Archived = *p.Archived
	}
	if p.Private != nil {
		g.Private = *p.Private
	}
	return g
}

// IsEmpty reports whether the patch changes nothing.
func (p GoalPatch) IsEmpty() bool { return p == GoalPatch{} }

// Ptr returns a pointer to v; handy for building patches.
func Ptr[T any](v T) *T { return &v }

// MayMakePrivate says whether the partner this computer belongs to (me; ""
// when it belongs to nobody yet) may make an item of owner private after it
// was shared. Only an item's owner may: a private item leaves the other
// computer, and a shared item is both partners'.
func MayMakePrivate(owner Owner, me string, partners []Partner) error {
	if me == "" || owner == Owner(me) {
		return nil
	}
	if owner == Shared {
		return invalid("private", "ui.model.sharedGoalPrivate")
	}
	return invalid("private", "ui.model.onlyOwnerPrivate", "Name", OwnerName(owner, partners))
}
