package export

import (
	"fmt"
	"slices"

	"github.com/vennplanner/venn/storage"
)

// An entity's key in the file, its objects' fields and its place in the
// file all come from its description (storage.Entities); what is here is
// how an import checks and writes one object where the entity has rules
// of its own beyond its fields' checks — a goal's rank in its column, an
// answer held until both partners answered, ids derived from other
// fields. An entity without a reader is imported as its fields are
// (readFields), each through its column's check.
var readers = map[string]reader{
	"household":          {read: readHousehold},
	"partners":           {read: readPartner},
	"board_columns":      {read: readColumn},
	"goals":              {read: readGoal},
	"label_colours":      {read: readLabelColour},
	"rituals":            {read: readRitual},
	"ritual_entries":     {read: readEntry},
	"ritual_adaptations": {read: readAdaptation},
	"capacities":         {read: readCapacity},
	"allocations":        {read: readAllocation},
	"actuals":            {read: readActual},
	"prompts":            {read: readItem("kind", (*storage.Tx).PutPrompt)},
	"checkins":           {read: readCheckin, after: releaseHeld},
	"balance_signs":      {read: readItem("lean", (*storage.Tx).PutSign)},
	"assessments":        {read: readAssessment},
	"closeness":          {read: readCloseness},
	"need_ratings":       {read: readNeedRating},
	"presence_marks":     {read: readPresenceMarks},
	"presence":           {read: readPresence},
	"reviews":            {read: readReview},
	"blocks":             {read: readBlock},
	"calendar_targets":   {read: readAims},
	"life_events":        {read: readLifeEvent},
	"sessions":           {read: readSession},
	"value_entries":      {read: readValue},
	"value_checks":       {read: readValueCheck, after: settleValueChecks},
	"contracts":          {read: readContract},
	"milestones":         {read: readMilestone},
	"appreciations":      {read: readAppreciation},
	"memories":           {read: readMemory},
	"requests":           {read: readRequest},
	"agreements":         {read: readAgreement},
	"health_checks":      {read: readHealthCheck},
	"health_plans":       {read: readHealthPlan},
	"questions":          {read: readItem("depth", (*storage.Tx).PutQuestion)},
	"journal":            {read: readJournal},
	"own_people":         {read: readPerson},
}

// reader checks one object of an import and writes it.
type reader struct {
	// read writes the object, as a local edit, and tells the importer the
	// id of the row it wrote (importer.wrote), or refuses it.
	read func(im *importer, o *object) error
	// after runs once the entity's objects are in (nil: nothing to do).
	after func(im *importer) error
}

// entity is one key of the export file: its description and its reader.
type entity struct {
	storage.Entity
	reader
}

// registry lists the entities with a key of their own in the file, in the
// order an import writes them: what a row refers to comes before it. An
// entity whose rows an import cannot match by an id in the file (one
// object, ids left out or derived from other fields, one person's rows,
// rows that never sync) needs a reader of its own: it is refused without
// one.
func registry(entities []storage.Entity) ([]entity, error) {
	var out []entity
	for _, en := range topLevel(entities) {
		r, ok := readers[en.Table]
		if !ok {
			if why := needsRules(en); why != "" {
				return nil, fmt.Errorf("export %s: its rows %s, so it needs a reader of its own", en.Export.Key, why)
			}
			r = reader{read: readFields}
		}
		out = append(out, entity{en, r})
	}
	return out, nil
}

// topLevel lists the entities with a key of their own in the file.
func topLevel(entities []storage.Entity) []storage.Entity {
	var out []storage.Entity
	for _, en := range entities {
		if en.Export != nil && en.Export.In == "" {
			out = append(out, en)
		}
	}
	return out
}

// needsRules says why an entity's objects cannot be imported as their
// fields are (readFields), or "".
func needsRules(en storage.Entity) string {
	switch {
	case en.Export.Single:
		return "are one object"
	case en.Export.ID == "-":
		return "have no id in the file"
	case en.Keys != storage.UUIDKeys:
		return "are keyed by name"
	case en.Personal != nil:
		return "are one person's, with ids derived from their fields"
	case en.Local:
		return "never sync"
	case slices.ContainsFunc(en.Columns, func(c storage.Column) bool { return c.Nested != "" }):
		return "hold rows of another entity"
	}
	return ""
}

func (en entity) where(i int) string {
	if en.Export.Single {
		return en.Export.Noun
	}
	return fmt.Sprintf("%s %d", en.Export.Noun, i+1)
}

// fields lists the names of the fields of the entity's objects.
func (en entity) fields() []string {
	var out []string
	if en.Export.ID != "-" {
		out = append(out, cmpOr(en.Export.ID, "id"))
	}
	for _, col := range en.Columns {
		if col.JSON != "" {
			out = append(out, col.JSON)
		}
	}
	return out
}

// Keys lists the keys of Venn's export in order, for tests and
// documentation.
func Keys() []string {
	var keys []string
	for _, en := range topLevel(storage.Entities) {
		keys = append(keys, en.Export.Key)
	}
	return keys
}

// knows reports whether a key is one of the file's.
func knows(entities []entity, key string) (entity, bool) {
	i := slices.IndexFunc(entities, func(en entity) bool { return en.Export.Key == key })
	if i < 0 {
		return entity{}, false
	}
	return entities[i], true
}
