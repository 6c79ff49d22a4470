package export

import (
	"fmt"
	"strings"

	"github.com/vennplanner/venn/storage"
)

// Document is the export format's reference, key by key and field by
// field, in Markdown, as the entities' descriptions say it: what each key
// holds, and for each field what it may hold and what it means.
// docs/export-format.md carries it between its DocumentStart and
// DocumentEnd lines, and a test keeps it there as the descriptions make
// it.
func Document(entities []storage.Entity) string {
	byTable := map[string]storage.Entity{}
	for _, en := range entities {
		byTable[en.Table] = en
	}
	var b strings.Builder
	for i, en := range topLevel(entities) {
		if i > 0 {
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, "### `%s`\n\n", en.Export.Key)
		if en.Export.Single {
			b.WriteString("One object, or `null`. ")
		}
		b.WriteString(en.Export.Doc + "\n\n")
		b.WriteString("| field | holds | meaning |\n| --- | --- | --- |\n")
		writeFields(&b, byTable, en, "")
	}
	return b.String()
}

// DocumentStart and DocumentEnd are the lines of docs/export-format.md
// around its reference (Document).
const (
	DocumentStart = "<!-- The reference below is made from storage/entities.go: go test ./app/export -run TestFormatDocument -update -->"
	DocumentEnd   = "<!-- End of the reference made from storage/entities.go -->"
)

// writeFields writes a table row for each field of an entity's objects,
// named after prefix (a nested list's "checklist[].").
func writeFields(b *strings.Builder, byTable map[string]storage.Entity, en storage.Entity, prefix string) {
	if id := en.Export.ID; id != "-" {
		holds := "an id (a UUID)"
		if en.Keys == storage.ColumnKeys {
			holds = "`ideas`, `planned`, `doing` or `done`"
		}
		writeRow(b, prefix+cmpOr(id, "id"), holds, "")
	}
	for _, col := range en.Columns {
		switch {
		case col.Nested != "":
			child := byTable[col.Nested]
			if child.Export.Bare {
				writeRow(b, prefix+col.JSON, "a list, each "+bareWords(child), child.Export.Doc)
				continue
			}
			writeRow(b, prefix+col.JSON, "a list of objects", child.Export.Doc)
			writeFields(b, byTable, child, prefix+col.JSON+"[].")
		case col.JSON != "":
			writeRow(b, prefix+col.JSON, holdsWords(col), col.Doc)
		}
	}
}

// writeRow writes one row of a fields table.
func writeRow(b *strings.Builder, field, holds, meaning string) {
	fmt.Fprintf(b, "| `%s` | %s | %s |\n", field, holds, strings.TrimSpace(meaning))
}

// bareWords says what each value of a bare nested list is: its one
// exported field's.
func bareWords(en storage.Entity) string {
	for _, col := range en.Columns {
		if col.JSON != "" {
			return holdsWords(col)
		}
	}
	return "a value"
}

// holdsWords says what a field may hold, as the export writes it.
func holdsWords(col storage.Column) string {
	words := col.Kind.Words
	switch col.Form {
	case storage.Month:
		words = "a month `YYYY-MM`"
	case storage.WeekdayName:
		words = "a weekday's name"
	case storage.UTCTime:
		words = "a time in UTC (RFC 3339, with its fraction of a second)"
	case storage.UTCSeconds:
		words = "a time in UTC (RFC 3339)"
	}
	if col.Omit {
		words += "; left out when empty"
	}
	return words
}
