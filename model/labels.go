package model

import (
	"hash/fnv"
	"strings"
	"unicode/utf8"
)

// LabelPalette is the colours a label's chip can take: light, calm and
// distinct from one another, each readable with dark text in either theme.
var LabelPalette = []string{
	"#9cc7e8", // sky
	"#9fd8b0", // sage
	"#f4d27a", // sun
	"#f5b48f", // apricot
	"#cdb4e0", // lilac
	"#f4a8b0", // rose
	"#8fdccd", // mint
	"#c9cfd6", // stone
}

// LabelColour is the colour of a label's chip: the one chosen for it
// (chosen is keyed by the label in lower case), else one of the palette
// picked from the label's letters, so both computers show the same colour
// before anybody chooses one.
func LabelColour(label string, chosen map[string]string) string {
	key := strings.ToLower(strings.TrimSpace(label))
	if c, ok := chosen[key]; ok && colorPattern.MatchString(c) {
		return c
	}
	h := fnv.New32a()
	h.Write([]byte(key))
	return LabelPalette[h.Sum32()%uint32(len(LabelPalette))]
}

// DueStatus is where a goal stands against its target date, as its card's
// chip shows it.
type DueStatus int

// The due statuses.
const (
	DueNone    DueStatus = iota // no target date
	DueLater                    // more than a week away
	DueSoon                     // within the week ahead, today included
	DueOverdue                  // the date has passed and it is not done
	DueDone                     // in the Done column
)

// DueSoonDays is how far ahead "due soon" looks.
const DueSoonDays = 7

// DueStatusOf says where g stands on today.
func DueStatusOf(g Goal, today Date) DueStatus {
	switch {
	case g.Due.IsZero():
		return DueNone
	case g.Column == ColumnDone:
		return DueDone
	case g.Due.Before(today):
		return DueOverdue
	case !today.AddDays(DueSoonDays).Before(g.Due):
		return DueSoon
	}
	return DueLater
}

// ValidLabelColour checks a label and the colour chosen for it.
func ValidLabelColour(label, colour string) error {
	if l := strings.TrimSpace(label); l == "" || utf8.RuneCountInString(l) > MaxLabelLen {
		return invalid("label", "ui.model.labelChars", "Max", MaxLabelLen)
	}
	if !colorPattern.MatchString(colour) {
		return invalid("colour", "ui.model.labelColour", "Colour", quoted(colour))
	}
	return nil
}
