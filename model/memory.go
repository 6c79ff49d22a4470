package model

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"
)

// Shared memories: a store of good moments to look back on. The timeline
// gathers them from three places — what the couple celebrated (milestones
// reached, goals finished), the shared moments each named in a check-in
// ("what shared moment felt most rewarding?", once both answers are
// shared), and each partner's own entries, with an optional photo. An own
// entry is shared unless its author keeps it private (it then never
// leaves their computer).

// Memory is a partner's own entry in the memories timeline.
type Memory struct {
	ID       string
	AuthorID string // the partner who wrote it
	Title    string
	Day      Date
	Words    string // a few words, may be empty
	Photo    string // the photo's id (a file of its own), "" for none
	Private  bool   // kept on the author's computer
}

// Bounds of a memory's words.
const (
	MaxMemoryTitleLen = 120
	MaxMemoryWordsLen = 2000
)

// Validate checks a memory.
func (m Memory) Validate() error {
	title := strings.TrimSpace(m.Title)
	switch {
	case title == "":
		return invalid("title", "ui.model.memoryTitle")
	case utf8.RuneCountInString(title) > MaxMemoryTitleLen:
		return invalid("title", "ui.model.titleTooLong", "Max", MaxMemoryTitleLen)
	case utf8.RuneCountInString(m.Words) > MaxMemoryWordsLen:
		return invalid("words", "ui.model.wordsTooLong", "Max", MaxMemoryWordsLen)
	case !validDay(m.Day):
		return invalid("day", "ui.model.memoryDay")
	case m.AuthorID == "":
		return invalid("partner", "ui.model.memoryWhose")
	}
	if err := CheckText(m.Title, MaxMemoryTitleLen); err != nil {
		return invalidf("title", "The title %v.", err)
	}
	if err := CheckText(m.Words, MaxMemoryWordsLen); err != nil {
		return invalidf("words", "The words %v.", err)
	}
	return nil
}

// MemoryKind says where a timeline entry comes from.
type MemoryKind string

const (
	MemoryOwn       MemoryKind = "own"       // a partner's own entry
	MemoryMilestone MemoryKind = "milestone" // a milestone reached
	MemoryGoal      MemoryKind = "goal"      // a goal finished
	MemoryHighlight MemoryKind = "highlight" // a shared moment named in a check-in
)

// Remembered is one entry of the memories timeline, whatever its source.
type Remembered struct {
	Kind    MemoryKind
	ID      string // the memory's, milestone's, goal's or answer's id
	Day     Date
	Title   string
	Words   string
	Who     Owner  // a partner's id, or Shared
	Photo   string // own entries only
	Private bool   // own entries only: kept on this computer
}

// FinishedGoal is a goal that reached Done, and the day it did.
type FinishedGoal struct {
	Goal Goal
	Day  Date
}

// MemorySources are what the timeline is made of, as read from storage.
type MemorySources struct {
	Own        []Memory
	Milestones []Milestone
	Finished   []FinishedGoal
	// Answers are check-in answers with whether each is still private;
	// only the shared answers to the rewarding prompt become memories.
	Answers   []SharedAnswer
	Rewarding string // the id of the "most rewarding" prompt
}

// SharedAnswer is a check-in answer and whether it has been shared.
type SharedAnswer struct {
	Answer
	Private bool
}

// MemoryTimeline merges the sources into one list, newest first (a day's own
// entries first, then milestones, finished goals and check-in moments, then
// by title and id, so the order is stable). A private milestone or
// goal is left out, a milestone not yet reached too, and so is an answer
// that is not shared, empty or to another prompt.
func MemoryTimeline(src MemorySources) []Remembered {
	out := make([]Remembered, 0, len(src.Own)+len(src.Milestones)+len(src.Finished)+len(src.Answers)/4)
	for _, m := range src.Own {
		out = append(out, Remembered{Kind: MemoryOwn, ID: m.ID, Day: m.Day, Title: m.Title, Words: m.Words,
			Who: Owner(m.AuthorID), Photo: m.Photo, Private: m.Private})
	}
	for _, m := range src.Milestones {
		if m.Reached && !m.Private && !m.ReachedOn.IsZero() {
			out = append(out, Remembered{Kind: MemoryMilestone, ID: m.ID, Day: m.ReachedOn, Title: m.Title, Words: m.Celebration, Who: m.Owner})
		}
	}
	for _, f := range src.Finished {
		if !f.Goal.Private && f.Goal.Column == ColumnDone && !f.Day.IsZero() {
			out = append(out, Remembered{Kind: MemoryGoal, ID: f.Goal.ID, Day: f.Day, Title: f.Goal.Title, Who: f.Goal.Owner})
		}
	}
	for _, a := range src.Answers {
		if a.Private || a.PromptID != src.Rewarding || strings.TrimSpace(a.Text) == "" {
			continue
		}
		out = append(out, Remembered{Kind: MemoryHighlight, ID: a.ID, Day: a.Week, Title: a.Text, Who: Owner(a.PartnerID)})
	}
	slices.SortFunc(out, func(a, b Remembered) int {
		return cmp.Or(b.Day.Compare(a.Day), cmp.Compare(kindOrder(a.Kind), kindOrder(b.Kind)), cmp.Compare(a.Title, b.Title), cmp.Compare(a.ID, b.ID))
	})
	return out
}

// kindOrder orders a day's memories: one's own entries first, then what
// was celebrated, then the moments named in check-ins.
func kindOrder(k MemoryKind) int {
	switch k {
	case MemoryOwn:
		return 0
	case MemoryMilestone:
		return 1
	case MemoryGoal:
		return 2
	}
	return 3
}

// YearAgo returns the memories of "this month a year ago": those whose
// day falls in today's month of last year, oldest first, at most max.
func YearAgo(timeline []Remembered, today Date, max int) []Remembered {
	var out []Remembered
	for i := len(timeline) - 1; i >= 0 && len(out) < max; i-- {
		m := timeline[i]
		if m.Day.Year == today.Year-1 && m.Day.Month == today.Month {
			out = append(out, m)
		}
	}
	return out
}

// InYear returns the timeline's memories of one year, newest first.
func InYear(timeline []Remembered, year int) []Remembered {
	var out []Remembered
	for _, m := range timeline {
		if m.Day.Year == year {
			out = append(out, m)
		}
	}
	return out
}
