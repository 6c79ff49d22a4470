package export

import (
	"fmt"
	"reflect"
)

// registry lists every kind of row in the export file, in the order an
// import writes them: what a row refers to comes before it. Adding a synced
// entity to export and import is one line here and its declaration (a row
// type, how rows are read, how one object is written).
var registry = []entity{
	household, partners, columns, goals, labelColours,
	rituals, ritualEntries, ritualAdaptations,
	capacities, allocations, actuals,
	prompts, checkins, signs, assessments, closeness, reviews,
	blocks, calendarAims, lifeEvents,
	sessions, values, contracts, milestones,
	appreciations, requests, agreements, healthChecks, healthPlans, questions, journal,
}

// entity is one kind of row in the export file.
type entity struct {
	key    string       // its key in the file, e.g. "ritual_entries"
	noun   string       // one object, in messages: "ritual entry 3"
	plural string       // in an import's summary: "12 ritual days"
	single bool         // the key holds one object (or null), not a list
	row    reflect.Type // the object's fields, for the format and unknown keys
	// write reads the rows for an export: a []row, or a *row when single.
	write func(ex *exporter) (any, error)
	// read checks one object of an import and writes it.
	read func(im *importer, o *object) error
	// after runs once the entity's objects are in (nil: nothing to do).
	after func(im *importer) error
}

// list declares an entity whose key holds a list of rows.
func list[T any](key, noun, plural string, write func(ex *exporter) ([]T, error), read func(im *importer, o *object) error) entity {
	return entity{key: key, noun: noun, plural: plural, row: reflect.TypeFor[T](),
		write: func(ex *exporter) (any, error) {
			rows, err := write(ex)
			if rows == nil {
				rows = []T{}
			}
			return rows, err
		},
		read: read}
}

// one declares an entity whose key holds one object, or null.
func one[T any](key, noun string, write func(ex *exporter) (*T, error), read func(im *importer, o *object) error) entity {
	return entity{key: key, noun: noun, plural: noun, single: true, row: reflect.TypeFor[T](),
		write: func(ex *exporter) (any, error) { return write(ex) }, read: read}
}

// fileType is the entity's type in the document.
func (en entity) fileType() reflect.Type {
	if en.single {
		return reflect.PointerTo(en.row)
	}
	return reflect.SliceOf(en.row)
}

// withAfter returns the entity with a step run after its objects.
func (en entity) withAfter(after func(im *importer) error) entity {
	en.after = after
	return en
}

func (en entity) where(i int) string {
	if en.single {
		return en.noun
	}
	return fmt.Sprintf("%s %d", en.noun, i+1)
}

// Keys lists the registry's keys in order, for tests and documentation.
func Keys() []string {
	keys := make([]string, len(registry))
	for i, en := range registry {
		keys[i] = en.key
	}
	return keys
}
